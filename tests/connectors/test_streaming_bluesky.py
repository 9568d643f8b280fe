"""BlueskyConnector.stream against FakeBluesky's Jetstream on 127.0.0.1 (a real WebSocket)."""

from __future__ import annotations

import base64
import hashlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs

import pytest

from consuldesk.connectors.bluesky import BlueskyConfig, BlueskyConnector
from consuldesk.connectors.bluesky.stream import RESUME_OVERLAP_US
from consuldesk.connectors.fakes.base import FakeSlot
from consuldesk.connectors.fakes.bluesky import FakeBluesky
from consuldesk.connectors.fakes.server import FakeServer
from consuldesk.connectors.fakes.streams import StreamConsumer
from consuldesk.connectors.models import Cursor, PublishError, RetryAfter
from consuldesk.connectors.streaming import Streams, StreamStalled

pytest.importorskip("websockets", reason="Jetstream needs the websockets package")

CITIZEN = "did:plc:citizen4xqzq3lq2r"
OTHER = "did:plc:someone5else6entirely"


@pytest.fixture
def fake(served: tuple[FakeSlot, FakeServer]) -> Iterator[FakeBluesky]:
    fake = FakeBluesky()
    served[0].current = fake
    yield fake
    fake.end_jetstream()


def connect(url: str, silence: float = 2.0, **overrides: Any) -> BlueskyConnector:
    options = {"base_url": url, "identifier": "consulate.bsky.social", "app_password": "app-pass-1234",
               "jetstream_url": url.replace("http://", "ws://")}
    connector = BlueskyConnector(BlueskyConfig.model_validate(options | overrides))
    connector.stream_silence_seconds = silence
    return connector


def wait_open(fake: FakeBluesky, count: int = 1, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while len(fake.jetstream_queries) < count or fake.jetstream_open < 1:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_only_posts_addressed_to_the_account_are_imported(
    fake: FakeBluesky, served: tuple[FakeSlot, FakeServer]
) -> None:
    ours = fake.add_post("Consular hours this week", did=fake.did)
    connector = connect(served[1].url)
    assert isinstance(connector, Streams)
    consumer = StreamConsumer(connector)
    assert wait_open(fake)
    fake.jetstream_post("unrelated chatter")
    fake.jetstream_post("our own echo", did=fake.did, mention=fake.did)
    fake.jetstream_event({"did": CITIZEN, "kind": "identity", "identity": {"did": CITIZEN, "handle": "c.bsky.social"}})
    fake.jetstream_event({"did": CITIZEN, "kind": "commit",
                          "commit": {"operation": "delete", "collection": "app.bsky.feed.post", "rkey": "3l3q"}})
    fake.jetstream_event({"did": CITIZEN, "kind": "commit", "commit": {
        "operation": "create", "collection": "app.bsky.feed.like", "rkey": "3l3r", "record": {"text": "x"}}})
    mention = fake.jetstream_post("@consulate.bsky.social my visa appointment?", mention=fake.did)
    reply = fake.jetstream_post("Are you open on Friday?", reply_to=ours)
    quote = fake.jetstream_post("Read this, everyone", did=OTHER, quote=ours)
    assert consumer.wait_for(3)
    assert consumer.finish()
    assert [i.text for i in consumer.items] == [
        "@consulate.bsky.social my visa appointment?", "Are you open on Friday?", "Read this, everyone"]
    assert [c for _, c in consumer.received] == [Cursor(str(e["time_us"])) for e in (mention, reply, quote)]
    reply_item = consumer.items[1]
    assert reply_item.kind == "reply" and reply_item.in_reply_to == ours["uri"] and reply_item.thread_ref == ours["uri"]
    query = parse_qs(fake.jetstream_queries[0])
    assert query == {"wantedCollections": ["app.bsky.feed.post"]}
    assert fake.logins == 1


def test_followed_dids_are_asked_for_and_kept_whole(fake: FakeBluesky, served: tuple[FakeSlot, FakeServer]) -> None:
    consumer = StreamConsumer(connect(served[1].url, jetstream_dids=[OTHER], identifier=fake.did))
    assert wait_open(fake)
    fake.jetstream_post("a mention from someone not followed", mention=fake.did)
    followed = fake.jetstream_post("the followed account posts", did=OTHER)
    assert consumer.wait_for(1)
    assert consumer.finish()
    assert [i.external_id for i in consumer.items] == [f"at://{OTHER}/app.bsky.feed.post/{followed['commit']['rkey']}"]
    assert parse_qs(fake.jetstream_queries[0])["wantedDids"] == [OTHER]
    assert fake.logins == 0  # the identifier is the DID: no session needed


def test_resume_replays_a_few_seconds_before_the_cursor(
    fake: FakeBluesky, served: tuple[FakeSlot, FakeServer]
) -> None:
    connector = connect(served[1].url)
    first = StreamConsumer(connector)
    assert wait_open(fake)
    fake.jetstream_post("one", mention=fake.did)
    assert first.wait_for(1)
    assert first.finish()
    cursor = first.received[-1][1]
    fake.jetstream_post("two, while away", mention=fake.did)
    second = StreamConsumer(connector, cursor)
    assert second.wait_for(2)
    assert second.finish()
    assert [i.text for i in second.items] == ["one", "two, while away"]  # the overlap; the store drops "one"
    assert parse_qs(fake.jetstream_queries[-1])["cursor"] == [str(int(cursor.value) - RESUME_OVERLAP_US)]
    assert fake.logins == 1  # one session for both connections


def test_a_closed_subscription_returns_and_stop_is_prompt(
    fake: FakeBluesky, served: tuple[FakeSlot, FakeServer]
) -> None:
    ended = StreamConsumer(connect(served[1].url, identifier=fake.did))
    assert wait_open(fake)
    fake.end_jetstream()
    assert ended.wait_ended()
    assert ended.returned and ended.error is None
    stopped = StreamConsumer(connect(served[1].url, identifier=fake.did))
    assert wait_open(fake, 2)
    started = time.monotonic()
    assert stopped.finish(timeout=3.0)
    assert stopped.returned and time.monotonic() - started < 2.0


def test_refused_subscriptions(fake: FakeBluesky, served: tuple[FakeSlot, FakeServer]) -> None:
    fake.refuse_next_subscription(429)
    limited = StreamConsumer(connect(served[1].url, identifier=fake.did))
    assert limited.wait_ended()
    assert isinstance(limited.error, RetryAfter) and limited.error.seconds == 30
    fake.refuse_next_subscription(503)
    down = StreamConsumer(connect(served[1].url, identifier=fake.did))
    assert down.wait_ended()
    assert isinstance(down.error, PublishError) and down.error.status == 503 and down.error.retryable


class _DeadPeer:
    """Completes the WebSocket handshake, then never answers again (not even a pong)."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"ws://127.0.0.1:{self._listener.getsockname()[1]}"
        self._held: list[socket.socket] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        with self._listener:
            conn, _ = self._listener.accept()
            self._held.append(conn)
            request = b""
            while b"\r\n\r\n" not in request:
                request += conn.recv(4096)
            key = next(line.split(b":", 1)[1].strip() for line in request.split(b"\r\n")
                       if line.lower().startswith(b"sec-websocket-key:"))
            accept = base64.b64encode(hashlib.sha1(key + b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11").digest())
            conn.sendall(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                         b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n")

    def close(self) -> None:
        for conn in self._held:
            conn.close()


def test_a_dead_peer_is_detected_by_unanswered_pings(fake: FakeBluesky, served: tuple[FakeSlot, FakeServer]) -> None:
    peer = _DeadPeer()
    try:
        consumer = StreamConsumer(connect(served[1].url, silence=0.4, identifier=fake.did, jetstream_url=peer.url))
        assert consumer.wait_ended(timeout=5.0)
        assert isinstance(consumer.error, StreamStalled)
    finally:
        peer.close()
