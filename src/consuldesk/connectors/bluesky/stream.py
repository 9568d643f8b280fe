"""Bluesky Jetstream client: new `app.bsky.feed.post` records over a WebSocket, as JSON.

Jetstream cannot filter by mention, so with no followed DIDs it reads every post on the network and
keeps those addressed to the account: a mention facet with its DID, a reply into its repo, or a quote
of one of its posts. With `jetstream_dids` it asks only for those authors (wantedDids) and keeps all
their posts. The account's own posts are never imported.

The cursor is the event's `time_us` (unix microseconds). Jetstream replays from a cursor, so a
reconnect asks for the last stored event's time minus five seconds: events that share a microsecond
or arrive slightly out of order are not lost, and the overlap is dropped by the idempotent store.

Liveness: a filtered Jetstream may stay quiet for hours, so silence in the data proves nothing.
WebSocket pings do: one every silence/2 seconds, and a pong missing after silence/2 more means the
connection is dead (StreamStalled). Needs the `websockets` package (>= 15, the first whose
threading client sends keepalive pings); it is imported only when a stream is opened.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlencode

import orjson

from consuldesk.connectors.bluesky.config import BlueskyConfig
from consuldesk.connectors.bluesky.jetstream import POST_COLLECTION, parse_jetstream_event
from consuldesk.connectors.http import USER_AGENT
from consuldesk.connectors.models import Cursor, PublishError, RawItem, RetryAfter
from consuldesk.connectors.rest import DEFAULT_RETRY_AFTER, as_obj
from consuldesk.connectors.streaming import StreamStalled
from consuldesk.core.types import Platform

__all__ = ["RESUME_OVERLAP_US", "JetstreamClient", "addressed_to", "subscribe_url"]

log = logging.getLogger("consuldesk.connectors.bluesky.stream")

RESUME_OVERLAP_US = 5_000_000
"""Replay this much before the saved cursor on reconnect (Jetstream's own advice: a few seconds)."""

_RECV_SLICE = 0.25  # seconds between checks of `stop` while no message arrives
_MAX_MESSAGE = 2**21
_PLATFORM = Platform.BLUESKY.value


def subscribe_url(base: str, dids: list[str], cursor: Cursor | None) -> str:
    params: list[tuple[str, str]] = [("wantedCollections", POST_COLLECTION)]
    params += [("wantedDids", did) for did in dids]
    if cursor is not None and cursor.value.isdigit():
        params.append(("cursor", str(max(0, int(cursor.value) - RESUME_OVERLAP_US))))
    return f"{base.rstrip('/')}/subscribe?{urlencode(params)}"


def _refers_to(uri: Any, prefix: str) -> bool:
    return isinstance(uri, str) and uri.startswith(prefix)


def addressed_to(item: RawItem, did: str, followed: frozenset[str]) -> bool:
    """Whether a post belongs in the account's inbox: a followed author, or a mention, reply or quote."""
    if item.author_id == did:
        return False
    if item.author_id in followed:
        return True
    record = as_obj(as_obj(item.raw.get("commit")).get("record"))
    prefix = f"at://{did}/"
    reply = as_obj(record.get("reply"))
    if any(_refers_to(as_obj(reply.get(k)).get("uri"), prefix) for k in ("parent", "root")):
        return True
    for facet in record.get("facets") or []:
        for feature in as_obj(facet).get("features") or []:
            feature = as_obj(feature)
            if str(feature.get("$type", "")).endswith("#mention") and feature.get("did") == did:
                return True
    embed = as_obj(record.get("embed"))
    quoted = as_obj(embed.get("record"))
    return _refers_to(quoted.get("uri"), prefix) or _refers_to(as_obj(quoted.get("record")).get("uri"), prefix)


def _retry_seconds(headers: Any) -> float:
    value = headers.get("Retry-After") if headers is not None else None
    try:
        return max(1.0, float(value)) if value else DEFAULT_RETRY_AFTER
    except ValueError:
        return DEFAULT_RETRY_AFTER


class JetstreamClient:
    """One channel's Jetstream subscription; `BlueskyConnector.stream` delegates here."""

    def __init__(self, config: BlueskyConfig, own_did: Callable[[], str]) -> None:
        self._config = config
        self._own_did = own_did

    def stream(
        self, cursor: Cursor | None, stop: threading.Event, *, silence: float
    ) -> Iterator[tuple[RawItem, Cursor]]:
        try:
            from websockets.exceptions import ConnectionClosed, ConnectionClosedOK, InvalidStatus, WebSocketException
            from websockets.sync.client import connect
        except ImportError:
            raise PublishError(_PLATFORM, "listening on Bluesky needs the `websockets` package") from None
        did = self._own_did()
        followed = frozenset(self._config.jetstream_dids)
        url = subscribe_url(self._config.jetstream_url, sorted(followed), cursor)
        try:
            socket = connect(
                url,
                open_timeout=self._config.timeout_seconds,
                ping_interval=silence / 2,
                ping_timeout=silence / 2,
                close_timeout=1.0,
                max_size=_MAX_MESSAGE,
                user_agent_header=USER_AGENT,
            )
        except InvalidStatus as exc:
            status = exc.response.status_code
            if status == 429:
                raise RetryAfter(_retry_seconds(exc.response.headers)) from None
            raise PublishError(_PLATFORM, "Jetstream refused the subscription", status=status,
                               retryable=status >= 500) from None
        except (OSError, TimeoutError, WebSocketException) as exc:
            raise PublishError(_PLATFORM, f"cannot reach Jetstream: {exc}", retryable=True) from exc
        with socket:
            while not stop.is_set():
                try:
                    message = socket.recv(timeout=_RECV_SLICE)
                except TimeoutError:
                    continue
                except ConnectionClosedOK:
                    return
                except ConnectionClosed as exc:
                    if exc.rcvd is None and exc.sent is not None and exc.sent.code == 1011:
                        raise StreamStalled(_PLATFORM, silence) from None  # our keepalive ping went unanswered
                    log.info("Jetstream connection closed: %s", exc)
                    return
                pair = self._item(message, did, followed)
                if pair is not None:
                    yield pair

    @staticmethod
    def _item(message: str | bytes, did: str, followed: frozenset[str]) -> tuple[RawItem, Cursor] | None:
        try:
            event = orjson.loads(message)
        except orjson.JSONDecodeError:
            log.warning("Jetstream: message that is not JSON skipped")
            return None
        if not isinstance(event, dict) or not isinstance(event.get("time_us"), int):
            return None
        item = parse_jetstream_event(event)
        if item is None or not addressed_to(item, did, followed):
            return None
        return item, Cursor(str(event["time_us"]))
