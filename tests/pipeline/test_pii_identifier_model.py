"""The identifier scorer's codes, readings and refinement (`pipeline/pii/identifier_model.py`)."""

from __future__ import annotations

from pathlib import Path

from consuldesk.pipeline.pii.identifier_model import IdentifierModel, candidates, codes, features, variants


def _codes(text: str) -> list[str]:
    return [text[s:e] for s, e in codes(text)]


def test_codes_are_trimmed_of_glued_labels_endings_and_punctuation() -> None:
    assert _codes("警察给的报告号109-07713 护照要怎么补") == ["109-07713"]
    assert _codes("complaint കൊടുത്തു, നമ്പർ MB1928374-ൽ ആണ്") == ["MB1928374"]
    assert _codes("KUSP № 14822. Yangi pasport") == ["14822"]
    assert _codes("dosiye V318822451 iracyari 'in progress'") == ["V318822451"]


def test_short_numbers_are_no_codes() -> None:
    assert _codes("room 12, 5 pm, 300 euros, flight TK 87") == []


def test_pieces_spaced_into_a_code_give_longer_readings() -> None:
    text = "jugement n° RG 4471/B. Carte 14873652 4 ZX9, I lost AB1234567 yesterday"
    readings = [[text[s:e] for s, e in group] for group in variants(text)]
    assert readings == [["4471/B", "RG 4471/B"], ["14873652", "14873652 4", "14873652 4 ZX9"], ["AB1234567"]]


def test_codes_a_rule_took_are_left_out() -> None:
    text = "passport AB1234567, case 2024/118422"
    start = text.index("AB")
    assert [[text[s:e] for s, e in g] for g in candidates(text, [(start, start + 9, "PASSPORT_NUMBER")])] == [
        ["2024/118422"]]


def test_features_carry_shape_context_and_the_rules_number_cues() -> None:
    text = "mi pasaporte es el AB1234567"
    feats = features(text, "es", text.index("AB"), len(text))
    assert "shape=A2 97" in feats and "coarse=A9" in feats and "b0=el" in feats
    assert "cue0=PASSPORT_NUMBER" in feats


def test_refine_adds_the_likeliest_reading_with_its_type_and_round_trips(tmp_path: Path) -> None:
    model = IdentifierModel({"CASE_NUMBER|b0=dosiye": 3.0, "CASE_NUMBER|shape=A1 99": 2.0}, -3.0)
    text = "dosiye V318822451 iracyari, flight 20251214"
    assert model.refine(text, "rn", []) == [(7, 17, "CASE_NUMBER")]
    path = tmp_path / "identifier.npz"
    model.save(path)
    again = IdentifierModel.load(path)
    assert again.weights == model.weights and again.add == model.add
    assert again.refine(text, "rn", []) == [(7, 17, "CASE_NUMBER")]


def test_of_overlapping_readings_only_the_best_is_added() -> None:
    model = IdentifierModel({"CASE_NUMBER|pre=": 1.0, "CASE_NUMBER|b0=n": 1.5}, -1.0)  # 0.5 alone, 0.62 with "RG"
    text = "jugement n RG 4471/B."
    assert model.refine(text, "fr", []) == [(11, 20, "CASE_NUMBER")]
