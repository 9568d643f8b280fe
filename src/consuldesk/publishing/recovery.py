"""After a failure: retry a failed post, or settle a part whose outcome the platform never confirmed.

`unknown` parts exist because some platforms (Telegram, WhatsApp, Messenger) cannot be asked what was
posted. An officer looks at the channel and either marks the part sent (it did go out) or resends it
under a new idempotency key (it did not). Both are audited.
"""

from __future__ import annotations

import uuid
from typing import Literal

from sqlalchemy.orm import Session

from consuldesk.audit.service import do_record
from consuldesk.auth.models import User
from consuldesk.auth.service import check_mission, check_role
from consuldesk.core.clock import Clock
from consuldesk.core.types import Role
from consuldesk.errors import InvalidInput, NotFound
from consuldesk.publishing.actions import AUTHORS, get_variant_or_raise
from consuldesk.publishing.models import Delivery, Variant
from consuldesk.publishing.workflow import VariantState, check_transition

__all__ = ["check_retry", "check_settle_unknown"]


def _reopen(variant: Variant, clock: Clock) -> None:
    if variant.state == VariantState.FAILED:
        check_transition(variant.state, VariantState.SCHEDULED)
        variant.state, variant.failure, variant.updated_at = VariantState.SCHEDULED, None, clock.now()


def check_retry(session: Session, clock: Clock, user: User, variant_id: int) -> Variant:
    """Send a failed post's failed deliveries again (after fixing the channel); sent ones stay sent."""
    check_role(user, *AUTHORS)
    variant = get_variant_or_raise(session, user, variant_id)
    if variant.state != VariantState.FAILED:
        raise InvalidInput(f"only a failed post can be retried; this one is {variant.state}")
    if any(d.state == "unknown" for d in variant.deliveries):
        raise InvalidInput("first settle the parts whose outcome is unknown (mark them sent or resend them)")
    for delivery in variant.deliveries:
        if delivery.state == "failed":
            delivery.state, delivery.last_error, delivery.next_attempt_at = "pending", None, None
            for part in delivery.parts:
                if part.state == "failed":
                    part.state, part.attempts = "pending", 0
    _reopen(variant, clock)
    do_record(session, clock, actor_id=user.id, mission_id=variant.publication.mission_id,
              action="publication.retried", target_type="publication_variant", target_id=variant.id)
    return variant


def check_settle_unknown(
    session: Session,
    clock: Clock,
    user: User,
    delivery_id: int,
    outcome: Literal["mark_sent", "resend"],
    external_id: str | None = None,
) -> Delivery:
    """Settle a delivery whose part outcome is unknown, after looking at the channel."""
    check_role(user, Role.OFFICER, Role.SUPERVISOR, Role.HEADQUARTERS)
    delivery = session.get(Delivery, delivery_id)
    if delivery is None:
        raise NotFound("no such delivery")
    variant = session.get_one(Variant, delivery.variant_id)
    check_mission(user, variant.publication.mission_id, "delivery")
    unknown = [p for p in delivery.parts if p.state == "unknown"]
    if not unknown:
        raise InvalidInput("this delivery has no part with an unknown outcome")
    now = clock.now()
    for part in unknown:
        if outcome == "mark_sent":
            part.state, part.sent_at, part.external_id = "sent", now, external_id or part.external_id
        else:
            # A new key: the old one may be remembered by the platform as the lost attempt.
            part.state, part.attempts, part.idempotency_key = "pending", 0, uuid.uuid4().hex
    finished = all(p.state == "sent" for p in delivery.parts)
    delivery.state = "sent" if finished else "pending"
    delivery.sent_at = now if finished else None
    delivery.last_error, delivery.next_attempt_at = None, None
    _reopen(variant, clock)
    if finished and all(d.state == "sent" for d in variant.deliveries):
        variant.state, variant.sent_at = VariantState.SENT, now
    do_record(session, clock, actor_id=user.id, mission_id=variant.publication.mission_id,
              action=f"delivery.{outcome}", target_type="delivery", target_id=delivery.id,
              detail={"parts": [p.position for p in unknown], "external_id": external_id})
    return delivery
