"""Training the ADDRESS boundary scorer: boundary rows, the fit, and the writer-fold refinement."""

from __future__ import annotations

import pytest

from consuldesk.ml.address import boundary_rows, fit, refine_out_of_fold
from consuldesk.ml.datasets import ConsularRecord

pytest.importorskip("sklearn")

STREETS = ["Calle Mayor 12", "Rua Augusta 40", "Via Roma 7", "Avenida Sucre 310", "Calle Luna 5", "Rua Direita 88"]
CITIES = ["Madrid", "Lisboa", "Napoli", "Quito", "Sevilla", "Porto"]


def _record(n: int) -> tuple[ConsularRecord, list[tuple[int, int, str]]]:
    """A message whose written address stops at the house number while the 'rules' ran on to the city."""
    street, city = STREETS[n % 6], CITIES[(n // 6) % 6]
    text = f"please send the new passport to {street}, {city}. thank you"
    start = text.index(street)
    pii: list[dict[str, object]] = [{"start": start, "end": start + len(street), "type": "ADDRESS", "value": street}]
    record = ConsularRecord(f"w{1 + n % 6}-{n:03d}", text, "es", "passport_services", "normal", "neutral", pii)
    return record, [(start, start + len(street) + 2 + len(city), "ADDRESS")]


def test_boundary_rows_mark_one_start_and_one_end_per_address() -> None:
    record, spans = _record(0)
    feats, labels, owner = boundary_rows([record], [spans])
    assert len(feats) == len(labels) == len(owner) > 2
    assert int(labels.sum()) == 2  # the written start (the rules' own) and the written end
    assert all(row[0].startswith(("s:", "e:")) for row in feats)


def test_rule_spans_that_touch_no_written_address_make_no_rows() -> None:
    record, _ = _record(0)
    feats, labels, _ = boundary_rows([record], [[(0, 6, "ADDRESS"), (7, 10, "PERSON")]])
    assert feats == [] and labels.size == 0


def test_the_fitted_scorer_learns_where_addresses_end() -> None:
    pairs = [_record(n) for n in range(60)]
    records, spans = [r for r, _ in pairs], [s for _, s in pairs]
    model = fit(*boundary_rows(records, spans)[:2])
    fixed = [model.refine(r.text, r.lang, s) for r, s in zip(records, spans, strict=True)]
    gold = [[(int(str(p["start"])), int(str(p["end"])), "ADDRESS") for p in r.pii] for r in records]
    assert fixed == gold


def test_out_of_fold_refinement_moves_boundaries_of_unseen_writers() -> None:
    pairs = [_record(n) for n in range(60)]
    records, spans = [r for r, _ in pairs], [s for _, s in pairs]
    refined = refine_out_of_fold(records, spans)
    gold = [[(int(str(p["start"])), int(str(p["end"])), "ADDRESS") for p in r.pii] for r in records]
    assert sum(a == b for a, b in zip(refined, gold, strict=True)) >= 50
