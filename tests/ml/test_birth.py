"""Training the birth-date scorer: candidate rows, negatives from other data, the fit, the writer folds."""

from __future__ import annotations

import pytest

from consuldesk.ml.birth import candidate_rows, fit, negative_rows, refine_out_of_fold
from consuldesk.ml.datasets import ConsularRecord

pytest.importorskip("sklearn")

DATES = ["14.02.2019", "3.11.2020", "27.05.2018", "9.09.2021", "30.01.2017", "12.12.2016"]
NAMES = ["Lea", "Noa", "Mia", "Ella", "Zoe", "Ida"]


def _record(n: int) -> ConsularRecord:
    """A birth told with a verb no rule knows ("kam … zur Welt"), beside an arrival date that is no birth."""
    birth, arrival = DATES[n % 6], DATES[(n + 3) % 6]
    text = f"{NAMES[n % 6]} kam am {birth} zur Welt. Wir sind am {arrival} angekommen."
    start = text.index(birth)
    pii: list[dict[str, object]] = [
        {"start": start, "end": start + len(birth), "type": "DATE_OF_BIRTH", "value": birth}]
    return ConsularRecord(f"w{1 + n % 6}-{n:03d}", text, "de", "civil_registration", "normal", "neutral", pii)


def test_every_date_no_rule_took_is_a_row_labelled_by_the_written_births() -> None:
    feats, labels, owner = candidate_rows([_record(0)], [[]])
    assert len(feats) == 2 and labels.tolist() == [1, 0] and owner.tolist() == [0, 0]


def test_dates_under_a_rule_span_are_not_candidates() -> None:
    record = _record(0)
    start = record.text.index(DATES[0])
    feats, _, _ = candidate_rows([record], [[(start, start + len(DATES[0]), "PHONE")]])
    assert len(feats) == 1


def test_negative_rows_are_the_dates_of_other_texts() -> None:
    assert len(negative_rows(["The quake on 12 January 2010 destroyed the port", "no date here"])) == 1


def test_the_fitted_scorer_tells_the_birth_from_the_arrival() -> None:
    records = [_record(n) for n in range(60)]
    model = fit(*candidate_rows(records, [[] for _ in records])[:2])
    record = records[7]
    assert [(s, e) for s, e, _ in model.refine(record.text, record.lang, [])] == [
        (int(str(p["start"])), int(str(p["end"]))) for p in record.pii]


def test_out_of_fold_refinement_finds_the_births_of_unseen_writers() -> None:
    records = [_record(n) for n in range(60)]
    refined = refine_out_of_fold(records, [[] for _ in records], negative_rows(["flood on 12.07.2015 here"]))
    gold = [[(int(str(p["start"])), int(str(p["end"])), "DATE_OF_BIRTH") for p in r.pii] for r in records]
    assert sum(a == b for a, b in zip(refined, gold, strict=True)) >= 50
