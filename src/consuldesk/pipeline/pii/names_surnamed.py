"""PERSON spans marked by a naming convention of the script, with no cue: Armenian given name + surname in
-յան ("Լիլիթ Գրիգորյան"), the Mongolian father's initial before a given name ("Г.Сарангэрэл"), and a
Russian or Ukrainian given name before a patronymic in any case ("Ирине Владимировне", "Виктору Павловичу").

Why: the gazetteer knows few Armenian and Mongolian names, yet both conventions mark a person by
themselves. Armenian surnames end in -յան/-յանց (the abstract nouns in -ություն, whose genitive ends in
-ության, are excluded). Mongolians write the initial of their father's name, a dot and their given name
("Б.Тэмүүлэн"): a single Cyrillic capital, a dot and a capitalised word, in Mongolian texts only (Russian
initials precede the surname and are as often abbreviations). An East Slavic patronymic (-ович/-евич/-ич,
-овна/-евна/-ична with their case endings) after a capitalised word makes both a name, with a capitalised
surname before them in the same case ("Волкову Сергею Петровичу"). Malagasy surnames begin with "Ra-" or
"Andria-" ("Rakotomalala Hery", see `_MG_SURNAME`). Linear: one regex pass per convention.
"""

from __future__ import annotations

import re

from consuldesk.pipeline.pii.gazetteer import gazetteer
from consuldesk.pipeline.pii.names import AddPerson

_HY_NAME = re.compile(
    "(?<![\u0531-\u0587\\w])[\u0531-\u0556][\u0561-\u0587]{1,14}[ ]"
    "[\u0531-\u0556][\u0561-\u0587]{1,16}(?:յան|յանց)(?![\u0531-\u0587\\w])"
)
_PATRONYMIC = re.compile(
    "(?<![\\w.])(?:(?P<surname>[А-ЯЁІЇЄ][а-яёіїєʼ']{1,20})[ ])?[А-ЯЁІЇЄ][а-яёіїєʼ']{1,15}[ ]"
    "[А-ЯЁІЇЄ][а-яёіїє]{1,15}(?:ович|евич|ьевич|ич|івн|овн|евн|ьевн|ичн)(?:а|у|ем|ом|е|ы|ой|і|ою|ові|еві)?"
    "(?![\\w])"
)
# Words that open a sentence or address someone before a name: not a surname ("Спасибо Ирине Владимировне").
_OPENS = re.compile(
    "(?:Спасибо|Благодарю|Поздравляю|Уважаемый|Уважаемая|Дорогой|Дорогая|Особенно|Мужу|Жене|Сыну|Дочери|Дякую|"
    "Шановний|Шановна|Вітаю|Пишите|Звоните|Передайте|Сотруднику|Консулу)$"
)
# Malagasy surnames begin with "Ra-" or "Andria-" and end in a vowel ("Rakotomalala", "Razafy"); not the
# titles "Ramatoa" (Mrs), "Andriamatoa" (Mr) nor "raha" (if) words. The given names follow ("Rasoanirina
# Mialy"), or one known given name comes first ("Hery Rakotomalala"). 44 of 44 such words in the Malagasy
# items of the written corpus are in a name.
_MG_SURNAME = re.compile(
    "(?<![\\w'’-])(?!Ramatoa|Andriamatoa|Raha|Rain)(?:Ra|Andria|Andry|RA|ANDRIA)[A-Za-zé]{3,}[aeiouyéAEIOUY]"
    "(?:[ ](?:[A-Z][a-zé]+|[A-Z]{2,})(?![\\w'’-])){0,2}(?![\\w'’-])"
)
_MG_GIVEN_BEFORE = re.compile("(?<![\\w'’-])[A-Z][a-zé]{2,}[ ]$")


def _malagasy(text: str, add: AddPerson) -> None:
    for m in _MG_SURNAME.finditer(text):
        start = m.start()
        before = _MG_GIVEN_BEFORE.search(text, max(0, start - 20), start)
        if before is not None and gazetteer().is_given(before.group().strip(), strict=False):
            start = before.start()
        add(start, m.end())


_MN_INITIAL = re.compile("(?<![\\w.])[А-ЯЁӨҮ]\\.[ ]?[А-ЯЁӨҮ][а-яёөү]{2,}(?:-[А-ЯЁӨҮ]?[а-яёөү]+)?+(?![\\w\\-]|\\.\\w)")


def find_surnamed(text: str, lang: str | None, add: AddPerson) -> None:
    """Report names written by the Armenian, Mongolian and Malagasy conventions (see module docstring)."""
    if lang == "mg":
        _malagasy(text, add)
    if text.isascii():
        return
    if "յան" in text:
        for m in _HY_NAME.finditer(text):
            if not m.group().endswith(("ության", "ությանց")):
                add(*m.span())
    if "ич" in text or "вн" in text:  # every patronymic ending holds one
        for m in _PATRONYMIC.finditer(text):
            opener = m.group("surname") is not None and _OPENS.match(m.group("surname")) is not None
            add(m.end("surname") + 1 if opener else m.start(), m.end())
    if lang == "mn" and "." in text:
        for m in _MN_INITIAL.finditer(text):
            add(*m.span())
