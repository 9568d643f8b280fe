"""triage.pii: PII spans in the original text and the redacted text.

Offsets are Python str indices into `text` (never into `normalised`). The language, when known,
tells the phone detector which national formats to try first.
"""

from __future__ import annotations

from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.pii import detect_pii, redact


class PiiStage:
    id = "triage.pii"
    reads = ("text", "language")
    writes = ("pii", "redacted_text")

    def __call__(self, batch: list[TriageItem]) -> list[TriageItem]:
        for item in batch:
            lang = item.language if item.language != "und" else None
            spans = detect_pii(item.text, lang)
            item.pii = spans
            item.redacted_text = redact(item.text, spans) if spans else item.text
        return batch
