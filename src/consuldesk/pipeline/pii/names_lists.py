"""PERSON spans in lists of names in spaced caseless scripts: Arabic, Persian, Urdu, Hebrew, Devanagari,
Bengali, Tamil, Ethiopic ("محمد ومصطفى وعادل", "גל, שירה, איתי ודניאל", "लिस्ट: अंकित, प्रिया …").

Why: a list of known given names is evidence by itself, while one known name without a cue is not (many
names are also words: "أمل" hope, "גל" wave, "विकास" development). Items are split at commas and at the
word "and", also where it is glued to the next word (Arabic/Persian "و", Hebrew "ו"). A run of items that
are known names (each one to three name words) counts when it has three items with two given names, or
two given names after a colon or next to "I"/"me" ("من و سارا و بابک": me, Sara and Babak). The first item
may end a longer phrase ("قاعدين عند محمد وعلي وحسن": only "محمد"), the last may start one. Names that
are also common words are not enough alone: a run needs two items whose first word is an unambiguous
given name. Linear: one pass over the words, each look-up a set membership.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from consuldesk.pipeline.pii.gazetteer import gazetteer
from consuldesk.pipeline.pii.names import AddPerson

# Letters (and their marks) of the scripts handled, without their punctuation and digits.
_L = (
    "\u05d0-\u05ea\u05f3\u05f4"  # Hebrew
    "\u0621-\u063a\u0641-\u065f\u066e-\u06d3\u06d5\u06fa-\u06ff"  # Arabic, Persian, Urdu (no ، ؛ ؟ ۔ digits)
    "\u0900-\u0963\u0971-\u097f\u0980-\u09e3\u09f0-\u09f1"  # Devanagari, Bengali (no danda, digits)
    "\u0b80-\u0be5\u1200-\u135a\u200c\u200d"  # Tamil, Ethiopic, joiners
)
_SCRIPT = re.compile("[\u05d0-\u05ea\u0621-\u064a\u0900-\u09ff\u0b80-\u0bff\u1200-\u135a]")
_WORD = re.compile(f"[{_L}]{{1,40}}")
# Between two words of one list: spaces and commas; anything else ends the list.
_BREAK = re.compile("[^ \t\u00a0\u200f\u200e,،、፣]")
_COMMA = re.compile("[,،、፣]")
# "and" as a word of its own.
_AND = frozenset(("و", "اور", "और", "व", "तथा", "एवं", "এবং", "ও", "እና", "மற்றும்"))
# "and" glued to the next word.
_GLUED_AND = ("و", "ו")
# "I", "me", "we" as a list item: "من و سارا", "אני ודני", "मैं और प्रिया", "وأنا رمضان".
_SELF = frozenset(
    ("أنا", "انا", "من", "ما", "نحن", "احنا", "إحنا", "אני", "אנחנו", "मैं", "हम", "میں", "ہم", "আমি", "እኔ")
)
# Words the gazetteer holds as name parts that are no names (parts of compounds, a mosque, "my father").
_NOT = frozenset(
    ("الدين", "الرحمن", "الله", "الخير", "الملك", "جامع", "أبي", "ابي", "اعتماد", "الحمد", "ما", "من", "میں", "ہم")
)
# Names that are common words too ("hope", "light", "wave", "development"): name parts, never the given
# names a list needs.
_WORDISH = frozenset(
    (
        *("أمل", "امل", "نور", "حياة", "رحمة", "بشرى", "هدى", "وفاء", "إيمان", "ايمان", "صالح", "سلام", "جميل"),
        *("امید", "بهار", "باران", "آرزو", "عزیز"),
        *("גל", "אור", "חן", "טל", "שלום", "ים", "דור", "שחר", "עדן", "נוי", "גיל", "שי", "ברק"),
        *("विकास", "आशा", "किरण", "शांति", "पूजा", "दीपक", "सूरज", "ज्योति", "प्रेम", "सुख", "मंगल"),
    )
)
_MAX_WORDS = 3
# Titles written before a name in a list: Bengali "Md.", "Mst." (মোঃ, মোছাঃ).
_TITLES = frozenset(("মোঃ", "মো", "মোছাঃ", "মোসাঃ", "মোসাম্মৎ"))


Words = list[tuple[int, int]]  # the word spans of a list item, a glued "and" left out


def _kind(word: str) -> int:
    """2: an unambiguous given name; 1: another name part; 0: no name (also names that are common words)."""
    g = gazetteer()
    if word in _NOT or len(word) < 2:
        return 0
    for w in _spellings(word):
        if w in g.given and w not in g.ambiguous and w not in _WORDISH:
            return 2
    return 1 if any(g.is_name(w) for w in _spellings(word)) else 0


def _spellings(word: str) -> tuple[str, ...]:
    """The word and its Arabic spelling of Persian/Urdu letters and of a bare alif ("احمد" → "أحمد")."""
    alt = word.replace("ی", "ي").replace("ک", "ك")
    out: tuple[str, ...] = (word, alt) if alt != word else (word,)
    if word[:1] == "ا":
        out += ("أ" + word[1:], "إ" + word[1:])
    return out


def _name_words(text: str, words: Words) -> int:
    """How many of the words, from the first, are name parts (the first at most three)."""
    n = 0
    for s, e in words[:_MAX_WORDS]:
        if not _kind(text[s:e]):
            break
        n += 1
    return n


def _tail(text: str, words: Words) -> int:
    """How many of the last words are name parts ("… عند محمد" → 1)."""
    n = 0
    for s, e in reversed(words[-_MAX_WORDS:]):
        if not _kind(text[s:e]):
            break
        n += 1
    return n


def _segments(text: str) -> list[tuple[bool, list[Words]]]:
    """The text cut where anything but spaces, commas and "and" comes between words; each piece is
    (opened by a colon, its items)."""
    segments: list[tuple[bool, list[Words]]] = []
    items: list[Words] = []
    opened = False
    prev_end = -1
    new_item = True
    for m in _WORD.finditer(text):
        s, e = m.span()
        gap = text[prev_end:s] if prev_end >= 0 else ""
        if gap == " ":
            pass  # the common case: the same item goes on
        elif prev_end < 0 or _BREAK.search(gap) is not None:
            if len(items) > 1:
                segments.append((opened, items))
            items = []
            opened = ":" in gap or "：" in gap
            new_item = True
        elif _COMMA.search(gap) is not None:
            new_item = True
        prev_end = e
        word = m.group()
        if word in _AND:
            new_item = True
            continue
        if word[0] in _GLUED_AND and len(word) > 2 and not _kind(word):
            s += 1  # "ومصطفى", "وأخويا": a glued "and" opens an item
            new_item = True
        if new_item or not items:
            items.append([])
            new_item = False
        items[-1].append((s, e))
    if len(items) > 1:
        segments.append((opened, items))
    return segments


class _Info(NamedTuple):
    span: tuple[int, int] | None  # the item's name words, or None
    full: bool  # the whole item is a name (or "I")
    strong: bool  # its name starts with an unambiguous given name
    self_: bool  # the item is "I"/"me" (with a name after it: "وأنا رمضان")


def _info(text: str, words: Words) -> _Info:
    first = text[words[0][0] : words[0][1]]
    is_self = first in _SELF or (first[0] in _GLUED_AND and first[1:] in _SELF)
    named = words[1:] if is_self else words
    n = _name_words(text, named) if named else 0
    span = (named[0][0], named[n - 1][1]) if n else None
    full = (is_self and (not named or n == len(named))) or (0 < n == len(named))
    return _Info(span, full, n > 0 and _kind(text[named[0][0] : named[0][1]]) == 2, is_self)


def _widen(text: str, opened: bool, items: list[Words], infos: list[_Info]) -> None:
    """Between two names, or at the edge of a list after a colon, a two- or three-word item ending in a
    name part is a name too ("मोहम्मद साहिल", "শফিকুল ইসলাম"): the gazetteer lacks many first names."""
    last = len(items) - 1
    for i, words in enumerate(items):
        if words and text[words[0][0] : words[0][1]] in _TITLES:
            words = words[1:]  # "মোঃ জসিম উদ্দিন": the title stays out
        if infos[i].full or infos[i].self_ or not 2 <= len(words) <= 3 or not _kind(text[words[-1][0] : words[-1][1]]):
            continue
        inner = 0 < i < last and infos[i - 1].full and infos[i + 1].full
        edge = opened and ((i == 0 < last and infos[1].full) or (i == last > 0 and infos[i - 1].full))
        if inner or edge:
            infos[i] = _Info((words[0][0], words[-1][1]), True, False, False)


def _report(text: str, opened: bool, items: list[Words], add: AddPerson) -> None:
    """Report the names of the runs of name items in one segment (see module docstring)."""
    infos = [_info(text, words) for words in items]
    _widen(text, opened, items, infos)
    i = 0
    while i < len(items):
        if not infos[i].full:
            i += 1
            continue
        j = i
        while j < len(items) and infos[j].full:
            j += 1
        run = infos[i:j]  # whole names; the item before may end in one, the item after start with one
        head: tuple[int, int] | None = None
        if i > 0 and (k := _tail(text, items[i - 1])):
            head = (items[i - 1][-k][0], items[i - 1][-1][1])
        tail = infos[j] if j < len(items) and infos[j].span is not None else None
        count = len(run) + (head is not None) + (tail is not None)
        strong = sum(info.strong for info in run) + (tail is not None and tail.strong)
        strong += head is not None and _kind(text[head[0] : head[1]].split(" ")[0]) == 2
        if (count >= 3 and strong >= (1 if opened else 2)) or (
            count == 2 and strong == 2 and (opened or any(info.self_ for info in run))
        ):
            for span in (head, *(info.span for info in run), tail.span if tail else None):
                if span is not None:
                    add(*span)
        i = j + 1


def find_lists(text: str, add: AddPerson) -> None:
    """Report the names in lists of known names (see module docstring)."""
    if _SCRIPT.search(text) is None:
        return
    # Cheap gate (C-level): a list holds a given name written without a glued "and" (its first item).
    if gazetteer().given.isdisjoint(_WORD.findall(text)):
        return
    for opened, items in _segments(text):
        _report(text, opened, items, add)
