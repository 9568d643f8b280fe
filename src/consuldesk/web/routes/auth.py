"""Console login and logout: a form that exchanges a password for an HttpOnly session cookie."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from consuldesk.auth.http import SESSION_COOKIE
from consuldesk.auth.service import do_login, do_logout
from consuldesk.errors import NotAuthenticated
from consuldesk.web.deps import OptionalUserDep, RuntimeDep, SessionDep
from consuldesk.web.routes.common import page
from consuldesk.web.security import clear_session_cookie, require_same_origin, set_session_cookie
from consuldesk.web.views import safe_next

router = APIRouter(include_in_schema=False, dependencies=[Depends(require_same_origin)])

MAX_USERNAME = 80
MAX_PASSWORD = 1000  # hashing megabyte "passwords" would be a cheap denial of service


def _login_form(
    request: Request, *, next_url: str, username: str = "", error: str | None = None, status_code: int = 200
) -> Response:
    return page(request, "login.html", None, status_code=status_code, next_url=next_url, username=username, error=error)


@router.get("/login")
def login_page(
    request: Request, user: OptionalUserDep, next_url: Annotated[str, Query(alias="next")] = "/"
) -> Response:
    if user is not None:
        return RedirectResponse(safe_next(next_url), status_code=303)
    return _login_form(request, next_url=safe_next(next_url))


@router.post("/login")
def login(
    request: Request,
    runtime: RuntimeDep,
    session: SessionDep,
    username: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    next_url: Annotated[str, Form(alias="next")] = "/",
) -> Response:
    username = username.strip()[:MAX_USERNAME]
    target = safe_next(next_url)
    if not username or not password:
        return _login_form(
            request, next_url=target, username=username, status_code=401, error="Enter your username and your password."
        )
    try:
        if len(password) > MAX_PASSWORD:
            raise NotAuthenticated("wrong username or password")
        _user, token = do_login(
            session,
            runtime.clock,
            username=username,
            password=password,
            kind="cookie",
            hours=runtime.settings.session_hours,
        )
    except NotAuthenticated:
        return _login_form(
            request,
            next_url=target,
            username=username,
            status_code=401,
            error="Wrong username or password. Check both and try again.",
        )
    previous = request.cookies.get(SESSION_COOKIE)
    if previous:
        do_logout(session, previous)  # a new login replaces the browser's old session
    session.commit()
    response = RedirectResponse(target, status_code=303)
    set_session_cookie(response, token, runtime.settings)
    return response


@router.post("/logout")
def logout(request: Request, runtime: RuntimeDep, session: SessionDep) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        do_logout(session, token)
        session.commit()
    response = RedirectResponse("/login", status_code=303)
    clear_session_cookie(response, runtime.settings)
    return response
