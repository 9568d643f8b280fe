"""Emergencies written after a routine message, made from the corpus for the intent, urgency and critical fits.

People put the emergency last: "how much is the power-of-attorney fee? And my father fell into the gorge at
Kazbegi an hour ago and is not answering". The linear models add up every word, so the routine words of the
question outweigh the few words of danger, and round 37 (fresh writers, measured before it joined training) ranked
every such message with the routine traffic (critical score 0.00–0.10). For a share of the corpus's critical and
high emergencies this module writes one more training item: a routine message of the same writer and language
(normal or low urgency) followed by the emergency, labelled as the emergency. The high ones come too, so that a
routine opening does not itself become a sign of danger.

Measured with intent, urgency and critical refitted on the corpus without round 37 and scored on it (critical
recall at precision ≥ 0.80; held-out rounds 27 and 13 beside it): none 0.821 / 0.988 / 1.000; a tenth of the
emergencies 0.846 / 0.981 / 1.000; **three tenths 0.867 / 0.981 / 1.000**; all of them 0.871 / 0.969 / 0.991.
Intent macro-F1 did not move (round 37 0.862 → 0.863). The new items never cross a fold: one is in a training
fold only when both its parts are (`fold_rows`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from consuldesk.ml.datasets import ConsularRecord, writer_of

FRACTION = 0.3
SEED = 20261124
ROUTINE_INTENTS = frozenset((
    "passport_services", "visa_services", "civil_registration", "other", "appreciation", "complaint",
    "travel_advisory", "legal_assistance", "lost_stolen_documents",
))
EMERGENCY = "emergency_assistance"


@dataclass(frozen=True, slots=True)
class Augmented:
    """The made items and, per item, the indices of its emergency and its routine opening in the source list."""

    records: list[ConsularRecord]
    sources: npt.NDArray[np.int64]  # shape (len(records), 2)


def hidden_emergencies(records: Sequence[ConsularRecord], fraction: float = FRACTION,
                       seed: int = SEED) -> Augmented:
    """Routine-then-emergency items for about `fraction` of the critical and high emergencies of `records`."""
    rng = np.random.default_rng(seed)
    pool: dict[tuple[str, str], list[int]] = {}
    for i, r in enumerate(records):
        if r.intent in ROUTINE_INTENTS and r.urgency in ("normal", "low"):
            pool.setdefault((writer_of(r), r.lang), []).append(i)
    by_lang: dict[str, list[int]] = {}
    for (_, lang), idx in pool.items():
        by_lang.setdefault(lang, []).extend(idx)
    made: list[ConsularRecord] = []
    sources: list[tuple[int, int]] = []
    for i, r in enumerate(records):
        if r.intent != EMERGENCY or r.urgency not in ("critical", "high") or rng.random() >= fraction:
            continue
        candidates = pool.get((writer_of(r), r.lang)) or by_lang.get(r.lang)
        if not candidates:
            continue
        j = candidates[int(rng.integers(len(candidates)))]
        text = records[j].text.rstrip() + " " + r.text
        made.append(ConsularRecord(f"{r.id}+routine", text, r.lang, r.intent, r.urgency, r.sentiment, []))
        sources.append((i, j))
    return Augmented(made, np.array(sources, dtype=np.int64).reshape(-1, 2))


def fold_rows(train: npt.NDArray[np.int64], augmented: Augmented, offset: int) -> npt.NDArray[np.int64]:
    """`train` plus the made items (stored from row `offset` on) whose emergency and opening are both in it."""
    inside = np.zeros(offset, dtype=bool)
    inside[train[train < offset]] = True
    both = inside[augmented.sources[:, 0]] & inside[augmented.sources[:, 1]]
    return np.concatenate([train, offset + np.flatnonzero(both).astype(np.int64)])
