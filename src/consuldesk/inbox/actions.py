"""Inbox writes: assign, note, change state, draft a reply.

`check_*` validates input and permission and then performs the change; each writes an AuditEvent in
the same transaction, so the trail cannot miss a change that committed.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from consuldesk.audit.service import do_record
from consuldesk.auth.models import User
from consuldesk.auth.service import check_role, get_user_by_username, mission_scope
from consuldesk.core.clock import Clock
from consuldesk.core.types import CaseState, Role
from consuldesk.errors import InvalidInput, InvalidTransition, NotFound, PermissionDenied
from consuldesk.inbox.models import Case, Item, Note, ReplyDraft
from consuldesk.inbox.queries import get_case_or_raise
from consuldesk.inbox.schemas import DraftIn

CASE_WORKERS = (Role.OFFICER, Role.SUPERVISOR, Role.HEADQUARTERS)

# Reopening a closed case is allowed: a citizen's follow-up often arrives after closure.
TRANSITIONS: dict[str, frozenset[str]] = {
    CaseState.NEW: frozenset({CaseState.OPEN, CaseState.WAITING, CaseState.CLOSED}),
    CaseState.OPEN: frozenset({CaseState.WAITING, CaseState.CLOSED}),
    CaseState.WAITING: frozenset({CaseState.OPEN, CaseState.CLOSED}),
    CaseState.CLOSED: frozenset({CaseState.OPEN}),
}


def _audit(session: Session, clock: Clock, user: User, case: Case, action: str, **detail: object) -> None:
    do_record(session, clock, actor_id=user.id, mission_id=case.mission_id, action=action,
              target_type="case", target_id=case.id, detail=dict(detail))


def check_assign(session: Session, clock: Clock, user: User, case_id: int, assignee: str | None) -> Case:
    """Assign a case. Officers may take a case themselves; assigning others needs a supervisor."""
    check_role(user, *CASE_WORKERS)
    case = get_case_or_raise(session, user, case_id)
    target: User | None = None
    if assignee is not None:
        target = get_user_by_username(session, assignee)
        if target is None or not target.is_active:
            raise NotFound(f"no active user {assignee!r}")
        scope = mission_scope(target)
        if scope is not None and case.mission_id not in scope:
            raise InvalidInput(f"{assignee} does not work for this case's mission")
    taking_it = target is not None and target.id == user.id
    giving_back = target is None and case.assignee_id == user.id
    if not (taking_it or giving_back or user.has_role(Role.SUPERVISOR) or user.has_role(Role.HEADQUARTERS)):
        raise PermissionDenied("only a supervisor may assign a case to someone else")
    previous = case.assignee_id
    case.assignee_id = target.id if target else None
    if target is not None and case.state == CaseState.NEW:
        case.state = CaseState.OPEN
    case.updated_at = clock.now()
    _audit(session, clock, user, case, "case.assigned", assignee=assignee, previous_assignee_id=previous)
    session.flush()
    return case


def check_add_note(session: Session, clock: Clock, user: User, case_id: int, body: str) -> Note:
    check_role(user, *CASE_WORKERS)
    case = get_case_or_raise(session, user, case_id)
    body = body.strip()
    if not body:
        raise InvalidInput("a note cannot be empty")
    note = Note(case_id=case.id, author_id=user.id, body=body, created_at=clock.now())
    session.add(note)
    case.updated_at = clock.now()
    session.flush()
    _audit(session, clock, user, case, "case.note_added", note_id=note.id)
    return note


def check_change_state(session: Session, clock: Clock, user: User, case_id: int, state: CaseState) -> Case:
    check_role(user, *CASE_WORKERS)
    case = get_case_or_raise(session, user, case_id)
    if state not in TRANSITIONS[case.state]:
        raise InvalidTransition(f"a {case.state} case cannot become {state}")
    previous = case.state
    now = clock.now()
    case.state = state
    case.updated_at = now
    case.closed_at = now if state == CaseState.CLOSED else None
    if state in (CaseState.WAITING, CaseState.CLOSED) and case.first_response_at is None:
        case.first_response_at = now
    _audit(session, clock, user, case, "case.state_changed", previous=previous, state=state.value)
    session.flush()
    return case


def check_draft_reply(session: Session, clock: Clock, user: User, case_id: int, draft: DraftIn) -> ReplyDraft:
    """Save a reply draft; sending goes through the publishing workflow (approval, PII guard)."""
    check_role(user, *CASE_WORKERS)
    case = get_case_or_raise(session, user, case_id)
    if draft.in_reply_to_item_id is not None:
        item = session.get(Item, draft.in_reply_to_item_id)
        if item is None or item.case_id != case.id:
            raise InvalidInput("the item replied to is not part of this case")
    if not draft.body.strip():
        raise InvalidInput("a reply draft cannot be empty")
    now = clock.now()
    reply = ReplyDraft(
        case_id=case.id, in_reply_to_item_id=draft.in_reply_to_item_id, author_id=user.id,
        body=draft.body.strip(), language=draft.language or case.language, visibility=draft.visibility,
        state="draft", created_at=now, updated_at=now,
    )
    session.add(reply)
    case.updated_at = now
    session.flush()
    _audit(session, clock, user, case, "case.reply_drafted", draft_id=reply.id, visibility=draft.visibility)
    return reply
