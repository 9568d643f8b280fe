"""The hidden-emergency training items (`ml/augment.py`)."""

from __future__ import annotations

import numpy as np

from consuldesk.ml.augment import fold_rows, hidden_emergencies
from consuldesk.ml.datasets import ConsularRecord


def record(rid: str, text: str, intent: str, urgency: str, lang: str = "en") -> ConsularRecord:
    return ConsularRecord(rid, text, lang, intent, urgency, "negative", [])


RECORDS = [
    record("w1-001", "How much is the apostille fee?", "civil_registration", "normal"),
    record("w1-002", "My brother fell into the gorge an hour ago, not answering", "emergency_assistance", "critical"),
    record("w1-003", "Dad is in hospital, stable now", "emergency_assistance", "high"),
    record("w2-001", "Wann ist die Botschaft geöffnet?", "other", "low", "de"),
    record("w2-002", "Mein Sohn ist bewusstlos, das Boot sinkt", "emergency_assistance", "critical", "de"),
    record("w3-001", "Urgent: detained at the border, beaten", "emergency_assistance", "critical", "fr"),
]


def test_a_routine_message_of_the_same_language_opens_the_emergency_and_keeps_its_labels() -> None:
    made = hidden_emergencies(RECORDS, fraction=1.0)
    by_source = {int(e): (int(o), r) for (e, o), r in zip(made.sources, made.records, strict=True)}
    assert set(by_source) == {1, 2, 4}  # the French emergency has no routine message in its language
    opening, item = by_source[4]
    assert opening == 3
    assert item.text == "Wann ist die Botschaft geöffnet? Mein Sohn ist bewusstlos, das Boot sinkt"
    assert (item.intent, item.urgency, item.lang) == ("emergency_assistance", "critical", "de")
    assert by_source[2][1].urgency == "high"


def test_the_share_is_drawn_with_a_fixed_seed() -> None:
    many = [record(f"w1-{i:03d}", f"help {i}", "emergency_assistance", "critical") for i in range(200)]
    many.append(record("w1-999", "fees?", "visa_services", "normal"))
    first, again = hidden_emergencies(many), hidden_emergencies(many)
    assert [r.id for r in first.records] == [r.id for r in again.records]
    assert 30 < len(first.records) < 90  # about three tenths of 200


def test_a_made_item_joins_a_training_fold_only_with_both_its_parts() -> None:
    made = hidden_emergencies(RECORDS, fraction=1.0)
    n = len(RECORDS)
    rows = fold_rows(np.array([0, 1, 3], dtype=np.int64), made, n)
    kept = [made.sources[i - n].tolist() for i in rows[rows >= n]]
    assert kept == [[1, 0]]  # 2 (high) is outside the fold, 4 (German) too
