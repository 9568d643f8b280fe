"""Where the triage pipeline runs during an import: in this process, or in a second one.

The pipeline is pure (no database, no network), so it can run in a child process while this one
parses and stores the next batch: on two cores that roughly halves the import time. The child keeps
its own pipeline (and so its own dedupe index) for the whole import, which keeps duplicate detection
consistent across batches.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from typing import Protocol

from consuldesk.bootstrap import Runtime, make_classifier, pipeline_config
from consuldesk.pipeline.classifier import warm_up
from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.runner import Pipeline, PipelineConfig, build_default_pipeline


class Triager(Protocol):
    def submit(self, batch: list[TriageItem]) -> Future[list[TriageItem]]: ...

    def close(self) -> None: ...


class InlineTriager:
    """Runs the runtime's pipeline right away (one process; tests, small imports)."""

    def __init__(self, pipeline: Pipeline) -> None:
        self._pipeline = pipeline

    def submit(self, batch: list[TriageItem]) -> Future[list[TriageItem]]:
        future: Future[list[TriageItem]] = Future()
        try:
            future.set_result(self._pipeline.run(batch))
        except Exception as exc:  # surfaced by future.result(), as in the process variant
            future.set_exception(exc)
        return future

    def close(self) -> None:
        pass


_child_pipeline: Pipeline | None = None


def _start_child(config: PipelineConfig, classifier: str) -> None:
    global _child_pipeline
    warm_up()
    # The models load here, in the child: sending them over from the parent would copy them.
    _child_pipeline = build_default_pipeline(replace(config, classifier=make_classifier(classifier)))


def _run_in_child(batch: list[TriageItem]) -> list[TriageItem]:
    assert _child_pipeline is not None, "triage child started without its pipeline"
    return _child_pipeline.run(batch)


class ProcessTriager:
    """Runs the pipeline in one child process; results come back in submission order."""

    def __init__(self, config: PipelineConfig, classifier: str) -> None:
        # spawn, not fork: the parent may hold database connections and threads.
        context = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(1, mp_context=context, initializer=_start_child,
                                         initargs=(config, classifier))

    def submit(self, batch: list[TriageItem]) -> Future[list[TriageItem]]:
        return self._pool.submit(_run_in_child, batch)

    def wait_ready(self) -> None:
        """Block until the child has started and compiled its models."""
        self.submit([]).result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def make_triager(runtime: Runtime) -> Triager:
    if runtime.settings.import_processes > 1:
        return ProcessTriager(pipeline_config(runtime.settings, with_classifier=False),
                              runtime.settings.classifier)
    return InlineTriager(runtime.pipeline)
