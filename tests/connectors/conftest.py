"""One fake-platform server per test module; each test puts its own fresh fake behind it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from consuldesk.connectors.fakes.base import FakeSlot
from consuldesk.connectors.fakes.server import FakeServer


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[FakeSlot, FakeServer]]:
    """A server on 127.0.0.1 forwarding to `slot.current` (starting uvicorn per test would be slow)."""
    slot = FakeSlot()
    with FakeServer(slot) as server:
        yield slot, server


@pytest.fixture
def url(served: tuple[FakeSlot, FakeServer]) -> str:
    return served[1].url
