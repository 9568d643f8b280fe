"""The bundled demo: it loads once, and the officer's inbox opens on critical cases."""

from __future__ import annotations

import threading

import orjson
from sqlalchemy import select

from consuldesk.auth.models import User
from consuldesk.bootstrap import Runtime
from consuldesk.core.types import Intent, Sentiment, Urgency
from consuldesk.demo.loader import DEMO_USERS, LIVE_FROM, SCENARIO, load_demo, replay
from consuldesk.inbox.queries import list_cases
from consuldesk.inbox.schemas import CaseFilters
from consuldesk.ingest.service import process_pending


def test_scenario_file_is_well_formed() -> None:
    records = [orjson.loads(line) for line in SCENARIO.read_bytes().splitlines()]
    ids = [r["id"] for r in records]
    assert len(records) >= 300 and len(set(ids)) == len(ids)
    assert len({r["lang"] for r in records}) >= 6
    for record in records:
        Intent(record["expected"]["intent"])
        Urgency(record["expected"]["urgency"])
        Sentiment(record["expected"]["sentiment"])


def test_demo_loads_once_and_puts_critical_cases_first(sqlite_runtime: Runtime) -> None:
    summary = load_demo(sqlite_runtime).summary
    assert summary is not None and summary.rejected == 0 and summary.accepted >= 300
    assert load_demo(sqlite_runtime).summary is None
    officer = next(u for u in DEMO_USERS if u.username == "officer")
    with sqlite_runtime.sessions() as session:
        user = session.scalars(select(User).where(User.username == officer.username)).one()
        page = list_cases(session, user, CaseFilters(), now=sqlite_runtime.clock.now(), limit=10)
    assert page.total > 50
    assert page.items[0].urgency == "critical"
    assert {row.mission for row in page.items} == {"lisbon"}


def test_live_demo_loads_the_morning_and_replays_the_rest(sqlite_runtime: Runtime) -> None:
    loaded = load_demo(sqlite_runtime, live_from=LIVE_FROM)
    assert loaded.summary is not None and loaded.upcoming
    total = len(SCENARIO.read_bytes().splitlines())
    assert loaded.summary.accepted + len(loaded.upcoming) == total
    now = sqlite_runtime.clock.now()
    assert all(item.created_at is not None and item.created_at > now for item in loaded.upcoming)
    # With the frozen clock every item is already due: the replay stores them all at once.
    arrived = replay(sqlite_runtime, loaded.upcoming[:5], threading.Event(), speed=1e9)
    assert arrived == 5
    assert process_pending(sqlite_runtime) == 5
