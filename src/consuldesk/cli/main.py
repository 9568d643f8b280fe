"""`consuldesk`: set up, import, triage, serve, work and demo. Settings come from CONSULDESK_* variables."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from consuldesk import __version__
from consuldesk.bench.triage import bench_triage_command
from consuldesk.bootstrap import Runtime, bootstrap, pipeline_config
from consuldesk.cli.channels import channels_app
from consuldesk.connectors.models import RawItem
from consuldesk.errors import ConsulDeskError
from consuldesk.ml.cli import models_app
from consuldesk.settings import Settings, env_help

app = typer.Typer(
    name="consuldesk",
    help="ConsulDesk: the social-media operations desk for consulates and embassies.\n\n"
    "Settings (environment variables):\n\n" + env_help(),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
users_app = typer.Typer(help="Manage desk users.", no_args_is_help=True)
app.add_typer(users_app, name="users")
app.add_typer(channels_app, name="channels")
console = Console(stderr=True)
out = Console()


def _runtime(migrate: bool = True) -> Runtime:
    try:
        runtime = bootstrap(Settings())
    except ValueError as exc:
        console.print(f"[red]Invalid settings:[/red] {exc}")
        raise typer.Exit(2) from exc
    if migrate:
        runtime.migrate()
    return runtime


def _fail(exc: ConsulDeskError) -> typer.Exit:
    console.print(f"[red]{exc.code}[/red] {exc.detail}")
    return typer.Exit(1)


@app.command()
def version() -> None:
    """Print the version."""
    out.print(__version__)


@app.command()
def init(
    mission: Annotated[str, typer.Option(help="code of the first mission")] = "main",
    name: Annotated[str, typer.Option(help="its name")] = "Main mission",
    timezone: Annotated[str, typer.Option(help="its IANA time zone")] = "UTC",
) -> None:
    """Create or migrate the database and make sure the first mission exists."""
    from consuldesk.auth.service import do_ensure_mission

    runtime = _runtime()
    with runtime.sessions() as session:
        do_ensure_mission(session, mission, name, timezone)
        session.commit()
    out.print(f"Database ready at {runtime.settings.database_url}; mission '{mission}' exists.")


@users_app.command("add")
def users_add(
    username: str,
    role: Annotated[list[str], typer.Option("--role", "-r", help="officer, approver, supervisor, admin, headquarters")],
    mission: Annotated[list[str] | None, typer.Option("--mission", "-m", help="mission code (repeat)")] = None,
    display_name: Annotated[str | None, typer.Option(help="name shown in the console")] = None,
    password: Annotated[
        str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True, envvar="CONSULDESK_NEW_PASSWORD")
    ] = "",
) -> None:
    """Add a user with roles and missions (the password is asked for, or read from CONSULDESK_NEW_PASSWORD)."""
    from consuldesk.auth.service import do_create_user

    runtime = _runtime()
    try:
        with runtime.sessions() as session:
            user = do_create_user(session, runtime.clock, username=username, password=password, roles=role,
                                  missions=mission or [], display_name=display_name)
            session.commit()
    except ConsulDeskError as exc:
        raise _fail(exc) from exc
    out.print(f"User '{user.username}' created with roles {', '.join(user.roles)}.")


@users_app.command("list")
def users_list() -> None:
    """List users."""
    from consuldesk.auth.service import list_users

    runtime = _runtime()
    table = Table("username", "name", "roles", "missions")
    with runtime.sessions() as session:
        for user in list_users(session):
            table.add_row(user.username, user.display_name, ", ".join(user.roles),
                          ", ".join(m.code for m in user.missions))
    out.print(table)


def _count_lines(paths: list[Path]) -> int | None:
    total = 0
    for path in paths:
        if path.suffix.lower() == ".json" or not path.is_file():
            return None
        with path.open("rb") as handle:
            total += sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    return total


@app.command("import")
def import_(
    files: Annotated[list[Path], typer.Argument(help="JSON, JSONL or CSV files")],
    mission: Annotated[str | None, typer.Option(help="mission for items on channels not yet known")] = None,
    triage: Annotated[bool, typer.Option(help="triage now (else the worker does it)")] = True,
) -> None:
    """Import posts, comments and DMs (X v2, Mastodon, Meta webhooks, Telegram, generic JSONL/CSV)."""
    from consuldesk.connectors.file_import import ImportFileError
    from consuldesk.ingest.service import import_files

    runtime = _runtime()
    total = _count_lines(files)
    columns = [TextColumn("importing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    try:
        with Progress(*columns, console=console, transient=True) as progress:
            task = progress.add_task("import", total=total)
            summary = import_files(runtime, files, mission=mission, process=triage,
                                   progress=lambda n: progress.advance(task, n))
    except ImportFileError as exc:
        console.print(f"[red]Cannot import:[/red] {exc}")
        raise typer.Exit(1) from exc
    except ConsulDeskError as exc:
        raise _fail(exc) from exc
    table = Table("accepted", "duplicates", "rejected", "triaged", "cases opened")
    table.add_row(*(str(v) for v in (summary.accepted, summary.duplicates, summary.rejected,
                                     summary.triaged, summary.cases_opened)))
    out.print(table)
    for rejected in summary.rejections[:10]:
        console.print(f"[yellow]rejected[/yellow] {rejected.file}:{rejected.line}: {rejected.reason}")
    for path in summary.rejects_files:
        console.print(f"Rejected records written to {path}")


@app.command("triage")
def triage(
    input_file: Annotated[Path, typer.Argument(metavar="IN.jsonl", help="JSONL input, or - for stdin")],
    output: Annotated[Path, typer.Option("-o", "--output", help="JSONL output, or - for stdout")] = Path("-"),
) -> None:
    """Offline batch triage, no database: one output line per input line, in order."""
    from consuldesk.pipeline.batch import triage_jsonl
    from consuldesk.pipeline.runner import build_default_pipeline

    pipeline = build_default_pipeline(pipeline_config(Settings()))
    try:
        source = sys.stdin.buffer if str(input_file) == "-" else input_file.open("rb")
    except OSError as exc:
        console.print(f"[red]Cannot read {input_file}:[/red] {exc.strerror}")
        raise typer.Exit(1) from exc
    with source:
        if str(output) == "-":
            summary = triage_jsonl(source, sys.stdout, sys.stderr, pipeline)
        else:
            with output.open("w", encoding="utf-8") as sink:
                summary = triage_jsonl(source, sink, sys.stderr, pipeline)
    console.print(f"{summary.processed} processed, {summary.errors} unreadable")
    raise typer.Exit(0 if summary.processed > 0 else 1)


def _serve(runtime: Runtime, host: str, port: int) -> None:
    import uvicorn

    from consuldesk.app import create_app

    uvicorn.run(create_app(runtime, background_worker=True), host=host, port=port, log_level="info")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="default: CONSULDESK_HOST")] = None,
    port: Annotated[int | None, typer.Option(help="default: CONSULDESK_PORT")] = None,
) -> None:
    """Run the console and API (with an in-process worker)."""
    runtime = _runtime()
    _serve(runtime, host or runtime.settings.host, port or runtime.settings.port)


@app.command()
def worker(once: Annotated[bool, typer.Option(help="process what is pending, then exit")] = False) -> None:
    """Poll connected channels, triage stored items and send due posts (a separate process beside `serve`)."""
    from consuldesk.workers.loop import run_worker

    runtime = _runtime()
    stop = threading.Event()
    try:
        done = run_worker(runtime, stop, once=once)
    except KeyboardInterrupt:
        stop.set()
        return
    out.print(f"{done} items polled, triaged or sent")


@app.command()
def demo(
    serve_console: Annotated[bool, typer.Option("--serve/--no-serve", help="start the console after loading")] = True,
    live: Annotated[bool, typer.Option(help="replay the afternoon live while serving")] = True,
    speed: Annotated[float, typer.Option(help="replay speed: scenario minutes per real minute")] = 30.0,
) -> None:
    """Load the bundled demo scenario and start the console.

    With --live (the default when serving) the morning and the start of the emergency are loaded at
    once and the rest of the day arrives while you watch, `speed` times faster than real time.
    """
    from consuldesk.demo.loader import DEMO_USERS, LIVE_FROM, load_demo, replay

    runtime = _runtime()
    live = live and serve_console
    with Progress(TextColumn("loading the demo scenario"), BarColumn(), console=console, transient=True) as p:
        p.add_task("demo", total=None)
        loaded = load_demo(runtime, live_from=LIVE_FROM if live else None)
    if loaded.summary is None:
        out.print("Demo already loaded (delete the database to start it again).")
    else:
        out.print(f"Demo loaded: {loaded.summary.accepted} items, {loaded.summary.cases_opened} cases.")
    if loaded.upcoming:
        out.print(f"{len(loaded.upcoming)} more messages will arrive over the next "
                  f"{_replay_minutes(loaded.upcoming, speed):.0f} minutes.")
    url = f"http://{runtime.settings.host}:{runtime.settings.port}"
    out.print(f"\nOpen {url} and log in as one of these demo users:")
    for user in DEMO_USERS:
        scope = ", ".join(user.missions) or "all missions"
        out.print(f"  {user.username:<11} password {user.password:<21} ({', '.join(user.roles)}; {scope})")
    if serve_console:
        from consuldesk.demo.platforms import demo_platforms

        stop = threading.Event()
        feeder = threading.Thread(target=replay, args=(runtime, loaded.upcoming, stop),
                                  kwargs={"speed": speed}, daemon=True, name="consuldesk-demo-replay")
        feeder.start()
        try:
            with demo_platforms(runtime) as platforms:
                out.print("\nPublishing goes to stand-in platforms on this machine (nothing is posted for real):")
                for stand_in in platforms:
                    out.print(f"  {stand_in.platform:<9} {stand_in.handle:<34} {stand_in.url}")
                _serve(runtime, runtime.settings.host, runtime.settings.port)
        finally:
            stop.set()


def _replay_minutes(upcoming: list[RawItem], speed: float) -> float:
    times = [r.created_at for r in upcoming if r.created_at]
    return (max(times) - min(times)).total_seconds() / 60 / speed if times else 0.0


@app.command()
def render(
    platform: Annotated[str, typer.Option(help="x, bluesky, mastodon, instagram, linkedin, facebook, …")],
    file: Annotated[Path, typer.Option(help="advisory as JSON, or plain text/Markdown (first line = title)")],
    mastodon_limit: Annotated[int, typer.Option(help="the Mastodon instance's character limit")] = 500,
) -> None:
    """Render one advisory for a platform: prints {"platform": P, "parts": [{"text": …}, …]}."""
    import json

    from consuldesk.publishing.render import render_command

    try:
        result = render_command(platform, file, mastodon_max_characters=mastodon_limit)
    except ConsulDeskError as exc:
        raise _fail(exc) from exc
    typer.echo(json.dumps(result, ensure_ascii=False))


app.add_typer(models_app, name="models")

bench_app = typer.Typer(help="Benchmarks that print throughput and memory.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")


bench_app.command("triage")(bench_triage_command)


@bench_app.command("ingest")
def bench_ingest(
    items: Annotated[int, typer.Option(help="how many items to import")] = 100_000,
    database: Annotated[Path | None, typer.Option(help="SQLite file (default: a temporary one)")] = None,
) -> None:
    """Import N generated items into a fresh SQLite database; print items/s and peak memory."""
    from consuldesk.bench.ingest import run_ingest_benchmark

    run_ingest_benchmark(items, database, out)


def main() -> None:
    app()
