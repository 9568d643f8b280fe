"""One post in the console: its text, state, approvals, deliveries and audit trail, and its actions.

Forms are HTMX: the re-rendered post comes back with a service error beside the form that caused it;
plain form posts redirect after success. While the post is being sent the page polls every few
seconds and is swapped only when a state changed (204 otherwise), so the officer watches it go out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query
from fastapi.responses import RedirectResponse
from pydantic import ValidationError
from sqlalchemy.orm import Session
from starlette.responses import Response

from consuldesk.auth.models import User
from consuldesk.auth.service import list_missions
from consuldesk.bootstrap import Runtime
from consuldesk.errors import ConsulDeskError, InvalidInput
from consuldesk.publishing import actions, queries
from consuldesk.publishing.schemas import VariantIn, VariantOut
from consuldesk.web.deps import Desk, DeskDep, is_htmx
from consuldesk.web.routes.common import error_page, page, sentence
from consuldesk.web.routes.publishing import DONE, Powers, S, Text, chrome, home, may_approve, pending_tier
from consuldesk.web.routes.publishing_compose import readable, validation_problem
from consuldesk.web.security import require_same_origin
from consuldesk.web.views import Viewer

router = APIRouter(include_in_schema=False, dependencies=[Depends(require_same_origin)])

LongText = Annotated[str, Form(max_length=20_000)]
Origin = Annotated[str, Form(alias="from", max_length=10)]


@dataclass
class Outcome:
    """What a failed form post keeps: the error per form and the values the officer typed."""

    errors: dict[str, str] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)


def _signature(post: VariantOut) -> str:
    """Changes whenever the state, a delivery or a part moves on: what the page's poll compares."""
    parts = [post.state, str(post.needs_review)]
    parts += [f"{d.state}:{','.join(p.state for p in d.parts)}" for d in post.deliveries]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def post_context(session: Session, runtime: Runtime, user: User, variant_id: int, outcome: Outcome) -> dict[str, Any]:
    """Everything the post templates print; raises NotFound when the user may not see the post."""
    post = queries.get_variant_out(session, runtime.settings, user, variant_id)
    sending = post.state in {S.APPROVED, S.SCHEDULED}
    previews = [] if post.deliveries else queries.preview_variant(session, user, variant_id)
    return {
        "post": post,
        "pending": pending_tier(post),
        "may_approve": may_approve(post, user),
        "previews": [readable(p) for p in previews],
        "siblings": queries.sibling_variants(session, user, variant_id),
        "audit": queries.post_audit(session, user, variant_id),
        "signature": _signature(post),
        "live": sending or any(d.state not in {"sent", "failed", "unknown"} for d in post.deliveries),
        "now": runtime.clock.now(),
        "errors": outcome.errors,
        "values": outcome.values,
        "powers": Powers.of(user),
        "mission_codes": {m.id: m.code for m in list_missions(session)},
    }


def _post_response(
    desk: Desk, variant_id: int, outcome: Outcome, *, status_code: int = 200, flash: str = ""
) -> Response:
    request, viewer = desk.request, Viewer.of(desk.user)
    try:
        context = post_context(desk.session, desk.runtime, desk.user, variant_id, outcome)
    except ConsulDeskError as exc:
        return error_page(request, viewer, exc)
    if is_htmx(request):
        return page(request, "partials/publishing_post_update.html", viewer, status_code=status_code,
                    flash=flash, **context)
    context.update(chrome(desk.session, desk.user, request))
    return page(request, "publishing_post.html", viewer, status_code=status_code, flash=flash, **context)


@router.get("/publishing/{variant_id:int}")
def post_page(desk: DeskDep, variant_id: int, done: Annotated[str, Query(max_length=20)] = "") -> Response:
    return _post_response(desk, variant_id, Outcome(), flash=DONE.get(done, ""))


@router.get("/publishing/{variant_id:int}/poll")
def post_poll(desk: DeskDep, variant_id: int, sig: Annotated[str, Query(max_length=64)] = "") -> Response:
    """The refreshed post when something changed (sending progressed), else 204: nothing to swap."""
    post = queries.get_variant_out(desk.session, desk.runtime.settings, desk.user, variant_id)
    if _signature(post) == sig:
        return Response(status_code=204)
    return _post_response(desk, variant_id, Outcome())


def _act(
    desk: Desk, variant_id: int, form: str, run: Callable[[], object], values: dict[str, Any] | None = None,
    origin: str = "",
) -> Response:
    """Run one action and commit; on a service error roll back and show it beside the form.

    `origin="list"` marks the buttons of the /publishing lists, which go back there.
    """
    try:
        run()
        desk.session.commit()
    except ConsulDeskError as exc:
        desk.session.rollback()
        if origin == "list":
            return home(desk.request, desk.runtime, desk.session, desk.user, error=sentence(exc.detail),
                         status_code=exc.status)
        outcome = Outcome(errors={form: sentence(exc.detail)}, values=values or {})
        return _post_response(desk, variant_id, outcome, status_code=exc.status)
    if origin == "list":
        return RedirectResponse(f"/publishing?done={form}", status_code=303)
    if not is_htmx(desk.request):
        return RedirectResponse(f"/publishing/{variant_id}?done={form}", status_code=303)
    return _post_response(desk, variant_id, Outcome(), flash=DONE[form])


@router.post("/publishing/{variant_id:int}/edit")
def edit(desk: DeskDep, variant_id: int, title: Text = "", body: LongText = "") -> Response:
    def run() -> object:
        variant = actions.get_variant_or_raise(desk.session, desk.user, variant_id)
        try:  # the alt text is not edited here: keep what was set (through the API)
            data = VariantIn(language=variant.language, title=title, body=body, image_alt=variant.image_alt)
        except ValidationError as exc:
            raise InvalidInput(validation_problem(exc)) from None
        return actions.check_edit_variant(desk.session, desk.runtime.clock, desk.user, variant_id, data)

    return _act(desk, variant_id, "edit", run, {"title": title, "body": body})


@router.post("/publishing/{variant_id:int}/submit")
def submit(desk: DeskDep, variant_id: int, scheduled_at: Annotated[str, Form(max_length=40)] = "") -> Response:
    def run() -> object:
        when = None
        if scheduled_at.strip():
            try:
                when = datetime.fromisoformat(scheduled_at.strip()).replace(tzinfo=UTC)
            except ValueError:
                raise InvalidInput("the send time must be a date and time (UTC)") from None
        settings = desk.runtime.settings
        return actions.check_submit(desk.session, desk.runtime.clock, settings, desk.user, variant_id, when)

    return _act(desk, variant_id, "submit", run, {"scheduled_at": scheduled_at})


@router.post("/publishing/{variant_id:int}/approve")
def approve(desk: DeskDep, variant_id: int, comment: Text = "", origin: Origin = "") -> Response:
    def run() -> object:
        settings, note = desk.runtime.settings, comment.strip() or None
        return actions.check_approve(desk.session, desk.runtime.clock, settings, desk.user, variant_id, note)

    return _act(desk, variant_id, "approve", run, {"approve_comment": comment}, origin)


@router.post("/publishing/{variant_id:int}/reject")
def reject(desk: DeskDep, variant_id: int, comment: Text = "", origin: Origin = "") -> Response:
    def run() -> object:
        return actions.check_reject(desk.session, desk.runtime.clock, desk.user, variant_id, comment.strip() or None)

    return _act(desk, variant_id, "reject", run, {"reject_comment": comment}, origin)


@router.post("/publishing/{variant_id:int}/withdraw")
def withdraw(desk: DeskDep, variant_id: int) -> Response:
    def run() -> object:
        return actions.check_withdraw(desk.session, desk.runtime.clock, desk.user, variant_id)

    return _act(desk, variant_id, "withdraw", run)


@router.post("/publishing/{variant_id:int}/break-glass")
def break_glass(desk: DeskDep, variant_id: int, reason: Text = "") -> Response:
    def run() -> object:
        return actions.check_break_glass(desk.session, desk.runtime.clock, desk.user, variant_id, reason)

    return _act(desk, variant_id, "break_glass", run, {"reason": reason})


@router.post("/publishing/{variant_id:int}/review")
def review(desk: DeskDep, variant_id: int, comment: Text = "", origin: Origin = "") -> Response:
    def run() -> object:
        return actions.check_review(desk.session, desk.runtime.clock, desk.user, variant_id, comment.strip() or None)

    return _act(desk, variant_id, "review", run, {"review_comment": comment}, origin)
