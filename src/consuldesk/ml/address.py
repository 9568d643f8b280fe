"""Training and out-of-fold use of the ADDRESS boundary scorer (`pipeline/pii/address_model.py`).

Owns: turning labelled consular messages (exact ADDRESS spans) into boundary rows — every candidate start
and end of each rule ADDRESS span that overlaps a written address, labelled 1 where the written address
starts or ends — fitting the hashed logistic scorer (fixed settings, deterministic solver), and
`refine_out_of_fold`, which refits it without each writer fold so `consuldesk models eval` scores
writers it never saw. Rule spans that overlap no written address teach nothing about boundaries and
are left out.

Settings: C = 1 was chosen on out-of-fold exact ADDRESS figures over five writer folds (C ∈ {0.3, 1, 3}).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from consuldesk.ml.datasets import ConsularRecord
from consuldesk.ml.person import Spans, fit_logistic, refine_by_fold
from consuldesk.pipeline.pii.address_model import ADDRESS, AddressModel, boundary_candidates

ADDRESS_TASK = "address"
C = 1.0

Log = Callable[[str], None]


def _gold(record: ConsularRecord) -> list[tuple[int, int]]:
    return [(int(str(p["start"])), int(str(p["end"]))) for p in record.pii if p["type"] == ADDRESS]


def boundary_rows(records: Sequence[ConsularRecord], spans: Sequence[Spans]
                  ) -> tuple[list[list[str]], npt.NDArray[np.int8], npt.NDArray[np.int32]]:
    """Feature strings, label (the candidate is the written boundary) and record index per candidate."""
    feats: list[list[str]] = []
    labels: list[int] = []
    owner: list[int] = []
    for n, (record, found) in enumerate(zip(records, spans, strict=True)):
        gold = _gold(record)
        for s, e, kind in found:
            if kind != ADDRESS:
                continue
            overlap = [(min(e, b) - max(s, a), a, b) for a, b in gold if a < e and s < b]
            if not overlap:
                continue
            _, a, b = max(overlap)
            for side, (position, _), row in boundary_candidates(record.text, record.lang, (s, e)):
                feats.append(row)
                labels.append(int(position == (a if side == "start" else b)))
                owner.append(n)
    return feats, np.array(labels, dtype=np.int8), np.array(owner, dtype=np.int32)


def fit(feats: Sequence[list[str]], labels: npt.NDArray[np.int8]) -> AddressModel:
    return AddressModel(*fit_logistic(feats, labels, C))


def train_address(records: Sequence[ConsularRecord], spans: Sequence[Spans], log: Log = print) -> AddressModel:
    """The scorer fitted on all `records`, given the spans the detector finds in them before it."""
    feats, labels, owner = boundary_rows(records, spans)
    log(f"{ADDRESS_TASK}: {len(labels):,} candidate boundaries of {len(set(owner.tolist())):,} messages, "
        f"{int(labels.sum()):,} written ones")
    return fit(feats, labels)


def refine_out_of_fold(records: Sequence[ConsularRecord], spans: Sequence[Spans]) -> list[Spans]:
    """`spans` with ADDRESS boundaries moved by a scorer refitted without each record's writer fold."""
    feats, labels, owner = boundary_rows(records, spans)
    return refine_by_fold(records, spans, feats, labels, owner, fit)
