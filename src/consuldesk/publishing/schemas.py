"""API and console input/output shapes for publishing (Pydantic); no credentials ever appear here."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field


class VariantIn(BaseModel):
    language: str = Field(min_length=2, max_length=16, description="BCP 47 tag, e.g. en, pt-PT")
    title: str = Field(min_length=1, max_length=300)
    body: str = Field(default="", max_length=20_000)
    image_alt: str | None = Field(default=None, max_length=1000)


class CapIn(BaseModel):
    status: Literal["Actual", "Exercise", "Test"] = "Actual"
    msg_type: Literal["Alert", "Update", "Cancel"] = "Alert"
    references: list[int] = Field(default_factory=list, description="ids of earlier publications this updates")
    category: Literal[
        "Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health", "Env", "Transport", "Infra", "CBRNE", "Other"
    ] = "Safety"
    urgency: Literal["Immediate", "Expected", "Future", "Past", "Unknown"] = "Expected"
    certainty: Literal["Observed", "Likely", "Possible", "Unlikely", "Unknown"] = "Likely"
    area_desc: str | None = None
    polygon: list[tuple[float, float]] = Field(default_factory=list)
    circle: tuple[float, float, float] | None = Field(default=None, description="lat, lon, radius in km")
    geocodes: dict[str, str] = Field(default_factory=dict)
    expires_at: datetime | None = None


class PublicationIn(BaseModel):
    mission_id: int
    channel_ids: list[int] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list)
    hashtags: list[str] = Field(default_factory=list)
    level: int | None = Field(default=None, ge=1, le=4)
    country: str | None = None
    region: str | None = None
    cap: CapIn = Field(default_factory=CapIn)
    variants: list[VariantIn] = Field(min_length=1)


class ReplyIn(BaseModel):
    item_id: int = Field(description="the citizen's item being answered")
    body: str = Field(min_length=1, max_length=4096)
    language: str = Field(default="en", min_length=2, max_length=16)
    visibility: Literal["public", "private"] = "public"
    whatsapp_template: str | None = None


class SubmitIn(BaseModel):
    scheduled_at: datetime | None = Field(default=None, description="send at; empty = as soon as approved")


class DecisionIn(BaseModel):
    comment: str | None = Field(default=None, max_length=2000)


class ReasonIn(BaseModel):
    reason: str = Field(min_length=3, max_length=2000)


class PauseIn(ReasonIn):
    mission_id: int | None = Field(default=None, description="empty = every mission (headquarters only)")


class SettleIn(BaseModel):
    outcome: Literal["mark_sent", "resend"]
    external_id: str | None = Field(default=None, description="the platform's id, when marking sent")


class PartOut(BaseModel):
    position: int
    text: str
    state: str
    external_id: str | None
    url: str | None
    last_error: str | None


class DeliveryOut(BaseModel):
    id: int
    channel_id: int
    platform: str
    handle: str
    state: str
    last_error: str | None
    next_attempt_at: datetime | None
    parts: list[PartOut]


class ApprovalOut(BaseModel):
    user: str | None
    tier: int
    role: str
    decision: str
    comment: str | None
    decided_at: datetime


class VariantOut(BaseModel):
    id: int
    publication_id: int
    kind: str
    mission_id: int
    language: str
    title: str
    body: str
    state: str
    author: str | None
    scheduled_at: datetime | None
    sent_at: datetime | None
    failure: str | None
    break_glass: bool
    needs_review: bool
    tiers_needed: list[str]
    approvals: list[ApprovalOut]
    deliveries: list[DeliveryOut]


class PauseOut(BaseModel):
    id: int
    mission_id: int | None
    reason: str
    started_by: str | None
    started_at: datetime
