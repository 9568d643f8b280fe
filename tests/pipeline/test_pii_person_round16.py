"""Round 16 PERSON rules: head-counted Indic lists, Armenian and Mongolian naming conventions, African
honorifics and kinship words. Invented examples, with near misses that must not be found."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii.detect import detect_rules


def _persons(text: str, lang: str | None) -> list[str]:
    return [text[s:e] for s, e, kind in detect_rules(text, lang) if kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        # Kannada "we three — …", Gujarati "we 3 persons — …" (glued honorifics stay out), Tamil with kin words
        ("ನಾವು ಮೂವರು — ಅನಿಲ್ ರಾವ್, ಗೀತಾ ಮತ್ತು ಕಿರಣ್ — ಹೋಟೆಲ್\u200cನಲ್ಲಿ ಇದ್ದೇವೆ.", "kn", ["ಅನಿಲ್ ರಾವ್", "ಗೀತಾ", "ಕಿರಣ್"]),
        ("અમે ૩ જણ — રમેશભાઈ, ગીતાબેન અને પાર્થ — સુરક્ષિત છીએ.", "gu", ["રમેશ", "ગીતા", "પાર્થ"]),
        ("நாங்கள் மூன்று பேர் — செல்வம், மனைவி கலா, மகன் அருண் — பத்திரமாக இருக்கிறோம்.", "ta",
         ["செல்வம்", "கலா", "அருண்"]),
        # Odia: "I …", "wife …", and "two children" (no name)
        ("୩ ଜଣ — ମୁଁ ରବି ନାୟକ, ପତ୍ନୀ ସୀମା, ଦୁଇ ପିଲା।", "or", ["ରବି ନାୟକ", "ସୀମା"]),
        # Armenian surname in -յան, Mongolian father's initial
        ("Բարև, ես Անի Պետրոսյան եմ, խնդրում եմ օգնել։", "hy", ["Անի Պետրոսյան"]),
        ("Манай ажилтан Д.Болормаа маш сайн тусалсан.", "mn", ["Д.Болормаа"]),
        # honorifics outside the span
        ("Aabahay Xaaji Cumar Faarax wuu xiran yahay.", "so", ["Cumar Faarax"]),
        # Maltese "she is called …": the introduction stays outside the name
        ("Binti, jisimha Lara Vella, qiegħda l-isptar.", "mt", ["Lara Vella"]),
        ("Orúkọ rẹ̀ Alhaja Sikiru Balogun, ó wà ní London.", "yo", ["Sikiru Balogun"]),
    ],
)
def test_found(text: str, lang: str, names: list[str]) -> None:
    assert _persons(text, lang) == names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a dash list without a head count; a head count followed by no names (numbers, "children")
        ("આજની યાદી — ચા, ખાંડ અને દૂધ — લઈ આવજો.", "gu"),
        ("୪ ଜଣ — ଦୁଇ ପିଲା, ତିନି ପରିବାର।", "or"),
        # the Armenian abstract noun in -ության (genitive) is no surname
        ("Հայաստանի Հանրապետության դեսպանատունը փակ է։", "hy"),
        # a Cyrillic initial outside Mongolian texts
        ("Встреча в 10 ч. Б.Москва не указана.", "ru"),
    ],
)
def test_not_found(text: str, lang: str) -> None:
    assert _persons(text, lang) == []
