"""Consular traffic vs public posts: the domain gate and the sentiment model's consular head.

Why: the sentiment model learns mostly from tweets (SemEval, TweetEval), where its bias offsets are tuned
for the SemEval protocol. Messages written to a consulate are another domain: a thank-you that mentions a
stolen passport, a factual visa question about a refusal. On writers it never saw (round 5 of the written
corpus, 1,020 items) the tweet-tuned model called 191 of 441 neutral and 77 of 146 positive messages
negative (macro-recall 0.623). A 3 × 3 recalibration of its log-probabilities, fitted on consular messages
the model was not trained on, lifts that to 0.77 — but applied to tweets it drops SemEval from 0.642 to
0.53. So a binary "domain" model (consular message vs public post, same features) gates it: the output is
P(consular) · head(p) + (1 − P(consular)) · p. The gate scores 97 % of fresh consular writers above 0.5 and
0.4 % of SemEval test tweets.

Run-time code here is numpy only; the training helpers import scikit-learn lazily.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

F32 = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]

DOMAIN_TASK = "domain"
HEAD_KEY = "consular_head"
HEAD_FOLDS = 4


def consular_sentiment(p_sentiment: F32, p_consular: F32, head: dict[str, Any] | None) -> F32:
    """Sentiment probabilities with the consular head mixed in by the domain gate's P(consular)."""
    if not head:
        return p_sentiment
    weights = np.asarray(head["weights"], dtype=np.float32)
    bias = np.asarray(head["bias"], dtype=np.float32)
    z = np.log(np.maximum(p_sentiment, 1e-6)) @ weights.T + bias
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    headed = e / e.sum(axis=1, keepdims=True)
    gate = np.asarray(p_consular, dtype=np.float32)[:, None]
    out: F32 = (gate * headed + (1.0 - gate) * p_sentiment).astype(np.float32)
    return out


def writer_folds(groups: Sequence[str], k: int = HEAD_FOLDS) -> I64:
    """Fold number of each consular row: whole writers (consular_dev counts as one) go to one fold."""
    names = sorted(set(groups))
    fold_of = {name: i % k for i, name in enumerate(names)}
    return np.array([fold_of[g] for g in groups], dtype=np.int64)


def fit_head(oof_proba: F32, labels: Sequence[str], classes: Sequence[str], folds: I64) -> dict[str, Any]:
    """The head (multinomial logistic regression on out-of-fold log-probabilities) and its own
    writer-fold estimate: macro-recall of the base model vs the head on consular messages."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import recall_score

    x = np.log(np.maximum(oof_proba, 1e-6))
    y = np.asarray(labels)

    def fit(rows: npt.NDArray[np.bool_]) -> Any:
        return LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000).fit(x[rows], y[rows])

    headed = np.empty(y.size, dtype=object)
    for k in np.unique(folds):
        clf = fit(folds != k)
        headed[folds == k] = clf.predict(x[folds == k])
    clf = fit(np.ones(y.size, dtype=bool))
    order = [list(clf.classes_).index(c) for c in classes]
    base = np.asarray(classes)[oof_proba.argmax(axis=1)]
    return {
        "weights": np.asarray(clf.coef_)[order].round(5).tolist(),
        "bias": np.asarray(clf.intercept_)[order].round(5).tolist(),
        "features": "log-probabilities of the classes, in the model's class order",
        "validation": {
            "items": int(y.size),
            "macro_recall_base": round(float(recall_score(y, base, average="macro")), 4),
            "macro_recall_head": round(float(recall_score(y, headed.astype(str), average="macro")), 4),
            "protocol": f"{HEAD_FOLDS} folds of whole writers; base probabilities out of fold",
        },
    }


def out_of_fold(n_rows: int, consular_rows: I64, folds: I64,
                fit_predict: Callable[[I64, I64], F32]) -> F32:
    """Probabilities of each consular row from a model fitted without its fold's consular rows.

    `fit_predict(train_rows, test_rows)` fits on `train_rows` and returns probabilities of `test_rows`.
    """
    everything = np.arange(n_rows, dtype=np.int64)
    parts: dict[int, F32] = {}
    for k in np.unique(folds).tolist():
        held = consular_rows[folds == k]
        parts[k] = fit_predict(np.setdiff1d(everything, held), held)
    width = next(iter(parts.values())).shape[1]
    out: F32 = np.zeros((consular_rows.size, width), dtype=np.float32)
    for k, proba in parts.items():
        out[folds == k] = proba
    return out
