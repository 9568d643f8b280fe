"""Initials before South Asian-script names belong to the name; titles and sentence ends do not."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii.detect import detect_pii
from consuldesk.pipeline.pii.names_initials import with_indic_initials


def people(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in detect_pii(text, lang) if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("சார், என் கணவர் K. முருகேசன் MV Ocean Pearl கப்பலில் வேலை செய்கிறார்", "K. முருகேசன்"),
        ("அன்புடன், பா. கலைவாணி", "பா. கலைவாணி"),
    ],
)
def test_tamil_initials_join_the_name(text: str, name: str) -> None:
    assert name in people(text, "ta")


def test_a_found_name_is_widened_over_two_initials() -> None:
    text = "ಅರ್ಜಿದಾರ ಎಚ್. ಆರ್. ನಾಗರಾಜ್"
    start = text.index("ನಾಗರಾಜ್")
    spans = with_indic_initials(text, [(start, len(text), "PERSON")], "PERSON")
    assert [text[s:e] for s, e, _ in spans] == ["ಎಚ್. ಆರ್. ನಾಗರಾಜ್"]


def test_titles_and_a_short_word_ending_a_sentence_stay_outside() -> None:
    text = "அப்பா திரு. சுப்பிரமணியம் இறந்துவிட்டார்"
    start = text.index("சுப்பிரமணியம்")
    spans = with_indic_initials(text, [(start, start + len("சுப்பிரமணியம்"), "PERSON")], "PERSON")
    assert [text[s:e] for s, e, _ in spans] == ["சுப்பிரமணியம்"]
    # Malayalam "തീ." (fire.) before a name is one word ending a sentence, not an initial
    text = "ഗോഡൗണിൽ തീ. അനീഷ് ഉൾപ്പെടെ മൂന്നു പേർ"
    start = text.index("അനീഷ്")
    spans = with_indic_initials(text, [(start, start + len("അനീഷ്"), "PERSON")], "PERSON")
    assert [text[s:e] for s, e, _ in spans] == ["അനീഷ്"]
