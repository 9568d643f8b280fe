"""`StreamHub`: the fake side of a long-lived streaming response (X NDJSON, Mastodon SSE).

Tests push chunks from their own thread; every open response sends each chunk once, plus the
platform's keep-alive when idle. `silent` makes every open response go quiet (no data, no
keep-alive), as a dead network path looks to the client; `end_all` sends a last chunk (X's
operational-disconnect) and closes every open response. Each chunk keeps the time it was pushed,
so a client that reconnects asking for a backfill can be replayed what it missed.

`StreamConsumer` is the client side for tests: it drains a `Streams` connector in a thread.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

from consuldesk.connectors.models import Cursor, RawItem
from consuldesk.connectors.streaming import Streams

__all__ = ["StreamConsumer", "StreamHub"]

_TICK = 0.01


@dataclass(frozen=True, slots=True)
class _Chunk:
    at: float
    data: bytes
    replayable: bool


class StreamHub:
    def __init__(self, *, keepalive: bytes, keepalive_seconds: float, opening: bytes = b"") -> None:
        self.keepalive = keepalive
        self.keepalive_seconds = keepalive_seconds
        self.opening = opening
        self.silent = False
        self.connects = 0
        self.open_streams = 0
        self.chunks_sent = 0
        self._log: list[_Chunk] = []
        self._generation = 0
        self._lock = threading.Lock()

    def push(self, data: bytes) -> None:
        with self._lock:
            self._log.append(_Chunk(time.time(), data, replayable=True))

    def end_all(self, last: bytes = b"") -> None:
        """Send `last` to every open response, then close them all (new connections are unaffected)."""
        with self._lock:
            if last:
                self._log.append(_Chunk(time.time(), last, replayable=False))
            self._generation += 1

    def wait_connected(self, count: int = 1, timeout: float = 5.0) -> bool:
        """True once `count` connections have been opened in all (tests wait on this, not on sleeps)."""
        deadline = time.monotonic() + timeout
        while self.connects < count:
            if time.monotonic() > deadline:
                return False
            time.sleep(_TICK)
        return True

    async def body(self, *, replay_since: float | None = None) -> AsyncIterator[bytes]:
        """The response body of one connection; `replay_since` (unix seconds) replays older chunks."""
        with self._lock:
            if replay_since is None:
                index = len(self._log)
            else:
                index = next((i for i, c in enumerate(self._log) if c.at >= replay_since), len(self._log))
            live_from = len(self._log)  # older chunks are a replay: disconnect notices are not resent
            generation = self._generation
            self.connects += 1
            self.open_streams += 1
        try:
            if self.opening:
                yield self.opening
            last_sent = time.monotonic()
            while True:
                with self._lock:
                    start, fresh, index = index, self._log[index:], len(self._log)
                    ended = self._generation != generation
                for offset, chunk in enumerate(fresh):
                    if self.silent or (start + offset < live_from and not chunk.replayable):
                        continue
                    self.chunks_sent += 1
                    yield chunk.data
                    last_sent = time.monotonic()
                if ended:
                    return
                if not self.silent and time.monotonic() - last_sent >= self.keepalive_seconds:
                    yield self.keepalive
                    last_sent = time.monotonic()
                await asyncio.sleep(_TICK)
        finally:
            with self._lock:
                self.open_streams -= 1


class StreamConsumer:
    """Runs `connector.stream(cursor, stop)` in a thread and collects what it yields, for tests.

    `wait_for(n)` and `wait_ended()` wait with a deadline, so a broken stream fails a test instead of
    hanging it; `error` holds what the stream raised, `returned` tells a clean end.
    """

    def __init__(self, connector: Streams, cursor: Cursor | None = None) -> None:
        self.stop = threading.Event()
        self.received: list[tuple[RawItem, Cursor]] = []
        self.error: BaseException | None = None
        self.returned = False
        self._ended = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(connector, cursor), daemon=True)
        self._thread.start()

    def _run(self, connector: Streams, cursor: Cursor | None) -> None:
        try:
            for pair in connector.stream(cursor, self.stop):
                self.received.append(pair)
            self.returned = True
        except BaseException as exc:  # handed to the test thread
            self.error = exc
        finally:
            self._ended.set()

    @property
    def items(self) -> list[RawItem]:
        return [item for item, _ in self.received]

    def wait_for(self, count: int, timeout: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout
        while len(self.received) < count and not self._ended.is_set():
            if time.monotonic() > deadline:
                return False
            time.sleep(_TICK)
        return len(self.received) >= count

    def wait_ended(self, timeout: float = 5.0) -> bool:
        return self._ended.wait(timeout)

    def finish(self, timeout: float = 5.0) -> bool:
        """Set `stop` and wait for the stream to return; False if it did not within `timeout`."""
        self.stop.set()
        self._thread.join(timeout)
        return not self._thread.is_alive()
