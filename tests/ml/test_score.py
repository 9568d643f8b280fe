"""`score_triage`: end-to-end figures of a triage output against labelled items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consuldesk.ml.score import ScoreInputError, score_triage

GOLD: list[dict[str, object]] = [
    {"id": "a", "text": "Help, my son Tom is trapped", "intent": "emergency_assistance", "urgency": "critical",
     "sentiment": "negative", "pii": [{"type": "PERSON", "value": "Tom"}]},
    {"id": "b", "text": "Thanks to the team", "intent": "appreciation", "urgency": "low", "sentiment": "positive",
     "pii": []},
    {"id": "c", "text": "Visa fee?", "intent": "visa_services", "urgency": "normal", "sentiment": "neutral",
     "pii": []},
]


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _triaged(intent_c: str, crit: tuple[float, float, float]) -> list[dict[str, object]]:
    return [
        {"id": "a", "intent": "emergency_assistance", "urgency": "critical", "sentiment": "negative",
         "pii": [{"start": 13, "end": 16, "type": "PERSON"}], "confidence": {"critical": crit[0]}},
        {"id": "b", "intent": "appreciation", "urgency": "low", "sentiment": "positive", "pii": [],
         "confidence": {"critical": crit[1]}},
        {"id": "c", "intent": intent_c, "urgency": "critical", "sentiment": "neutral",
         "pii": [{"start": 0, "end": 4, "type": "PERSON"}], "confidence": {"critical": crit[2]}},
    ]


def test_perfect_labels_and_a_ranking_score(tmp_path: Path) -> None:
    s = score_triage(_write(tmp_path / "g.jsonl", GOLD), _write(tmp_path / "t.jsonl", _triaged("visa_services",
                                                                                               (0.9, 0.1, 0.2))))
    assert s.items == 3 and s.ranked
    assert s.intent_macro_f1 == 1.0 and s.sentiment_macro_recall == 1.0
    assert s.critical_recall_at_p80 == 1.0  # the critical item ranks first
    assert (s.critical_recall, s.critical_precision) == (1.0, 0.5)  # but the label flagged item c too
    assert (s.pii_recall, s.pii_precision, s.pii_spans) == (1.0, 0.5, 1)


def test_errors_and_mismatches_are_reported(tmp_path: Path) -> None:
    gold = _write(tmp_path / "g.jsonl", GOLD)
    s = score_triage(gold, _write(tmp_path / "t.jsonl", _triaged("other", (0.1, 0.9, 0.2))))
    assert s.intent_macro_f1 < 1.0 and s.critical_recall_at_p80 == 0.0
    with pytest.raises(ScoreInputError, match="no item"):
        score_triage(gold, _write(tmp_path / "x.jsonl", [{"id": "zzz", "intent": "other"}]))
    (tmp_path / "bad.jsonl").write_text("{not json\n", encoding="utf-8")
    with pytest.raises(ScoreInputError, match=r"bad\.jsonl:1: not JSON"):
        score_triage(gold, tmp_path / "bad.jsonl")
