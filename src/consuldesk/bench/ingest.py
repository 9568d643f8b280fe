"""`consuldesk bench ingest`: import N generated items into a fresh SQLite database, end to end.

Figures: items/s over the whole import (parse → store raw → triage → cases) and peak resident
memory, plus resident memory at each quarter, so "flat in the number of items" can be seen. The CPU
time per item of each process shows which one bounds the import: the two run side by side, so on two
idle cores the slower one sets items/s, and on a busy machine their sum does.
"""

from __future__ import annotations

import resource
import tempfile
import time
from pathlib import Path

import orjson
from rich.console import Console
from rich.table import Table

from consuldesk.auth.service import do_ensure_mission
from consuldesk.bench.corpus import generate
from consuldesk.bootstrap import bootstrap, pipeline_config
from consuldesk.ingest.service import import_files
from consuldesk.ingest.triager import ProcessTriager
from consuldesk.pipeline.classifier import warm_up
from consuldesk.settings import Settings


def _rss_mib() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def run_ingest_benchmark(count: int, database: Path | None, out: Console) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "bench.jsonl"
        with source.open("wb") as handle:
            for record in generate(count):
                handle.write(orjson.dumps(record) + b"\n")
        db = database or Path(tmp) / "bench.db"
        runtime = bootstrap(Settings(database_url=f"sqlite:///{db}"))
        runtime.migrate()
        with runtime.sessions() as session:
            do_ensure_mission(session, "bench", "Benchmark mission")
            session.commit()
        warm_started = time.perf_counter()
        # Start-up work happens before the clock starts, as in a running server: this process and
        # the triage child compile their lexicons once.
        warm_up()
        triager = ProcessTriager(pipeline_config(runtime.settings, with_classifier=False),
                                 runtime.settings.classifier)
        triager.wait_ready()
        warm_seconds = time.perf_counter() - warm_started
        checkpoints: list[tuple[int, float]] = []
        done = 0
        quarter = max(count // 4, 1)

        def progress(n: int) -> None:
            nonlocal done
            before, done = done, done + n
            if before // quarter != done // quarter:
                checkpoints.append((done, _rss_mib()))

        started = time.perf_counter()
        cpu_started, child_cpu_started = time.process_time(), triager.cpu_seconds()
        try:
            summary = import_files(runtime, [source], mission="bench", progress=progress, triager=triager)
            elapsed = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
            child_cpu = triager.cpu_seconds() - child_cpu_started
        finally:
            triager.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        runtime.engine.dispose()
    rate = summary.accepted / elapsed if elapsed else 0.0
    table = Table(title=f"bench ingest: {count:,} items into SQLite")
    for column in ("accepted", "duplicates", "rejected", "cases", "seconds", "items/s", "peak RSS MiB"):
        table.add_column(column, justify="right")
    table.add_row(f"{summary.accepted:,}", f"{summary.duplicates:,}", f"{summary.rejected:,}",
                  f"{summary.cases_opened:,}", f"{elapsed:.1f}", f"{rate:,.0f}", f"{peak:.0f}")
    out.print(table)
    out.print(f"Start-up before timing (lexicons compiled, triage process started): {warm_seconds:.1f} s")
    out.print("RSS during import: " + ", ".join(f"{n:,} items → {mib:.0f} MiB" for n, mib in checkpoints))
    per_item = 1e6 / max(summary.accepted, 1)
    out.print(f"CPU per item: this process (parse, store, file) {cpu * per_item:.0f} µs, "
              f"triage process {child_cpu * per_item:.0f} µs")
    return {"items_per_second": rate, "peak_rss_mib": peak, "cpu_us_per_item": cpu * per_item,
            "triage_cpu_us_per_item": child_cpu * per_item}
