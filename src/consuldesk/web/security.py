"""Console request hygiene: the session cookie, a same-origin check on writes, response headers.

CSRF defence is layered: the session cookie is SameSite=Strict, and console POSTs whose Origin (or,
without one, Sec-Fetch-Site) shows another site are refused before any service runs.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from consuldesk.auth.http import SESSION_COOKIE
from consuldesk.errors import PermissionDenied
from consuldesk.settings import Settings

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_DEFAULT_PORTS = {"http": "80", "https": "443"}

# No inline scripts or styles anywhere in the console, so the policy can stay strict.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)


def set_session_cookie(response: Response, token: str, settings: Settings) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=settings.session_hours * 3600,
        path="/",
        httponly=True,
        samesite="strict",
        secure=settings.cookie_secure,
    )


def clear_session_cookie(response: Response, settings: Settings) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict", secure=settings.cookie_secure)


def _host_port(netloc: str, scheme: str) -> str:
    netloc = netloc.strip().lower()
    default = _DEFAULT_PORTS.get(scheme)
    if default and netloc.endswith(f":{default}"):
        netloc = netloc[: -len(default) - 1]
    return netloc


def is_same_origin(origin: str, host: str, scheme: str) -> bool:
    """Whether an Origin header names this host.

    Only host and port are compared: behind a TLS-terminating proxy the app sees http while the
    browser's Origin says https, and the host is what a cross-site attacker cannot forge.
    """
    parts = urlsplit(origin)
    if parts.scheme not in _DEFAULT_PORTS or not parts.netloc or not host:
        return False
    return _host_port(parts.netloc, parts.scheme) == _host_port(host, scheme)


def require_same_origin(request: Request) -> None:
    """Dependency for console routes: refuse cross-site writes (a 403 page, no service call)."""
    if request.method in SAFE_METHODS:
        return
    origin = request.headers.get("origin")
    if origin is not None:
        if not is_same_origin(origin, request.headers.get("host", ""), request.url.scheme):
            raise PermissionDenied("this form was sent from another site and was refused")
    elif request.headers.get("sec-fetch-site") == "cross-site":
        raise PermissionDenied("this form was sent from another site and was refused")


class ConsoleHeadersMiddleware:
    """Security headers on console responses; pages (which show PII) are never cached.

    The REST API under /api/ keeps its own headers (its docs page loads Swagger UI assets).
    """

    def __init__(self, app: ASGIApp, api_prefix: str = "/api/") -> None:
        self.app = app
        self.api_prefix = api_prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if scope["type"] != "http" or path.startswith(self.api_prefix):
            await self.app(scope, receive, send)
            return
        is_static = path.startswith("/static/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "same-origin")
                if not is_static:
                    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                    headers.setdefault("X-Frame-Options", "DENY")
                    headers.setdefault("Cache-Control", "no-store")
            await send(message)

        await self.app(scope, receive, send_with_headers)
