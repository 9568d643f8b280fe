"""Jetstream commit events (JSON over WebSocket) → RawItems, pure.

Only the creation of an `app.bsky.feed.post` record carries a message; updates, deletes, other
collections, identity, account and heartbeat events map to None. The external id is the post's
at:// URI, the same id the connector's receipts use, so a reply to it can be published directly.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from consuldesk.connectors.file_import.errors import RecordError
from consuldesk.connectors.file_import.fields import lang_hint, parse_time
from consuldesk.connectors.models import RawItem
from consuldesk.connectors.rest import as_obj
from consuldesk.core.types import ItemKind, Platform

__all__ = ["POST_COLLECTION", "at_uri", "parse_jetstream_event"]

POST_COLLECTION = "app.bsky.feed.post"


def at_uri(did: str, collection: str, rkey: str) -> str:
    return f"at://{did}/{collection}/{rkey}"


def _created_at(record: dict[str, Any]) -> datetime | None:
    try:
        return parse_time(record, "createdAt")
    except RecordError:
        return None  # createdAt is the author's claim; a bad one must not lose the post


def parse_jetstream_event(obj: dict[str, Any]) -> RawItem | None:
    commit = as_obj(obj.get("commit"))
    if obj.get("kind") != "commit" or commit.get("operation") != "create":
        return None
    if commit.get("collection") != POST_COLLECTION:
        return None
    record, did, rkey = as_obj(commit.get("record")), obj.get("did"), commit.get("rkey")
    if not isinstance(did, str) or not isinstance(rkey, str) or not isinstance(record.get("text"), str):
        return None
    uri = at_uri(did, POST_COLLECTION, rkey)
    reply = as_obj(record.get("reply"))
    parent = as_obj(reply.get("parent")).get("uri")
    root = as_obj(reply.get("root")).get("uri")
    langs = record.get("langs")
    return RawItem(
        platform=Platform.BLUESKY.value,
        external_id=uri,
        kind=(ItemKind.REPLY if parent else ItemKind.POST).value,
        text=record["text"],
        raw=obj,
        author_id=did,
        created_at=_created_at(record),
        lang_hint=lang_hint(langs[0]) if isinstance(langs, list) and langs and isinstance(langs[0], str) else None,
        in_reply_to=parent if isinstance(parent, str) else None,
        thread_ref=root if isinstance(root, str) else uri,
        extra={"cid": commit["cid"]} if isinstance(commit.get("cid"), str) else {},
    )
