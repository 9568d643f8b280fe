"""PII detection and redaction: exact spans in the original text, checksums, cues, linear time."""

from __future__ import annotations

import itertools

import pytest

from consuldesk.pipeline.item import PiiSpan, TriageItem
from consuldesk.pipeline.pii import detect_pii, redact
from consuldesk.pipeline.pii.checks import cpf_valid, iban_valid, luhn_valid
from consuldesk.pipeline.stages import PiiStage


def spans(text: str, lang: str | None = None) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in detect_pii(text, lang)]


def test_passport_number_span_excludes_the_cue() -> None:
    text = "My passport no. P7720391A was stolen in Rome."
    [span] = detect_pii(text, "en")
    assert (span.start, span.end, span.type) == (16, 25, "PASSPORT_NUMBER")
    assert text[span.start : span.end] == "P7720391A"


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Pasaporte 148820931, vuelo mañana", "148820931", "PASSPORT_NUMBER"),
        ("Passeport français 22AF81934, perdu hier", "22AF81934", "PASSPORT_NUMBER"),
        ("护照号EJ4471839，请帮忙", "EJ4471839", "PASSPORT_NUMBER"),
        ("Mi DNI es 48291037F y vivo en Sevilla", "48291037F", "NATIONAL_ID"),
        ("Paspoort kwijt, BSN 204518878", "204518878", "NATIONAL_ID"),
        ("CURP HESD950714MDFRLN08, por favor", "HESD950714MDFRLN08", "NATIONAL_ID"),
        ("Паспорт РФ 65 04 318775, нужна справка", "65 04 318775", "NATIONAL_ID"),
        ("My GWF number is GWF071829334, any update?", "GWF071829334", "CASE_NUMBER"),
        ("Dossier n° RDV-LY-558201 en attente", "RDV-LY-558201", "CASE_NUMBER"),
        ("DOB 17 July 1990, stuck in Lagos", "17 July 1990", "DATE_OF_BIRTH"),
        ("Né le 3 mars 1986 à Dakar", "3 mars 1986", "DATE_OF_BIRTH"),
        ("Call me on +44 7700 900417 please", "+44 7700 900417", "PHONE"),
        ("Mon numéro : 06 41 28 93 57", "06 41 28 93 57", "PHONE"),
        ("Write to ana.lopez+visa@correo.example.es today", "ana.lopez+visa@correo.example.es", "EMAIL"),
    ],
)
def test_value_spans(text: str, value: str, kind: str) -> None:
    assert (value, kind) in spans(text)


def test_iban_spaced_and_compact_are_exact() -> None:
    text = "Pay the fee to IBAN DE89 3704 0044 0532 0130 00 or GB82WEST12345698765432 today."
    assert spans(text) == [("DE89 3704 0044 0532 0130 00", "IBAN"), ("GB82WEST12345698765432", "IBAN")]


def test_invalid_iban_and_non_luhn_card_are_not_flagged() -> None:
    text = "IBAN DE89 3704 0044 0532 0130 01 and card 4539 1488 0343 6468"
    assert not any(kind in ("IBAN", "CREDIT_CARD") for _, kind in spans(text))
    assert ("4539 1488 0343 6467", "CREDIT_CARD") in spans("card 4539 1488 0343 6467 was charged")


def test_checksums() -> None:
    assert luhn_valid("4539148803436467") and not luhn_valid("4539148803436468")
    assert iban_valid("DE89370400440532013000") and not iban_valid("DE89370400440532013001")
    assert not iban_valid("XX89370400440532013000")
    assert cpf_valid("52998224725") and not cpf_valid("11111111111")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hello, my name is Amara Diallo and I lost my bag", ["Amara Diallo"]),
        ("Please contact Herr Brandl or Mme Diop at the desk", ["Brandl", "Diop"]),
        ("My mum and stepdad Janet and Phil Cooper are missing", ["Janet", "Phil Cooper"]),
        ("Regards,\nMarloes de Vries", ["Marloes de Vries"]),
        ("Martín Sosa, DNI 32.456.789", ["Martín Sosa"]),
        ("Меня зовут Анастасия Белова, паспорт утерян", ["Анастасия Белова"]),
        ("姓名：刘思远，电话 138 0013 8000", ["刘思远"]),
        ("Can you renew it before Friday? Thanks! - Jessica Whitman", ["Jessica Whitman"]),
        ("Names: Jess Palmer, Ravi Palmer, Kiri Palmer (age 9)", ["Jess Palmer", "Ravi Palmer", "Kiri Palmer"]),
        ("Urgente, mi tío Ramiro Gutiérrez no contesta", ["Ramiro Gutiérrez"]),
        ("رقم جوازها A28419057، واسمها فاطمة بنعلي", ["فاطمة بنعلي"]),
    ],
)
def test_person_from_cues(text: str, names: list[str]) -> None:
    found = [value for value, kind in spans(text) if kind == "PERSON"]
    assert found == names


@pytest.mark.parametrize(
    "text",
    ["I am British and I am stuck in Lima", "Dear Embassy, thanks", "I'm in Paris now", "my son is missing"],
)
def test_no_person_without_a_name(text: str) -> None:
    assert [v for v, kind in spans(text) if kind == "PERSON"] == []


def test_address_with_number_and_street_word() -> None:
    assert ("Calle del Pintor Sorolla 14, 2ºB", "ADDRESS") in spans("Vivo en Calle del Pintor Sorolla 14, 2ºB.")
    assert ("Flat 4B, 22 Marine Parade, Brighton BN2 1TL", "ADDRESS") in spans(
        "New address: Flat 4B, 22 Marine Parade, Brighton BN2 1TL."
    )
    assert [k for _, k in spans("We stayed 3 nights in Brighton")] == []


def test_spans_sorted_non_overlapping_and_redaction() -> None:
    text = "I'm Kyle Dempsey, passport 584420917, phone +995 599 41 22 87, kyle.d@example.com"
    found = detect_pii(text, "en")
    assert [s.type for s in found] == ["PERSON", "PASSPORT_NUMBER", "PHONE", "EMAIL"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert redact(text, found) == "I'm [PERSON], passport [PASSPORT_NUMBER], phone [PHONE], [EMAIL]"


def test_redact_without_spans_is_identity() -> None:
    assert redact("nothing here", []) == "nothing here"
    assert redact("ab", [PiiSpan(0, 1, "PERSON")]) == "[PERSON]b"


def test_dates_money_and_years_are_not_pii() -> None:
    assert spans("Flight on 12/05/2025 costs 1.500 EUR, back in 2026, ref unknown") == []


def test_pii_stage_uses_original_offsets() -> None:
    item = TriageItem(id="1", text="  HELP   call +44 7700 900417", language="en")
    PiiStage()([item])
    assert [item.text[s.start : s.end] for s in item.pii] == ["+44 7700 900417"]
    assert item.redacted_text == "  HELP   call [PHONE]"


@pytest.mark.parametrize(
    "text",
    [
        "a" * 100_000,
        "1" * 100_000,
        "1 " * 50_000,
        "@" * 100_000,
        "a@" * 50_000,
        "a." * 50_000 + "@",
        "Mr " * 33_000,
        "passport " * 11_000,
        "DE89 " * 20_000,
        "Calle " * 16_000 + "14",
        "my name is " * 9_000,
        "Aa " * 33_000,
        "+4" * 50_000,
        "12/05/" * 16_000,
    ],
)
def test_adversarial_100k_inputs_finish(text: str) -> None:
    # Catastrophic backtracking would make these run for hours; they must simply complete.
    for span in detect_pii(text, "en"):
        assert 0 <= span.start < span.end <= len(text)
