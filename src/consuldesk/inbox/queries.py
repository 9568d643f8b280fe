"""Inbox reads: the ordered, filtered case list and a case with its whole conversation.

Every read takes the user and applies their mission scope; nothing here writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from consuldesk.auth.models import Mission, User
from consuldesk.auth.service import check_mission, get_user_by_username, mission_scope
from consuldesk.core.types import CaseState
from consuldesk.errors import NotFound
from consuldesk.inbox.models import Case, Item, Note, ReplyDraft
from consuldesk.inbox.schemas import (
    CaseDetail,
    CaseFilters,
    CasePage,
    CaseRow,
    DraftRead,
    ItemRead,
    NoteRead,
)

MAX_PAGE = 200


def is_sla_breached(case: Case, now: datetime) -> bool:
    """Past its deadline and still waiting for the desk (waiting/closed cases stop the clock)."""
    return (
        case.sla_due_at is not None
        and case.state in (CaseState.NEW, CaseState.OPEN)
        and case.sla_due_at < now
    )


def _filtered(user: User, filters: CaseFilters, session: Session) -> Select[Case]:
    query = select(Case)
    scope = mission_scope(user)
    if scope is not None:
        query = query.where(Case.mission_id.in_(scope))
    if filters.mission:
        query = query.join(Mission, Mission.id == Case.mission_id).where(Mission.code == filters.mission)
    if filters.state is None:
        query = query.where(Case.state != CaseState.CLOSED)
    else:
        query = query.where(Case.state == filters.state)
    for column, value in (
        (Case.platform, filters.platform),
        (Case.language, filters.language),
        (Case.intent, filters.intent),
        (Case.urgency, filters.urgency),
    ):
        if value:
            query = query.where(column == value)
    if filters.assignee == "none":
        query = query.where(Case.assignee_id.is_(None))
    elif filters.assignee == "me":
        query = query.where(Case.assignee_id == user.id)
    elif filters.assignee:
        assignee = get_user_by_username(session, filters.assignee)
        query = query.where(Case.assignee_id == (assignee.id if assignee else -1))
    if filters.q:
        needle = f"%{filters.q.strip().lower()}%"
        query = query.where(
            or_(
                func.lower(Case.title).like(needle),
                exists().where(and_(Item.case_id == Case.id, func.lower(Item.text).like(needle))),
            )
        )
    return query


def list_cases(
    session: Session, user: User, filters: CaseFilters, *, now: datetime, limit: int = 50, offset: int = 0
) -> CasePage:
    """Most urgent first, then the nearest SLA deadline, then the most recent activity."""
    query = _filtered(user, filters, session)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    ordered = query.order_by(
        Case.priority.asc(),
        Case.sla_due_at.is_(None),  # cases with a deadline before those without
        Case.sla_due_at.asc(),
        Case.last_item_at.desc(),
        Case.id.desc(),
    ).limit(min(max(limit, 1), MAX_PAGE)).offset(max(offset, 0))
    cases = session.scalars(ordered).all()
    return CasePage(total=total, items=_rows(session, cases, now))


def _rows(session: Session, cases: Sequence[Case], now: datetime) -> list[CaseRow]:
    mission_codes = dict(session.execute(select(Mission.id, Mission.code)).all())
    assignee_ids = {c.assignee_id for c in cases if c.assignee_id}
    names = (
        dict(session.execute(select(User.id, User.username).where(User.id.in_(assignee_ids))).all())
        if assignee_ids
        else {}
    )
    return [
        CaseRow(
            id=c.id, mission=mission_codes.get(c.mission_id, "?"), title=c.title, state=c.state,
            urgency=c.urgency, intent=c.intent, queue=c.queue, platform=c.platform, language=c.language,
            priority=c.priority, assignee=names.get(c.assignee_id) if c.assignee_id else None,
            sla_due_at=c.sla_due_at, sla_breached=is_sla_breached(c, now), last_item_at=c.last_item_at,
            item_count=c.item_count,
        )
        for c in cases
    ]


def get_case_or_raise(session: Session, user: User, case_id: int) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound("no such case")
    check_mission(user, case.mission_id)
    return case


def get_case_detail(session: Session, user: User, case_id: int, *, now: datetime) -> CaseDetail:
    """The case, every item of its conversation in time order, its notes and reply drafts."""
    case = get_case_or_raise(session, user, case_id)
    items = session.scalars(
        select(Item).where(Item.case_id == case.id).order_by(Item.created_at, Item.id)
    ).all()
    notes = session.scalars(select(Note).where(Note.case_id == case.id).order_by(Note.created_at)).all()
    drafts = session.scalars(
        select(ReplyDraft).where(ReplyDraft.case_id == case.id).order_by(ReplyDraft.created_at)
    ).all()
    author_ids = {n.author_id for n in notes} | {d.author_id for d in drafts}
    names: dict[int | None, str] = dict(
        session.execute(select(User.id, User.display_name).where(User.id.in_(author_ids))).all()
    )
    return CaseDetail(
        case=_rows(session, [case], now)[0],
        items=[ItemRead.model_validate(i) for i in items],
        notes=[
            NoteRead(id=n.id, author=names.get(n.author_id), body=n.body, created_at=n.created_at)
            for n in notes
        ],
        drafts=[
            DraftRead(
                id=d.id, author=names.get(d.author_id), body=d.body, language=d.language,
                visibility=d.visibility, state=d.state, created_at=d.created_at,
            )
            for d in drafts
        ],
    )


def count_new_since(session: Session, user: User, since_id: int) -> int:
    """Cases opened after `since_id` in the user's missions (the console polls this)."""
    query = select(func.count()).select_from(Case).where(Case.id > since_id)
    scope = mission_scope(user)
    if scope is not None:
        query = query.where(Case.mission_id.in_(scope))
    return session.scalar(query) or 0


def latest_case_id(session: Session) -> int:
    return session.scalar(select(func.max(Case.id))) or 0
