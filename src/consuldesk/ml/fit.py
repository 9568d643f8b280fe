"""Fitting linear task models on the shared features (training time only; needs scikit-learn).

Owns: `fit_linear` (L2 logistic regression on hashed + concept features → `LinearModel`, optionally on
NB-scaled columns), temperature calibration and the helpers that CV and evaluation share. Training fits
only the feature columns that occur in its data, so a 2**18-wide model on 600 texts trains in a second.
scikit-learn is imported lazily: the run-time path never needs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

from consuldesk.ml.features import FeatureConfig, Featurised
from consuldesk.ml.model import LinearModel, concept_block, probabilities
from consuldesk.ml.tuning import nb_scale

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]


@dataclass(slots=True)
class Design:
    """Training matrix: hashed columns that occur in the data, then the dense concept block."""

    matrix: sparse.csr_matrix
    used: npt.NDArray[np.int64]
    n_concept: int
    concept_scale: float


def design(feats: Featurised, concept_scale: float, used: npt.NDArray[np.int64] | None = None) -> Design:
    hashed = feats.matrix()
    if used is None:
        used = np.flatnonzero(np.diff(hashed.tocsc().indptr)).astype(np.int64)
    block = concept_block(feats.lexicon_hits) * np.float32(concept_scale)
    matrix = sparse.hstack([hashed[:, used], sparse.csr_matrix(block)], format="csr", dtype=np.float64)
    return Design(matrix, used, block.shape[1], concept_scale)


def rows(feats: Featurised, index: npt.NDArray[np.int64]) -> Featurised:
    """The features of a subset of items."""
    return Featurised([p[index] for p in feats.parts], feats.scale[index], feats.lexicon_hits[index], feats.bits)


def stack(parts: Sequence[Featurised]) -> Featurised:
    """Features of several batches as one (same config)."""
    return Featurised([sparse.vstack([f.matrix() for f in parts], format="csr").astype(np.float32)]
                      if len(parts) > 1 else parts[0].parts,
                      np.ones(sum(f.scale.size for f in parts), dtype=np.float32) if len(parts) > 1
                      else parts[0].scale,
                      np.concatenate([f.lexicon_hits for f in parts]), parts[0].bits)


Labels = Sequence[str] | npt.NDArray[np.str_]


def fit_linear(task: str, feats: Featurised, labels: Labels, *, config: FeatureConfig, c: float,
               classes: Sequence[str] | None = None, class_weight: str | dict[str, float] | None = "balanced",
               sample_weight: F64 | None = None, concept_scale: float = 1.0, binary_positive: str | None = None,
               max_iter: int = 2000, nb_alpha: float | None = None) -> LinearModel:
    """L2-regularised logistic regression; `binary_positive` makes a one-logit binary model.

    `nb_alpha` (not None) fits on NB log-count-ratio scaled columns (see `tuning.nb_scale`) and folds the
    scale back into the weights, so the result scores like any other model.
    """
    from sklearn.linear_model import LogisticRegression

    d = design(feats, concept_scale)
    y = np.asarray(labels)
    matrix = d.matrix
    col_scale = None
    if nb_alpha is not None:
        col_scale = nb_scale(matrix, y.astype(np.str_), sample_weight, nb_alpha)
        matrix = sparse.csr_matrix(matrix @ sparse.diags(col_scale))
    clf = LogisticRegression(C=c, max_iter=max_iter, class_weight=class_weight, tol=1e-4)
    clf.fit(matrix, y, sample_weight=sample_weight)
    fitted = [str(x) for x in clf.classes_]
    coef = np.asarray(clf.coef_, dtype=np.float64)
    if col_scale is not None:
        coef = coef * col_scale[None, :]
    bias = np.asarray(clf.intercept_, dtype=np.float64)
    if binary_positive is not None:
        if len(fitted) != 2 or binary_positive not in fitted:
            raise ValueError(f"{task}: binary model needs two labels including {binary_positive!r}")
        negative = fitted[0] if fitted[1] == binary_positive else fitted[1]
        if fitted[1] != binary_positive:
            coef, bias = -coef, -bias
        out_classes = [negative, binary_positive]
        kind = "binary"
    else:
        out_classes = list(classes) if classes is not None else fitted
        order = [fitted.index(cl) for cl in out_classes]
        if len(fitted) == 2:  # sklearn returns one row for two classes; make it a 2-way softmax
            coef = np.vstack([-coef[0] / 2, coef[0] / 2])
            bias = np.array([-bias[0] / 2, bias[0] / 2])
        coef, bias = coef[order], bias[order]
        kind = "multiclass"
    n_used = d.used.size
    weights = np.zeros(((1 << config.bits) + 1, coef.shape[0]), dtype=np.float32)
    weights[d.used] = coef[:, :n_used].T
    concept = (coef[:, n_used:].T * concept_scale).astype(np.float32)
    return LinearModel(task=task, kind=kind, classes=out_classes, weights=weights, concept_weights=concept,
                       bias=bias.astype(np.float32), config=config)


def model_logits(model: LinearModel, feats: Featurised) -> F32:
    out = feats.score(model.weights)
    out += feats.concepts() @ model.concept_weights
    out += model.bias
    return out


def model_proba(model: LinearModel, feats: Featurised) -> F32:
    return probabilities(model.kind, model_logits(model, feats), model.temperature)


def fit_temperature(model: LinearModel, logits: F32, labels: Sequence[str]) -> float:
    """Temperature minimising held-out log-loss (grid search; calibration without changing the argmax)."""
    index = {c: i for i, c in enumerate(model.classes)}
    y = np.array([index[label] for label in labels])
    best, best_t = np.inf, 1.0
    for t in np.exp(np.linspace(np.log(0.2), np.log(5.0), 41)):
        p = probabilities(model.kind, logits, float(t))
        loss = -float(np.mean(np.log(np.maximum(p[np.arange(y.size), y], 1e-9))))
        if loss < best:
            best, best_t = loss, float(t)
    return best_t
