"""Fixtures for the triage pipeline tests: fresh pipelines (the model and lexicons load once per process)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.runner import Pipeline, build_default_pipeline


@pytest.fixture
def pipeline() -> Pipeline:
    """A default pipeline with an empty dedupe index."""
    return build_default_pipeline()


@pytest.fixture
def triage(pipeline: Pipeline) -> Callable[..., TriageItem]:
    """Run one text (with optional TriageItem fields) through a fresh default pipeline."""

    def run(text: str, **fields: object) -> TriageItem:
        item = TriageItem(id=str(fields.pop("id", "t1")), text=text, **fields)  # type: ignore[arg-type]
        return pipeline.run([item])[0]

    return run
