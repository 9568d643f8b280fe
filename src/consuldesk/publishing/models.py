"""Tables: Publication (one composed advisory or public reply), its per-language Variants, their
Approvals, Deliveries (one per target channel) and DeliveryParts (one per thread post), and the
EmergencyPause that holds every send.

A DeliveryPart's idempotency key is written (and committed) before the platform is called, so a
worker that dies mid-send finds the key on restart and reconciles instead of posting twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consuldesk.storage.base import Base, BigId, JsonDoc, UTCDateTime


class Publication(Base):
    __tablename__ = "publication"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # advisory | reply | dm
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    channel_ids: Mapped[list[int]] = mapped_column(JsonDoc, default=list)
    # advisory fields shared by every language
    urls: Mapped[list[str]] = mapped_column(JsonDoc, default=list)
    hashtags: Mapped[list[str]] = mapped_column(JsonDoc, default=list)
    level: Mapped[int | None] = mapped_column(Integer)
    country: Mapped[str | None] = mapped_column(String(100))
    region: Mapped[str | None] = mapped_column(String(100))
    cap: Mapped[dict[str, Any]] = mapped_column(JsonDoc, default=dict)  # status, msg_type, category, area…
    # replies: the case and the citizen's item being answered
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id", ondelete="SET NULL"), index=True)
    in_reply_to_item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    variants: Mapped[list[Variant]] = relationship(
        back_populates="publication", order_by="Variant.id", cascade="all, delete-orphan"
    )


class Variant(Base):
    """One language of a publication; approved, scheduled and sent on its own."""

    __tablename__ = "publication_variant"
    __table_args__ = (
        UniqueConstraint("publication_id", "language"),
        Index("ix_publication_variant_due", "state", "scheduled_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    publication_id: Mapped[int] = mapped_column(ForeignKey("publication.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    image_alt: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(12), default="draft")
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    failure: Mapped[str | None] = mapped_column(Text)
    break_glass: Mapped[bool] = mapped_column(Boolean, default=False)
    break_glass_reason: Mapped[str | None] = mapped_column(Text)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    publication: Mapped[Publication] = relationship(back_populates="variants")
    approvals: Mapped[list[Approval]] = relationship(order_by="Approval.id", cascade="all, delete-orphan")
    deliveries: Mapped[list[Delivery]] = relationship(order_by="Delivery.id", cascade="all, delete-orphan")


class Approval(Base):
    __tablename__ = "publication_approval"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    variant_id: Mapped[int] = mapped_column(ForeignKey("publication_variant.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    tier: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(20))
    decision: Mapped[str] = mapped_column(String(12))  # submitted | approved | rejected | break_glass
    comment: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # A resubmitted draft starts a new round; earlier rounds stay for the record.
    round: Mapped[int] = mapped_column(Integer, default=1)


class Delivery(Base):
    """A variant on one channel: state pending | sending | sent | failed | unknown."""

    __tablename__ = "delivery"
    __table_args__ = (
        UniqueConstraint("variant_id", "channel_id"),
        Index("ix_delivery_due", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    variant_id: Mapped[int] = mapped_column(ForeignKey("publication_variant.id", ondelete="CASCADE"))
    channel_id: Mapped[int] = mapped_column(ForeignKey("channel.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(10), default="pending")
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    parts: Mapped[list[DeliveryPart]] = relationship(order_by="DeliveryPart.position", cascade="all, delete-orphan")


class DeliveryPart(Base):
    """One post of a delivery's thread: state pending | sending | sent | failed | unknown."""

    __tablename__ = "delivery_part"
    __table_args__ = (UniqueConstraint("idempotency_key"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    has_media: Mapped[bool] = mapped_column(Boolean, default=False)
    idempotency_key: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    external_id: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(Text)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class EmergencyPause(Base):
    """While a row has no `lifted_at`, nothing is sent (org-wide, or for one mission)."""

    __tablename__ = "emergency_pause"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    mission_id: Mapped[int | None] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text)
    started_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    lifted_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    lifted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    lift_reason: Mapped[str | None] = mapped_column(Text)


class TravelLevelEntry(Base):
    """The published travel-advisory level for a country or region (the public levels feed)."""

    __tablename__ = "travel_level"
    __table_args__ = (UniqueConstraint("mission_id", "country", "region"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"))
    country: Mapped[str] = mapped_column(String(100))
    region: Mapped[str] = mapped_column(String(100), default="")
    level: Mapped[int] = mapped_column(Integer)
    variant_id: Mapped[int | None] = mapped_column(ForeignKey("publication_variant.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
