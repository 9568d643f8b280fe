"""Shared fixtures: a migrated database per test on SQLite and PostgreSQL, with a frozen clock.

PostgreSQL tests use CONSULDESK_TEST_PG_URL (default: the local `test` database). Where PostgreSQL is
absent they skip with the reason, except under CI (CI=true), where a missing service is a failure.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import text

from consuldesk.auth import service as auth_service
from consuldesk.bootstrap import Runtime, bootstrap
from consuldesk.connectors.fakes.base import FakeSlot
from consuldesk.connectors.fakes.server import FakeServer
from consuldesk.core.clock import FrozenClock
from consuldesk.settings import Settings
from consuldesk.storage.base import Base

PG_URL = os.environ.get("CONSULDESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
START = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def require_service(reason: str) -> None:
    """Skip a test whose service is missing, but fail under CI, which must run every suite."""
    if IN_CI:
        pytest.fail(f"{reason} (CI must run this suite)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheap argon2 parameters in tests (0.3 s a hash otherwise); still real argon2 hashes."""
    monkeypatch.setattr(auth_service, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (migrating once keeps the suite fast)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    runtime = bootstrap(Settings(database_url=f"sqlite:///{path}"))
    runtime.migrate()
    runtime.engine.dispose()
    return path


@pytest.fixture(scope="session")
def pg_migrated() -> Iterator[str]:
    try:
        runtime = bootstrap(Settings(database_url=PG_URL))
        with runtime.engine.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:  # no server, no driver, no database
        require_service(f"PostgreSQL not reachable at {PG_URL}: {type(exc).__name__}")
    with runtime.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    runtime.migrate()
    runtime.engine.dispose()
    yield PG_URL


def _truncate_pg(runtime: Runtime) -> None:
    names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with runtime.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def runtime(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[Runtime]:
    """A Runtime on a fresh, migrated database of each backend, with a FrozenClock at START."""
    clock = FrozenClock(START)
    if request.param == "sqlite":
        path = tmp_path / "desk.db"
        shutil.copy(sqlite_template, path)
        rt = bootstrap(Settings(database_url=f"sqlite:///{path}", import_batch_size=50, import_processes=1,
                                secret_key_file=tmp_path / "secret.key"), clock)
    else:
        url = request.getfixturevalue("pg_migrated")
        rt = bootstrap(Settings(database_url=url, import_batch_size=50, import_processes=1,
                                secret_key_file=tmp_path / "secret.key"), clock)
        _truncate_pg(rt)
    yield rt
    rt.engine.dispose()


@pytest.fixture
def sqlite_runtime(tmp_path: Path, sqlite_template: Path) -> Iterator[Runtime]:
    """SQLite only, for tests about the embedded default itself (CLI, console, browser)."""
    path = tmp_path / "desk.db"
    shutil.copy(sqlite_template, path)
    settings = Settings(database_url=f"sqlite:///{path}", secret_key_file=tmp_path / "secret.key")
    rt = bootstrap(settings, FrozenClock(START))
    yield rt
    rt.engine.dispose()


# -- fake platform servers ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[FakeSlot, FakeServer]]:
    """One fake-platform server per test module, forwarding to `slot.current` (a uvicorn per test is slow)."""
    slot = FakeSlot()
    with FakeServer(slot) as server:
        yield slot, server


@pytest.fixture
def url(served: tuple[FakeSlot, FakeServer]) -> str:
    return served[1].url
