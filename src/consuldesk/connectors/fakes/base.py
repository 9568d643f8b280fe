"""`FakePlatform`: what every fake platform server shares: bearer auth, quota windows that answer
429 with the platform's headers, a request log, and crash injection (hold a post unanswered, or
fail the next one), plus `FakeSlot`, one server forwarding to whichever fake a test sets.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass
from typing import Any, Protocol

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Receive, Scope, Send

__all__ = ["FakePlatform", "FakeSlot", "QuotaWindow", "SeenRequest"]

_HOLD_LIMIT_SECONDS = 30.0  # a held request answers by itself after this, so a forgetful test cannot hang


@dataclass(frozen=True, slots=True)
class SeenRequest:
    method: str
    path: str
    query: str
    headers: dict[str, str]


@dataclass(frozen=True, slots=True)
class QuotaWindow:
    """Where the quota stands after one publish request: `exceeded` means answer 429."""

    limit: int
    remaining: int
    reset: float  # unix seconds
    exceeded: bool


class FakePlatform:
    """State and fault injection shared by the platform fakes; subclasses add the routes.

    A subclass sets its own state first and then calls `super().__init__`, which builds `.app` from
    `routes()`. `posts` holds one dict per stored publish (always with `id` and `text`), `requests`
    every request seen, for assertions on headers and query strings.
    """

    def __init__(self, *, token: str, quota: int | None = None, window_seconds: int = 900) -> None:
        self.token = token
        self.quota = quota
        self.window_seconds = window_seconds
        self.posts: list[dict[str, Any]] = []
        self.requests: list[SeenRequest] = []
        self.post_received = threading.Event()
        self._lock = threading.Lock()
        self._window_start = time.time()
        self._used = 0
        self._hold_next = False
        self._released = threading.Event()
        self._failures: list[tuple[int, dict[str, Any]]] = []
        self.app: ASGIApp = self._recording(Starlette(routes=self.routes()))

    def routes(self) -> list[BaseRoute]:
        raise NotImplementedError

    def _recording(self, inner: ASGIApp) -> ASGIApp:
        async def app(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] == "http":
                headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
                query = scope.get("query_string", b"").decode("latin-1")
                self.requests.append(SeenRequest(scope["method"], scope["path"], query, headers))
            await inner(scope, receive, send)

        return app

    # -- used by the routes -------------------------------------------------------------------

    def authorized(self, request: Request, token: str | None = None) -> bool:
        return request.headers.get("authorization") == f"Bearer {token or self.token}"

    def spend(self) -> QuotaWindow | None:
        """Count one publish against the quota; None when the fake has no quota."""
        if self.quota is None:
            return None
        with self._lock:
            now = time.time()
            if now >= self._window_start + self.window_seconds:
                self._window_start, self._used = now, 0
            exceeded = self._used >= self.quota
            if not exceeded:
                self._used += 1
            return QuotaWindow(self.quota, self.quota - self._used, self._window_start + self.window_seconds, exceeded)

    def take_failure(self) -> Response | None:
        """The next injected failure (see fail_next_post), if any."""
        with self._lock:
            if not self._failures:
                return None
            status, body = self._failures.pop(0)
        return JSONResponse(body, status_code=status)

    def store(self, post: dict[str, Any]) -> dict[str, Any]:
        self.posts.append(post)
        self.post_received.set()
        return post

    async def hold_if_asked(self) -> None:
        """After a store: stay silent until release() when hold_next_post() was called."""
        with self._lock:
            hold, self._hold_next = self._hold_next, False
        deadline = time.monotonic() + _HOLD_LIMIT_SECONDS
        while hold and not self._released.is_set() and time.monotonic() < deadline:
            await asyncio.sleep(0.02)

    # -- used by tests ------------------------------------------------------------------------

    def hold_next_post(self) -> None:
        """The next publish is stored, then not answered until release(): a crash mid-send."""
        with self._lock:
            self._hold_next = True
            self._released.clear()
            self.post_received.clear()

    def release(self) -> None:
        self._released.set()

    def fail_next_post(self, status: int, body: dict[str, Any]) -> None:
        """Answer the next publish request with `status` and `body` instead of handling it."""
        with self._lock:
            self._failures.append((status, body))

    def seen(self, method: str, path: str) -> list[SeenRequest]:
        return [r for r in self.requests if r.method == method and r.path == path]


class ServesApp(Protocol):
    app: ASGIApp


class FakeSlot:
    """An ASGI app that forwards to whichever fake is `current`: one server for many tests' fakes."""

    def __init__(self) -> None:
        self.current: ServesApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.current is None:
            raise RuntimeError("FakeSlot has no current fake")
        await self.current.app(scope, receive, send)
