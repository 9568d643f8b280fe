"""Typed capability protocols every platform connector implements (no **kwargs contracts).

A connector declares `capabilities` and implements the matching protocols; the registry, the ingest
service and the send worker check with isinstance() against these runtime-checkable protocols.
Connectors depend on `core`, `connectors.models` and httpx only: never on storage or domain packages.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping
from enum import StrEnum
from typing import Protocol, runtime_checkable

from consuldesk.connectors.models import (
    Cursor,
    DeliveryReport,
    HandshakeReply,
    HealthReport,
    OutboundPost,
    RawItem,
    Receipt,
)

__all__ = [
    "AnswersHandshake",
    "Capability",
    "Connector",
    "Fetches",
    "Publishes",
    "ReceivesWebhooks",
    "Reconciles",
    "ReportsDeliveries",
    "ReportsHealth",
    "Streams",
]


class Capability(StrEnum):
    FETCHES = "fetches"
    RECEIVES_WEBHOOKS = "receives_webhooks"
    PUBLISHES = "publishes"
    RECONCILES = "reconciles"
    REPORTS_HEALTH = "reports_health"
    STREAMS = "streams"
    REPORTS_DELIVERIES = "reports_deliveries"


@runtime_checkable
class Connector(Protocol):
    platform: str
    capabilities: frozenset[Capability]


@runtime_checkable
class Fetches(Connector, Protocol):
    def fetch(self, cursor: Cursor | None) -> tuple[list[RawItem], Cursor | None]:
        """Items after `cursor`, and the cursor to resume after them. Raises RetryAfter on limits."""
        ...


@runtime_checkable
class ReceivesWebhooks(Connector, Protocol):
    def verify(self, headers: Mapping[str, str], body: bytes) -> bool:
        """True only when the request carries a valid signature over the raw body."""
        ...

    def parse(self, body: bytes) -> Iterable[RawItem]: ...


@runtime_checkable
class ReportsDeliveries(Connector, Protocol):
    def delivery_reports(self, body: bytes) -> list[DeliveryReport]:
        """What a verified webhook body says about messages we sent earlier (failures arrive late)."""
        ...


@runtime_checkable
class AnswersHandshake(Connector, Protocol):
    def handshake(self, params: Mapping[str, str]) -> HandshakeReply:
        """Answer the platform's subscription check (X CRC `crc_token`, Meta `hub.challenge`).

        Returns a 403 reply when the parameters do not prove the platform (wrong verify token).
        """
        ...


@runtime_checkable
class Publishes(Connector, Protocol):
    def publish(self, post: OutboundPost) -> Receipt:
        """Send one post, reply or message. Raises PublishError (RateLimited on 429).

        `post.idempotency_key` is stable across retries of the same part; platforms that support
        it (Mastodon's Idempotency-Key, Bluesky's record key) get it on the wire.
        """
        ...


@runtime_checkable
class Reconciles(Connector, Protocol):
    def find_published(self, post: OutboundPost) -> Receipt | None:
        """The platform's copy of `post` if an earlier attempt already created it, else None.

        The send worker calls this before retrying a part whose outcome is unknown (the process
        died or the connection dropped after the request left), so a retry never double-posts on
        platforms without server-side idempotency.
        """
        ...


@runtime_checkable
class ReportsHealth(Connector, Protocol):
    def check_health(self) -> HealthReport:
        """Token validity and expiry, account reachability, and the last rate-limit state seen."""
        ...


@runtime_checkable
class Streams(Connector, Protocol):
    def stream(self, cursor: Cursor | None, stop: threading.Event) -> Iterator[tuple[RawItem, Cursor]]:
        """Items as they arrive, each with the cursor to resume after it.

        Returns when `stop` is set or the platform ends the connection (a disconnect message, a
        closed socket): the caller reconnects. Raises RetryAfter on 429, StreamStalled after
        `silence` seconds without a byte, PublishError when the platform refuses the connection.
        """
        ...
