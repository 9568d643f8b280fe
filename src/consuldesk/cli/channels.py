"""`consuldesk channels …`: connect platform accounts, list them with their health, check them now.

Credentials are read from the environment or a prompt, never from the command line, where they
would land in the shell history and the process list.
"""

from __future__ import annotations

import json
import os
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from consuldesk.bootstrap import Runtime, bootstrap
from consuldesk.errors import ConsulDeskError
from consuldesk.settings import Settings

channels_app = typer.Typer(help="Platform accounts: connect, list with health, check.", no_args_is_help=True)
console = Console(stderr=True)
out = Console()


def _runtime() -> Runtime:
    runtime = bootstrap(Settings())
    runtime.migrate()
    return runtime


def _options(platform: str, settings: list[str]) -> dict[str, Any]:
    from consuldesk.connectors.registry import secret_fields

    options: dict[str, Any] = {}
    for pair in settings:
        key, sep, value = pair.partition("=")
        if not sep:
            raise typer.BadParameter(f"expected KEY=VALUE, got {pair!r}", param_hint="--set")
        options[key.strip()] = value
    for name in sorted(secret_fields(platform)):
        if name in options:
            raise typer.BadParameter(f"{name} is a credential: give it as CONSULDESK_SECRET_{name.upper()} "
                                     "or at the prompt, not on the command line", param_hint="--set")
        from_env = os.environ.get(f"CONSULDESK_SECRET_{name.upper()}")
        options[name] = from_env if from_env is not None else typer.prompt(name, hide_input=True)
    return options


@channels_app.command("connect")
def connect(
    platform: Annotated[str, typer.Argument(help="x, mastodon, bluesky, linkedin, facebook, instagram, …")],
    handle: Annotated[str, typer.Argument(help="the account as the platform names it (@handle, page id, number)")],
    mission: Annotated[str, typer.Option("--mission", "-m", help="mission code")],
    name: Annotated[str | None, typer.Option(help="label shown in the console")] = None,
    setting: Annotated[list[str] | None, typer.Option("--set", help="non-secret setting KEY=VALUE (repeat)")] = None,
    listen_only: Annotated[bool, typer.Option(help="receive only; never publish here")] = False,
) -> None:
    """Connect (or reconnect) an account. Secrets come from CONSULDESK_SECRET_<NAME> or a prompt."""
    from consuldesk.channels.service import do_connect_channel
    from consuldesk.publishing.public import get_mission_by_code

    runtime = _runtime()
    try:
        options = _options(platform, setting or [])
        with runtime.sessions() as session:
            mission_row = get_mission_by_code(session, mission)
            channel = do_connect_channel(
                session, runtime.clock, runtime.credentials, actor_id=None, mission_id=mission_row.id,
                platform=platform, handle=handle, name=name or handle, options=options,
                publishing_enabled=not listen_only,
            )
            session.commit()
            out.print(f"Channel {channel.id}: {platform} {handle} connected for mission {mission}.")
    except (ConsulDeskError, LookupError) as exc:
        console.print(f"[red]{getattr(exc, 'detail', exc)}[/red]")
        raise typer.Exit(1) from exc


@channels_app.command("list")
def list_(as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False) -> None:
    """Every channel with its health: status, token expiry, last success, last error, fallbacks."""
    from dataclasses import asdict

    from consuldesk.channels.service import view_channel
    from consuldesk.inbox.models import Channel

    runtime = _runtime()
    with runtime.sessions() as session:
        channels = session.query(Channel).order_by(Channel.mission_id, Channel.platform).all()
        views = [view_channel(c, runtime.clock.now(), warning_days=runtime.settings.token_warning_days,
                              siblings=[s for s in channels if s.mission_id == c.mission_id]) for c in channels]
    if as_json:
        out.print_json(json.dumps([asdict(v) for v in views], default=str))
        return
    table = Table("id", "platform", "handle", "status", "problems", "last success")
    for view in views:
        table.add_row(str(view.id), view.platform, view.handle, view.status, "; ".join(view.problems) or "-",
                      f"{view.last_success_at:%Y-%m-%d %H:%M}" if view.last_success_at else "-")
    out.print(table)


@channels_app.command("check")
def check(channel_id: int) -> None:
    """Ask the platform now whether the channel's credentials work and when they expire."""
    from consuldesk.channels.service import do_check_health, view_channel
    from consuldesk.inbox.models import Channel

    runtime = _runtime()
    with runtime.sessions() as session:
        channel = session.get(Channel, channel_id)
        if channel is None:
            console.print(f"[red]no channel {channel_id}[/red]")
            raise typer.Exit(1)
        do_check_health(session, runtime.clock, runtime.credentials, channel)
        session.commit()
        view = view_channel(channel, runtime.clock.now(), warning_days=runtime.settings.token_warning_days)
    out.print(f"{view.platform} {view.handle}: {view.status}" + "".join(f"\n  - {p}" for p in view.problems))
    if view.status == "error":
        raise typer.Exit(1)
