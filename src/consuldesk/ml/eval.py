"""Evaluation on held-out data, beside the targets and the published anchors.

Owns: the metric of each task (the protocol its anchor uses) and `evaluate`, which scores the shipped
models on data they were not fitted on (see `train.py` for the splits) and re-runs the intent/urgency
recipe in cross-validation. Returns rows for the CLI table; prints nothing itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from consuldesk.ml.augment import fold_rows, hidden_emergencies
from consuldesk.ml.corpus import load_written
from consuldesk.ml.datasets import ConsularRecord, DataMissing, Shared
from consuldesk.ml.domain import DOMAIN_TASK, HEAD_KEY, consular_sentiment, writer_folds
from consuldesk.ml.features import featurise
from consuldesk.ml.fit import model_proba, rows
from consuldesk.ml.model import MODELS_DIR, LinearModel, load_lexicon
from consuldesk.ml.train import (
    LEXICON_FILE,
    LINEAR_TASKS,
    consular_folds,
    fit_intent,
    fold_critical_scores,
    informative_split,
    rumour_split,
    sentiment_split,
)


@dataclass(frozen=True, slots=True)
class Row:
    task: str
    metric: str
    ours: float | None
    target: str
    anchor: str
    data: str
    note: str = ""


Log = Callable[[str], None]
WRITER_FOLDS = 10  # cross-writer re-fits of intent and urgency over the written corpus


def load_models(models_dir: Path = MODELS_DIR) -> dict[str, LinearModel]:
    out = {}
    for path in sorted(models_dir.glob("*.npz")):
        if path.stem not in LINEAR_TASKS:
            continue
        model = LinearModel.load(path)
        out[model.task] = model
    return out


def macro_recall(y: Sequence[str], p: Sequence[str]) -> float:
    from sklearn.metrics import recall_score

    return float(recall_score(y, p, average="macro"))


def recall_at_precision(is_pos: npt.NDArray[np.bool_], scores: npt.NDArray[np.float32], precision: float) -> float:
    from sklearn.metrics import precision_recall_curve

    p, r, _ = precision_recall_curve(is_pos, scores)
    ok = p >= precision
    return float(r[ok].max()) if ok.any() else 0.0


def evaluate(shared: Shared, models_dir: Path = MODELS_DIR, log: Log = print) -> list[Row]:
    from sklearn.metrics import f1_score

    models = load_models(models_dir)
    lexicon = load_lexicon(models_dir / LEXICON_FILE)
    out: list[Row] = []

    def predict(task: str, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        model = models[task]
        return model_proba(model, featurise(texts, model.config, lexicon))

    def guarded(fn: Callable[[], list[Row]], task: str, metric: str, target: str, anchor: str) -> None:
        try:
            if task not in models and task not in ("intent", "urgency", "pii"):
                raise DataMissing(f"no shipped model for {task}")
            out.extend(fn())
        except DataMissing as exc:
            log(f"{task}: not evaluated, {exc}")
            out.append(Row(task, metric, None, target, anchor, "absent", str(exc)))

    # intent and urgency: the shipped recipe re-fitted per split (cross-validation and cross-writer transfer)
    def consular() -> list[Row]:
        config = next(iter(models.values())).config if models else None
        if config is None:
            raise DataMissing("no shipped models")
        dev, written = shared.consular(), load_written()
        records = dev + written
        # the shipped recipe's hidden-emergency items, each in a training fold only with both its parts
        augmented = hidden_emergencies(records)
        every = records + augmented.records
        feats = featurise([r.text for r in every], config, lexicon)
        intents = np.array([r.intent for r in every], dtype=np.str_)
        urgency = np.array([r.urgency for r in every], dtype=np.str_)
        english = np.array([r.lang == "en" for r in every])
        pred = np.empty(len(every), dtype=object)
        crit = np.zeros(len(every), dtype=np.float32)

        def fit_predict(tr: npt.NDArray[np.int64], te: npt.NDArray[np.int64]) -> None:
            tr = fold_rows(tr, augmented, len(records))
            m = fit_intent(config, rows(feats, tr), intents[tr])
            pred[te] = np.array(m.classes)[model_proba(m, rows(feats, te)).argmax(axis=1)]
            crit[te] = fold_critical_scores(config, feats, urgency, intents, tr, te, intent=m)

        def scored(te: npt.NDArray[np.int64], data: str, note: str) -> list[Row]:
            en = te[english[te]]
            xx = te[~english[te]]
            crit_te = urgency[te] == "critical"
            return [
                Row("intent", "macro-F1 (12 classes)", float(f1_score(intents[te], pred[te], average="macro")),
                    "≥ 0.90", "—", data, f"English {f1_score(intents[en], pred[en], average='macro'):.3f}, "
                    f"other languages {f1_score(intents[xx], pred[xx], average='macro'):.3f}{note}"),
                Row("urgency", "recall of critical at precision ≥ 0.80",
                    recall_at_precision(crit_te, crit[te], 0.80), "≥ 0.98", "—", data,
                    f"{int(crit_te.sum())} critical items{note}"),
            ]

        n_dev = len(dev)
        dev_idx = np.arange(n_dev, dtype=np.int64)
        for tr, te in consular_folds(records, always_train=len(written)):
            fit_predict(tr, te)
        out_rows = scored(dev_idx, f"consular_dev 5-fold CV (n={n_dev})",
                          f"; written corpus (n={len(written)}) in every training fold" if written else "")
        if written:  # other writers and languages: each held-out set predicted by a model that never saw it
            writer = [r.id.split("-")[0] for r in written]
            # whole writers (each with its own languages) held out together, in WRITER_FOLDS folds: one
            # re-fit per writer took over an hour with 70 writers, for nearly the same estimate
            folds = writer_folds(writer, WRITER_FOLDS)
            for fold in range(WRITER_FOLDS):
                held = n_dev + np.flatnonzero(folds == fold)
                fit_predict(np.setdiff1d(np.arange(len(records)), held), held)
            written_idx = np.arange(n_dev, len(records), dtype=np.int64)
            out_rows += scored(written_idx, f"written corpus (n={len(written)}), {WRITER_FOLDS} writer folds",
                               f"; {len(set(writer))} writers, each held out whole; cross-writer")
            fit_predict(written_idx, dev_idx)
            out_rows += scored(dev_idx, f"consular_dev (n={n_dev}), fitted on the written corpus only",
                               "; cross-writer")
        return out_rows
    guarded(consular, "intent", "macro-F1", "≥ 0.90", "—")

    def sentiment() -> list[Row]:
        _, test = sentiment_split(shared)
        p = predict("sentiment", test.texts)
        head = models["sentiment"].meta.get(HEAD_KEY)
        note = ""
        if DOMAIN_TASK in models and head:  # as the pipeline scores it: the consular head behind the gate
            gate = predict(DOMAIN_TASK, test.texts)[:, 1]
            p = consular_sentiment(p, gate, head)
            note = f"domain gate passes {float((gate >= 0.5).mean()):.1%} of these tweets to the consular head"
        pred = np.array(models["sentiment"].classes)[p.argmax(axis=1)]
        out_rows = [Row("sentiment", "macro-recall (SemEval-2017 protocol)", macro_recall(test.labels, list(pred)),
                        "≥ 0.72", "RoBERTa-base 0.713, SVM 0.629", f"SemEval twitter-2016test-A (n={len(test)})",
                        note)]
        if head:  # measured at training time: base probabilities out of fold, writers held out
            v = head["validation"]
            out_rows.append(Row("sentiment", "macro-recall, consular messages (model → with consular head)",
                                float(v["macro_recall_head"]), "≥ 0.72",
                                f"without the head {v['macro_recall_base']:.3f}",
                                f"consular_dev + written corpus (n={v['items']}), {v['protocol']}",
                                "figures recorded by `models train`"))
        return out_rows

    guarded(sentiment, "sentiment", "macro-recall", "≥ 0.72", "RoBERTa-base 0.713, SVM 0.629")

    def crisis() -> list[Row]:
        dev = shared.humaid("dev")
        p = predict("crisis_category", dev.texts)
        pred = np.array(models["crisis_category"].classes)[p.argmax(axis=1)]
        return [Row("crisis_category", "weighted-F1 (HumAID, 10 classes)",
                    float(f1_score(dev.labels, pred, average="weighted")), "≥ 0.80",
                    "RoBERTa 0.760, BERT 0.758, fastText 0.744", f"HumAID events_set1 dev (n={len(dev)})",
                    "anchors are on HumAID test")]

    guarded(crisis, "crisis_category", "weighted-F1", "≥ 0.80", "RoBERTa 0.760, BERT 0.758, fastText 0.744")

    def informative() -> list[Row]:
        _, test = informative_split(shared)
        p = predict("informative", test.texts)[:, 1]
        pred = np.where(p >= 0.5, "1", "0")
        rows_ = [Row("informative", "F1 (Kaggle disaster tweets)", float(f1_score(test.labels, pred, pos_label="1")),
                     "≥ 0.84", "BERT 0.829", f"Kaggle train.csv 20 % held out (n={len(test)})",
                     "anchor is on the Kaggle test set")]
        # other events and writers: HumAID dev, humanitarian (any class but not_humanitarian) vs not
        try:
            dev = shared.humaid("dev")
            hum = [label != "not_humanitarian" for label in dev.labels]
            ph = predict("informative", dev.texts)[:, 1] >= 0.5
            rows_.append(Row("informative", "F1 of humanitarian (HumAID, other events)",
                             float(f1_score(hum, ph)), "—", "—", f"HumAID events_set1 dev (n={len(dev)})",
                             "information only: cross-dataset generalisation"))
        except DataMissing:
            pass
        return rows_

    guarded(informative, "informative", "F1", "≥ 0.84", "BERT 0.829")

    def rumour() -> list[Row]:
        _, test = rumour_split(shared)
        p = predict("rumour", test.texts)[:, 1]
        pred = np.where(p >= 0.5, "1", "0")
        rows_ = [Row("rumour", "F1 of the rumour class (Twitter15/16)",
                     float(f1_score(test.labels, pred, pos_label="1")), "≥ 0.75", "—",
                     f"Twitter15/16 20 % held out (n={len(test)})",
                     "rumour = false + true + unverified; 73 % of items")]
        try:
            val = shared.constraint("Val")
            pv = predict("rumour", val.texts)[:, 1]
            yv = ["1" if x == "fake" else "0" for x in val.labels]
            rows_.append(Row("rumour", "F1 of 'fake' (CONSTRAINT val)",
                             float(f1_score(yv, np.where(pv >= 0.5, "1", "0"), pos_label="1")), "—",
                             "—", f"CONSTRAINT COVID-19 Val (n={len(val)})", "information only"))
        except DataMissing:
            pass
        return rows_

    guarded(rumour, "rumour", "F1", "≥ 0.75", "—")
    guarded(lambda: pii_rows(shared), "pii", "exact-span recall / precision", "≥ 0.97 / ≥ 0.93", "Presidio")
    return out


def pii_rows(shared: Shared) -> list[Row]:
    """Exact-span (start, end, type) recall and precision of the PII detector: the rules plus the name
    scorer (`ml/person.py`), the address boundary scorer (`ml/address.py`), the birth-date scorer
    (`ml/birth.py`) and the identifier scorer (`ml/identifier.py`), each refitted without each writer fold,
    so no figure scores its own training data."""
    try:
        from consuldesk.ml import address, birth, identifier
        from consuldesk.ml.person import out_of_fold_spans
    except ImportError as exc:
        raise DataMissing("the pipeline's PII detector is not installed") from exc
    dev, written = shared.consular(), load_written()
    records = dev + written
    rules, refined = out_of_fold_spans(records)
    refined = address.refine_out_of_fold(records, refined)
    refined = birth.refine_out_of_fold(records, refined, birth.other_dates(shared))
    refined = identifier.refine_out_of_fold(records, refined, identifier.other_codes(shared))
    out = []
    for name, part in (("consular_dev", slice(0, len(dev))), ("written corpus", slice(len(dev), len(records)))):
        if part.stop > part.start:
            out += _pii_rows(records[part], refined[part], rules[part], name)
    return out


def _pii_rows(records: list[ConsularRecord], found_spans: list[list[tuple[int, int, str]]],
              rule_spans: list[list[tuple[int, int, str]]], name: str) -> list[Row]:
    gold = {(r.id, int(str(s["start"])), int(str(s["end"])), str(s["type"])) for r in records for s in r.pii}
    found = {(r.id, *span) for r, spans in zip(records, found_spans, strict=True) for span in spans}
    rules = {(r.id, *span) for r, spans in zip(records, rule_spans, strict=True) for span in spans}
    hit, rule_hit = len(gold & found), len(gold & rules)
    recall = hit / max(len(gold), 1)
    precision = hit / max(len(found), 1)
    presidio_recall, presidio_precision = _presidio_anchor(records, gold)
    data = f"{name}, {len(gold)} spans (rules + name, address, birth-date and identifier scorers, writer folds)"
    return [Row("pii", "exact-span recall", recall, "≥ 0.97", presidio_recall, data,
                f"rules alone {rule_hit / max(len(gold), 1):.3f}"),
            Row("pii", "exact-span precision", precision, "≥ 0.93", presidio_precision, data,
                f"rules alone {rule_hit / max(len(rules), 1):.3f}")]


def _presidio_anchor(records: list[ConsularRecord], gold: set[tuple[str, int, int, str]]) -> tuple[str, str]:
    """Presidio's figures on the same spans, measured now when the `bench` extra is installed."""
    try:
        from consuldesk.bench.presidio import presidio_analyzer, presidio_spans

        analyzer = presidio_analyzer()
    except ImportError:
        missing = "Presidio: not installed (pip install 'consuldesk[bench]')"
        return missing, missing
    found = {(r.id, *span) for r in records for span in presidio_spans(analyzer, r.text)}
    hit = len(gold & found)
    label = "Presidio, pattern recognizers only"
    return (f"{label}: {hit / max(len(gold), 1):.3f}", f"{label}: {hit / max(len(found), 1):.3f}")
