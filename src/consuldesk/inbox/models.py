"""Tables: Channel, Contact, Item, Case, Note, ReplyDraft.

An Item is one post, comment, reply or DM; its raw platform payload is stored as received, before
triage writes the labels. Items gather into Cases by conversation (thread or DM partner).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from consuldesk.storage.base import Base, BigId, JsonDoc, UTCDateTime


class Channel(Base):
    """A platform account of a mission (an X handle, a Facebook page, a WhatsApp number…)."""

    __tablename__ = "channel"
    __table_args__ = (UniqueConstraint("platform", "handle"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(20))
    handle: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(String(200))
    # Connection (see consuldesk.channels): settings in clear, credentials only as a Fernet token.
    config: Mapped[dict[str, Any]] = mapped_column(JsonDoc, default=dict, server_default="{}")
    secret_box: Mapped[str | None] = mapped_column(Text)
    publishing_enabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Health, as last seen by the send worker and the health check.
    token_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    rate_limit_remaining: Mapped[int | None] = mapped_column(Integer)
    rate_limit_reset_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    health_checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    health_ok: Mapped[bool | None] = mapped_column(Boolean)
    # Listening: where the last poll or stream stopped, and when to poll again (rate limits).
    listen_cursor: Mapped[str | None] = mapped_column(String(500))
    listen_next_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Contact(Base):
    """An author, as known on one platform; the same person writing to several channels is one row."""

    __tablename__ = "contact"
    __table_args__ = (UniqueConstraint("platform", "author_key"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    platform: Mapped[str] = mapped_column(String(20))
    author_key: Mapped[str] = mapped_column(String(200))
    display_name: Mapped[str | None] = mapped_column(String(200))
    handle: Mapped[str | None] = mapped_column(String(200))


class Case(Base):
    __tablename__ = "case_file"
    __table_args__ = (
        Index("ix_case_file_queue_order", "mission_id", "state", "priority", "sla_due_at"),
        Index("ix_case_file_thread", "mission_id", "thread_key", "state"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    thread_key: Mapped[str] = mapped_column(String(300))
    title: Mapped[str] = mapped_column(String(300))
    state: Mapped[str] = mapped_column(String(10), default="new")
    priority: Mapped[int] = mapped_column(Integer, default=3)  # 0 critical … 3 low
    urgency: Mapped[str] = mapped_column(String(10), default="low")
    intent: Mapped[str] = mapped_column(String(40), default="other")
    platform: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(16), default="und")
    queue: Mapped[str] = mapped_column(String(40), default="general")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    sla_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_item_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    item_count: Mapped[int] = mapped_column(Integer, default=0)

    items: Mapped[list[Item]] = relationship(back_populates="case", order_by="Item.created_at")
    notes: Mapped[list[Note]] = relationship(order_by="Note.created_at")


class Item(Base):
    __tablename__ = "item"
    __table_args__ = (
        UniqueConstraint("platform", "external_id"),
        Index("ix_item_status", "status"),
        Index("ix_item_mission_received", "mission_id", "received_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id", ondelete="CASCADE"))
    channel_id: Mapped[int | None] = mapped_column(ForeignKey("channel.id", ondelete="SET NULL"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id", ondelete="SET NULL"), index=True)
    platform: Mapped[str] = mapped_column(String(20))
    external_id: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10))
    author_name: Mapped[str | None] = mapped_column(String(200))
    author_handle: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    lang_hint: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    raw: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    thread_ref: Mapped[str | None] = mapped_column(String(300))
    in_reply_to: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(10), default="received")
    triage_error: Mapped[str | None] = mapped_column(Text)
    # triage outputs
    language: Mapped[str | None] = mapped_column(String(16))
    intent: Mapped[str | None] = mapped_column(String(40))
    urgency: Mapped[str | None] = mapped_column(String(10))
    sentiment: Mapped[str | None] = mapped_column(String(10))
    crisis_category: Mapped[str | None] = mapped_column(String(50))
    informative: Mapped[bool | None] = mapped_column(Boolean)
    rumour: Mapped[bool | None] = mapped_column(Boolean)
    confidence: Mapped[dict[str, float] | None] = mapped_column(JsonDoc)
    pii: Mapped[list[dict[str, Any]] | None] = mapped_column(JsonDoc)
    redacted_text: Mapped[str | None] = mapped_column(Text)
    fingerprint: Mapped[str | None] = mapped_column(String(64), index=True)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("item.id", ondelete="SET NULL"))

    case: Mapped[Case | None] = relationship(back_populates="items")


class Note(Base):
    __tablename__ = "note"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ReplyDraft(Base):
    """A reply being written on a case; sending arrives with the publishing workflow."""

    __tablename__ = "reply_draft"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    in_reply_to_item_id: Mapped[int | None] = mapped_column(ForeignKey("item.id", ondelete="SET NULL"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    visibility: Mapped[str] = mapped_column(String(10), default="private")  # public | private
    state: Mapped[str] = mapped_column(String(12), default="draft")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class LabelCorrection(Base):
    """An officer's correction of a triage label: applied to the item and kept for retraining."""

    __tablename__ = "label_correction"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    field: Mapped[str] = mapped_column(String(20))
    old_value: Mapped[str | None] = mapped_column(String(60))
    new_value: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
