"""Read and write shapes for the inbox, shared by the API and the console."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from consuldesk.core.types import CaseState, Intent, Urgency


class CaseFilters(BaseModel):
    """Inbox filters; `state=None` means every state except closed."""

    mission: str | None = None
    platform: str | None = None
    language: str | None = None
    intent: Intent | None = None
    urgency: Urgency | None = None
    state: CaseState | None = None
    assignee: str | None = Field(default=None, description="a username, 'me' or 'none'")
    q: str | None = Field(default=None, max_length=200, description="free-text search in item texts")


class CaseRow(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    mission: str
    title: str
    state: str
    urgency: str
    intent: str
    queue: str
    platform: str
    language: str
    priority: int
    assignee: str | None
    sla_due_at: datetime | None
    sla_breached: bool
    last_item_at: datetime
    item_count: int


class CasePage(BaseModel):
    total: int
    items: list[CaseRow]


class ItemRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    platform: str
    external_id: str
    kind: str
    author_name: str | None
    author_handle: str | None
    text: str
    redacted_text: str | None
    language: str | None
    created_at: datetime
    received_at: datetime
    intent: str | None
    urgency: str | None
    sentiment: str | None
    crisis_category: str | None
    informative: bool | None
    rumour: bool | None
    confidence: dict[str, float] | None
    pii: list[dict[str, Any]] | None
    duplicate_of_id: int | None


class NoteRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    author: str | None
    body: str
    created_at: datetime


class DraftRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    author: str | None
    body: str
    language: str | None
    visibility: str
    state: str
    created_at: datetime


class CaseDetail(BaseModel):
    case: CaseRow
    items: list[ItemRead]
    notes: list[NoteRead]
    drafts: list[DraftRead]


class AssignIn(BaseModel):
    assignee: str | None = Field(description="username, or null to unassign")


class NoteIn(BaseModel):
    body: str = Field(min_length=1, max_length=20_000)


class StateIn(BaseModel):
    state: CaseState


class DraftIn(BaseModel):
    body: str = Field(min_length=1, max_length=20_000)
    visibility: str = Field(default="private", pattern="^(public|private)$")
    language: str | None = Field(default=None, max_length=16)
    in_reply_to_item_id: int | None = None
