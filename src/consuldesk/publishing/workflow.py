"""The publishing state machine, as data: which state may follow which (pure; no I/O).

    draft ─submit→ submitted ─approve (every tier)→ approved ─schedule→ scheduled ─send→ sent | failed
      ↑               │ reject                                              ↑
      └───────────────┘                       break glass (supervisor) ─────┘

A withdrawn post goes back to draft; a failed one may be rescheduled once fixed. A sent post becomes
failed when the platform reports later that a message was not delivered (WhatsApp `statuses`).
"""

from __future__ import annotations

from enum import StrEnum

from consuldesk.errors import InvalidTransition

__all__ = ["TRANSITIONS", "VariantState", "check_transition"]


class VariantState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    SENT = "sent"
    FAILED = "failed"


S = VariantState
TRANSITIONS: dict[VariantState, frozenset[VariantState]] = {
    S.DRAFT: frozenset({S.SUBMITTED, S.SCHEDULED}),  # → scheduled only by break glass
    S.SUBMITTED: frozenset({S.APPROVED, S.DRAFT, S.SCHEDULED}),
    S.APPROVED: frozenset({S.SCHEDULED, S.DRAFT}),
    S.SCHEDULED: frozenset({S.SENT, S.FAILED, S.DRAFT}),
    S.SENT: frozenset({S.FAILED}),
    S.FAILED: frozenset({S.SCHEDULED, S.DRAFT}),
}


def check_transition(current: str, target: VariantState) -> None:
    if target not in TRANSITIONS[VariantState(current)]:
        raise InvalidTransition(f"a {current} post cannot become {target}")
