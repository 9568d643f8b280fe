"""Publishing in the console: the lists (drafts, approval queue, scheduled, sent, failed, review),
the calendar and the emergency pause, plus what the compose and post modules share.

Mirrors the REST routes in `api/routes/publishing.py`: every write is one `check_*` call from
`publishing.actions` or `publishing.pause` and a commit, so roles, missions and the two-person rule
are enforced by the service, never here. `Powers` only decides which controls to show.
Compose lives in `publishing_compose`, a post's page and its actions in `publishing_post`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session
from starlette.responses import Response

from consuldesk.auth.models import User
from consuldesk.auth.service import list_missions, mission_scope
from consuldesk.bootstrap import Runtime
from consuldesk.core.types import Role
from consuldesk.errors import ConsulDeskError, InvalidInput
from consuldesk.publishing import actions, pause, queries
from consuldesk.publishing.schemas import VariantOut
from consuldesk.publishing.workflow import VariantState
from consuldesk.web.deps import DeskDep, RuntimeDep, SessionDep, UserDep
from consuldesk.web.routes.common import page, sentence
from consuldesk.web.security import require_same_origin
from consuldesk.web.views import Viewer, safe_next

router = APIRouter(include_in_schema=False, dependencies=[Depends(require_same_origin)])

S = VariantState
LIST_LIMIT = 50
DONE = {
    "created": "Draft saved. Submit it for approval when it is ready.",
    "edit": "Changes saved.",
    "submit": "Submitted for approval.",
    "approve": "Approved.",
    "reject": "Rejected and returned to the author.",
    "withdraw": "Withdrawn: the post is a draft again.",
    "break_glass": "Published by break glass: it goes out now and is flagged for review.",
    "review": "Marked as reviewed.",
    "paused": "Sending is paused.",
    "lifted": "The pause is lifted; sending resumes.",
}
Text = Annotated[str, Form(max_length=2000)]


@dataclass(frozen=True, slots=True)
class Powers:
    """Which publishing controls to show; the service functions still check every action."""

    author: bool
    reviewer: bool
    supervisor: bool
    pauser: bool
    org_wide: bool

    @classmethod
    def of(cls, user: User) -> Powers:
        def has(*roles: Role) -> bool:
            return any(user.has_role(r.value) for r in roles)

        return cls(
            author=has(*actions.AUTHORS),
            reviewer=has(Role.APPROVER, Role.SUPERVISOR, Role.HEADQUARTERS),
            supervisor=has(Role.SUPERVISOR, Role.HEADQUARTERS),
            pauser=has(*pause.PAUSERS),
            org_wide=mission_scope(user) is None,
        )


def user_missions(session: Session, user: User) -> list[tuple[int, str, str]]:
    """(id, code, name) of the missions the user works for (all of them for headquarters)."""
    scope = mission_scope(user)
    return [(m.id, m.code, m.name) for m in list_missions(session) if scope is None or m.id in scope]


def chrome(session: Session, user: User, request: Request) -> dict[str, Any]:
    """What every publishing page shows around its content: the pause banner and its forms."""
    return {
        "powers": Powers.of(user),
        "pauses": queries.list_pause_views(session, user),
        "pause_missions": user_missions(session, user),
        "back": request.url.path + (f"?{request.url.query}" if request.url.query else ""),
        "mission_codes": {m.id: m.code for m in list_missions(session)},
    }


def pending_tier(post: VariantOut) -> tuple[int, str] | None:
    """The first tier still unapproved in the current round (as `actions.pending_tier`)."""
    done = {a.tier for a in post.approvals if a.decision == "approved"}
    return next(((n, role) for n, role in enumerate(post.tiers_needed, 1) if n not in done), None)


def may_approve(post: VariantOut, user: User) -> bool:
    tier = pending_tier(post)
    approved_already = any(a.user == user.username and a.decision == "approved" for a in post.approvals)
    return (
        post.state == S.SUBMITTED and tier is not None and post.author != user.username
        and user.has_role(tier[1]) and not approved_already
    )


# --- the lists ------------------------------------------------------------------------------------


def home(
    request: Request, runtime: Runtime, session: Session, user: User, *, flash: str = "", error: str = "",
    status_code: int = 200,
) -> Response:
    settings = runtime.settings

    def posts(*states: str, needs_review: bool = False) -> list[VariantOut]:
        found = queries.list_variants(session, user, states=states, needs_review=needs_review, limit=LIST_LIMIT)
        return [queries.variant_out(session, settings, v) for v in found]

    queue = posts(S.SUBMITTED)
    return page(
        request, "publishing.html", Viewer.of(user), status_code=status_code, flash=flash, error=error,
        drafts=posts(S.DRAFT), queue=[(p, pending_tier(p), may_approve(p, user)) for p in queue],
        scheduled=posts(S.APPROVED, S.SCHEDULED), sent=posts(S.SENT), failed=posts(S.FAILED),
        review=posts(needs_review=True), now=runtime.clock.now(), **chrome(session, user, request),
    )


@router.get("/publishing")
def publishing_home(
    request: Request, runtime: RuntimeDep, session: SessionDep, user: UserDep,
    done: Annotated[str, Query(max_length=20)] = "",
) -> Response:
    return home(request, runtime, session, user, flash=DONE.get(done, ""))


# --- calendar -------------------------------------------------------------------------------------


@router.get("/publishing/calendar")
def calendar_page(
    request: Request, runtime: RuntimeDep, session: SessionDep, user: UserDep,
    week: Annotated[str, Query(max_length=10)] = "",
) -> Response:
    """Seven days of scheduled and sent posts from `week` (default today, UTC), grouped by day."""
    today = runtime.clock.now().astimezone(UTC).date()
    problem = ""
    try:
        start = date.fromisoformat(week) if week else today
    except ValueError:
        start, problem = today, f"“{week}” is not a date (YYYY-MM-DD); showing this week."
    days = queries.calendar(session, runtime.settings, user, start)
    return page(
        request, "publishing_calendar.html", Viewer.of(user), days=days, start=start, today=today,
        previous=start - timedelta(days=7), next=start + timedelta(days=7), problem=problem,
        **chrome(session, user, request),
    )


# --- emergency pause ------------------------------------------------------------------------------


def _back(back: str, done: str) -> Response:
    target = safe_next(back)
    joiner = "&" if "?" in target else "?"
    return RedirectResponse(f"{target}{joiner}done={done}" if target.startswith("/publishing") else target, 303)


@router.post("/publishing/pauses")
def start_pause(
    desk: DeskDep, reason: Text = "", mission: Annotated[str, Form(max_length=20)] = "",
    back: Annotated[str, Form(max_length=500)] = "/publishing",
) -> Response:
    """Pause all sending: for one mission, or (`mission=all`, headquarters and admin) everywhere."""
    try:
        if mission != "all" and not mission.isdigit():
            raise InvalidInput("choose the mission to pause, or all missions")
        mission_id = None if mission == "all" else int(mission)
        pause.check_pause(desk.session, desk.runtime.clock, desk.user, reason=reason, mission_id=mission_id)
        desk.session.commit()
    except ConsulDeskError as exc:
        desk.session.rollback()
        return home(desk.request, desk.runtime, desk.session, desk.user, error=sentence(exc.detail),
                     status_code=exc.status)
    return _back(back, "paused")


@router.post("/publishing/pauses/{pause_id:int}/lift")
def lift_pause(
    desk: DeskDep, pause_id: int, reason: Text = "", back: Annotated[str, Form(max_length=500)] = "/publishing"
) -> Response:
    try:
        pause.check_lift_pause(desk.session, desk.runtime.clock, desk.user, pause_id, reason=reason)
        desk.session.commit()
    except ConsulDeskError as exc:
        desk.session.rollback()
        return home(desk.request, desk.runtime, desk.session, desk.user, error=sentence(exc.detail),
                     status_code=exc.status)
    return _back(back, "lifted")
