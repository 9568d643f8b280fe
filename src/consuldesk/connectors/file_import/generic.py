"""Generic records: `{"text": …}` plus optional platform/kind/author/date/thread fields → one RawItem.

Owns the field vocabulary shared by generic JSON(L) lines and CSV columns, and the stable
generated id for records without one. Imports only consuldesk.core and the connector models.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

import orjson

from consuldesk.connectors.file_import.errors import RecordError
from consuldesk.connectors.file_import.fields import JsonObj, lang_hint, opt_id, opt_str, parse_time, req_str
from consuldesk.connectors.models import RawItem
from consuldesk.core.types import ItemKind, Platform

__all__ = ["GENERIC_FIELDS", "generated_id", "map_generic"]

# The fields a generic record (or CSV header) may carry; anything else is kept in `raw` only.
GENERIC_FIELDS = (
    "id", "text", "platform", "kind", "author", "author_id", "author_handle", "lang",
    "created_at", "thread_ref", "in_reply_to", "channel",
)  # fmt: skip

_PLATFORMS = {p.value: p.value for p in Platform} | {"twitter": Platform.X.value}
_KINDS = frozenset(k.value for k in ItemKind)


def generated_id(platform: str, author: tuple[str | None, ...], created_at: datetime | None, text: str) -> str:
    """A stable external id for a record that has none.

    Re-importing the same file must not duplicate items, so the id is a hash of the record's content;
    the timestamp is hashed in its normalised UTC form so `1700000000` and its ISO spelling agree.
    """
    stamp = created_at.isoformat() if created_at else None
    key = orjson.dumps([platform, *author, stamp, text])
    return "gen:" + hashlib.sha256(key).hexdigest()[:32]


def _platform(obj: JsonObj) -> str:
    value = opt_str(obj, "platform")
    if value is None or not value.strip():
        return Platform.OTHER.value
    platform = _PLATFORMS.get(value.strip().lower())
    if platform is None:
        known = ", ".join(p.value for p in Platform)
        raise RecordError(f"unknown platform {value!r} (expected one of: {known})")
    return platform


def _kind(obj: JsonObj, in_reply_to: str | None) -> str:
    value = opt_str(obj, "kind")
    if value is None or not value.strip():
        return ItemKind.REPLY.value if in_reply_to else ItemKind.POST.value
    kind = value.strip().lower()
    if kind not in _KINDS:
        raise RecordError(f"unknown kind {value!r} (expected one of: {', '.join(sorted(_KINDS))})")
    return kind


def map_generic(obj: dict[str, Any]) -> list[RawItem]:
    text = req_str(obj, "text")
    if not text.strip():
        raise RecordError("empty text")
    platform = _platform(obj)
    in_reply_to = opt_id(obj, "in_reply_to")
    author_name = opt_str(obj, "author")
    author_id = opt_id(obj, "author_id")
    author_handle = opt_str(obj, "author_handle")
    created_at = parse_time(obj, "created_at")
    external_id = opt_id(obj, "id") or generated_id(platform, (author_id, author_handle, author_name), created_at, text)
    return [
        RawItem(
            platform=platform,
            external_id=external_id,
            kind=_kind(obj, in_reply_to),
            text=text,
            raw=obj,
            author_id=author_id,
            author_name=author_name,
            author_handle=author_handle,
            created_at=created_at,
            lang_hint=lang_hint(opt_str(obj, "lang")),
            in_reply_to=in_reply_to,
            thread_ref=opt_id(obj, "thread_ref"),
            channel_ref=opt_id(obj, "channel"),
        )
    ]
