"""A name written again in another script, in brackets right after it: "石川 浩一（ISHIKAWA KOICHI）",
"왕리(王丽)", "Jenny Park (박지은)", "Youssef El Alaoui (يوسف العلوي)".

Why: registrations and passport questions give the romanised form beside the local one, and both identify
the person. In the written corpus (34,561 items), a bracket right after a labelled name that holds letters
only, in another script (capitalised Latin words; Han, kana or Hangul without an age or honorific ending; two
or more words of another script), was itself a labelled name 52 times in 52. Lowercase words and what is in
the name's own script are ages, nationalities and relations as often ("Jan Peeters (Belg)", "李伟 (father)"),
so they give nothing. `suffixed.py` pairs a name-shaped Han or Hangul run with its bracketed transcription
before any name is found; this runs after every finder, on the names they found.
"""

from __future__ import annotations

import re
import unicodedata

from consuldesk.pipeline.pii.names import AddPerson

_BRACKET = re.compile(r"[ \t]?[(（](?P<a>[^()（）\d\n]{1,40})[)）]")
# Words that close Han, kana or Hangul phrases that are no names: ages, students, honorifics, relations.
_NOT_LAST = ("歳", "才", "生", "人", "さん", "様", "先生", "小姐", "女士", "세", "님", "씨")
_LATIN_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


def _alias(alias: str, name_script: str) -> bool:
    words = alias.split()
    if not words or len(words) > 4:
        return False
    script = _script(alias[0])
    if script == name_script or any(_script(w[0]) != script for w in words):
        return False
    if script == "LATIN":
        return all(_LATIN_WORD.fullmatch(w) and w[0].isupper() for w in words)
    if script in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL"):
        return all(len(w) <= 6 for w in words) and not alias.endswith(_NOT_LAST)
    return all(w.isalpha() for w in words) and len(words) >= 2


def _add_trimmed(text: str, s: int, e: int, name_script: str, add: AddPerson) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if _alias(text[s:e], name_script):
        add(s, e)


def find_bracket_aliases(text: str, persons: list[tuple[int, int]], add: AddPerson) -> None:
    """Report the bracketed other-script form right after each PERSON span (see the module docstring).
    A bracket can hold two forms split by a slash: "吉田 夏美（ヨシダ ナツミ / YOSHIDA NATSUMI）"."""
    for _, end in persons:
        m = _BRACKET.match(text, end)
        if m is None:
            continue
        s, e = m.span("a")
        name_script = _script(text[end - 1])
        cut = max(text.find("/", s, e), text.find("／", s, e))
        if cut < 0:
            _add_trimmed(text, s, e, name_script, add)
        else:
            _add_trimmed(text, s, cut, name_script, add)
            _add_trimmed(text, cut + 1, e, name_script, add)


# The passport's Latin spelling written beside a Han, kana, Hangul, Arabic or Cyrillic name with only a
# space between: "姓名：林书瑶 LIN SHUYAO", "ZHOU YIFAN 周一凡". Two to four capitalised words of letters,
# each with a vowel (so no acronym like "CPR" or "BRP").
_LATIN_ALIAS = r"[A-Z][A-Za-z'’\-]*[AEIOUYaeiouy][A-Za-z'’\-]*(?: [A-Z][A-Za-z'’\-]*[AEIOUYaeiouy][A-Za-z'’\-]*){1,3}"
_LATIN_AFTER = re.compile(rf"[ 　]({_LATIN_ALIAS})(?![A-Za-z0-9])")
_LATIN_BEFORE = re.compile(rf"(?<![A-Za-z0-9])({_LATIN_ALIAS})[ 　]$")


def find_spaced_aliases(text: str, persons: list[tuple[int, int]], add: AddPerson) -> None:
    """Report a Latin spelling written right before or after a PERSON span of another script."""
    for start, end in persons:
        if _script(text[end - 1]) in ("LATIN", ""):
            continue
        m = _LATIN_AFTER.match(text, end)
        if m is not None:
            add(*m.span(1))
        m = _LATIN_BEFORE.search(text, max(0, start - 60), start)
        if m is not None:
            add(*m.span(1))
