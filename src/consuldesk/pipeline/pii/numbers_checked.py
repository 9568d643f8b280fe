"""Numbers whose own format names their type, whatever cue word stands before them.

An IBAN (country length and mod-97 checksum), a 13- or 14-digit national ID whose checksum and birth date
hold (South African ID, JMBG, Egyptian ID), a Swiss AHV number, a card number (issuer prefix and Luhn), and
IDs that validate themselves or carry a capital prefix (`national_ids.self_validating`). `numbers.scan_numbers`
asks here first, so "inombolo" (number, a phone cue) before a South African ID does not make it a phone.
"""

from __future__ import annotations

import re

from consuldesk.core.types import PiiType
from consuldesk.pipeline.pii import checks
from consuldesk.pipeline.pii.national_ids import long_digits_id, self_validating

_AHV = re.compile(r"756\.\d{4}\.\d{4}\.\d{2}")  # the Swiss social insurance number: 756 is the country
_IBAN = re.compile(r"[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,32}")
_CARD = re.compile(r"\d(?:[ \-]?\d){12,18}")
_PREFIX = re.compile(r"(?<![\w])[A-Z]{2,4} $")

Span = tuple[int, int, str]


def checked_number(text: str, s: int, e: int, first: int, digits: str, glued: bool) -> Span | None:
    """The IBAN, national ID or card at the digit run `text[s:e]` (`first`: its first digit, `digits`: its
    digits, `glued`: a word character touches it on the left), else None."""
    # IBAN: two capital letters glued before the check digits; glued to a word of another script it still
    # starts there: "转到GB82 WEST …"
    prefix = text[s - 2 : s] if glued and s >= 2 else ""
    if prefix.isupper() and prefix.isalpha() and (s < 3 or not text[s - 3].isalnum() or not text[s - 3].isascii()):
        iban = iban_at(text, s - 2)
        if iban is not None:
            return s - 2, iban, PiiType.IBAN
    run = text[first:e]
    if len(digits) in (13, 14):
        kind = long_digits_id(run) if run.isdigit() else PiiType.NATIONAL_ID if _AHV.fullmatch(run) else None
        if kind is not None:
            return first, e, kind
    # a card's span starts at its first digit, not at the bracket a phone's would: "(5555 5555 5555 4444)"
    if (len(digits) >= 13 and "+" not in text[s:first] and _CARD.fullmatch(text, first, e)
            and checks.card_plausible(digits)):
        return first, e, PiiType.CREDIT_CARD
    return None


def self_validating_at(text: str, vs: int, prefixed_only: bool = False) -> Span | None:
    """An ID that validates itself at `vs` ("윤재혁(920314-1029381)" in brackets too), or one whose spaced
    capital prefix is part of its format ("CAS 482/11/2024", "AB 12 34 56 C")."""
    if text[vs : vs + 1] == "(":
        vs += 1
    found = None if prefixed_only else self_validating(text, vs)
    if found is None and vs >= 3 and text[vs - 1] == " ":
        word = _PREFIX.search(text, max(0, vs - 8), vs)
        if word is not None:
            vs = word.start()
            found = self_validating(text, vs)
    return None if found is None else (vs, found[0], found[1])


def iban_at(text: str, start: int) -> int | None:
    """End offset of a valid IBAN starting at `start` (spaced or not), else None."""
    m = _IBAN.match(text, start)
    if m is None:
        return None
    length = checks.IBAN_LENGTHS.get(text[start : start + 2])
    if length is None:
        return None
    compact: list[str] = []
    end = start
    for i in range(start, m.end()):
        if text[i] != " ":
            compact.append(text[i])
            end = i + 1
            if len(compact) == length:
                break
    if len(compact) != length or (end < len(text) and text[end].isalnum()):
        return None
    return end if checks.iban_valid("".join(compact)) else None
