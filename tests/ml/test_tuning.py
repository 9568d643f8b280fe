"""Training-time refinements: NB scaling folds into ordinary weights; offsets and splits behave."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from consuldesk.ml.features import FeatureConfig, featurise
from consuldesk.ml.fit import fit_linear, model_logits
from consuldesk.ml.tuning import nb_scale, tune_offsets, validation_splits

CONFIG = FeatureConfig(bits=12, char_orders=(3,))


def test_nb_scale_favours_discriminative_columns() -> None:
    # column 0 occurs only in positives, column 1 everywhere
    m = sparse.csr_matrix(np.array([[1, 1], [1, 1], [0, 1], [0, 1]], dtype=np.float64))
    y = np.array(["1", "1", "0", "0"])
    s = nb_scale(m, y)
    assert s[0] > s[1] >= 0.0


def test_nb_scaled_model_scores_as_a_plain_linear_model() -> None:
    texts = ["help flood water rising", "flood rescue needed now", "lovely sunny day", "great sunny beach"] * 5
    labels = ["1", "1", "0", "0"] * 5
    feats = featurise(texts, CONFIG)
    model = fit_linear("t", feats, labels, config=CONFIG, c=1.0, binary_positive="1", nb_alpha=1.0)
    assert model.weights.shape == ((1 << CONFIG.bits) + 1, 1)
    z = model_logits(model, featurise(["flood water", "sunny day"], CONFIG))[:, 0]
    assert z[0] > 0 > z[1]


def test_binary_offset_is_minus_the_best_threshold() -> None:
    z = np.array([[-1.0], [-0.6], [-0.4], [0.5], [1.0]], dtype=np.float32)
    y = ["0", "0", "1", "1", "1"]
    off = tune_offsets(z, y, ["0", "1"], "binary", "f1")
    assert off.shape == (1,)
    assert -0.6 < -off[0] <= -0.4


def test_multiclass_offsets_raise_macro_recall_and_are_centred() -> None:
    # class "b" is never predicted without an offset
    z = np.array([[1.0, 0.8], [1.0, 0.8], [1.0, 0.2], [1.0, 0.1]], dtype=np.float32)
    y = ["b", "b", "a", "a"]
    off = tune_offsets(z, y, ["a", "b"], "multiclass", "macro_recall")
    assert abs(off.sum()) < 1e-9
    assert ((z + off).argmax(axis=1) == np.array([1, 1, 0, 0])).all()


def test_validation_rows_come_from_candidates_only() -> None:
    labels = np.array(["a", "b"] * 30 + ["a"] * 10)
    candidates = np.arange(60, dtype=np.int64)
    for folds in (1, 4):
        splits = validation_splits(labels, candidates, folds, seed=1)
        assert len(splits) == folds
        for fit, val in splits:
            assert np.intersect1d(fit, val).size == 0
            assert set(range(60, 70)) <= set(fit.tolist())
            assert val.max() < 60


def test_fit_recipe_tunes_offsets_on_the_first_source_only() -> None:
    from consuldesk.ml.train import Context, TrainData, _fit

    logs: list[str] = []
    ctx = Context(shared=None, config=CONFIG, lexicon=None, log=logs.append)  # type: ignore[arg-type]
    data = TrainData()
    pos = ["flood water rising help", "flood rescue needed", "storm damage roads closed", "fire evacuation now"]
    neg = ["lovely sunny day", "great sunny beach", "my new phone is fire", "what a match tonight"]
    data.add("main", (pos + neg) * 6, (["1"] * 4 + ["0"] * 4) * 6)
    data.add("aux", ["flood flood"], ["1"], 0.5)
    model = _fit(ctx, "t", data, c=1.0, binary_positive="1", nb_alpha=1.0, tune="f1", tune_folds=3)
    assert model.meta["bias_offsets"]["metric"] == "f1"
    assert len(model.meta["bias_offsets"]["values"]) == 1
    assert model.temperature > 0
    assert any("tuned for f1" in line for line in logs)
