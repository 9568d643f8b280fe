"""The worker's stream supervisor: Bluesky channels are streamed, stored, and skipped by polling."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select

from consuldesk.bootstrap import Runtime
from consuldesk.channels.service import do_connect_channel
from consuldesk.connectors.fakes.bluesky import FakeBluesky
from consuldesk.connectors.fakes.server import FakeServer
from consuldesk.core.clock import SystemClock
from consuldesk.inbox.models import Channel, Item
from consuldesk.workers.streams import StreamSupervisor, should_stream
from factories import make_mission

pytest.importorskip("websockets", reason="Jetstream needs the websockets package")


def test_only_connected_bluesky_and_keyed_x_channels_stream() -> None:
    assert should_stream(Channel(platform="bluesky", secret_box="sealed", config={}))
    assert not should_stream(Channel(platform="bluesky", secret_box=None, config={}))
    assert should_stream(Channel(platform="x", secret_box="sealed", config={"consumer_key": "k"}))
    assert not should_stream(Channel(platform="x", secret_box="sealed", config={}))
    assert not should_stream(Channel(platform="mastodon", secret_box="sealed", config={}))
    assert should_stream(Channel(platform="mastodon", secret_box="sealed", config={"streaming": True}))


def test_supervisor_streams_a_bluesky_channel_into_the_inbox(sqlite_runtime: Runtime) -> None:
    runtime = sqlite_runtime
    runtime.clock = SystemClock()  # the stream's batches flush on real time
    mission_id = make_mission(runtime)
    fake = FakeBluesky()
    with FakeServer(fake.app) as server:
        with runtime.sessions() as session:
            channel = do_connect_channel(
                session, runtime.clock, runtime.credentials, actor_id=None, mission_id=mission_id,
                platform="bluesky", handle="consulate.bsky.social", name="Bluesky",
                options={"base_url": server.url, "identifier": "consulate.bsky.social",
                         "app_password": "app-pass-1234", "jetstream_url": server.url.replace("http://", "ws://")})
            session.commit()
            channel_id = channel.id
        supervisor = StreamSupervisor(runtime, refresh_seconds=0)
        try:
            supervisor.refresh()
            assert supervisor.active() == {channel_id}
            deadline = time.monotonic() + 10
            while fake.jetstream_open < 1 and time.monotonic() < deadline:
                time.sleep(0.02)
            fake.jetstream_post("@consulate.bsky.social our flight was cancelled, what now?", mention=fake.did)
            stored = 0
            while stored == 0 and time.monotonic() < deadline:
                time.sleep(0.05)
                with runtime.sessions() as session:
                    stored = session.scalar(select(func.count()).select_from(Item)) or 0
            assert stored == 1
        finally:
            supervisor.stop_all()
        assert supervisor.active() == set()
