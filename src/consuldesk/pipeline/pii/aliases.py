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


def find_bracket_aliases(text: str, persons: list[tuple[int, int]], add: AddPerson) -> None:
    """Report the bracketed other-script form right after each PERSON span (see the module docstring)."""
    for _, end in persons:
        m = _BRACKET.match(text, end)
        if m is None:
            continue
        s, e = m.span("a")
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if _alias(text[s:e], _script(text[end - 1])):
            add(s, e)
