"""Ports: the protocols the triage stages depend on, so ingest can plug in other implementations.

The defaults live next to the stages (py3langid detector, lexicon baseline, in-memory index); a later
issue plugs trained scikit-learn models into `Classifier`, and the storage layer seeds the
`FingerprintIndex` from the database on start-up. Must not import stages, storage or network code.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from consuldesk.pipeline.item import TriageItem

#: A MinHash signature: one row of uint32 minimum hashes (see `pipeline.minhash`).
Signature = npt.NDArray[np.uint32]
#: Signatures of a batch, one row per item.
SignatureMatrix = npt.NDArray[np.uint32]


@runtime_checkable
class LanguageDetector(Protocol):
    """Identifies the language of texts: ISO 639-1 code (or 'und') and a confidence in [0, 1]."""

    def detect(self, texts: Sequence[str]) -> list[tuple[str, float]]: ...


@runtime_checkable
class Classifier(Protocol):
    """Fills intent, urgency, sentiment, crisis_category, informative, rumour and confidence.

    `confidence` maps each of those six label names to a score in [0, 1]. Implementations read
    `normalised` and `language` (and may read `text`, `platform`, `kind`); they write nothing else.
    """

    def predict(self, batch: list[TriageItem]) -> None: ...


@runtime_checkable
class FingerprintIndex(Protocol):
    """Remembers fingerprints of earlier items so duplicates can point at the first one.

    `match_and_add` processes a batch in order: each eligible item is compared with everything
    already indexed *and* with the earlier items of the same batch, then added. An item whose
    fingerprint is None takes no part. Rows of `signatures` where `near` is False are ignored
    (those items only match exactly). Returns, per item, the id of the first item it duplicates.
    """

    def add(self, id: str, fingerprint: str, signature: Signature | None) -> None: ...

    def match_and_add(
        self,
        ids: Sequence[str],
        fingerprints: Sequence[str | None],
        signatures: SignatureMatrix,
        near: npt.NDArray[np.bool_],
    ) -> list[str | None]: ...

    def __len__(self) -> int: ...
