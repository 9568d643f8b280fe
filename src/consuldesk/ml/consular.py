"""Consular intent recipe helper: a concept-only "expert" folded into the intent model (training time only).

Owns: `with_concept_expert`, which fits a small logistic regression on the lexicon concept block alone and
adds its logits to a fitted intent model (a product of experts). Both are linear in the same features, so
the sum is again one `LinearModel`: nothing changes at run time (numpy only, same cost).

Why: in the joint model the hashed n-grams explain most of the 600 dev items, so the concept weights stay
small; for a language or phrasing the n-grams never saw, only concepts fire and the joint model is weak. The
expert's weights are learnt from concepts alone, so they carry over across languages (leave-one-language-out
and English→other figures in docs/model-cards/intent.md).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from consuldesk.ml.features import Featurised
from consuldesk.ml.model import LinearModel, concept_block

EXPERT_C = 0.3  # strong regularisation: ~70 concepts × 2 columns, 600 items
EXPERT_WEIGHT = 0.25  # share of the expert's logits; 0.25–0.5 were within noise of each other


def with_concept_expert(model: LinearModel, feats: Featurised, labels: Sequence[str] | npt.NDArray[np.str_],
                        *, c: float = EXPERT_C, weight: float = EXPERT_WEIGHT) -> LinearModel:
    """`model` with a concept-only expert's logits (times `weight`) added; `feats` are its training items."""
    from sklearn.linear_model import LogisticRegression

    if model.kind != "multiclass" or weight == 0.0 or feats.lexicon_hits.shape[1] == 0:
        return model
    block = concept_block(feats.lexicon_hits)
    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", tol=1e-4)
    clf.fit(block, np.asarray(labels))
    fitted = [str(x) for x in clf.classes_]
    if sorted(fitted) != sorted(model.classes) or len(fitted) < 3:
        return model  # a fold missing a class (or a binary fit) keeps the plain model
    order = [fitted.index(cl) for cl in model.classes]
    coef = np.asarray(clf.coef_, dtype=np.float64)[order]
    bias = np.asarray(clf.intercept_, dtype=np.float64)[order]
    model.concept_weights = (model.concept_weights + weight * coef.T).astype(np.float32)
    model.bias = (model.bias + weight * bias).astype(np.float32)
    model.meta["concept_expert"] = {"c": c, "weight": weight}
    return model
