"""Training recipes: which data, which held-out split and which settings make each shipped model.

Owns: one recipe per task (intent, urgency, sentiment, crisis_category, informative, rumour, and the
consular-vs-public `domain` gate that lets sentiment use its consular head, see `domain.py`), the fixed
seeds and splits, and `train_all`, which writes `models/<task>.npz` plus the lexicon snapshot. The same
recipes are re-run inside cross-validation by `eval.py`, so the figures describe what ships.

Held-out data (never used for fitting the shipped models):
- intent, urgency: none: they train on all 600 consular_dev items plus ConsulDesk's written corpus
  (`ml/corpus/`) and emergencies made from them with a routine message before (`augment.py`); their
  figures come from 5-fold cross-validation over consular_dev (stratified by intent × English/other, seed
  20261124; the written corpus in every training fold), re-training in every fold, and from cross-writer
  transfer (fit on one writer set, test on the other).
- sentiment: SemEval twitter-2016test-A (20,632 tweets); texts also found in training are dropped from it.
- crisis_category: HumAID events_set1 *_dev.tsv (4,422 tweets; the test split is held apart upstream).
- informative: 20 % of Kaggle train.csv, stratified, seed 13 (1,523 tweets).
- rumour: 20 % of Twitter15/16 source tweets, stratified, seed 17 (428 tweets); CONSTRAINT Val reported too.

Decision offsets and temperatures (sentiment, informative) are tuned on a split of the *training* part
(`_fit(tune=...)`, see `tuning.py`), never on the held-out data above.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from consuldesk.ml.address import ADDRESS_TASK, train_address
from consuldesk.ml.augment import Augmented, fold_rows, hidden_emergencies
from consuldesk.ml.birth import BIRTH_TASK, other_dates, train_birth
from consuldesk.ml.concept_match import Lexicon
from consuldesk.ml.concepts import build_snapshot
from consuldesk.ml.consular import with_concept_expert
from consuldesk.ml.corpus import load_written
from consuldesk.ml.datasets import ConsularRecord, DataMissing, Labelled, Shared, drop_overlap, split_fixed
from consuldesk.ml.domain import DOMAIN_TASK, HEAD_KEY, fit_head, out_of_fold, writer_folds
from consuldesk.ml.features import FeatureConfig, Featurised, featurise
from consuldesk.ml.fit import fit_linear, fit_temperature, model_logits, rows
from consuldesk.ml.identifier import IDENTIFIER_TASK, other_codes, train_identifier
from consuldesk.ml.model import MODELS_DIR, LinearModel, critical_score, load_lexicon, probabilities
from consuldesk.ml.person import PERSON_TASK, train_person
from consuldesk.ml.tuning import tune_offsets, validation_splits
from consuldesk.pipeline.pii.detect import detect_rules

SEED = 20261124
CRITICAL_TASK = "critical"  # P(critical | emergency_assistance), the third view of the critical score
LINEAR_TASKS = ("intent", "urgency", CRITICAL_TASK, "sentiment", "crisis_category", "informative", "rumour",
                DOMAIN_TASK)
TASKS = (*LINEAR_TASKS, PERSON_TASK, ADDRESS_TASK, BIRTH_TASK, IDENTIFIER_TASK)
# One- and two-character grams inside scripts without spaces (Chinese, Japanese, Korean, Thai…): intent, urgency
# and critical refitted without corpus round 39, critical R@P.80 on round 39 / held-out 38 / 27 / 31 0.621 / 0.869 /
# 0.975 / 0.988 → 0.850 / 0.931 / 0.994 / 0.994 (one-character grams alone 0.833 / 0.919 / 0.994 / 0.994)
FEATURES = FeatureConfig(bits=18, char_orders=(3, 4, 5), unspaced_orders=(1, 2))
LEXICON_FILE = "lexicon.json"

SEMEVAL_TRAIN = (
    "twitter-2013train-A", "twitter-2013dev-A", "twitter-2013test-A", "twitter-2014test-A",
    "twitter-2014sarcasm-A", "twitter-2015train-A", "twitter-2015test-A", "twitter-2016train-A",
    "twitter-2016dev-A", "twitter-2016devtest-A",
)
SEMEVAL_TEST = "twitter-2016test-A"
RUMOUR_LABELS = {"non-rumor": "0", "false": "1", "true": "1", "unverified": "1"}
# TweetEval emotion (SemEval-2018 tweets) as extra polar examples: it has no neutral class, so it only
# sharpens negative vs positive; weight 0.5 raised macro-recall on a train-internal sixth (0.672 → 0.675)
EMOTION_POLARITY = {"anger": "negative", "sadness": "negative", "joy": "positive", "optimism": "positive"}
EMOTION_WEIGHT = 0.5
CRISISLEX_WEIGHT = 0.02

Log = Callable[[str], None]


@dataclass(slots=True)
class Context:
    shared: Shared
    config: FeatureConfig
    lexicon: Lexicon
    log: Log
    # the consular items with their hidden-emergency items, featurised once for the intent, urgency and critical recipes
    consular: ConsularTraining | None = None


@dataclass(slots=True)
class TrainData:
    """Texts, labels and per-example weights for one fit."""

    texts: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)
    sources: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, texts: Sequence[str], labels: Sequence[str], weight: float = 1.0) -> None:
        self.texts += list(texts)
        self.labels += list(labels)
        self.weights += [weight] * len(texts)
        self.sources[name] = self.sources.get(name, 0) + len(texts)


# --- held-out splits (shared with eval) -------------------------------------------------------------

def sentiment_split(shared: Shared) -> tuple[Labelled, Labelled]:
    test = shared.semeval([SEMEVAL_TEST])
    return drop_overlap(shared.semeval(SEMEVAL_TRAIN), test.texts), test


def informative_split(shared: Shared) -> tuple[Labelled, Labelled]:
    return split_fixed(shared.kaggle(), 0.2, 13)


def rumour_split(shared: Shared) -> tuple[Labelled, Labelled]:
    data = shared.twitter1516()
    train, test = split_fixed(data, 0.2, 17)
    return _binarise(train), _binarise(test)


def _binarise(data: Labelled) -> Labelled:
    return Labelled(data.texts, [RUMOUR_LABELS[x] for x in data.labels], data.groups)


def consular_folds(records: Sequence[ConsularRecord], k: int = 5, seed: int = SEED,
                   always_train: int = 0) -> list[tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]]:
    """Stratified (intent × English/other) folds; the last `always_train` records are in every training fold."""
    from sklearn.model_selection import StratifiedKFold

    n = len(records) - always_train
    strata = [f"{r.intent}|{'en' if r.lang == 'en' else 'xx'}" for r in records[:n]]
    skf = StratifiedKFold(n_splits=k, shuffle=True, random_state=seed)
    extra = np.arange(n, len(records), dtype=np.int64)
    return [(np.concatenate([tr.astype(np.int64), extra]), te.astype(np.int64))
            for tr, te in skf.split(np.zeros(n), strata)]


def consular_sources(ctx: Context) -> tuple[list[ConsularRecord], dict[str, int]]:
    """consular_dev (one author) plus ConsulDesk's written corpus (other writers, more languages)."""
    dev, written = ctx.shared.consular(), load_written()
    return dev + written, {"consular_dev": len(dev), "consular_written": len(written)}


@dataclass(frozen=True, slots=True)
class ConsularTraining:
    """The consular items, then the hidden-emergency items made from them (`augment.py`), with their features
    and labels in that order: the intent, urgency and critical recipes train on all rows."""

    records: list[ConsularRecord]
    augmented: Augmented
    feats: Featurised
    intents: npt.NDArray[np.str_]
    urgency: npt.NDArray[np.str_]
    sources: dict[str, int]


def consular_training(ctx: Context) -> ConsularTraining:
    """`ConsularTraining` for this run, featurised once and shared by the intent, urgency and critical fits."""
    if ctx.consular is None:
        records, sources = consular_sources(ctx)
        augmented = hidden_emergencies(records)
        every = records + augmented.records
        feats = featurise([r.text for r in every], ctx.config, ctx.lexicon)
        sources = {**sources, "hidden_emergencies": len(augmented.records)}
        ctx.consular = ConsularTraining(records, augmented, feats, np.array([r.intent for r in every], dtype=np.str_),
                                        np.array([r.urgency for r in every], dtype=np.str_), sources)
    return ctx.consular


# --- recipes --------------------------------------------------------------------------------------

# 10 folds of whole writers: intent macro-F1 0.896 at C = 10, 0.901 at C = 20 (188 writers); critical recall
# at precision 0.80 0.970 with urgency and critical at C = 10, 0.974 at C = 20 (196 writers)
INTENT_C = 20.0
URGENCY_C = 20.0  # urgency and critical
CONCEPT_SCALE = 0.25


def train_intent(ctx: Context) -> LinearModel:
    """Intent from the consular items (`consular_sources`); a concept-only expert carries intents across
    languages (ml/consular.py)."""
    data = consular_training(ctx)
    model = fit_intent(ctx.config, data.feats, data.intents)
    model.meta["sources"] = data.sources
    return model


def critical_threshold(scores: npt.NDArray[np.float32], is_critical: npt.NDArray[np.bool_],
                       target_recall: float = 0.98) -> float:
    """The highest P(critical) threshold that keeps recall ≥ target on out-of-fold scores."""
    pos = np.sort(scores[is_critical])
    if pos.size == 0:
        return 0.5
    k = int(np.floor((1.0 - target_recall) * pos.size))
    return float(pos[k]) * 0.999


def train_urgency(ctx: Context) -> LinearModel:
    """Urgency plus the recall-tuned critical threshold, chosen on out-of-fold critical scores."""
    data = consular_training(ctx)
    n = len(data.records)
    oof = np.zeros(n, dtype=np.float32)
    for tr, te in consular_folds(data.records):
        oof[te] = fold_critical_scores(ctx.config, data.feats, data.urgency, data.intents,
                                       fold_rows(tr, data.augmented, n), te)
    model = fit_linear("urgency", data.feats, data.urgency, config=ctx.config, c=URGENCY_C,
                       concept_scale=CONCEPT_SCALE)
    model.meta["sources"] = data.sources
    model.meta["critical_threshold"] = critical_threshold(oof, data.urgency[:n] == "critical")
    model.meta["critical_score"] = ("geometric mean of urgency P(critical), intent P(emergency_assistance) and "
                                    "P(critical | emergency) of the critical model")
    return model


def train_critical(ctx: Context) -> LinearModel:
    """P(critical | emergency_assistance): fitted on the emergencies of the consular items only, where
    the hard line (in hospital but stable vs unable to breathe, detained vs detained without insulin) is."""
    data = consular_training(ctx)
    model = fit_critical(ctx.config, data.feats, data.urgency, data.intents)
    model.meta["sources"] = data.sources
    return model


def fit_critical(config: FeatureConfig, feats: Featurised, urgency: npt.NDArray[np.str_],
                 intents: npt.NDArray[np.str_]) -> LinearModel:
    emergencies = np.flatnonzero(intents == "emergency_assistance")
    return fit_linear(CRITICAL_TASK, rows(feats, emergencies),
                      np.where(urgency[emergencies] == "critical", "1", "0"), config=config, c=URGENCY_C,
                      concept_scale=CONCEPT_SCALE, binary_positive="1")


def fit_intent(config: FeatureConfig, feats: Featurised, intents: npt.NDArray[np.str_]) -> LinearModel:
    """The intent recipe (joint model plus concept expert) on already featurised items."""
    model = fit_linear("intent", feats, intents, config=config, c=INTENT_C, concept_scale=CONCEPT_SCALE)
    return with_concept_expert(model, feats, intents)


def fold_critical_scores(config: FeatureConfig, feats: Featurised, urgency: npt.NDArray[np.str_],
                         intents: npt.NDArray[np.str_], tr: npt.NDArray[np.int64],
                         te: npt.NDArray[np.int64], intent: LinearModel | None = None) -> npt.NDArray[np.float32]:
    """Critical scores of the `te` items from urgency and intent models fitted on the `tr` items
    (`intent`: that intent model when the caller has already fitted it)."""
    train, test = rows(feats, tr), rows(feats, te)
    u = fit_linear("urgency", train, urgency[tr], config=config, c=URGENCY_C, concept_scale=CONCEPT_SCALE)
    i = intent if intent is not None else fit_intent(config, train, intents[tr])
    pu = _softmax(model_logits(u, test))[:, u.classes.index("critical")]
    pi = _softmax(model_logits(i, test))[:, i.classes.index("emergency_assistance")]
    c = fit_critical(config, train, urgency[tr], intents[tr])
    pc = probabilities(c.kind, model_logits(c, test))[:, 1]
    return critical_score(pu, pi, pc)


def train_sentiment(ctx: Context) -> LinearModel:
    # the airline complaints set was tried as extra data and lowered 2016-test macro-recall: not used
    train, test = sentiment_split(ctx.shared)
    data = TrainData()
    data.add("semeval_2013_2016", train.texts, train.labels)
    dev, written = ctx.shared.consular(), load_written()
    data.add("consular_dev", [r.text for r in dev], [r.sentiment for r in dev], 3.0)
    first_consular = len(data.texts) - len(dev)
    # the written corpus (other writers, 41 languages) at weight 1: training with writers w1-w3 and testing
    # on w4-w5, consular macro-recall rose 0.513 -> 0.542 while the SemEval figure fell 0.656 -> 0.649;
    # at weight 3, 0.553 but 0.640
    data.add("consular_written", [r.text for r in written], [r.sentiment for r in written], 1.0)
    try:
        emo = ctx.shared.tweeteval("emotion", "train").extend(ctx.shared.tweeteval("emotion", "val"))
        emo = drop_overlap(emo, test.texts)
        data.add("tweeteval_emotion", emo.texts, [EMOTION_POLARITY[x] for x in emo.labels], EMOTION_WEIGHT)
    except DataMissing as exc:
        ctx.log(f"sentiment: TweetEval emotion skipped ({exc})")
    # NB scaling and C = 3 won on a train-internal split (macro-recall 0.658 → 0.672); the offsets then
    # shift the decision towards the rarer negative class, which macro-recall rewards
    classes = ["negative", "neutral", "positive"]
    feats = featurise(data.texts, ctx.config, ctx.lexicon)
    model = _fit(ctx, "sentiment", data, c=3.0, classes=classes, nb_alpha=1.0, tune="macro_recall", feats=feats)
    consular = np.arange(first_consular, first_consular + len(dev) + len(written), dtype=np.int64)
    groups = ["consular_dev"] * len(dev) + [r.id.split("-")[0] for r in written]
    model.meta[HEAD_KEY] = _consular_head(ctx, data, feats, model, consular, groups)
    ctx.log(f"sentiment: consular head {model.meta[HEAD_KEY]['validation']}")
    return model


def _consular_head(ctx: Context, data: TrainData, feats: Featurised, model: LinearModel,
                   consular: npt.NDArray[np.int64], groups: list[str]) -> dict[str, object]:
    """The sentiment model's consular head (domain.py), fitted on probabilities of the `consular` rows from
    models that did not see their writers (`groups`), with `model`'s offsets and temperature applied."""
    classes = model.classes
    folds = writer_folds(groups)
    labels = np.asarray(data.labels, dtype=np.str_)
    weights = np.asarray(data.weights, dtype=np.float64)
    offsets = np.asarray(model.meta.get("bias_offsets", {}).get("values", [0.0] * len(classes)), dtype=np.float32)
    recipe = model.meta["recipe"]

    def fit_predict(train_rows: npt.NDArray[np.int64], test_rows: npt.NDArray[np.int64]) -> npt.NDArray[np.float32]:
        part = fit_linear(model.task, rows(feats, train_rows), labels[train_rows], config=ctx.config,
                          c=recipe["c"], classes=classes, sample_weight=weights[train_rows],
                          concept_scale=CONCEPT_SCALE, nb_alpha=recipe["nb_alpha"])
        return probabilities("multiclass", model_logits(part, rows(feats, test_rows)) + offsets, model.temperature)

    ctx.log(f"sentiment: consular head from {folds.max() + 1} writer folds of {consular.size} consular messages")
    oof = out_of_fold(len(data.texts), consular, folds, fit_predict)
    return fit_head(oof, labels[consular].tolist(), classes, folds)


def train_domain(ctx: Context) -> LinearModel:
    """Consular message (consular_dev + written corpus) vs public post (SemEval, HumAID, Kaggle tweets):
    the gate of the sentiment model's consular head (`domain.py`)."""
    import random

    rng = random.Random(SEED)
    records, sources = consular_sources(ctx)
    public: list[str] = []
    for name, texts, n in (("semeval", sentiment_split(ctx.shared)[0].texts, 15000),
                           ("humaid", ctx.shared.humaid("train").texts, 8000),
                           ("kaggle", informative_split(ctx.shared)[0].texts, 4000)):
        public += rng.sample(list(texts), min(n, len(texts)))
        sources[name] = min(n, len(texts))
    data = TrainData()
    data.add("consular", [r.text for r in records], ["1"] * len(records))
    data.add("public", public, ["0"] * len(public))
    model = _fit(ctx, DOMAIN_TASK, data, c=1.0, binary_positive="1", class_weight="balanced")
    model.meta["sources"] = sources
    return model


def train_crisis(ctx: Context) -> LinearModel:
    data = TrainData()
    humaid = ctx.shared.humaid("train")
    data.add("humaid_train", humaid.texts, humaid.labels)
    dev = ctx.shared.humaid("dev")
    try:
        extra = drop_overlap(ctx.shared.crisisnlp(), dev.texts)
        data.add("crisisnlp_lrec2016", extra.texts, extra.labels, 0.3)
    except Exception as exc:
        ctx.log(f"crisis_category: CrisisNLP skipped ({exc})")
    # NB scaling raised weighted-F1 on a train-internal sixth (0.744 → 0.748 at C = 3)
    return _fit(ctx, "crisis_category", data, c=3.0, class_weight=None, nb_alpha=1.0)


def train_informative(ctx: Context) -> LinearModel:
    train, test = informative_split(ctx.shared)
    data = TrainData()
    data.add("kaggle_train_80", train.texts, train.labels)
    # CrisisLex T6 on/off-topic is broader than Kaggle's "real disaster": at weight 0.1 it cost 0.024 F1 on a
    # Kaggle-internal fifth, but without it recall of humanitarian tweets of other events (HumAID train,
    # humanitarian vs not) fell from 0.87 to 0.73. Weight 0.02 keeps both (0.776 Kaggle-internal, 0.87)
    try:
        lex = drop_overlap(ctx.shared.crisislex(), test.texts)
        data.add("crisislex_t6", lex.texts, lex.labels, CRISISLEX_WEIGHT)
    except DataMissing as exc:
        ctx.log(f"informative: CrisisLex skipped ({exc})")
    return _fit(ctx, "informative", data, c=3.0, binary_positive="1", class_weight="balanced", nb_alpha=1.0,
                tune="f1", tune_folds=4)


def train_rumour(ctx: Context) -> LinearModel:
    train, _ = rumour_split(ctx.shared)
    data = TrainData()
    data.add("twitter15_16_80", train.texts, train.labels)
    try:
        con = ctx.shared.constraint("Train")
        data.add("constraint_train", con.texts, ["1" if x == "fake" else "0" for x in con.labels], 0.5)
    except Exception as exc:
        ctx.log(f"rumour: CONSTRAINT skipped ({exc})")
    records, _ = consular_sources(ctx)
    data.add("consular", [r.text for r in records],
             ["1" if r.intent == "rumour_misinformation" else "0" for r in records], 2.0)
    return _fit(ctx, "rumour", data, c=3.0, binary_positive="1", class_weight="balanced")


def _fit(ctx: Context, task: str, data: TrainData, *, c: float, classes: Sequence[str] | None = None,
         class_weight: str | None = "balanced", binary_positive: str | None = None,
         nb_alpha: float | None = None, tune: str | None = None, tune_folds: int = 1,
         feats: Featurised | None = None) -> LinearModel:
    """Fit one task; `tune` ("macro_recall" / "f1") adds bias offsets chosen on a train-internal split.

    The validation rows come from the first source only (the in-domain one); auxiliary sources always
    stay in the fit part. The final model is refitted on all rows and gets the tuned offsets.
    """
    if feats is None:
        ctx.log(f"{task}: featurising {len(data.texts)} texts from {', '.join(data.sources)}")
        feats = featurise(data.texts, ctx.config, ctx.lexicon)
    weights = np.asarray(data.weights, dtype=np.float64)
    labels = np.asarray(data.labels, dtype=np.str_)

    def fit(index: npt.NDArray[np.int64] | None = None) -> LinearModel:
        f, y, w = (feats, labels, weights) if index is None else (rows(feats, index), labels[index], weights[index])
        return fit_linear(task, f, y, config=ctx.config, c=c, classes=classes, class_weight=class_weight,
                          sample_weight=w, concept_scale=CONCEPT_SCALE, binary_positive=binary_positive,
                          nb_alpha=nb_alpha)

    offsets, temperature = None, 1.0
    if tune is not None:
        # the first source's rows are 0…n-1 (TrainData.add appends in order)
        primary = np.arange(next(iter(data.sources.values())), dtype=np.int64)
        val_logits, val_labels = [], []
        for fit_rows, val_rows in validation_splits(labels, primary, tune_folds, SEED):
            part = fit(fit_rows)
            val_logits.append(model_logits(part, rows(feats, val_rows)))
            val_labels += labels[val_rows].tolist()
        z = np.concatenate(val_logits)
        offsets = tune_offsets(z, val_labels, part.classes, part.kind, tune)
        # temperature on the same validation logits (offsets applied): calibrated confidences, same decisions
        temperature = fit_temperature(part, (z + offsets).astype(np.float32), val_labels)
        ctx.log(f"{task}: bias offsets {np.round(offsets, 3).tolist()} tuned for {tune}, temperature "
                f"{temperature:.2f}, on {len(val_labels)} train-internal validation items")
    model = fit()
    model.meta["sources"] = dict(data.sources)
    model.meta["recipe"] = {"c": c, "class_weight": class_weight, "nb_alpha": nb_alpha}
    if offsets is not None:
        model.bias = (model.bias + offsets).astype(np.float32)
        model.temperature = temperature
        model.meta["bias_offsets"] = {"values": [round(float(x), 4) for x in offsets], "metric": tune,
                                      "validation": f"{tune_folds}-fold" if tune_folds > 1 else "1/6 split"}
    return model


def _softmax(z: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    out: npt.NDArray[np.float32] = e / e.sum(axis=1, keepdims=True)
    return out


# --- driver ---------------------------------------------------------------------------------------

def make_context(shared: Shared, out_dir: Path, log: Log) -> Context:
    build_snapshot(out_dir / LEXICON_FILE)
    load_lexicon.cache_clear()
    return Context(shared, FEATURES, load_lexicon(out_dir / LEXICON_FILE), log)


def train_all(shared: Shared, out_dir: Path = MODELS_DIR, tasks: Sequence[str] = TASKS,
              log: Log = print) -> list[str]:
    """Train the requested tasks and write their files; a task whose data is absent is skipped."""
    np.random.seed(SEED)
    ctx = make_context(shared, out_dir, log)
    done: list[str] = []
    for task in tasks:
        path = out_dir / f"{task}.npz"
        try:
            if task == PERSON_TASK:
                # the PII name scorer: not a text classifier, its own file format (`pipeline/pii/name_model.py`)
                train_person(consular_sources(ctx)[0], log).save(path)
            elif task == ADDRESS_TASK:
                # the PII address boundary scorer (`pipeline/pii/address_model.py`), over the rules' spans
                records = consular_sources(ctx)[0]
                train_address(records, [detect_rules(r.text, r.lang) for r in records], log).save(path)
            elif task == BIRTH_TASK:
                # the PII birth-date scorer (`pipeline/pii/birth_model.py`), over the rules' spans
                records = consular_sources(ctx)[0]
                spans = [detect_rules(r.text, r.lang) for r in records]
                train_birth(records, spans, other_dates(ctx.shared), log).save(path)
            elif task == IDENTIFIER_TASK:
                # the PII identifier scorer (`pipeline/pii/identifier_model.py`), over the rules' spans
                records = consular_sources(ctx)[0]
                spans = [detect_rules(r.text, r.lang) for r in records]
                train_identifier(records, spans, other_codes(ctx.shared), log).save(path)
            else:
                model = train_task(task, ctx)
                model.meta["seed"] = SEED
                model.save(path)
        except DataMissing as exc:
            log(f"{task}: skipped, {exc}; the shipped model is kept")
            continue
        log(f"{task}: wrote {path.name} ({path.stat().st_size / 1e6:.1f} MB)")
        done.append(task)
    return done


def train_task(task: str, ctx: Context) -> LinearModel:
    if task == "intent":
        return train_intent(ctx)
    if task == "urgency":
        return train_urgency(ctx)
    if task == CRITICAL_TASK:
        return train_critical(ctx)
    if task == "sentiment":
        return train_sentiment(ctx)
    if task == "crisis_category":
        return train_crisis(ctx)
    if task == "informative":
        return train_informative(ctx)
    if task == "rumour":
        return train_rumour(ctx)
    if task == DOMAIN_TASK:
        return train_domain(ctx)
    raise ValueError(f"unknown task {task!r}; choose from {', '.join(TASKS)}")
