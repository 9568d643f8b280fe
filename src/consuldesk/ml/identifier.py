"""Training and out-of-fold use of the identifier scorer (`pipeline/pii/identifier_model.py`).

Owns: turning labelled consular messages (exact CASE_NUMBER, PASSPORT_NUMBER and NATIONAL_ID spans) into
rows — every code no rule span touches, once per type, labelled 1 for the type a writer gave exactly that
code — fitting the hashed logistic scorer (fixed settings, deterministic solver), and
`refine_out_of_fold`, which refits it without each writer fold so `consuldesk models eval` scores writers
it never saw.

Each code is read alone and with the capital or digit pieces spaced around it ("RG 4471/B"); a reading
that cuts a written identifier is a negative when another reading of the code is that identifier, and is
left out when none is (the scorer could not have found it, and "not an identifier" would teach it wrong).
Every code of the tweets and messages of the other datasets (`other_codes`: flight numbers, prices,
years, tracking numbers; none of them a consular identifier) is added as a negative row for every type.

Settings: C and the threshold `identifier_model.ADD` were chosen on out-of-fold figures over five writer
folds; see the PII model card.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np
import numpy.typing as npt

from consuldesk.ml.birth import other_texts
from consuldesk.ml.datasets import ConsularRecord, Shared
from consuldesk.ml.person import Spans, fit_logistic, refine_by_fold
from consuldesk.pipeline.pii.detect import detect_rules
from consuldesk.pipeline.pii.identifier_model import (
    TYPES,
    IdentifierModel,
    candidates,
    codes,
    features,
    number_cues,
    typed,
)

IDENTIFIER_TASK = "identifier"
C = 1.0

Log = Callable[[str], None]


def candidate_rows(records: Sequence[ConsularRecord], spans: Sequence[Spans]
                   ) -> tuple[list[list[str]], npt.NDArray[np.int8], npt.NDArray[np.int32]]:
    """Typed feature strings, label and record index per (code, type) row."""
    feats: list[list[str]] = []
    labels: list[int] = []
    owner: list[int] = []
    for n, (record, found) in enumerate(zip(records, spans, strict=True)):
        gold = {(int(str(p["start"])), int(str(p["end"]))): str(p["type"]) for p in record.pii}
        written = [(a, b) for (a, b), kind in gold.items() if kind in TYPES]
        cues = number_cues(record.text)
        for group in candidates(record.text, found):
            reached = any(reading in gold for reading in group)
            for s, e in group:
                exact = gold.get((s, e))
                # a reading that cuts a written identifier no reading of this code reaches is left out
                if exact is None and not reached and any(a < e and s < b for a, b in written):
                    continue
                base = features(record.text, record.lang, s, e, cues)
                for kind in TYPES:
                    feats.append(typed(base, kind))
                    labels.append(int(exact == kind))
                    owner.append(n)
    return feats, np.array(labels, dtype=np.int8), np.array(owner, dtype=np.int32)


def negative_rows(texts: Iterable[str], lang: str = "en") -> list[list[str]]:
    """Typed feature rows of every code in `texts` that no rule span touches (texts with no identifiers)."""
    rows = []
    for text in texts:
        if next(codes(text), None) is not None:
            cues = number_cues(text)
            for group in candidates(text, detect_rules(text, lang)):
                for s, e in group:
                    base = features(text, lang, s, e, cues)
                    rows += [typed(base, kind) for kind in TYPES]
    return rows


def fit(feats: Sequence[list[str]], labels: npt.NDArray[np.int8], negatives: Sequence[list[str]] = (),
        c: float = C) -> IdentifierModel:
    return IdentifierModel(*fit_logistic(feats, labels, c, negatives))


def train_identifier(records: Sequence[ConsularRecord], spans: Sequence[Spans],
                     negatives: Sequence[list[str]] = (), log: Log = print) -> IdentifierModel:
    """The scorer fitted on all `records`, given the spans the detector finds in them before it, and on
    `negatives` (`negative_rows`)."""
    feats, labels, owner = candidate_rows(records, spans)
    log(f"{IDENTIFIER_TASK}: {len(labels) // len(TYPES):,} codes in {len(set(owner.tolist())):,} messages, "
        f"{int(labels.sum()):,} written identifiers; {len(negatives) // len(TYPES):,} codes of other datasets")
    return fit(feats, labels, negatives)


def refine_out_of_fold(records: Sequence[ConsularRecord], spans: Sequence[Spans],
                       negatives: Sequence[list[str]] = (), c: float = C, add: float | None = None) -> list[Spans]:
    """`spans` with identifiers added by a scorer refitted without each record's writer fold (`c` and `add`
    override the settings, for choosing them)."""
    feats, labels, owner = candidate_rows(records, spans)

    def fit_rows(f: list[list[str]], y: npt.NDArray[np.int8]) -> IdentifierModel:
        model = fit(f, y, negatives, c)
        model.add = model.add if add is None else add
        return model

    return refine_by_fold(records, spans, feats, labels, owner, fit_rows)


def other_codes(shared: Shared) -> list[list[str]]:
    """`negative_rows` of the tweet and message datasets present on this machine (`birth.other_texts`)."""
    return negative_rows(other_texts(shared))
