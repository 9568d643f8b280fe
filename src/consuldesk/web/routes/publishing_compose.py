"""Compose an advisory in the console: the form, its live per-platform preview and saving drafts.

The preview is an HTMX post on every input (debounced): it renders, for each chosen channel and
language, exactly the parts `outbound.parts_for` produces, each measured in the platform's own unit
("271 / 280"), or the renderer's refusal. Nothing is stored until "Save draft", which creates one
draft per language through `check_create_publication`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Annotated, get_args

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel, ConfigDict, ValidationError
from sqlalchemy.orm import Session
from starlette.responses import Response

from consuldesk.auth.models import User
from consuldesk.channels.service import list_channels
from consuldesk.errors import ConsulDeskError, InvalidInput
from consuldesk.publishing import actions, queries
from consuldesk.publishing.feeds.levels import TravelLevel
from consuldesk.publishing.schemas import CapIn, PublicationIn, VariantIn
from consuldesk.web.deps import DeskDep, SessionDep, UserDep
from consuldesk.web.routes.common import page, sentence
from consuldesk.web.routes.publishing import chrome, user_missions
from consuldesk.web.security import require_same_origin
from consuldesk.web.views import Viewer

router = APIRouter(include_in_schema=False, dependencies=[Depends(require_same_origin)])

# The CAP choices offered are the schema's own literals, so the form cannot drift from the service.
CAP_CHOICES = {name: list(get_args(CapIn.model_fields[name].annotation)) for name in ("status", "msg_type", "category")}
LEVELS = [(int(level), level.label) for level in TravelLevel]


class ComposeForm(BaseModel):
    """The compose form as typed; `publication_in` turns it into the service's PublicationIn."""

    model_config = ConfigDict(extra="ignore")

    mission: str = ""
    channel: list[str] = []
    language: str = "en"
    title: str = ""
    body: str = ""
    language2: str = ""
    title2: str = ""
    body2: str = ""
    urls: str = ""
    hashtags: str = ""
    level: str = ""
    country: str = ""
    region: str = ""
    cap_status: str = "Actual"
    cap_msg_type: str = "Alert"
    cap_references: str = ""
    cap_category: str = "Safety"
    cap_area: str = ""


_FIELD_NAMES = {
    "mission_id": "Mission", "channel_ids": "Channels", "urls": "Links", "hashtags": "Hashtags",
    "level": "Travel level", "cap": "CAP", "variants": "Text",
}


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s,]+", text) if w]


def validation_problem(exc: ValidationError) -> str:
    """Pydantic's errors as a sentence naming form fields (never echoing the input back)."""
    problems = []
    for error in exc.errors():
        loc = [str(p) for p in error["loc"]]
        if loc[:1] == ["variants"] and len(loc) >= 3:
            name = ("Second language " if loc[1] == "1" else "") + loc[2].replace("_", " ")
        else:
            name = _FIELD_NAMES.get(loc[0] if loc else "", " ".join(loc))
        problems.append(f"{name}: {error['msg'].lower()}")
    return "; ".join(problems)


def publication_in(form: ComposeForm) -> PublicationIn:
    """Raise InvalidInput (shown beside the form) instead of a 422 page for what was typed."""
    if not form.mission.strip().isdigit():
        raise InvalidInput("choose the mission that publishes this advisory")
    if form.level.strip() and not form.level.strip().isdigit():
        raise InvalidInput("the travel level is 1 to 4")
    if any(not r.isdigit() for r in _words(form.cap_references)):
        raise InvalidInput("CAP references are the numbers of earlier advisories")
    variants = [{"language": form.language.strip() or "en", "title": form.title, "body": form.body}]
    if form.title2.strip() or form.body2.strip():
        variants.append({"language": form.language2.strip(), "title": form.title2, "body": form.body2})
    try:
        return PublicationIn(
            mission_id=int(form.mission), channel_ids=[int(c) for c in form.channel if c.isdigit()],
            urls=_words(form.urls), hashtags=[t.lstrip("#") for t in _words(form.hashtags) if t.lstrip("#")],
            level=int(form.level) if form.level.strip() else None,
            country=form.country.strip() or None, region=form.region.strip() or None,
            cap=CapIn.model_validate({
                "status": form.cap_status, "msg_type": form.cap_msg_type, "category": form.cap_category,
                "references": [int(r) for r in _words(form.cap_references)], "area_desc": form.cap_area.strip() or None,
            }),
            variants=[VariantIn.model_validate(v) for v in variants],
        )
    except ValidationError as exc:
        raise InvalidInput(validation_problem(exc)) from None


def _compose_page(
    request: Request, session: Session, user: User, form: ComposeForm, *, error: str = "", status_code: int = 200
) -> Response:
    missions = user_missions(session, user)
    values = form.model_dump()
    if not values["mission"] and len(missions) == 1:
        values["mission"] = str(missions[0][0])
    channels = [c for c in list_channels(session, user) if c.publishing_enabled]
    return page(
        request, "publishing_new.html", Viewer.of(user), status_code=status_code, error=error, values=values,
        missions=missions, channels=[(c.id, c.mission_id, c.platform, c.handle, c.name) for c in channels],
        cap_choices=CAP_CHOICES, levels=LEVELS, **chrome(session, user, request),
    )


def readable(preview: queries.ChannelPreview) -> queries.ChannelPreview:
    """The renderer's lower-case fragments as sentences."""
    return replace(preview, error=sentence(preview.error) if preview.error else None,
                   warnings=[sentence(w) for w in preview.warnings])


@router.get("/publishing/new")
def compose_page(request: Request, session: SessionDep, user: UserDep) -> Response:
    return _compose_page(request, session, user, ComposeForm())


@router.post("/publishing/preview")
def compose_preview(
    request: Request, session: SessionDep, user: UserDep, form: Annotated[ComposeForm, Form()]
) -> Response:
    """The live preview (HTMX, on input): each channel's parts with counters, or the renderer's error."""
    previews: list[queries.ChannelPreview] = []
    hint = ""
    if not form.channel:
        hint = "Choose at least one channel to see what it will receive."
    elif not form.title.strip():
        hint = "Write a title to see the preview."
    else:
        try:
            previews = [readable(p) for p in queries.preview_draft(session, user, publication_in(form))]
        except ConsulDeskError as exc:
            hint = sentence(exc.detail)
    return page(request, "partials/publishing_preview.html", Viewer.of(user), previews=previews, hint=hint)


@router.post("/publishing/new")
def compose(desk: DeskDep, form: Annotated[ComposeForm, Form()]) -> Response:
    """Save: one draft per language, then the first language's page."""
    try:
        publication = actions.check_create_publication(desk.session, desk.runtime.clock, desk.user,
                                                       publication_in(form))
        desk.session.commit()
    except ConsulDeskError as exc:
        desk.session.rollback()
        return _compose_page(desk.request, desk.session, desk.user, form, error=sentence(exc.detail),
                             status_code=exc.status)
    return RedirectResponse(f"/publishing/{publication.variants[0].id}?done=created", status_code=303)
