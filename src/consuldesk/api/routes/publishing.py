"""Publishing over HTTP: compose, preview, submit, approve or reject, break glass, pause."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query

from consuldesk.api.deps import RuntimeDep, SessionDep, UserDep
from consuldesk.auth.models import User
from consuldesk.inbox.models import Channel
from consuldesk.publishing import actions, pause, queries, recovery
from consuldesk.publishing.models import EmergencyPause
from consuldesk.publishing.outbound import parts_for
from consuldesk.publishing.render import RenderError
from consuldesk.publishing.schemas import (
    DecisionIn,
    PauseIn,
    PauseOut,
    PublicationIn,
    ReasonIn,
    ReplyIn,
    SettleIn,
    SubmitIn,
    VariantIn,
    VariantOut,
)

router = APIRouter(prefix="/posts", tags=["publishing"])
pause_router = APIRouter(prefix="/pauses", tags=["publishing"])


@router.get("", response_model=list[VariantOut])
def list_posts(
    runtime: RuntimeDep,
    session: SessionDep,
    user: UserDep,
    state: Annotated[list[str], Query()] = [],  # noqa: B006 - FastAPI reads the default, never mutates it
    kind: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    needs_review: bool = False,
) -> list[VariantOut]:
    """Posts in your missions (one per language), newest first; `state=submitted` is the approval queue."""
    variants = queries.list_variants(session, user, states=state, kind=kind, since=since, until=until,
                                     needs_review=needs_review)
    return [queries.variant_out(session, runtime.settings, v) for v in variants]


@router.post("", response_model=list[VariantOut], status_code=201)
def compose(body: PublicationIn, runtime: RuntimeDep, session: SessionDep, user: UserDep) -> list[VariantOut]:
    """Compose an advisory: one draft per language, each approved and sent on its own."""
    publication = actions.check_create_publication(session, runtime.clock, user, body)
    session.commit()
    return [queries.variant_out(session, runtime.settings, v) for v in publication.variants]


@router.post("/replies", response_model=VariantOut, status_code=201)
def draft_reply(body: ReplyIn, runtime: RuntimeDep, session: SessionDep, user: UserDep) -> VariantOut:
    """Draft an answer to a citizen's item (public under the item, or private to its author)."""
    publication = actions.check_create_reply(session, runtime.clock, user, body)
    session.commit()
    return queries.variant_out(session, runtime.settings, publication.variants[0])


@router.get("/{variant_id}", response_model=VariantOut)
def get_post(variant_id: int, runtime: RuntimeDep, session: SessionDep, user: UserDep) -> VariantOut:
    return queries.get_variant_out(session, runtime.settings, user, variant_id)


@router.get("/{variant_id}/preview")
def preview(variant_id: int, session: SessionDep, user: UserDep) -> list[dict[str, Any]]:
    """Exactly what each channel will receive: the parts, or why it cannot be rendered."""
    variant = actions.get_variant_or_raise(session, user, variant_id)
    out: list[dict[str, Any]] = []
    for channel_id in variant.publication.channel_ids:
        channel = session.get(Channel, channel_id)
        if channel is None:
            continue
        entry: dict[str, Any] = {"channel_id": channel.id, "platform": channel.platform, "handle": channel.handle}
        try:
            entry["parts"] = [{"text": p.text, "media": len(p.media)}
                              for p in parts_for(variant.publication, variant, channel)]
        except RenderError as exc:
            entry["error"] = exc.detail
        out.append(entry)
    return out


@router.put("/{variant_id}", response_model=VariantOut)
def edit(variant_id: int, body: VariantIn, runtime: RuntimeDep, session: SessionDep, user: UserDep) -> VariantOut:
    actions.check_edit_variant(session, runtime.clock, user, variant_id, body)
    session.commit()
    return queries.get_variant_out(session, runtime.settings, user, variant_id)


@router.post("/{variant_id}/submit", response_model=VariantOut)
def submit(variant_id: int, body: SubmitIn, runtime: RuntimeDep, session: SessionDep, user: UserDep) -> VariantOut:
    actions.check_submit(session, runtime.clock, runtime.settings, user, variant_id, body.scheduled_at)
    session.commit()
    return queries.get_variant_out(session, runtime.settings, user, variant_id)


@router.post("/{variant_id}/approve", response_model=VariantOut)
def approve(
    variant_id: int, body: DecisionIn, runtime: RuntimeDep, session: SessionDep, user: UserDep
) -> VariantOut:
    """Approve one tier; the post is scheduled when the last tier approves. Never your own post."""
    actions.check_approve(session, runtime.clock, runtime.settings, user, variant_id, body.comment)
    session.commit()
    return queries.get_variant_out(session, runtime.settings, user, variant_id)


@router.post("/{variant_id}/reject", response_model=VariantOut)
def reject(variant_id: int, body: DecisionIn, runtime: RuntimeDep, session: SessionDep, user: UserDep) -> VariantOut:
    actions.check_reject(session, runtime.clock, user, variant_id, body.comment)
    session.commit()
    return queries.get_variant_out(session, runtime.settings, user, variant_id)


@router.post("/{variant_id}/withdraw", response_model=VariantOut)
def withdraw(variant_id: int, runtime: RuntimeDep, session: SessionDep, user: UserDep) -> VariantOut:
    actions.check_withdraw(session, runtime.clock, user, variant_id)
    session.commit()
    return queries.get_variant_out(session, runtime.settings, user, variant_id)


@router.post("/{variant_id}/break-glass", response_model=VariantOut)
def break_glass(
    variant_id: int, body: ReasonIn, runtime: RuntimeDep, session: SessionDep, user: UserDep
) -> VariantOut:
    """Supervisor only: publish now without a second approver; flagged for review afterwards."""
    actions.check_break_glass(session, runtime.clock, user, variant_id, body.reason)
    session.commit()
    return queries.get_variant_out(session, runtime.settings, user, variant_id)


@router.post("/{variant_id}/review", response_model=VariantOut)
def review(variant_id: int, body: DecisionIn, runtime: RuntimeDep, session: SessionDep, user: UserDep) -> VariantOut:
    actions.check_review(session, runtime.clock, user, variant_id, body.comment)
    session.commit()
    return queries.get_variant_out(session, runtime.settings, user, variant_id)


@router.post("/{variant_id}/retry", response_model=VariantOut)
def retry(variant_id: int, runtime: RuntimeDep, session: SessionDep, user: UserDep) -> VariantOut:
    """Send a failed post's failed deliveries again; what was sent stays sent."""
    recovery.check_retry(session, runtime.clock, user, variant_id)
    session.commit()
    return queries.get_variant_out(session, runtime.settings, user, variant_id)


@router.post("/deliveries/{delivery_id}/settle", response_model=VariantOut)
def settle(delivery_id: int, body: SettleIn, runtime: RuntimeDep, session: SessionDep, user: UserDep) -> VariantOut:
    """After checking the channel: mark an unconfirmed part sent, or resend it under a new key."""
    delivery = recovery.check_settle_unknown(session, runtime.clock, user, delivery_id, body.outcome,
                                             body.external_id)
    session.commit()
    return queries.get_variant_out(session, runtime.settings, user, delivery.variant_id)


def _pause_out(session: SessionDep, item: EmergencyPause) -> PauseOut:
    starter = session.get(User, item.started_by_id) if item.started_by_id else None
    return PauseOut(id=item.id, mission_id=item.mission_id, reason=item.reason,
                    started_by=starter.username if starter else None, started_at=item.started_at)


@pause_router.get("", response_model=list[PauseOut])
def list_pauses(session: SessionDep, user: UserDep) -> list[PauseOut]:
    """Active emergency pauses (nothing is sent while one covers a post's mission)."""
    return [_pause_out(session, p) for p in pause.active_pauses(session)]


@pause_router.post("", response_model=PauseOut, status_code=201)
def start_pause(body: PauseIn, runtime: RuntimeDep, session: SessionDep, user: UserDep) -> PauseOut:
    item = pause.check_pause(session, runtime.clock, user, reason=body.reason, mission_id=body.mission_id)
    session.commit()
    return _pause_out(session, item)


@pause_router.post("/{pause_id}/lift", response_model=PauseOut)
def lift_pause(pause_id: int, body: ReasonIn, runtime: RuntimeDep, session: SessionDep, user: UserDep) -> PauseOut:
    item = pause.check_lift_pause(session, runtime.clock, user, pause_id, reason=body.reason)
    session.commit()
    return _pause_out(session, item)
