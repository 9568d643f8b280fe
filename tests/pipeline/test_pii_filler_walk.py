"""The cue-to-value gap check of the number detector: the position walk decides as the regex does, and a
long unspaced gap (Thai, Lao, Khmer) is decided at once instead of backtracking for minutes."""

from __future__ import annotations

import re

import pytest

from consuldesk.pipeline.pii import numbers_filler
from consuldesk.pipeline.pii.detect import detect_pii

GAPS = [
    "", " ", ": ", " no. ", " number is ", " de la ", " français ", " TUI ", " is my old ", "，号码：",
    " est le ", " nr: ", " ist die ", " three short words ", " de mi hijo es ", "เลขที่ ", "番号は ",
    " номер мой ", " my new number is the ", " of the ", "abc def", " dia nya ", " ni yangu ",
]


@pytest.mark.parametrize("gap", GAPS)
def test_the_walk_decides_as_the_regex(gap: str) -> None:
    text = f"Passport{gap}A1234567"
    start, end = len("Passport"), len("Passport") + len(gap)
    walked = numbers_filler.filler_walk(text, start, end)
    assert walked == (numbers_filler.FILLER.fullmatch(text, start, end) is not None)


def test_no_filler_word_is_longer_than_the_walk_looks() -> None:
    width = re._parser.parse(numbers_filler.ANY_FILLER.pattern).getwidth()[1]  # type: ignore[attr-defined]
    assert width <= numbers_filler.FILLER_WIDTH


def test_a_long_unspaced_gap_with_a_filler_word_is_decided_without_backtracking() -> None:
    # 45 Thai letters holding the filler word "เลขที่": the regex alone backtracked for minutes on this gap
    gap = "กรุงเทพมหานครประเทศไทยเลขที่ของฉันคือหนังสือเดินทางของเขา"[:45]
    assert numbers_filler.filler_walk(gap, 0, len(gap)) is False
    text = f"หนังสือเดินทาง{gap}AA1234567 ติดต่อสถานทูต"
    assert isinstance(detect_pii(text, "th"), list)


def test_a_thai_passport_number_after_its_cue_is_still_found() -> None:
    text = "หนังสือเดินทางเลขที่ AA1234567 หายที่สนามบิน"
    assert [(text[s.start:s.end], s.type) for s in detect_pii(text, "th")] == [("AA1234567", "PASSPORT_NUMBER")]
