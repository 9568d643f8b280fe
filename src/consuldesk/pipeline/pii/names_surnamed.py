"""PERSON spans marked by a naming convention of the script, with no cue: Armenian given name + surname in
-յան ("Լիլիթ Գրիգորյան"), the Mongolian father's initial before a given name ("Г.Сарангэрэл"), and a
Russian or Ukrainian given name before a patronymic in any case ("Ирине Владимировне", "Виктору Павловичу").

Why: the gazetteer knows few Armenian and Mongolian names, yet both conventions mark a person by
themselves. Armenian surnames end in -յան/-յանց (the abstract nouns in -ություն, whose genitive ends in
-ության, are excluded). Mongolians write the initial of their father's name, a dot and their given name
("Б.Тэмүүлэн"): a single Cyrillic capital, a dot and a capitalised word, in Mongolian texts only (Russian
initials precede the surname and are as often abbreviations). An East Slavic patronymic (-ович/-евич/-ич,
-овна/-евна/-ична with their case endings) after a capitalised word makes both a name, with a capitalised
surname before them in the same case ("Волкову Сергею Петровичу"). Linear: one regex pass per convention.
"""

from __future__ import annotations

import re

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
_MN_INITIAL = re.compile("(?<![\\w.])[А-ЯЁӨҮ]\\.[ ]?[А-ЯЁӨҮ][а-яёөү]{2,}(?:-[А-ЯЁӨҮ]?[а-яёөү]+)?+(?![\\w\\-]|\\.\\w)")


def find_surnamed(text: str, lang: str | None, add: AddPerson) -> None:
    """Report names written by the Armenian and Mongolian conventions (see module docstring)."""
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
