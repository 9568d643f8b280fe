"""The inbox: filtered case list (most urgent first), its rows partial and the new-cases poll.

The page remembers the newest case id it has shown; every 5 s HTMX asks /inbox/poll how many newer
cases match the same filters and shows a banner ("3 new cases — show") in an aria-live region. The
rows are re-rendered only when the officer asks, so the list never jumps under the cursor.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from sqlalchemy.orm import Session
from starlette.responses import Response

from consuldesk.auth.models import User
from consuldesk.bootstrap import Runtime
from consuldesk.core.types import CaseState, Intent, Platform, Urgency
from consuldesk.inbox.queries import MAX_PAGE, count_new_since, latest_case_id, list_cases
from consuldesk.web.deps import RuntimeDep, SessionDep, UserDep
from consuldesk.web.routes.common import colleagues, page, visible_missions
from consuldesk.web.views import Viewer, parse_filters

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 50
Offset = Annotated[int, Query(ge=0, le=1_000_000)]


def _results(
    request: Request, runtime: Runtime, session: Session, user: User, viewer: Viewer, offset: int
) -> dict[str, Any]:
    applied = parse_filters(request.query_params)
    # Read the high-water mark before the list: a case filed in between is then reported as new
    # by the next poll instead of being silently skipped.
    since = latest_case_id(session)
    now = runtime.clock.now()
    result = list_cases(session, user, applied.filters, now=now, limit=PAGE_SIZE, offset=offset)
    return {
        "applied": applied,
        "rows": result.items,
        "total": result.total,
        "offset": offset,
        "page_size": PAGE_SIZE,
        "since": since,
        "now": now,
        "show_mission": viewer.picks_mission,
    }


@router.get("/")
def inbox(request: Request, runtime: RuntimeDep, session: SessionDep, user: UserDep, offset: Offset = 0) -> Response:
    viewer = Viewer.of(user)
    context = _results(request, runtime, session, user, viewer, offset)
    options = {
        "missions": visible_missions(session, viewer) if viewer.picks_mission else [],
        "platforms": [p.value for p in Platform],
        "intents": [i.value for i in Intent],
        "urgencies": [u.value for u in Urgency],
        "states": [s.value for s in CaseState],
        "assignees": colleagues(session, viewer),
    }
    return page(request, "inbox.html", viewer, options=options, **context)


@router.get("/inbox/results")
def inbox_results(
    request: Request, runtime: RuntimeDep, session: SessionDep, user: UserDep, offset: Offset = 0
) -> Response:
    """The results region alone (rows, count, paging, poller): what "show new cases" swaps in."""
    viewer = Viewer.of(user)
    context = _results(request, runtime, session, user, viewer, offset)
    return page(request, "partials/inbox_results.html", viewer, **context)


@router.get("/inbox/poll")
def inbox_poll(
    request: Request,
    runtime: RuntimeDep,
    session: SessionDep,
    user: UserDep,
    since: Annotated[int, Query(ge=0)] = 0,
    shown: Annotated[str, Query(max_length=40)] = "",
) -> Response:
    """The new-cases banner, or 204 when there is nothing new to say (HTMX then leaves it alone).

    `shown` is the banner the page already displays, so an unchanged banner is not re-announced.
    """
    count = critical = 0
    # count_new_since is the cheap check that runs every 5 s; the filtered count only when needed.
    if count_new_since(session, user, since):
        applied = parse_filters(request.query_params)
        result = list_cases(session, user, applied.filters, now=runtime.clock.now(), limit=MAX_PAGE)
        fresh = [row for row in result.items if row.id > since]
        count = len(fresh)
        critical = sum(1 for row in fresh if row.urgency == Urgency.CRITICAL)
    key = f"{count}:{critical}" if count else ""
    if key == shown:
        return Response(status_code=204)
    return page(
        request,
        "partials/new_banner.html",
        Viewer.of(user),
        count=count,
        critical=critical,
        key=key,
        query=parse_filters(request.query_params).query,
    )
