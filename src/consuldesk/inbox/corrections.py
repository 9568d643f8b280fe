"""Label corrections: an officer fixes a triage label; the item, its case and the retraining set follow.

The corrected label replaces the model's on the item (so the inbox shows what the officer decided),
the case takes the most urgent label of its items again, and a LabelCorrection row keeps the old and
new value for `consuldesk models corrections`. Only the case's people's text leaves through that export,
so it is written redacted.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consuldesk.audit.service import do_record
from consuldesk.auth.models import User
from consuldesk.auth.service import check_mission, check_role
from consuldesk.core.clock import Clock
from consuldesk.core.types import CrisisCategory, Intent, Role, Sentiment, Urgency
from consuldesk.errors import InvalidInput, NotFound
from consuldesk.inbox.models import Case, Item, LabelCorrection
from consuldesk.settings import Settings

__all__ = ["CORRECTABLE", "check_correct_label", "iter_corrections"]

_BOOLEAN = {"true": True, "false": False}
CORRECTABLE: dict[str, frozenset[str]] = {
    "intent": frozenset(Intent),
    "urgency": frozenset(Urgency),
    "sentiment": frozenset(Sentiment),
    "crisis_category": frozenset(CrisisCategory),
    "informative": frozenset(_BOOLEAN),
    "rumour": frozenset(_BOOLEAN),
}


def _sla(settings: Settings, urgency: Urgency) -> timedelta | None:
    minutes = {
        Urgency.CRITICAL: settings.sla_critical_minutes, Urgency.HIGH: settings.sla_high_minutes,
        Urgency.NORMAL: settings.sla_normal_minutes, Urgency.LOW: settings.sla_low_minutes,
    }[urgency]
    return timedelta(minutes=minutes) if minutes > 0 else None


def _refold_case(session: Session, settings: Settings, case: Case) -> None:
    """The case shows its most urgent item; a raised urgency may bring its SLA deadline forward."""
    items = session.scalars(select(Item).where(Item.case_id == case.id, Item.urgency.is_not(None))).all()
    if not items:
        return
    top = min(items, key=lambda i: Urgency(i.urgency or "low").rank)
    urgency = Urgency(top.urgency or "low")
    raised = urgency.rank < case.priority
    case.urgency, case.priority, case.intent = urgency.value, urgency.rank, top.intent or case.intent
    sla = _sla(settings, urgency)
    if raised and sla is not None:
        due = top.created_at + sla
        case.sla_due_at = due if case.sla_due_at is None else min(case.sla_due_at, due)


def check_correct_label(
    session: Session, clock: Clock, settings: Settings, user: User, item_id: int, field: str, value: str
) -> Item:
    check_role(user, Role.OFFICER, Role.SUPERVISOR, Role.HEADQUARTERS)
    item = session.get(Item, item_id)
    if item is None:
        raise NotFound("no such item")
    check_mission(user, item.mission_id, "item")
    if field not in CORRECTABLE:
        raise InvalidInput(f"cannot correct {field!r}; correctable: {', '.join(CORRECTABLE)}")
    if value not in CORRECTABLE[field]:
        raise InvalidInput(f"{value!r} is not one of the {field} labels: {', '.join(sorted(CORRECTABLE[field]))}")
    old = getattr(item, field)
    old_text = None if old is None else str(old).lower()
    if old_text == value:
        return item
    setattr(item, field, _BOOLEAN[value] if field in {"informative", "rumour"} else value)
    now = clock.now()
    session.add(LabelCorrection(item_id=item.id, user_id=user.id, field=field, old_value=old_text,
                                new_value=value, created_at=now))
    case = session.get(Case, item.case_id) if item.case_id else None
    if case is not None:
        if field in {"urgency", "intent"}:
            _refold_case(session, settings, case)
        case.updated_at = now
    do_record(session, clock, actor_id=user.id, mission_id=item.mission_id, action="item.label_corrected",
              target_type="case" if case else "item", target_id=case.id if case else item.id,
              detail={"item_id": item.id, "field": field, "old": old_text, "new": value})
    session.flush()
    return item


def iter_corrections(session: Session) -> Iterator[dict[str, Any]]:
    """Each corrected item once, with its latest corrected labels and redacted text (for retraining)."""
    latest: dict[int, dict[str, str]] = {}
    for row in session.scalars(select(LabelCorrection).order_by(LabelCorrection.id)):
        latest.setdefault(row.item_id, {})[row.field] = row.new_value
    for item_id, labels in latest.items():
        item = session.get(Item, item_id)
        if item is not None:
            yield {"id": f"{item.platform}:{item.external_id}", "text": item.redacted_text or item.text,
                   "lang": item.language, **labels}
