"""Import end to end: stored raw before triage, idempotent, rejects reported, cases filed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import orjson
import pytest
from sqlalchemy import func, select

from consuldesk.bootstrap import Runtime
from consuldesk.core.clock import FrozenClock
from consuldesk.core.types import CaseState, ItemStatus
from consuldesk.inbox.models import Case, Item
from consuldesk.ingest.service import import_files, process_pending
from factories import ingest, make_mission

DISTRESS = "Help! We are trapped on the roof by the flood water, my daughter is injured, please send rescue"
ROUTINE = "How long does a passport renewal take at the moment? I applied three weeks ago."


def _write_jsonl(path: Path, records: list[dict[str, object]], extra_lines: list[bytes] = ()) -> Path:  # type: ignore[assignment]
    with path.open("wb") as handle:
        for record in records:
            handle.write(orjson.dumps(record) + b"\n")
        for line in extra_lines:
            handle.write(line + b"\n")
    return path


def _count(runtime: Runtime, model: type) -> int:
    with runtime.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_import_twice_adds_nothing_the_second_time(runtime: Runtime, tmp_path: Path) -> None:
    make_mission(runtime)
    path = _write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a1", "platform": "x", "text": DISTRESS},
        {"id": "a2", "platform": "x", "text": ROUTINE},
    ])
    first = import_files(runtime, [path])
    second = import_files(runtime, [path])
    assert (first.accepted, first.duplicates) == (2, 0)
    assert (second.accepted, second.duplicates) == (0, 2)
    assert _count(runtime, Item) == 2


def test_malformed_lines_are_reported_and_the_rest_imported(runtime: Runtime, tmp_path: Path) -> None:
    make_mission(runtime)
    path = _write_jsonl(
        tmp_path / "in.jsonl",
        [{"id": "ok1", "text": ROUTINE}],
        [b'{"id": "bad", "text": ', b'{"id": "no-text"}', b'{"id": "ok2", "text": "Thank you for the help!"}'],
    )
    summary = import_files(runtime, [path])
    assert summary.accepted == 2
    assert summary.rejected == 2
    assert [r.line for r in summary.rejections] == [2, 3]
    assert all(r.file.endswith("in.jsonl") for r in summary.rejections)
    rejects = [orjson.loads(line) for line in summary.rejects_files[0].read_bytes().splitlines()]
    assert [r["line"] for r in rejects] == [2, 3]
    assert rejects[1]["reason"] == "unrecognised record shape (keys: id)"


def test_raw_payload_is_stored_before_triage(runtime: Runtime, tmp_path: Path) -> None:
    make_mission(runtime)
    path = _write_jsonl(tmp_path / "in.jsonl", [{"id": "r1", "platform": "mastodon", "text": DISTRESS}])
    import_files(runtime, [path], process=False)
    with runtime.sessions() as session:
        item = session.scalars(select(Item)).one()
        assert item.status == ItemStatus.RECEIVED
        assert item.raw["text"] == DISTRESS
        assert item.case_id is None
    assert process_pending(runtime) == 1
    with runtime.sessions() as session:
        item = session.scalars(select(Item)).one()
        assert item.status == ItemStatus.TRIAGED
        assert item.case_id is not None


def test_critical_item_opens_a_case_with_a_fifteen_minute_sla(runtime: Runtime) -> None:
    make_mission(runtime)
    ingest(runtime, [{"id": "c1", "platform": "x", "text": DISTRESS, "created_at": "2026-03-14T11:50:00Z"}])
    with runtime.sessions() as session:
        case = session.scalars(select(Case)).one()
        item = session.scalars(select(Item)).one()
    assert item.urgency == "critical"
    assert (case.urgency, case.priority, case.state) == ("critical", 0, CaseState.NEW)
    assert case.sla_due_at == item.created_at + timedelta(minutes=15)


def test_messages_of_one_conversation_share_a_case(runtime: Runtime) -> None:
    make_mission(runtime)
    ingest(runtime, [
        {"id": "m1", "platform": "whatsapp", "kind": "dm", "author_id": "p1", "thread_ref": "wa:p1",
         "text": "Hello, I need to renew my passport before June."},
        {"id": "m2", "platform": "whatsapp", "kind": "dm", "author_id": "p1", "thread_ref": "wa:p1",
         "text": "Sorry, also: can my son be added to the appointment?"},
        {"id": "m3", "platform": "whatsapp", "kind": "dm", "author_id": "p2", "thread_ref": "wa:p2",
         "text": "Where do I register the birth of my daughter?"},
    ])
    with runtime.sessions() as session:
        counts = sorted(session.scalars(select(Case.item_count)).all())
    assert counts == [1, 2]


def test_a_duplicate_joins_the_case_of_its_original(runtime: Runtime) -> None:
    make_mission(runtime)
    rumour = "Is it true the embassy is closing tomorrow and evacuating everyone by bus from the port?"
    ingest(runtime, [{"id": "d1", "platform": "x", "author_id": "u1", "text": rumour}])
    ingest(runtime, [{"id": "d2", "platform": "x", "author_id": "u2", "text": rumour}])
    with runtime.sessions() as session:
        items = {i.external_id: i for i in session.scalars(select(Item))}
        assert items["d2"].duplicate_of_id == items["d1"].id
        assert items["d2"].case_id == items["d1"].case_id
        assert session.scalar(select(func.count()).select_from(Case)) == 1


def test_a_new_message_reopens_a_waiting_case_with_a_fresh_deadline(runtime: Runtime) -> None:
    make_mission(runtime)
    base = {"platform": "messenger", "kind": "dm", "author_id": "p9", "thread_ref": "m:p9"}
    ingest(runtime, [{**base, "id": "w1", "text": ROUTINE}])
    with runtime.sessions() as session:
        case = session.scalars(select(Case)).one()
        case.state = CaseState.WAITING
        session.commit()
    assert isinstance(runtime.clock, FrozenClock)
    runtime.clock.advance(timedelta(days=3))
    ingest(runtime, [{**base, "id": "w2", "text": "Any news on my renewal? Still waiting.",
                      "created_at": runtime.clock.now().isoformat()}])
    with runtime.sessions() as session:
        case = session.scalars(select(Case)).one()
    assert case.state == CaseState.OPEN
    assert case.item_count == 2
    assert case.sla_due_at is not None and case.sla_due_at > runtime.clock.now()


def test_the_consular_dev_set_imports_whole(sqlite_runtime: Runtime) -> None:
    path = Path(__file__).resolve().parents[3] / "shared" / "data" / "consular_dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not here (it lives in ../shared beside the repository)")
    make_mission(sqlite_runtime)
    summary = import_files(sqlite_runtime, [path])
    assert (summary.accepted, summary.rejected) == (600, 0)
    assert import_files(sqlite_runtime, [path]).duplicates == 600


def test_triage_in_a_second_process_files_the_same_cases(tmp_path: Path, sqlite_template: Path) -> None:
    import shutil

    from consuldesk.bootstrap import bootstrap
    from consuldesk.settings import Settings

    shutil.copy(sqlite_template, tmp_path / "two.db")
    runtime = bootstrap(Settings(database_url=f"sqlite:///{tmp_path / 'two.db'}", import_batch_size=2,
                                 import_processes=2))
    make_mission(runtime)
    rumour = "Is it true the embassy is closing tomorrow and evacuating everyone by bus from the port?"
    path = _write_jsonl(tmp_path / "in.jsonl", [
        {"id": "p1", "platform": "x", "text": DISTRESS},
        {"id": "p2", "platform": "x", "author_id": "a", "text": rumour},
        {"id": "p3", "platform": "x", "text": ROUTINE},
        {"id": "p4", "platform": "x", "author_id": "b", "text": rumour},
        {"id": "p5", "platform": "x", "text": "Thank you for the help!"},
    ])
    summary = import_files(runtime, [path])
    assert (summary.accepted, summary.triaged) == (5, 5)
    with runtime.sessions() as session:
        items = {i.external_id: i for i in session.scalars(select(Item))}
        assert all(i.status == ItemStatus.TRIAGED for i in items.values())
        assert items["p1"].urgency == "critical"
        assert items["p4"].duplicate_of_id == items["p2"].id  # dedupe spans batches in the child
        assert items["p4"].case_id == items["p2"].case_id
    runtime.engine.dispose()
