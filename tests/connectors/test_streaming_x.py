"""XConnector.stream against FakeX on 127.0.0.1: NDJSON, keep-alives, disconnects, limits, silence."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from consuldesk.connectors.fakes.server import FakeServer
from consuldesk.connectors.fakes.streams import StreamConsumer
from consuldesk.connectors.fakes.x import FakeSlot, FakeX
from consuldesk.connectors.models import Cursor, PublishError, RetryAfter
from consuldesk.connectors.registry import secret_fields
from consuldesk.connectors.streaming import Streams, StreamStalled
from consuldesk.connectors.x import XConfig, XConnector

TOKEN = "x-user-token-very-secret"
SECRET = "x-consumer-secret/with+odd=chars"
KEY = "x-consumer-key"


@pytest.fixture
def fake(served: tuple[FakeSlot, FakeServer]) -> Iterator[FakeX]:
    fake = FakeX(token=TOKEN, consumer_secret=SECRET, consumer_key=KEY, keepalive_seconds=0.05)
    served[0].current = fake
    yield fake
    fake.stream_hub.end_all()


def connect(served: tuple[FakeSlot, FakeServer], silence: float = 2.0, **overrides: Any) -> XConnector:
    options: dict[str, Any] = {
        "base_url": served[1].url,
        "access_token": TOKEN,
        "consumer_secret": SECRET,
        "consumer_key": KEY,
        "user_id": "1500000000000000001",
    }
    connector = XConnector(XConfig.model_validate(options | overrides))
    connector.stream_silence_seconds = silence
    return connector


def test_it_streams_and_keeps_secrets_sealed(served: tuple[FakeSlot, FakeServer]) -> None:
    connector = connect(served)
    assert isinstance(connector, Streams)
    assert secret_fields("x") == {"access_token", "consumer_secret"}  # the API key alone proves nothing


def test_posts_arrive_with_matching_rules_and_their_cursor(fake: FakeX, served: tuple[FakeSlot, FakeServer]) -> None:
    consumer = StreamConsumer(connect(served))
    assert fake.stream_hub.wait_connected()
    first = fake.stream_post("Мій паспорт загубився в Лісабоні, що робити?", username="olena")
    second = fake.stream_post("@consulate thanks!", in_reply_to=first["id"])
    assert consumer.wait_for(2)
    assert consumer.finish()
    (a, cursor_a), (b, cursor_b) = consumer.received
    assert (a.external_id, cursor_a) == (first["id"], Cursor(first["id"]))
    assert (b.external_id, cursor_b) == (second["id"], Cursor(second["id"]))
    assert (b.in_reply_to, b.kind) == (first["id"], "reply")
    assert a.author_handle == "olena" and a.text.startswith("Мій паспорт")
    assert a.raw["matching_rules"] == [{"id": "1700000000000000001", "tag": "consulate"}]
    stream_requests = fake.seen("GET", "/2/tweets/search/stream")
    assert stream_requests[0].headers["authorization"] == f"Bearer {fake.app_token}"
    assert "expansions=author_id" in stream_requests[0].query and "backfill_minutes" not in stream_requests[0].query


def test_keepalives_alone_produce_nothing_and_do_not_stall(fake: FakeX, served: tuple[FakeSlot, FakeServer]) -> None:
    consumer = StreamConsumer(connect(served, silence=0.6))
    assert fake.stream_hub.wait_connected()
    time.sleep(1.0)  # longer than the silence limit, bridged by keep-alives every 0.05 s
    assert consumer.received == [] and consumer.error is None and not consumer.returned
    assert consumer.finish(timeout=2.0)
    assert consumer.returned


def test_a_silent_stream_is_dead(fake: FakeX, served: tuple[FakeSlot, FakeServer]) -> None:
    fake.stream_hub.silent = True
    started = time.monotonic()
    consumer = StreamConsumer(connect(served, silence=0.3))
    assert consumer.wait_ended(timeout=5.0)
    assert isinstance(consumer.error, StreamStalled) and consumer.error.retryable
    assert time.monotonic() - started < 4.0


def test_operational_disconnect_ends_the_stream_for_a_reconnect(
    fake: FakeX, served: tuple[FakeSlot, FakeServer]
) -> None:
    consumer = StreamConsumer(connect(served))
    assert fake.stream_hub.wait_connected()
    fake.stream_post("before the disconnect")
    fake.disconnect_streams()
    assert consumer.wait_ended()
    assert consumer.returned and consumer.error is None
    assert [i.text for i in consumer.items] == ["before the disconnect"]


def test_stop_is_prompt_even_between_keepalives(served: tuple[FakeSlot, FakeServer]) -> None:
    fake = FakeX(token=TOKEN, consumer_secret=SECRET, consumer_key=KEY, keepalive_seconds=30.0)
    served[0].current = fake
    consumer = StreamConsumer(connect(served, silence=60.0))
    assert fake.stream_hub.wait_connected()
    time.sleep(0.1)
    started = time.monotonic()
    assert consumer.finish(timeout=3.0)
    assert time.monotonic() - started < 2.0 and consumer.returned
    fake.stream_hub.end_all()


def test_bad_lines_and_own_posts_are_skipped(fake: FakeX, served: tuple[FakeSlot, FakeServer]) -> None:
    consumer = StreamConsumer(connect(served))
    assert fake.stream_hub.wait_connected()
    fake.stream_line(b'{"data": {"id": "1", "text": "truncated')
    fake.stream_line(b'{"errors": [{"title": "Not Found Error", "detail": "Could not find tweet"}]}')
    fake.stream_line("{\"data\": {\"id\": \"5\", \"text\": \"line\u2028separator\", \"author_id\": \"7\"}}".encode())
    fake.stream_post("our own post", author_id="1500000000000000001", username="consulate")
    fake.stream_post("a citizen")
    assert consumer.wait_for(2)
    assert consumer.finish()
    assert [i.text for i in consumer.items] == ["line\u2028separator", "a citizen"]


def test_429_on_connect_is_retry_after(fake: FakeX, served: tuple[FakeSlot, FakeServer]) -> None:
    fake.refuse_next_stream(reset_in=120)
    consumer = StreamConsumer(connect(served))
    assert consumer.wait_ended()
    assert isinstance(consumer.error, RetryAfter) and 100 <= consumer.error.seconds <= 121


def test_too_many_connections_is_a_429(served: tuple[FakeSlot, FakeServer]) -> None:
    fake = FakeX(token=TOKEN, consumer_secret=SECRET, consumer_key=KEY, keepalive_seconds=0.05,
                 max_stream_connections=1)
    served[0].current = fake
    first = StreamConsumer(connect(served))
    assert fake.stream_hub.wait_connected()
    second = StreamConsumer(connect(served))
    assert second.wait_ended()
    assert isinstance(second.error, RetryAfter) and second.error.seconds >= 60  # X: back off from a minute
    assert first.finish()
    fake.stream_hub.end_all()


def test_user_token_or_missing_key_cannot_stream(fake: FakeX, served: tuple[FakeSlot, FakeServer]) -> None:
    no_key = StreamConsumer(connect(served, consumer_key=None))
    assert no_key.wait_ended()
    assert isinstance(no_key.error, PublishError) and not no_key.error.retryable
    assert "API key" in no_key.error.message
    wrong = StreamConsumer(connect(served, consumer_secret="wrong"))
    assert wrong.wait_ended()
    assert isinstance(wrong.error, PublishError) and wrong.error.status == 403


def test_revoked_app_token_is_exchanged_again(fake: FakeX, served: tuple[FakeSlot, FakeServer]) -> None:
    connector = connect(served)
    first = StreamConsumer(connector)
    assert fake.stream_hub.wait_connected()
    assert first.finish()
    fake.app_token = "rotated-app-token"
    refused = StreamConsumer(connector)
    assert refused.wait_ended()
    assert isinstance(refused.error, PublishError) and refused.error.status == 401
    again = StreamConsumer(connector)
    assert fake.stream_hub.wait_connected(2)
    assert again.finish()
    assert len(fake.seen("POST", "/oauth2/token")) == 2


def test_backfill_on_reconnect_replays_what_was_missed(fake: FakeX, served: tuple[FakeSlot, FakeServer]) -> None:
    connector = connect(served, stream_backfill_minutes=2)
    missed = fake.stream_post("posted while we were away")
    consumer = StreamConsumer(connector, cursor=Cursor("1"))
    assert consumer.wait_for(1)
    assert consumer.finish()
    assert consumer.items[0].external_id == missed["id"]
    assert "backfill_minutes=2" in fake.seen("GET", "/2/tweets/search/stream")[-1].query


# -- filtered-stream rules -------------------------------------------------------------------------

TAG = "consuldesk:1500000000000000001"


def test_rules_are_synced_before_the_stream_connects(fake: FakeX, served: tuple[FakeSlot, FakeServer]) -> None:
    fake.rules["1"] = {"id": "1", "value": "from:someone_else", "tag": "another tool"}
    fake.rules["2"] = {"id": "2", "value": "old rule", "tag": TAG}
    rules = ["@consulate", '"embassy lisbon" -is:retweet']
    consumer = StreamConsumer(connect(served, stream_rules="\n".join(rules) + "\n@consulate\n"))
    assert fake.stream_hub.wait_connected()
    assert consumer.finish()
    assert sorted((r["value"], r["tag"]) for r in fake.rules.values()) == sorted(
        [("from:someone_else", "another tool"), *((rule, TAG) for rule in rules)]
    )
    changes = fake.seen("POST", "/2/tweets/search/stream/rules")
    assert changes and all(c.headers["authorization"] == f"Bearer {fake.app_token}" for c in changes)
    assert fake.seen("GET", "/2/tweets/search/stream/rules")[0].headers["authorization"] == f"Bearer {fake.app_token}"


def test_no_rules_removes_only_this_channels_rules(fake: FakeX, served: tuple[FakeSlot, FakeServer]) -> None:
    fake.rules["1"] = {"id": "1", "value": "from:someone_else", "tag": "consuldesk:42"}
    fake.rules["2"] = {"id": "2", "value": "@consulate", "tag": TAG}
    consumer = StreamConsumer(connect(served))
    assert fake.stream_hub.wait_connected()
    assert consumer.finish()
    assert list(fake.rules) == ["1"]


def test_a_rule_x_refuses_is_reported_and_nothing_streams(fake: FakeX, served: tuple[FakeSlot, FakeServer]) -> None:
    connector = connect(served, stream_rules=['"unbalanced quote'])
    with pytest.raises(PublishError, match=r"refused stream rules.*unbalanced quote"):
        next(iter(connector.stream(None, threading.Event())))
    assert not fake.seen("GET", "/2/tweets/search/stream")


def test_a_rule_another_channel_added_is_not_an_error(fake: FakeX, served: tuple[FakeSlot, FakeServer]) -> None:
    fake.rules["1"] = {"id": "1", "value": "@consulate", "tag": "consuldesk:42"}
    consumer = StreamConsumer(connect(served, stream_rules=["@consulate"]))
    assert fake.stream_hub.wait_connected()
    assert consumer.finish() and consumer.error is None


def test_overlong_rules_are_refused_when_the_channel_is_configured() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="at most 1024 characters"):
        XConfig.model_validate({"access_token": TOKEN, "stream_rules": ["x" * 1025]})
