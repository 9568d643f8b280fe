"""Channels over HTTP: connect an account, list channels with their health. Never returns a secret."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from consuldesk.api.deps import RuntimeDep, SessionDep, UserDep
from consuldesk.channels.service import (
    ChannelView,
    check_channel_health,
    check_connect_channel,
    list_channels,
    view_channel,
)
from consuldesk.connectors.registry import CONNECTORS, config_class
from consuldesk.inbox.models import Channel

router = APIRouter(prefix="/channels", tags=["channels"])


class ConnectIn(BaseModel):
    mission_id: int
    platform: str
    handle: str = Field(min_length=1, max_length=200)
    name: str = Field(min_length=1, max_length=200)
    options: dict[str, Any] = Field(description="the platform's settings and credentials (see /channels/platforms)")
    publishing_enabled: bool = True


def _views(runtime: RuntimeDep, session: SessionDep, user: UserDep, channels: list[Channel]) -> list[ChannelView]:
    now = runtime.clock.now()
    everyone = list(list_channels(session, user))
    return [
        view_channel(c, now, warning_days=runtime.settings.token_warning_days,
                     siblings=[s for s in everyone if s.mission_id == c.mission_id])
        for c in channels
    ]


@router.get("/platforms")
def platforms() -> dict[str, Any]:
    """Each platform's connection form: the JSON schema of its settings (secrets marked writeOnly)."""
    out: dict[str, Any] = {}
    for platform in CONNECTORS:
        schema = config_class(platform).model_json_schema()
        out[platform] = schema
    return out


@router.get("", response_model=list[ChannelView])
def channels(runtime: RuntimeDep, session: SessionDep, user: UserDep) -> list[ChannelView]:
    """Your missions' channels with health: token expiry, last success, rate limits, fallbacks."""
    return _views(runtime, session, user, list(list_channels(session, user)))


@router.post("", response_model=ChannelView, status_code=201)
def connect(body: ConnectIn, runtime: RuntimeDep, session: SessionDep, user: UserDep) -> ChannelView:
    channel = check_connect_channel(
        session, runtime.clock, runtime.credentials, user, mission_id=body.mission_id, platform=body.platform,
        handle=body.handle, name=body.name, options=body.options, publishing_enabled=body.publishing_enabled,
    )
    session.commit()
    return _views(runtime, session, user, [channel])[0]


@router.post("/{channel_id}/check", response_model=ChannelView)
def check(channel_id: int, runtime: RuntimeDep, session: SessionDep, user: UserDep) -> ChannelView:
    """Ask the platform now whether the credentials work and when they expire."""
    channel = check_channel_health(session, runtime.clock, runtime.credentials, user, channel_id)
    session.commit()
    return _views(runtime, session, user, [channel])[0]
