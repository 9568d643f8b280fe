"""triage.dedupe: exact fingerprint and near-duplicate detection against earlier items.

`fingerprint` is the BLAKE2b-128 hex digest of the normalised text (so different URLs or @mentions
do not matter). `duplicate_of` is the id of the first earlier item — earlier in the batch or in a
previous batch, through the `FingerprintIndex` port — that this one duplicates, else None.

What counts as a duplicate is what an officer would want folded together: copy-pasted rumours and
spam, retweets, double-sent messages. Very short texts ("thanks!", "help", "any update?") are never
duplicates: different people write them independently and each deserves an answer. Short texts
match only exactly; longer ones also match near copies (small edits, other links, appended hashtags)
by MinHash similarity.

The stage has two halves so that a stream can be triaged by several processes and still be deduped
as one: `prepare` (fingerprints, MinHash signatures, word counts) is pure and runs anywhere;
`decide` holds the index and must see the prepared batches in stream order, in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from hashlib import blake2b

import numpy as np
import numpy.typing as npt

from consuldesk.pipeline.fingerprint_index import InMemoryFingerprintIndex
from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.minhash import signatures
from consuldesk.pipeline.ports import FingerprintIndex, SignatureMatrix


def fingerprint(normalised: str) -> str:
    return blake2b(normalised.encode("utf-8"), digest_size=16).hexdigest()


@dataclass(frozen=True, slots=True)
class PreparedBatch:
    """What `decide` needs of a batch: small and picklable (no items), so a worker can send it."""

    ids: list[str]
    fingerprints: list[str]
    #: The fingerprint of items long enough to be duplicates at all, else None.
    candidates: list[str | None]
    signatures: SignatureMatrix
    #: Items long enough for near-duplicate matching (the others match exact copies only).
    near: npt.NDArray[np.bool_]


class DedupeStage:
    id = "triage.dedupe"
    reads = ("id", "normalised")
    writes = ("fingerprint", "duplicate_of")

    def __init__(
        self,
        index: FingerprintIndex | None = None,
        *,
        min_words: float = 5,
        near_min_words: float = 8,
    ) -> None:
        """`min_words`: shorter texts are never duplicates; `near_min_words`: shorter ones match exactly only."""
        self.index: FingerprintIndex = index if index is not None else InMemoryFingerprintIndex()
        self.min_words = min_words
        self.near_min_words = near_min_words

    def __call__(self, batch: list[TriageItem]) -> list[TriageItem]:
        if not batch:
            return batch
        prepared = self.prepare(batch)
        for item, fp, dup in zip(batch, prepared.fingerprints, self.decide(prepared), strict=True):
            item.fingerprint = fp
            item.duplicate_of = dup
        return batch

    def prepare(self, batch: list[TriageItem]) -> PreparedBatch:
        """The pure half: fingerprints and signatures of a batch (no index access)."""
        texts = [item.normalised for item in batch]
        sigs, words = signatures(texts)
        prints = [fingerprint(t) for t in texts]
        eligible = (words >= self.min_words).tolist()
        candidates = [fp if ok else None for fp, ok in zip(prints, eligible, strict=True)]
        return PreparedBatch([item.id for item in batch], prints, candidates, sigs, words >= self.near_min_words)

    def decide(self, prepared: PreparedBatch) -> list[str | None]:
        """The stateful half: per item, the id of the first earlier item it duplicates; adds the batch
        to the index. Batches must arrive in stream order."""
        if not prepared.ids:
            return []
        return self.index.match_and_add(prepared.ids, prepared.candidates, prepared.signatures, prepared.near)
