"""Plain factory functions for tests: missions, users, and items pushed through the real ingest path."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from consuldesk.auth.models import User
from consuldesk.auth.service import do_create_user, do_ensure_mission
from consuldesk.bootstrap import Runtime
from consuldesk.connectors.file_import import parse_payload
from consuldesk.connectors.models import RawItem
from consuldesk.inbox.models import Channel
from consuldesk.ingest.service import ImportSummary, import_records

PASSWORD = "correct horse battery"


def make_mission(runtime: Runtime, code: str = "lisbon", name: str | None = None) -> int:
    with runtime.sessions() as session:
        mission = do_ensure_mission(session, code, name or f"Mission {code}")
        session.commit()
        return mission.id


def make_user(
    runtime: Runtime,
    username: str = "officer",
    roles: Sequence[str] = ("officer",),
    missions: Sequence[str] = ("lisbon",),
    password: str = PASSWORD,
) -> User:
    with runtime.sessions() as session:
        user = do_create_user(session, runtime.clock, username=username, password=password, roles=roles,
                              missions=missions, display_name=username.title())
        session.commit()
        return user


def ingest(runtime: Runtime, records: Sequence[dict[str, Any]], mission: str | None = None) -> ImportSummary:
    """Push generic or platform records through store + triage, as `consuldesk import` does."""
    raws: list[RawItem] = []
    for record in records:
        raws.extend(parse_payload(record))
    return import_records(runtime, raws, source=None, mission=mission)


def make_channel(runtime: Runtime, mission_id: int, platform: str = "x", handle: str = "@consulate") -> int:
    """A channel connected for publishing (no credentials: tests inject connectors)."""
    with runtime.sessions() as session:
        channel = Channel(mission_id=mission_id, platform=platform, handle=handle, name=f"{platform} {handle}",
                          publishing_enabled=True)
        session.add(channel)
        session.commit()
        return channel.id
