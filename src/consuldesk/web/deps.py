"""Request-scoped dependencies of the console: runtime, a session per request, the logged-in user.

A console page without a valid session cookie raises LoginRequired, which the console turns into a
redirect to /login (or an HX-Redirect for HTMX requests) rather than an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from consuldesk.auth.http import SESSION_COOKIE
from consuldesk.auth.models import User
from consuldesk.auth.service import get_user_for_token
from consuldesk.bootstrap import Runtime
from consuldesk.requests import get_runtime, get_session


class LoginRequired(Exception):
    """No live console session: send the browser to the login page."""


def get_optional_user(
    request: Request,
    runtime: Annotated[Runtime, Depends(get_runtime)],
    session: Annotated[Session, Depends(get_session)],
) -> User | None:
    # Only the cookie: the console never accepts bearer tokens, so API tokens cannot drive forms.
    token = request.cookies.get(SESSION_COOKIE)
    return get_user_for_token(session, runtime.clock, token) if token else None


def get_console_user(user: Annotated[User | None, Depends(get_optional_user)]) -> User:
    if user is None:
        raise LoginRequired
    return user


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


@dataclass(frozen=True, slots=True)
class Desk:
    """What a console write route works with: the request, runtime, its session and the user."""

    request: Request
    runtime: Runtime
    session: Session
    user: User


def get_desk(
    request: Request,
    runtime: Annotated[Runtime, Depends(get_runtime)],
    session: Annotated[Session, Depends(get_session)],
    user: Annotated[User, Depends(get_console_user)],
) -> Desk:
    return Desk(request, runtime, session, user)


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
SessionDep = Annotated[Session, Depends(get_session)]
UserDep = Annotated[User, Depends(get_console_user)]
DeskDep = Annotated[Desk, Depends(get_desk)]
OptionalUserDep = Annotated[User | None, Depends(get_optional_user)]
