"""What the PII detector finds in a text, as the strings of one type: the test files' shared reading."""

from __future__ import annotations

from consuldesk.pipeline.pii.detect import detect_pii, detect_rules


def found(text: str, kind: str, lang: str | None = None) -> list[str]:
    """The values of type `kind` that `detect_pii` (rules and learned scorers) finds in `text`."""
    return [text[s.start : s.end] for s in detect_pii(text, lang) if s.type == kind]


def found_by_rules(text: str, kind: str, lang: str | None = None) -> list[str]:
    """The same for the rules alone (`detect_rules`), before the learned scorers."""
    return [text[s:e] for s, e, k in detect_rules(text, lang) if k == kind]


def births(text: str, lang: str | None = None) -> list[str]:
    """The dates of birth `detect_pii` finds in `text`."""
    return found(text, "DATE_OF_BIRTH", lang)
