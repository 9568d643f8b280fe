"""The pipeline runner: build-time validation of stage order, stage log, default composition."""

from __future__ import annotations

import pytest

from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.runner import (
    INPUT_FIELDS,
    Pipeline,
    PipelineBuildError,
    PipelineConfig,
    build_default_pipeline,
)
from consuldesk.pipeline.stages import ClassifyStage, DedupeStage, NormaliseStage, PiiStage, RouteStage
from consuldesk.pipeline.stages.language import LanguageStage

DEFAULT_IDS = ["triage.normalise", "triage.language", "triage.classify", "triage.pii", "triage.dedupe", "triage.route"]


def test_default_pipeline_order_and_stage_log() -> None:
    pipeline = build_default_pipeline()
    assert [s.id for s in pipeline.stages] == DEFAULT_IDS
    [item] = pipeline.run([TriageItem(id="1", text="Hello, how do I renew my passport?")])
    assert item.stage_log == DEFAULT_IDS
    assert item.intent == "passport_services" and item.queue == "documents"


def test_misordered_pipeline_is_rejected_at_build_time() -> None:
    with pytest.raises(PipelineBuildError, match=r"triage.classify.*reads \['language', 'normalised'\]"):
        Pipeline([ClassifyStage(), NormaliseStage(), LanguageStage()])
    with pytest.raises(PipelineBuildError, match=r"triage\.route"):
        Pipeline([RouteStage(PipelineConfig().slas)])


def test_duplicate_ids_unknown_fields_and_non_stages_are_rejected() -> None:
    with pytest.raises(PipelineBuildError, match="twice"):
        Pipeline([NormaliseStage(), NormaliseStage()])

    class Bad:
        id = "x.bad"
        reads = ("text",)
        writes = ("no_such_field",)

        def __call__(self, batch: list[TriageItem]) -> list[TriageItem]:
            return batch

    with pytest.raises(PipelineBuildError, match="unknown fields"):
        Pipeline([Bad()])
    with pytest.raises(PipelineBuildError, match="not a Stage"):
        Pipeline([object()])  # type: ignore[list-item]


def test_inputs_cover_the_caller_set_fields() -> None:
    assert set(INPUT_FIELDS) == {"id", "text", "platform", "kind", "lang_hint", "created_at"}
    Pipeline([NormaliseStage(), LanguageStage(), ClassifyStage(), PiiStage(), DedupeStage()])


def test_config_ports_are_used() -> None:
    class Fixed:
        def predict(self, batch: list[TriageItem]) -> None:
            for item in batch:
                item.intent, item.urgency = "complaint", "high"

    pipeline = build_default_pipeline(PipelineConfig(classifier=Fixed()))
    [item] = pipeline.run([TriageItem(id="1", text="anything at all")])
    assert (item.intent, item.queue, item.priority) == ("complaint", "feedback", 1)


def test_public_api_is_exported() -> None:
    import consuldesk.pipeline as pipeline_pkg

    for name in pipeline_pkg.__all__:
        assert getattr(pipeline_pkg, name) is not None, name
    with pytest.raises(AttributeError):
        _ = pipeline_pkg.no_such_name  # type: ignore[attr-defined]
