"""Training-time refinements that fold into a plain linear model (nothing changes at run time).

Owns:
- `nb_scale`: naive-Bayes log-count-ratio feature scaling (NBSVM, Wang & Manning 2012). Columns are
  multiplied by |log-ratio| before the fit and the fitted weights by the same factor afterwards, so the
  shipped file is an ordinary weight matrix and scoring costs exactly what it did.
- `tune_offsets`: additive per-class bias offsets (binary: a threshold) chosen on validation logits from the
  *training* data, for the metric the task is judged by (macro-recall, F1). They are added to the bias, so
  argmax / P ≥ 0.5 at run time applies the tuned decision rule.
- `validation_splits`: the train-internal split(s) those offsets are tuned on (never the held-out data).

Training only (imports scikit-learn lazily).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from scipy import sparse

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]


def nb_scale(matrix: sparse.csr_matrix, labels: npt.NDArray[np.str_], weights: F64 | None = None,
             alpha: float = 1.0) -> F64:
    """Per-column |log-count ratio| of feature presence, one class against the rest.

    Multiclass: the largest ratio over classes, so one multinomial fit keeps a single scaled matrix
    (discriminative columns get more room, frequent uninformative ones are damped towards 0).
    `alpha` is the add-alpha smoothing of the presence counts.
    """
    present = matrix.copy().tocsr()
    present.data = np.ones_like(present.data, dtype=np.float64)
    w = np.ones(matrix.shape[0]) if weights is None else np.asarray(weights, dtype=np.float64)
    classes = np.unique(labels)
    weighted = sparse.diags(w) @ present
    total = np.asarray(weighted.sum(axis=0)).ravel()
    best = np.zeros(matrix.shape[1])
    for cls in classes if classes.size > 2 else classes[:1]:
        mask = (labels == cls).astype(np.float64)
        p = alpha + np.asarray(weighted.T @ mask).ravel()
        q = alpha + total - (p - alpha)
        ratio = np.abs(np.log(p / p.sum()) - np.log(q / q.sum()))
        np.maximum(best, ratio, out=best)
    return best


def validation_splits(labels: npt.NDArray[np.str_], candidates: I64, folds: int,
                      seed: int) -> list[tuple[I64, I64]]:
    """(fit, validation) index pairs over `candidates` (rows eligible for validation), stratified on label.

    folds == 1: one split holding out a sixth; folds > 1: stratified k-fold. Rows not in `candidates`
    (e.g. small auxiliary sources) are always in the fit part.
    """
    from sklearn.model_selection import StratifiedKFold, train_test_split

    others = np.setdiff1d(np.arange(labels.size), candidates)
    if folds == 1:
        fit, val = train_test_split(candidates, test_size=1 / 6, random_state=seed, stratify=labels[candidates])
        return [(np.sort(np.concatenate([fit, others])).astype(np.int64), np.sort(val).astype(np.int64))]
    skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    out = []
    for fit, val in skf.split(np.zeros(candidates.size), labels[candidates]):
        out.append((np.sort(np.concatenate([candidates[fit], others])).astype(np.int64),
                    np.sort(candidates[val]).astype(np.int64)))
    return out


def macro_recall(y: npt.NDArray[np.int64], pred: npt.NDArray[np.int64], n_classes: int) -> float:
    recalls = [float(np.mean(pred[y == k] == k)) for k in range(n_classes) if np.any(y == k)]
    return float(np.mean(recalls))


def f1_positive(y: npt.NDArray[np.bool_], pred: npt.NDArray[np.bool_]) -> float:
    tp = float(np.sum(y & pred))
    denom = float(np.sum(y) + np.sum(pred))
    return 2 * tp / denom if denom else 0.0


def tune_offsets(logits: npt.NDArray[np.float32], labels: Sequence[str], classes: Sequence[str], kind: str,
                 metric: str, span: float = 1.5, steps: int = 31, rounds: int = 3) -> F64:
    """Offsets to add to the bias that maximise `metric` on these validation logits.

    binary (one logit, metric "f1"): minus the best threshold on the logit. multiclass ("macro_recall"):
    coordinate search per class on a grid in [-span, span], centred afterwards (softmax is shift-free).
    Ties keep the smaller change, so an uninformative validation set leaves the model as it was.
    """
    grid = np.linspace(-span, span, steps)
    grid = grid[np.argsort(np.abs(grid), kind="stable")]
    index = {c: i for i, c in enumerate(classes)}
    y = np.array([index[label] for label in labels], dtype=np.int64)
    z = np.asarray(logits, dtype=np.float64)
    if kind == "binary":
        if metric != "f1":
            raise ValueError(f"binary tuning supports f1, not {metric!r}")
        pos = y == 1
        scores = [f1_positive(pos, z[:, 0] >= t) for t in grid]
        return np.array([-float(grid[int(np.argmax(scores))])])
    if metric != "macro_recall":
        raise ValueError(f"multiclass tuning supports macro_recall, not {metric!r}")
    n = len(classes)
    offsets = np.zeros(n)
    best = macro_recall(y, z.argmax(axis=1), n)
    for _ in range(rounds):
        changed = False
        for k in range(n):
            for v in grid:
                trial = offsets.copy()
                trial[k] = v
                score = macro_recall(y, (z + trial).argmax(axis=1), n)
                if score > best + 1e-9:
                    best, offsets, changed = score, trial, True
        if not changed:
            break
    out: F64 = offsets - offsets.mean()
    return out
