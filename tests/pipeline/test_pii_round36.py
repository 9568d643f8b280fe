"""Dates of birth as round 36's writers wrote them, and a name before a date in a Turkic language."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii import detect_pii


def spans(text: str, lang: str, kind: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_pii(text, lang) if s.type == kind]


@pytest.mark.parametrize(
    ("text", "lang", "birth"),
    [
        ("Su fecha de nacimiento: 4 de mayo del 83, está detenido", "es", "4 de mayo del 83"),
        ("mi hijo nació aquí en Quito el 9 de enero del 2020", "es", "9 de enero del 2020"),
        ("بنتي مواليد ٥ / ٦ / ٢٠١٢ وعايزة أجدد الباسبور", "ar", "٥ / ٦ / ٢٠١٢"),
        ("ولدي مزداد في 7 جويلية 2015 بوهران", "ar", "7 جويلية 2015"),
        ("ipinanganak noong ika-9 ng Oktubre sa Jeddah", "tl", "ika-9 ng Oktubre"),
        ("私の生年月日は昭和60年2月3日です", "ja", "昭和60年2月3日"),
        ("出生日期写一九九零年六月八日可以吗", "zh", "一九九零年六月八日"),
        ("Bé sinh ngày 3 tháng Hai năm 2021 tại Hà Nội", "vi", "3 tháng Hai năm 2021"),
        ("ಮಗ ಹುಟ್ಟಿದ್ದು ೪ ಮಾರ್ಚ್ ೨೦೨೦, ಪಾಸ್‌ಪೋರ್ಟ್ ಬೇಕು", "kn", "೪ ಮಾರ್ಚ್ ೨೦೨೦"),
        ("Uulum 2015-жылы 3-майда Бишкекте туулган", "ky", "2015-жылы 3-май"),
    ],
)
def test_dates_of_birth_as_people_write_them(text: str, lang: str, birth: str) -> None:
    assert spans(text, lang, "DATE_OF_BIRTH") == [birth]


def test_a_place_in_the_locative_is_not_part_of_the_name_before_a_date() -> None:
    # "Нурай Стамбулда" is "Nurai in Istanbul": the name found after "кызым" (my daughter) stands alone
    text = "Саламатсызбы, кызым Нурай Стамбулда 8-апрелде төрөлдү"
    assert spans(text, "ky", "PERSON") == ["Нурай"]
    assert spans(text, "ky", "DATE_OF_BIRTH") == ["8-апрел"]


@pytest.mark.parametrize(
    ("text", "lang", "address"),
    [
        (
            "Abitiamo in Via Roma 14, scala C, 2° piano, interno 6. Grazie",
            "it",
            "Via Roma 14, scala C, 2° piano, interno 6",
        ),
        ("Vivimos en la calle de Alcalá 40, puerta 3, en Madrid.", "es", "calle de Alcalá 40, puerta 3"),
        (
            "Locuim pe Strada Mihai Viteazu 12, scara A, etajul 4. Vă rog",
            "ro",
            "Strada Mihai Viteazu 12, scara A, etajul 4",
        ),
        ("Nou rete 77 Flatbush Ave, apatman 2B, Brooklyn. Mèsi", "ht", "77 Flatbush Ave, apatman 2B, Brooklyn"),
        ("Moro na Rua Augusta, 210, 3.º direito, em Lisboa.", "pt", "Rua Augusta, 210, 3.º direito"),
    ],
)
def test_units_and_floors_after_the_street(text: str, lang: str, address: str) -> None:
    assert spans(text, lang, "ADDRESS") == [address]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("شقيقي ماجد محتجز في المطار منذ الصباح", ["ماجد"]),  # formal "my brother"
        ("خويا يوسف ما جاوبش من البارح", ["يوسف"]),  # Maghrebi "my brother"
        ("مرتي حبّت تجدد الباسبور", []),  # "my wife wanted …": no name cut before the shadda
    ],
)
def test_arabic_kin_words(text: str, names: list[str]) -> None:
    assert spans(text, "ar", "PERSON") == names


@pytest.mark.parametrize(
    ("text", "lang", "address"),
    [
        (
            "Adresse : avenue Kasa-Vubu n° 40, quartier Matonge, commune de Kalamu.",
            "fr",
            "avenue Kasa-Vubu n° 40, quartier Matonge, commune de Kalamu",
        ),
        ("Мы живём в мкр. Аксай-4, д. 12, кв. 33. Помогите", "ru", "мкр. Аксай-4, д. 12, кв. 33"),
    ],
)
def test_hyphenated_streets_and_numbered_districts(text: str, lang: str, address: str) -> None:
    assert spans(text, lang, "ADDRESS") == [address]


@pytest.mark.parametrize(
    ("text", "lang", "value", "kind"),
    [
        ("kartımdan (4111 1111 1111 1111) iki kez çekildi", "tr", "4111 1111 1111 1111", "CREDIT_CARD"),
        ("واریز به شبا IR06 2960 0000 0010 0324 2000 01 انجام شد", "fa", "IR06 2960 0000 0010 0324 2000 01", "IBAN"),
        ("汇款至GB82 WEST 1234 5698 7654 32，逾期作废", "zh", "GB82 WEST 1234 5698 7654 32", "IBAN"),
        ("我的邮箱wang.li@example.com 一直没回复", "zh", "wang.li@example.com", "EMAIL"),
        ("ngibhalele ku-lindiwe.n@example.org izolo", "zu", "lindiwe.n@example.org", "EMAIL"),
        ("მომწერეთ nino.k@example.com-ზე", "ka", "nino.k@example.com", "EMAIL"),
    ],
)
def test_numbers_and_emails_glued_to_other_words(text: str, lang: str, value: str, kind: str) -> None:
    assert spans(text, lang, kind) == [value]


def test_a_phone_with_its_country_code_is_no_card() -> None:
    # "+62 812-9044-7135" passes the Luhn check without its "+": the "+" keeps it a phone number
    assert spans("Nomornya +62 812-9044-7135, tolong", "id", "PHONE") == ["+62 812-9044-7135"]


def test_north_american_numbers_of_the_fiction_range_are_phones() -> None:
    # 555-0100 to 555-0199 are kept for fiction; `phonenumbers` calls them invalid
    assert spans("Mon numéro : 438-555-0163, merci", "fr", "PHONE") == ["438-555-0163"]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Inombolo yami ye-ID ngu 9203145204088", "zu", "9203145204088"),  # South African ID, not a phone
        ("my ID 6405015291086, needs notarising", "en", "6405015291086"),  # ... nor a card (it passes Luhn)
        ('איבדתי ת"ז, מספר 038452716. אפשר', "he", "038452716"),  # ת"ז typed with a straight quote
        ("AHV-Nr. 756.1234.5678.97, geb. 1990", "de", "756.1234.5678.97"),  # Swiss social insurance number
    ],
)
def test_national_ids_told_from_phones_and_cards(text: str, lang: str, value: str) -> None:
    assert spans(text, lang, "NATIONAL_ID") == [value]


@pytest.mark.parametrize(
    ("text", "lang", "value", "kind"),
    [
        ("Police report PV 4471/0932 filed this morning", "en", "PV 4471/0932", "CASE_NUMBER"),
        ("ripoti ya polisi, CAS 512/08. Naomba msaada", "sw", "CAS 512/08", "CASE_NUMBER"),
        ("Boekingsnummer TUI 48213377, vlucht morgen", "nl", "48213377", "CASE_NUMBER"),  # the carrier's name
    ],
)
def test_register_letters_before_a_case_number(text: str, lang: str, value: str, kind: str) -> None:
    assert spans(text, lang, kind) == [value]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("vol annulé, réservation ZK4Q7B, que faire ?", "fr", "ZK4Q7B"),
        ("Foglalási kód: Q7ZK4B, holnap indulnék", "hu", "Q7ZK4B"),
        ("订位代号 4QZK7B，航班取消了", "zh", "4QZK7B"),
    ],
)
def test_booking_references_after_the_local_word(text: str, lang: str, value: str) -> None:
    assert spans(text, lang, "CASE_NUMBER") == [value]


def test_a_booking_word_alone_takes_no_number() -> None:
    assert spans("la réservation pour 4 personnes le 12 mars", "fr", "CASE_NUMBER") == []
