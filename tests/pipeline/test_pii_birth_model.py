"""The birth-date scorer's candidates and refinement (`pipeline/pii/birth_model.py`)."""

from __future__ import annotations

from pathlib import Path

from consuldesk.pipeline.pii.birth_model import BIRTH, BirthModel, candidates, dates_in


def _values(text: str) -> list[str]:
    return [text[s:e] for s, e in dates_in(text)]


def test_dates_are_found_in_their_written_forms() -> None:
    assert _values("nació el 14.02.2019 en Madrid") == ["14.02.2019"]
    assert _values("Baby girl, born January 28th. Thanks") == ["January 28"]
    assert _values("تزاد نهار 3 فبراير. شنو الوراق") == ["3 فبراير"]
    assert _values("生まれたのが2019年6月2日なので") == ["2019年6月2日"]


def test_numbers_that_are_no_dates_are_not_candidates() -> None:
    assert _values("call me at 5 pm, room 12, +44 7911 123456") == []


def test_dates_of_this_year_or_later_are_never_births() -> None:
    assert list(candidates("my flight is on 14/02/2099, appointment 03/05/2099", [])) == []


def test_dates_under_rule_spans_are_left_alone() -> None:
    text = "DOB 14.02.2019, call 0171 2345678 on 3.11.2020"
    spans = [(4, 14, BIRTH), (21, 33, "PHONE")]
    assert list(candidates(text, spans)) == [(37, 46)]


def test_refine_adds_confident_dates_only_and_round_trips(tmp_path: Path) -> None:
    model = BirthModel({"b1=kam": 5.0}, -2.0)
    text = "Lea kam am 14.02.2019 zur Welt, wir sind am 3.11.2020 angekommen"
    assert model.refine(text, "de", []) == [(11, 21, BIRTH)]
    path = tmp_path / "birth.npz"
    model.save(path)
    again = BirthModel.load(path)
    assert again.weights == model.weights and again.refine(text, "de", []) == [(11, 21, BIRTH)]


def test_without_a_language_the_rules_decide_alone() -> None:
    model = BirthModel({"b1=kam": 5.0}, -2.0)
    text = "Lea kam am 14.02.2019 zur Welt"
    assert model.refine(text, None, []) == []
    assert model.refine(text, "de", []) == [(11, 21, BIRTH)]
