"""Bulk helpers return the right ids and write typed values on both backends."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from consuldesk.bootstrap import Runtime
from consuldesk.inbox.models import Contact, Item
from consuldesk.storage.bulk import insert_returning_ids, update_by_id
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
        update_by_id(session, Item, [{"id": i, "status": "triaged", "created_at": later} for i in ids])
        session.commit()
        stored = {i.id: i for i in session.scalars(select(Item))}
    assert [stored[i].external_id for i in ids] == [f"e{n}" for n in range(5)]
    assert all(stored[i].status == "triaged" and stored[i].created_at == later for i in ids)
