"""Training the identifier scorer: rows per code and type, negatives from other data, the fit, the writer folds."""

from __future__ import annotations

import pytest

from consuldesk.ml.datasets import ConsularRecord
from consuldesk.ml.identifier import candidate_rows, fit, negative_rows, refine_out_of_fold

pytest.importorskip("sklearn")

CASES = ["V318822451", "V204417730", "V551902846", "V773019254", "V118820573", "V640273915"]
FLIGHTS = ["20251214", "20260103", "20251130", "20260217", "20251009", "20260322"]


def _record(n: int) -> ConsularRecord:
    """A file number after a label no rule knows ("dosiye"), beside a booking date that is no identifier."""
    case, flight = CASES[n % 6], FLIGHTS[(n + 3) % 6]
    text = f"Nasabye visa, dosiye {case} iracyari. Indege ni {flight}."
    start = text.index(case)
    pii: list[dict[str, object]] = [{"start": start, "end": start + len(case), "type": "CASE_NUMBER", "value": case}]
    return ConsularRecord(f"w{1 + n % 6}-{n:03d}", text, "rn", "visa_services", "normal", "neutral", pii)


def test_every_code_is_a_row_per_type_labelled_by_the_written_identifier() -> None:
    feats, labels, owner = candidate_rows([_record(0)], [[]])
    assert len(feats) == 6 and labels.tolist() == [1, 0, 0, 0, 0, 0] and owner.tolist() == [0] * 6
    assert feats[0][0] == "CASE_NUMBER" and feats[1][0] == "PASSPORT_NUMBER"


def test_a_reading_that_cuts_an_unreachable_identifier_is_left_out() -> None:
    text = "gaku 2023 C 418/2024 desu"
    start = text.index("2023")
    value = text[start:start + 15]
    pii: list[dict[str, object]] = [{"start": start, "end": start + 15, "type": "CASE_NUMBER", "value": value}]
    record = ConsularRecord("w1-001", text, "ja", "legal_assistance", "normal", "neutral", pii)
    feats, labels, _ = candidate_rows([record], [[]])
    # "418/2024" read with its pieces reaches "2023 C 418/2024" (3 readings, one of them right); "2023" and
    # "2023 C" read no further and only cut it: left out rather than taught as "no identifier"
    assert len(feats) == 3 * 3 and labels.sum() == 1


def test_negative_rows_are_the_codes_of_other_texts() -> None:
    assert len(negative_rows(["Flight BA2490 delayed, tracking 1Z999AA10123456784", "no code here"])) == 6


def test_out_of_fold_refinement_finds_the_identifiers_of_unseen_writers() -> None:
    records = [_record(n) for n in range(60)]
    negatives = negative_rows([f"flight on {f} from gate 4" for f in FLIGHTS])
    model = fit(*candidate_rows(records, [[] for _ in records])[:2], negatives)
    assert model.refine(records[7].text, "rn", []) == [
        (int(str(p["start"])), int(str(p["end"])), "CASE_NUMBER") for p in records[7].pii]
    refined = refine_out_of_fold(records, [[] for _ in records], negatives)
    gold = [[(int(str(p["start"])), int(str(p["end"])), "CASE_NUMBER") for p in r.pii] for r in records]
    assert sum(a == b for a, b in zip(refined, gold, strict=True)) >= 50
