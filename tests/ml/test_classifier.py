"""The shipped models: they load, implement the Classifier port and label hand-written messages sensibly."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from consuldesk.core.types import CrisisCategory, Intent, Sentiment, Urgency
from consuldesk.ml.classifier import REQUIRED, ModelsMissing, TrainedClassifier, load_model_set
from consuldesk.ml.features import FeatureConfig
from consuldesk.ml.model import MODELS_DIR, LinearModel
from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.ports import Classifier


@pytest.fixture(scope="module")
def classifier() -> TrainedClassifier:
    return TrainedClassifier()


def _run(classifier: TrainedClassifier, *texts: str) -> list[TriageItem]:
    items = [TriageItem(id=str(i), text=t) for i, t in enumerate(texts)]
    classifier.predict(items)
    return items


def test_shipped_models_are_present_and_small() -> None:
    for task in REQUIRED:
        assert (MODELS_DIR / f"{task}.npz").is_file(), task
    total = sum(p.stat().st_size for p in MODELS_DIR.iterdir() if p.is_file())
    assert total <= 25 * 1024 * 1024


def test_implements_the_port_and_loads_once(classifier: TrainedClassifier) -> None:
    assert isinstance(classifier, Classifier)
    assert TrainedClassifier().models is classifier.models
    assert load_model_set() is classifier.models


def test_outputs_are_taxonomy_values(classifier: TrainedClassifier) -> None:
    items = _run(classifier, "hello", "", "🙏🙏🙏", "x" * 5000, "Passport renewal fee?")
    for item in items:
        assert item.intent in set(Intent)
        assert item.urgency in set(Urgency)
        assert item.sentiment in set(Sentiment)
        assert item.crisis_category is None or item.crisis_category in set(CrisisCategory)
        assert isinstance(item.informative, bool) and isinstance(item.rumour, bool)
        assert set(item.confidence) == {"intent", "urgency", "sentiment", "crisis_category", "informative",
                                        "rumour", "critical"}
        assert all(0.0 <= v <= 1.0 for v in item.confidence.values())


DISTRESS = [
    "@UKinTurkey we are trapped under the rubble of our hotel in Antakya, my wife is bleeding, please send help",
    "Auxilio, estamos atrapados en el techo, el agua sigue subiendo en Valencia y mi madre no puede respirar",
    "Au secours, mon fils a été enlevé à Port-au-Prince, ils demandent une rançon, aidez-nous",
    "救命！我们被困在酒店三楼，洪水还在上涨，孩子受伤了",
    "أرجوكم ساعدونا، نحن محاصرون تحت الأنقاض بعد الزلزال وأخي مصاب",
]


def test_distress_calls_in_several_languages_are_emergencies(classifier: TrainedClassifier) -> None:
    items = _run(classifier, *DISTRESS)
    for item in items:
        assert item.intent == Intent.EMERGENCY_ASSISTANCE, item.text
        assert item.urgency in (Urgency.CRITICAL, Urgency.HIGH), item.text
        assert item.sentiment == Sentiment.NEGATIVE, item.text
    assert sum(item.urgency == Urgency.CRITICAL for item in items) >= 4


@pytest.mark.parametrize(("text", "intent"), [
    ("My passport was stolen on the metro in Madrid yesterday and I fly home on Friday, what do I do?",
     Intent.LOST_STOLEN_DOCUMENTS),
    ("How long does it take to renew my passport? I applied online six weeks ago", Intent.PASSPORT_SERVICES),
    ("Quels documents faut-il pour une demande de visa étudiant ?", Intent.VISA_SERVICES),
    ("Thank you so much to the consular team in Lisbon, you were amazing and so kind!", Intent.APPRECIATION),
    ("Nobody answers the phone at the consulate, I have called ten times today. Useless!", Intent.COMPLAINT),
    ("Is it true that the embassy is closing tomorrow? A WhatsApp message says so", Intent.RUMOUR_MISINFORMATION),
    ("Estamos bem, estamos no hotel em Porto, sem feridos. Obrigado", Intent.CRISIS_STATUS_REPORT),
])
def test_everyday_messages(classifier: TrainedClassifier, text: str, intent: Intent) -> None:
    (item,) = _run(classifier, text)
    assert item.intent == intent
    assert item.urgency != Urgency.CRITICAL


def test_thanks_is_positive_and_not_urgent(classifier: TrainedClassifier) -> None:
    (item,) = _run(classifier, "Muchas gracias por la ayuda tan rápida con mi pasaporte, ¡excelente servicio!")
    assert item.sentiment == Sentiment.POSITIVE
    assert item.urgency == Urgency.LOW


def test_crisis_category_only_for_crisis_items(classifier: TrainedClassifier) -> None:
    quake, visa = _run(classifier,
                       "Earthquake in Kathmandu: buildings collapsed in Thamel, many injured, roads blocked",
                       "What are the opening hours of the visa section?")
    assert quake.crisis_category is not None and quake.informative
    assert visa.crisis_category is None


def test_relief_efforts_are_about_a_crisis_and_routine_requests_are_not(classifier: TrainedClassifier) -> None:
    volunteers, passport = _run(classifier,
                                "Volunteers needed tomorrow to pack food parcels for the earthquake survivors",
                                "I need to renew my passport, it expires in March. How long does it take?")
    assert volunteers.crisis_category == "rescue_volunteering_or_donation_effort"
    assert passport.crisis_category is None


def test_missing_models_are_reported(tmp_path: Path) -> None:
    with pytest.raises(ModelsMissing, match="intent"):
        TrainedClassifier(tmp_path)


def test_model_file_round_trip(tmp_path: Path) -> None:
    config = FeatureConfig(bits=8)
    rng = np.random.default_rng(0)
    weights = np.zeros((257, 3), dtype=np.float32)
    weights[:-1] = rng.normal(size=(256, 3))
    model = LinearModel("demo", "multiclass", ["a", "b", "c"], weights, rng.normal(size=(4, 3)).astype(np.float32),
                        np.array([0.1, 0.2, 0.3], dtype=np.float32), config, meta={"x": 1})
    model.save(tmp_path / "demo.npz")
    loaded = LinearModel.load(tmp_path / "demo.npz")
    assert loaded.classes == ["a", "b", "c"] and loaded.meta == {"x": 1} and loaded.config == config
    assert np.allclose(loaded.weights, weights, atol=np.abs(weights).max() / 127)
    assert np.array_equal(loaded.bias, model.bias)
