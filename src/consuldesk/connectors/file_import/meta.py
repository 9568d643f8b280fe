"""Meta webhook envelopes → RawItems: Facebook Page feed, Instagram comments, and dispatch to DMs.

Owns the `{"object": …, "entry": [...]}` envelope: which object/field combination is which platform,
and the per-entry split into `changes[]` (feed and comments, mapped here), `messaging[]`/`standby[]`
(Messenger and Instagram DMs, `meta_messaging`) and WhatsApp changes (`whatsapp`). A record's items
are all-or-nothing; skipped parts (removals, reactions, our own echoes) only matter when nothing is left.
"""

from __future__ import annotations

from typing import Any

from consuldesk.connectors.file_import.errors import RecordError
from consuldesk.connectors.file_import.fields import (
    JsonObj,
    nothing_to_import,
    objects,
    opt_id,
    opt_obj,
    opt_str,
    parse_time,
    req_id,
    req_obj,
    req_str,
)
from consuldesk.connectors.file_import.meta_messaging import map_messaging_event
from consuldesk.connectors.file_import.whatsapp import map_whatsapp_change
from consuldesk.connectors.models import RawItem
from consuldesk.core.types import ItemKind, Platform

__all__ = ["map_meta"]

_FEED_POSTS = frozenset({"post", "status", "photo", "video", "share"})
_FEED_ATTACHMENTS = ("photo", "photos", "video", "link")
_IG_COMMENT_FIELDS = frozenset({"comments", "live_comments"})


def _envelope(obj_type: str, entry: JsonObj, key: str, part: JsonObj) -> JsonObj:
    """A one-event envelope for `raw`: the item's own fragment, its entry id and time, nothing else,
    so the stored payload re-parses to exactly this item."""
    slim = {k: entry[k] for k in ("id", "time") if k in entry}
    return {"object": obj_type, "entry": [slim | {key: [part]}]}


def _feed_item(entry: JsonObj, change: JsonObj, where: str, page_id: str) -> RawItem | str:
    """A Page `feed` change as an item, or the reason it is skipped."""
    value = req_obj(change, "value", where)
    vwhere = f"{where}.value"
    item = req_str(value, "item", vwhere)
    verb = req_str(value, "verb", vwhere)
    if verb not in ("add", "edited"):
        return f"facebook {item} {verb}"
    if item != "comment" and item not in _FEED_POSTS:
        return f"facebook feed item '{item}'"
    sender = opt_obj(value, "from", vwhere) or {}
    author_id = opt_id(sender, "id", f"{vwhere}.from")
    if author_id == page_id:
        return f"facebook {item} by the page itself"  # our own posts and replies come back as feed events
    post_id = req_id(value, "post_id", vwhere)
    message = opt_str(value, "message", vwhere)
    if message is None and not any(k in value for k in _FEED_ATTACHMENTS):
        raise RecordError(f"missing required field '{vwhere}.message'")
    if item == "comment":
        external_id = req_id(value, "comment_id", vwhere)
        parent = opt_id(value, "parent_id", vwhere) or post_id
        kind = ItemKind.COMMENT if parent == post_id else ItemKind.REPLY
    else:
        external_id, parent, kind = post_id, None, ItemKind.POST
    return RawItem(
        platform=Platform.FACEBOOK.value,
        external_id=external_id,
        kind=kind.value,
        text=message or "",
        raw=_envelope("page", entry, "changes", change),
        author_id=author_id,
        author_name=opt_str(sender, "name", f"{vwhere}.from"),
        created_at=parse_time(value, "created_time", vwhere) or parse_time(entry, "time"),
        in_reply_to=parent,
        thread_ref=post_id,
        channel_ref=page_id,
        extra={"edited": True} if verb == "edited" else {},
    )


def _ig_comment(entry: JsonObj, change: JsonObj, where: str, account_id: str) -> RawItem | str:
    value = req_obj(change, "value", where)
    vwhere = f"{where}.value"
    sender = opt_obj(value, "from", vwhere) or {}
    author_id = opt_id(sender, "id", f"{vwhere}.from")
    if author_id == account_id:
        return "instagram comment by the account itself"
    media = req_obj(value, "media", vwhere)
    media_id = req_id(media, "id", f"{vwhere}.media")
    parent = opt_id(value, "parent_id", vwhere)
    return RawItem(
        platform=Platform.INSTAGRAM.value,
        external_id=req_id(value, "id", vwhere),
        kind=(ItemKind.REPLY if parent else ItemKind.COMMENT).value,
        text=req_str(value, "text", vwhere),
        raw=_envelope("instagram", entry, "changes", change),
        author_id=author_id,
        author_handle=opt_str(sender, "username", f"{vwhere}.from"),
        created_at=parse_time(value, "timestamp", vwhere) or parse_time(entry, "time"),
        in_reply_to=parent or media_id,
        thread_ref=media_id,
        channel_ref=account_id,
        extra={"live": True} if change.get("field") == "live_comments" else {},
    )


def _entry_items(obj_type: str, entry: JsonObj, where: str, skipped: list[str]) -> list[RawItem]:
    items: list[RawItem] = []
    entry_id = req_id(entry, "id", where)
    for key in ("messaging", "standby"):  # standby = the same events while another app has the thread
        for ewhere, event in objects(entry, key, where):
            raw = _envelope(obj_type, entry, key, event)
            found = map_messaging_event(obj_type, entry_id, event, ewhere, raw)
            if isinstance(found, str):
                skipped.append(found)
            else:
                items.append(found)
    for cwhere, change in objects(entry, "changes", where):
        field = req_str(change, "field", cwhere)
        result: RawItem | str | list[RawItem | str]
        if obj_type == "page" and field == "feed":
            result = _feed_item(entry, change, cwhere, entry_id)
        elif obj_type == "instagram" and field in _IG_COMMENT_FIELDS:
            result = _ig_comment(entry, change, cwhere, entry_id)
        elif obj_type == "whatsapp_business_account" and field == "messages":
            result = map_whatsapp_change(entry, change, cwhere)
        else:
            result = f"{obj_type} change field '{field}'"
        for found in result if isinstance(result, list) else [result]:
            if isinstance(found, str):
                skipped.append(found)
            else:
                items.append(found)
    return items


def map_meta(obj: dict[str, Any]) -> list[RawItem]:
    obj_type = req_str(obj, "object")
    if obj_type not in ("page", "instagram", "whatsapp_business_account"):
        raise RecordError(f"unsupported Meta webhook object {obj_type!r}")
    items: list[RawItem] = []
    skipped: list[str] = []
    for where, entry in objects(obj, "entry"):
        items.extend(_entry_items(obj_type, entry, where, skipped))
    if not items:
        raise nothing_to_import(skipped, f"{obj_type} webhook with no entries")
    return items
