"""triage.route: queues by intent, priority by urgency, SLAs from the config."""

from __future__ import annotations

from datetime import timedelta

import pytest

from consuldesk.core.types import Intent, Urgency
from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.runner import PipelineConfig
from consuldesk.pipeline.stages import RouteStage
from consuldesk.pipeline.stages.route import DEFAULT_QUEUES


def _route(intent: str, urgency: str, config: PipelineConfig | None = None) -> TriageItem:
    config = config or PipelineConfig()
    item = TriageItem(id="1", text="", intent=intent, urgency=urgency)
    RouteStage(config.slas, config.queues)([item])
    return item


@pytest.mark.parametrize(
    ("urgency", "priority", "sla"),
    [
        (Urgency.CRITICAL, 0, timedelta(minutes=15)),
        (Urgency.HIGH, 1, timedelta(hours=2)),
        (Urgency.NORMAL, 2, timedelta(hours=24)),
        (Urgency.LOW, 3, None),
    ],
)
def test_default_slas_and_priorities(urgency: Urgency, priority: int, sla: timedelta | None) -> None:
    item = _route(Intent.EMERGENCY_ASSISTANCE, urgency)
    assert (item.queue, item.priority, item.sla) == ("emergencies", priority, sla)


def test_every_intent_has_a_queue() -> None:
    assert set(DEFAULT_QUEUES) == set(Intent)
    assert _route(Intent.LOST_STOLEN_DOCUMENTS, Urgency.HIGH).queue == "documents"
    assert _route(Intent.RUMOUR_MISINFORMATION, Urgency.NORMAL).queue == "misinformation"
    assert _route(Intent.APPRECIATION, Urgency.LOW).queue == "feedback"
    assert _route(Intent.CRISIS_STATUS_REPORT, Urgency.NORMAL).queue == "crisis"
    assert _route("no_such_intent", Urgency.LOW).queue == "general"


def test_slas_and_queues_are_configurable() -> None:
    config = PipelineConfig(sla_critical=timedelta(minutes=5), sla_low=timedelta(days=7), queues={"other": "triage"})
    assert _route(Intent.EMERGENCY_ASSISTANCE, Urgency.CRITICAL, config).sla == timedelta(minutes=5)
    assert _route(Intent.OTHER, Urgency.LOW, config).sla == timedelta(days=7)
    assert _route(Intent.OTHER, Urgency.LOW, config).queue == "triage"


def test_unknown_urgency_is_routed_as_normal() -> None:
    item = _route(Intent.OTHER, "panic")
    assert (item.priority, item.sla) == (2, timedelta(hours=24))
