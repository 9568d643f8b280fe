"""The inbox over HTTP: list cases, read one, assign, note, change state, draft a reply."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from consuldesk.api.deps import RuntimeDep, SessionDep, UserDep
from consuldesk.audit.service import list_events
from consuldesk.inbox import actions, queries
from consuldesk.inbox.schemas import AssignIn, CaseDetail, CaseFilters, CasePage, DraftIn, NoteIn, StateIn

router = APIRouter(prefix="/cases", tags=["cases"])


@router.get("", response_model=CasePage)
def list_cases(
    runtime: RuntimeDep,
    session: SessionDep,
    user: UserDep,
    filters: Annotated[CaseFilters, Query()],
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> CasePage:
    """Most urgent first, then nearest SLA deadline."""
    return queries.list_cases(session, user, filters, now=runtime.clock.now(), limit=limit, offset=offset)


@router.get("/{case_id}", response_model=CaseDetail)
def get_case(case_id: int, runtime: RuntimeDep, session: SessionDep, user: UserDep) -> CaseDetail:
    return queries.get_case_detail(session, user, case_id, now=runtime.clock.now())


@router.post("/{case_id}/assign", response_model=CaseDetail)
def assign(case_id: int, body: AssignIn, runtime: RuntimeDep, session: SessionDep, user: UserDep) -> CaseDetail:
    actions.check_assign(session, runtime.clock, user, case_id, body.assignee)
    session.commit()
    return queries.get_case_detail(session, user, case_id, now=runtime.clock.now())


@router.post("/{case_id}/notes", response_model=CaseDetail, status_code=201)
def add_note(case_id: int, body: NoteIn, runtime: RuntimeDep, session: SessionDep, user: UserDep) -> CaseDetail:
    actions.check_add_note(session, runtime.clock, user, case_id, body.body)
    session.commit()
    return queries.get_case_detail(session, user, case_id, now=runtime.clock.now())


@router.post("/{case_id}/state", response_model=CaseDetail)
def change_state(
    case_id: int, body: StateIn, runtime: RuntimeDep, session: SessionDep, user: UserDep
) -> CaseDetail:
    actions.check_change_state(session, runtime.clock, user, case_id, body.state)
    session.commit()
    return queries.get_case_detail(session, user, case_id, now=runtime.clock.now())


@router.post("/{case_id}/drafts", response_model=CaseDetail, status_code=201)
def draft_reply(
    case_id: int, body: DraftIn, runtime: RuntimeDep, session: SessionDep, user: UserDep
) -> CaseDetail:
    actions.check_draft_reply(session, runtime.clock, user, case_id, body)
    session.commit()
    return queries.get_case_detail(session, user, case_id, now=runtime.clock.now())


@router.get("/{case_id}/audit")
def case_audit(case_id: int, session: SessionDep, user: UserDep) -> list[dict[str, Any]]:
    """The audit trail of one case, newest first."""
    queries.get_case_or_raise(session, user, case_id)
    return [
        {"at": e.at, "actor_id": e.actor_id, "action": e.action, "detail": e.detail}
        for e in list_events(session, target_type="case", target_id=case_id)
    ]
