"""Names in Latin capitals inside a text of another script, as passports and visa forms print them:
"JANG SEOYEON 1998.07.14", "영문 이름 JEONG MINJI인데", "名前はローマ字でSUZUKI HARUTOでいい？", "ZHANG XIAOLONG".

Why: writers in Korean, Chinese, Japanese, Arabic, Russian or Hindi copy the name from the passport's
machine-readable page, in capitals; the capitalised-word patterns of `people.py` need lowercase after the
first letter, and the cue patterns need a cue. A run of two to four capitalised words counts only when one
of its words is a known given name or surname and none is a word of the stop list (LINE ID, VISA, JOBS);
Latin-script texts, where capitals are shouting, are never tried.
"""

from __future__ import annotations

import re

from consuldesk.pipeline.pii import cues
from consuldesk.pipeline.pii.gazetteer import gazetteer
from consuldesk.pipeline.pii.names import AddPerson

# Scripts of the texts tried: Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts, Thai, Lao, Myanmar,
# Georgian, Ethiopic, Khmer, kana, Han and Hangul.
_OTHER_SCRIPT = re.compile(
    "[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0590-\u06ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f"
    "\u10a0-\u10ff\u1200-\u137f\u1780-\u17ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)
_RUN = re.compile(r"(?<![A-Za-z0-9@#.\-_/])([A-Z]{2,12}(?:[ \-][A-Z]{2,12}){1,3})(?![A-Za-z0-9@\-_/])")
_VOWEL = re.compile("[AEIOUY]")
# Capitalised words of adverts and forms that are also given names or surnames somewhere.
_STOP = frozenset(
    (
        *("LINE", "ID", "VISA", "JOBS", "JOB", "ETA", "IL", "OK", "WORK", "FREE", "NEW", "HOT", "SALE", "VIP"),
        *("ISRAEL", "JAPAN", "KOREA", "CHINA", "CANADA", "USA", "UK", "EU", "DUBAI", "EXPRESS", "CARGO", "SAFE"),
        *("PASSPORT", "NAME", "SURNAME", "GIVEN", "NAMES", "MR", "MRS", "MS", "MISS", "DR", "SIR"),
    )
)


def has_capital_run(text: str) -> bool:
    """Whether `text` is written in another script and holds a run of Latin capitals worth trying."""
    return _RUN.search(text) is not None and _OTHER_SCRIPT.search(text) is not None


def find_capital_names(text: str, add: AddPerson) -> None:
    """Report the names in Latin capitals of the module docstring."""
    g = gazetteer()
    for m in _RUN.finditer(text):
        words = re.split("[ -]", m.group(1))
        titled = [w.title() for w in words]
        if any(w in _STOP for w in words) or any(w in cues.NOT_NAMES or w in cues.ORG_WORDS for w in titled):
            continue
        if all(_VOWEL.search(w) for w in words) and any(w in g.given or w in g.surname for w in titled):
            add(*m.span(1))
