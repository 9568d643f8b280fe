"""The triage pipeline, composed in one visible place.

    normalise → language → classify → pii → dedupe → route

`Pipeline(stages)` checks at build time that every field a stage reads is an input of TriageItem or
written by an earlier stage, so a mis-ordered pipeline fails when it is built, not on the first
batch. `run(batch)` calls each stage in order and records its id in each item's `stage_log`.
`build_default_pipeline(config)` wires the default ports. Pure: no database, no network; the only
state is the dedupe index, which is why one pipeline instance should serve one stream.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import timedelta

from consuldesk.core.types import Urgency
from consuldesk.pipeline.fingerprint_index import InMemoryFingerprintIndex
from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.ports import Classifier, FingerprintIndex, LanguageDetector
from consuldesk.pipeline.stage import Stage
from consuldesk.pipeline.stages import (
    ClassifyStage,
    DedupeStage,
    LanguageStage,
    NormaliseStage,
    PiiStage,
    RouteStage,
)
from consuldesk.pipeline.stages.route import DEFAULT_QUEUES

#: Fields of TriageItem set by the caller before the pipeline runs.
INPUT_FIELDS: tuple[str, ...] = ("id", "text", "platform", "kind", "lang_hint", "created_at")
_ITEM_FIELDS = frozenset(f.name for f in fields(TriageItem))


class PipelineBuildError(ValueError):
    """A pipeline whose stages cannot run in the given order (or are not stages)."""


class Pipeline:
    def __init__(self, stages: Sequence[Stage], inputs: Iterable[str] = INPUT_FIELDS) -> None:
        available = set(inputs)
        seen: set[str] = set()
        for position, stage in enumerate(stages, start=1):
            if not isinstance(stage, Stage):
                raise PipelineBuildError(f"stage {position} ({stage!r}) is not a Stage (id, reads, writes, __call__)")
            if stage.id in seen:
                raise PipelineBuildError(f"stage id {stage.id!r} appears twice")
            seen.add(stage.id)
            unknown = (set(stage.reads) | set(stage.writes)) - _ITEM_FIELDS
            if unknown:
                raise PipelineBuildError(f"stage {stage.id!r} names unknown fields: {sorted(unknown)}")
            missing = set(stage.reads) - available
            if missing:
                raise PipelineBuildError(f"stage {stage.id!r} reads {sorted(missing)}, which no earlier stage writes")
            available |= set(stage.writes)
        self._stages = tuple(stages)

    @property
    def stages(self) -> tuple[Stage, ...]:
        return self._stages

    def run(self, batch: list[TriageItem]) -> list[TriageItem]:
        for stage in self._stages:
            batch = stage(batch)
            stage_id = stage.id
            for item in batch:
                item.stage_log.append(stage_id)
        return batch


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    """Settings of the default pipeline. Ports left as None get the built-in implementation."""

    sla_critical: timedelta | None = timedelta(minutes=15)
    sla_high: timedelta | None = timedelta(hours=2)
    sla_normal: timedelta | None = timedelta(hours=24)
    sla_low: timedelta | None = None
    queues: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_QUEUES))
    #: Below this language-ID confidence the caller's lang_hint wins.
    language_min_confidence: float = 0.5
    #: Entries the default dedupe index keeps; the oldest are evicted.
    dedupe_capacity: int = 200_000
    #: Texts with fewer content words are never duplicates ("thanks!", "help").
    dedupe_min_words: float = 5
    #: Texts with fewer content words match only exact copies.
    dedupe_near_min_words: float = 8
    #: Estimated Jaccard similarity of word bigrams above which two texts are near duplicates.
    dedupe_threshold: float = 0.75
    language_detector: LanguageDetector | None = None
    classifier: Classifier | None = None
    fingerprint_index: FingerprintIndex | None = None

    @property
    def slas(self) -> dict[str, timedelta | None]:
        return {
            Urgency.CRITICAL.value: self.sla_critical,
            Urgency.HIGH.value: self.sla_high,
            Urgency.NORMAL.value: self.sla_normal,
            Urgency.LOW.value: self.sla_low,
        }


def build_default_pipeline(config: PipelineConfig | None = None) -> Pipeline:
    config = config if config is not None else PipelineConfig()
    index = config.fingerprint_index
    if index is None:
        index = InMemoryFingerprintIndex(capacity=config.dedupe_capacity, threshold=config.dedupe_threshold)
    return Pipeline(
        [
            NormaliseStage(),
            LanguageStage(config.language_detector, min_confidence=config.language_min_confidence),
            ClassifyStage(config.classifier),
            PiiStage(),
            DedupeStage(index, min_words=config.dedupe_min_words, near_min_words=config.dedupe_near_min_words),
            RouteStage(config.slas, config.queues),
        ]
    )
