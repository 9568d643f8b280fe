"""The parallel bench run is one chain: its dedupe decisions equal a single process's, item by item."""

from __future__ import annotations

import dataclasses

import pytest

from consuldesk.bench.parallel import dedupe_stage, run_parallel, run_serial
from consuldesk.bench.triage import generate_items
from consuldesk.pipeline.item import TriageItem
from consuldesk.pipeline.runner import Pipeline
from consuldesk.pipeline.stages import DedupeStage, NormaliseStage


class _ReadsDuplicate:
    id = "test.after_dedupe"
    reads = ("duplicate_of",)
    writes = ("queue",)

    def __call__(self, batch: list[TriageItem]) -> list[TriageItem]:
        return batch


def _corpus() -> list[TriageItem]:
    items = generate_items(400, seed=11)
    # Copies and near copies far apart, so they fall in batches handled by different workers.
    base = items[3].text
    extra = [
        TriageItem(id="copy-1", text=base),
        TriageItem(id="near-1", text=base + " #repost #help"),
        TriageItem(id="copy-2", text=items[150].text),
    ]
    return items[:200] + extra + items[200:]


def _fresh(items: list[TriageItem]) -> list[TriageItem]:
    return [dataclasses.replace(i, stage_log=[], pii=[], confidence={}) for i in items]


@pytest.mark.parametrize("processes", [2, 3])
def test_parallel_dedupe_equals_single_process(processes: int) -> None:
    corpus = _corpus()
    serial, parallel = _fresh(corpus), _fresh(corpus)
    single = run_serial(serial, batch_size=37)
    multi = run_parallel(parallel, batch_size=37, processes=processes, warm_items=generate_items(20, seed=7))
    assert [(i.fingerprint, i.duplicate_of) for i in parallel] == [(i.fingerprint, i.duplicate_of) for i in serial]
    by_id = {i.id: i for i in parallel}
    assert by_id["copy-1"].duplicate_of == corpus[3].id
    assert by_id["near-1"].duplicate_of == corpus[3].id
    assert multi.duplicates == single.duplicates > 3
    assert multi.with_pii == single.with_pii > 0
    assert set(multi.stage_seconds) == set(single.stage_seconds)


def test_refuses_a_stage_after_dedupe_that_reads_its_output() -> None:
    with pytest.raises(ValueError, match="reads dedupe output"):
        dedupe_stage(Pipeline([NormaliseStage(), DedupeStage(), _ReadsDuplicate()]))
