"""X (Twitter) payloads → RawItems: API v2 envelopes, filtered-stream lines, v2 DM events, AAA DMs.

Owns the X-specific rules: authors come from `includes.users` via `author_id`, `note_tweet.text`
(the full text of long posts) wins over the truncated `text`, `conversation_id` is the thread, and a
`replied_to` reference makes a reply. One-to-one DMs from both the v2 DM API and Account Activity
webhooks gather under `x:dm:<low id>-<high id>`, which is the v2 `dm_conversation_id` of the pair.
"""

from __future__ import annotations

from typing import Any

from consuldesk.connectors.file_import.errors import NothingToImport
from consuldesk.connectors.file_import.fields import (
    JsonObj,
    lang_hint,
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
from consuldesk.connectors.models import RawItem
from consuldesk.core.types import ItemKind, Platform

__all__ = ["is_bare_tweet", "map_bare_tweet", "map_x_activity", "map_x_envelope"]

_X = Platform.X.value


def is_bare_tweet(obj: JsonObj) -> bool:
    """A v2 Post object outside its envelope (as exporters often write them), told apart from a
    generic record by fields only X produces."""
    return "edit_history_tweet_ids" in obj or ("conversation_id" in obj and "author_id" in obj)


def _by_id(objs: list[tuple[str, JsonObj]]) -> dict[str, JsonObj]:
    return {str(o["id"]): o for _, o in objs if "id" in o}


def _dm_thread(a: str, b: str) -> str:
    # Numeric order, as X builds dm_conversation_id, so both DM sources name the same thread.
    low, high = sorted((a, b), key=lambda s: (len(s), s))
    return f"x:dm:{low}-{high}"


def _user_fields(user: JsonObj | None) -> tuple[str | None, str | None]:
    if user is None:
        return None, None
    return opt_str(user, "name"), opt_str(user, "username") or opt_str(user, "screen_name")


def _map_tweet(
    tweet: JsonObj, where: str, users: dict[str, JsonObj], tweets: dict[str, JsonObj], envelope: JsonObj
) -> RawItem:
    tweet_id = req_id(tweet, "id", where)
    note = opt_obj(tweet, "note_tweet", where)
    text = req_str(note, "text", f"{where}.note_tweet") if note else req_str(tweet, "text", where)
    author_id = opt_id(tweet, "author_id", where)
    user = users.get(author_id) if author_id else None
    name, handle = _user_fields(user)
    in_reply_to = None
    referenced: list[JsonObj] = []
    for ref_where, ref in objects(tweet, "referenced_tweets", where):
        ref_id = req_id(ref, "id", ref_where)
        if ref.get("type") == "replied_to":
            in_reply_to = ref_id
        if ref_id in tweets:
            referenced.append(tweets[ref_id])
    # raw is itself a one-post envelope: re-parsing an item's raw yields the same item.
    includes: JsonObj = {}
    if user is not None:
        includes["users"] = [user]
    if referenced:
        includes["tweets"] = referenced
    raw: JsonObj = {"data": tweet}
    if includes:
        raw["includes"] = includes
    if "matching_rules" in envelope:
        raw["matching_rules"] = envelope["matching_rules"]
    return RawItem(
        platform=_X,
        external_id=tweet_id,
        kind=ItemKind.REPLY.value if in_reply_to else ItemKind.POST.value,
        text=text,
        raw=raw,
        author_id=author_id,
        author_name=name,
        author_handle=handle,
        created_at=parse_time(tweet, "created_at", where),
        lang_hint=lang_hint(opt_str(tweet, "lang", where)),
        in_reply_to=in_reply_to,
        thread_ref=opt_id(tweet, "conversation_id", where),
    )


def _map_dm_event(event: JsonObj, where: str, users: dict[str, JsonObj]) -> RawItem | None:
    """A v2 `/2/dm_events` item; participant joins/leaves carry no message and map to None."""
    if event.get("event_type", "MessageCreate") != "MessageCreate":
        return None
    sender = req_id(event, "sender_id", where)
    conversation = req_id(event, "dm_conversation_id", where)
    user = users.get(sender)
    name, handle = _user_fields(user)
    raw: JsonObj = {"data": event} | ({"includes": {"users": [user]}} if user else {})
    return RawItem(
        platform=_X,
        external_id=req_id(event, "id", where),
        kind=ItemKind.DM.value,
        text=opt_str(event, "text", where) or "",
        raw=raw,
        author_id=sender,
        author_name=name,
        author_handle=handle,
        created_at=parse_time(event, "created_at", where),
        thread_ref=f"x:dm:{conversation}",
    )


def _errors_reason(obj: JsonObj) -> str:
    parts = []
    for _, err in objects(obj, "errors"):
        title = opt_str(err, "title") or "error"
        detail = opt_str(err, "detail")
        parts.append(f"{title}: {detail}" if detail else title)
    return "X error message without data (" + "; ".join(parts or ["no details"]) + ")"


def map_x_envelope(obj: dict[str, Any]) -> list[RawItem]:
    """A v2 response or filtered-stream line: `data` (one object or a list) plus `includes`."""
    data = obj.get("data")
    if data is None:
        # Disconnect notices and failed lookups arrive as errors-only lines in the same stream.
        raise NothingToImport(_errors_reason(obj))
    includes = opt_obj(obj, "includes") or {}
    users = _by_id(objects(includes, "users", "includes"))
    tweets = _by_id(objects(includes, "tweets", "includes"))
    entries = objects(obj, "data") if isinstance(data, list) else [("data", req_obj(obj, "data"))]
    items: list[RawItem] = []
    skipped: list[str] = []
    for where, entry in entries:
        if "event_type" in entry or "dm_conversation_id" in entry:
            dm = _map_dm_event(entry, where, users)
            if dm is None:
                skipped.append(f"X DM event of type {entry.get('event_type')!r}")
            else:
                items.append(dm)
        else:
            items.append(_map_tweet(entry, where, users, tweets, obj))
    if not items:
        raise nothing_to_import(skipped, "X response with no posts")
    return items


def map_bare_tweet(obj: dict[str, Any]) -> list[RawItem]:
    return map_x_envelope({"data": obj})


def map_x_activity(obj: dict[str, Any]) -> list[RawItem]:
    """An Account Activity webhook event; only `direct_message_events` carry inbound messages."""
    events = objects(obj, "direct_message_events")
    if "direct_message_events" not in obj:
        kinds = sorted(k for k in obj if k.endswith("_events") or k == "user_event")
        raise NothingToImport(f"X account activity event not imported ({', '.join(kinds) or 'no events'})")
    account = req_id(obj, "for_user_id")
    users: JsonObj = opt_obj(obj, "users") or {}
    items: list[RawItem] = []
    skipped: list[str] = []
    for where, event in events:
        if event.get("type") != "message_create":
            skipped.append(f"X DM event of type {event.get('type')!r}")
            continue
        create = req_obj(event, "message_create", where)
        sender = req_id(create, "sender_id", f"{where}.message_create")
        if sender == account:
            skipped.append("X DM sent by the account itself")  # our own outbound message echoed back
            continue
        target = req_obj(create, "target", f"{where}.message_create")
        recipient = req_id(target, "recipient_id", f"{where}.message_create.target")
        data = req_obj(create, "message_data", f"{where}.message_create")
        user = users.get(sender)
        user = user if isinstance(user, dict) else None
        name, handle = _user_fields(user)
        raw: JsonObj = {"for_user_id": account, "direct_message_events": [event]}
        if user is not None:
            raw["users"] = {sender: user}
        items.append(
            RawItem(
                platform=_X,
                external_id=req_id(event, "id", where),
                kind=ItemKind.DM.value,
                text=req_str(data, "text", f"{where}.message_create.message_data"),
                raw=raw,
                author_id=sender,
                author_name=name,
                author_handle=handle,
                created_at=parse_time(event, "created_timestamp", where),
                thread_ref=_dm_thread(sender, recipient),
                channel_ref=account,
            )
        )
    if not items:
        raise nothing_to_import(skipped, "X account activity event with no direct messages")
    return items
