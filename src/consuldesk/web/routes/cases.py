"""A case: its whole conversation, notes and drafts, and the forms that act on it.

Each form posts to a thin route that calls the inbox `check_*` action and commits. HTMX requests get
the re-rendered case body back (errors inline, next to the form that caused them); plain form posts
get a redirect after success, or the full page with the error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.responses import Response

from consuldesk.auth.models import User
from consuldesk.bootstrap import Runtime
from consuldesk.core.types import CaseState, ItemKind
from consuldesk.errors import ConsulDeskError, InvalidInput
from consuldesk.inbox.actions import check_add_note, check_assign, check_change_state, check_draft_reply
from consuldesk.inbox.corrections import CORRECTABLE, check_correct_label
from consuldesk.inbox.queries import get_case_detail
from consuldesk.inbox.schemas import DraftIn
from consuldesk.web.deps import Desk, DeskDep, RuntimeDep, SessionDep, UserDep, is_htmx
from consuldesk.web.routes.common import colleagues, error_page, page, sentence
from consuldesk.web.security import require_same_origin
from consuldesk.web.views import Viewer, item_view, next_states

router = APIRouter(include_in_schema=False, dependencies=[Depends(require_same_origin)])

DONE = {
    "assign": "Assignment updated.",
    "note": "Note added.",
    "state": "State changed.",
    "draft": "Reply draft saved.",
    "label": "Label corrected; the correction is kept for retraining.",
}


@dataclass
class Outcome:
    """What a failed form post keeps: the error per form and the values the officer typed."""

    errors: dict[str, str] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)


def case_context(
    session: Session, runtime: Runtime, user: User, viewer: Viewer, case_id: int, outcome: Outcome
) -> dict[str, Any]:
    """Everything the case templates print; raises NotFound when the user may not see the case."""
    detail = get_case_detail(session, user, case_id, now=runtime.clock.now())
    is_private = any(i.kind == ItemKind.DM for i in detail.items)
    return {
        "case": detail.case,
        "items": [item_view(i) for i in detail.items],
        "notes": detail.notes,
        "drafts": detail.drafts,
        "now": runtime.clock.now(),
        "next_states": next_states(detail.case.state),
        "assignable": colleagues(session, viewer, detail.case.mission) if viewer.can_assign_others else [],
        "reply_to": detail.items[-1].id if detail.items else None,
        "default_visibility": "private" if is_private else "public",
        "errors": outcome.errors,
        "values": outcome.values,
        "correctable": [(name, sorted(values)) for name, values in CORRECTABLE.items()],
    }


@router.get("/cases/{case_id}")
def case_page(
    request: Request,
    runtime: RuntimeDep,
    session: SessionDep,
    user: UserDep,
    case_id: int,
    done: Annotated[str, Query(max_length=10)] = "",
) -> Response:
    viewer = Viewer.of(user)
    try:
        context = case_context(session, runtime, user, viewer, case_id, Outcome())
    except ConsulDeskError as exc:
        return error_page(request, viewer, exc)
    return page(request, "case.html", viewer, flash=DONE.get(done, ""), **context)


def _respond(desk: Desk, case_id: int, *, outcome: Outcome, status_code: int = 200, flash: str = "") -> Response:
    request, viewer = desk.request, Viewer.of(desk.user)
    try:
        context = case_context(desk.session, desk.runtime, desk.user, viewer, case_id, outcome)
    except ConsulDeskError as exc:
        if is_htmx(request):
            return page(
                request, "partials/case_gone.html", viewer, status_code=exc.status, message=sentence(exc.detail)
            )
        return error_page(request, viewer, exc)
    name = "partials/case_update.html" if is_htmx(request) else "case.html"
    return page(request, name, viewer, status_code=status_code, flash=flash, **context)


def _act(
    desk: Desk,
    case_id: int,
    form: str,
    run: Callable[[], object],
    values: dict[str, str] | None = None,
    *,
    error_key: str | None = None,
) -> Response:
    """Run one action and commit; on a service error roll back and show it beside the form."""
    try:
        run()
        desk.session.commit()
    except ConsulDeskError as exc:
        desk.session.rollback()
        outcome = Outcome(errors={error_key or form: sentence(exc.detail)}, values=values or {})
        return _respond(desk, case_id, outcome=outcome, status_code=exc.status)
    if not is_htmx(desk.request):
        return RedirectResponse(f"/cases/{case_id}?done={form}", status_code=303)
    return _respond(desk, case_id, outcome=Outcome(), flash=DONE[form])


@router.post("/cases/{case_id}/assign")
def assign(desk: DeskDep, case_id: int, assignee: Annotated[str, Form(max_length=80)] = "") -> Response:
    target = assignee.strip() or None  # an empty choice means "unassigned"

    def run() -> object:
        return check_assign(desk.session, desk.runtime.clock, desk.user, case_id, target)

    return _act(desk, case_id, "assign", run, {"assignee": assignee})


@router.post("/cases/{case_id}/notes")
def add_note(desk: DeskDep, case_id: int, body: Annotated[str, Form(max_length=20_000)] = "") -> Response:
    def run() -> object:
        return check_add_note(desk.session, desk.runtime.clock, desk.user, case_id, body)

    return _act(desk, case_id, "note", run, {"note_body": body})


@router.post("/cases/{case_id}/state")
def change_state(desk: DeskDep, case_id: int, state: Annotated[str, Form(max_length=20)] = "") -> Response:
    def run() -> object:
        try:
            wanted = CaseState(state)
        except ValueError:
            raise InvalidInput(f"“{state}” is not a case state") from None
        return check_change_state(desk.session, desk.runtime.clock, desk.user, case_id, wanted)

    return _act(desk, case_id, "state", run)


@router.post("/cases/{case_id}/drafts")
def draft_reply(
    desk: DeskDep,
    case_id: int,
    body: Annotated[str, Form(max_length=20_000)] = "",
    visibility: Annotated[str, Form(max_length=10)] = "private",
    language: Annotated[str, Form(max_length=16)] = "",
    in_reply_to: Annotated[str, Form(max_length=20)] = "",
) -> Response:
    values = {"draft_body": body, "draft_visibility": visibility, "draft_language": language}

    def run() -> object:
        if not body.strip():
            # DraftIn accepts whitespace and the service strips it: refuse an empty draft here.
            raise InvalidInput("write the reply before saving the draft")
        try:
            draft = DraftIn(
                body=body,
                visibility=visibility,
                language=language.strip() or None,
                in_reply_to_item_id=int(in_reply_to) if in_reply_to.strip() else None,
            )
        except (ValidationError, ValueError):
            raise InvalidInput("the draft is not valid: choose public or private and a language code") from None
        return check_draft_reply(desk.session, desk.runtime.clock, desk.user, case_id, draft)

    return _act(desk, case_id, "draft", run, values)


@router.post("/cases/{case_id}/items/{item_id}/labels")
def correct_label(
    desk: DeskDep,
    case_id: int,
    item_id: int,
    field: Annotated[str, Form(max_length=20)] = "",
    value: Annotated[str, Form(max_length=60)] = "",
) -> Response:
    def run() -> object:
        item = check_correct_label(desk.session, desk.runtime.clock, desk.runtime.settings, desk.user, item_id,
                                   field, value)
        if item.case_id != case_id:
            raise InvalidInput("that message is not part of this case")
        return item

    return _act(desk, case_id, "label", run, error_key=f"label-{item_id}")
