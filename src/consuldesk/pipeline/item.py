"""TriageItem: what flows through the pipeline, and PiiSpan.

A stage reads some fields and writes others (declared on the stage). Inputs are set by the caller;
everything under "outputs" starts empty and is filled by the stages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any


@dataclass(slots=True, frozen=True)
class PiiSpan:
    """Character offsets into the original text (Python str indices, end exclusive)."""

    start: int
    end: int
    type: str

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "type": self.type}


@dataclass(slots=True)
class TriageItem:
    # inputs
    id: str
    text: str
    platform: str | None = None
    kind: str | None = None
    lang_hint: str | None = None
    created_at: datetime | None = None
    # outputs
    normalised: str = ""
    language: str = "und"
    language_confidence: float = 0.0
    intent: str = "other"
    urgency: str = "low"
    sentiment: str = "neutral"
    crisis_category: str | None = None
    informative: bool = False
    rumour: bool = False
    confidence: dict[str, float] = field(default_factory=dict)
    pii: list[PiiSpan] = field(default_factory=list)
    redacted_text: str = ""
    fingerprint: str = ""
    duplicate_of: str | None = None
    queue: str = "general"
    priority: int = 3
    sla: timedelta | None = None
    stage_log: list[str] = field(default_factory=list)
