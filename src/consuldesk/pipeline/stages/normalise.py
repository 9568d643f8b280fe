"""triage.normalise: the canonical text used by classification and dedupe (never for PII offsets)."""

from __future__ import annotations

from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.text import normalise_text


class NormaliseStage:
    """Casefolded, whitespace-collapsed text with URLs → `<url>` and @mentions → `@user`."""

    id = "triage.normalise"
    reads = ("text",)
    writes = ("normalised",)

    def __call__(self, batch: list[TriageItem]) -> list[TriageItem]:
        for item in batch:
            item.normalised = normalise_text(item.text)
        return batch
