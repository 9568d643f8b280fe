"""The triage pipeline: named stages over batches of TriageItem. Pure: no database, no network.

    normalise → language → classify → pii → dedupe → route      (composed in `runner.py`)

Public API (imported lazily, so `consuldesk.pipeline.item` stays cheap to import for other layers):
`Pipeline`, `PipelineConfig`, `PipelineBuildError`, `build_default_pipeline`, `triage_jsonl`,
`TriageSummary`, `detect_pii`, `redact`, the ports `Classifier`, `FingerprintIndex`,
`LanguageDetector`, and the data types `TriageItem`, `PiiSpan`, `Stage`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from consuldesk.pipeline.batch import TriageSummary, triage_jsonl
    from consuldesk.pipeline.item import PiiSpan, TriageItem
    from consuldesk.pipeline.pii import detect_pii, redact
    from consuldesk.pipeline.ports import Classifier, FingerprintIndex, LanguageDetector
    from consuldesk.pipeline.runner import Pipeline, PipelineBuildError, PipelineConfig, build_default_pipeline
    from consuldesk.pipeline.stage import Stage

_HOME = {
    "Pipeline": "runner",
    "PipelineBuildError": "runner",
    "PipelineConfig": "runner",
    "build_default_pipeline": "runner",
    "triage_jsonl": "batch",
    "TriageSummary": "batch",
    "detect_pii": "pii",
    "redact": "pii",
    "Classifier": "ports",
    "FingerprintIndex": "ports",
    "LanguageDetector": "ports",
    "TriageItem": "item",
    "PiiSpan": "item",
    "Stage": "stage",
}
__all__ = [
    "Classifier",
    "FingerprintIndex",
    "LanguageDetector",
    "PiiSpan",
    "Pipeline",
    "PipelineBuildError",
    "PipelineConfig",
    "Stage",
    "TriageItem",
    "TriageSummary",
    "build_default_pipeline",
    "detect_pii",
    "redact",
    "triage_jsonl",
]


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'consuldesk.pipeline' has no attribute {name!r}")
    return getattr(importlib.import_module(f"consuldesk.pipeline.{home}"), name)
