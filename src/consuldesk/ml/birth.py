"""Training and out-of-fold use of the birth-date scorer (`pipeline/pii/birth_model.py`).

Owns: turning labelled consular messages (exact DATE_OF_BIRTH spans) into candidate rows — every date
no rule span touches, labelled 1 where a written birth date is exactly that date — fitting the hashed
logistic scorer (fixed settings, deterministic solver), and `refine_out_of_fold`, which refits it without
each writer fold so `consuldesk models eval` scores writers it never saw.

The written corpus mentions dates mostly as births (four in five of its dates), unlike real traffic,
where appointments, flights and disasters carry dates too. So every date in the tweets and messages of
the other datasets (`other_dates`: Kaggle, CrisisLex, HumAID, the airline tweets, Munro's messages; no
birth dates among them) is added to every fit as a negative row: without them the scorer called
"my flight is on 14/02/2027" a birth date.

Settings: C = 1 (0.3 and 3 no better) and the threshold 0.7 (`birth_model.ADD`) were chosen on
out-of-fold DATE_OF_BIRTH figures over five writer folds (threshold ∈ {0.5, 0.6, 0.7, 0.8, 0.9}; session 12,
written corpus of 26,403 items: unseen writers 0.780 / 0.964 with the rules alone → 0.827 / 0.956).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence

import numpy as np
import numpy.typing as npt

from consuldesk.ml.datasets import ConsularRecord, DataMissing, Shared
from consuldesk.ml.person import Spans, fit_logistic, refine_by_fold
from consuldesk.pipeline.pii.birth_model import BIRTH, BirthModel, candidates, dates_in, features
from consuldesk.pipeline.pii.detect import detect_rules

BIRTH_TASK = "birth"
C = 1.0

Log = Callable[[str], None]


def candidate_rows(records: Sequence[ConsularRecord], spans: Sequence[Spans]
                   ) -> tuple[list[list[str]], npt.NDArray[np.int8], npt.NDArray[np.int32]]:
    """Feature strings, label (the date is a written birth date) and record index per candidate."""
    feats: list[list[str]] = []
    labels: list[int] = []
    owner: list[int] = []
    for n, (record, found) in enumerate(zip(records, spans, strict=True)):
        gold = {(int(str(p["start"])), int(str(p["end"]))) for p in record.pii if p["type"] == BIRTH}
        for s, e in candidates(record.text, found):
            feats.append(features(record.text, record.lang, s, e))
            labels.append(int((s, e) in gold))
            owner.append(n)
    return feats, np.array(labels, dtype=np.int8), np.array(owner, dtype=np.int32)


def negative_rows(texts: Iterable[str], lang: str = "en") -> list[list[str]]:
    """Feature rows of every date in `texts` that no rule span touches (texts with no birth dates)."""
    rows = []
    for text in texts:
        if dates_in(text):
            spans = detect_rules(text, lang)
            rows += [features(text, lang, s, e) for s, e in candidates(text, spans)]
    return rows


def fit(feats: Sequence[list[str]], labels: npt.NDArray[np.int8], negatives: Sequence[list[str]] = ()) -> BirthModel:
    return BirthModel(*fit_logistic(feats, labels, C, negatives))


def train_birth(records: Sequence[ConsularRecord], spans: Sequence[Spans], negatives: Sequence[list[str]] = (),
                log: Log = print) -> BirthModel:
    """The scorer fitted on all `records`, given the spans the detector finds in them before it, and on
    `negatives` (`negative_rows`)."""
    feats, labels, owner = candidate_rows(records, spans)
    log(f"{BIRTH_TASK}: {len(labels):,} candidate dates in {len(set(owner.tolist())):,} messages, "
        f"{int(labels.sum()):,} written birth dates; {len(negatives):,} dates of other datasets")
    return fit(feats, labels, negatives)


def refine_out_of_fold(records: Sequence[ConsularRecord], spans: Sequence[Spans],
                       negatives: Sequence[list[str]] = ()) -> list[Spans]:
    """`spans` with birth dates added by a scorer refitted without each record's writer fold."""
    feats, labels, owner = candidate_rows(records, spans)
    return refine_by_fold(records, spans, feats, labels, owner, lambda f, y: fit(f, y, negatives))


def other_texts(shared: Shared) -> list[str]:
    """The tweets and messages of the datasets present on this machine that carry no personal data labels
    (Kaggle, CrisisLex, HumAID, the airline tweets, Munro's messages): negatives for the PII scorers."""
    texts: list[str] = []
    for load in (shared.kaggle, shared.crisislex, lambda: shared.humaid("train"), shared.airline):
        try:
            texts += load().texts
        except DataMissing:
            continue
    with contextlib.suppress(DataMissing):
        texts += [str(r.get("message") or "") for r in shared.munro()]
    return texts


def other_dates(shared: Shared) -> list[list[str]]:
    """`negative_rows` of the tweet and message datasets present on this machine (`other_texts`)."""
    return negative_rows(other_texts(shared))
