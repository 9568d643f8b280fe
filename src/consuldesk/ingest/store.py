"""Store raw items idempotently, before any processing.

Idempotency is on (platform, external_id): a batch first asks which of its ids exist, then inserts
only the new ones in one multi-row INSERT. The same id twice inside one batch counts as a duplicate.
Channels and contacts are resolved through small caches so a 100,000-item import does not query per
item.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consuldesk.auth.models import Mission
from consuldesk.connectors.models import RawItem
from consuldesk.core.types import ItemStatus
from consuldesk.errors import NotFound
from consuldesk.inbox.models import Channel, Contact, Item
from consuldesk.storage.bulk import insert_returning_ids, select_in

_CACHE_LIMIT = 50_000


@dataclass(slots=True)
class StoredItem:
    """What the triage step needs of a freshly stored item (avoids reloading it)."""

    id: int
    mission_id: int
    contact_id: int | None
    platform: str
    external_id: str
    kind: str
    text: str
    lang_hint: str | None
    created_at: datetime
    thread_ref: str | None
    in_reply_to: str | None


def author_key(raw: RawItem) -> str | None:
    return raw.author_id or raw.author_handle or raw.author_name


class ChannelDirectory:
    """Finds the channel (and so the mission) of an item; unknown channels join the default mission."""

    def __init__(self, session: Session, default_mission: str | None) -> None:
        self._session = session
        self._default_mission_code = default_mission
        self._default_mission_id: int | None = None
        self._cache: dict[tuple[str, str], tuple[int, int]] = {}

    def _default_mission(self) -> int:
        if self._default_mission_id is None:
            query = select(Mission.id).order_by(Mission.id).limit(1)
            if self._default_mission_code:
                query = select(Mission.id).where(Mission.code == self._default_mission_code)
            mission_id = self._session.scalar(query)
            if mission_id is None:
                wanted = self._default_mission_code or "any"
                raise NotFound(f"no mission {wanted!r}: run `consuldesk init` or create the mission first")
            self._default_mission_id = mission_id
        return self._default_mission_id

    def resolve(self, platform: str, handle: str | None) -> tuple[int, int]:
        """(channel id, mission id) for an item received on `handle` of `platform`."""
        key = (platform, handle or f"{platform}:unspecified")
        found = self._cache.get(key)
        if found is not None:
            return found
        row = self._session.execute(
            select(Channel.id, Channel.mission_id).where(Channel.platform == key[0], Channel.handle == key[1])
        ).first()
        if row is None:
            channel = Channel(mission_id=self._default_mission(), platform=key[0], handle=key[1], name=key[1])
            self._session.add(channel)
            self._session.flush()
            found = (channel.id, channel.mission_id)
        else:
            found = (row[0], row[1])
        self._cache[key] = found
        return found


class ContactDirectory:
    """Upserts contacts in bulk per batch; the cache is bounded so memory stays flat."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._cache: dict[tuple[str, str], int] = {}

    def resolve_many(self, raws: Sequence[RawItem]) -> list[int | None]:
        keys = [_contact_key(raw) for raw in raws]
        wanted: dict[tuple[str, str], RawItem] = {}
        for raw, key in zip(raws, keys, strict=True):
            if key is not None and key not in self._cache:
                wanted.setdefault(key, raw)
        if wanted:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            for platform, authors in _by_first(wanted).items():
                self._cache.update(
                    ((platform, author), contact_id)
                    for author, contact_id in select_in(
                        self._session, [Contact.author_key, Contact.id], Contact.author_key, authors,
                        Contact.platform == platform,
                    )
                )
            missing = [k for k in wanted if k not in self._cache]
            if missing:
                rows = [
                    {"platform": p, "author_key": k, "display_name": _clip(wanted[(p, k)].author_name),
                     "handle": _clip(wanted[(p, k)].author_handle)}
                    for p, k in missing
                ]
                new_ids = insert_returning_ids(self._session, Contact, rows, ("platform", "author_key"))
                self._cache.update(zip(missing, new_ids, strict=True))
        return [self._cache.get(key) if key is not None else None for key in keys]


def _contact_key(raw: RawItem) -> tuple[str, str] | None:
    key = author_key(raw)
    return (raw.platform, key[:200]) if key else None


def _by_first(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """(platform, key) pairs grouped by platform: one look-up per platform."""
    grouped: dict[str, list[str]] = {}
    for first, second in pairs:
        grouped.setdefault(first, []).append(second)
    return grouped


def _clip(value: str | None, size: int = 200) -> str | None:
    return value[:size] if value else value


def existing_ids(session: Session, raws: Sequence[RawItem]) -> set[tuple[str, str]]:
    """The (platform, external_id) keys of `raws` that are already stored."""
    found: set[tuple[str, str]] = set()
    for platform, ids in _by_first({(r.platform, r.external_id) for r in raws}).items():
        found.update(
            (platform, eid)
            for (eid,) in select_in(session, [Item.external_id], Item.external_id, ids, Item.platform == platform)
        )
    return found


def do_store_raw(
    session: Session,
    raws: Sequence[RawItem],
    *,
    channels: ChannelDirectory,
    contacts: ContactDirectory,
    received_at: datetime,
) -> tuple[list[StoredItem], int]:
    """Insert the new items of a batch as RECEIVED; returns them and the number of duplicates."""
    seen = existing_ids(session, raws)
    fresh: list[RawItem] = []
    for raw in raws:
        key = (raw.platform, raw.external_id)
        if key not in seen:
            seen.add(key)
            fresh.append(raw)
    duplicates = len(raws) - len(fresh)
    if not fresh:
        return [], duplicates
    contact_ids = contacts.resolve_many(fresh)
    rows: list[dict[str, Any]] = []
    for raw, contact_id in zip(fresh, contact_ids, strict=True):
        channel_id, mission_id = channels.resolve(raw.platform, raw.channel_ref)
        rows.append({
            "mission_id": mission_id, "channel_id": channel_id, "contact_id": contact_id,
            "platform": raw.platform, "external_id": raw.external_id, "kind": raw.kind,
            "author_name": _clip(raw.author_name), "author_handle": _clip(raw.author_handle),
            "text": raw.text, "lang_hint": raw.lang_hint, "created_at": raw.created_at or received_at,
            "received_at": received_at, "raw": raw.raw, "thread_ref": _clip(raw.thread_ref, 300),
            "in_reply_to": _clip(raw.in_reply_to), "status": ItemStatus.RECEIVED.value,
        })
    ids = insert_returning_ids(session, Item, rows, ("platform", "external_id"))
    stored = [
        StoredItem(
            id=item_id, mission_id=row["mission_id"], contact_id=row["contact_id"], platform=raw.platform,
            external_id=raw.external_id, kind=raw.kind, text=raw.text, lang_hint=raw.lang_hint,
            created_at=row["created_at"], thread_ref=raw.thread_ref, in_reply_to=raw.in_reply_to,
        )
        for item_id, row, raw in zip(ids, rows, fresh, strict=True)
    ]
    return stored, duplicates
