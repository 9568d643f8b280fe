"""Addresses (units, floors, postcodes and towns around the street; numbered-part addresses) and dates of
birth (local calendars and digits, birth marks after the date, dates without a year after a birth cue)."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii.detect import detect_rules


def _spans(text: str, kind: str, lang: str | None = None) -> list[str]:
    return [text[s:e] for s, e, k in detect_rules(text, lang) if k == kind]


@pytest.mark.parametrize(
    ("text", "lang", "address"),
    [
        ("Adres: Lindenstraße 12, 3. OG rechts, 50674 Köln. Danke", "tr", "Lindenstraße 12, 3. OG rechts, 50674 Köln"),
        (
            "We live at 45 Harbour Road, Apt 2C, Portland, OR 97201.",
            "en",
            "45 Harbour Road, Apt 2C, Portland, OR 97201",
        ),
        (
            "Vivo en la Rua das Flores 88, ap. 301, bairro Centro-Sul.",
            "es",
            "Rua das Flores 88, ap. 301, bairro Centro-Sul",
        ),
        (
            "J'habite 9 rue Victor Hugo, esc. B, 2e étage, 69002 Lyon",
            "fr",
            "9 rue Victor Hugo, esc. B, 2e étage, 69002 Lyon",
        ),
        ("Bor på Björkvägen 7, lgh 1203, 412 58 Göteborg", "sv", "Björkvägen 7, lgh 1203, 412 58 Göteborg"),
        (
            "she is at Flat 3A, Palm Court Building, 12 Coral Street, Accra",
            "en",
            "Flat 3A, Palm Court Building, 12 Coral Street, Accra",
        ),
        ("mesajı attı: Yenişehir Mah. Gül Sok. No:5 D:3 Çankaya.", "tr", "Yenişehir Mah. Gül Sok. No:5 D:3 Çankaya"),
        ("Живу: ул. Садовая, д. 7, кв. 15. Помогите", "ru", "ул. Садовая, д. 7, кв. 15"),
        (
            "Hapa Zone 55, Street 310, Building 9, Al Rayyan. Tafadhali",
            "sw",
            "Zone 55, Street 310, Building 9, Al Rayyan",
        ),
        ("địa chỉ số 5 ngõ 12 phố Lò Đúc, Hai Bà Trưng", "vi", "số 5 ngõ 12 phố Lò Đúc, Hai Bà Trưng"),
        (
            "住所は〒150-0001 東京都渋谷区神宮前4丁目3-2 メゾン青山305号室です",
            "ja",
            "〒150-0001 東京都渋谷区神宮前4丁目3-2 メゾン青山305号室",
        ),
        ("Vivimos en C/ Mayor 14, 1º izq., 28013 Madrid.", "es", "C/ Mayor 14, 1º izq., 28013 Madrid"),
    ],
)
def test_address_with_its_parts(text: str, lang: str, address: str) -> None:
    assert address in _spans(text, "ADDRESS", lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I live in Madrid since 2019 and love it.", "en"),
        ("We are in Building 3 of the hospital until 5pm.", "en"),
        ("Estamos en Lisboa, 3 días más.", "es"),
        ("The meeting is on Floor 4, room 12 at the embassy.", "en"),
    ],
)
def test_no_address(text: str, lang: str) -> None:
    assert _spans(text, "ADDRESS", lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        ("息子は平成30年4月1日生まれです", "ja", "平成30年4月1日"),
        ("出生：民國80年2月3日", "zh", "民國80年2月3日"),
        ("她叫王芳，1960年5月6号生的", "zh", "1960年5月6号"),
        ("아들 박민수 2015년 3월 9일생", "ko", "2015년 3월 9일"),
        ("Олег Петров, 1975 г.р., живёт в Минске", "ru", "1975 г.р."),
        ("ابني مواليد ١٤٣٠/٠٥/٢٠هـ", "ar", "١٤٣٠/٠٥/٢٠هـ"),
        ("ومواليد ٠٣-٠٤-١٩٩٠", "ar", "٠٣-٠٤-١٩٩٠"),
        ("พี่สาว เกิด 5 ธ.ค. 2530", "th", "5 ธ.ค. 2530"),
        ("born on 4 March, at the city hospital", "en", "4 March"),
        ("DOB 07-Jun-91 on my form", "en", "07-Jun-91"),
        ("Mtoto alizaliwa tarehe 2 Ramadan 1444 huko Jeddah", "sw", "2 Ramadan 1444"),
        ("জন্ম ২১শে ফেব্রুয়ারি ২০১০", "bn", "২১শে ফেব্রুয়ারি ২০১০"),
        ("Хүү маань 2020 оны 6 сарын 3-нд төрсөн", "mn", "2020 оны 6 сарын 3"),
        ("cháu tôi (sn 01/02/2005) đang ở đây", "vi", "01/02/2005"),
    ],
)
def test_date_of_birth(text: str, lang: str, date: str) -> None:
    assert date in _spans(text, "DATE_OF_BIRTH", lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("My flight is on 4 March 2025 and my passport expires 12/08/2026.", "en"),
        ("Appointment 2024年3月5日, please confirm", "zh"),
        ("เกิดเหตุวันที่ 3 ม.ค. 2567 ที่สนามบิน", "th"),  # "the incident happened on …"
        ("The baby is due on 2 June, can we register before?", "en"),
        ("Meeting 2023. 5. 1. 생활비 문의", "ko"),
    ],
)
def test_no_date_of_birth(text: str, lang: str) -> None:
    assert _spans(text, "DATE_OF_BIRTH", lang) == []
