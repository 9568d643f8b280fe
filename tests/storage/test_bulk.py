"""Bulk helpers return the right ids and write typed values on both backends."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from consuldesk.bootstrap import Runtime
from consuldesk.core.types import CaseState
from consuldesk.inbox.models import Case, Contact, Item
from consuldesk.storage.bulk import insert_returning_ids, select_in, update_by_id
from consuldesk.storage.db import tuned_for_bulk_writes
from factories import make_mission


def test_insert_returns_ids_in_row_order_and_update_by_id_writes_them(runtime: Runtime) -> None:
    mission_id = make_mission(runtime)
    now = runtime.clock.now()
    with runtime.sessions() as session:
        insert_returning_ids(session, Contact, [{"platform": "x", "author_key": "early"}], ("platform", "author_key"))
        rows = [
            {"mission_id": mission_id, "platform": "x", "external_id": f"e{n}", "kind": "post", "text": f"t{n}",
             "created_at": now, "received_at": now, "raw": {"n": n}, "status": "received"}
            for n in range(5)
        ]
        ids = insert_returning_ids(session, Item, rows, ("platform", "external_id"))
        later = now + timedelta(hours=1)
        update_by_id(session, Item, [{"id": i, "status": "triaged", "created_at": later, "pii": [{"n": i}]}
                                     for i in ids])
        session.commit()
        stored = {i.id: i for i in session.scalars(select(Item))}
    assert [stored[i].external_id for i in ids] == [f"e{n}" for n in range(5)]
    assert all(stored[i].status == "triaged" and stored[i].created_at == later for i in ids)
    assert [stored[i].raw for i in ids] == [{"n": n} for n in range(5)]
    assert [stored[i].pii for i in ids] == [[{"n": i}] for i in ids]


def test_insert_fills_the_columns_left_out_with_their_defaults(runtime: Runtime) -> None:
    mission_id = make_mission(runtime)
    now = runtime.clock.now()
    with runtime.sessions() as session:
        [case_id] = insert_returning_ids(session, Case, [
            {"mission_id": mission_id, "thread_key": "x:t1:c1", "title": "Lost passport", "platform": "x",
             "created_at": now, "updated_at": now, "last_item_at": now},
        ], ("mission_id", "thread_key"))
        session.commit()
        case = session.get_one(Case, case_id)
    assert (case.state, case.priority, case.queue, case.item_count) == (CaseState.NEW, 3, "general", 0)


def test_select_in_takes_more_keys_than_one_statement_can_bind(runtime: Runtime) -> None:
    mission_id = make_mission(runtime)
    now = runtime.clock.now()
    with runtime.sessions() as session:
        rows = [
            {"mission_id": mission_id, "platform": "x" if n % 2 else "facebook", "external_id": f"e{n}",
             "kind": "post", "text": "t", "created_at": now, "received_at": now, "raw": {}, "status": "received"}
            for n in range(1500)
        ]
        ids = insert_returning_ids(session, Item, rows, ("platform", "external_id"))
        wanted = [f"e{n}" for n in range(1600)]  # a hundred that do not exist
        found = select_in(session, [Item.external_id, Item.id], Item.external_id, wanted, Item.platform == "x")
        by_id = select_in(session, [Item.id], Item.id, ids[:3])
    assert sorted(tuple(row) for row in found) == sorted((f"e{n}", ids[n]) for n in range(1, 1500, 2))
    assert sorted(row[0] for row in by_id) == ids[:3]


def test_bulk_write_tuning_is_undone_after_the_import(sqlite_runtime: Runtime) -> None:
    with sqlite_runtime.engine.connect() as connection:
        before = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
        with tuned_for_bulk_writes(connection):
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar_one() != before
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar_one() == before
