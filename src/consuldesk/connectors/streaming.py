"""The `Streams` capability and the wire readers every streaming connector shares.

A streaming connector holds one long HTTP response (X filtered stream: NDJSON; Mastodon: server-sent
events) or one WebSocket (Bluesky Jetstream) and yields items as they arrive. It never sleeps and
never reconnects by itself: like `Fetches`, it hands rate limits to the caller as RetryAfter, and it
returns when the connection ends (so the caller decides when to reconnect) or when `stop` is set.

Silence is how a dead connection shows: the platforms send keep-alives (X a bare `\\r\\n` at least
every 20 s, Mastodon `:thump` every 15 s), so no byte at all for `silence` seconds means the peer or
the path is gone, and the reader raises StreamStalled instead of waiting forever. The silence timeout
is the HTTP read timeout, so any byte, keep-alive or data, proves the connection alive.

Lines are split on CR, LF and CRLF only, never with str.splitlines(): JSON may carry U+2028, U+2029
and U+0085 raw inside strings, and splitting there would cut a post in half.
"""

from __future__ import annotations

import contextlib
import logging
import re
import socket
import threading
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import orjson

from consuldesk.connectors.base import Streams
from consuldesk.connectors.models import PublishError

__all__ = [
    "DEFAULT_SILENCE_SECONDS",
    "MAX_LINE_BYTES",
    "LineSplitter",
    "SseEvent",
    "StreamStalled",
    "Streams",
    "iter_ndjson",
    "iter_sse",
    "stream_lines",
    "stream_timeout",
]

log = logging.getLogger("consuldesk.connectors.streaming")

DEFAULT_SILENCE_SECONDS = 20.0
"""X documents a keep-alive at least every 20 s and tells clients to reconnect after 20 s of silence."""

MAX_LINE_BYTES = 4 * 1024 * 1024
"""A line longer than this is not a post: the peer is broken or hostile, and the buffer must stay bounded."""

_EOL = re.compile(rb"\r\n|\r|\n")
_STOP_POLL_SECONDS = 0.05


class StreamStalled(PublishError):
    """Nothing, not even a keep-alive, arrived for `silence` seconds: the connection is dead."""

    def __init__(self, platform: str, silence: float) -> None:
        super().__init__(platform, f"stream silent for {silence:g}s; reconnecting", retryable=True)
        self.silence = silence


class LineSplitter:
    """Incremental line splitting on CR, LF or CRLF (a CRLF cut between two chunks is one line end)."""

    def __init__(self, *, max_line: int = MAX_LINE_BYTES) -> None:
        self._buffer = b""
        self._skip_lf = False
        self._max_line = max_line

    def feed(self, chunk: bytes) -> list[bytes]:
        if self._skip_lf and chunk.startswith(b"\n"):
            chunk = chunk[1:]
        self._skip_lf = False
        data = self._buffer + chunk
        lines: list[bytes] = []
        start = 0
        for match in _EOL.finditer(data):
            lines.append(data[start : match.start()])
            start = match.end()
        self._buffer = data[start:]
        self._skip_lf = start == len(data) and data.endswith(b"\r")
        if len(self._buffer) > self._max_line:
            raise ValueError(f"line longer than {self._max_line} bytes")
        return lines


@dataclass(frozen=True, slots=True)
class SseEvent:
    event: str
    data: str
    id: str | None = None


def iter_sse(lines: Iterable[str]) -> Iterator[SseEvent]:
    """Server-sent events from text lines (WHATWG "event stream interpretation").

    Comment lines (`:thump` heartbeats) are dropped, `data:` lines join with "\\n", a blank line
    dispatches; an event with no data is not dispatched, as the spec says.
    """
    event, last_id = "", None
    data: list[str] = []
    for line in lines:
        if not line:
            if data:
                yield SseEvent(event or "message", "\n".join(data), last_id)
            event, data = "", []
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "event":
            event = value
        elif name == "data":
            data.append(value)
        elif name == "id" and "\0" not in value:
            last_id = value


def iter_ndjson(lines: Iterable[str], platform: str) -> Iterator[dict[str, Any]]:
    """JSON objects from newline-delimited JSON; blank lines (keep-alives) and garbage are skipped.

    A line that is not a JSON object is logged and dropped rather than ending the stream: one bad
    line from the platform must not cost the posts that follow it.
    """
    for line in lines:
        if not line.strip():
            continue
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError:
            log.warning("%s stream: skipped a line that is not JSON (%d chars)", platform, len(line))
            continue
        if isinstance(obj, dict):
            yield obj
        else:
            log.warning("%s stream: skipped a JSON line that is not an object", platform)


def stream_timeout(silence: float, connect: float = 10.0) -> httpx.Timeout:
    """Timeouts for a streaming request: the read timeout is the silence limit."""
    return httpx.Timeout(connect=connect, read=silence, write=connect, pool=connect)


@contextlib.contextmanager
def _interrupt_on(stop: threading.Event, response: httpx.Response) -> Iterator[None]:
    """Shut the response's socket down when `stop` is set, so a blocked read returns at once.

    Without this a stop would wait for the next keep-alive (up to 20 s). Closing the socket from
    another thread does not wake a blocked recv(); shutdown() does. Transports without a socket
    (tests' MockTransport) just wait for the next line.
    """
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if not isinstance(sock, socket.socket):
        yield
        return
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            if stop.wait(_STOP_POLL_SECONDS):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                return

    watcher = threading.Thread(target=watch, name="stream-stop-watch", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join(timeout=1.0)


def stream_lines(
    client: httpx.Client,
    request: httpx.Request,
    *,
    platform: str,
    stop: threading.Event,
    silence: float,
    check: Callable[[httpx.Response], object],
    follow: Callable[[httpx.Response], httpx.Request | None] | None = None,
) -> Generator[str, None, None]:
    """Send `request` as a stream and yield its body line by line (keep-alives as empty lines).

    `check` is called with a non-2xx response (body read) and must raise (RetryAfter on 429,
    PublishError otherwise). `follow` may turn a redirect into the next request (Mastodon sends the
    streaming API to another host). Ends quietly when the peer closes the connection or `stop` is
    set; raises StreamStalled after `silence` seconds without a byte.
    """
    if stop.is_set():
        return
    response = _open(client, request, platform=platform, check=check, follow=follow)
    splitter = LineSplitter()
    try:
        with _interrupt_on(stop, response):
            for chunk in response.iter_bytes():
                for line in splitter.feed(chunk):
                    if stop.is_set():
                        return
                    yield line.decode("utf-8", errors="replace")
                if stop.is_set():
                    return
    except httpx.ReadTimeout:
        if not stop.is_set():
            raise StreamStalled(platform, silence) from None
    except (httpx.TransportError, httpx.StreamError) as exc:
        # A dropped or shut-down connection ends the stream; the caller reconnects.
        if not stop.is_set():
            log.info("%s stream ended: %s", platform, exc or type(exc).__name__)
    except ValueError as exc:
        raise PublishError(platform, f"stream unreadable: {exc}", retryable=True) from None
    finally:
        response.close()


def _open(
    client: httpx.Client,
    request: httpx.Request,
    *,
    platform: str,
    check: Callable[[httpx.Response], object],
    follow: Callable[[httpx.Response], httpx.Request | None] | None,
) -> httpx.Response:
    for _ in range(3):  # the request, and at most two redirects
        try:
            response = client.send(request, stream=True)
        except httpx.TransportError as exc:
            raise PublishError(platform, f"cannot open stream at {request.url.host}: {exc}", retryable=True) from exc
        if response.is_success:
            return response
        try:
            try:
                response.read()
            except httpx.TransportError as exc:
                raise PublishError(
                    platform, f"stream refused: {exc}", status=response.status_code, retryable=True
                ) from exc
            following = follow(response) if follow is not None and response.is_redirect else None
            if following is None:
                check(response)
                raise PublishError(platform, "stream refused", status=response.status_code)
        finally:
            response.close()
        request = following
    raise PublishError(platform, "stream redirected too often")
