"""Number-shaped PII that proves itself: national-ID layouts with check digits, card IINs, references."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii import detect_pii
from consuldesk.pipeline.pii.checks import card_plausible, card_scheme
from consuldesk.pipeline.pii.national_ids import self_validating


def spans(text: str, lang: str | None = "en") -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in detect_pii(text, lang)]


@pytest.mark.parametrize(
    "value",
    [
        "12345678Z",  # Spanish DNI, check letter
        "X1234567L",  # Spanish NIE
        "44051401359",  # Polish PESEL
        "AB123456C",  # UK National Insurance number
        "11010519491231002X",  # Chinese resident ID, ISO 7064 check
        "RSSMRA85T10A562S",  # Italian codice fiscale
        "811228-9874",  # Swedish personnummer, Luhn
        "131052-308T",  # Finnish HETU
        "85.07.30-033.28",  # Belgian national number, mod 97
        "12.345.678-5",  # Chilean RUT, mod 11
        "S1234567D",  # Singapore NRIC
        "A123456789",  # Taiwan ID
        "784-1968-6570305-0",  # Emirati ID, Luhn
        "8001015009087",  # South African ID, date and Luhn
        "3171014507900003",  # Indonesian NIK, region and date (not a card IIN)
        "2345 6789 0124",  # Indian Aadhaar, Verhoeff
        "35202-1234567-1",  # Pakistani CNIC
        "HESD950714MDFRLN08",  # Mexican CURP
    ],
)
def test_self_validating_ids_need_no_cue(value: str) -> None:
    assert spans(f"data: {value} thanks") == [(value, "NATIONAL_ID")]


@pytest.mark.parametrize("value", ["12345678A", "12.345.678-4", "811228-9875", "131052-308A", "S1234567A"])
def test_broken_check_digits_are_not_ids_without_a_cue(value: str) -> None:
    assert self_validating(value, 0) is None


def test_cued_layouts_with_spaces_and_brackets() -> None:
    assert ("13845721 5 ZX2", "NATIONAL_ID") in spans("Cartão de Cidadão 13845721 5 ZX2, obrigado", "pt")
    assert ("65 070190 K 123", "NATIONAL_ID") in spans("Rentenversicherungsnummer 65 070190 K 123.", "de")
    assert ("A123456(3)", "NATIONAL_ID") in spans("HKID A123456(3) lost")
    assert ("2487310956", "NATIONAL_ID") in spans("मेरी बहन, इक़ामा 2487310956", "hi")


def test_card_needs_an_issuer_prefix_as_well_as_luhn() -> None:
    assert card_scheme("4111111111111111") == "visa" and card_plausible("4111111111111111")
    assert card_plausible("378282246310005") and card_plausible("5555555555554444")
    assert not card_plausible("3171014507900003")  # Luhn-valid by chance, but no card scheme starts 31
    assert spans("card 4111 1111 1111 1111 declined") == [("4111 1111 1111 1111", "CREDIT_CARD")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("file # MADR-PP-20250113 still pending", "MADR-PP-20250113"),
        ("I filed complaint ref LAB-2025-004417 last month", "LAB-2025-004417"),
        ("Reference for the visa form: GBVIS-4481297.", "GBVIS-4481297"),
        ("the SAPS case number CAS 17/3/2025 was opened", "CAS 17/3/2025"),
        ("Aktenzeichen 3 Js 1204/25, bitte um Rückruf", "3 Js 1204/25"),
        ("police report no. BRNO-4471/KŘ-2025 attached", "BRNO-4471/KŘ-2025"),
        ("номер записи ВЛД-8812, очередь не двигается", "ВЛД-8812"),
        ("(NUIPC 311/25.4PALSB) was given to us", "311/25.4PALSB"),
    ],
)
def test_references(text: str, value: str) -> None:
    assert (value, "CASE_NUMBER") in spans(text)


def test_a_province_code_before_a_postcode_is_no_reference() -> None:
    found = spans("my address is 55 Elm Drive West, Mississauga, ON L5B 1L9 for the letter")
    assert ("55 Elm Drive West, Mississauga, ON L5B 1L9", "ADDRESS") in found
    assert not [v for v, kind in found if kind == "CASE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("потерял загранпаспорт в Анталье, номер 72 1234567", "72 1234567", "PASSPORT_NUMBER"),
        ("уплыли документы с загранпаспортами (мой 71 7654321)", "71 7654321", "PASSPORT_NUMBER"),
        ("paspor lama saya B1234567 masih berlaku", "B1234567", "PASSPORT_NUMBER"),
        ("Paspoortnummer NPH7K3L92 verlopen", "NPH7K3L92", "PASSPORT_NUMBER"),
        ("Irish mobile: my name is Aoife, 087 123 4567", "087 123 4567", "PHONE"),
    ],
)
def test_passports_and_phones_in_more_shapes(text: str, value: str, kind: str) -> None:
    lang = "ru" if "паспорт" in text else "id" if "paspor " in text else "en"
    assert (value, kind) in spans(text, lang)


def test_unit_words_need_a_number() -> None:
    found = spans("the flat is Rua das Flores 12, 2º Dto, Porto", "en")
    assert ("Rua das Flores 12, 2º Dto, Porto", "ADDRESS") in found
    assert spans("it is a 6h walk to the nearest road") == []
