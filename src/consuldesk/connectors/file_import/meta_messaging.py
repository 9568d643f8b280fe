"""Messenger and Instagram direct messages (`entry[].messaging[]` events) → RawItems.

Owns which messaging events are inbound messages (text, attachments, postbacks with a title) and which
are noise to skip (echoes of our own sends, deliveries, reads, reactions). DMs get the thread key
`<platform>:<page or IG account id>:<sender id>` so one person's messages gather in one case.
"""

from __future__ import annotations

from consuldesk.connectors.file_import.errors import RecordError
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

__all__ = ["map_messaging_event"]

# Event keys that carry no inbound text; the value is the reason shown when a record is all skips.
_NOISE = {
    "delivery": "delivery receipt",
    "read": "read receipt",
    "reaction": "reaction",
    "optin": "opt-in",
    "referral": "referral",
    "account_linking": "account linking",
    "pass_thread_control": "handover",
    "take_thread_control": "handover",
    "request_thread_control": "handover",
    "message_edit": "message edit",
}


def _attachments_text(message: JsonObj, where: str) -> str:
    kinds = [opt_str(a, "type", w) or "attachment" for w, a in objects(message, "attachments", where)]
    return " ".join(placeholder(k) for k in kinds)


def map_messaging_event(obj_type: str, account_id: str, event: JsonObj, where: str, raw: JsonObj) -> RawItem | str:
    """One messaging event as a DM item, or the reason it is skipped."""
    platform = Platform.MESSENGER if obj_type == "page" else Platform.INSTAGRAM
    sender = req_id(req_obj(event, "sender", where), "id", f"{where}.sender")
    message = opt_obj(event, "message", where)
    postback = opt_obj(event, "postback", where)
    if message is None and postback is None:
        kind = next((label for key, label in _NOISE.items() if key in event), "event without a message")
        return f"{platform.value} {kind}"
    # Our own sends come back as echoes; the sender check also catches echoes missing the flag.
    if sender == account_id or (message is not None and message.get("is_echo")):
        return f"{platform.value} echo of our own message"
    in_reply_to = None
    if message is not None:
        mwhere = f"{where}.message"
        if message.get("is_deleted") or message.get("is_unsupported"):
            return f"{platform.value} deleted or unsupported message"
        external_id = req_id(message, "mid", mwhere)
        text = opt_str(message, "text", mwhere) or _attachments_text(message, mwhere)
        if not text:
            raise RecordError(f"missing required field '{mwhere}.text'")
        reply_to = opt_obj(message, "reply_to", mwhere)
        in_reply_to = opt_id(reply_to, "mid", f"{mwhere}.reply_to") if reply_to else None
    else:
        assert postback is not None
        pwhere = f"{where}.postback"
        title = opt_str(postback, "title", pwhere)
        if not title:
            return f"{platform.value} postback without a title"
        text = title
        # Older postbacks have no mid; sender + timestamp is unique per person and stable on re-import.
        external_id = opt_id(postback, "mid", pwhere) or f"postback:{sender}:{event.get('timestamp')}"
    return RawItem(
        platform=platform.value,
        external_id=external_id,
        kind=ItemKind.DM.value,
        text=text,
        raw=raw,
        author_id=sender,
        created_at=parse_time(event, "timestamp", where),
        in_reply_to=in_reply_to,
        thread_ref=f"{platform.value}:{account_id}:{sender}",
        channel_ref=account_id,
        extra={"postback_payload": postback.get("payload")} if postback else {},
    )
