"""Timed runs of the default pipeline for `bench triage`: in this process, or over worker processes
with one dedupe index in the parent.

The parallel run is one full chain, not N independent ones. Workers run every stage over their
batches except dedupe's decision: normalise → language → classify → PII, dedupe's `prepare`
(fingerprints, MinHash signatures, word counts) and route, which reads no dedupe output. The parent
feeds the prepared batches, in stream order, to its single `DedupeStage.decide`, so every item is
compared with every earlier item of the whole stream and the duplicates are exactly those of one
process. Workers share the generated corpus through fork (as each would read its slice of a source)
and send back only what the parent needs: the prepared batch, a PII count and their stage seconds;
their other outputs stay in the worker, where a sink would write them. Must not import storage.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import resource
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.runner import Pipeline
from consuldesk.pipeline.stages.dedupe import DedupeStage, PreparedBatch


@dataclass(slots=True)
class RunStats:
    """One timed run: wall seconds, seconds per stage (summed over processes) and counts.

    `cpu_seconds` is the CPU time of the timed work in every process: unlike wall time it barely
    moves when other jobs share the machine, so it is the figure to compare runs by."""

    seconds: float
    stage_seconds: dict[str, float]
    with_pii: int
    duplicates: int
    peak_rss_mib: float
    cpu_seconds: float


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_pipeline(*, with_index: bool = True) -> Pipeline:
    """The default pipeline as configured; `with_index=False` gives it a one-entry dedupe index, for
    workers that only `prepare` (the default index would hold ~50 MB unused in each of them)."""
    from consuldesk.bootstrap import pipeline_config
    from consuldesk.pipeline.runner import build_default_pipeline
    from consuldesk.settings import Settings

    config = pipeline_config(Settings())
    if not with_index:
        config = dataclasses.replace(config, dedupe_capacity=1, fingerprint_index=None)
    return build_default_pipeline(config)


def run_timed(items: list[TriageItem], batch_size: int, stage_seconds: dict[str, float]) -> float:
    """Run a fresh default pipeline stage by stage (as `Pipeline.run` does), timing each stage."""
    pipeline = build_pipeline()
    started = time.perf_counter()
    for i in range(0, len(items), batch_size):
        batch = items[i : i + batch_size]
        for stage in pipeline.stages:
            t0 = time.perf_counter()
            batch = stage(batch)
            stage_seconds[stage.id] = stage_seconds.get(stage.id, 0.0) + time.perf_counter() - t0
            for item in batch:
                item.stage_log.append(stage.id)
    return time.perf_counter() - started


def warm(items: list[TriageItem]) -> None:
    """Load the models and tables once, so the timed run measures triage, not start-up."""
    from consuldesk.pipeline.classifier import warm_up
    from consuldesk.pipeline.pii.gazetteer import gazetteer

    warm_up()
    gazetteer()
    run_timed(items, len(items) or 1, {})


def run_serial(corpus: list[TriageItem], batch_size: int) -> RunStats:
    stage_seconds: dict[str, float] = {}
    cpu = time.process_time()
    seconds = run_timed(corpus, batch_size, stage_seconds)
    cpu = time.process_time() - cpu
    return RunStats(seconds, stage_seconds, sum(1 for i in corpus if i.pii),
                    sum(1 for i in corpus if i.duplicate_of), peak_rss_mib(), cpu)


def dedupe_stage(pipeline: Pipeline) -> DedupeStage:
    """The pipeline's dedupe stage; refuses a pipeline where a later stage reads dedupe's output
    (workers run the later stages before the parent has decided)."""
    stages = pipeline.stages
    found = [k for k, stage in enumerate(stages) if isinstance(stage, DedupeStage)]
    if len(found) != 1:
        raise ValueError("parallel triage needs exactly one dedupe stage")
    dedupe = stages[found[0]]
    assert isinstance(dedupe, DedupeStage)
    for later in stages[found[0] + 1 :]:
        if set(later.reads) & set(dedupe.writes):
            raise ValueError(f"stage {later.id!r} reads dedupe output; it cannot run in the workers")
    return dedupe


# Worker state. The corpus is set before the pool forks, so workers inherit it instead of receiving
# pickled items; the pipeline is built per worker by `_init_worker`.
_CORPUS: Sequence[TriageItem] = ()
_WORKER: Pipeline | None = None
_START_TIMEOUT = 600.0


def _init_worker(barrier: Any, warm_items: list[TriageItem]) -> None:
    global _WORKER
    _WORKER = build_pipeline(with_index=False)
    _WORKER.run([dataclasses.replace(i, stage_log=[], pii=[], confidence={}) for i in warm_items])
    barrier.wait(_START_TIMEOUT)  # the parent starts its clock when every worker is warm


def work_batch(pipeline: Pipeline, batch: list[TriageItem]) -> tuple[PreparedBatch, dict[str, float]]:
    """Every stage of `pipeline` over `batch`, with dedupe only prepared (its decision is the caller's)."""
    seconds: dict[str, float] = {}
    prepared: PreparedBatch | None = None
    for stage in pipeline.stages:
        t0 = time.perf_counter()
        if isinstance(stage, DedupeStage):
            prepared = stage.prepare(batch)
        else:
            batch = stage(batch)
        seconds[stage.id] = time.perf_counter() - t0
        for item in batch:
            item.stage_log.append(stage.id)
    if prepared is None:
        raise ValueError("the pipeline has no dedupe stage")
    return prepared, seconds


def _work(span: tuple[int, int]) -> tuple[PreparedBatch, int, dict[str, float], float, float]:
    """One batch in a worker: (prepared dedupe input, items with PII, stage seconds, CPU seconds, RSS)."""
    assert _WORKER is not None, "worker not initialised"
    cpu = time.process_time()
    batch = list(_CORPUS[span[0] : span[1]])
    prepared, seconds = work_batch(_WORKER, batch)
    with_pii = sum(1 for i in batch if i.pii)
    return prepared, with_pii, seconds, time.process_time() - cpu, peak_rss_mib()


def run_parallel(corpus: list[TriageItem], batch_size: int, processes: int,
                 warm_items: list[TriageItem]) -> RunStats:
    """Triage `corpus` with `processes` workers and one dedupe index here (see the module docstring).

    Writes `fingerprint` and `duplicate_of` into the parent's items, exactly as one process would."""
    global _CORPUS
    # Warm up here, before the fork: workers inherit the loaded models and tables (shared pages)
    # instead of each loading its own.
    warm(warm_items)
    dedupe = dedupe_stage(build_pipeline())
    stage_seconds: dict[str, float] = {}
    with_pii = 0
    peak = 0.0
    cpu = 0.0
    spans = [(lo, min(lo + batch_size, len(corpus))) for lo in range(0, len(corpus), batch_size)]
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(processes + 1)
    _CORPUS = corpus
    try:
        with context.Pool(processes, initializer=_init_worker, initargs=(barrier, warm_items)) as pool:
            barrier.wait(_START_TIMEOUT)  # a worker that cannot start breaks the barrier, not a hang
            started = time.perf_counter()
            parent_cpu = time.process_time()
            # imap returns results in submission order: the index sees the stream in order while
            # the workers are already on the next batches.
            for (lo, hi), (prepared, pii, seconds, worker_cpu, rss) in zip(spans, pool.imap(_work, spans),
                                                                            strict=True):
                t0 = time.perf_counter()
                duplicates = dedupe.decide(prepared)
                for item, fp, dup in zip(corpus[lo:hi], prepared.fingerprints, duplicates, strict=True):
                    item.fingerprint = fp
                    item.duplicate_of = dup
                seconds[dedupe.id] = seconds.get(dedupe.id, 0.0) + time.perf_counter() - t0
                for key, value in seconds.items():
                    stage_seconds[key] = stage_seconds.get(key, 0.0) + value
                with_pii += pii
                cpu += worker_cpu
                peak = max(peak, rss)
            elapsed = time.perf_counter() - started
            # The parent's CPU: receiving results, the dedupe index and the bookkeeping above.
            cpu += time.process_time() - parent_cpu
    finally:
        _CORPUS = ()
    return RunStats(elapsed, stage_seconds, with_pii, sum(1 for i in corpus if i.duplicate_of),
                    max(peak, peak_rss_mib()), cpu)
