"""Grade a `consuldesk triage` output against labelled items (the consular_dev / written-corpus format).

Owns: `score_triage`, the end-to-end figures an evaluator computes from the triage command's output:
intent macro-F1, recall of `critical` at precision ≥ 0.80 (ranked by `confidence.critical` when the output
has it, otherwise from the labels alone), urgency macro-F1, sentiment macro-recall and exact-span PII
recall/precision. Needs scikit-learn (the `ml` extra); reads files, writes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from consuldesk.ml.corpus import pii_spans


class ScoreInputError(ValueError):
    """A gold or triage file cannot be read or the two do not match."""


@dataclass(frozen=True, slots=True)
class TriageScore:
    items: int
    intent_macro_f1: float
    critical_recall_at_p80: float
    critical_recall: float
    critical_precision: float
    urgency_macro_f1: float
    sentiment_macro_recall: float
    pii_recall: float
    pii_precision: float
    pii_spans: int
    ranked: bool  # critical recall@P≥0.80 came from confidence.critical rather than labels only


def _lines(path: Path) -> Iterator[dict[str, object]]:
    try:
        with path.open(encoding="utf-8") as handle:
            for n, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise ScoreInputError(f"{path}:{n}: not JSON ({exc.msg})") from exc
    except OSError as exc:
        raise ScoreInputError(f"cannot read {path}: {exc.strerror}") from exc


def _gold_spans(record: dict[str, object]) -> set[tuple[int, int, str]]:
    pii = record.get("pii") or []
    assert isinstance(pii, list)
    if pii and "start" not in pii[0]:  # written-corpus style: values only
        pii = pii_spans(str(record["text"]), [(str(p["type"]), str(p["value"])) for p in pii])
    return {(int(str(p["start"])), int(str(p["end"])), str(p["type"])) for p in pii}


def score_triage(gold_path: Path, triaged_path: Path, id_prefix: str = "") -> TriageScore:
    """Figures of `triaged_path` (triage output) against `gold_path` (labelled items), matched by id."""
    from sklearn.metrics import f1_score, precision_recall_curve, precision_score, recall_score

    gold = {str(r["id"]): r for r in _lines(gold_path) if str(r["id"]).startswith(id_prefix)}
    pred = {str(r.get("id")): r for r in _lines(triaged_path)}
    ids = [i for i in gold if i in pred and "error" not in pred[i]]
    if not ids:
        raise ScoreInputError(f"no item of {gold_path} has a triage result in {triaged_path}")

    def labels(source: dict[str, dict[str, object]], key: str) -> list[str]:
        return [str(source[i][key]) for i in ids]

    is_crit = np.array([gold[i]["urgency"] == "critical" for i in ids])
    said_crit = np.array([pred[i]["urgency"] == "critical" for i in ids])
    conf = [pred[i].get("confidence") for i in ids]
    ranked = all(isinstance(c, dict) and "critical" in c for c in conf)
    scores = np.array([c["critical"] for c in conf], dtype=np.float64) if ranked else said_crit.astype(float)  # type: ignore[index]
    p, r, _ = precision_recall_curve(is_crit, scores)
    ok = p >= 0.80
    g = {(i, *s) for i in ids for s in _gold_spans(gold[i])}
    f = {(i, int(s["start"]), int(s["end"]), str(s["type"])) for i in ids for s in pred[i]["pii"]}  # type: ignore[attr-defined]
    return TriageScore(
        items=len(ids),
        intent_macro_f1=float(f1_score(labels(gold, "intent"), labels(pred, "intent"), average="macro")),
        critical_recall_at_p80=float(r[ok].max()) if ok.any() else 0.0,
        critical_recall=float(recall_score(is_crit, said_crit, zero_division=0)),
        critical_precision=float(precision_score(is_crit, said_crit, zero_division=0)),
        urgency_macro_f1=float(f1_score(labels(gold, "urgency"), labels(pred, "urgency"), average="macro")),
        sentiment_macro_recall=float(recall_score(labels(gold, "sentiment"), labels(pred, "sentiment"),
                                                  average="macro")),
        pii_recall=len(g & f) / max(len(g), 1),
        pii_precision=len(g & f) / max(len(f), 1),
        pii_spans=len(g),
        ranked=ranked,
    )
