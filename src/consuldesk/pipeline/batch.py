"""The offline `consuldesk triage IN.jsonl -o OUT.jsonl` contract (the CLI wrapper lives elsewhere).

Input: one JSON object per line with `text` (required string, may be empty) and optional `id`
(string or integer), `platform`, `lang` (a hint), `kind`, `created_at` (ISO 8601).

Output: exactly one line per physical input line, in input order. A triaged line is a JSON object with
exactly the keys `id, language, intent, urgency, sentiment, crisis_category, informative, rumour, pii,
redacted_text, duplicate_of`; `id` is the given id, else the 1-based line number as a string. A line
that cannot be read — invalid UTF-8, invalid JSON, not an object, missing or non-string `text`, an id
that is neither string nor integer, or a blank line — becomes `{"id": …, "error": "<reason>"}` in its
place (the id when one could be read, else the line number) and a message naming the line number on
`err`. An optional field of the wrong type is ignored with a warning on `err`: the message is still
triaged, because losing a distress call over a malformed timestamp would be the worse failure.

Output is UTF-8 JSON without ASCII escaping (orjson). Memory stays bounded by `batch_size`.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO, TextIO, cast

import orjson

from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.runner import Pipeline

_OPTIONAL_STR = ("platform", "lang", "kind")


@dataclass(frozen=True, slots=True)
class TriageSummary:
    processed: int
    errors: int


class _LineError(Exception):
    def __init__(self, reason: str, item_id: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.item_id = item_id


def _parse(raw: bytes | str, lineno: int, err: TextIO) -> TriageItem:
    if isinstance(raw, bytes):
        raw = raw.rstrip(b"\r\n")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _LineError(f"invalid UTF-8 at byte {exc.start}") from None
    else:
        raw = raw.rstrip("\r\n")
    if not raw.strip():
        raise _LineError("blank line")
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise _LineError(f"invalid JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise _LineError(f"expected a JSON object, got {type(obj).__name__}")
    raw_id = obj.get("id")
    if raw_id is None:
        item_id = str(lineno)
    elif isinstance(raw_id, str) or (isinstance(raw_id, int) and not isinstance(raw_id, bool)):
        item_id = str(raw_id)
    else:
        raise _LineError("'id' must be a string or an integer")
    if "text" not in obj:
        raise _LineError("missing 'text'", item_id)
    text = obj["text"]
    if not isinstance(text, str):
        raise _LineError(f"'text' must be a string, got {type(text).__name__}", item_id)
    fields: dict[str, Any] = {}
    for key in _OPTIONAL_STR:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            err.write(f"line {lineno}: ignoring '{key}': expected a string\n")
            value = None
        fields[key] = value
    created_at = obj.get("created_at")
    if created_at is not None:
        try:
            created_at = datetime.fromisoformat(created_at) if isinstance(created_at, str) else None
            if created_at is None:
                raise ValueError
        except ValueError:
            err.write(f"line {lineno}: ignoring 'created_at': expected an ISO 8601 timestamp\n")
            created_at = None
    return TriageItem(
        id=item_id,
        text=text,
        platform=fields["platform"],
        kind=fields["kind"],
        lang_hint=fields["lang"],
        created_at=created_at,
    )


def _result(item: TriageItem) -> bytes:
    return orjson.dumps(
        {
            "id": item.id,
            "language": item.language,
            "intent": item.intent,
            "urgency": item.urgency,
            "sentiment": item.sentiment,
            "crisis_category": item.crisis_category,
            "informative": item.informative,
            "rumour": item.rumour,
            "pii": [span.as_dict() for span in item.pii],
            "redacted_text": item.redacted_text,
            "duplicate_of": item.duplicate_of,
            "confidence": item.confidence,
        }
    )


def triage_jsonl(
    lines: Iterable[bytes | str],
    out: TextIO | BinaryIO,
    err: TextIO,
    pipeline: Pipeline,
    batch_size: int = 1000,
) -> TriageSummary:
    """Triage a JSONL stream into `out`, one output line per input line, in order."""
    if batch_size < 1:
        raise ValueError("batch_size must be positive")
    text_out = isinstance(out, io.TextIOBase)
    # Output slots in input order: an item with its line number (filled in when its batch runs),
    # or a ready error line.
    pending: list[tuple[TriageItem, int] | bytes] = []
    batch: list[TriageItem] = []
    processed = errors = 0

    def flush() -> None:
        nonlocal processed, errors
        if batch:
            _run(pipeline, batch, err)
        chunks = []
        for slot in pending:
            if isinstance(slot, bytes):
                chunks.append(slot)
                continue
            item, lineno = slot
            if item.stage_log:
                chunks.append(_result(item))
                processed += 1
            else:
                err.write(f"line {lineno}: internal error while triaging item {item.id!r}\n")
                chunks.append(orjson.dumps({"id": item.id, "error": "internal error while triaging"}))
                errors += 1
        data = b"\n".join(chunks) + b"\n" if chunks else b""
        if text_out:
            cast(TextIO, out).write(data.decode("utf-8"))
        else:
            cast(BinaryIO, out).write(data)
        pending.clear()
        batch.clear()

    for lineno, raw in enumerate(lines, start=1):
        try:
            item = _parse(raw, lineno, err)
        except _LineError as exc:
            err.write(f"line {lineno}: {exc.reason}\n")
            pending.append(orjson.dumps({"id": exc.item_id or str(lineno), "error": exc.reason}))
            errors += 1
        else:
            pending.append((item, lineno))
            batch.append(item)
        if len(batch) >= batch_size or len(pending) >= 4 * batch_size:
            flush()
    flush()
    return TriageSummary(processed=processed, errors=errors)


def _run(pipeline: Pipeline, batch: list[TriageItem], err: TextIO) -> None:
    """Run a batch; if it raises, retry item by item so one bad item cannot sink its neighbours."""
    try:
        pipeline.run(batch)
        return
    except Exception as exc:  # any stage failure must not lose the other items of the batch
        err.write(f"batch failed ({exc!r}); retrying its items one by one\n")
    for item in batch:
        item.stage_log.clear()
        try:
            pipeline.run([item])
        except Exception as exc:
            item.stage_log.clear()
            err.write(f"item {item.id!r}: {exc!r}\n")
