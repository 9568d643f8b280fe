"""Dates of birth with the day, and the year, in words (`pipeline/pii/dates_words.py`); names given with an age."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii import detect_pii
from pii_values import births


@pytest.mark.parametrize(
    ("text", "lang", "birth"),
    [
        ("Mon frère, né le vingt-deux juin 1971, a été enlevé ce matin", "fr", "vingt-deux juin 1971"),
        ("ma grand-mère est née le premier janvier 1942 à Oujda", "fr", "premier janvier 1942"),
        ("Nació el treinta de noviembre acá en Suecia", "es", "treinta de noviembre"),
        ("Дочь Вероника родилась третьего июля в Алматы", "ru", "третьего июля"),
        (
            "Дочка родилась седьмого октября две тысячи двадцать четвёртого года. Что делать?",
            "ru",
            "седьмого октября две тысячи двадцать четвёртого года",
        ),
        ("Син народився двадцять третього квітня у Варшаві", "uk", "двадцять третього квітня"),
        ("мама народилася дванадцятого січня п'ятдесят другого, живе", "uk", "дванадцятого січня п'ятдесят другого"),
        ("Zuzia urodziła się czternastego lutego w Rotundzie", "pl", "czternastego lutego"),
        # no digit in the text at all: the cue scan still runs
        ("أبي أسجل بنتي، انولدت في دبي يوم خمسة وعشرين سبتمبر واسمها حصة", "ar", "خمسة وعشرين سبتمبر"),
        # year words end where the number words end ("بسبب", "because", is not one)
        (
            "شهادة ميلاد لابني المولود في الخامس من شباط عام ألفين وعشرة بسبب الضياع",
            "ar",
            "الخامس من شباط عام ألفين وعشرة",
        ),
        ("خالتي مزدادة في الفاتح جانفي 1961، توفات", "ar", "الفاتح جانفي 1961"),
        ("My son was born on the ninth of October 2008, so he turns 16", "en", "ninth of October 2008"),
        ("He was born on the first of May, nineteen fifty, in Kimberley", "en", "first of May, nineteen fifty"),
        ("Non m se Mackenson, m fèt douz desanm 1994. Kisa m dwe fè", "ht", "douz desanm 1994"),
        ("Li fèt vennkat jen de mil sis. Ki papye nou bezwen", "ht", "vennkat jen de mil sis"),
        ("můj otec, narozen patnáctého června 1948, dnes ráno zemřel", "cs", "patnáctého června 1948"),
        ("Ćerka Anđela rođena je dvadeset drugog oktobra, otac je Nemac", "sr", "dvadeset drugog oktobra"),
        (
            "баща ми, роден на двадесет и осми февруари хиляда деветстотин петдесет и пета година. Той е",
            "bg",
            "двадесет и осми февруари хиляда деветстотин петдесет и пета година",
        ),
        # a two-word year in words, and the Darija teens
        ("مراتي تزادت نهار سبعة وعشرين أبريل ستة وتسعين فروما", "ar", "سبعة وعشرين أبريل ستة وتسعين"),
        ("ولدي تزاد فالثالث والعشرين من نونبر ألفين وثمنطاش", "ar", "الثالث والعشرين من نونبر ألفين وثمنطاش"),
    ],
)
def test_a_spelled_day_after_a_birth_cue_is_a_date_of_birth(text: str, lang: str, birth: str) -> None:
    assert births(text, lang) == [birth]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("nous partons le vingt-deux juin pour Paris", "fr"),
        ("Приём третьего июля, приходите к девяти", "ru"),
        ("الموعد يوم خمسة وعشرين سبتمبر في القنصلية", "ar"),
    ],
)
def test_a_spelled_date_without_a_birth_cue_is_not_a_birth(text: str, lang: str) -> None:
    assert births(text, lang) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hi i am Lily i am 10. my dad went in the water at Kuta", "Lily"),
        ("hello this is Migo i am 11. my mama is on the floor", "Migo"),
        ("I am Joy (9) please help my mum", "Joy"),
    ],
)
def test_a_child_introducing_themselves_with_their_age_gives_a_name(text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in detect_pii(text, "en") if s.type == "PERSON"] == [name]


def test_a_nationality_before_an_age_is_no_name() -> None:
    text = "I am British, 34 years old, my passport was stolen"
    assert [s for s in detect_pii(text, "en") if s.type == "PERSON"] == []
