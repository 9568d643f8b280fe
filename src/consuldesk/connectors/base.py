"""Typed capability protocols every platform connector implements (no **kwargs contracts).

A connector declares `capabilities` and implements the matching protocols; the registry and the
ingest service check with isinstance() against these runtime-checkable protocols.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Protocol, runtime_checkable

from consuldesk.connectors.models import Cursor, RawItem

__all__ = ["Capability", "Connector", "Fetches", "ReceivesWebhooks"]


class Capability(StrEnum):
    FETCHES = "fetches"
    RECEIVES_WEBHOOKS = "receives_webhooks"
    PUBLISHES = "publishes"


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
