"""XConnector against FakeX: publish, threads, limits, 429/401, duplicates, crash recovery, webhooks."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import orjson
import pytest

from consuldesk.connectors.base import (
    AnswersHandshake,
    Fetches,
    Publishes,
    ReceivesWebhooks,
    Reconciles,
    ReportsHealth,
)
from consuldesk.connectors.fakes.server import FakeServer
from consuldesk.connectors.fakes.x import FakeSlot, FakeX
from consuldesk.connectors.models import MediaFile, OutboundPost, PublishError, RateLimited
from consuldesk.connectors.registry import build_connector, secret_fields
from consuldesk.connectors.x import XConfig, XConnector
from consuldesk.connectors.x.webhooks import crc_response_token, x_signature

TOKEN = "x-user-token-very-secret"
SECRET = "x-consumer-secret-very-secret"
EXPIRES = datetime(2026, 6, 1, tzinfo=UTC)


@pytest.fixture
def fake(served: tuple[FakeSlot, FakeServer]) -> Iterator[FakeX]:
    fake = FakeX(token=TOKEN, consumer_secret=SECRET)
    served[0].current = fake
    yield fake
    fake.release()


def connect(url: str, **overrides: Any) -> XConnector:
    options: dict[str, Any] = {
        "base_url": url,
        "access_token": TOKEN,
        "consumer_secret": SECRET,
        "token_expires_at": EXPIRES,
    }
    return XConnector(XConfig.model_validate(options | overrides))


def post(text: str, key: str = "k1", reply_to: str | None = None, **kwargs: Any) -> OutboundPost:
    return OutboundPost(text=text, idempotency_key=key, in_reply_to=reply_to, **kwargs)


def test_registry_builds_it_with_secrets_marked() -> None:
    connector = build_connector("x", {"access_token": TOKEN, "consumer_secret": SECRET})
    assert isinstance(connector, XConnector)
    assert secret_fields("x") == {"access_token", "consumer_secret"}
    for protocol in (Publishes, Reconciles, ReportsHealth, ReceivesWebhooks, AnswersHandshake, Fetches):
        assert isinstance(connector, protocol)
    assert TOKEN not in repr(connector.config) and SECRET not in repr(connector.config)
    assert TOKEN not in repr(connector)


def test_publish_creates_the_post_once(fake: FakeX, url: str) -> None:
    receipt = connect(url).publish(post("Консульство открыто до 17:00 🇺🇦"))
    assert [p["id"] for p in fake.posts] == [receipt.external_id]
    assert fake.posts[0]["text"] == "Консульство открыто до 17:00 🇺🇦"
    assert receipt.url == f"https://x.com/i/web/status/{receipt.external_id}"
    assert fake.seen("POST", "/2/tweets")[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_thread_parts_reply_to_the_previous_part(fake: FakeX, url: str) -> None:
    x = connect(url)
    first = x.publish(post("Part one (1/2)", "t1"))
    second = x.publish(post("Part two (2/2)", "t2", reply_to=first.external_id))
    assert fake.posts[1]["in_reply_to"] == first.external_id
    assert fake.posts[1]["tweet"]["conversation_id"] == first.external_id
    assert second.external_id != first.external_id


def test_280_weighted_characters_pass_and_281_are_refused(fake: FakeX, url: str) -> None:
    x = connect(url)
    x.publish(post("x" * 140 + "大" * 70, "ok"))
    with pytest.raises(PublishError) as caught:
        x.publish(post("x" * 140 + "大" * 70 + "y", "long"))
    assert (caught.value.status, caught.value.retryable) == (403, False)
    assert caught.value.message == "Your Tweet text is too long."
    assert len(fake.posts) == 1


def test_429_is_rate_limited_with_retry_after_and_state(url: str, served: tuple[FakeSlot, FakeServer]) -> None:
    served[0].current = FakeX(token=TOKEN, quota=1, window_seconds=900)
    x = connect(url)
    x.publish(post("first", "a"))
    with pytest.raises(RateLimited) as caught:
        x.publish(post("second", "b"))
    error = caught.value
    assert 0 < error.retry_after <= 900 and error.retryable and error.status == 429
    assert error.state is not None and (error.state.limit, error.state.remaining) == (1, 0)
    assert error.state.reset_at is not None and error.state.reset_at > datetime.now(UTC)
    health = x.check_health()
    assert health.rate_limit == error.state


def test_spent_24_hour_limit_waits_for_its_own_reset() -> None:
    now = int(time.time())
    headers = {
        "x-rate-limit-limit": "100",
        "x-rate-limit-remaining": "99",
        "x-rate-limit-reset": str(now + 60),
        "x-user-limit-24hour-limit": "17",
        "x-user-limit-24hour-remaining": "0",
        "x-user-limit-24hour-reset": str(now + 10_800),
    }
    problem = {"title": "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank", "status": 429}
    transport = httpx.MockTransport(lambda request: httpx.Response(429, headers=headers, json=problem))
    x = XConnector(XConfig.model_validate({"access_token": TOKEN}), transport=transport)
    with pytest.raises(RateLimited) as caught:
        x.publish(post("hello"))
    assert 10_000 < caught.value.retry_after <= 10_800


def test_wrong_token_is_401_not_retryable_and_never_quoted(fake: FakeX, url: str) -> None:
    x = connect(url, access_token="wrong-token-123")
    with pytest.raises(PublishError) as caught:
        x.publish(post("hello"))
    assert (caught.value.status, caught.value.retryable, caught.value.message) == (401, False, "Unauthorized")
    assert "wrong-token-123" not in str(caught.value) and "wrong-token-123" not in repr(caught.value)
    assert fake.posts == []


def test_server_errors_are_retryable(fake: FakeX, url: str) -> None:
    fake.fail_next_post(503, {"title": "Service Unavailable", "detail": "Service Unavailable", "status": 503})
    with pytest.raises(PublishError) as caught:
        connect(url).publish(post("hello"))
    assert (caught.value.status, caught.value.retryable, caught.value.outcome_unknown) == (503, True, False)


def test_a_repeated_part_returns_the_existing_post(fake: FakeX, url: str) -> None:
    x = connect(url)
    first = x.publish(post("Visa desk closed today & tomorrow: https://example.org/visa"))
    again = x.publish(post("Visa desk closed today & tomorrow: https://example.org/visa"))
    assert again.external_id == first.external_id
    assert len(fake.posts) == 1


def test_duplicate_text_elsewhere_stays_an_error(fake: FakeX, url: str) -> None:
    x = connect(url)
    x.publish(post("Thank you!", "a"))
    mention = fake.add_mention("@consulate hi")
    with pytest.raises(PublishError) as caught:
        x.publish(post("Thank you!", "b", reply_to=mention["id"]))
    assert caught.value.message == "You are not allowed to create a Tweet with duplicate content."
    assert not caught.value.retryable


def test_find_published_matches_text_and_parent(fake: FakeX, url: str) -> None:
    x = connect(url)
    mention = fake.add_mention("@consulate where is my passport?")
    sent = post("Please write to <passports> & see https://example.org/p", "r", reply_to=mention["id"])
    receipt = x.publish(sent)
    assert "t.co" in fake.posts[0]["tweet"]["text"]  # X rewrites URLs; reconcile must see through it
    assert x.find_published(sent) == x.find_published(sent)
    found = x.find_published(sent)
    assert found is not None and found.external_id == receipt.external_id
    assert x.find_published(post(sent.text, "r")) is None  # same text, but not a reply
    assert x.find_published(post("never sent", "n")) is None


def test_crash_mid_send_is_outcome_unknown_then_reconciled(fake: FakeX, url: str) -> None:
    x = connect(url, timeout_seconds=0.3)
    fake.hold_next_post()
    sent = post("Office closed on Monday", "crash")
    with pytest.raises(PublishError) as caught:
        x.publish(sent)
    assert caught.value.outcome_unknown and caught.value.retryable
    assert fake.post_received.is_set()
    fake.release()
    found = x.find_published(sent)
    assert found is not None and found.external_id == fake.posts[0]["id"]
    assert len(fake.posts) == 1


def test_media_is_uploaded_with_alt_text(fake: FakeX, url: str) -> None:
    image = MediaFile("card.png", "image/png", b"\x89PNG...", "Advisory card: border closed")
    connect(url).publish(post("See the card", media=(image,)))
    [media_id] = fake.posts[0]["media_ids"]
    assert fake.media[media_id]["alt_text"] == "Advisory card: border closed"


def test_check_health(fake: FakeX, url: str) -> None:
    report = connect(url).check_health()
    assert report.ok and report.detail == "@consulate reachable" and report.token_expires_at == EXPIRES
    bad = connect(url, access_token="nope").check_health()
    assert not bad.ok and bad.detail == "HTTP 401: Unauthorized" and bad.token_expires_at == EXPIRES


def test_user_id_is_looked_up_once(fake: FakeX, url: str) -> None:
    x = connect(url)
    x.find_published(post("a"))
    x.find_published(post("b"))
    assert len(fake.seen("GET", "/2/users/me")) == 1
    assert len(fake.seen("GET", f"/2/users/{fake.user_id}/tweets")) == 2


def test_fetch_mentions_resumes_after_the_newest(fake: FakeX, url: str) -> None:
    x = connect(url, user_id=fake.user_id)
    first = [fake.add_mention(f"@consulate question {i}")["id"] for i in range(3)]
    items, cursor = x.fetch(None)
    assert [i.external_id for i in items] == first
    assert items[0].author_handle == "citizen" and items[0].kind == "post"
    assert cursor is not None and cursor.value == first[-1]
    later = [fake.add_mention(f"@consulate more {i}")["id"] for i in range(120)]
    items, cursor = x.fetch(cursor)
    assert [i.external_id for i in items] == later  # every page back to the cursor, oldest first
    assert x.fetch(cursor) == ([], cursor)


# -- webhooks -----------------------------------------------------------------------------------

VECTOR_BODY = b'{"for_user_id":"2244994945","tweet_create_events":[]}'


def test_platforms_md_vectors() -> None:
    assert crc_response_token("test_consumer_secret", "test_crc_token") == (
        "sha256=6TsX2vqmFj4OqnzB1NjPu5lOizi7IMonXPzlwPdmlJc="
    )
    assert x_signature("test_consumer_secret", VECTOR_BODY) == "sha256=Lss4bxd6weR99So6MmhnJFpNn8h7oFFhZH5um9Z5oF4="
    x = XConnector(XConfig.model_validate({"access_token": "t", "consumer_secret": "test_consumer_secret"}))
    reply = x.handshake({"crc_token": "test_crc_token"})
    assert (reply.status, reply.content_type) == (200, "application/json")
    assert orjson.loads(reply.body) == {"response_token": "sha256=6TsX2vqmFj4OqnzB1NjPu5lOizi7IMonXPzlwPdmlJc="}
    headers = {"X-Twitter-Webhooks-Signature": "sha256=Lss4bxd6weR99So6MmhnJFpNn8h7oFFhZH5um9Z5oF4="}
    assert x.verify(headers, VECTOR_BODY)


def test_handshake_without_token_or_secret_is_403(url: str) -> None:
    assert connect(url).handshake({}).status == 403
    assert connect(url, consumer_secret="").handshake({"crc_token": "abc"}).status == 403


def test_crc_matches_the_fake(fake: FakeX, url: str) -> None:
    reply = connect(url).handshake({"crc_token": "abc123"})
    assert orjson.loads(reply.body) == fake.crc_response("abc123")
    assert fake.crc_accepts("abc123", reply.status, reply.body)
    assert not fake.crc_accepts("abc124", reply.status, reply.body)
    assert not fake.crc_accepts("abc123", 403, reply.body)


def test_verify_accepts_only_correct_signatures(fake: FakeX, url: str) -> None:
    x = connect(url)
    body = b'{"for_user_id":"1500000000000000001","favorite_events":[]}'
    headers = fake.signed_webhook(body)
    assert x.verify(headers, body)
    assert x.verify({k.upper(): v for k, v in headers.items()}, body)
    assert not x.verify(headers, body + b" ")  # forged body
    assert not x.verify({"content-type": "application/json"}, body)  # unsigned
    assert not x.verify({"x-twitter-webhooks-signature": "sha256=ünïcode"}, body)
    assert not connect(url, consumer_secret="other").verify(headers, body)  # wrong secret
    assert not connect(url, consumer_secret="").verify({"x-twitter-webhooks-signature": x_signature("", body)}, body)


def _v1_tweet(tweet_id: str, user_id: str, screen_name: str, text: str, **extra: Any) -> dict[str, Any]:
    return {
        "id_str": tweet_id,
        "created_at": "Wed Oct 10 20:19:24 +0000 2018",
        "text": text[:140],
        "truncated": len(text) > 140,
        "user": {"id_str": user_id, "name": screen_name.title(), "screen_name": screen_name},
        "lang": "en",
        **({"extended_tweet": {"full_text": text}} if len(text) > 140 else {}),
        **extra,
    }


def test_parse_account_activity_mentions_and_dms(url: str) -> None:
    me = "1500000000000000001"
    long_text = "@consulate " + "my passport was stolen in Lisbon, what do I do? " * 4
    payload = {
        "for_user_id": me,
        "user_has_blocked": "false",
        "tweet_create_events": [
            _v1_tweet("1001", "42", "traveller", long_text, in_reply_to_status_id_str="999"),
            _v1_tweet("1002", me, "consulate", "our own reply"),
        ],
    }
    [item] = connect(url).parse(orjson.dumps(payload))
    assert (item.external_id, item.kind, item.in_reply_to, item.author_handle) == ("1001", "reply", "999", "traveller")
    assert item.text == long_text and item.channel_ref == me
    assert item.created_at == datetime(2018, 10, 10, 20, 19, 24, tzinfo=UTC)
    assert item.raw["tweet_create_events"][0]["id_str"] == "1001"
    dm = {
        "for_user_id": me,
        "direct_message_events": [
            {
                "type": "message_create",
                "id": "954491830116155396",
                "created_timestamp": "1516403560557",
                "message_create": {
                    "target": {"recipient_id": me},
                    "sender_id": "3001969357",
                    "message_data": {"text": "Hello World!"},
                },
            }
        ],
    }
    [message] = connect(url).parse(orjson.dumps(dm))
    assert (message.kind, message.text, message.author_id) == ("dm", "Hello World!", "3001969357")
    assert connect(url).parse(b'{"for_user_id":"1","favorite_events":[{}]}') == []
