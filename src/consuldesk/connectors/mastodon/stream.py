"""Mastodon user stream (`GET /api/v1/streaming/user`, server-sent events): mentions as they happen.

The stream carries the home timeline (`update`), edits, deletions and notifications. Messages to the
consulate arrive as `notification` events of type `mention` (DMs included, as direct-visibility
statuses), which is exactly what `MastodonConnector.fetch` polls; `update` events are the accounts
the consulate follows, not messages to it, so they are not imported. The cursor is the notification
id, the same kind of cursor `fetch` uses, so a poll can close the gap after a reconnect: SSE has no
replay, and whatever was said while disconnected is only found that way.

`:thump` heartbeats come every 15 s, hence a 30 s silence limit. When the streaming server lives on
another host, the instance answers with a redirect; it is followed with the token only to an https
URL (or the instance's own scheme), because httpx drops Authorization on cross-origin redirects.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator

import httpx
import orjson

from consuldesk.connectors.file_import.errors import RecordError
from consuldesk.connectors.file_import.mastodon import map_mastodon
from consuldesk.connectors.http import make_client
from consuldesk.connectors.mastodon.config import MastodonConfig
from consuldesk.connectors.models import Cursor, RawItem
from consuldesk.connectors.rest import RestClient
from consuldesk.connectors.streaming import iter_sse, stream_lines, stream_timeout

__all__ = ["SILENCE_SECONDS", "STREAM_PATH", "MastodonUserStream"]

log = logging.getLogger("consuldesk.connectors.mastodon.stream")

STREAM_PATH = "/api/v1/streaming/user"
SILENCE_SECONDS = 30.0
"""Two missed heartbeats: the streaming server writes `:thump` every 15 s."""


def _id_key(value: str) -> tuple[int, str]:
    return len(value), value  # decimal string ids: longer is newer


class MastodonUserStream:
    """One account's user stream; `MastodonConnector.stream` delegates here."""

    def __init__(self, config: MastodonConfig, rest: RestClient, transport: httpx.BaseTransport | None) -> None:
        self._config = config
        self._rest = rest
        self._transport = transport
        self._client: httpx.Client | None = None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def _request(self, client: httpx.Client, url: httpx.URL | str, silence: float) -> httpx.Request:
        headers = {
            "Authorization": f"Bearer {self._config.access_token.get_secret_value()}",
            "Accept": "text/event-stream",
        }
        timeout = stream_timeout(silence, self._config.timeout_seconds)
        return client.build_request("GET", url, headers=headers, timeout=timeout)

    def stream(
        self, cursor: Cursor | None, stop: threading.Event, *, silence: float
    ) -> Iterator[tuple[RawItem, Cursor]]:
        if self._client is None:
            self._client = make_client(self._config.base_url.rstrip("/"), transport=self._transport)
        client = self._client

        def follow(response: httpx.Response) -> httpx.Request | None:
            location = response.headers.get("location")
            if not location:
                return None
            target = response.request.url.join(location)
            if target.scheme not in {"https", response.request.url.scheme}:
                return None  # never send the token over a downgraded connection
            return self._request(client, target, silence)

        lines = stream_lines(
            client,
            self._request(client, STREAM_PATH, silence),
            platform=self._rest.platform,
            stop=stop,
            silence=silence,
            check=self._rest.check_fetch,
            follow=follow,
        )
        latest = cursor
        with contextlib.closing(lines):
            for event in iter_sse(lines):
                if event.event != "notification":
                    continue  # update, delete, status.update, filters_changed …: not messages to us
                try:
                    notification = orjson.loads(event.data)
                except orjson.JSONDecodeError:
                    log.warning("Mastodon stream: notification that is not JSON skipped")
                    continue
                if not isinstance(notification, dict) or notification.get("id") is None:
                    continue
                current = Cursor(str(notification["id"]))
                if latest is not None and _id_key(latest.value) > _id_key(current.value):
                    current = latest  # never move the poll cursor backwards
                latest = current
                if notification.get("type") != "mention":
                    continue
                try:
                    items = map_mastodon(notification)
                except RecordError as exc:
                    log.warning("Mastodon stream: mention not imported: %s", exc.reason)
                    continue
                for item in items:
                    yield item, current
