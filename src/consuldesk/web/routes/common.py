"""Helpers shared by the console routes: page rendering, error pages, mission and colleague lists.

The lists are built from service reads (`list_missions`, `list_users`) and returned as plain tuples.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response

from consuldesk.auth.service import list_missions, list_users, mission_scope
from consuldesk.errors import ConsulDeskError
from consuldesk.inbox.actions import CASE_WORKERS
from consuldesk.web.deps import is_htmx
from consuldesk.web.templating import render
from consuldesk.web.views import Viewer


def page(
    request: Request,
    name: str,
    viewer: Viewer | None,
    *,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
    **context: Any,
) -> Response:
    """Render a template with what every console page needs (the viewer and the current path)."""
    context = {"viewer": viewer, "path": request.url.path, **context}
    return render(request, name, context, status_code=status_code, headers=headers)


def sentence(text: str) -> str:
    """Service messages are lower-case fragments; the console shows them as sentences."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def error_page(request: Request, viewer: Viewer | None, exc: ConsulDeskError) -> Response:
    return error_response(request, viewer, exc.status, exc.title, exc.detail)


def error_response(request: Request, viewer: Viewer | None, status: int, title: str, detail: str) -> Response:
    """An error page; for an HTMX request, the message alone, shown in the page's alert region."""
    if is_htmx(request):
        # Whatever the request targeted, a whole error page must not be swapped into it.
        retarget = {"HX-Retarget": "#global-alert", "HX-Reswap": "innerHTML"}
        return page(
            request, "partials/alert_text.html", viewer, status_code=status, headers=retarget, message=sentence(detail)
        )
    return page(request, "error.html", viewer, status_code=status, title=title, message=sentence(detail))


def visible_missions(session: Session, viewer: Viewer) -> list[tuple[str, str]]:
    """(code, name) of the missions the viewer may filter by."""
    return [(m.code, m.name) for m in list_missions(session) if viewer.sees_all_missions or m.code in viewer.missions]


def colleagues(session: Session, viewer: Viewer, mission: str | None = None) -> list[tuple[str, str]]:
    """(username, display name) of active case workers who share a mission with the viewer.

    With `mission`, only those who may work that mission's cases (members, or headquarters).
    """
    people = []
    for user in list_users(session):
        if not user.is_active or not any(user.has_role(r.value) for r in CASE_WORKERS):
            continue
        codes = {m.code for m in user.missions}
        everywhere = mission_scope(user) is None
        if mission is not None and not (everywhere or mission in codes):
            continue
        if not (viewer.sees_all_missions or everywhere or codes & set(viewer.missions)):
            continue
        people.append((user.username, user.display_name))
    return people
