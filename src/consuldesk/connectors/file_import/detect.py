"""Shape detection: which payload family a parsed record belongs to, decided from its keys alone.

Owns the order of the checks. Platform envelopes are tested first and the generic `{"text": …}`
record last, because a Mastodon status may also carry `text` (after delete-and-redraft) and must still
be read as Mastodon. Detection never looks deeper than the top level, so a malformed envelope is
reported by its mapper with the exact field at fault instead of as an "unrecognised shape".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from consuldesk.connectors.file_import.errors import RecordError
from consuldesk.connectors.file_import.fields import json_type
from consuldesk.connectors.file_import.generic import map_generic
from consuldesk.connectors.file_import.mastodon import (
    is_mastodon_notification,
    is_mastodon_status,
    map_mastodon,
)
from consuldesk.connectors.file_import.meta import map_meta
from consuldesk.connectors.file_import.telegram import map_telegram, map_telegram_updates
from consuldesk.connectors.file_import.x import is_bare_tweet, map_bare_tweet, map_x_activity, map_x_envelope
from consuldesk.connectors.models import RawItem

__all__ = ["Mapper", "detect"]

Mapper = Callable[[dict[str, Any]], list[RawItem]]

_MAX_KEYS_SHOWN = 8


def detect(obj: Any) -> Mapper:
    """The mapper for `obj`, or RecordError naming what was found instead."""
    if not isinstance(obj, dict):
        raise RecordError(f"expected a JSON object, got {json_type(obj)}")
    if "object" in obj and "entry" in obj:
        return map_meta
    if "update_id" in obj:
        return map_telegram
    if obj.get("ok") is True and isinstance(obj.get("result"), list):
        return map_telegram_updates
    if is_mastodon_status(obj) or is_mastodon_notification(obj):
        return map_mastodon
    if "for_user_id" in obj:
        return map_x_activity
    if "text" not in obj and ("data" in obj or "errors" in obj):
        return map_x_envelope
    if is_bare_tweet(obj):
        return map_bare_tweet
    if "text" in obj:
        return map_generic
    keys = sorted(obj)
    shown = ", ".join(keys[:_MAX_KEYS_SHOWN]) + (", …" if len(keys) > _MAX_KEYS_SHOWN else "")
    raise RecordError(f"unrecognised record shape (keys: {shown or 'none'})")
