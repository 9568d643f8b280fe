"""Timestamps for feeds: seconds precision and an explicit numeric offset, as CAP and Atom require."""

from __future__ import annotations

from datetime import datetime, timedelta


def offset_timestamp(value: datetime, *, feed: str, error: type[Exception]) -> str:
    """`2026-03-14T13:40:00+00:00`; raises `error` for naive times or offsets that are not whole minutes."""
    offset = value.utcoffset()
    if offset is None:
        raise error(f"{feed} times need a time zone, got naive {value.isoformat()}")
    if offset % timedelta(minutes=1):
        raise error(f"{feed} offsets are whole minutes, got {offset}")
    return value.replace(microsecond=0).isoformat(timespec="seconds")
