"""Telegram Bot API `Update` objects (and `getUpdates` responses) → RawItems.

Owns the Telegram rules: message ids are unique only within a chat, so external ids are
`<chat id>:<message id>`; a private chat is a DM thread `telegram:<chat id>`; in groups a message is a
comment, or a reply when it answers another message; channel posts are posts. Media without a caption
reads as a placeholder such as `[photo]`; service messages (joins, pins) are skipped.
"""

from __future__ import annotations

from typing import Any

from consuldesk.connectors.file_import.errors import NothingToImport, RecordError
from consuldesk.connectors.file_import.fields import (
    JsonObj,
    objects,
    opt_id,
    opt_obj,
    opt_str,
    parse_time,
    placeholder,
    req_id,
    req_obj,
)
from consuldesk.connectors.models import RawItem
from consuldesk.core.types import ItemKind, Platform

__all__ = ["map_telegram", "map_telegram_updates"]

_MESSAGE_KEYS = ("message", "edited_message", "channel_post", "edited_channel_post", "business_message")
_MEDIA = (
    "photo", "video", "animation", "document", "audio", "voice", "video_note", "sticker",
    "location", "venue", "contact", "poll", "dice",
)  # fmt: skip


def _media_text(message: JsonObj) -> str | None:
    for key in _MEDIA:
        if key in message:
            body = message[key]
            if key == "poll" and isinstance(body, dict) and isinstance(body.get("question"), str):
                return f"{placeholder('poll')} {body['question']}"
            if key == "sticker" and isinstance(body, dict) and isinstance(body.get("emoji"), str):
                return f"{placeholder('sticker')} {body['emoji']}"
            return placeholder(key)
    return None


def _author(message: JsonObj, where: str) -> tuple[str | None, str | None, str | None]:
    sender = opt_obj(message, "from", where)
    swhere = f"{where}.from"
    if sender is None:  # channel posts are signed by the channel itself
        sender = opt_obj(message, "sender_chat", where) or {}
        swhere = f"{where}.sender_chat"
        name = opt_str(sender, "title", swhere)
    else:
        parts = (opt_str(sender, "first_name", swhere), opt_str(sender, "last_name", swhere))
        name = " ".join(p for p in parts if p) or None
    return opt_id(sender, "id", swhere), name, opt_str(sender, "username", swhere)


def map_telegram(obj: dict[str, Any]) -> list[RawItem]:
    key = next((k for k in _MESSAGE_KEYS if k in obj), None)
    if key is None:
        kinds = ", ".join(str(k) for k in obj if k != "update_id") or "empty"
        raise NothingToImport(f"telegram update of type '{kinds}' carries no message")
    message = req_obj(obj, key)
    chat = req_obj(message, "chat", key)
    chat_id = req_id(chat, "id", f"{key}.chat")
    chat_type = opt_str(chat, "type", f"{key}.chat") or "private"
    text = opt_str(message, "text", key) or opt_str(message, "caption", key) or _media_text(message)
    if text is None:
        if "text" in message or "caption" in message:
            raise RecordError(f"empty text in '{key}'")
        raise NothingToImport("telegram service message")
    external_id = f"{chat_id}:{req_id(message, 'message_id', key)}"
    reply = opt_obj(message, "reply_to_message", key)
    in_reply_to = f"{chat_id}:{req_id(reply, 'message_id', f'{key}.reply_to_message')}" if reply else None
    topic = opt_id(message, "message_thread_id", key)
    if chat_type == "private":
        kind, thread_ref = ItemKind.DM, f"telegram:{chat_id}"
    elif chat_type == "channel":
        kind, thread_ref = ItemKind.POST, external_id
    else:
        # A group is one running conversation (a forum topic is its own); replies name their parent.
        kind = ItemKind.REPLY if in_reply_to else ItemKind.COMMENT
        thread_ref = f"telegram:{chat_id}" + (f":{topic}" if topic else "")
    author_id, author_name, author_handle = _author(message, key)
    language = opt_str(opt_obj(message, "from", key) or {}, "language_code")
    extra: JsonObj = {}
    if key.startswith("edited_"):
        extra["edited"] = True
    if language:  # the sender's app language: a weak hint, so kept aside rather than as lang_hint
        extra["user_language_code"] = language
    return [
        RawItem(
            platform=Platform.TELEGRAM.value,
            external_id=external_id,
            kind=kind.value,
            text=text,
            raw=obj,
            author_id=author_id,
            author_name=author_name,
            author_handle=author_handle,
            created_at=parse_time(message, "date", key),
            in_reply_to=in_reply_to,
            thread_ref=thread_ref,
            channel_ref=None if chat_type == "private" else chat_id,
            extra=extra,
        )
    ]


def map_telegram_updates(obj: dict[str, Any]) -> list[RawItem]:
    """A saved `getUpdates` response, `{"ok": true, "result": [Update, …]}`."""
    items: list[RawItem] = []
    skipped: list[str] = []
    for where, update in objects(obj, "result"):
        try:
            items.extend(map_telegram(update))
        except NothingToImport as skip:
            skipped.append(skip.reason)
        except RecordError as err:
            raise RecordError(f"{where}: {err.reason}") from err
    if not items:
        raise NothingToImport("nothing to import: " + ("; ".join(dict.fromkeys(skipped)) or "no updates"))
    return items
