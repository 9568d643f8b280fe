"""Crash, failure and quota hooks shared by the fake platforms (Graph, Telegram).

Every publishing call is stored first and then passes the gate, so a test can make the platform act
but lose (or delay) its answer: exactly the case where a retry would double-post.
"""

from __future__ import annotations

import asyncio
import threading

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

__all__ = ["DroppedResponse", "GatedFake", "PublishGate"]


class DroppedResponse(Response):
    """Starts a 200 answer and stops mid-body: the server closes the connection, as when a proxy or
    the platform dies after acting on the request. The client cannot know whether it worked."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(b"content-type", b"application/json"), (b"content-length", b"4096")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b'{"id":', "more_body": True})


class PublishGate:
    """Crash and quota hooks shared by the fakes. Every publishing call is stored first, then:
    `post_received` is set; a held call waits for `release()`; a dropped call loses its answer."""

    def __init__(self) -> None:
        self.post_received = threading.Event()
        self.quota: int | None = None  # publishing calls left before 429; None = unlimited
        self.used = 0
        self._hold = False
        self._drop = False
        self._released = threading.Event()
        self._failures: list[Response] = []

    def hold_next_post(self) -> None:
        self.post_received.clear()
        self._released.clear()
        self._hold = True

    def release(self) -> None:
        self._released.set()

    def drop_next_post(self) -> None:
        self._drop = True

    def queue_failure(self, response: Response) -> None:
        self._failures.append(response)

    def next_failure(self) -> Response | None:
        return self._failures.pop(0) if self._failures else None

    def over_quota(self) -> bool:
        if self.quota is not None and self.used >= self.quota:
            return True
        self.used += 1
        return False

    async def stored(self, answer: Response) -> Response:
        self.post_received.set()
        if self._hold:
            self._hold = False
            while not self._released.is_set():  # poll: never block the server's event loop
                await asyncio.sleep(0.01)
        if self._drop:
            self._drop = False
            return DroppedResponse()
        return answer


class GatedFake:
    """The test controls of a fake whose publishing calls pass a `PublishGate` (`self.gate`)."""

    gate: PublishGate

    def hold_next_post(self) -> None:
        """Store the next published item, set `post_received`, and answer only after `release()`."""
        self.gate.hold_next_post()

    def release(self) -> None:
        self.gate.release()

    def drop_next_post(self) -> None:
        """Store the next published item, then drop the connection without a full answer."""
        self.gate.drop_next_post()

    def set_quota(self, calls: int | None) -> None:
        """Allow `calls` more publishing calls, then answer 429 until raised again (None = no limit)."""
        self.gate.quota, self.gate.used = calls, 0
