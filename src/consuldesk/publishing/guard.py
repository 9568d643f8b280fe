"""The outbound PII guard: a public reply or post must not expose anyone's personal data.

Two rules. Identity documents and money (passport and national-id numbers, dates of birth, card
numbers, IBANs, case numbers) are never published, whoever they belong to. Anything else the
detector finds (a name, a phone, an email, an address) is refused when it is *the case's people's*
data, i.e. it also appears among the PII spans of the case's own items; a consulate's own phone
number or an officer's name in a reply is fine.
"""

from __future__ import annotations

import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from consuldesk.core.types import PiiType
from consuldesk.inbox.models import Item
from consuldesk.pipeline.pii import detect_pii

__all__ = ["ALWAYS_PRIVATE", "public_text_problems"]

ALWAYS_PRIVATE = frozenset({
    PiiType.PASSPORT_NUMBER, PiiType.NATIONAL_ID, PiiType.DATE_OF_BIRTH, PiiType.CREDIT_CARD, PiiType.IBAN,
    PiiType.CASE_NUMBER,
})


def _key(value: str) -> str:
    """Compare values the way a reader would: digits only for numbers, else case- and space-folded."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) >= 6 and len(digits) >= len(value.replace(" ", "")) // 2:
        return digits
    return " ".join(unicodedata.normalize("NFKC", value).casefold().split())


def _case_values(session: Session, case_id: int | None) -> set[str]:
    if case_id is None:
        return set()
    values = set()
    for text, spans in session.execute(select(Item.text, Item.pii).where(Item.case_id == case_id)):
        for span in spans or ():
            values.add(_key(text[int(span["start"]):int(span["end"])]))
    return values


def public_text_problems(session: Session, text: str, language: str | None, *, case_id: int | None) -> list[str]:
    """What in `text` must not be published, as short phrases ("a passport number", "the citizen's phone")."""
    known = _case_values(session, case_id)
    problems: list[str] = []
    for span in detect_pii(text, language):
        kind = span.type.lower().replace("_", " ")
        if span.type in ALWAYS_PRIVATE:
            problems.append(f"a {kind}")
        elif _key(text[span.start:span.end]) in known:
            problems.append(f"the {kind} of someone in this case")
    return sorted(set(problems))
