"""X Account Activity webhooks, pure: CRC answers, signature checks and event payload parsing.

Signatures are base64 HMAC-SHA256 keyed with the app's consumer secret, over the CRC token (the
handshake) or the raw request body (events). `tweet_create_events` items are v1.1 Tweet objects, so
they are reshaped into a v2 envelope and mapped by the file importer's X mapper, keeping one set of
X mapping rules; direct messages go through the importer's Account Activity mapper unchanged.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from consuldesk.connectors.file_import.errors import NothingToImport
from consuldesk.connectors.file_import.x import map_x_activity, map_x_envelope
from consuldesk.connectors.models import RawItem
from consuldesk.connectors.rest import as_obj

__all__ = [
    "SIGNATURE_HEADER",
    "crc_response_token",
    "parse_account_activity",
    "signature_valid",
    "x_signature",
]

SIGNATURE_HEADER = "x-twitter-webhooks-signature"
_V1_TIME = "%a %b %d %H:%M:%S %z %Y"  # v1.1 created_at: "Wed Oct 10 20:19:24 +0000 2018"


def x_signature(secret: str, message: bytes) -> str:
    """`sha256=<base64 HMAC-SHA256(secret, message)>`, as X signs CRC tokens and event bodies."""
    digest = hmac.new(secret.encode("utf-8"), message, hashlib.sha256).digest()
    return "sha256=" + base64.b64encode(digest).decode("ascii")


def crc_response_token(secret: str, crc_token: str) -> str:
    return x_signature(secret, crc_token.encode("utf-8"))


def signature_valid(headers: Mapping[str, str], body: bytes, secret: str) -> bool:
    """Constant-time check of the signature header (looked up case-insensitively) over the raw body."""
    if not secret:
        return False
    given = next((value for name, value in headers.items() if name.lower() == SIGNATURE_HEADER), None)
    if given is None:
        return False
    # Compare bytes: compare_digest rejects non-ASCII str, and a forged header may contain anything.
    return hmac.compare_digest(given.strip().encode("utf-8"), x_signature(secret, body).encode("ascii"))


def _v1_time(value: Any) -> str | None:
    try:
        return datetime.strptime(str(value), _V1_TIME).isoformat()
    except ValueError:
        return None


def _v1_to_v2_envelope(tweet: dict[str, Any]) -> dict[str, Any]:
    """A v1.1 Tweet as the v2 envelope `map_x_envelope` reads (full text of long posts included)."""
    extended, user = as_obj(tweet.get("extended_tweet")), as_obj(tweet.get("user"))
    data: dict[str, Any] = {
        "id": tweet.get("id_str") or tweet.get("id"),
        "text": extended.get("full_text") or tweet.get("full_text") or tweet.get("text") or "",
        "author_id": user.get("id_str") or user.get("id"),
        "created_at": _v1_time(tweet.get("created_at")),
        "lang": tweet.get("lang"),
    }
    parent = tweet.get("in_reply_to_status_id_str")
    if parent:
        data["referenced_tweets"] = [{"type": "replied_to", "id": parent}]
    else:
        data["conversation_id"] = data["id"]  # a post that replies to nothing starts its own conversation
    envelope: dict[str, Any] = {"data": {k: v for k, v in data.items() if v is not None}}
    if data["author_id"] is not None:
        envelope["includes"] = {
            "users": [{"id": data["author_id"], "name": user.get("name"), "username": user.get("screen_name")}]
        }
    return envelope


def _tweet_items(obj: dict[str, Any], account: str | None) -> list[RawItem]:
    items: list[RawItem] = []
    for tweet in obj.get("tweet_create_events") or []:
        if not isinstance(tweet, dict) or "retweeted_status" in tweet:
            continue  # a retweet carries no message to the desk
        user = as_obj(tweet.get("user"))
        if account is not None and str(user.get("id_str") or user.get("id")) == account:
            continue  # our own post echoed back
        for item in map_x_envelope(_v1_to_v2_envelope(tweet)):
            item.raw = {"for_user_id": account, "tweet_create_events": [tweet]}  # the payload verbatim
            item.channel_ref = account
            items.append(item)
    return items


def parse_account_activity(obj: dict[str, Any]) -> list[RawItem]:
    """Mentions, replies and DMs in one AAA delivery; likes, follows and other events yield nothing."""
    account = obj.get("for_user_id")
    account = str(account) if account is not None else None
    items = _tweet_items(obj, account)
    if "direct_message_events" in obj:
        with contextlib.suppress(NothingToImport):  # only our own DMs, or no message events
            items.extend(map_x_activity(obj))
    return items
