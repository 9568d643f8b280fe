"""The written consular corpus: its loader's span rule and the shipped file's validity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consuldesk.core.types import Intent, PiiType, Sentiment, Urgency
from consuldesk.ml.corpus import CORPUS_FILE, load_written, pii_spans


def test_every_occurrence_of_a_value_is_a_span() -> None:
    text = "Ana called, then Ana's mother called"
    spans = pii_spans(text, [("PERSON", "Ana")])
    assert [(s["start"], s["end"]) for s in spans] == [(0, 3), (17, 20)]


def test_longer_values_claim_first_and_spans_never_overlap() -> None:
    text = "Ana López and Ana"
    spans = pii_spans(text, [("PERSON", "Ana"), ("PERSON", "Ana López")])
    assert [text[int(str(s["start"])):int(str(s["end"]))] for s in spans] == ["Ana López", "Ana"]


def test_a_value_inside_a_latin_word_is_not_a_span_but_cjk_text_has_no_word_breaks() -> None:
    spans = pii_spans("Alibaba and Ali", [("PERSON", "Ali")])
    assert [s["start"] for s in spans] == [12]
    assert pii_spans("我妈叫王秀兰，电话", [("PERSON", "王秀兰")])[0]["start"] == 3


def test_a_value_found_only_glued_to_a_prefix_or_an_ending_is_taken_there() -> None:
    # Zulu noun-class prefix "u-" before a name; an Armenian article after a surname
    assert [(s["start"], s["end"]) for s in pii_spans("Umfowethu uSipho uboshwe", [("PERSON", "Sipho")])] == [(11, 16)]
    text = "Եղբայրս՝ Արամ Հովհաննիսյանը, երեկ"
    value = "Արամ Հովհաննիսյան"
    assert [(s["start"], s["end"]) for s in pii_spans(text, [("PERSON", value)])] == [(9, 9 + len(value))]


def test_the_shipped_corpus_loads_with_valid_labels_and_exact_spans() -> None:
    records = load_written()
    assert len(records) >= 800
    assert len({r.id for r in records}) == len(records)
    assert len({r.lang for r in records}) >= 30
    for r in records:
        assert r.intent in set(Intent) and r.urgency in set(Urgency) and r.sentiment in set(Sentiment)
        assert r.urgency != "critical" or r.intent == "emergency_assistance"
        for s in r.pii:
            assert s["type"] in set(PiiType)
            assert r.text[int(str(s["start"])):int(str(s["end"]))] == s["value"]
    assert sum(len(r.pii) for r in records) > 500


def test_a_value_missing_from_its_text_is_a_clear_error(tmp_path: Path) -> None:
    line = {"id": "x-1", "platform": "x", "kind": "post", "lang": "en", "text": "call me", "intent": "other",
            "urgency": "low", "sentiment": "neutral", "pii": [{"type": "PHONE", "value": "+44 7700 900123"}]}
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"c.jsonl:1: PII value"):
        load_written(path)
    assert load_written(tmp_path / "absent.jsonl") == []


@pytest.mark.parametrize(
    ("name", "items"),
    [("heldout_round13.jsonl", 1020), ("heldout_round27.jsonl", 1360), ("heldout_round31.jsonl", 1358),
     ("heldout_round38.jsonl", 1360), ("heldout_round40.jsonl", 1359), ("heldout_round42.jsonl", 1360),
     ("heldout_round44.jsonl", 1359), ("heldout_round46.jsonl", 1359), ("heldout_round48.jsonl", 1357)],
)
def test_the_held_out_rounds_load_and_are_not_part_of_the_training_corpus(name: str, items: int) -> None:
    held = load_written(CORPUS_FILE.with_name(name))
    assert len(held) == items
    assert all(r.intent in set(Intent) and r.urgency in set(Urgency) for r in held)
    written = load_written()
    assert not {r.id for r in held} & {r.id for r in written}
    assert not {r.text for r in held} & {r.text for r in written}
