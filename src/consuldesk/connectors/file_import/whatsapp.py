"""WhatsApp Cloud API `messages` changes → RawItems, one per inbound message.

Owns the message-type table: text bodies, captions of media, the titles of interactive replies, and a
bracketed placeholder (`[image]`) when a message has no words. Status updates (sent, delivered, read)
and reactions are skipped. Threads are `whatsapp:<phone_number_id>:<wa_id>`, one per citizen.
"""

from __future__ import annotations

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
    req_str,
)
from consuldesk.connectors.models import RawItem
from consuldesk.core.types import ItemKind, Platform

__all__ = ["map_whatsapp_change"]

_SKIPPED_TYPES = {"reaction": "whatsapp reaction", "system": "whatsapp system message"}
_CAPTIONED = frozenset({"image", "video", "document", "sticker", "audio"})


def _message_text(message: JsonObj, msg_type: str, where: str) -> str:
    if msg_type == "text":
        return req_str(req_obj(message, "text", where), "body", f"{where}.text")
    body = opt_obj(message, msg_type, where) or {}
    bwhere = f"{where}.{msg_type}"
    if msg_type in _CAPTIONED:
        return opt_str(body, "caption", bwhere) or placeholder(msg_type)
    if msg_type == "button":  # a tap on a template's quick-reply button
        return opt_str(body, "text", bwhere) or placeholder(msg_type)
    if msg_type == "interactive":
        for reply_key in ("button_reply", "list_reply"):
            reply = opt_obj(body, reply_key, bwhere)
            if reply and (title := opt_str(reply, "title", f"{bwhere}.{reply_key}")):
                return title
    if msg_type == "location":
        words = [w for w in (opt_str(body, "name", bwhere), opt_str(body, "address", bwhere)) if w]
        if words:
            return f"{placeholder('location')} " + ", ".join(words)
    return placeholder(msg_type)


def map_whatsapp_change(entry: JsonObj, change: JsonObj, where: str) -> list[RawItem | str]:
    """The items of one `messages` change, or skip reasons for the parts that are not messages."""
    value = req_obj(change, "value", where)
    vwhere = f"{where}.value"
    metadata = req_obj(value, "metadata", vwhere)
    phone_id = req_id(metadata, "phone_number_id", f"{vwhere}.metadata")
    contacts = {opt_id(c, "wa_id", w): c for w, c in objects(value, "contacts", vwhere)}
    out: list[RawItem | str] = ["whatsapp status update" for _ in objects(value, "statuses", vwhere)]
    for mwhere, message in objects(value, "messages", vwhere):
        msg_type = req_str(message, "type", mwhere)
        if msg_type in _SKIPPED_TYPES:
            out.append(_SKIPPED_TYPES[msg_type])
            continue
        sender = req_id(message, "from", mwhere)
        contact = contacts.get(sender)
        profile = opt_obj(contact, "profile") if contact else None
        context = opt_obj(message, "context", mwhere)
        # raw: a one-message envelope carrying this sender's contact card and the receiving number.
        slim_value: JsonObj = {k: v for k, v in value.items() if k not in ("contacts", "messages", "statuses")}
        slim_value |= {"contacts": [contact]} if contact else {}
        slim_value["messages"] = [message]
        raw_entry = {"id": entry.get("id"), "changes": [{"field": "messages", "value": slim_value}]}
        out.append(
            RawItem(
                platform=Platform.WHATSAPP.value,
                external_id=req_id(message, "id", mwhere),
                kind=ItemKind.DM.value,
                text=_message_text(message, msg_type, mwhere),
                raw={"object": "whatsapp_business_account", "entry": [raw_entry]},
                author_id=sender,
                author_name=opt_str(profile, "name") if profile else None,
                created_at=parse_time(message, "timestamp", mwhere),
                in_reply_to=opt_id(context, "id", f"{mwhere}.context") if context else None,
                thread_ref=f"whatsapp:{phone_id}:{sender}",
                channel_ref=phone_id,
            )
        )
    return out
