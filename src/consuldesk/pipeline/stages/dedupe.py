"""triage.dedupe: exact fingerprint and near-duplicate detection against earlier items.

`fingerprint` is the BLAKE2b-128 hex digest of the normalised text (so different URLs or @mentions
do not matter). `duplicate_of` is the id of the first earlier item — earlier in the batch or in a
previous batch, through the `FingerprintIndex` port — that this one duplicates, else None.

What counts as a duplicate is what an officer would want folded together: copy-pasted rumours and
spam, retweets, double-sent messages. Very short texts ("thanks!", "help", "any update?") are never
duplicates: different people write them independently and each deserves an answer. Short texts
match only exactly; longer ones also match near copies (small edits, other links, appended hashtags)
by MinHash similarity.
"""

from __future__ import annotations

from hashlib import blake2b

from consuldesk.pipeline.fingerprint_index import InMemoryFingerprintIndex
from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.minhash import signatures
from consuldesk.pipeline.ports import FingerprintIndex


def fingerprint(normalised: str) -> str:
    return blake2b(normalised.encode("utf-8"), digest_size=16).hexdigest()


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
        texts = [item.normalised for item in batch]
        sigs, words = signatures(texts)
        prints = [fingerprint(t) for t in texts]
        eligible = (words >= self.min_words).tolist()
        candidates = [fp if ok else None for fp, ok in zip(prints, eligible, strict=True)]
        duplicates = self.index.match_and_add(
            [item.id for item in batch], candidates, sigs, words >= self.near_min_words
        )
        for item, fp, dup in zip(batch, prints, duplicates, strict=True):
            item.fingerprint = fp
            item.duplicate_of = dup
        return batch
