"""How a request carries its login: a bearer header (API clients) or the console's session cookie."""

from __future__ import annotations

from starlette.requests import Request

SESSION_COOKIE = "consuldesk_session"


def request_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value:
        return value.strip()
    return request.cookies.get(SESSION_COOKIE)
