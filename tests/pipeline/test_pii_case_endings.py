"""Armenian and Georgian names without the case ending or article glued to them (`case_endings`)."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii.case_endings import cut_person_endings, name_length
from consuldesk.pipeline.pii.detect import detect_rules


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Արմենը", "Արմեն"),  # the article after a consonant
        ("Անահիտին", "Անահիտ"),  # the dative
        ("Սարգսյանից", "Սարգսյան"),  # the ablative of a surname in -յան
        ("Հակոբյանը", "Հակոբյան"),
        ("Արմեն", "Արմեն"),  # a name that ends in "ն" keeps it
        ("Երևանում", "Երևանում"),  # no name inside: unchanged
        ("ნინოს", "ნინო"),  # Georgian dative after a vowel
        ("ბერიძეს", "ბერიძე"),  # a surname in -ძე
        ("გიორგი", "გიორგი"),  # a name ending in "ი" of its own
        ("გიორგის", "გიორგი"),  # its dative: the name and "-ს"
        ("Armen", "Armen"),  # other scripts are never cut
    ],
)
def test_name_length(word: str, name: str) -> None:
    assert word[: name_length(word)] == name


def test_only_person_spans_are_cut() -> None:
    text = "Տիգրան Հակոբյանը, Երևանում"
    spans = [(0, 16, "PERSON"), (18, 26, "ADDRESS")]
    assert cut_person_endings(text, spans, "PERSON") == [(0, 15, "PERSON"), (18, 26, "ADDRESS")]


def test_rules_label_the_name_without_its_ending() -> None:
    text = "Եղբայրս Արմենը չի պատասխանում"
    assert [text[s:e] for s, e, kind in detect_rules(text, "hy") if kind == "PERSON"] == ["Արմեն"]
