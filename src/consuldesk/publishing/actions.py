"""Publishing writes: compose, submit, approve or reject, withdraw, break glass, review.

Every function checks role and mission first, moves a Variant through `workflow.TRANSITIONS` and
writes an AuditEvent in the same transaction. The two-person rule lives in `check_approve`: the
author never approves their own post, and each tier (CONSULDESK_APPROVAL_TIERS) needs a distinct
person holding that tier's role.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from consuldesk.audit.service import do_record
from consuldesk.auth.models import User
from consuldesk.auth.service import check_mission, check_role
from consuldesk.core.clock import Clock, ensure_utc
from consuldesk.core.types import Role
from consuldesk.errors import InvalidInput, NotFound, PermissionDenied
from consuldesk.inbox.models import Case, Channel, Item
from consuldesk.publishing.guard import public_text_problems
from consuldesk.publishing.models import Approval, Publication, Variant
from consuldesk.publishing.outbound import check_renders
from consuldesk.publishing.schemas import PublicationIn, ReplyIn, VariantIn
from consuldesk.publishing.workflow import VariantState, check_transition
from consuldesk.settings import Settings

__all__ = [
    "AUTHORS",
    "approval_tiers",
    "check_approve",
    "check_break_glass",
    "check_create_publication",
    "check_create_reply",
    "check_edit_variant",
    "check_reject",
    "check_review",
    "check_submit",
    "check_withdraw",
    "get_variant_or_raise",
    "holds_tier",
    "pending_tier",
]

AUTHORS = (Role.OFFICER, Role.APPROVER, Role.SUPERVISOR, Role.HEADQUARTERS)
S = VariantState
# A tier names the least senior role that may approve it; more senior roles may approve it too.
SENIORITY = (Role.APPROVER, Role.SUPERVISOR, Role.HEADQUARTERS)


def holds_tier(user: User, role: str) -> bool:
    if user.has_role(role):
        return True
    if role not in SENIORITY:
        return False
    return any(user.has_role(senior) for senior in SENIORITY[SENIORITY.index(Role(role)) + 1:])


def approval_tiers(settings: Settings, publication: Publication) -> list[str]:
    """Roles that must approve, in order; private messages skip approval unless configured."""
    if publication.kind == "dm" and not settings.approve_dms:
        return []
    return settings.approval_tiers.split(",")


def _audit(session: Session, clock: Clock, user: User, variant: Variant, action: str, **detail: object) -> None:
    do_record(session, clock, actor_id=user.id, mission_id=variant.publication.mission_id, action=action,
              target_type="publication_variant", target_id=variant.id,
              detail={"publication_id": variant.publication_id, "language": variant.language, **detail})


def _move(session: Session, clock: Clock, user: User, variant: Variant, target: VariantState, **detail: object) -> None:
    check_transition(variant.state, target)
    previous = variant.state
    variant.state = target
    variant.updated_at = clock.now()
    _audit(session, clock, user, variant, f"publication.{target}", previous=previous, **detail)


def get_variant_or_raise(session: Session, user: User, variant_id: int) -> Variant:
    variant = session.get(Variant, variant_id)
    if variant is None:
        raise NotFound("no such post")
    check_mission(user, variant.publication.mission_id, "post")
    return variant


def _check_channels(session: Session, mission_id: int, channel_ids: list[int]) -> None:
    for channel_id in channel_ids:
        channel = session.get(Channel, channel_id)
        if channel is None or channel.mission_id != mission_id:
            raise InvalidInput(f"channel {channel_id} is not a channel of this mission")
        if not channel.publishing_enabled:
            raise InvalidInput(f"{channel.platform} {channel.handle} is not connected for publishing")


def _new_variant(data: VariantIn, now: datetime) -> Variant:
    return Variant(language=data.language, title=data.title.strip(), body=data.body.strip(),
                   image_alt=data.image_alt, state=S.DRAFT, updated_at=now)


def check_create_publication(session: Session, clock: Clock, user: User, data: PublicationIn) -> Publication:
    """Compose an advisory: shared fields plus one variant per language, all drafts."""
    check_role(user, *AUTHORS)
    check_mission(user, data.mission_id, "mission")
    languages = [v.language for v in data.variants]
    if len(set(languages)) != len(languages):
        raise InvalidInput("each language may appear only once")
    _check_channels(session, data.mission_id, data.channel_ids)
    now = clock.now()
    publication = Publication(
        mission_id=data.mission_id, kind="advisory", author_id=user.id, channel_ids=list(data.channel_ids),
        urls=data.urls, hashtags=[t.lstrip("#") for t in data.hashtags], level=data.level, country=data.country,
        region=data.region, cap=data.cap.model_dump(mode="json"), created_at=now, updated_at=now,
        variants=[_new_variant(v, now) for v in data.variants],
    )
    session.add(publication)
    session.flush()
    for variant in publication.variants:
        _check_public(session, publication, variant)
        check_renders(session, publication, variant)
        _audit(session, clock, user, variant, "publication.drafted")
    return publication


def check_create_reply(session: Session, clock: Clock, user: User, data: ReplyIn) -> Publication:
    """Draft an answer to a citizen's item: public replies go under the item, private ones to its author.

    A public reply that contains personal data is refused here: it must go privately or without it.
    """
    check_role(user, *AUTHORS)
    item = session.get(Item, data.item_id)
    if item is None:
        raise NotFound("no such item")
    check_mission(user, item.mission_id, "item")
    if item.channel_id is None:
        raise InvalidInput("this item came from a file import with no channel to answer on")
    now = clock.now()
    case = session.get(Case, item.case_id) if item.case_id else None
    whom = item.author_handle or item.author_name or "a citizen"
    publication = Publication(
        mission_id=item.mission_id, kind="reply" if data.visibility == "public" else "dm", author_id=user.id,
        channel_ids=[item.channel_id], case_id=case.id if case else None, in_reply_to_item_id=item.id,
        cap={"whatsapp_template": data.whatsapp_template} if data.whatsapp_template else {},
        created_at=now, updated_at=now,
        variants=[Variant(language=data.language, title=f"Reply to {whom}",
                          body=data.body.strip(), state=S.DRAFT, updated_at=now)],
    )
    session.add(publication)
    session.flush()
    _check_public(session, publication, publication.variants[0])
    check_renders(session, publication, publication.variants[0])
    _audit(session, clock, user, publication.variants[0], "publication.drafted", case_id=publication.case_id)
    return publication


def _check_public(session: Session, publication: Publication, variant: Variant) -> None:
    """The outbound PII guard, for everything that will be public (private messages may carry PII)."""
    if publication.kind == "dm":
        return
    problems = public_text_problems(session, f"{variant.title}\n{variant.body}", variant.language,
                                    case_id=publication.case_id)
    if problems:
        advice = "remove it or reply privately" if publication.kind == "reply" else "remove it"
        raise InvalidInput(f"a public {publication.kind} must not contain {', '.join(problems)}: {advice}")


def check_edit_variant(session: Session, clock: Clock, user: User, variant_id: int, data: VariantIn) -> Variant:
    """Edit a draft. Editing is only possible in draft: an approved text is the text that is sent."""
    variant = get_variant_or_raise(session, user, variant_id)
    check_role(user, *AUTHORS)
    if variant.state != S.DRAFT:
        raise InvalidInput(f"only a draft can be edited; this post is {variant.state} (withdraw it first)")
    variant.title, variant.body, variant.image_alt = data.title.strip(), data.body.strip(), data.image_alt
    variant.updated_at = clock.now()
    _check_public(session, variant.publication, variant)
    check_renders(session, variant.publication, variant)
    _audit(session, clock, user, variant, "publication.edited")
    return variant


def _current_round(variant: Variant) -> int:
    return max((a.round for a in variant.approvals), default=0)


def check_submit(
    session: Session, clock: Clock, settings: Settings, user: User, variant_id: int, scheduled_at: datetime | None
) -> Variant:
    variant = get_variant_or_raise(session, user, variant_id)
    check_role(user, *AUTHORS)
    publication = variant.publication
    if not publication.channel_ids:
        raise InvalidInput("choose at least one channel before submitting")
    _check_channels(session, publication.mission_id, publication.channel_ids)
    _check_public(session, publication, variant)
    check_renders(session, publication, variant)
    variant.scheduled_at = ensure_utc(scheduled_at) if scheduled_at else None
    variant.submitted_at = clock.now()
    # A resubmission starts a new approval round: earlier approvals do not carry over to new text.
    round_no = _current_round(variant) + 1
    variant.approvals.append(Approval(user_id=user.id, tier=0, role="author", decision="submitted",
                                      decided_at=clock.now(), round=round_no))
    _move(session, clock, user, variant, S.SUBMITTED, scheduled_at=str(variant.scheduled_at or "on approval"))
    if not approval_tiers(settings, publication):
        _approve_and_schedule(session, clock, user, variant, reason="no approval required")
    return variant


def _approve_and_schedule(session: Session, clock: Clock, user: User, variant: Variant, *, reason: str) -> None:
    now = clock.now()
    variant.approved_at = now
    _move(session, clock, user, variant, S.APPROVED, reason=reason)
    if variant.scheduled_at is None or variant.scheduled_at < now:
        variant.scheduled_at = now
    _move(session, clock, user, variant, S.SCHEDULED, scheduled_at=variant.scheduled_at.isoformat())


def pending_tier(settings: Settings, variant: Variant) -> tuple[int, str] | None:
    """The next tier (1-based) and its role still waiting for approval in the current round."""
    tiers = approval_tiers(settings, variant.publication)
    round_no = _current_round(variant)
    done = {a.tier for a in variant.approvals if a.round == round_no and a.decision == "approved"}
    for number, role in enumerate(tiers, start=1):
        if number not in done:
            return number, role
    return None


def check_approve(
    session: Session, clock: Clock, settings: Settings, user: User, variant_id: int, comment: str | None = None
) -> Variant:
    variant = get_variant_or_raise(session, user, variant_id)
    if variant.state != S.SUBMITTED:
        raise InvalidInput(f"only a submitted post can be approved; this one is {variant.state}")
    if variant.publication.author_id == user.id:
        raise PermissionDenied("two-person rule: the author cannot approve their own post")
    tier = pending_tier(settings, variant)
    if tier is None:  # defensive: a submitted post always has a tier left
        raise InvalidInput("this post needs no further approval")
    number, role = tier
    if not holds_tier(user, role):
        raise PermissionDenied(f"approval tier {number} needs the {role} role (or a more senior one)")
    round_no = _current_round(variant)
    if any(a.user_id == user.id and a.round == round_no and a.decision == "approved" for a in variant.approvals):
        raise PermissionDenied("each approval tier needs a different person")
    variant.approvals.append(Approval(user_id=user.id, tier=number, role=role, decision="approved",
                                      comment=comment, decided_at=clock.now(), round=round_no))
    _audit(session, clock, user, variant, "publication.tier_approved", tier=number, role=role, comment=comment)
    if pending_tier(settings, variant) is None:
        _approve_and_schedule(session, clock, user, variant, reason="all tiers approved")
    return variant


def check_reject(session: Session, clock: Clock, user: User, variant_id: int, comment: str | None) -> Variant:
    variant = get_variant_or_raise(session, user, variant_id)
    check_role(user, Role.APPROVER, Role.SUPERVISOR, Role.HEADQUARTERS)
    if variant.state != S.SUBMITTED:
        raise InvalidInput(f"only a submitted post can be rejected; this one is {variant.state}")
    if not comment or not comment.strip():
        raise InvalidInput("say why the post is rejected, so the author can fix it")
    variant.approvals.append(Approval(user_id=user.id, tier=0, role="reviewer", decision="rejected",
                                      comment=comment, decided_at=clock.now(), round=_current_round(variant)))
    _move(session, clock, user, variant, S.DRAFT, rejected=True, comment=comment)
    return variant


def check_withdraw(session: Session, clock: Clock, user: User, variant_id: int) -> Variant:
    """Back to draft before sending starts (a sent thread cannot be unsent from here)."""
    variant = get_variant_or_raise(session, user, variant_id)
    check_role(user, *AUTHORS)
    if variant.deliveries and variant.state == S.SCHEDULED:
        raise InvalidInput("sending has started; it can no longer be withdrawn (use the emergency pause)")
    if any(d.state in {"sent", "unknown"} for d in variant.deliveries):
        raise InvalidInput("part of this post may already be public: retry it, or settle the unconfirmed parts")
    # Nothing went out: the old deliveries go, so the corrected text is sent afresh once re-approved.
    variant.deliveries.clear()
    _move(session, clock, user, variant, S.DRAFT, withdrawn=True)
    return variant


def check_break_glass(session: Session, clock: Clock, user: User, variant_id: int, reason: str) -> Variant:
    """A supervisor publishes at once, without the second person; flagged for review afterwards."""
    check_role(user, Role.SUPERVISOR, Role.HEADQUARTERS)
    variant = get_variant_or_raise(session, user, variant_id)
    if not reason.strip():
        raise InvalidInput("breaking glass needs a reason")
    if variant.state not in {S.DRAFT, S.SUBMITTED, S.APPROVED}:
        raise InvalidInput(f"a {variant.state} post cannot be published by break glass")
    publication = variant.publication
    if not publication.channel_ids:
        raise InvalidInput("choose at least one channel first")
    _check_public(session, publication, variant)
    check_renders(session, publication, variant)
    variant.break_glass, variant.break_glass_reason = True, reason.strip()
    variant.scheduled_at = clock.now()
    variant.approvals.append(Approval(user_id=user.id, tier=0, role="supervisor", decision="break_glass",
                                      comment=reason.strip(), decided_at=clock.now(),
                                      round=max(_current_round(variant), 1)))
    _move(session, clock, user, variant, S.SCHEDULED, break_glass=True, reason=reason.strip())
    return variant


def check_review(session: Session, clock: Clock, user: User, variant_id: int, comment: str | None) -> Variant:
    """Close the after-the-fact review of a break-glass post (by someone other than who broke glass)."""
    check_role(user, Role.APPROVER, Role.SUPERVISOR, Role.HEADQUARTERS)
    variant = get_variant_or_raise(session, user, variant_id)
    if not variant.break_glass:
        raise InvalidInput("only break-glass posts need a review")
    if variant.reviewed_at is not None:
        raise InvalidInput("this post has already been reviewed")
    breaker = next((a for a in variant.approvals if a.decision == "break_glass"), None)
    if breaker is not None and breaker.user_id == user.id:
        raise PermissionDenied("the review needs someone other than who broke glass")
    variant.reviewed_by_id, variant.reviewed_at = user.id, clock.now()
    _audit(session, clock, user, variant, "publication.reviewed", comment=comment)
    return variant
