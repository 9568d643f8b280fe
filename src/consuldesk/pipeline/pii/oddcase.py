"""PERSON spans written in the wrong case after a name cue: "name: DAVID KOWALSKI", "MY BROTHER JOSEPH
KAMAU IS MISSING", "hi its rahul sharma here", "me llamo andrés gómez".

Without the capital letter that marks a name, the gazetteer decides: the first word must be a known
given name (not one that is also a common word, for lowercase), and the following words must be
known names too; in capitals a last unknown word counts when punctuation or the end of the text
closes it ("DAVID KOWALSKI,"). Only the words right after a cue found by `scan` are tried.
"""

from __future__ import annotations

import functools
import re

from consuldesk.pipeline.pii.gazetteer import gazetteer
from consuldesk.pipeline.pii.names import STOP, AddPerson
from consuldesk.pipeline.text import LOWER, UPPER

_LEAD = r"[ \t]*[:,\-–—]{0,2}[ \t]*(?:\r?\n[ \t]*)?(?:(?:is|was|es|est|ist|é|è)[ ])?"
_CAPS = re.compile(rf"{_LEAD}([{UPPER}][{UPPER}'’\-]+(?:[ ][{UPPER}][{UPPER}'’\-]+){{0,3}})(?![{UPPER}{LOWER}\d])")
_LOWER = re.compile(rf"{_LEAD}([{LOWER}][{LOWER}'’\-]+(?:[ ][{LOWER}][{LOWER}'’\-]+){{0,2}})(?![{UPPER}{LOWER}\d])")
_HEAD = re.compile(rf"[ \t:,\-–—\r\n]{{0,6}}(?:([{UPPER}][{UPPER}])|([{LOWER}][{LOWER}'’\-]{{1,20}}))")
_SPACED = re.compile(r"\S+")
_CLOSED = re.compile(r"[ \t]*(?:[,.;:!?)(\n]|$|[+\d])")
# Cue kinds whose following words are a name often enough to try the odd-case forms.
ODD_KINDS = frozenset(("intro", "label", "relation", "title"))
_LOWER_KINDS = frozenset(("intro", "label", "relation"))
# A lowercase lone name needs a cue that introduces the writer and a word closing it ("… here").
_LOWER_END = re.compile(r"[ \t]*(?:[,.;:!?)\n]|$|here\b|aqui\b|aquí\b|ici\b|hier\b)")


@functools.lru_cache(maxsize=1 << 14)
def _title(word: str) -> str:
    # Cached: it runs for the word after every person cue ("my son is …"), and the same words recur.
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def odd_head(text: str, kind: str, cue_end: int) -> bool:
    """Whether a word in capitals, or a known given name in lowercase, follows a cue: the cheap gate
    before `find_odd_case` (most cues are followed by a capitalised word, which `names.py` handles,
    or by an ordinary lowercase word: "my son is …")."""
    head = _HEAD.match(text, cue_end)
    if head is None:
        return False
    if head.group(1) is not None:
        return True
    return kind in _LOWER_KINDS and _title(head.group(2)) in gazetteer().given


def find_odd_case(text: str, person_cues: list[tuple[str, str, int, int]], add: AddPerson) -> None:
    """PERSON spans in capitals or lowercase right after the person cues found by `scan`."""
    g = gazetteer()
    for _, kind, _, cue_end in person_cues:
        head = _HEAD.match(text, cue_end) if kind in ODD_KINDS else None
        if head is None:
            continue
        lower = head.group(1) is None
        if lower and (kind not in _LOWER_KINDS or _title(head.group(2)) not in g.given):
            continue  # most lowercase words after a cue are ordinary words ("my son is …")
        m = (_LOWER if lower else _CAPS).match(text, cue_end)
        if m is None:
            continue
        s = m.start(1)
        spans = [(w.start(), w.end()) for w in _SPACED.finditer(text[s : m.end(1)])]
        words = [_title(text[s + a : s + b]) for a, b in spans]
        first = words[0]
        if first in STOP or not g.is_given(first, strict=False):
            continue
        kept = 1
        for word in words[1:]:
            if word in STOP or not g.is_name(word) or (lower and (word in g.ambiguous or len(word) < 3)):
                break
            kept += 1
        # An unknown last word in capitals closed by punctuation: "DAVID KOWALSKI, passport …".
        if kept < len(words) and not lower and words[kept] not in STOP and _CLOSED.match(text, s + spans[kept][1]):
            kept += 1
        end = s + spans[kept - 1][1]
        # One lowercase word needs punctuation or "here" after it: "my husband dwayne, our boys …" but not
        # "my son ali is …" (too often "my son is"/"my son also").
        if kept == 1 and (first in g.ambiguous or first in g.place or not _LOWER_END.match(text, end)):
            continue
        add(s, end)
