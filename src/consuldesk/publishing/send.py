"""The send worker: due variants become Deliveries, Deliveries are sent part by part, exactly once.

Exactly once rests on three rules. (1) A part's idempotency key is committed with state `sending`
before the platform is called. (2) A part found in `sending` on a later pass (the worker died, or the
connection dropped after the request left) is never blindly resent: a connector that can read back
what it posted (`Reconciles`) is asked first, and one that cannot is marked `unknown` for an officer
to check. (3) A worker leases a delivery before touching it, so two workers never send it together.
Rate limits and transient errors wait (`next_attempt_at`); permanent errors fail with the platform's
own message. An active emergency pause stops everything between parts.
"""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import CursorResult, func, or_, select, update
from sqlalchemy.orm import Session

from consuldesk.audit.service import do_record
from consuldesk.bootstrap import Runtime
from consuldesk.channels.service import do_record_failure, do_record_success, publisher_for
from consuldesk.connectors.base import Publishes, Reconciles
from consuldesk.connectors.models import MediaFile, OutboundPost, PublishError, RateLimited, Receipt
from consuldesk.connectors.whatsapp.window import window_open
from consuldesk.core.clock import FrozenClock, ensure_utc
from consuldesk.errors import ConsulDeskError, InvalidInput
from consuldesk.inbox.models import Channel, Contact, Item
from consuldesk.publishing.models import Delivery, DeliveryPart, Publication, TravelLevelEntry, Variant
from consuldesk.publishing.outbound import parts_for
from consuldesk.publishing.pause import is_paused, paused_missions
from consuldesk.publishing.render import RenderError
from consuldesk.publishing.workflow import VariantState

__all__ = ["send_due"]

log = logging.getLogger("consuldesk.send")
S = VariantState
FINAL = frozenset({"sent", "failed", "unknown"})
UNKNOWN_OUTCOME = (
    "the platform may have received this post but did not confirm it, and {platform} cannot be checked "
    "automatically: look at the channel, then mark it sent or resend it"
)


def send_due(runtime: Runtime, *, limit: int = 20) -> int:
    """One worker pass: start due variants, then work due deliveries. Returns the parts sent."""
    _start_due_variants(runtime)
    sent = 0
    for delivery_id in _due_deliveries(runtime, limit):
        sent += _work_delivery(runtime, delivery_id)
    return sent


def _start_due_variants(runtime: Runtime) -> None:
    with runtime.sessions() as session:
        now = runtime.clock.now()
        paused = paused_missions(session)
        due = session.scalars(
            select(Variant)
            .where(Variant.state == S.SCHEDULED, Variant.scheduled_at <= now, ~Variant.deliveries.any())
            .order_by(Variant.scheduled_at, Variant.id)
        ).all()
        for variant in due:
            if not is_paused(paused, variant.publication.mission_id):
                _create_deliveries(session, variant, now)
        session.commit()


def _create_deliveries(session: Session, variant: Variant, now: datetime) -> None:
    publication = variant.publication
    for channel_id in publication.channel_ids:
        channel = session.get(Channel, channel_id)
        delivery = Delivery(variant_id=variant.id, channel_id=channel_id, state="pending", created_at=now)
        variant.deliveries.append(delivery)
        if channel is None:
            delivery.state, delivery.last_error = "failed", "the channel was removed"
            continue
        try:
            specs = parts_for(publication, variant, channel)
        except RenderError as exc:
            delivery.state, delivery.last_error = "failed", exc.detail
            continue
        delivery.parts = [
            DeliveryPart(position=i, text=spec.text, has_media=bool(spec.media), idempotency_key=uuid.uuid4().hex)
            for i, spec in enumerate(specs)
        ]
    _finish_variant(session, variant, now)


def _due_deliveries(runtime: Runtime, limit: int) -> list[int]:
    with runtime.sessions() as session:
        now = runtime.clock.now()
        paused = paused_missions(session)
        rows = session.execute(
            select(Delivery.id, Publication.mission_id)
            .join(Variant, Delivery.variant_id == Variant.id)
            .join(Publication, Variant.publication_id == Publication.id)
            .where(
                Delivery.state.in_(("pending", "sending")),
                Variant.state == S.SCHEDULED,
                or_(Delivery.next_attempt_at.is_(None), Delivery.next_attempt_at <= now),
                or_(Delivery.lease_until.is_(None), Delivery.lease_until < now),
            )
            .order_by(Delivery.id)
            .limit(limit)
        ).all()
        return [row.id for row in rows if not is_paused(paused, row.mission_id)]


def _take_lease(runtime: Runtime, delivery_id: int) -> bool:
    with runtime.sessions() as session:
        now = runtime.clock.now()
        result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
            update(Delivery)
            .where(Delivery.id == delivery_id, or_(Delivery.lease_until.is_(None), Delivery.lease_until < now))
            .values(lease_until=now + timedelta(seconds=runtime.settings.send_lease_seconds))
        )
        session.commit()
        return bool(result.rowcount)


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(5 * 2 ** max(attempts - 1, 0), 900))


class _Sender:
    """Works one leased delivery inside one session, committing after every state change."""

    def __init__(self, runtime: Runtime, session: Session, delivery: Delivery) -> None:
        self.runtime, self.session, self.delivery = runtime, session, delivery
        self.variant = session.get_one(Variant, delivery.variant_id)
        self.publication = self.variant.publication
        self.channel = session.get_one(Channel, delivery.channel_id)

    def now(self) -> datetime:
        return self.runtime.clock.now()

    def run(self) -> int:
        try:
            connector = self._connector()
        except ConsulDeskError as exc:
            self._fail(None, exc.detail)
            return 0
        closed = self._whatsapp_window_closed()
        if closed:
            self._fail(None, closed)
            return 0
        sent, previous = 0, self._reply_target()
        for part in self.delivery.parts:
            if part.state == "sent":
                previous = part.external_id
                continue
            if is_paused(paused_missions(self.session), self.publication.mission_id):
                break
            post = self._post(part, previous)
            receipt = self._attempt(connector, part, post)
            if receipt is None:
                break
            self._mark_sent(part, receipt)
            previous, sent = receipt.external_id, sent + 1
        if all(p.state == "sent" for p in self.delivery.parts):
            self.delivery.state, self.delivery.sent_at, self.delivery.last_error = "sent", self.now(), None
        return sent

    def _connector(self) -> Publishes:
        factory = self.runtime.connector_factory
        if factory is None:
            return publisher_for(self.channel, self.runtime.credentials)
        connector = factory(self.channel)
        if not isinstance(connector, Publishes):
            raise InvalidInput(f"{self.channel.platform} channels cannot publish")
        return connector

    def _attempt(self, connector: Publishes, part: DeliveryPart, post: OutboundPost) -> Receipt | None:
        if part.state == "sending":  # an earlier attempt's outcome is unknown
            if not isinstance(connector, Reconciles):
                part.state = "unknown"
                self._fail(part, UNKNOWN_OUTCOME.format(platform=self.channel.platform), state="unknown")
                return None
            try:
                found = connector.find_published(post)
            except PublishError as exc:
                self._retry_later(part, exc, keep_state=True)
                return None
            if found is not None:
                return found
        if part.attempts >= self.runtime.settings.send_max_attempts:
            self._fail(part, f"gave up after {part.attempts} attempts: {part.last_error or 'no answer'}")
            return None
        part.state, part.attempts = "sending", part.attempts + 1
        self.delivery.state = "sending"
        self.session.commit()  # the key and `sending` are durable before the platform sees the request
        try:
            return connector.publish(post)
        except RateLimited as exc:
            part.state = "pending"
            self._retry_later(part, exc, delay=timedelta(seconds=max(exc.retry_after, 1)))
        except PublishError as exc:
            if exc.outcome_unknown:
                self._retry_later(part, exc, keep_state=True)
            elif exc.retryable and part.attempts < self.runtime.settings.send_max_attempts:
                part.state = "pending"
                self._retry_later(part, exc)
            else:
                self._fail(part, str(exc), error=exc)
        return None

    def _retry_later(
        self, part: DeliveryPart, exc: PublishError, *, keep_state: bool = False, delay: timedelta | None = None
    ) -> None:
        now = self.now()
        part.last_error = str(exc)
        self.delivery.last_error = str(exc)
        self.delivery.next_attempt_at = now + (delay or _backoff(part.attempts))
        do_record_failure(self.channel, now, exc)
        log.warning("delivery %s part %s will be retried: %s", self.delivery.id, part.position, exc)
        self.session.commit()

    def _fail(
        self, part: DeliveryPart | None, message: str, *, state: str = "failed", error: PublishError | None = None
    ) -> None:
        if part is not None:
            part.state = state
            part.last_error = message
        self.delivery.state, self.delivery.last_error = state, message
        if error is not None:
            do_record_failure(self.channel, self.now(), error)
        do_record(self.session, self.runtime.clock, actor_id=None, mission_id=self.publication.mission_id,
                  action=f"delivery.{state}", target_type="delivery", target_id=self.delivery.id,
                  detail={"channel_id": self.channel.id, "platform": self.channel.platform, "error": message})
        self.session.commit()

    def _mark_sent(self, part: DeliveryPart, receipt: Receipt) -> None:
        now = self.now()
        part.state, part.external_id, part.url, part.sent_at, part.last_error = (
            "sent", receipt.external_id, receipt.url, now, None
        )
        do_record_success(self.channel, now)
        do_record(self.session, self.runtime.clock, actor_id=None, mission_id=self.publication.mission_id,
                  action="delivery.part_sent", target_type="delivery", target_id=self.delivery.id,
                  detail={"position": part.position, "external_id": receipt.external_id,
                          "platform": self.channel.platform})
        self.session.commit()

    def _whatsapp_window_closed(self) -> str | None:
        """WhatsApp allows free-form messages only within 24 h of the citizen's last message."""
        if self.channel.platform != "whatsapp" or (self.publication.cap or {}).get("whatsapp_template"):
            return None
        item = self.session.get(Item, self.publication.in_reply_to_item_id or 0)
        last = None
        if item is not None and item.contact_id is not None:
            last = self.session.scalar(
                select(func.max(Item.created_at)).where(Item.contact_id == item.contact_id,
                                                        Item.channel_id == self.channel.id)
            )
        if window_open(last, self.now()):
            return None
        when = f"{ensure_utc(last):%Y-%m-%d %H:%M} UTC" if last else "never"
        return (f"outside WhatsApp's 24-hour customer-service window (the citizen last wrote: {when}); "
                "send an approved template instead")

    def _reply_target(self) -> str | None:
        if self.publication.kind != "reply" or self.publication.in_reply_to_item_id is None:
            return None
        item = self.session.get(Item, self.publication.in_reply_to_item_id)
        return item.external_id if item else None

    def _recipient(self) -> str | None:
        if self.publication.kind != "dm" or self.publication.in_reply_to_item_id is None:
            return None
        item = self.session.get(Item, self.publication.in_reply_to_item_id)
        contact = self.session.get(Contact, item.contact_id) if item and item.contact_id else None
        return contact.author_key if contact else None

    def _post(self, part: DeliveryPart, in_reply_to: str | None) -> OutboundPost:
        media: tuple[MediaFile, ...] = ()
        if part.has_media:
            spec = parts_for(self.publication, self.variant, self.channel)[part.position]
            base = self.runtime.settings.public_base_url.rstrip("/")
            suffix = "jpg" if self.channel.platform == "instagram" else "png"  # Instagram takes JPEG only
            media = tuple(
                MediaFile(filename=f"advisory-{self.variant.id}-{i}.png", content_type=m.mime_type, data=m.data,
                          alt_text=m.alt_text, url=f"{base}/public/media/variant-{self.variant.id}.{suffix}")
                for i, m in enumerate(spec.media)
            )
        return OutboundPost(
            text=part.text, idempotency_key=part.idempotency_key, language=self.variant.language,
            in_reply_to=in_reply_to, recipient=self._recipient(), media=media,
            template=(self.publication.cap or {}).get("whatsapp_template"),
        )


def _work_delivery(runtime: Runtime, delivery_id: int) -> int:
    if not _take_lease(runtime, delivery_id):
        return 0
    with runtime.sessions() as session:
        delivery = session.get_one(Delivery, delivery_id)
        sender = _Sender(runtime, session, delivery)
        try:
            sent = sender.run()
        finally:
            delivery.lease_until = None
            _finish_variant(session, sender.variant, runtime.clock.now())
            session.commit()
    return sent


def _finish_variant(session: Session, variant: Variant, now: datetime) -> None:
    """Sent when every delivery is sent; failed when all are final and one is not sent."""
    states = [d.state for d in variant.deliveries]
    if variant.state != S.SCHEDULED or not states or not all(state in FINAL for state in states):
        return
    mission_id = variant.publication.mission_id
    if all(state == "sent" for state in states):
        variant.state, variant.sent_at, variant.failure = S.SENT, now, None
        _publish_level(session, variant, now)
    else:
        variant.state = S.FAILED
        variant.failure = "; ".join(
            f"channel {d.channel_id}: {d.last_error}" for d in variant.deliveries if d.state != "sent"
        )
    variant.updated_at = now
    do_record(session, FrozenClock(now), actor_id=None, mission_id=mission_id, action=f"publication.{variant.state}",
              target_type="publication_variant", target_id=variant.id,
              detail={"publication_id": variant.publication_id, "failure": variant.failure})


def _publish_level(session: Session, variant: Variant, now: datetime) -> None:
    """A sent advisory with a level and a country updates the public levels feed."""
    publication = variant.publication
    if publication.kind != "advisory" or publication.level is None or not publication.country:
        return
    entry = session.scalar(
        select(TravelLevelEntry).where(
            TravelLevelEntry.mission_id == publication.mission_id,
            TravelLevelEntry.country == publication.country,
            TravelLevelEntry.region == (publication.region or ""),
        )
    )
    if entry is None:
        entry = TravelLevelEntry(mission_id=publication.mission_id, country=publication.country,
                                 region=publication.region or "", level=publication.level, updated_at=now)
        session.add(entry)
    entry.level, entry.variant_id, entry.updated_at = publication.level, variant.id, now
