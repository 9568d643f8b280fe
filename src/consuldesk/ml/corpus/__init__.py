"""ConsulDesk's own written consular corpus: labelled messages by writers other than consular_dev's author.

Owns: loading `consular_written.jsonl` (shipped in the package, CC0, no dataset text) into the same
`ConsularRecord`s as `../shared/data/consular_dev.jsonl`, computing PII offsets from the annotated values.

Why it exists: consular_dev is 600 items by one author, and the sealed sets are other writers in other
languages. More writers, more languages and more phrasings are what the intent and urgency models lack
most; the corpus is also the only PII test whose writers never saw the detector (see README.md here).

The file stores each PII span as its value; every occurrence in the text is a span (longest values claim
first), which is the consular_dev convention and keeps hand-edited lines free of offset arithmetic.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from consuldesk.ml.datasets import ConsularRecord

CORPUS_FILE = Path(__file__).with_name("consular_written.jsonl")

# scripts written with spaces between words: there a value must not start or end inside a word
_SPACED_LIMIT = 0x0590


def _inside_word(a: str, b: str) -> bool:
    return a.isalnum() and b.isalnum() and ord(a) < _SPACED_LIMIT and ord(b) < _SPACED_LIMIT


def _occurrences(text: str, value: str, taken: list[tuple[int, int]], strict: bool) -> list[tuple[int, int]]:
    found = []
    start = text.find(value)
    while start >= 0:
        end = start + len(value)
        boundary_ok = not strict or (not (start > 0 and _inside_word(text[start - 1], value[0])) and not (
            end < len(text) and _inside_word(value[-1], text[end])))
        if boundary_ok and all(end <= s or start >= e for s, e in taken):
            found.append((start, end))
            taken.append((start, end))
        start = text.find(value, start + 1)
    return found


def pii_spans(text: str, values: Iterable[tuple[str, str]]) -> list[dict[str, object]]:
    """Every occurrence of each (type, value) in `text`, longest values first, without overlaps. A value that
    occurs only glued to a word part is taken there: a Zulu or Xhosa noun-class prefix ("uSipho", "nguLwazi")
    or an Armenian or Turkic case ending after a name ("Հովհաննիսյանը"); the writer named that value."""
    taken: list[tuple[int, int]] = []
    spans: list[dict[str, object]] = []
    for kind, value in sorted(values, key=lambda tv: -len(tv[1])):
        found = _occurrences(text, value, taken, strict=True) or _occurrences(text, value, taken, strict=False)
        spans += [{"start": s, "end": e, "type": kind, "value": value} for s, e in found]
    return sorted(spans, key=lambda s: int(str(s["start"])))


def load_written(path: Path = CORPUS_FILE) -> list[ConsularRecord]:
    """The written corpus as `ConsularRecord`s (empty when the file is absent from this install)."""
    if not path.is_file():
        return []
    out = []
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            r = json.loads(line)
            values = [(str(p["type"]), str(p["value"])) for p in r.get("pii", [])]
            missing = [v for _, v in values if v not in r["text"]]
            if missing:
                raise ValueError(f"{path.name}:{n}: PII value(s) {missing} not found in the text")
            out.append(ConsularRecord(r["id"], r["text"], r["lang"], r["intent"], r["urgency"], r["sentiment"],
                                      pii_spans(r["text"], values)))
    return out
