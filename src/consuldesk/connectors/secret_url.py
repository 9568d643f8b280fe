"""An httpx transport that writes a secret into the URL only on the wire.

Telegram puts the bot token in the URL path (`/bot<token>/sendMessage`) and Meta's `debug_token`
takes the token as a query parameter. httpx logs every request URL at INFO and errors may quote it,
so the client builds URLs with a placeholder and this transport swaps the secret in just before
sending: logs, exception messages and `response.request.url` only ever show the placeholder.
"""

from __future__ import annotations

from urllib.parse import quote

import httpx

__all__ = ["SecretInUrlTransport"]


class SecretInUrlTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport | None, placeholder: str, secret: str) -> None:
        if not placeholder or placeholder in secret:
            raise ValueError("the placeholder must be non-empty and must not occur in the secret")
        # NB: passing any transport to httpx.Client disables proxy settings read from the environment.
        self._inner = inner if inner is not None else httpx.HTTPTransport()
        self._placeholder = placeholder.encode("ascii")
        self._secret = quote(secret, safe=":").encode("ascii")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raw_path = request.url.raw_path
        if self._placeholder in raw_path:
            url = request.url.copy_with(raw_path=raw_path.replace(self._placeholder, self._secret))
            request = httpx.Request(
                request.method, url, headers=request.headers, stream=request.stream, extensions=request.extensions
            )
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()
