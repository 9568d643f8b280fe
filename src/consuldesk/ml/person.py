"""Training and out-of-fold scoring of the PII name scorer (`pipeline/pii/name_model.py`).

Owns: turning labelled consular messages (consular_dev and the written corpus, exact PERSON spans) into
candidate rows, fitting the hashed logistic scorer (fixed settings, deterministic solver), and the
writer-fold evaluation `out_of_fold_spans`, which refits the scorer without each fold's writers so the
figures in `consuldesk models eval` are for writers the scorer never saw.

Settings: C = 3 and the thresholds (drop a rule name below 0.3, add a candidate at 0.25 or more) were
chosen on out-of-fold figures over all writers in five writer folds (C ∈ {0.3, 1, 3, 10}, keep ∈ {0.1 … 0.4},
add ∈ {0.15 … 0.9}); the corpus rounds written afterwards are the clean check.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

from consuldesk.ml.datasets import ConsularRecord, writer_of
from consuldesk.pipeline.pii.detect import detect_rules
from consuldesk.pipeline.pii.name_model import PERSON, NameModel, capital_share, features, scored_candidates

PERSON_TASK = "person"
C = 3.0
KEEP = 0.3
ADD = 0.25
FOLDS = 5
MIN_WEIGHT = 0.05  # smaller weights are dropped from the file: half the features, same decisions (see card)
SEED = 20261124

Log = Callable[[str], None]
Spans = list[tuple[int, int, str]]


def candidate_rows(records: Sequence[ConsularRecord], rules: Sequence[Spans]
                   ) -> tuple[list[list[str]], npt.NDArray[np.int8], npt.NDArray[np.int32]]:
    """Feature strings, label (the candidate is exactly a gold PERSON span) and record index per candidate."""
    feats: list[list[str]] = []
    labels: list[int] = []
    owner: list[int] = []
    for n, (record, spans) in enumerate(zip(records, rules, strict=True)):
        gold = {(int(str(p["start"])), int(str(p["end"]))) for p in record.pii if p["type"] == PERSON}
        capitals = capital_share(record.text)
        for cand, rule in scored_candidates(record.text, spans, record.lang):
            feats.append(features(record.text, record.lang, cand, rule, capitals))
            labels.append(int((cand[0], cand[1]) in gold))
            owner.append(n)
    return feats, np.array(labels, dtype=np.int8), np.array(owner, dtype=np.int32)


def fit_logistic(feats: Sequence[list[str]], labels: npt.NDArray[np.int8], c: float,
                 negatives: Sequence[list[str]] = ()) -> tuple[dict[str, float], float]:
    """Logistic weights by feature string (|w| ≥ MIN_WEIGHT kept) and the bias, over binary feature rows;
    `negatives` are more rows, all labelled 0 (the other datasets' dates and codes)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    if negatives:
        feats = [*feats, *negatives]
        labels = np.concatenate([labels, np.zeros(len(negatives), dtype=np.int8)])

    vocabulary: dict[str, int] = {}
    indices = [vocabulary.setdefault(f, len(vocabulary)) for row in feats for f in row]
    indptr = np.cumsum([0] + [len(row) for row in feats])
    x = csr_matrix((np.ones(len(indices)), np.array(indices, dtype=np.int64), indptr),
                   shape=(len(feats), len(vocabulary)))
    x.sum_duplicates()
    model = LogisticRegression(C=c, max_iter=3000, random_state=SEED)
    model.fit(x, labels)
    weights = {f: float(w) for f, w in zip(vocabulary, model.coef_[0], strict=True) if abs(w) >= MIN_WEIGHT}
    return weights, float(model.intercept_[0])


def fit(feats: Sequence[list[str]], labels: npt.NDArray[np.int8]) -> NameModel:
    weights, bias = fit_logistic(feats, labels, C)
    return NameModel(weights, bias, KEEP, ADD)


def record_folds(records: Sequence[ConsularRecord]) -> npt.NDArray[np.int64]:
    """Each record's writer fold (0 … FOLDS-1): whole writers per fold, fixed by SEED."""
    writers = sorted({writer_of(r) for r in records})
    order = np.random.RandomState(SEED).permutation(len(writers))
    fold_of = {writers[i]: k % FOLDS for k, i in enumerate(order)}
    return np.array([fold_of[writer_of(r)] for r in records], dtype=np.int64)


class Refiner(Protocol):
    """A fitted PII scorer: it refines the spans found before it in one text."""

    def refine(self, text: str, lang: str | None, spans: Spans) -> Spans: ...


def refine_by_fold(records: Sequence[ConsularRecord], spans: Sequence[Spans], feats: Sequence[list[str]],
                   labels: npt.NDArray[np.int8], owner: npt.NDArray[np.int32],
                   fit_rows: Callable[[list[list[str]], npt.NDArray[np.int8]], Refiner]) -> list[Spans]:
    """`spans` refined, record by record, by a scorer `fit_rows` fits on the rows of the other writer folds
    (`owner` is each row's record), so no record is refined by a scorer that saw its writer."""
    record_fold = record_folds(records)
    refined = list(spans)
    for k in range(FOLDS):
        train = record_fold[owner] != k
        model = fit_rows([f for f, t in zip(feats, train, strict=True) if t], labels[train])
        for n in np.flatnonzero(record_fold == k).tolist():
            refined[n] = model.refine(records[n].text, records[n].lang, spans[n])
    return refined


def train_person(records: Sequence[ConsularRecord], log: Log = print) -> NameModel:
    rules = [detect_rules(r.text, r.lang) for r in records]
    feats, labels, _ = candidate_rows(records, rules)
    log(f"{PERSON_TASK}: {len(labels):,} candidate spans, {int(labels.sum()):,} names, "
        f"{len(records):,} messages")
    return fit(feats, labels)


def out_of_fold_spans(records: Sequence[ConsularRecord]) -> tuple[list[Spans], list[Spans]]:
    """Rule spans and rules + scorer spans per record, the scorer refitted without each fold's writers."""
    rules = [detect_rules(r.text, r.lang) for r in records]
    feats, labels, owner = candidate_rows(records, rules)
    return rules, refine_by_fold(records, rules, feats, labels, owner, fit)
