"""Request-scoped dependencies: the runtime, a database session and the authenticated user."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from consuldesk.auth.http import request_token
from consuldesk.auth.models import User
from consuldesk.auth.service import get_user_for_token
from consuldesk.bootstrap import Runtime
from consuldesk.errors import NotAuthenticated
from consuldesk.requests import get_runtime, get_session


def get_current_user(
    request: Request,
    runtime: Annotated[Runtime, Depends(get_runtime)],
    session: Annotated[Session, Depends(get_session)],
) -> User:
    token = request_token(request)
    user = get_user_for_token(session, runtime.clock, token) if token else None
    if user is None:
        raise NotAuthenticated("log in first: send `Authorization: Bearer <token>` from /api/v1/auth/login")
    return user


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
SessionDep = Annotated[Session, Depends(get_session)]
UserDep = Annotated[User, Depends(get_current_user)]
