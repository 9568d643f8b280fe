"""Round-16 number rules: passport, national ID, case and phone cues of African, South and Central Asian
and East European languages (`cues_numbers_more.py`), Lao/Myanmar/Khmer cues glued to their words
(`numbers_local.py`), national ID layouts (Rwanda, Uganda, Kyrgyz PIN, Estonian/Lithuanian codes,
Zimbabwe), references told apart from phone numbers (`numbers_phone.py`), "its number" after a named
document, and local digits. Invented values throughout; each family has near misses that must stay
unflagged."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii.detect import detect_rules

_NUMBER_TYPES = ("PASSPORT_NUMBER", "NATIONAL_ID", "CASE_NUMBER", "PHONE")


def numbers(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    return [(kind, text[s:e]) for s, e, kind in detect_rules(text, lang) if kind in _NUMBER_TYPES]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Passport words with possessive and case endings glued on
        ("Baasaboorkeedu waa P02468135, way lumay.", "so", [("PASSPORT_NUMBER", "P02468135")]),
        ("Paaspoortiin koo EP1357924 bade.", "om", [("PASSPORT_NUMBER", "EP1357924")]),
        ("ፓስፖርታችን EP8642097 ጠፍቷል", "am", [("PASSPORT_NUMBER", "EP8642097")]),
        ("Paasipooti yange B02244668 yabuze.", "lg", [("PASSPORT_NUMBER", "B02244668")]),
        ("Pasipaoroko: E98765432", "mg", [("PASSPORT_NUMBER", "E98765432")]),
        ("Kecha паспортумду жоготтум, AC5566778.", "ky", [("PASSPORT_NUMBER", "AC5566778")]),
        ("Pass KF7788123 jäi hotelli.", "et", [("PASSPORT_NUMBER", "KF7788123")]),
        ("Mit pasnr. 207531864 er udløbet.", "da", [("PASSPORT_NUMBER", "207531864")]),
        ("Uimhir an phas PC1928374.", "ga", [("PASSPORT_NUMBER", "PC1928374")]),
        ("ra2m el jawaz RL5544332 w ana bi Beirut", "ar", [("PASSPORT_NUMBER", "RL5544332")]),
        # A series letter written apart from the number
        ("Paspor saya D 7654321 hilang.", "id", [("PASSPORT_NUMBER", "D 7654321")]),
        # Glued to the word before in Khmer and Lao
        ("ខ្ញុំបាត់លិខិតឆ្លងដែន N01122334 ហើយ", "km", [("PASSPORT_NUMBER", "N01122334")]),
        ("ເສຍໜັງສືຜ່ານແດນ PA7766554 ແລ້ວ", "lo", [("PASSPORT_NUMBER", "PA7766554")]),
        # "Its number" after the document was named
        ("Шиносномаашро дуздиданд, рақамаш 405060708.", "tg", [("PASSPORT_NUMBER", "405060708")]),
        # National IDs: residence cards, local words, local layouts
        ("Iqaamadaydu waa 2345678901.", "so", [("NATIONAL_ID", "2345678901")]),
        ("Lakk. Faydaa isaa 4412 9087 3316.", "om", [("NATIONAL_ID", "4412 9087 3316")]),
        ("I hold alien card no. 0098765.", "en", [("NATIONAL_ID", "0098765")]),
        ("Il mio permesso di soggiorno I07654321 scade.", "it", [("NATIONAL_ID", "I07654321")]),
        ("Nimero: 1 1990 7 0012345 0 21", "rw", [("NATIONAL_ID", "1 1990 7 0012345 0 21")]),
        ("Endagamuntu CM88012345ABCD yabuze.", "lg", [("NATIONAL_ID", "CM88012345ABCD")]),
        ("Менин ПИНим 21503199000123 болчу.", "ky", [("NATIONAL_ID", "21503199000123")]),
        ("Jonas Petraitis, a. k. 38703150228", "lt", [("NATIONAL_ID", "38703150228")]),
        ("ID: 08-1234567 T 15", "sn", [("NATIONAL_ID", "08-1234567 T 15")]),
        ("Регистр АБ85010299 байна.", "mn", [("NATIONAL_ID", "АБ85010299")]),
        ("Zgubiłem dowód osobisty ABD 123456.", "pl", [("NATIONAL_ID", "ABD 123456")]),
        ("Szig. szám 123456AB.", "hu", [("NATIONAL_ID", "123456AB")]),
        ("nagarikta no. २७-०२-७१-०९८७६", "ne", [("NATIONAL_ID", "२७-०२-७१-०९८७६")]),
        ("ژمارەی کارتی نیشتمانی ١٩٩٧١٢٣٤٥٦٧٨.", "ckb", [("NATIONAL_ID", "١٩٩٧١٢٣٤٥٦٧٨")]),
        ("ID yami ngu-8001015009087.", "zu", [("NATIONAL_ID", "8001015009087")]),
        # Case references: police and court formats, labels of many languages
        ("Poolisii irraa OB 45/6/2024 fudhadheera.", "om", [("CASE_NUMBER", "45/6/2024")]),
        ("Civil Case No. E1204 of 2023 at Milimani.", "en", [("CASE_NUMBER", "E1204 of 2023")]),
        ("broj predmeta 65 0 P 224466 22 P", "bs", [("CASE_NUMBER", "65 0 P 224466 22 P")]),
        ("zaaknr. C/13/712345 / FA RK 24-1188", "nl", [("CASE_NUMBER", "C/13/712345 / FA RK 24-1188")]),
        ("Tosali plainte, PV numéro 2024/003311.", "ln", [("CASE_NUMBER", "2024/003311")]),
        ("jugement, numero 733/2023", "wo", [("CASE_NUMBER", "733/2023")]),
        ("Sagsnummeret er 5512/2567.", "da", [("CASE_NUMBER", "5512/2567")]),
        ("Predmet 14-KON-2290.", "hr", [("CASE_NUMBER", "14-KON-2290")]),
        ("өтінім 0522-ДБ-3390", "kk", [("CASE_NUMBER", "0522-ДБ-3390")]),
        ("ពាក្យសុំលេខ PP-១២៣៤៥៦", "km", [("CASE_NUMBER", "PP-១២៣៤៥៦")]),
        ("müraciət etmişik, nömrəsi AZV-55012288.", "az", [("CASE_NUMBER", "AZV-55012288")]),
        ("mahdar bl karakol ra2mo 56-1122", "ar", [("CASE_NUMBER", "56-1122")]),
        # Phones: cues of more languages, local digits, the name between cue and number kept apart
        ("Холбогдох: Дорж 9988-7766", "mn", [("PHONE", "9988-7766")]),
        ("تلیفون ۰۷۹۹ ۱۲۳ ۴۵۶", "ps", [("PHONE", "۰۷۹۹ ۱۲۳ ۴۵۶")]),
        ("Inombolo yami 082 555 0147", "zu", [("PHONE", "082 555 0147")]),
        ("WhatsApp 0711 223 344. 100% real", "en", [("PHONE", "0711 223 344")]),
        # A trunk "0" number of the country the writer works in (Emirati in a Malayalam text)
        ("Dubai office: 050 771 3342 il vilikkuka", "ml", [("PHONE", "050 771 3342")]),
    ],
)
def test_found(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert numbers(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Label words followed by dates, years, amounts or durations
        ("Mein Pass läuft am 12.05.2026 ab.", "de"),
        ("Ho fatto 10000 passi oggi, passi 12000 ieri.", "it"),
        ("I need a bus pass for 30 days.", "en"),
        ("The PV panels produce 4500 kWh per year.", "en"),
        ("Predmet: zahtjev, 2 kopije, 15 dana.", "hr"),
        ("Tengo dos autos del 2019 y 2021.", "es"),
        ("Vendo autos 1500 dólares cada uno.", "es"),
        ("Hice la reserva 4 personas, 1200 euros.", "es"),
        ("Am o programare pe 12 martie.", "ro"),
        ("Заявка подана 12.03.2024, срок 30 дней.", "ru"),
        ("Campus France interview on 12/05/2025 at 9:00.", "fr"),
        ("My work permit expires in 2025.", "en"),
        ("Müraciət 15 gün ərzində baxılır.", "az"),
        ("My PIN 4821 is blocked.", "ky"),
        ("Sama dossier bi am na 3 weer.", "wo"),
    ],
)
def test_not_found(text: str, lang: str) -> None:
    assert numbers(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # References numbered by their year, or two dash-joined groups where phones keep their trunk "0"
        ("Ärendet 24-118890 handläggs.", "sv"),
        ("Umsókn 2024-05512 er í vinnslu.", "is"),
        ("Faili 2023/118734 bado liko wazi.", "sw"),
        # A code glued to a letter
        ("Kodi XN07123456 ni ya tiketi.", "sw"),
    ],
)
def test_not_phone(text: str, lang: str) -> None:
    assert not [v for v in numbers(text, lang) if v[0] == "PHONE"]


def test_passport_run_stops_at_sentence() -> None:
    """A bare passport number in a passport text ends at the full stop: "13AB48217. 4 dghe"."""
    text = "pasporti dakarga metroshi, nomeri 24CD51234. 5 dghe"
    assert ("PASSPORT_NUMBER", "24CD51234") in numbers(text, "ka")


def test_phone_cue_keeps_name() -> None:
    """A name between a phone cue and its number is still found as a person."""
    text = "સંપર્ક: મહેશ 98250 12345"
    spans = [(kind, text[s:e]) for s, e, kind in detect_rules(text, "gu")]
    assert ("PHONE", "98250 12345") in spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Arabic letters after a slash belong to the file number (a court or office code, a city)
        ("رقم البلاغ 2219/ش/ع", [("CASE_NUMBER", "2219/ش/ع")]),
        ("رقم المعاملة 2281/ق/أثينا", [("CASE_NUMBER", "2281/ق/أثينا")]),
        ("رقم القضية 118/2024 في المحكمة", [("CASE_NUMBER", "118/2024")]),
    ],
)
def test_arabic_letters_in_a_case_number(text: str, expected: list[tuple[str, str]]) -> None:
    assert numbers(text, "ar") == expected
