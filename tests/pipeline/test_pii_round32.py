"""Personal data the detector missed in round 32 of the written corpus: an ID in brackets right after its
owner's name, Korean resident numbers and Italian tax codes whose check digit a writer got wrong, Arabic
number cues with "and"/"with"/"for" glued to them, "my national number" in Arabic, and Persian and Pashto
kinship words in their colloquial forms ("دخترمون", "دوستام", "خور مې"). And look-alikes that must stay
unflagged. Fictional people throughout; spans are checked exactly through `detect_pii`."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii.caseless_kin import find_arabic_kin
from consuldesk.pipeline.pii.detect import detect_pii


def spans(text: str, lang: str | None) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], str(s.type)) for s in detect_pii(text, lang)]


def kin_rule(text: str) -> list[str]:
    found: list[str] = []
    find_arabic_kin(text, lambda s, e: found.append(text[s:e]))
    return found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the birth date and sex digit of a resident registration number, in brackets after the name
        ("제 남편 윤재혁(920314-1029381)이 치앙마이에서 다쳤습니다", "ko", ("920314-1029381", "NATIONAL_ID")),
        # codice fiscale: the layout (month letter, day) is specific enough without the check character
        ("il codice fiscale, così lo trovate: MRNLCU85T10H501W", "it", ("MRNLCU85T10H501W", "NATIONAL_ID")),
        # "and the booking number", "and my national number"
        ("رحلتي للدوحة بكرة الفجر ورقم الحجز QR7XK2، وش الحل؟", "ar", ("QR7XK2", "CASE_NUMBER")),
        ("اسمي معاذ الخطيب ورقمي الوطني 9911023456", "ar", ("9911023456", "NATIONAL_ID")),
        ("رقمي القومي 29105120104538", "ar", ("29105120104538", "NATIONAL_ID")),
    ],
)
def test_numbers_found(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in spans(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "codice prodotto ABCDEF12Z99X123Y",  # no month letter Z: not a tax code
        "ورقة الحجز عند الفندق",  # "the booking paper": a cue word without a number after it
    ],
)
def test_look_alikes_unflagged(text: str) -> None:
    assert [kind for _, kind in spans(text, None) if kind in ("NATIONAL_ID", "CASE_NUMBER")] == []


def test_a_thirteenth_month_is_no_resident_number() -> None:
    # the identifier scorer may still read the bracketed code after "number" as a booking reference
    assert "NATIONAL_ID" not in [kind for _, kind in spans("الرحلة رقم 4417 (991399-1234567) ملغاة", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("دخترمون نازنین ۱۲ آبان تو مونیخ به دنیا اومد", ["نازنین"]),  # our daughter
        ("من، بهاره و دو تا دوستام پویا و شهاب. همه سالمیم", ["پویا"]),  # my friends
        ("و برادرم احمدشاه را امشب پولیس از خانه برد", ["احمدشاه"]),  # a compound with "shah"
        ("خور مې مریم پرون له مدرسې نه ده راستنه شوې", ["مریم"]),  # Pashto: sister-my
    ],
)
def test_colloquial_kinship(text: str, expected: list[str]) -> None:
    assert kin_rule(text) == expected


def test_kinship_without_a_known_name_gives_nothing() -> None:
    # "our daughter is in the hospital": the word after the cue is no name
    assert kin_rule("دخترمون بیمارستان بستری است") == []
