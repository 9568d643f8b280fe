"""MastodonConnector.stream against FakeMastodon on 127.0.0.1: SSE, heartbeats, redirects, limits."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from consuldesk.connectors.fakes.base import FakeSlot
from consuldesk.connectors.fakes.mastodon import FakeMastodon
from consuldesk.connectors.fakes.server import FakeServer
from consuldesk.connectors.fakes.streams import StreamConsumer
from consuldesk.connectors.mastodon import MastodonConfig, MastodonConnector
from consuldesk.connectors.models import Cursor, PublishError, RetryAfter
from consuldesk.connectors.streaming import Streams, StreamStalled

TOKEN = "mastodon-token-very-secret"


@pytest.fixture
def fake(served: tuple[FakeSlot, FakeServer]) -> Iterator[FakeMastodon]:
    fake = FakeMastodon(token=TOKEN, heartbeat_seconds=0.05)
    served[0].current = fake
    yield fake
    fake.end_streams()


def connect(url: str, silence: float = 2.0, **overrides: Any) -> MastodonConnector:
    connector = MastodonConnector(MastodonConfig.model_validate({"base_url": url, "access_token": TOKEN} | overrides))
    connector.stream_silence_seconds = silence
    return connector


def test_mentions_arrive_with_the_notification_id_as_cursor(
    fake: FakeMastodon, served: tuple[FakeSlot, FakeServer]
) -> None:
    connector = connect(served[1].url)
    assert isinstance(connector, Streams)
    consumer = StreamConsumer(connector)
    assert fake.stream_hub.wait_connected()
    fake.stream_update("a followed account's post: not a message to us")
    fake.add_notification("favourite")
    mention = fake.add_mention("@consulate my passport was stolen in Porto")
    fake.stream_event("delete", "109000000000000999")
    fake.stream_event("filters_changed", "undefined")
    assert consumer.wait_for(1)
    assert consumer.finish()
    [(item, cursor)] = consumer.received
    assert item.external_id == mention["status"]["id"] and item.author_handle == "citizen@elsewhere.example"
    assert "passport was stolen" in item.text
    assert cursor == Cursor(mention["id"])
    request = fake.seen("GET", "/api/v1/streaming/user")[0]
    assert request.headers["authorization"] == f"Bearer {TOKEN}" and "access_token" not in request.query


def test_the_stream_cursor_resumes_a_poll(fake: FakeMastodon, served: tuple[FakeSlot, FakeServer]) -> None:
    connector = connect(served[1].url)
    consumer = StreamConsumer(connector)
    assert fake.stream_hub.wait_connected()
    fake.add_mention("first")
    assert consumer.wait_for(1)
    assert consumer.finish()
    fake.add_mention("said while we were disconnected")
    items, _ = connector.fetch(consumer.received[-1][1])
    assert [i.text for i in items] == ["said while we were disconnected"]


def test_heartbeats_alone_produce_nothing_and_silence_is_dead(
    fake: FakeMastodon, served: tuple[FakeSlot, FakeServer]
) -> None:
    alive = StreamConsumer(connect(served[1].url, silence=0.6))
    assert fake.stream_hub.wait_connected()
    time.sleep(1.0)
    assert alive.received == [] and alive.error is None and not alive.returned
    fake.stream_hub.silent = True
    assert alive.wait_ended(timeout=5.0)
    assert isinstance(alive.error, StreamStalled)


def test_a_closed_stream_returns_for_a_reconnect(fake: FakeMastodon, served: tuple[FakeSlot, FakeServer]) -> None:
    consumer = StreamConsumer(connect(served[1].url))
    assert fake.stream_hub.wait_connected()
    fake.end_streams()
    assert consumer.wait_ended()
    assert consumer.returned and consumer.error is None


def test_limits_and_bad_tokens(fake: FakeMastodon, served: tuple[FakeSlot, FakeServer]) -> None:
    fake.refuse_next_stream(reset_in=90)
    limited = StreamConsumer(connect(served[1].url))
    assert limited.wait_ended()
    assert isinstance(limited.error, RetryAfter) and 60 <= limited.error.seconds <= 91
    refused = StreamConsumer(connect(served[1].url, access_token="revoked"))
    assert refused.wait_ended()
    assert isinstance(refused.error, PublishError) and refused.error.status == 401


def test_health_endpoint_answers_ok(fake: FakeMastodon, served: tuple[FakeSlot, FakeServer]) -> None:
    assert httpx.get(f"{served[1].url}/api/v1/streaming/health").text == "OK"


def test_redirect_to_the_streaming_host_keeps_the_token(served: tuple[FakeSlot, FakeServer]) -> None:
    fake = FakeMastodon(token=TOKEN, heartbeat_seconds=0.05)
    served[0].current = fake
    with FakeServer(fake.app) as streaming:
        fake.streaming_base = streaming.url
        consumer = StreamConsumer(connect(served[1].url))
        assert fake.stream_hub.wait_connected()
        fake.add_mention("via the streaming host")
        assert consumer.wait_for(1)
        assert consumer.finish()
        fake.end_streams()
    hops = fake.seen("GET", "/api/v1/streaming/user")
    assert len(hops) == 2 and all(h.headers.get("authorization") == f"Bearer {TOKEN}" for h in hops)
    assert hops[1].headers["host"] == streaming.url.removeprefix("http://")
