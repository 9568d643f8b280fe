"""Where the triage pipeline runs during an import: in this process, or in a second one.

The pipeline is pure (no database, no network), so it can run in a child process while this one
parses and stores the next batch: on two cores that roughly halves the import time. The child keeps
its own pipeline (and so its own dedupe index) for the whole import, which keeps duplicate detection
consistent across batches. Batches travel as plain tuples (`TriageInput` there, `Labels` back).
"""

from __future__ import annotations

import gc
import multiprocessing
import time
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Protocol

from consuldesk.bootstrap import Runtime, make_classifier, pipeline_config
from consuldesk.ingest.process import Labels, TriageInput, label_rows, run_triage
from consuldesk.pipeline.classifier import warm_up
from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.runner import Pipeline, PipelineConfig, build_default_pipeline


class Triager(Protocol):
    def submit(self, batch: Sequence[TriageInput]) -> Future[list[Labels]]: ...

    def close(self) -> None: ...


class InlineTriager:
    """Runs the runtime's pipeline right away (one process; tests, small imports)."""

    def __init__(self, pipeline: Pipeline) -> None:
        self._pipeline = pipeline

    def submit(self, batch: Sequence[TriageInput]) -> Future[list[Labels]]:
        future: Future[list[Labels]] = Future()
        try:
            future.set_result(run_triage(self._pipeline, batch))
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
    config = replace(config, classifier=make_classifier(classifier))
    # One item through a scratch pipeline (its own dedupe index) loads what the stages load lazily,
    # such as the language model, so that the first real batch does not wait for it.
    scratch = TriageItem(id="warm-up", text="Warm-up: my passport was lost in Lisbon", created_at=datetime.now(UTC))
    build_default_pipeline(replace(config, fingerprint_index=None)).run([scratch])
    _child_pipeline = build_default_pipeline(config)
    # The models and lexicons live as long as the process: keeping their objects out of the
    # collector's full scans saves about 7% of triage time.
    gc.freeze()


def _run_in_child(batch: Sequence[TriageInput]) -> list[tuple[Any, ...]]:
    assert _child_pipeline is not None, "triage child started without its pipeline"
    return label_rows(_child_pipeline, batch)


class ProcessTriager:
    """Runs the pipeline in one child process; results come back in submission order."""

    def __init__(self, config: PipelineConfig, classifier: str) -> None:
        # spawn, not fork: the parent may hold database connections and threads.
        context = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(1, mp_context=context, initializer=_start_child,
                                         initargs=(config, classifier))

    def submit(self, batch: Sequence[TriageInput]) -> Future[list[Labels]]:
        labelled: Future[list[Labels]] = Future()

        def arrived(rows: Future[list[tuple[Any, ...]]]) -> None:
            try:
                labelled.set_result([Labels._make(row) for row in rows.result()])
            except BaseException as exc:  # a failed or cancelled batch fails its caller's future
                labelled.set_exception(exc)

        self._pool.submit(_run_in_child, batch).add_done_callback(arrived)
        return labelled

    def wait_ready(self) -> None:
        """Block until the child has started and compiled its models."""
        self.submit([]).result()

    def cpu_seconds(self) -> float:
        """CPU time the child has used so far (benchmarks: which process bounds the import)."""
        return self._pool.submit(time.process_time).result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def make_triager(runtime: Runtime) -> Triager:
    if runtime.settings.import_processes > 1:
        return ProcessTriager(pipeline_config(runtime.settings, with_classifier=False),
                              runtime.settings.classifier)
    return InlineTriager(runtime.pipeline)
