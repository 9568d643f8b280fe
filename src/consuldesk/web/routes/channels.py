"""The channel-health panel: every channel of the user's missions, judged by `view_channel`.

Shows status (ok / warning / error / unknown, in words), token expiry, last success and error, the
rate limit and fallback suggestions. `ChannelView` carries no credential field, so nothing secret can
reach the template. "Check now" asks the platform through `check_channel_health`; it is offered to (and
allowed for) supervisors and admins only, as connecting a channel is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session
from starlette.responses import Response

from consuldesk.auth.models import User
from consuldesk.bootstrap import Runtime
from consuldesk.channels.service import (
    ChannelView,
    check_channel_health,
    list_channels,
    view_channel,
)
from consuldesk.core.types import Role
from consuldesk.errors import ConsulDeskError
from consuldesk.inbox.models import Channel
from consuldesk.web.deps import DeskDep, RuntimeDep, SessionDep, UserDep
from consuldesk.web.routes.common import page, sentence
from consuldesk.web.routes.publishing import chrome
from consuldesk.web.security import require_same_origin
from consuldesk.web.views import Viewer

router = APIRouter(include_in_schema=False, dependencies=[Depends(require_same_origin)])

CHECKERS = (Role.SUPERVISOR, Role.ADMIN, Role.HEADQUARTERS)  # who sees "Check now"; the service decides


def channel_views(runtime: Runtime, session: Session, user: User) -> list[ChannelView]:
    """Each channel judged against its mission's other channels (for the fallback suggestions)."""
    now = runtime.clock.now()
    everyone: Sequence[Channel] = list_channels(session, user)
    return [
        view_channel(c, now, warning_days=runtime.settings.token_warning_days,
                     siblings=[s for s in everyone if s.mission_id == c.mission_id])
        for c in everyone
    ]


def _panel(
    request: Request, runtime: Runtime, session: Session, user: User, *, flash: str = "", error: str = "",
    status_code: int = 200,
) -> Response:
    return page(
        request, "channels.html", Viewer.of(user), status_code=status_code, flash=flash, error=error,
        channels=channel_views(runtime, session, user), now=runtime.clock.now(),
        warning_days=runtime.settings.token_warning_days,
        can_check=any(user.has_role(r.value) for r in CHECKERS), **chrome(session, user, request),
    )


@router.get("/channels")
def channels_page(
    request: Request, runtime: RuntimeDep, session: SessionDep, user: UserDep,
    done: Annotated[str, Query(max_length=10)] = "",
) -> Response:
    return _panel(request, runtime, session, user, flash="Health check done." if done == "check" else "")


@router.post("/channels/{channel_id:int}/check")
def check_now(desk: DeskDep, channel_id: int) -> Response:
    """One cheap authenticated call to the platform; its answer is stored and shown."""
    try:
        check_channel_health(desk.session, desk.runtime.clock, desk.runtime.credentials, desk.user, channel_id)
        desk.session.commit()
    except ConsulDeskError as exc:
        desk.session.rollback()
        return _panel(desk.request, desk.runtime, desk.session, desk.user, error=sentence(exc.detail),
                      status_code=exc.status)
    return RedirectResponse(f"/channels?done=check#channel-{channel_id}", status_code=303)
