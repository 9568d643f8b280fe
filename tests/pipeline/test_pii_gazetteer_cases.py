"""Cyrillic given names in their oblique cases are known names (`gazetteer.slavic_cases`)."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.pii.gazetteer import gazetteer, slavic_cases


def test_case_forms_of_each_declension() -> None:
    assert {"Зою", "Зое", "Зоей"} <= set(slavic_cases("Зоя"))
    assert {"Алину", "Алины", "Алине", "Алиной"} <= set(slavic_cases("Алина"))
    assert {"Рустама", "Рустаму", "Рустамом"} <= set(slavic_cases("Рустам"))
    assert {"Сергея", "Сергею", "Сергеем"} <= set(slavic_cases("Сергей"))
    assert slavic_cases("Ли") == []


@pytest.mark.parametrize("word", ["Зою", "Вову", "Серёжу", "Марине", "Рустама", "Гулчехры", "Олені"])
def test_oblique_forms_are_given_names(word: str) -> None:
    assert word in gazetteer().given


def test_everyday_words_are_not_made_names() -> None:
    # only names that are no everyday word decline; a lowercase or Latin word never does
    g = gazetteer()
    assert "зою" not in g.given
    assert all(not form.isascii() for form in slavic_cases("Анна"))
