"""The emergency pause: while active, the send worker sends nothing (org-wide or for one mission).

Used when an account may be compromised or a message turns out wrong: stopping every scheduled
send is one click, and lifting it needs a reason too. Both are in the audit log.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from consuldesk.audit.service import do_record
from consuldesk.auth.models import User
from consuldesk.auth.service import check_mission, check_role, mission_scope
from consuldesk.core.clock import Clock
from consuldesk.core.types import Role
from consuldesk.errors import InvalidInput, NotFound, PermissionDenied
from consuldesk.publishing.models import EmergencyPause

__all__ = ["active_pauses", "check_lift_pause", "check_pause", "is_paused", "paused_missions"]

PAUSERS = (Role.SUPERVISOR, Role.ADMIN, Role.HEADQUARTERS)


def active_pauses(session: Session) -> Sequence[EmergencyPause]:
    return session.scalars(
        select(EmergencyPause).where(EmergencyPause.lifted_at.is_(None)).order_by(EmergencyPause.id)
    ).all()


def paused_missions(session: Session) -> set[int | None]:
    """Mission ids under a pause; None in the set means every mission is paused."""
    return {pause.mission_id for pause in active_pauses(session)}


def is_paused(paused: set[int | None], mission_id: int) -> bool:
    return None in paused or mission_id in paused


def check_pause(session: Session, clock: Clock, user: User, *, reason: str, mission_id: int | None) -> EmergencyPause:
    check_role(user, *PAUSERS)
    if mission_id is None:
        if mission_scope(user) is not None:
            raise PermissionDenied("an org-wide pause needs headquarters or admin; pause your mission instead")
    else:
        check_mission(user, mission_id, "mission")
    if not reason.strip():
        raise InvalidInput("a pause needs a reason")
    pause = EmergencyPause(mission_id=mission_id, reason=reason.strip(), started_by_id=user.id, started_at=clock.now())
    session.add(pause)
    session.flush()
    do_record(session, clock, actor_id=user.id, mission_id=mission_id, action="publishing.paused",
              target_type="emergency_pause", target_id=pause.id, detail={"reason": pause.reason})
    return pause


def check_lift_pause(session: Session, clock: Clock, user: User, pause_id: int, *, reason: str) -> EmergencyPause:
    check_role(user, *PAUSERS)
    pause = session.get(EmergencyPause, pause_id)
    if pause is None or pause.lifted_at is not None:
        raise NotFound("no such active pause")
    if pause.mission_id is None:
        if mission_scope(user) is not None:
            raise PermissionDenied("an org-wide pause is lifted by headquarters or admin")
    else:
        check_mission(user, pause.mission_id, "active pause")
    if not reason.strip():
        raise InvalidInput("lifting a pause needs a reason")
    pause.lifted_at, pause.lifted_by_id, pause.lift_reason = clock.now(), user.id, reason.strip()
    do_record(session, clock, actor_id=user.id, mission_id=pause.mission_id, action="publishing.resumed",
              target_type="emergency_pause", target_id=pause.id, detail={"reason": pause.lift_reason})
    return pause
