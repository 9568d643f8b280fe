"""Dates of birth of Russian, Belarusian, Armenian, Central Asian and Turkic writers (`dates.py`, `dates_local.py`,
`dates_words.py`): year words with case endings, a day glued to its month by a hyphen, ordinal years in words."""

from __future__ import annotations

import pytest

from pii_values import births


@pytest.mark.parametrize(
    ("text", "lang", "birth"),
    [
        # Kyrgyz and Tatar year words in the genitive; the possessive-locative ending stays with the month
        ("Эжем 2001-жылдын 14-мартында туулган. Полицияга кайда барабыз?", "ky", "2001-жылдын 14-мартында"),
        ("Улым Тимур 2023 елның 9 апрелендә Истанбулда туды.", "tt", "2023 елның 9 апрелендә"),
        ("Gyzym Jeren, 2008-nji ýylyň 30-njy awgustynda doglan", "tk", "2008-nji ýylyň 30-njy awgustynda"),
        # Uzbek: the year word after a space; a bare locative ending stays out ("апрелда")
        ("Қизим Сабина 2019 йил 27 апрелда Москвада туғилган", "uz", "2019 йил 27 апрел"),
        ("Qizimiz Seulda tug‘ildi, 2026-yil 4-martda. Guvohnoma kerak", "uz", "2026-yil 4-mart"),
        # a day glued to a nominative month, then the year; Tajik "5-уми" (the fifth)
        ("Туулган күнү 5-июнь 1990. Эмне кылабыз?", "ky", "5-июнь 1990"),
        ("Таваллуди ман 5-уми сентябри 1997, шиноснома гум шуд", "tg", "5-уми сентябри 1997"),
        # the sentence's full stop is not the month's ("7 қыркүйек.")
        ("туған күнім 1995 жылғы 7 қыркүйек. Полицияның анықтамасы бар.", "kk", "1995 жылғы 7 қыркүйек"),
        # Mongolian month in words
        ("Ганзоригийн Билгүүн, 2001 оны тавдугаар сарын 9-нд төрсөн", "mn", "2001 оны тавдугаар сарын 9"),
        # Russian and Belarusian ordinal years in words; no digit anywhere in the text
        ("а родился он пятнадцатого мая пятидесятого года. Это помешает?", "ru",
         "пятнадцатого мая пятидесятого года"),
        ("Семёнов Артём, родился пятого мая две тысячи третьего, помогите", "ru", "пятого мая две тысячи третьего"),
        ("Я Юрась Лагун, нарадзіўся дваццаць восьмага лістапада, пашпарт згубіў", "be", "дваццаць восьмага лістапада"),
        # Armenian: the year with "թ.", the month in the genitive, the day with its ending
        ("Տղաս ծնվել է 1996 թ. հոկտեմբերի 9-ին, Երևանում", "hy", "1996 թ. հոկտեմբերի 9-ին"),
    ],
)
def test_birth_dates_of_russian_central_asian_and_turkic_writers(text: str, lang: str, birth: str) -> None:
    assert births(text, lang) == [birth]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # an abbreviated month keeps its full stop only before the day or year that follows it
        ("born Sept. 5, 1990 in Leeds", "en"),
        ("née le 3 janv. 1990 à Lyon", "fr"),
    ],
)
def test_abbreviated_months_keep_their_full_stop(text: str, lang: str) -> None:
    found = births(text, lang)
    assert len(found) == 1 and "." in found[0]


@pytest.mark.parametrize(
    ("text", "lang", "birth"),
    [
        ("Мама, Петрова Анна, родилась 5 июля 1951 года, сейчас в больнице", "ru", "5 июля 1951 года"),
        ("Тато народився 1 січня 1940 р. у Львові", "uk", "1 січня 1940 р."),
        ("Oğlum Aylan 14 fevral 2020-ci il təvəllüdlüdür", "az", "14 fevral 2020-ci il"),
        # the birth labels "г.р." and "р.н." after the date stay outside it
        ("Иванов Олег, 12.05.1962 г.р., пропал в Анталии", "ru", "12.05.1962"),
        ("Коваль Ігор, 02.11.1961 р.н., затриманий", "uk", "02.11.1961"),
        # the Khmer word for "day" before the day's number is inside the date too
        ("ចង់ធ្វើសំបុត្រកំណើតសម្រាប់កូនស្រី កើតថ្ងៃទី ២១ ខែកុម្ភៈ ឆ្នាំ ២០២៣ នៅភ្នំពេញ", "km", "ថ្ងៃទី ២១ ខែកុម្ភៈ ឆ្នាំ ២០២៣"),
    ],
)
def test_the_year_word_after_a_birth_year_is_inside_the_date(text: str, lang: str, birth: str) -> None:
    assert births(text, lang) == [birth]


@pytest.mark.parametrize(
    ("text", "lang", "birth"),
    [
        ("Emri Noel Hoxha, lindur me 2 shkurt 2023 ne Pire.", "sq", "2 shkurt 2023"),  # "më" typed without ë
        ("Gabadhayda Ifrah waxay dhalatay 7 Disembar 2023, London.", "so", "7 Disembar 2023"),
        ("ዮሃንስ ይበሃል፣ 8 ዓመቱ፣ ዝተወልደሉ 3 ሕዳር 2016።", "ti", "3 ሕዳር 2016"),
        ("ბიჭი დაგვებადა ათენში 2022 წლის 9 ნოემბერს, ბერძნული", "ka", "2022 წლის 9 ნოემბერს"),
        # Zulu and Xhosa: the month in the locative, the day after "we-" or "zi-"
        ("wazalwa ngomhla zi-14 kuNdasa 1961. I-visa kufanele", "zu", "14 kuNdasa 1961"),
        ("Umntwana wam wazalelwa eLondon ngomhla we-17 kuJulayi 2019, uyise ngumNgesi", "xh", "17 kuJulayi 2019"),
    ],
)
def test_birth_cues_and_months_of_round_47(text: str, lang: str, birth: str) -> None:
    assert births(text, lang) == [birth]


@pytest.mark.parametrize(
    ("text", "lang", "birth"),
    [
        # the year with its year word, then the month and the day
        ("மகள் 2025ஆம் ஆண்டு ஜனவரி 14 அன்று பிறந்தாள்", "ta", "2025ஆம் ஆண்டு ஜனவரி 14"),
        ("ދަރިފުޅު ކޮލަމްބޯގައި އުފަންވީ 2024 ވަނަ އަހަރުގެ ޑިސެމްބަރު 9 ގައި.", "dv", "2024 ވަނަ އަހަރުގެ ޑިސެމްބަރު 9"),
        ("زوی مې د ۲۰۱۹ کال د جنوري په ۷مه په ابوظبي کې زېږېدلی", "ps", "۲۰۱۹ کال د جنوري په ۷مه"),
        # Basque birth words before and after the date; Dhivehi months
        ("Aitor Zubizarreta Olano, 1988ko urriaren 2an jaioa.", "eu", "1988ko urriaren 2an"),
        ("Nire semea Txilen jaio zen, 2024ko ekainaren 2an, eta", "eu", "2024ko ekainaren 2an"),
        ("މަންމަ އުފަން 14 ޖުލައި 1997", "dv", "14 ޖުލައި 1997"),
    ],
)
def test_birth_dates_of_round_49(text: str, lang: str, birth: str) -> None:
    assert births(text, lang) == [birth]
