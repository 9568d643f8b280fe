"""Connecting channels, building their connectors, and recording and judging their health.

Credentials never leave this module in clear except inside a connector: the stored config holds only
the non-secret fields, `ChannelView` has no secret fields at all, and validation errors are reworded
without the offending input (Pydantic would otherwise echo a token back).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from pydantic import ValidationError
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from consuldesk.audit.service import do_record
from consuldesk.auth.models import User
from consuldesk.auth.service import check_mission, check_role, mission_scope
from consuldesk.channels.secrets import CredentialBox
from consuldesk.connectors.base import Connector, Publishes, ReportsHealth
from consuldesk.connectors.models import PublishError, RateLimitState
from consuldesk.connectors.registry import CONNECTORS, build_connector, config_class, secret_fields
from consuldesk.core.clock import Clock
from consuldesk.core.types import Role
from consuldesk.errors import InvalidInput, NotFound
from consuldesk.inbox.models import Channel

__all__ = [
    "ChannelView",
    "check_channel_health",
    "check_connect_channel",
    "check_due_health",
    "connector_for",
    "do_check_health",
    "do_connect_channel",
    "do_record_failure",
    "do_record_success",
    "get_channel_or_raise",
    "list_channels",
    "publisher_for",
    "view_channel",
]


def _validation_message(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'config'}: {e['msg']}" for e in exc.errors())


def check_connect_channel(
    session: Session,
    clock: Clock,
    box: CredentialBox,
    user: User,
    *,
    mission_id: int,
    platform: str,
    handle: str,
    name: str,
    options: Mapping[str, Any],
    publishing_enabled: bool = True,
) -> Channel:
    """Create or reconnect the (platform, handle) channel: supervisors and admins of the mission."""
    check_role(user, Role.ADMIN, Role.SUPERVISOR)
    check_mission(user, mission_id, "mission")
    return do_connect_channel(session, clock, box, actor_id=user.id, mission_id=mission_id, platform=platform,
                              handle=handle, name=name, options=options, publishing_enabled=publishing_enabled)


def do_connect_channel(
    session: Session,
    clock: Clock,
    box: CredentialBox,
    *,
    actor_id: int | None,
    mission_id: int,
    platform: str,
    handle: str,
    name: str,
    options: Mapping[str, Any],
    publishing_enabled: bool = True,
) -> Channel:
    """Validate the platform settings, seal the credentials, and store the channel (no permission check:
    callers are `check_connect_channel` and the operator's CLI)."""
    if platform not in CONNECTORS:
        raise InvalidInput(f"unknown platform {platform!r}; known: {', '.join(CONNECTORS)}")
    try:
        config = config_class(platform).model_validate(dict(options))
    except ValidationError as exc:
        raise InvalidInput(f"{platform} settings: {_validation_message(exc)}") from None
    secrets = secret_fields(platform)
    public = config.model_dump(mode="json", exclude=set(secrets))
    sealed = {name: getattr(config, name).get_secret_value() for name in secrets}
    channel = session.scalar(select(Channel).where(Channel.platform == platform, Channel.handle == handle))
    if channel is None:
        channel = Channel(mission_id=mission_id, platform=platform, handle=handle, name=name)
        session.add(channel)
    elif channel.mission_id != mission_id:
        raise InvalidInput(f"{platform} account {handle} belongs to another mission")
    channel.name = name
    channel.config = public
    channel.secret_box = box.seal(sealed)
    channel.publishing_enabled = publishing_enabled
    channel.token_expires_at = getattr(config, "token_expires_at", None)
    channel.last_error = None
    session.flush()
    do_record(session, clock, actor_id=actor_id, mission_id=mission_id, action="channel.connected",
              target_type="channel", target_id=channel.id,
              detail={"platform": platform, "handle": handle, "secret_fields": sorted(secrets)})
    return channel


def connector_for(channel: Channel, box: CredentialBox) -> Connector:
    """The channel's connector with its decrypted credentials (kept only in the connector)."""
    options = {**(channel.config or {}), **box.open(channel.secret_box)}
    try:
        return build_connector(channel.platform, options)
    except ValidationError as exc:
        raise InvalidInput(f"channel {channel.id} is not fully configured: {_validation_message(exc)}") from None


def get_channel_or_raise(session: Session, user: User, channel_id: int) -> Channel:
    channel = session.get(Channel, channel_id)
    if channel is None:
        raise NotFound("no such channel")
    check_mission(user, channel.mission_id, "channel")
    return channel


def list_channels(session: Session, user: User, *, mission_id: int | None = None) -> Sequence[Channel]:
    query = select(Channel).order_by(Channel.mission_id, Channel.platform, Channel.handle)
    scope = mission_scope(user)
    if scope is not None:
        query = query.where(Channel.mission_id.in_(scope))
    if mission_id is not None:
        query = query.where(Channel.mission_id == mission_id)
    return session.scalars(query).all()


def _store_rate_limit(channel: Channel, state: RateLimitState | None) -> None:
    if state is not None:
        channel.rate_limit_remaining = state.remaining
        channel.rate_limit_reset_at = state.reset_at


def do_record_success(channel: Channel, now: datetime, rate_limit: RateLimitState | None = None) -> None:
    channel.last_success_at = now
    _store_rate_limit(channel, rate_limit)


def do_record_failure(channel: Channel, now: datetime, error: PublishError) -> None:
    channel.last_error = error.message if error.status is None else f"{error.message} (HTTP {error.status})"
    channel.last_error_at = now
    _store_rate_limit(channel, getattr(error, "state", None))


def check_channel_health(session: Session, clock: Clock, box: CredentialBox, user: User, channel_id: int) -> Channel:
    """Ask the platform now (supervisors and admins: it spends the channel's rate limit)."""
    check_role(user, Role.SUPERVISOR, Role.ADMIN, Role.HEADQUARTERS)
    channel = get_channel_or_raise(session, user, channel_id)
    do_check_health(session, clock, box, channel)
    return channel


def do_check_health(session: Session, clock: Clock, box: CredentialBox, channel: Channel) -> None:
    """Ask the platform (one cheap authenticated call) and store what it said."""
    now = clock.now()
    channel.health_checked_at = now
    try:
        connector = connector_for(channel, box)
    except InvalidInput as exc:
        channel.health_ok, channel.last_error, channel.last_error_at = False, exc.detail, now
        return
    if not isinstance(connector, ReportsHealth):
        channel.health_ok = None
        return
    try:
        report = connector.check_health()
    except PublishError as exc:
        channel.health_ok = False
        do_record_failure(channel, now, exc)
        return
    channel.health_ok = report.ok
    if report.token_expires_at is not None:
        channel.token_expires_at = report.token_expires_at
    _store_rate_limit(channel, report.rate_limit)
    if not report.ok:
        channel.last_error, channel.last_error_at = report.detail or "the platform refused the credentials", now


def check_due_health(session: Session, clock: Clock, box: CredentialBox, *, every: timedelta) -> int:
    """Check every connected channel not checked within `every`; returns how many were checked."""
    cutoff = clock.now() - every
    due = session.scalars(
        select(Channel).where(
            Channel.secret_box.is_not(None),
            or_(Channel.health_checked_at.is_(None), Channel.health_checked_at < cutoff),
        )
    ).all()
    for channel in due:
        do_check_health(session, clock, box, channel)
    return len(due)


@dataclass(frozen=True)
class ChannelView:
    """What the console and API show of a channel: never a credential."""

    id: int
    mission_id: int
    platform: str
    handle: str
    name: str
    publishing_enabled: bool
    status: str  # ok | warning | error | unknown
    problems: list[str] = field(default_factory=list)
    fallbacks: list[str] = field(default_factory=list)
    token_expires_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    rate_limit_remaining: int | None = None
    rate_limit_reset_at: datetime | None = None
    can_publish: bool = False


def view_channel(
    channel: Channel, now: datetime, *, warning_days: int, siblings: Sequence[Channel] = ()
) -> ChannelView:
    """Judge health: an expired token or a last error newer than the last success is an error;
    a token expiring within `warning_days` or an exhausted rate limit is a warning."""
    problems: list[str] = []
    status = "ok" if channel.health_ok or channel.last_success_at else "unknown"
    expires = channel.token_expires_at
    if expires is not None and expires <= now:
        problems.append(f"token expired {expires:%Y-%m-%d %H:%M} UTC: reconnect the account")
        status = "error"
    elif expires is not None and expires - now <= timedelta(days=warning_days):
        problems.append(f"token expires {expires:%Y-%m-%d %H:%M} UTC: renew it before then")
        status = "warning"
    failing = channel.last_error_at is not None and (
        channel.last_success_at is None or channel.last_error_at > channel.last_success_at
    )
    if failing or channel.health_ok is False:
        problems.append(f"last error: {channel.last_error}")
        status = "error"
    limited = channel.rate_limit_remaining == 0 and (
        channel.rate_limit_reset_at is None or channel.rate_limit_reset_at > now
    )
    if limited:
        reset = channel.rate_limit_reset_at
        problems.append("rate limit reached" + (f" until {reset:%H:%M} UTC" if reset else ""))
        status = "error" if status == "error" else "warning"
    fallbacks: list[str] = []
    if status in {"warning", "error"}:
        healthy = [s for s in siblings if s.id != channel.id and s.publishing_enabled and not s.last_error]
        fallbacks = [f"publish on {s.platform} ({s.handle}) instead" for s in healthy]
        fallbacks += ["the advisory still reaches the public Atom and CAP feeds", "email the registered nationals"]
    can_publish = channel.publishing_enabled and channel.platform in CONNECTORS
    return ChannelView(
        id=channel.id, mission_id=channel.mission_id, platform=channel.platform, handle=channel.handle,
        name=channel.name, publishing_enabled=channel.publishing_enabled, status=status, problems=problems,
        fallbacks=fallbacks, token_expires_at=expires, last_success_at=channel.last_success_at,
        last_error=channel.last_error, last_error_at=channel.last_error_at,
        rate_limit_remaining=channel.rate_limit_remaining, rate_limit_reset_at=channel.rate_limit_reset_at,
        can_publish=can_publish,
    )


def publisher_for(channel: Channel, box: CredentialBox) -> Publishes:
    connector = connector_for(channel, box)
    if not isinstance(connector, Publishes):
        raise InvalidInput(f"{channel.platform} channels cannot publish")
    return connector
