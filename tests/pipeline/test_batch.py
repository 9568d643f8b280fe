"""The offline triage contract: triage_jsonl(lines, out, err, pipeline)."""

from __future__ import annotations

import io
import json

import pytest

from consuldesk.pipeline.batch import TriageSummary, triage_jsonl
from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.runner import Pipeline

KEYS = {
    "id",
    "language",
    "intent",
    "urgency",
    "sentiment",
    "crisis_category",
    "informative",
    "rumour",
    "pii",
    "redacted_text",
    "duplicate_of",
    "confidence",
}
RUMOUR = "Is it true that the embassy in Bangkok closes tomorrow for two weeks? Everyone in the WhatsApp group says so"


def _run(
    lines: list[bytes] | list[str], pipeline: Pipeline, batch_size: int = 1000
) -> tuple[list[dict[str, object]], str, TriageSummary]:
    out, err = io.BytesIO(), io.StringIO()
    summary = triage_jsonl(lines, out, err, pipeline, batch_size=batch_size)
    rows = [json.loads(line) for line in out.getvalue().decode("utf-8").splitlines()]
    return rows, err.getvalue(), summary


def test_order_ids_and_exact_keys(pipeline: Pipeline) -> None:
    lines = [
        json.dumps({"id": "a", "text": "Socorro, estamos atrapados por la inundación"}).encode(),
        json.dumps({"text": "Thank you, great service!", "platform": "x", "lang": "en"}).encode(),
        json.dumps({"id": 42, "text": "How do I renew my passport?", "created_at": "2024-06-01T10:00:00Z"}).encode(),
    ]
    rows, err, summary = _run(lines, pipeline, batch_size=2)
    assert [r["id"] for r in rows] == ["a", "2", "42"]
    assert all(set(r) == KEYS for r in rows)
    assert rows[0]["urgency"] == "critical" and rows[0]["language"] == "es"
    assert rows[1]["intent"] == "appreciation"
    assert summary == TriageSummary(processed=3, errors=0)
    assert err == ""


def test_unreadable_lines_become_error_lines_in_place(pipeline: Pipeline) -> None:
    lines = [
        b'{"id": "ok1", "text": "hello there, how do I get a visa?"}\n',
        b"{not json}\n",
        b'["a", "list"]\n',
        b'{"id": "m1"}\n',
        b'{"id": "n1", "text": 12}\n',
        b'{"text": "caf\xe9"}\n',
        b"\n",
        b'{"id": ["x"], "text": "bad id"}\n',
        b'{"id": "ok2", "text": "bye"}',
    ]
    rows, err, summary = _run(lines, pipeline)
    assert [r["id"] for r in rows] == ["ok1", "2", "3", "m1", "n1", "6", "7", "8", "ok2"]
    assert [("error" in r) for r in rows] == [False, True, True, True, True, True, True, True, False]
    assert "invalid JSON" in rows[1]["error"]
    assert "object" in rows[2]["error"]
    assert rows[3]["error"] == "missing 'text'"
    assert "'text' must be a string" in rows[4]["error"]
    assert "UTF-8" in rows[5]["error"]
    assert rows[6]["error"] == "blank line"
    assert set(rows[1]) == {"id", "error"}
    for lineno in (2, 3, 4, 5, 6, 7, 8):
        assert f"line {lineno}:" in err
    assert summary == TriageSummary(processed=2, errors=7)


def test_bad_optional_fields_are_ignored_with_a_warning(pipeline: Pipeline) -> None:
    rows, err, summary = _run(
        ['{"text": "help, trapped by the flood", "lang": 5, "created_at": "yesterday"}'], pipeline
    )
    assert "error" not in rows[0] and rows[0]["intent"] == "emergency_assistance"
    assert "line 1: ignoring 'lang'" in err and "line 1: ignoring 'created_at'" in err
    assert summary.processed == 1


def test_empty_and_huge_texts_are_processed(pipeline: Pipeline) -> None:
    huge = ("We are stuck at the airport after the earthquake, call +44 7700 900417. " * 1500)[:100_000]
    rows, _, summary = _run([json.dumps({"text": ""}), json.dumps({"text": huge})], pipeline)
    assert rows[0]["language"] == "und" and rows[0]["pii"] == [] and rows[0]["redacted_text"] == ""
    assert rows[1]["language"] == "en" and rows[1]["pii"]
    assert len(huge) == 100_000 and summary.errors == 0


def test_duplicate_of_and_pii_output(pipeline: Pipeline) -> None:
    lines = [
        json.dumps({"id": "first", "text": RUMOUR}),
        json.dumps({"id": "second", "text": f"RT @x: {RUMOUR} #bangkok"}),
        json.dumps({"id": "third", "text": "My passport no. P7720391A was stolen, email me: jo@example.com"}),
    ]
    rows, _, _ = _run(lines, pipeline, batch_size=1)
    assert [r["duplicate_of"] for r in rows] == [None, "first", None]
    assert rows[2]["pii"] == [
        {"start": 16, "end": 25, "type": "PASSPORT_NUMBER"},
        {"start": 48, "end": 62, "type": "EMAIL"},
    ]
    assert rows[2]["redacted_text"] == "My passport no. [PASSPORT_NUMBER] was stolen, email me: [EMAIL]"


def test_text_streams_and_non_ascii_output(pipeline: Pipeline) -> None:
    out, err = io.StringIO(), io.StringIO()
    triage_jsonl(['{"id": "é", "text": "مرحبا، فقدت جواز سفري"}\r\n'], out, err, pipeline)
    line = out.getvalue()
    assert line.endswith("\n") and "مرحبا" in line and "\\u" not in line
    assert json.loads(line)["id"] == "é"


def test_a_failing_stage_loses_only_its_item(pipeline: Pipeline) -> None:
    class Flaky:
        id = "test.flaky"
        reads = ("text",)
        writes = ("normalised",)

        def __call__(self, batch: list[TriageItem]) -> list[TriageItem]:
            if any("boom" in item.text for item in batch):
                raise RuntimeError("boom")
            return batch

    flaky = Pipeline([Flaky(), *pipeline.stages])
    rows, err, summary = _run([b'{"text": "fine"}', b'{"text": "boom"}', b'{"text": "also fine"}'], flaky)
    assert [("error" in r) for r in rows] == [False, True, False]
    assert "line 2:" in err
    assert summary == TriageSummary(processed=2, errors=1)


def test_batch_size_must_be_positive(pipeline: Pipeline) -> None:
    with pytest.raises(ValueError, match="batch_size"):
        triage_jsonl([], io.BytesIO(), io.StringIO(), pipeline, batch_size=0)
