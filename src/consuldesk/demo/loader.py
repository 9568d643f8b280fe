"""Load the demo scenario: missions, channels, demo users, and the day's items shifted to end now."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
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


def load_demo(runtime: Runtime, scenario: Path = SCENARIO) -> ImportSummary | None:
    """Create the demo missions, channels and users and import the scenario; None if already loaded."""
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
        return None
    latest = max(
        r.created_at for r in iter_import_file(scenario) if isinstance(r, RawItem) and r.created_at
    )
    # The scenario's last message arrives "a few minutes ago", so SLA clocks are meaningful now.
    offset = runtime.clock.now() - timedelta(minutes=5) - latest
    return import_records(runtime, _shifted(iter_import_file(scenario), offset), source=None)
