"""Data that crosses the connector boundary: RawItem in, cursors, rate-limit signals."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(slots=True)
class RawItem:
    """One inbound post, comment, reply or DM, normalised from a platform payload.

    `raw` keeps the platform's own payload fragment for this item, stored verbatim before processing.
    `thread_ref` names the conversation (root post id, or DM thread key) so replies and DMs from the
    same person gather in one case; `in_reply_to` is the direct parent's external id.
    """

    platform: str
    external_id: str
    kind: str
    text: str
    raw: dict[str, Any]
    author_id: str | None = None
    author_name: str | None = None
    author_handle: str | None = None
    created_at: datetime | None = None
    lang_hint: str | None = None
    in_reply_to: str | None = None
    thread_ref: str | None = None
    channel_ref: str | None = None  # the page / account / handle that received it
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True, frozen=True)
class Cursor:
    """Opaque resume point: a poll resumes strictly after the last item it returned."""

    value: str


class RetryAfter(Exception):
    """Raised by a connector on a rate limit: the scheduler decides when to poll again."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"rate limited; retry after {seconds:.0f}s")
        self.seconds = seconds
