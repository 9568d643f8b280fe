"""Training the PII name scorer: candidate rows, the fit, and the writer-fold evaluation."""

from __future__ import annotations

import pytest

from consuldesk.ml.datasets import ConsularRecord
from consuldesk.ml.person import candidate_rows, fit, out_of_fold_spans, writer_of
from consuldesk.pipeline.pii.detect import detect_rules

pytest.importorskip("sklearn")

NAMES = ["Anna Kowalska", "Tomasz Nowak", "Maria Garcia", "Peter Smith", "Laura Rossi", "David Cohen"]
PLACES = ["Manila", "Lima", "Quito", "Hanoi", "Dakar", "Oslo"]


def _record(n: int, writer: str, name: str, place: str) -> ConsularRecord:
    text = f"Yesterday in {place} the police took {name} away, nobody tells us where"
    start = text.index(name)
    pii: list[dict[str, object]] = [{"start": start, "end": start + len(name), "type": "PERSON", "value": name}]
    return ConsularRecord(f"{writer}-{n:03d}", text, "en", "emergency_assistance", "high", "negative", pii)


NOT_PEOPLE = ["Santo Domingo", "Jorge Chavez", "San Jose", "Simon Bolivar", "Santa Cruz", "Port Elizabeth"]


def _not_a_person(n: int, writer: str, place: str) -> ConsularRecord:
    text = f"Is the road to {place} airport open today? Flight at {n % 12 + 1} pm"
    return ConsularRecord(f"{writer}-{n:03d}", text, "en", "travel_advisory", "normal", "neutral", [])


def _records() -> list[ConsularRecord]:
    people = [_record(n, f"w{1 + n % 6}", NAMES[n % 6], PLACES[(n // 6) % 6]) for n in range(60)]
    places = [_not_a_person(n, f"w{1 + n % 6}", NOT_PEOPLE[(n // 6) % 6]) for n in range(60, 120)]
    return people + places


def test_writer_of() -> None:
    assert writer_of(_record(1, "w12", "Anna Kowalska", "Lima")) == "w12"
    dev = ConsularRecord("d0001", "text", "en", "other", "low", "neutral", [])
    assert writer_of(dev) == "consular_dev"


def test_candidate_rows_label_exact_gold_spans() -> None:
    records = _records()
    rules = [detect_rules(r.text, r.lang) for r in records]
    feats, labels, owner = candidate_rows(records, rules)
    assert len(feats) == len(labels) == len(owner) > 0
    assert labels.sum() > 0
    assert all(any(f.startswith("t=") for f in row) for row in feats)


def test_fit_learns_to_add_the_names_of_its_training_data() -> None:
    records = _records()
    rules = [detect_rules(r.text, r.lang) for r in records]
    feats, labels, _ = candidate_rows(records, rules)
    model = fit(feats, labels)
    found = {(s, e) for r, spans in zip(records, rules, strict=True)
             for s, e, kind in model.refine(r.text, r.lang, spans) if kind == "PERSON"}
    gold = {(int(str(p["start"])), int(str(p["end"]))) for r in records for p in r.pii}
    assert len(found & gold) >= 0.9 * len(gold)


def test_out_of_fold_spans_cover_every_record() -> None:
    records = _records()
    rules, refined = out_of_fold_spans(records)
    assert len(rules) == len(refined) == len(records)
    for rule_spans, spans in zip(rules, refined, strict=True):
        assert [s for s in spans if s[2] != "PERSON"] == [s for s in rule_spans if s[2] != "PERSON"]
