"""triage.classify: intent, urgency, sentiment, crisis category, informative, rumour, confidences.

The stage only adapts the `Classifier` port to the pipeline; the default is the lexicon baseline
(`LexiconClassifier`). A trained model replaces it by implementing the same port.
"""

from __future__ import annotations

from consuldesk.pipeline.classifier import LexiconClassifier
from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.ports import Classifier


class ClassifyStage:
    id = "triage.classify"
    reads = ("normalised", "language")
    writes = ("intent", "urgency", "sentiment", "crisis_category", "informative", "rumour", "confidence")

    def __init__(self, classifier: Classifier | None = None) -> None:
        self.classifier: Classifier = classifier if classifier is not None else LexiconClassifier()

    def __call__(self, batch: list[TriageItem]) -> list[TriageItem]:
        self.classifier.predict(batch)
        return batch
