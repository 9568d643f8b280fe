"""Publishing reads: the approval queue, the calendar, one post's whole story, active pauses.

The console and the API read through these functions only; the console's extra reads (live preview,
pause banner, audit trail, calendar) return plain dataclasses so templates never touch the ORM.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from consuldesk.audit.service import list_events
from consuldesk.auth.models import Mission, User
from consuldesk.auth.service import check_mission, mission_scope
from consuldesk.core.clock import ensure_utc
from consuldesk.inbox.models import Channel
from consuldesk.publishing.actions import approval_tiers, get_variant_or_raise
from consuldesk.publishing.models import Publication, TravelLevelEntry, Variant
from consuldesk.publishing.outbound import advisory_of, limits_for, parts_for
from consuldesk.publishing.pause import active_pauses
from consuldesk.publishing.render import DEFAULT_LIMITS, RenderError, render
from consuldesk.publishing.schemas import ApprovalOut, DeliveryOut, PartOut, PublicationIn, VariantOut
from consuldesk.publishing.workflow import VariantState
from consuldesk.settings import Settings

__all__ = [
    "AuditRow",
    "CalendarDay",
    "ChannelPreview",
    "PartPreview",
    "PauseView",
    "calendar",
    "get_variant_out",
    "list_levels",
    "list_pause_views",
    "list_variants",
    "post_audit",
    "preview_draft",
    "preview_variant",
    "sibling_variants",
    "variant_out",
]

_RENDERED = frozenset(str(p) for p in DEFAULT_LIMITS)  # platforms the advisory renderer covers itself


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


# --- console reads: previews, pauses, the audit trail, the calendar ------------------------------------


@dataclass(frozen=True, slots=True)
class PartPreview:
    """One thread part as it will be sent, with its length in the platform's own unit."""

    text: str
    length: int
    max_length: int
    media: int

    @property
    def over(self) -> bool:
        return self.length > self.max_length


@dataclass(frozen=True, slots=True)
class ChannelPreview:
    """What one channel receives for one language: the parts, or why the renderer refuses."""

    channel_id: int
    platform: str
    handle: str
    language: str
    parts: list[PartPreview] = field(default_factory=list)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def _preview(publication: Publication, variant: Variant, channel: Channel) -> ChannelPreview:
    """`parts_for`, measured: exactly what the send worker would create for this channel."""
    entry = ChannelPreview(channel.id, channel.platform, channel.handle, variant.language)
    try:
        limits = limits_for(channel)
        specs = parts_for(publication, variant, channel)
        warnings: list[str] = []
        if publication.kind == "advisory" and not limits.threads and channel.platform in _RENDERED:
            # Platforms that do not thread shorten the body silently; the renderer says by how much.
            warnings = list(render(advisory_of(publication, variant), channel.platform, limits).warnings)
    except RenderError as exc:
        return replace(entry, error=exc.detail)
    parts = [PartPreview(s.text, limits.measure(s.text), limits.max_length, len(s.media)) for s in specs]
    return replace(entry, parts=parts, warnings=warnings)


def preview_draft(session: Session, user: User, data: PublicationIn) -> list[ChannelPreview]:
    """The compose form's live preview: every chosen channel × every language, nothing stored.

    The publication and variants are transient objects that never join the session; a channel
    that is not a publishing channel of the mission is reported in place of its parts.
    """
    check_mission(user, data.mission_id)
    publication = Publication(
        mission_id=data.mission_id, kind="advisory", channel_ids=list(data.channel_ids), urls=list(data.urls),
        hashtags=[t.lstrip("#") for t in data.hashtags], level=data.level, country=data.country,
        region=data.region, cap=data.cap.model_dump(mode="json"),
    )
    out: list[ChannelPreview] = []
    for channel_id in data.channel_ids:
        channel = session.get(Channel, channel_id)
        if channel is None or channel.mission_id != data.mission_id:
            out.append(ChannelPreview(channel_id, "?", "?", "", error="not a channel of this mission"))
            continue
        for draft in data.variants:
            variant = Variant(language=draft.language, title=draft.title.strip(), body=draft.body.strip(),
                              image_alt=draft.image_alt)
            entry = _preview(publication, variant, channel)
            if not channel.publishing_enabled:
                entry = replace(entry, error=f"{channel.platform} {channel.handle} is not connected for publishing")
            out.append(entry)
    return out


def preview_variant(session: Session, user: User, variant_id: int) -> list[ChannelPreview]:
    """A stored post's parts per target channel (the REST preview, measured)."""
    variant = get_variant_or_raise(session, user, variant_id)
    channels = [session.get(Channel, cid) for cid in variant.publication.channel_ids]
    return [_preview(variant.publication, variant, c) for c in channels if c is not None]


def sibling_variants(session: Session, user: User, variant_id: int) -> list[tuple[int, str, str]]:
    """(id, language, state) of every language of the post's publication, this one included."""
    variant = get_variant_or_raise(session, user, variant_id)
    return [(v.id, v.language, v.state) for v in variant.publication.variants]


@dataclass(frozen=True, slots=True)
class PauseView:
    id: int
    mission_id: int | None
    mission: str | None  # code; None = every mission
    reason: str
    started_by: str | None
    started_at: datetime


def list_pause_views(session: Session, user: User) -> list[PauseView]:
    """Active pauses that hold the user's posts: org-wide ones and those of the user's missions."""
    scope = mission_scope(user)
    out = []
    for pause in active_pauses(session):
        if pause.mission_id is not None and scope is not None and pause.mission_id not in scope:
            continue
        mission = session.get(Mission, pause.mission_id) if pause.mission_id is not None else None
        out.append(PauseView(pause.id, pause.mission_id, mission.code if mission else None, pause.reason,
                             _username(session, pause.started_by_id), pause.started_at))
    return out


@dataclass(frozen=True, slots=True)
class AuditRow:
    at: datetime
    actor: str | None  # None: the send worker
    action: str
    detail: dict[str, Any]


def post_audit(session: Session, user: User, variant_id: int) -> list[AuditRow]:
    """The post's audit trail, oldest first: its own events and its deliveries' (sends, failures)."""
    variant = get_variant_or_raise(session, user, variant_id)
    events = list(list_events(session, target_type="publication_variant", target_id=variant.id))
    for delivery in variant.deliveries:
        events += list_events(session, target_type="delivery", target_id=delivery.id)
    events.sort(key=lambda e: (ensure_utc(e.at), e.id))
    return [AuditRow(e.at, _username(session, e.actor_id), e.action, dict(e.detail or {})) for e in events]


@dataclass(frozen=True, slots=True)
class CalendarDay:
    day: date
    posts: list[VariantOut]


def calendar(session: Session, settings: Settings, user: User, start: date, days: int = 7) -> list[CalendarDay]:
    """Scheduled and sent posts of `days` days from `start` (UTC), by the day they go (or went) out."""
    begin = datetime.combine(start, time.min, tzinfo=UTC)
    end = begin + timedelta(days=days)
    when = func.coalesce(Variant.sent_at, Variant.scheduled_at)
    query = (
        select(Variant).join(Publication)
        .where(Variant.state.in_([VariantState.SCHEDULED, VariantState.SENT]), when >= begin, when < end)
        .order_by(when, Variant.id)
    )
    scope = mission_scope(user)
    if scope is not None:
        query = query.where(Publication.mission_id.in_(scope))
    grouped: dict[date, list[VariantOut]] = {start + timedelta(days=i): [] for i in range(days)}
    for variant in session.scalars(query.limit(500)):
        moment = variant.sent_at or variant.scheduled_at
        if moment is not None:
            grouped.setdefault(ensure_utc(moment).date(), []).append(variant_out(session, settings, variant))
    return [CalendarDay(day, posts) for day, posts in sorted(grouped.items())]
