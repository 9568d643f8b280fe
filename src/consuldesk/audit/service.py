"""Writing and reading the audit trail. Callers add events inside their own transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consuldesk.audit.models import AuditEvent
from consuldesk.core.clock import Clock


def do_record(
    session: Session,
    clock: Clock,
    *,
    actor_id: int | None,
    mission_id: int | None,
    action: str,
    target_type: str,
    target_id: object,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add an event to the session; it commits (or rolls back) with the change it describes."""
    event = AuditEvent(
        at=clock.now(),
        actor_id=actor_id,
        mission_id=mission_id,
        action=action,
        target_type=target_type,
        target_id=str(target_id),
        detail=detail or {},
    )
    session.add(event)
    return event


def list_events(
    session: Session, *, target_type: str | None = None, target_id: object = None, limit: int = 200
) -> Sequence[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if target_type is not None:
        query = query.where(AuditEvent.target_type == target_type)
    if target_id is not None:
        query = query.where(AuditEvent.target_id == str(target_id))
    return session.scalars(query).all()
