"""Load the demo scenario: missions, channels, demo users, and the day's items shifted to end now."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import orjson
from sqlalchemy import func, select

from consuldesk.auth.service import do_create_user, do_ensure_mission, get_user_by_username
from consuldesk.bootstrap import Runtime
from consuldesk.connectors.file_import import Rejected, iter_import_file
from consuldesk.connectors.models import RawItem
from consuldesk.inbox.models import Channel, Item
from consuldesk.ingest.service import ImportSummary, import_records

SCENARIO = Path(__file__).with_name("scenario.jsonl")
# Scenario time that becomes "now" in a live demo: the wildfire broke out at 13:40.
LIVE_FROM = time(14, 30)
MISSIONS = {
    "lisbon": ("Embassy of Norvalia in Lisbon", "Europe/Lisbon"),
    "porto": ("Consulate of Norvalia in Porto", "Europe/Lisbon"),
}


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    roles: tuple[str, ...]
    missions: tuple[str, ...]


# Fixed, clearly demo-only passwords so the README and the console banner can name them.
DEMO_USERS = (
    DemoUser("officer", "demo-officer-pass", ("officer",), ("lisbon",)),
    DemoUser("porto", "demo-porto-pass", ("officer",), ("porto",)),
    DemoUser("supervisor", "demo-supervisor-pass", ("officer", "supervisor", "approver"), ("lisbon", "porto")),
    DemoUser("hq", "demo-hq-pass", ("headquarters", "admin"), ()),
)


def _channels(path: Path) -> set[tuple[str, str, str]]:
    found = set()
    with path.open("rb") as handle:
        for line in handle:
            if line.strip():
                record = orjson.loads(line)
                found.add((record["mission"], record["platform"], record["channel"]))
    return found


def _shifted(records: Iterator[RawItem | Rejected], offset: timedelta) -> Iterator[RawItem | Rejected]:
    for record in records:
        if isinstance(record, RawItem) and record.created_at is not None:
            record.created_at = record.created_at + offset
        yield record


@dataclass
class DemoLoad:
    """What `load_demo` imported now, and the items still to arrive during a live replay."""

    summary: ImportSummary | None
    upcoming: list[RawItem] = field(default_factory=list)


def load_demo(runtime: Runtime, scenario: Path = SCENARIO, *, live_from: time | None = None) -> DemoLoad:
    """Create the demo missions, channels and users and import the scenario (once).

    Without `live_from` the whole day is imported, ending a few minutes ago. With it, the day is
    shifted so that `live_from` (scenario time) is now: what came before is imported, and the rest is
    returned as `upcoming` for `replay`, so the console shows new cases arriving.
    """
    with runtime.sessions() as session:
        for code, (name, tz) in MISSIONS.items():
            do_ensure_mission(session, code, name, tz)
        missions = {code: do_ensure_mission(session, code, "", "").id for code in MISSIONS}
        for mission, platform, handle in sorted(_channels(scenario)):
            exists = session.scalar(select(Channel.id).where(Channel.platform == platform, Channel.handle == handle))
            if exists is None:
                session.add(Channel(mission_id=missions[mission], platform=platform, handle=handle, name=handle))
        for user in DEMO_USERS:
            if get_user_by_username(session, user.username) is None:
                do_create_user(session, runtime.clock, username=user.username, password=user.password,
                               roles=user.roles, missions=user.missions, display_name=user.username.title())
        session.commit()
        already = session.scalar(select(func.count()).select_from(Item)) or 0
    if already:
        return DemoLoad(None)
    records = list(iter_import_file(scenario))
    dated = [r.created_at for r in records if isinstance(r, RawItem) and r.created_at]
    if live_from is None:
        # The scenario's last message arrives "a few minutes ago", so SLA clocks are meaningful now.
        anchor = max(dated) + timedelta(minutes=5)
    else:
        anchor = datetime.combine(min(dated).date(), live_from, tzinfo=UTC)
    offset = runtime.clock.now() - anchor
    shifted = list(_shifted(iter(records), offset))
    now = runtime.clock.now()
    past = [r for r in shifted if not isinstance(r, RawItem) or r.created_at is None or r.created_at <= now]
    upcoming = [r for r in shifted if isinstance(r, RawItem) and r.created_at is not None and r.created_at > now]
    return DemoLoad(import_records(runtime, past, source=None), upcoming)


def replay(
    runtime: Runtime, upcoming: list[RawItem], stop: threading.Event, *, speed: float = 30.0
) -> int:
    """Feed `upcoming` items in as they fall due, `speed` times faster than the scenario's clock.

    Items are stored as RECEIVED, like a webhook would store them, and the worker triages them.
    Returns how many arrived before `stop` was set.
    """
    started = runtime.clock.now()
    arrived = 0
    for item in upcoming:
        assert item.created_at is not None
        due_in = (item.created_at - started).total_seconds() / speed
        elapsed = (runtime.clock.now() - started).total_seconds()
        if stop.wait(max(due_in - elapsed, 0.0)):
            break
        item.created_at = runtime.clock.now()
        import_records(runtime, [item], source=None, process=False)
        arrived += 1
    return arrived
