"""Feature-weight scorers: the storage and arithmetic the learned PII scorers share.

The name, address-boundary and birth-date scorers (`name_model`, `address_model`, `birth_model`) are each a
logistic regression over feature strings, stored as the strings seen in training, their weights and the
bias (`.npz`), plus a few named settings of their own (thresholds, listed in `SETTINGS` in the order their
constructors take them). This class holds those parts; each scorer adds its candidates, features and
decisions.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import ClassVar, Self

import numpy as np


class FeatureWeights:
    """A weight per feature string (features unseen in training weigh nothing) and a bias."""

    __slots__ = ("bias", "weights")
    SETTINGS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, weights: dict[str, float], bias: float) -> None:
        self.weights = weights
        self.bias = float(bias)

    @classmethod
    def load(cls, path: Path) -> Self:
        with np.load(path) as data:
            weights = dict(zip(data["features"].tolist(), data["weights"].astype(np.float64).tolist(), strict=True))
            return cls(weights, float(data["bias"]), *(float(data[name]) for name in cls.SETTINGS))

    def save(self, path: Path) -> None:
        np.savez_compressed(path, features=np.array(list(self.weights)),
                            weights=np.array(list(self.weights.values()), dtype=np.float32),
                            bias=self.bias, **{name: getattr(self, name) for name in self.SETTINGS})

    def logit(self, feats: list[str]) -> float:
        get = self.weights.get
        return self.bias + sum(get(f, 0.0) for f in feats)

    def score(self, feats: list[str]) -> float:
        """The probability (logistic of the logit)."""
        return 1.0 / (1.0 + math.exp(-max(min(self.logit(feats), 50.0), -50.0)))
