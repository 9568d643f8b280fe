"""Late delivery reports: a message the platform accepted may still fail (WhatsApp `statuses` webhooks).

The send worker saw success and marked the part sent; when the platform later says `failed` (131047:
the citizen's 24-hour window had closed; 131026: not a WhatsApp number), the part, its delivery and
the post become failed with the platform's reason, so the officer sees it in the failed list and can
send a template or use another channel. Other statuses (delivered, read) change nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from consuldesk.audit.service import do_record
from consuldesk.connectors.models import DeliveryReport
from consuldesk.core.clock import Clock
from consuldesk.publishing.models import Delivery, DeliveryPart, Variant
from consuldesk.publishing.workflow import VariantState, check_transition

__all__ = ["do_apply_delivery_reports"]

log = logging.getLogger("consuldesk.publishing.reports")

ADVICE = {
    131047: "more than 24 hours since the citizen last wrote: send an approved template instead",
    131026: "the number cannot receive WhatsApp messages: reach the citizen another way",
}


def failure_message(platform: str, report: DeliveryReport) -> str:
    code = f" (#{report.error_code})" if report.error_code is not None else ""
    reason = report.error or "no reason given"
    advice = ADVICE.get(report.error_code or 0)
    return f"{platform} reported the message undelivered{code}: {reason}" + (f"; {advice}" if advice else "")


def do_apply_delivery_reports(session: Session, clock: Clock, *, channel_id: int, platform: str,
                              reports: Sequence[DeliveryReport]) -> int:
    """Mark the parts named by `failed` reports failed (with their posts); returns how many changed."""
    failed = {r.external_id: r for r in reports if r.status == "failed"}
    if not failed:
        return 0
    parts = session.scalars(
        select(DeliveryPart).join(Delivery, Delivery.id == DeliveryPart.delivery_id)
        .where(Delivery.channel_id == channel_id, DeliveryPart.external_id.in_(failed))
    ).all()
    for part in parts:
        _fail_part(session, clock, part, failure_message(platform, failed[part.external_id or ""]))
    unknown = set(failed) - {p.external_id for p in parts}
    if unknown:  # e.g. a message sent outside ConsulDesk from the same number
        log.info("delivery failures for messages ConsulDesk did not send: %s", ", ".join(sorted(unknown)))
    return len(parts)


def _fail_part(session: Session, clock: Clock, part: DeliveryPart, message: str) -> None:
    now = clock.now()
    part.state, part.last_error = "failed", message
    delivery = session.get_one(Delivery, part.delivery_id)
    delivery.state, delivery.last_error = "failed", message
    variant = session.get_one(Variant, delivery.variant_id)
    if variant.state == VariantState.SENT:
        check_transition(variant.state, VariantState.FAILED)
        variant.state, variant.updated_at = VariantState.FAILED, now
    if variant.state == VariantState.FAILED:
        variant.failure = f"channel {delivery.channel_id}: {message}"
    do_record(session, clock, actor_id=None, mission_id=variant.publication.mission_id,
              action="delivery.failed_later", target_type="delivery", target_id=delivery.id,
              detail={"position": part.position, "external_id": part.external_id, "error": message})
