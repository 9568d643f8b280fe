"""The WhatsApp 24-hour customer-service window, as a pure function for the service layer.

A business may send free-form messages only within 24 hours of the citizen's last message; after
that only an approved template may open the conversation again (Cloud API error 131047,
"Re-engagement message").
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

__all__ = ["SERVICE_WINDOW", "window_open"]

SERVICE_WINDOW = timedelta(hours=24)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def window_open(last_inbound_at: datetime | None, now: datetime) -> bool:
    """True when a free-form reply is allowed: the citizen wrote less than 24 hours before `now`.

    Naive datetimes are taken as UTC. No inbound message at all means the window is closed.
    """
    if last_inbound_at is None:
        return False
    return _aware(now) - _aware(last_inbound_at) < SERVICE_WINDOW
