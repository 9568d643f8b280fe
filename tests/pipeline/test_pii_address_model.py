"""The ADDRESS boundary scorer: candidate boundaries, moving a boundary, and what it must not do."""

from __future__ import annotations

from pathlib import Path

from consuldesk.pipeline.pii.address_model import AddressModel, ends, starts

TEXT = "we live at Calle Mayor 12, 3º B, Madrid. Ana Ruiz"


def _tokens(text: str) -> list[tuple[int, int]]:
    import re

    return [m.span() for m in re.finditer(r"\S+", text)]


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_start_candidates_reach_a_few_words_either_side() -> None:
    s, e = _span(TEXT, "Calle Mayor 12, 3º B")
    found = {TEXT[p:] [:8] for p, _ in starts(TEXT, _tokens(TEXT), s, e)}
    assert "Calle Ma" in found  # the rules' own start
    assert "at Calle" in found and "we live " in found  # outwards
    assert "Mayor 12" in found  # inwards, inside the span
    assert all(p < e for p, _ in starts(TEXT, _tokens(TEXT), s, e))


def test_end_candidates_include_each_token_without_its_punctuation() -> None:
    s, e = _span(TEXT, "Calle Mayor 12, 3º B")
    found = {TEXT[s:p] for p, _ in ends(TEXT, _tokens(TEXT), s, e)}
    assert "Calle Mayor 12, 3º B, Madrid" in found  # "Madrid." without its full stop
    assert "Calle Mayor 12, 3º B, Madrid." in found
    assert "Calle Mayor 12" in found  # "12," without its comma, inwards


def test_a_model_without_weights_keeps_the_rules_boundaries() -> None:
    spans = [(*_span(TEXT, "Calle Mayor 12, 3º B"), "ADDRESS")]
    assert AddressModel({}, 0.0).refine(TEXT, "es", spans) == spans


def test_boundaries_move_to_the_best_scoring_candidates() -> None:
    # a scorer that likes ends just before a full stop and starts right after "at"
    model = AddressModel({"e:n=ana": 3.0, "e:last=.": -5.0, "s:p=at": 2.0}, 0.0)
    spans = [(*_span(TEXT, "Mayor 12, 3º B"), "ADDRESS")]
    assert [TEXT[s:e] for s, e, _ in model.refine(TEXT, "es", spans)] == ["Calle Mayor 12, 3º B, Madrid"]


def test_a_moved_boundary_never_runs_into_another_span() -> None:
    model = AddressModel({"e:add=ana": 9.0, "e:k=4": 9.0, "e:k=3": 9.0}, 0.0)
    address = (*_span(TEXT, "Calle Mayor 12, 3º B"), "ADDRESS")
    person = (*_span(TEXT, "Ana Ruiz"), "PERSON")
    assert model.refine(TEXT, "es", [address, person]) == [address, person]


def test_other_types_are_left_alone() -> None:
    model = AddressModel({"e:k=1": 9.0, "s:k=-1": 9.0}, 0.0)
    spans = [(*_span(TEXT, "Ana Ruiz"), "PERSON")]
    assert model.refine(TEXT, "es", spans) == spans


def test_save_and_load_keep_the_weights(tmp_path: Path) -> None:
    model = AddressModel({"e:n=ana": 1.5, "s:p=at": -0.25}, 0.5)
    model.save(tmp_path / "address.npz")
    loaded = AddressModel.load(tmp_path / "address.npz")
    assert loaded.weights == model.weights and loaded.bias == model.bias
