"""Publishing reads: the approval queue, the calendar, one post's whole story, active pauses."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from consuldesk.auth.models import User
from consuldesk.auth.service import mission_scope
from consuldesk.inbox.models import Channel
from consuldesk.publishing.actions import approval_tiers, get_variant_or_raise
from consuldesk.publishing.models import Publication, TravelLevelEntry, Variant
from consuldesk.publishing.schemas import ApprovalOut, DeliveryOut, PartOut, VariantOut
from consuldesk.settings import Settings

__all__ = ["get_variant_out", "list_levels", "list_variants", "variant_out"]


def _username(session: Session, user_id: int | None) -> str | None:
    user = session.get(User, user_id) if user_id is not None else None
    return user.username if user else None


def variant_out(session: Session, settings: Settings, variant: Variant) -> VariantOut:
    publication = variant.publication
    round_no = max((a.round for a in variant.approvals), default=0)
    deliveries = []
    for delivery in variant.deliveries:
        channel = session.get(Channel, delivery.channel_id)
        deliveries.append(DeliveryOut(
            id=delivery.id, channel_id=delivery.channel_id, platform=channel.platform if channel else "?",
            handle=channel.handle if channel else "?", state=delivery.state, last_error=delivery.last_error,
            next_attempt_at=delivery.next_attempt_at,
            parts=[PartOut(position=p.position, text=p.text, state=p.state, external_id=p.external_id, url=p.url,
                           last_error=p.last_error) for p in delivery.parts],
        ))
    return VariantOut(
        id=variant.id, publication_id=publication.id, kind=publication.kind, mission_id=publication.mission_id,
        language=variant.language, title=variant.title, body=variant.body, state=variant.state,
        author=_username(session, publication.author_id), scheduled_at=variant.scheduled_at,
        sent_at=variant.sent_at, failure=variant.failure, break_glass=variant.break_glass,
        needs_review=variant.break_glass and variant.reviewed_at is None,
        tiers_needed=approval_tiers(settings, publication),
        approvals=[ApprovalOut(user=_username(session, a.user_id), tier=a.tier, role=a.role, decision=a.decision,
                               comment=a.comment, decided_at=a.decided_at)
                   for a in variant.approvals if a.round == round_no],
        deliveries=deliveries,
    )


def get_variant_out(session: Session, settings: Settings, user: User, variant_id: int) -> VariantOut:
    return variant_out(session, settings, get_variant_or_raise(session, user, variant_id))


def list_variants(
    session: Session,
    user: User,
    *,
    states: Sequence[str] = (),
    kind: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    needs_review: bool = False,
    limit: int = 200,
) -> Sequence[Variant]:
    """Posts in the user's missions, newest first; `since`/`until` bound the scheduled time (calendar)."""
    query = select(Variant).join(Publication).order_by(Variant.scheduled_at.desc().nulls_last(), Variant.id.desc())
    scope = mission_scope(user)
    if scope is not None:
        query = query.where(Publication.mission_id.in_(scope))
    if states:
        query = query.where(Variant.state.in_(list(states)))
    if kind is not None:
        query = query.where(Publication.kind == kind)
    if since is not None:
        query = query.where(Variant.scheduled_at >= since)
    if until is not None:
        query = query.where(Variant.scheduled_at < until)
    if needs_review:
        query = query.where(Variant.break_glass.is_(True), Variant.reviewed_at.is_(None))
    return session.scalars(query.limit(limit)).all()


def list_levels(session: Session, mission_id: int | None = None) -> Sequence[TravelLevelEntry]:
    query = select(TravelLevelEntry).order_by(TravelLevelEntry.country, TravelLevelEntry.region)
    if mission_id is not None:
        query = query.where(TravelLevelEntry.mission_id == mission_id)
    return session.scalars(query).all()
