"""listen_due and run_stream against the fake platforms on 127.0.0.1, on a real migrated database."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from consuldesk.bootstrap import Runtime
from consuldesk.channels import listen
from consuldesk.channels.listen import ListenError, listen_due, run_stream
from consuldesk.channels.service import connector_for, do_connect_channel
from consuldesk.connectors.base import Connector
from consuldesk.connectors.fakes.base import FakeSlot
from consuldesk.connectors.fakes.mastodon import FakeMastodon
from consuldesk.connectors.fakes.server import FakeServer
from consuldesk.connectors.fakes.x import FakeX
from consuldesk.core.clock import FrozenClock
from consuldesk.errors import InvalidInput
from consuldesk.inbox.models import Channel, Item
from factories import make_mission

TOKEN = "listen-token-secret"
HANDLE = "@consulate@social.example"


@pytest.fixture
def mastodon(served: tuple[FakeSlot, FakeServer]) -> Iterator[FakeMastodon]:
    fake = FakeMastodon(token=TOKEN, heartbeat_seconds=0.05)
    served[0].current = fake
    yield fake
    fake.end_streams()


@pytest.fixture
def x(served: tuple[FakeSlot, FakeServer]) -> Iterator[FakeX]:
    fake = FakeX(token=TOKEN, consumer_secret="x-secret", consumer_key="x-key", keepalive_seconds=0.05)
    served[0].current = fake
    yield fake
    fake.stream_hub.end_all()


def connect(runtime: Runtime, platform: str, handle: str, options: dict[str, Any], mission: str = "lisbon") -> int:
    mission_id = make_mission(runtime, mission)
    with runtime.sessions() as session:
        channel = do_connect_channel(session, runtime.clock, runtime.credentials, actor_id=None, mission_id=mission_id,
                                     platform=platform, handle=handle, name=handle, options=options)
        session.commit()
        return int(channel.id)


def connect_mastodon(runtime: Runtime, served: tuple[FakeSlot, FakeServer], token: str = TOKEN) -> int:
    return connect(runtime, "mastodon", HANDLE, {"base_url": served[1].url, "access_token": token})


def connect_x(runtime: Runtime, served: tuple[FakeSlot, FakeServer]) -> int:
    options = {"base_url": served[1].url, "access_token": TOKEN, "consumer_secret": "x-secret",
               "consumer_key": "x-key", "user_id": "1500000000000000001"}
    return connect(runtime, "x", "@consulate", options)


def quick_streams(runtime: Runtime, silence: float = 2.0) -> None:
    """Real connectors from the stored credentials, with a short silence limit."""
    def build(channel: Channel) -> Connector:
        connector = connector_for(channel, runtime.credentials)
        connector.stream_silence_seconds = silence
        return connector
    runtime.connector_factory = build


def stored(runtime: Runtime) -> list[Item]:
    with runtime.sessions() as session:
        return list(session.scalars(select(Item).order_by(Item.id)))


def channel_row(runtime: Runtime, channel_id: int) -> Channel:
    with runtime.sessions() as session:
        channel = session.get(Channel, channel_id)
        assert channel is not None
        return channel


def advance(runtime: Runtime, seconds: float) -> None:
    assert isinstance(runtime.clock, FrozenClock)
    runtime.clock.advance(timedelta(seconds=seconds))


def eventually(check: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


# -- listen_due ------------------------------------------------------------------------------------


def test_poll_stores_mentions_then_waits_for_the_interval(
    runtime: Runtime, mastodon: FakeMastodon, served: tuple[FakeSlot, FakeServer]
) -> None:
    channel_id = connect_mastodon(runtime, served)
    first, second = mastodon.add_mention("passport lost in Porto"), mastodon.add_mention("visa question")
    assert listen_due(runtime, interval_seconds=60) == 2
    items = stored(runtime)
    assert [i.external_id for i in items] == [first["status"]["id"], second["status"]["id"]]
    assert {(i.channel_id, i.status) for i in items} == {(channel_id, "received")}  # triage is the worker's job
    channel = channel_row(runtime, channel_id)
    assert channel.listen_cursor == second["id"] and channel.last_success_at == runtime.clock.now()
    assert channel.listen_next_at == runtime.clock.now() + timedelta(seconds=60)

    third = mastodon.add_mention("are you open on Friday?")
    assert listen_due(runtime, interval_seconds=60) == 0  # not due yet: no request at all
    assert len(mastodon.seen("GET", "/api/v1/notifications")) == 1
    advance(runtime, 60)
    assert listen_due(runtime, interval_seconds=60) == 1
    assert f"min_id={second['id']}" in mastodon.seen("GET", "/api/v1/notifications")[-1].query
    assert [i.external_id for i in stored(runtime)][-1] == third["status"]["id"]


def test_a_crash_before_the_cursor_is_saved_stores_nothing_twice(
    runtime: Runtime, mastodon: FakeMastodon, served: tuple[FakeSlot, FakeServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    channel_id = connect_mastodon(runtime, served)
    mastodon.add_mention("one")
    assert listen_due(runtime) == 1
    mastodon.add_mention("two")
    mastodon.add_mention("three")
    saved_update = listen._update

    def crash_on_cursor(*args: Any, **kwargs: Any) -> None:
        if kwargs.get("cursor") is not None:
            raise RuntimeError("process killed after the items were committed")
        saved_update(*args, **kwargs)

    monkeypatch.setattr(listen, "_update", crash_on_cursor)
    advance(runtime, 3600)
    with pytest.raises(RuntimeError):
        listen_due(runtime)
    assert len(stored(runtime)) == 3
    monkeypatch.setattr(listen, "_update", saved_update)
    advance(runtime, 3600)  # the claim's lease ran out: the restarted worker polls again from the old cursor
    assert listen_due(runtime) == 0
    with runtime.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Item)) == 3
    assert channel_row(runtime, channel_id).listen_cursor == mastodon.notifications[-1]["id"]


def test_a_429_postpones_the_next_poll_without_an_error(
    runtime: Runtime, mastodon: FakeMastodon, served: tuple[FakeSlot, FakeServer]
) -> None:
    channel_id = connect_mastodon(runtime, served)
    mastodon.add_mention("hello")
    mastodon.refuse_next_poll(reset_in=600)
    assert listen_due(runtime, interval_seconds=30) == 0
    channel = channel_row(runtime, channel_id)
    assert channel.listen_next_at is not None
    wait = (channel.listen_next_at - runtime.clock.now()).total_seconds()
    assert 500 < wait <= 601 and channel.last_error is None and channel.listen_cursor is None
    advance(runtime, 300)
    assert listen_due(runtime, interval_seconds=30) == 0
    assert len(mastodon.seen("GET", "/api/v1/notifications")) == 1
    advance(runtime, 301)
    assert listen_due(runtime, interval_seconds=30) == 1


def test_failures_are_recorded_on_the_channel_and_backed_off(
    runtime: Runtime, mastodon: FakeMastodon, served: tuple[FakeSlot, FakeServer]
) -> None:
    channel_id = connect_mastodon(runtime, served, token="revoked")
    assert listen_due(runtime, error_backoff_seconds=300) == 0
    channel = channel_row(runtime, channel_id)
    assert channel.last_error == "The access token is invalid (HTTP 401)"
    assert channel.listen_next_at == runtime.clock.now() + timedelta(seconds=300)


def test_a_channel_that_cannot_be_built_fails_alone(
    runtime: Runtime, mastodon: FakeMastodon, served: tuple[FakeSlot, FakeServer]
) -> None:
    broken = connect_mastodon(runtime, served)
    with runtime.sessions() as session:
        row = session.get(Channel, broken)
        assert row is not None
        row.config = {**row.config, "visibility": "everyone"}
        session.commit()
    working = connect(runtime, "mastodon", "@other@social.example", {"base_url": served[1].url, "access_token": TOKEN})
    mastodon.add_mention("still arrives")
    assert listen_due(runtime) == 1
    assert "visibility" in (channel_row(runtime, broken).last_error or "")
    assert channel_row(runtime, working).last_error is None


def test_channels_that_do_not_fetch_or_are_streamed_are_left_alone(
    runtime: Runtime, mastodon: FakeMastodon, served: tuple[FakeSlot, FakeServer]
) -> None:
    bluesky = connect(runtime, "bluesky", "consulate.bsky.social",
                      {"base_url": served[1].url, "identifier": "consulate.bsky.social", "app_password": "p"})
    streamed = connect_mastodon(runtime, served)
    assert listen_due(runtime, interval_seconds=45, skip={streamed}) == 0
    assert channel_row(runtime, bluesky).listen_next_at == runtime.clock.now() + timedelta(seconds=45)
    assert channel_row(runtime, streamed).listen_next_at is None
    assert mastodon.seen("GET", "/api/v1/notifications") == []


def test_listen_error_is_a_publish_error_for_the_health_panel() -> None:
    error = ListenError("x", "channel 3 is not fully configured")
    assert error.retryable and error.status is None and error.message == "channel 3 is not fully configured"


# -- run_stream ------------------------------------------------------------------------------------


class Streaming:
    """run_stream in a thread; `finish` stops it with a deadline (the `streaming` fixture does, too)."""

    def __init__(self, runtime: Runtime, channel_id: int, **options: Any) -> None:
        self.stop = threading.Event()
        self.result: int | None = None
        self.error: BaseException | None = None
        options = {"flush_seconds": 0.05, "reconnect_seconds": 0.05, "backoff_seconds": 0.1,
                   "healthy_seconds": 0.3} | options
        self._thread = threading.Thread(target=self._run, args=(runtime, channel_id, options), daemon=True)
        self._thread.start()

    def _run(self, runtime: Runtime, channel_id: int, options: dict[str, Any]) -> None:
        try:
            self.result = run_stream(runtime, channel_id, self.stop, **options)
        except BaseException as exc:
            self.error = exc

    def finish(self) -> int:
        self.stop.set()
        self._thread.join(timeout=10)
        assert not self._thread.is_alive(), "run_stream did not stop"
        assert self.error is None, self.error
        assert self.result is not None
        return self.result


@pytest.fixture
def streaming() -> Iterator[Callable[..., Streaming]]:
    """Starts run_stream threads and stops every one of them after the test, even a failed one."""
    started: list[Streaming] = []

    def start(runtime: Runtime, channel_id: int, **options: Any) -> Streaming:
        started.append(Streaming(runtime, channel_id, **options))
        return started[-1]

    yield start
    for each in started:
        each.stop.set()
    for each in started:
        each.finish()


def texts(runtime: Runtime) -> list[str]:
    return [i.text for i in stored(runtime)]


def test_stream_stores_batches_and_resumes_after_a_restart(
    runtime: Runtime, mastodon: FakeMastodon, served: tuple[FakeSlot, FakeServer],
    streaming: Callable[..., Streaming],
) -> None:
    channel_id = connect_mastodon(runtime, served)
    quick_streams(runtime)
    first = streaming(runtime, channel_id, batch_size=2)
    assert mastodon.stream_hub.wait_connected()
    for text in ("one", "two", "three"):
        mastodon.add_mention(text)
    assert eventually(lambda: len(stored(runtime)) == 3)  # the third is alone: flushed by time, not size
    assert first.finish() == 3
    assert channel_row(runtime, channel_id).listen_cursor == mastodon.notifications[-1]["id"]

    mastodon.add_mention("said while the desk was down")
    again = streaming(runtime, channel_id)
    assert mastodon.stream_hub.wait_connected(2)
    mastodon.add_mention("after the restart")
    assert eventually(lambda: len(stored(runtime)) == 5)
    assert again.finish() == 2
    assert texts(runtime) == ["one", "two", "three", "said while the desk was down", "after the restart"]
    assert channel_row(runtime, channel_id).listen_cursor == mastodon.notifications[-1]["id"]


def test_keepalives_only_store_nothing_and_silence_reconnects(
    runtime: Runtime, x: FakeX, served: tuple[FakeSlot, FakeServer], streaming: Callable[..., Streaming]
) -> None:
    channel_id = connect_x(runtime, served)
    quick_streams(runtime, silence=1.0)
    running = streaming(runtime, channel_id)
    assert x.stream_hub.wait_connected()
    time.sleep(0.6)  # keep-alives every 0.05 s: nothing to store, nothing wrong
    assert stored(runtime) == [] and x.stream_hub.connects == 1
    assert channel_row(runtime, channel_id).last_error is None
    x.stream_hub.silent = True
    assert eventually(lambda: channel_row(runtime, channel_id).last_error is not None)
    assert "silent" in (channel_row(runtime, channel_id).last_error or "")
    x.stream_hub.silent = False
    assert x.stream_hub.wait_connected(x.stream_hub.connects + 1)
    x.stream_post("back again")
    assert eventually(lambda: texts(runtime) == ["back again"])
    assert running.finish() == 1
    channel = channel_row(runtime, channel_id)
    assert channel.last_error_at is not None and channel.last_success_at is not None


def test_operational_disconnect_and_rate_limit_reconnect_without_loss(
    runtime: Runtime, x: FakeX, served: tuple[FakeSlot, FakeServer], streaming: Callable[..., Streaming]
) -> None:
    channel_id = connect_x(runtime, served)
    quick_streams(runtime)
    running = streaming(runtime, channel_id)
    assert x.stream_hub.wait_connected()
    first = x.stream_post("before the disconnect", mention=True)
    assert eventually(lambda: len(stored(runtime)) == 1)
    x.refuse_next_stream(reset_in=1)
    x.disconnect_streams()
    assert x.stream_hub.wait_connected(2)
    x.stream_post("after the reconnect")
    assert eventually(lambda: len(stored(runtime)) == 2)
    assert running.finish() == 2
    assert len(x.seen("GET", "/2/tweets/search/stream")) == 3  # refused once, then connected again
    channel = channel_row(runtime, channel_id)
    assert channel.last_error is None  # a disconnect and a rate limit are not failures
    assert f"since_id={first['id']}" in x.seen("GET", "/2/users/1500000000000000001/mentions")[-1].query


def test_run_stream_refuses_channels_that_cannot_stream(runtime: Runtime, served: tuple[FakeSlot, FakeServer]) -> None:
    options = {"base_url": served[1].url, "bot_token": "1:abc", "webhook_secret_token": "s"}
    channel_id = connect(runtime, "telegram", "@bot", options)
    with pytest.raises(InvalidInput):
        run_stream(runtime, channel_id, threading.Event())
