"""Import files and process pending items: the use cases behind `consuldesk import` and `worker`.

Each batch is stored in its own transaction before triage, so a crash during triage loses nothing:
the items stay RECEIVED and the worker picks them up. Rejected records go to a rejects file beside
the input (`<file>.rejects.jsonl`) with file, line and reason.
"""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from consuldesk.audit.service import do_record
from consuldesk.bootstrap import Runtime
from consuldesk.connectors.file_import import Rejected, iter_import_file
from consuldesk.connectors.models import RawItem
from consuldesk.core.types import ItemStatus
from consuldesk.inbox.models import Item
from consuldesk.ingest.process import Labels, ProcessCounts, do_file_triaged, do_triage_and_file, triage_inputs
from consuldesk.ingest.store import ChannelDirectory, ContactDirectory, StoredItem, do_store_raw
from consuldesk.ingest.triager import Triager, make_triager
from consuldesk.storage.db import tuned_for_bulk_writes

Progress = Callable[[int], None]


@dataclass
class ImportSummary:
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    triaged: int = 0
    cases_opened: int = 0
    rejects_files: list[Path] = field(default_factory=list)
    rejections: list[Rejected] = field(default_factory=list)  # the first few, for display

    def add(self, counts: ProcessCounts) -> None:
        self.triaged += counts.triaged
        self.cases_opened += counts.cases_opened


class _RejectSink:
    """Writes rejects lazily: no rejects file appears for a clean import."""

    def __init__(self, source: Path | None, summary: ImportSummary) -> None:
        self.path = source.with_name(source.name + ".rejects.jsonl") if source else None
        self._summary = summary
        self._handle: IO[bytes] | None = None

    def write(self, rejected: Rejected) -> None:
        self._summary.rejected += 1
        if len(self._summary.rejections) < 20:
            self._summary.rejections.append(rejected)
        if self.path is None:
            return
        if self._handle is None:
            self._handle = self.path.open("wb")
            self._summary.rejects_files.append(self.path)
        self._handle.write(
            orjson.dumps({"file": rejected.file, "line": rejected.line, "reason": rejected.reason,
                          "record": rejected.raw}) + b"\n"
        )

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


def _batches(records: Iterable[RawItem | Rejected], size: int, sink: _RejectSink) -> Iterator[list[RawItem]]:
    batch: list[RawItem] = []
    for record in records:
        if isinstance(record, Rejected):
            sink.write(record)
            continue
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def import_records(
    runtime: Runtime,
    records: Iterable[RawItem | Rejected],
    *,
    source: Path | None,
    mission: str | None = None,
    process: bool = True,
    progress: Progress | None = None,
    summary: ImportSummary | None = None,
    triager: Triager | None = None,
) -> ImportSummary:
    """Store (and by default triage) a stream of records, one transaction per batch.

    A `triager` passed in is used and left open (the caller owns it); otherwise one is made and closed.
    """
    summary = summary or ImportSummary()
    sink = _RejectSink(source, summary)
    own_triager = triager is None and process
    if own_triager:
        triager = make_triager(runtime)
    # Batch N+1 is stored and queued for triage before batch N is filed, so the triage process always
    # has the next batch in hand while this one files, parses and stores.
    in_flight: deque[tuple[list[StoredItem], Future[list[Labels]]]] = deque()
    try:
        with (
            runtime.engine.connect() as connection,
            tuned_for_bulk_writes(connection),
            runtime.sessions(bind=connection) as session,
        ):
            channels = ChannelDirectory(session, mission)
            contacts = ContactDirectory(session)
            for batch in _batches(records, runtime.settings.import_batch_size, sink):
                stored, duplicates = do_store_raw(
                    session, batch, channels=channels, contacts=contacts, received_at=runtime.clock.now()
                )
                session.commit()  # raw payloads are safe before triage starts
                summary.accepted += len(stored)
                summary.duplicates += duplicates
                if triager is not None and stored:
                    in_flight.append((stored, triager.submit(triage_inputs(stored))))
                if len(in_flight) > 1:
                    summary.add(_file(runtime, session, *in_flight.popleft()))
                if progress:
                    progress(len(batch))
            while in_flight:
                summary.add(_file(runtime, session, *in_flight.popleft()))
            do_record(
                session, runtime.clock, actor_id=None, mission_id=None, action="ingest.imported",
                target_type="import", target_id=source.name if source else "api",
                detail={"accepted": summary.accepted, "duplicates": summary.duplicates,
                        "rejected": summary.rejected},
            )
            session.commit()
    finally:
        sink.close()
        if own_triager and triager is not None:
            triager.close()
    return summary


def import_files(
    runtime: Runtime,
    paths: Sequence[Path],
    *,
    mission: str | None = None,
    process: bool = True,
    progress: Progress | None = None,
    triager: Triager | None = None,
) -> ImportSummary:
    """Import each file in turn (see `import_records`); unreadable files raise ImportFileError."""
    summary = ImportSummary()
    own_triager = triager is None and process
    if own_triager:
        triager = make_triager(runtime)
    try:
        with _fewer_collections():
            for path in paths:
                records = iter_import_file(path, max_text_chars=runtime.settings.max_text_chars)
                import_records(runtime, records, source=path, mission=mission, process=process,
                               progress=progress, summary=summary, triager=triager)
    finally:
        if own_triager and triager is not None:
            triager.close()
    return summary


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the young-generation collector every 10,000 allocations instead of 700 during a file import.

    An import allocates millions of short-lived rows and dicts, and at the default threshold the
    collector took a tenth of this process's time; memory stays flat either way.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], 10_000), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _file(
    runtime: Runtime, session: Session, stored: Sequence[StoredItem], future: Future[list[Labels]]
) -> ProcessCounts:
    counts = do_file_triaged(session, stored, future.result(), now=runtime.clock.now())
    session.commit()
    return counts


def process_pending(runtime: Runtime, *, limit: int = 2000) -> int:
    """Triage up to `limit` RECEIVED items (oldest first); returns how many were processed."""
    with runtime.sessions() as session:
        rows = session.execute(
            select(Item).where(Item.status == ItemStatus.RECEIVED.value).order_by(Item.id).limit(limit)
        ).scalars().all()
        if not rows:
            return 0
        stored = [
            StoredItem(
                id=i.id, mission_id=i.mission_id, contact_id=i.contact_id, platform=i.platform,
                external_id=i.external_id, kind=i.kind, text=i.text, lang_hint=i.lang_hint,
                created_at=i.created_at, thread_ref=i.thread_ref, in_reply_to=i.in_reply_to,
            )
            for i in rows
        ]
        counts = do_triage_and_file(session, runtime.pipeline, stored, now=runtime.clock.now())
        session.commit()
        return counts.triaged
