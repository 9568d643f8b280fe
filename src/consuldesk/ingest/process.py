"""Triage stored items and file them into cases.

A case gathers one person's messages in one conversation: the key is the platform, the thread (or
the item itself) and the author, so fifty citizens replying under one advisory get fifty cases while
a DM exchange stays one case. A duplicate joins the case of the item it copies. A case takes the
most urgent label of its items and the earliest SLA deadline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consuldesk.core.clock import ensure_utc
from consuldesk.core.types import CaseState, ItemStatus
from consuldesk.inbox.models import Case, Item
from consuldesk.ingest.store import StoredItem
from consuldesk.pipeline.item import TriageItem
from consuldesk.storage.bulk import insert_returning_ids, update_by_id

if TYPE_CHECKING:
    from consuldesk.pipeline.runner import Pipeline

TITLE_CHARS = 140


@dataclass(slots=True)
class ProcessCounts:
    triaged: int = 0
    cases_opened: int = 0
    cases_updated: int = 0


def thread_key(item: StoredItem) -> str:
    conversation = item.thread_ref or item.in_reply_to or item.external_id
    author = f"c{item.contact_id}" if item.contact_id is not None else item.external_id
    return f"{item.platform}:{conversation}:{author}"[:300]


def _title(item: TriageItem) -> str:
    text = " ".join((item.redacted_text or item.text).split())
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1] + "…"


def _due(created_at: datetime, triaged: TriageItem) -> datetime | None:
    return ensure_utc(created_at) + triaged.sla if triaged.sla is not None else None


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def triage_batch(stored: Sequence[StoredItem]) -> list[TriageItem]:
    """The pipeline's input for stored items (ids are the database ids, as strings)."""
    return [
        TriageItem(id=str(s.id), text=s.text, platform=s.platform, kind=s.kind, lang_hint=s.lang_hint,
                   created_at=s.created_at)
        for s in stored
    ]


def do_triage_and_file(
    session: Session, pipeline: Pipeline, stored: Sequence[StoredItem], *, now: datetime
) -> ProcessCounts:
    """Run the pipeline over a batch, write the labels and open or update cases. Caller commits."""
    if not stored:
        return ProcessCounts()
    return do_file_triaged(session, stored, pipeline.run(triage_batch(stored)), now=now)


def do_file_triaged(
    session: Session, stored: Sequence[StoredItem], triaged: Sequence[TriageItem], *, now: datetime
) -> ProcessCounts:
    """Write the labels of triaged items and open or update their cases. Caller commits."""
    counts = ProcessCounts()
    keys = [thread_key(s) for s in stored]

    # Open cases this batch may join: by conversation key, and the cases of duplicated items.
    open_cases: dict[tuple[int, str], Case] = {}
    for mission_id in {s.mission_id for s in stored}:
        mission_keys = sorted({k for k, s in zip(keys, stored, strict=True) if s.mission_id == mission_id})
        for start in range(0, len(mission_keys), 900):
            for case in session.scalars(
                select(Case).where(
                    Case.mission_id == mission_id,
                    Case.thread_key.in_(mission_keys[start : start + 900]),
                    Case.state != CaseState.CLOSED,
                )
            ):
                open_cases[(mission_id, case.thread_key)] = case
    original_ids = {int(t.duplicate_of) for t in triaged if t.duplicate_of}
    batch_ids = {s.id for s in stored}
    outside = sorted(original_ids - batch_ids)
    case_of_original: dict[int, int | None] = {}
    for start in range(0, len(outside), 900):
        case_of_original.update(
            session.execute(select(Item.id, Item.case_id).where(Item.id.in_(outside[start : start + 900]))).all()
        )

    new_cases: dict[tuple[int, str], dict[str, Any]] = {}
    touched: dict[int, dict[str, Any]] = {}
    item_case_key: list[tuple[int, str] | int] = []
    batch_case_key: dict[int, tuple[int, str] | int] = {}
    for s, t, key in zip(stored, triaged, keys, strict=True):
        target: tuple[int, str] | int
        dup = int(t.duplicate_of) if t.duplicate_of else None
        if dup is not None and dup in batch_case_key:
            target = batch_case_key[dup]
        elif dup is not None and case_of_original.get(dup) is not None:
            target = case_of_original[dup]  # type: ignore[assignment]
        elif (s.mission_id, key) in open_cases:
            target = open_cases[(s.mission_id, key)].id
        else:
            target = (s.mission_id, key)
        batch_case_key[s.id] = target
        item_case_key.append(target)
        due = _due(s.created_at, t)
        created = ensure_utc(s.created_at)
        if isinstance(target, tuple):
            row = new_cases.get(target)
            if row is None:
                new_cases[target] = {
                    "mission_id": s.mission_id, "contact_id": s.contact_id, "thread_key": key,
                    "title": _title(t), "state": CaseState.NEW.value, "priority": t.priority,
                    "urgency": t.urgency, "intent": t.intent, "platform": s.platform,
                    "language": t.language, "queue": t.queue, "sla_due_at": due, "created_at": now,
                    "updated_at": now, "last_item_at": created, "item_count": 1,
                }
            else:
                _merge(row, t, due, created)
        else:
            row = touched.setdefault(target, {"id": target, "_items": []})
            row["_items"].append((t, due, created))

    if new_cases:
        targets = list(new_cases)
        ids = insert_returning_ids(
            session, Case, [new_cases[k] for k in targets], ("mission_id", "thread_key")
        )
        created_ids = dict(zip(targets, ids, strict=True))
        counts.cases_opened = len(ids)
    else:
        created_ids = {}
    if touched:
        _update_existing_cases(session, touched, now)
        counts.cases_updated = len(touched)

    updates = []
    for s, t, target in zip(stored, triaged, item_case_key, strict=True):
        case_id = created_ids[target] if isinstance(target, tuple) else target
        updates.append({
            "id": s.id, "case_id": case_id, "status": ItemStatus.TRIAGED.value, "language": t.language,
            "intent": t.intent, "urgency": t.urgency, "sentiment": t.sentiment,
            "crisis_category": t.crisis_category, "informative": t.informative, "rumour": t.rumour,
            "confidence": t.confidence, "pii": [p.as_dict() for p in t.pii],
            "redacted_text": t.redacted_text, "fingerprint": t.fingerprint or None,
            "duplicate_of_id": int(t.duplicate_of) if t.duplicate_of else None,
        })
    update_by_id(session, Item, updates)
    counts.triaged = len(updates)
    return counts


def _merge(row: dict[str, Any], t: TriageItem, due: datetime | None, created: datetime) -> None:
    """Fold one more item into a case row: most urgent label wins, earliest deadline holds."""
    if t.priority < row["priority"]:
        row.update(priority=t.priority, urgency=t.urgency, intent=t.intent, queue=t.queue)
    row["sla_due_at"] = _earliest(row["sla_due_at"], due)
    row["last_item_at"] = max(row["last_item_at"], created)
    row["item_count"] += 1


def _update_existing_cases(session: Session, touched: dict[int, dict[str, Any]], now: datetime) -> None:
    cases = {
        c.id: c for c in session.scalars(select(Case).where(Case.id.in_(sorted(touched))))
    }
    rows = []
    for case_id, entry in touched.items():
        case = cases[case_id]
        row: dict[str, Any] = {
            "priority": case.priority, "urgency": case.urgency, "intent": case.intent, "queue": case.queue,
            "sla_due_at": case.sla_due_at, "last_item_at": case.last_item_at, "item_count": case.item_count,
        }
        state = case.state
        if case.state == CaseState.WAITING:
            # The citizen wrote again after our answer: the case is back in front of the desk, with
            # a deadline counted from the new message, not the one already answered.
            state, row["sla_due_at"] = CaseState.OPEN.value, None
        for t, due, created in entry["_items"]:
            _merge(row, t, due, created)
        rows.append({"id": case_id, **row, "state": state, "updated_at": now})
    update_by_id(session, Case, rows)

