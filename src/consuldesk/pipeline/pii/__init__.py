"""PII detection and redaction for the triage pipeline and the outbound guard.

`detect_pii(text, lang)` returns sorted, non-overlapping `PiiSpan`s in the original text;
`redact(text, spans)` replaces each by `[TYPE]`. Must not import stages or storage.
"""

from consuldesk.pipeline.pii.detect import PRIORITY, detect_pii, redact

__all__ = ["PRIORITY", "detect_pii", "redact"]
