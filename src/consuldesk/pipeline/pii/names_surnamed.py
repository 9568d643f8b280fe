"""PERSON spans marked by a naming convention of the script, with no cue: Armenian given name + surname in
-յան ("Լիլիթ Գրիգորյան"), and the Mongolian father's initial before a given name ("Г.Сарангэրэл").

Why: the gazetteer knows few Armenian and Mongolian names, yet both conventions mark a person by
themselves. Armenian surnames end in -յան/-յանց (the abstract nouns in -ություն, whose genitive ends in
-ության, are excluded). Mongolians write the initial of their father's name, a dot and their given name
("Б.Тэмүүлэн"): a single Cyrillic capital, a dot and a capitalised word, in Mongolian texts only (Russian
initials precede the surname and are as often abbreviations). Linear: one regex pass per convention.
"""

from __future__ import annotations

import re

from consuldesk.pipeline.pii.names import AddPerson

_HY_NAME = re.compile(
    "(?<![\u0531-\u0587\\w])[\u0531-\u0556][\u0561-\u0587]{1,14}[ ]"
    "[\u0531-\u0556][\u0561-\u0587]{1,16}(?:յան|յանց)(?![\u0531-\u0587\\w])"
)
_MN_INITIAL = re.compile("(?<![\\w.])[А-ЯЁӨҮ]\\.[ ]?[А-ЯЁӨҮ][а-яёөү]{2,}(?:-[а-яёөү]+)?(?![\\w.])")


def find_surnamed(text: str, lang: str | None, add: AddPerson) -> None:
    """Report names written by the Armenian and Mongolian conventions (see module docstring)."""
    if text.isascii():
        return
    if "յան" in text:
        for m in _HY_NAME.finditer(text):
            if not m.group().endswith(("ության", "ությանց")):
                add(*m.span())
    if lang == "mn" and "." in text:
        for m in _MN_INITIAL.finditer(text):
            add(*m.span())
