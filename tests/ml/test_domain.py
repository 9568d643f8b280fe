"""The domain gate and the sentiment model's consular head."""

from __future__ import annotations

import numpy as np
import pytest

from consuldesk.ml.classifier import TrainedClassifier
from consuldesk.ml.domain import DOMAIN_TASK, HEAD_KEY, consular_sentiment, fit_head, out_of_fold, writer_folds

# a head that moves probability from negative to positive (what the trained one does on consular messages)
HEAD = {"weights": [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]], "bias": [-2.0, 0.0, 2.0]}


def test_gate_mixes_the_head_in_by_the_consular_probability() -> None:
    p = np.array([[0.6, 0.3, 0.1], [0.6, 0.3, 0.1]], dtype=np.float32)
    out = consular_sentiment(p, np.array([0.0, 1.0], dtype=np.float32), HEAD)
    np.testing.assert_allclose(out[0], p[0], rtol=1e-5)  # a public post keeps the plain model's output
    assert out[1].argmax() == 2  # a consular message gets the head's
    np.testing.assert_allclose(out.sum(axis=1), 1.0, rtol=1e-5)
    assert consular_sentiment(p, np.ones(2, dtype=np.float32), None) is p


def test_writer_folds_keep_each_writer_in_one_fold() -> None:
    groups = ["w1", "w2", "w1", "dev", "w3", "w2", "w4", "dev"]
    folds = writer_folds(groups, k=3)
    for g in set(groups):
        assert len({int(f) for f, h in zip(folds, groups, strict=True) if h == g}) == 1
    assert set(folds.tolist()) == {0, 1, 2}


def test_out_of_fold_never_predicts_rows_it_was_fitted_on() -> None:
    consular = np.array([4, 5, 6, 7], dtype=np.int64)
    folds = np.array([0, 1, 0, 1], dtype=np.int64)
    seen: list[tuple[set[int], set[int]]] = []

    def fit_predict(train: np.ndarray, test: np.ndarray) -> np.ndarray:
        seen.append((set(train.tolist()), set(test.tolist())))
        return np.tile(np.array([[0.2, 0.8]], dtype=np.float32), (test.size, 1))

    out = out_of_fold(8, consular, folds, fit_predict)
    assert out.shape == (4, 2)
    assert all(not (train & test) for train, test in seen)
    assert {0, 1, 2, 3} <= seen[0][0]  # the other sources stay in every fit


def test_fit_head_learns_a_shift_and_reports_its_validation() -> None:
    rng = np.random.default_rng(0)
    n = 300
    labels = rng.choice(["negative", "neutral", "positive"], n)
    # a base model that calls everything a bit more negative than it is
    proba = np.full((n, 3), 0.1, dtype=np.float32)
    proba[np.arange(n), np.searchsorted(["negative", "neutral", "positive"], labels)] = 0.45
    proba[:, 0] += 0.45
    proba /= proba.sum(axis=1, keepdims=True)
    head = fit_head(proba, labels.tolist(), ["negative", "neutral", "positive"], np.arange(n) % 3)
    assert np.asarray(head["weights"]).shape == (3, 3)
    assert head["validation"]["macro_recall_head"] > head["validation"]["macro_recall_base"]


@pytest.mark.parametrize(
    "text",
    [
        "Thank you so much to the consulate staff in Milan, my new passport came in 3 days after it was stolen",
        "Shukriya embassy, passport mil gaya, bahut madad ki aapne",
    ],
)
def test_shipped_classifier_reads_consular_thanks_as_positive(text: str) -> None:
    clf = TrainedClassifier()
    if DOMAIN_TASK not in clf.models.models or HEAD_KEY not in clf.models.models["sentiment"].meta:
        pytest.skip("models without the consular head")
    p = clf.probabilities([text])
    assert p[DOMAIN_TASK][0, 1] > 0.5
    assert clf.models.models["sentiment"].classes[int(p["sentiment"][0].argmax())] == "positive"
