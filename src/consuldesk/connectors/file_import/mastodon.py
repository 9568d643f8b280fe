"""Mastodon status and notification objects → RawItems.

Owns the Mastodon rules: `content` is HTML (see `html_text`), a content warning (`spoiler_text`) is
part of what the person wrote and comes first, `visibility: direct` is a DM, and only notifications
that deliver someone's message (mention, status, update, quote) import; a boost is imported as the
boosted status. Ids are strings, as the API sends them.
"""

from __future__ import annotations

from typing import Any

from consuldesk.connectors.file_import.errors import NothingToImport
from consuldesk.connectors.file_import.fields import (
    JsonObj,
    lang_hint,
    objects,
    opt_id,
    opt_obj,
    opt_str,
    parse_time,
    placeholder,
    req_id,
    req_obj,
    req_str,
)
from consuldesk.connectors.file_import.html_text import html_to_text
from consuldesk.connectors.models import RawItem
from consuldesk.core.types import ItemKind, Platform

__all__ = ["is_mastodon_notification", "is_mastodon_status", "map_mastodon"]

_MESSAGE_NOTIFICATIONS = frozenset({"mention", "status", "update", "quote"})


def is_mastodon_status(obj: JsonObj) -> bool:
    return "content" in obj and isinstance(obj.get("account"), dict)


def is_mastodon_notification(obj: JsonObj) -> bool:
    # `text` rules out generic records that happen to use `type`/`account` keys.
    return isinstance(obj.get("type"), str) and isinstance(obj.get("account"), dict) and "text" not in obj


def _status_text(status: JsonObj, where: str) -> str:
    text = html_to_text(req_str(status, "content", where))
    warning = (opt_str(status, "spoiler_text", where) or "").strip()
    if warning:
        text = f"{warning}\n\n{text}" if text else warning
    if not text:
        kinds = [opt_str(m, "type", w) or "attachment" for w, m in objects(status, "media_attachments", where)]
        text = " ".join(placeholder(k) for k in kinds)
    return text


def _map_status(status: JsonObj, where: str, raw: JsonObj) -> RawItem:
    reblog = opt_obj(status, "reblog", where)
    if reblog is not None:
        return _map_status(reblog, f"{where}.reblog", raw)
    status_id = req_id(status, "id", where)
    account = req_obj(status, "account", where)
    awhere = f"{where}.account"
    author_handle = opt_str(account, "acct", awhere) or opt_str(account, "username", awhere)
    in_reply_to = opt_id(status, "in_reply_to_id", where)
    if status.get("visibility") == "direct":
        kind = ItemKind.DM
        # Mastodon has no conversation id on a status; the sender is the stable key for a DM thread.
        thread_ref: str | None = f"mastodon:dm:{author_handle or req_id(account, 'id', awhere)}"
    elif in_reply_to:
        kind, thread_ref = ItemKind.REPLY, in_reply_to
    else:
        kind, thread_ref = ItemKind.POST, status_id
    return RawItem(
        platform=Platform.MASTODON.value,
        external_id=status_id,
        kind=kind.value,
        text=_status_text(status, where),
        raw=raw,
        author_id=opt_id(account, "id", awhere),
        author_name=opt_str(account, "display_name", awhere) or opt_str(account, "username", awhere),
        author_handle=author_handle,
        created_at=parse_time(status, "created_at", where),
        lang_hint=lang_hint(opt_str(status, "language", where)),
        in_reply_to=in_reply_to,
        thread_ref=thread_ref,
        extra={"edited": True} if status.get("edited_at") else {},
    )


def map_mastodon(obj: dict[str, Any]) -> list[RawItem]:
    if is_mastodon_status(obj):
        return [_map_status(obj, "", obj)]
    kind = req_str(obj, "type")
    status = opt_obj(obj, "status")
    if status is None:
        raise NothingToImport(f"notification of type {kind!r} has no status")
    if kind not in _MESSAGE_NOTIFICATIONS:
        # reblog/favourite/poll notifications carry *our* status, not a message to us.
        raise NothingToImport(f"notification of type {kind!r} is not a message")
    return [_map_status(status, "status", obj)]
