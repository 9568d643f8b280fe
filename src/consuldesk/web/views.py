"""Plain view data for the templates: the viewer, filter parsing, PII segments, labels and times.

Everything here is pure: it turns service results into simple values templates can print. It must
not open sessions or touch the ORM beyond reading the attributes of the `User` it is handed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from pydantic import ValidationError

from consuldesk.auth.models import User
from consuldesk.auth.service import mission_scope
from consuldesk.core.clock import ensure_utc
from consuldesk.core.types import CaseState, Role
from consuldesk.inbox.actions import CASE_WORKERS, TRANSITIONS
from consuldesk.inbox.schemas import CaseFilters, ItemRead

FILTER_FIELDS = ("mission", "platform", "language", "intent", "urgency", "state", "assignee", "q")

STATE_LABELS: dict[str, str] = {
    CaseState.NEW: "New",
    CaseState.OPEN: "Open",
    CaseState.WAITING: "Waiting for reply",
    CaseState.CLOSED: "Closed",
}

PII_LABELS = {
    "PERSON": "name",
    "PHONE": "phone number",
    "EMAIL": "email address",
    "PASSPORT_NUMBER": "passport number",
    "NATIONAL_ID": "national ID",
    "DATE_OF_BIRTH": "date of birth",
    "ADDRESS": "address",
    "CASE_NUMBER": "case or booking reference",
    "CREDIT_CARD": "card number",
    "IBAN": "bank account (IBAN)",
}

# Wire values whose words alone read badly; everything else is humanised mechanically.
DISPLAY_NAMES = {
    "whatsapp": "WhatsApp",
    "linkedin": "LinkedIn",
    "x": "X",
    "dm": "Direct message",
    "lost_stolen_documents": "Lost or stolen documents",
    "rumour_misinformation": "Rumour or misinformation",
    "rescue_volunteering_or_donation_effort": "Rescue, volunteering or donations",
    "crisis_category": "Crisis category",
}


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who is looking at the console, as plain data for templates and permission hints.

    The hints only decide which controls to show; the service functions still check every action.
    """

    id: int
    username: str
    display_name: str
    missions: tuple[str, ...]
    sees_all_missions: bool
    can_work_cases: bool
    can_assign_others: bool

    @classmethod
    def of(cls, user: User) -> Viewer:
        return cls(
            id=user.id,
            username=user.username,
            display_name=user.display_name,
            missions=tuple(sorted(m.code for m in user.missions)),
            sees_all_missions=mission_scope(user) is None,
            can_work_cases=any(user.has_role(r.value) for r in CASE_WORKERS),
            can_assign_others=user.has_role(Role.SUPERVISOR.value) or user.has_role(Role.HEADQUARTERS.value),
        )

    @property
    def picks_mission(self) -> bool:
        """Whether the inbox offers a mission filter: HQ, or a member of several missions."""
        return self.sees_all_missions or len(self.missions) > 1


@dataclass(frozen=True, slots=True)
class AppliedFilters:
    """Filters as the service takes them, plus what the form and the polling URLs need."""

    filters: CaseFilters
    values: dict[str, str]
    problems: list[str]

    @property
    def active(self) -> bool:
        return bool(self.values)

    @property
    def query(self) -> str:
        """The applied filters as a query string (for polling, refresh and paging links)."""
        return urlencode(self.values)


def parse_filters(params: Mapping[str, str]) -> AppliedFilters:
    """Validate each filter on its own: a bad value is dropped with a message, not a 422 page."""
    values = {name: params.get(name, "").strip() for name in FILTER_FIELDS}
    values = {name: value for name, value in values.items() if value}
    problems: list[str] = []
    for name, value in list(values.items()):
        try:
            CaseFilters.model_validate({name: value})
        except ValidationError:
            problems.append(f"The {name} filter “{value[:40]}” is not valid and was ignored.")
            del values[name]
    return AppliedFilters(CaseFilters.model_validate(values), values, problems)


def humanise(value: object) -> str:
    """A wire value as words: "emergency_assistance" → "Emergency assistance"."""
    if value is None or value == "":
        return "—"
    text = str(value)
    if text in DISPLAY_NAMES:
        return DISPLAY_NAMES[text]
    words = text.replace("-", "_").split("_")
    first = words[0] if words[0].isupper() else words[0].capitalize()
    return " ".join([first, *words[1:]])


def state_label(value: str) -> str:
    """ "waiting" → "Waiting for reply"."""
    return STATE_LABELS.get(value, humanise(value))


def percent(value: float | None) -> str:
    return "" if value is None else f"{round(value * 100)}%"


def fmt_time(value: datetime | None) -> str:
    """An unambiguous absolute time: "14 Mar 2026, 12:15 UTC"."""
    if value is None:
        return "—"
    return ensure_utc(value).strftime("%d %b %Y, %H:%M UTC").lstrip("0")


def iso(value: datetime | None) -> str:
    return "" if value is None else ensure_utc(value).isoformat()


def relative(value: datetime | None, now: datetime) -> str:
    """ "in 15 min", "2 h 5 min ago", "just now" (minute resolution; days beyond 48 h)."""
    if value is None:
        return ""
    seconds = (ensure_utc(value) - ensure_utc(now)).total_seconds()
    minutes = round(abs(seconds) / 60)
    if minutes == 0:
        return "now"
    if minutes < 60:
        span = f"{minutes} min"
    elif minutes < 48 * 60:
        hours, rest = divmod(minutes, 60)
        span = f"{hours} h {rest} min" if rest else f"{hours} h"
    else:
        span = f"{round(minutes / 1440)} days"
    return f"in {span}" if seconds > 0 else f"{span} ago"


def next_states(state: str) -> list[str]:
    """The states a case may move to from `state` (the service's own transition table)."""
    try:
        allowed = TRANSITIONS[CaseState(state)]
    except ValueError:
        return []
    order = list(CaseState)
    return sorted(allowed, key=lambda s: order.index(CaseState(s)))


def state_action(state: str, current: str) -> str:
    """The button text for a move to `state`."""
    if state == CaseState.OPEN:
        return "Reopen case" if current == CaseState.CLOSED else "Mark open"
    if state == CaseState.WAITING:
        return "Mark waiting for reply"
    if state == CaseState.CLOSED:
        return "Close case"
    return f"Mark {humanise(state).lower()}"


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of an item's original text; `pii` is the span type when the run is personal data."""

    text: str
    pii: str | None = None

    @property
    def pii_label(self) -> str:
        return PII_LABELS.get(self.pii or "", "personal data")


def pii_segments(text: str, spans: Sequence[Mapping[str, Any]] | None) -> list[Segment]:
    """Split `text` at the PII spans (Python str offsets, end exclusive).

    Spans that are malformed, out of range or overlap an earlier one are skipped rather than
    failing the page: the officer must still see the whole message.
    """
    clean: list[tuple[int, int, str]] = []
    for span in spans or ():
        start, end, kind = span.get("start"), span.get("end"), span.get("type")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            clean.append((start, end, str(kind or "PII")))
    segments: list[Segment] = []
    cursor = 0
    for start, end, kind in sorted(clean):
        if start < cursor:
            continue
        if start > cursor:
            segments.append(Segment(text[cursor:start]))
        segments.append(Segment(text[start:end], kind))
        cursor = end
    if cursor < len(text) or not segments:
        segments.append(Segment(text[cursor:]))
    return segments


def redacted(item: ItemRead, segments: Sequence[Segment]) -> str:
    """The pipeline's redacted text, or one built from the spans when triage has not run yet."""
    if item.redacted_text is not None:
        return item.redacted_text
    return "".join(f"[{s.pii}]" if s.pii else s.text for s in segments)


@dataclass(frozen=True, slots=True)
class Label:
    name: str
    value: str
    confidence: str


def item_labels(item: ItemRead) -> list[Label]:
    """The triage labels of an item with their confidence, where the pipeline gave one."""
    confidence = item.confidence or {}
    labels = []
    for name, value in (
        ("intent", item.intent),
        ("urgency", item.urgency),
        ("sentiment", item.sentiment),
        ("crisis_category", item.crisis_category),
    ):
        if value:
            labels.append(Label(humanise(name), humanise(value), percent(confidence.get(name))))
    if item.rumour:
        labels.append(Label("Rumour", "Unverified claim", percent(confidence.get("rumour"))))
    if item.informative:
        labels.append(Label("Informative", "Yes", percent(confidence.get("informative"))))
    return labels


@dataclass(frozen=True, slots=True)
class ItemView:
    item: ItemRead
    segments: list[Segment]
    redacted: str
    labels: list[Label]

    @property
    def has_pii(self) -> bool:
        return any(s.pii for s in self.segments)


def item_view(item: ItemRead) -> ItemView:
    segments = pii_segments(item.text, item.pii)
    return ItemView(item, segments, redacted(item, segments), item_labels(item))


def safe_next(target: str | None) -> str:
    """A local path to return to after login; anything else (other hosts, `//x`) becomes "/"."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
