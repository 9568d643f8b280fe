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


@dataclass(slots=True, frozen=True)
class MediaFile:
    """An attachment to publish: bytes in hand (the renderer's image card) and its alt text.

    `url` is where ConsulDesk serves the same bytes publicly, for platforms that fetch media by URL
    (Instagram) instead of taking an upload.
    """

    filename: str
    content_type: str
    data: bytes
    alt_text: str
    url: str | None = None


@dataclass(slots=True, frozen=True)
class OutboundPost:
    """One part to send. A thread is several OutboundPosts, each replying to the previous part.

    `in_reply_to` is the platform's id of the parent (previous thread part or the citizen's post);
    `recipient` addresses a private message (Messenger PSID, WhatsApp number, Telegram chat id).
    `template` names an approved WhatsApp template, required outside the 24-hour window.
    """

    text: str
    idempotency_key: str
    language: str | None = None
    in_reply_to: str | None = None
    recipient: str | None = None
    media: tuple[MediaFile, ...] = ()
    template: str | None = None


@dataclass(slots=True, frozen=True)
class Receipt:
    """What the platform gave back for a published part."""

    external_id: str
    url: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True, frozen=True)
class DeliveryReport:
    """A platform's later word on a sent message (WhatsApp `statuses`): only `failed` changes anything."""

    external_id: str
    status: str  # sent | delivered | read | failed
    error_code: int | None = None
    error: str | None = None


@dataclass(slots=True, frozen=True)
class RateLimitState:
    """The platform's last rate-limit headers: limit, remaining, and when the window resets."""

    limit: int | None = None
    remaining: int | None = None
    reset_at: datetime | None = None


@dataclass(slots=True, frozen=True)
class HealthReport:
    ok: bool
    detail: str = ""
    token_expires_at: datetime | None = None
    rate_limit: RateLimitState | None = None


@dataclass(slots=True, frozen=True)
class HandshakeReply:
    status: int
    body: bytes
    content_type: str = "text/plain"


class PublishError(Exception):
    """The platform refused or failed a publish. `message` is the platform's own error text.

    `retryable` is True for transient failures (5xx, timeouts, 429); `outcome_unknown` is True when
    the request may have reached the platform (connection dropped after sending), so the worker
    must reconcile before retrying.
    """

    def __init__(
        self,
        platform: str,
        message: str,
        *,
        status: int | None = None,
        retryable: bool = False,
        outcome_unknown: bool = False,
    ) -> None:
        super().__init__(f"{platform}: {message}" + (f" (HTTP {status})" if status else ""))
        self.platform = platform
        self.message = message
        self.status = status
        self.retryable = retryable
        self.outcome_unknown = outcome_unknown


class RateLimited(PublishError):
    """HTTP 429 (or Telegram's retry_after): try again after `retry_after` seconds."""

    def __init__(self, platform: str, message: str, *, retry_after: float, state: RateLimitState | None = None) -> None:
        super().__init__(platform, message, status=429, retryable=True)
        self.retry_after = retry_after
        self.state = state
