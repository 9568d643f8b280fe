"""TrainedClassifier: the shipped linear models behind the pipeline's `Classifier` port.

Owns: loading `models/*.npz` once per process (thread-safe, shared by every pipeline and by `consuldesk
triage`) and turning a batch's probabilities into labels: argmax, except that urgency is `critical`
whenever the critical score (`model.critical_score`) reaches the recall-tuned threshold stored with the
urgency model (a missed distress call is the worst error), sentiment is mixed with its consular head by
the domain gate (`domain.py`), and crisis_category is null unless the item is about a crisis (a crisis
cue word, or informative, or a confident humanitarian category, and not a plain routine service request). Must not
import storage, the network or scikit-learn; reads only `text` of each item and writes only the classify
outputs.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from consuldesk.ml.domain import DOMAIN_TASK, HEAD_KEY, consular_sentiment
from consuldesk.ml.model import MODELS_DIR, LinearModel, ModelSet, critical_score, load_lexicon, probabilities
from consuldesk.pipeline.item import TriageItem

REQUIRED = ("intent", "urgency", "sentiment", "crisis_category", "informative", "rumour")
# without "critical" the critical score is the two-way mean; without the domain gate, sentiment is the
# plain model's
OPTIONAL = ("critical", DOMAIN_TASK)
LEXICON_FILE = "lexicon.json"
# concepts whose presence marks an item as being about a crisis even when the informative model is unsure
_CRISIS_CONCEPTS = ("disaster", "cue_crisis", "cue_event", "cue_evacuation", "cue_damage")
# The crisis model's own word counts too: a confident humanitarian category (a donation drive, a call for
# volunteers) is about a crisis even when the Kaggle-trained informative model says "not a real disaster".
CRISIS_CONFIDENCE = 0.5
# ...unless the message is plainly a routine consular service request with no crisis cue in it.
ROUTINE_INTENTS = ("visa_services", "passport_services", "civil_registration", "legal_assistance")
ROUTINE_CONFIDENCE = 0.6

F32 = npt.NDArray[np.float32]
# "critical" is the score thresholded for urgency = critical, so a reviewer can rank items by it
_CONFIDENCE_KEYS = ("intent", "urgency", "sentiment", "crisis_category", "informative", "rumour", "critical")


class ModelsMissing(RuntimeError):
    """The shipped model files are absent or incomplete (run `consuldesk models train`)."""


_cache: dict[Path, ModelSet] = {}
_lock = threading.Lock()


def load_model_set(models_dir: Path = MODELS_DIR) -> ModelSet:
    """The models of `models_dir`, loaded once per process."""
    key = models_dir.resolve()
    with _lock:
        found = _cache.get(key)
        if found is None:
            missing = [t for t in REQUIRED if not (key / f"{t}.npz").is_file()]
            if missing or not (key / LEXICON_FILE).is_file():
                raise ModelsMissing(f"model files missing in {key}: {', '.join(missing) or LEXICON_FILE}")
            tasks = REQUIRED + tuple(t for t in OPTIONAL if (key / f"{t}.npz").is_file())
            models = [LinearModel.load(key / f"{t}.npz") for t in tasks]
            found = _cache[key] = ModelSet(models, load_lexicon(key / LEXICON_FILE))
        return found


class TrainedClassifier:
    """Classifier port implementation with the trained models; one vectorised pass per batch."""

    def __init__(self, models_dir: Path | None = None, *, rumour_threshold: float = 0.5,
                 informative_threshold: float = 0.5) -> None:
        self.models = load_model_set(models_dir or MODELS_DIR)
        self.rumour_threshold = rumour_threshold
        self.informative_threshold = informative_threshold
        m = self.models.models
        self._intent = np.array(m["intent"].classes, dtype=object)
        self._urgency = list(m["urgency"].classes)
        self._sentiment = np.array(m["sentiment"].classes, dtype=object)
        self._crisis = np.array(m["crisis_category"].classes, dtype=object)
        self._critical = self._urgency.index("critical")
        self._emergency = list(m["intent"].classes).index("emergency_assistance")
        self._critical_threshold = float(m["urgency"].meta.get("critical_threshold", 0.5))
        names = self.models.lexicon.names if self.models.lexicon is not None else []
        self._crisis_concepts = [names.index(c) for c in _CRISIS_CONCEPTS if c in names]
        intents = list(m["intent"].classes)
        self._routine = np.array([intents.index(i) for i in ROUTINE_INTENTS if i in intents], dtype=np.int64)
        crisis = list(m["crisis_category"].classes)
        self._not_humanitarian = crisis.index("not_humanitarian") if "not_humanitarian" in crisis else -1

    def probabilities(self, texts: Sequence[str]) -> dict[str, F32]:
        """Per task, items × classes probabilities (binary tasks: [negative, positive])."""
        feats = self.models.featurise(texts)
        logits = self.models.logits(feats)
        out = {t: probabilities(self.models.models[t].kind, z, self.models.models[t].temperature)
               for t, z in logits.items()}
        if DOMAIN_TASK in out:
            head = self.models.models["sentiment"].meta.get(HEAD_KEY)
            out["sentiment"] = consular_sentiment(out["sentiment"], out[DOMAIN_TASK][:, 1], head)
        out["_crisis_cues"] = feats.lexicon_hits[:, self._crisis_concepts].sum(axis=1, keepdims=True)
        return out

    def predict(self, batch: list[TriageItem]) -> None:
        if not batch:
            return
        p = self.probabilities([item.text for item in batch])
        intent_i = p["intent"].argmax(axis=1)
        intent_p = p["intent"].max(axis=1)
        urg = p["urgency"]
        given = p["critical"][:, 1] if "critical" in p else None
        p_crit = critical_score(urg[:, self._critical], p["intent"][:, self._emergency], given)
        rest = urg.copy()
        rest[:, self._critical] = -1.0
        urg_i = np.where(p_crit >= self._critical_threshold, self._critical, rest.argmax(axis=1))
        urg_p = urg[np.arange(len(batch)), urg_i]
        sent_i = p["sentiment"].argmax(axis=1)
        sent_p = p["sentiment"].max(axis=1)
        crisis_i = p["crisis_category"].argmax(axis=1)
        crisis_p = p["crisis_category"].max(axis=1)
        p_inf = p["informative"][:, 1]
        p_rum = p["rumour"][:, 1]
        informative = p_inf >= self.informative_threshold
        cues = p["_crisis_cues"][:, 0] > 0
        routine = np.isin(intent_i, self._routine) & (intent_p >= ROUTINE_CONFIDENCE)
        humanitarian = (crisis_i != self._not_humanitarian) & (crisis_p >= CRISIS_CONFIDENCE)
        about_crisis = cues | (~routine & (informative | humanitarian))
        rumour = (p_rum >= self.rumour_threshold) | (self._intent[intent_i] == "rumour_misinformation")
        intents = self._intent[intent_i].tolist()
        urgencies = np.array(self._urgency, dtype=object)[urg_i].tolist()
        sentiments = self._sentiment[sent_i].tolist()
        categories: list[str | None] = [str(c) if a else None for c, a in
                                        zip(self._crisis[crisis_i].tolist(), about_crisis.tolist(), strict=True)]
        conf = np.stack([intent_p, urg_p, sent_p, crisis_p, np.maximum(p_inf, 1.0 - p_inf),
                         np.maximum(p_rum, 1.0 - p_rum), p_crit], axis=1).round(4).tolist()
        flags = zip(informative.tolist(), rumour.tolist(), strict=True)
        for item, i, u, s, c, (inf, rum), cf in zip(batch, intents, urgencies, sentiments, categories, flags,
                                                    conf, strict=True):
            item.intent = i
            item.urgency = u
            item.sentiment = s
            item.crisis_category = c
            item.informative = inf
            item.rumour = rum
            item.confidence = dict(zip(_CONFIDENCE_KEYS, cf, strict=True))
