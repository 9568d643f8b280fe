"""install_console(app, runtime): static files, console routes, error pages and security headers.

Areas live in their own modules (auth, inbox, cases, publishing, channels); this module only wires
them into the app.
The REST API is a separate mounted application with its own error handlers, so the handlers below
only ever see console requests.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from consuldesk.bootstrap import Runtime
from consuldesk.errors import ConsulDeskError
from consuldesk.web.deps import LoginRequired, is_htmx
from consuldesk.web.routes import auth, cases, channels, inbox, publishing, publishing_compose, publishing_post
from consuldesk.web.routes.common import error_page, error_response
from consuldesk.web.security import ConsoleHeadersMiddleware
from consuldesk.web.templating import STATIC_DIR
from consuldesk.web.views import safe_next

__all__ = ["install_console"]

_STATUS_TITLES = {404: "Page not found", 405: "Not allowed", 422: "Invalid request"}


def install_console(app: FastAPI, runtime: Runtime) -> None:
    """Add the console to `app` (created by `consuldesk.app.create_app`)."""
    app.state.runtime = runtime
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(auth.router)
    app.include_router(inbox.router)
    app.include_router(cases.router)
    app.include_router(publishing.router)
    app.include_router(publishing_compose.router)
    app.include_router(publishing_post.router)
    app.include_router(channels.router)
    app.add_middleware(ConsoleHeadersMiddleware)
    app.add_exception_handler(LoginRequired, _login_required)
    app.add_exception_handler(ConsulDeskError, _domain_error)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(StarletteHTTPException, _http_error)


def _return_path(request: Request) -> str:
    """Where to come back to after login. For HTMX requests, the page the browser shows."""
    if is_htmx(request):
        current = urlsplit(request.headers.get("hx-current-url", ""))
        return safe_next(current.path + (f"?{current.query}" if current.query else ""))
    return safe_next(request.url.path + (f"?{request.url.query}" if request.url.query else ""))


async def _login_required(request: Request, _exc: Exception) -> Response:
    back = _return_path(request)
    target = "/login" if back == "/" else f"/login?next={quote(back, safe='')}"
    if is_htmx(request):
        # A 303 would be followed inside the XHR; HX-Redirect makes the whole page navigate.
        return Response(status_code=200, headers={"HX-Redirect": target})
    return RedirectResponse(target, status_code=303)


async def _domain_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ConsulDeskError)
    return error_page(request, None, exc)


async def _invalid_request(request: Request, _exc: Exception) -> Response:
    return error_response(
        request, None, 422, "Invalid request", "the address or the form contains a value the console cannot use"
    )


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    title = _STATUS_TITLES.get(exc.status_code, "Error")
    detail = "there is no page at this address" if exc.status_code == 404 else str(exc.detail)
    return error_response(request, None, exc.status_code, title, detail)
