"""triage.route: queue, priority and SLA from the labels. Pure table lookups.

Queues by intent (configurable through `PipelineConfig.queues`):

=========================  ==================
intent                     queue
=========================  ==================
emergency_assistance       emergencies
lost_stolen_documents      documents
passport_services          documents
visa_services              documents
civil_registration         consular_services
legal_assistance           consular_services
travel_advisory            consular_services
crisis_status_report       crisis
rumour_misinformation      misinformation
complaint                  feedback
appreciation               feedback
other                      general
=========================  ==================

Priority is the urgency rank (0 critical … 3 low); the SLA comes from the config per urgency.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from types import MappingProxyType

from consuldesk.core.types import Intent, Urgency
from consuldesk.pipeline.item import TriageItem

DEFAULT_QUEUES: Mapping[str, str] = MappingProxyType(
    {
        Intent.EMERGENCY_ASSISTANCE: "emergencies",
        Intent.LOST_STOLEN_DOCUMENTS: "documents",
        Intent.PASSPORT_SERVICES: "documents",
        Intent.VISA_SERVICES: "documents",
        Intent.CIVIL_REGISTRATION: "consular_services",
        Intent.LEGAL_ASSISTANCE: "consular_services",
        Intent.TRAVEL_ADVISORY: "consular_services",
        Intent.CRISIS_STATUS_REPORT: "crisis",
        Intent.RUMOUR_MISINFORMATION: "misinformation",
        Intent.COMPLAINT: "feedback",
        Intent.APPRECIATION: "feedback",
        Intent.OTHER: "general",
    }
)
FALLBACK_QUEUE = "general"


class RouteStage:
    id = "triage.route"
    reads = ("intent", "urgency")
    writes = ("queue", "priority", "sla")

    def __init__(self, slas: Mapping[str, timedelta | None], queues: Mapping[str, str] = DEFAULT_QUEUES) -> None:
        self._queues = {str(k): v for k, v in queues.items()}
        self._route = {u.value: (u.rank, slas.get(u.value)) for u in Urgency}

    def __call__(self, batch: list[TriageItem]) -> list[TriageItem]:
        queues, route = self._queues, self._route
        normal = route[Urgency.NORMAL.value]
        for item in batch:
            item.queue = queues.get(item.intent, FALLBACK_QUEUE)
            # An unknown urgency (a plugged-in model's bug) is routed as normal rather than crashing
            # the batch: the item still reaches a queue and an SLA where an officer sees it.
            item.priority, item.sla = route.get(item.urgency, normal)
        return batch
