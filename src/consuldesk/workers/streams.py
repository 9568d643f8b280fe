"""Streamed channels: one thread per channel running `channels.listen.run_stream`.

Bluesky can only be streamed (Jetstream); X streams when the channel has an app key for the filtered
stream; Mastodon when the channel asks for it (`streaming`). Every other channel is polled by
`listen_due`, which must skip the streamed ones because polling and streaming share the channel's cursor.
Dead threads are restarted on the next refresh.
"""

from __future__ import annotations

import logging
import threading
import time

from sqlalchemy import select

from consuldesk.bootstrap import Runtime
from consuldesk.channels.listen import run_stream
from consuldesk.inbox.models import Channel

__all__ = ["StreamSupervisor", "should_stream"]

log = logging.getLogger("consuldesk.streams")


def should_stream(channel: Channel) -> bool:
    if channel.secret_box is None:
        return False
    if channel.platform == "bluesky":
        return True
    config = channel.config or {}
    if channel.platform == "mastodon":
        return config.get("streaming") is True
    return channel.platform == "x" and bool(config.get("consumer_key"))


class StreamSupervisor:
    def __init__(self, runtime: Runtime, *, refresh_seconds: float = 30.0) -> None:
        self.runtime = runtime
        self.refresh_seconds = refresh_seconds
        self._running: dict[int, tuple[threading.Thread, threading.Event]] = {}
        self._last_refresh = float("-inf")

    def active(self) -> set[int]:
        return set(self._running)

    def refresh(self) -> None:
        """Start streams for channels that should stream, stop the others (at most every refresh_seconds)."""
        if time.monotonic() - self._last_refresh < self.refresh_seconds:
            return
        self._last_refresh = time.monotonic()
        with self.runtime.sessions() as session:
            wanted = {c.id for c in session.scalars(select(Channel)) if should_stream(c)}
        for channel_id, (thread, stop) in list(self._running.items()):
            if channel_id not in wanted or not thread.is_alive():
                stop.set()
                del self._running[channel_id]
        for channel_id in wanted - set(self._running):
            stop = threading.Event()
            thread = threading.Thread(target=self._run, args=(channel_id, stop), daemon=True,
                                      name=f"consuldesk-stream-{channel_id}")
            self._running[channel_id] = (thread, stop)
            thread.start()

    def _run(self, channel_id: int, stop: threading.Event) -> None:
        try:
            run_stream(self.runtime, channel_id, stop)
        except Exception:  # the supervisor restarts it on the next refresh
            log.exception("stream of channel %s stopped", channel_id)

    def stop_all(self, timeout: float = 5.0) -> None:
        for _, stop in self._running.values():
            stop.set()
        for thread, _ in self._running.values():
            thread.join(timeout)
        self._running.clear()
