"""MastodonConnector against FakeMastodon: idempotent publish, limits, 429/401, reconcile, mentions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from consuldesk.connectors.base import Fetches, Publishes, Reconciles, ReportsHealth
from consuldesk.connectors.fakes.mastodon import FakeMastodon, render_content
from consuldesk.connectors.fakes.server import FakeServer
from consuldesk.connectors.fakes.x import FakeSlot
from consuldesk.connectors.file_import.html_text import html_to_text
from consuldesk.connectors.mastodon import MastodonConfig, MastodonConnector
from consuldesk.connectors.models import Cursor, MediaFile, OutboundPost, PublishError, RateLimited, RetryAfter
from consuldesk.connectors.registry import build_connector, secret_fields

TOKEN = "mastodon-token-very-secret"
EXPIRES = datetime(2027, 1, 1, tzinfo=UTC)


@pytest.fixture
def fake(served: tuple[FakeSlot, FakeServer]) -> Iterator[FakeMastodon]:
    fake = FakeMastodon(token=TOKEN)
    served[0].current = fake
    yield fake
    fake.release()


def use(served: tuple[FakeSlot, FakeServer], fake: FakeMastodon) -> FakeMastodon:
    served[0].current = fake
    return fake


def connect(url: str, **overrides: Any) -> MastodonConnector:
    options: dict[str, Any] = {"base_url": url, "access_token": TOKEN, "token_expires_at": EXPIRES}
    return MastodonConnector(MastodonConfig.model_validate(options | overrides))


def post(text: str, key: str = "k1", reply_to: str | None = None, **kwargs: Any) -> OutboundPost:
    return OutboundPost(text=text, idempotency_key=key, in_reply_to=reply_to, **kwargs)


def test_registry_builds_it_with_secrets_marked() -> None:
    connector = build_connector("mastodon", {"access_token": TOKEN})
    assert isinstance(connector, MastodonConnector)
    assert secret_fields("mastodon") == {"access_token"}
    for protocol in (Publishes, Reconciles, ReportsHealth, Fetches):
        assert isinstance(connector, protocol)
    assert TOKEN not in repr(connector.config) and TOKEN not in repr(connector)


def test_publish_sends_idempotency_key_language_and_reply(fake: FakeMastodon, url: str) -> None:
    m = connect(url)
    first = m.publish(post("Консульство открыто", "part-1", language="uk-UA"))
    second = m.publish(post("Друга частина", "part-2", reply_to=first.external_id, language="uk"))
    assert [p["id"] for p in fake.posts] == [first.external_id, second.external_id]
    assert fake.posts[0]["idempotency_key"] == "part-1" and fake.posts[0]["language"] == "uk"
    assert fake.posts[1]["in_reply_to"] == first.external_id
    assert first.url == f"https://social.example/@consulate/{first.external_id}"
    assert fake.seen("POST", "/api/v1/statuses")[0].headers["idempotency-key"] == "part-1"


def test_instance_serves_the_character_limit(served: tuple[FakeSlot, FakeServer], url: str) -> None:
    use(served, FakeMastodon(token=TOKEN, max_characters=1000))
    for path in ("/api/v1/instance", "/api/v2/instance"):
        config = httpx.get(url + path).json()["configuration"]
        assert config["statuses"]["max_characters"] == 1000


def test_character_limit_boundary(served: tuple[FakeSlot, FakeServer], url: str) -> None:
    fake = use(served, FakeMastodon(token=TOKEN, max_characters=500))
    m = connect(url)
    m.publish(post("é" * 500, "ok"))
    with pytest.raises(PublishError) as caught:
        m.publish(post("é" * 501, "long"))
    assert (caught.value.status, caught.value.retryable) == (422, False)
    assert caught.value.message == "Validation failed: Text character limit of 500 exceeded"
    assert len(fake.posts) == 1


def test_429_is_rate_limited_with_iso_reset(served: tuple[FakeSlot, FakeServer], url: str) -> None:
    use(served, FakeMastodon(token=TOKEN, quota=1, window_seconds=300))
    m = connect(url)
    m.publish(post("first", "a"))
    with pytest.raises(RateLimited) as caught:
        m.publish(post("second", "b"))
    error = caught.value
    assert 0 < error.retry_after <= 300 and error.message == "Too many requests"
    assert error.state is not None and (error.state.limit, error.state.remaining) == (1, 0)
    assert error.state.reset_at is not None and error.state.reset_at > datetime.now(UTC)
    assert m.check_health().rate_limit == error.state


def test_fetch_rate_limit_raises_retry_after() -> None:
    reset = (datetime.now(UTC) + timedelta(seconds=120)).isoformat().replace("+00:00", "Z")
    headers = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset}
    transport = httpx.MockTransport(lambda r: httpx.Response(429, headers=headers, json={"error": "Too many requests"}))
    m = MastodonConnector(MastodonConfig.model_validate({"access_token": TOKEN}), transport=transport)
    with pytest.raises(RetryAfter) as caught:
        m.fetch(Cursor("5"))
    assert 60 < caught.value.seconds <= 120


def test_wrong_token_is_401_not_retryable(fake: FakeMastodon, url: str) -> None:
    with pytest.raises(PublishError) as caught:
        connect(url, access_token="bad-token-777").publish(post("hi"))
    assert (caught.value.status, caught.value.retryable) == (401, False)
    assert caught.value.message == "The access token is invalid"
    assert "bad-token-777" not in str(caught.value)


def test_server_error_is_retryable(fake: FakeMastodon, url: str) -> None:
    fake.fail_next_post(502, {"error": "Bad gateway"})
    with pytest.raises(PublishError) as caught:
        connect(url).publish(post("hi"))
    assert (caught.value.status, caught.value.retryable, caught.value.message) == (502, True, "Bad gateway")


def test_same_idempotency_key_returns_the_original_status(fake: FakeMastodon, url: str) -> None:
    m = connect(url)
    first = m.publish(post("Queue closed at 16:00", "same"))
    again = m.publish(post("Queue closed at 16:00", "same"))
    assert again.external_id == first.external_id and len(fake.posts) == 1


def test_crash_mid_send_then_resend_with_the_same_key(fake: FakeMastodon, url: str) -> None:
    m = connect(url, timeout_seconds=0.3)
    fake.hold_next_post()
    sent = post("Passport office closed tomorrow", "crash-key")
    with pytest.raises(PublishError) as caught:
        m.publish(sent)
    assert caught.value.outcome_unknown
    assert fake.post_received.is_set()
    fake.release()
    found = m.find_published(sent)
    assert found is not None and found.external_id == fake.posts[0]["id"]
    assert m.publish(sent).external_id == found.external_id  # the idempotent resend
    assert len(fake.posts) == 1


def test_find_published_reads_html_content(fake: FakeMastodon, url: str) -> None:
    m = connect(url, account_id=fake.account["id"])
    mention = fake.add_mention("@consulate help")
    text = (
        "@citizen@elsewhere.example Hello & welcome!\n\nDetails: https://example.org/a/very/long/path/to/the/page #Visa"
    )
    sent = post(text, "r", reply_to=mention["status"]["id"])
    receipt = m.publish(sent)
    assert "<br" in render_content("a\nb", "d") and "invisible" in fake.posts[0]["status"]["content"]
    found = m.find_published(sent)
    assert found is not None and found.external_id == receipt.external_id
    assert m.find_published(post(text, "r")) is None  # same text, not a reply
    assert m.find_published(post("never sent", "n")) is None
    assert not fake.seen("GET", "/api/v1/accounts/verify_credentials")


def test_rendered_content_round_trips_through_html_to_text() -> None:
    text = "Line one\nline two <b>\n\nhttps://example.org/x?y=1&z=2 #Tag @a@b.example"
    assert html_to_text(render_content(text, "d.example")) == text.replace("@a@b.example", "@a")


def test_media_upload_waits_for_processing(served: tuple[FakeSlot, FakeServer], url: str) -> None:
    fake = use(served, FakeMastodon(token=TOKEN, processing_polls=1))
    image = MediaFile("card.png", "image/png", b"\x89PNG...", "Advisory card: border closed")
    connect(url, media_poll_interval=0).publish(post("See the card", media=(image,)))
    [media_id] = fake.posts[0]["media_ids"]
    assert fake.media[media_id]["description"] == "Advisory card: border closed"
    assert fake.posts[0]["status"]["media_attachments"][0]["url"] is not None
    assert len(fake.seen("GET", f"/api/v1/media/{media_id}")) == 2


def test_check_health(fake: FakeMastodon, url: str) -> None:
    report = connect(url).check_health()
    assert report.ok and report.detail == "@consulate reachable" and report.token_expires_at == EXPIRES
    bad = connect(url, access_token="nope").check_health()
    assert not bad.ok and bad.detail == "HTTP 401: The access token is invalid"


def test_fetch_mentions_pages_without_gaps(fake: FakeMastodon, url: str) -> None:
    m = connect(url)
    first = [fake.add_mention(f"@consulate q{i}")["status"]["id"] for i in range(2)]
    fake.add_notification("favourite")
    items, cursor = m.fetch(None)
    assert [i.external_id for i in items] == first and items[0].author_handle == "citizen@elsewhere.example"
    assert cursor is not None
    burst = [fake.add_mention(f"@consulate burst {i}")["status"]["id"] for i in range(45)]
    page1, cursor = m.fetch(cursor)
    page2, cursor = m.fetch(cursor)
    assert [i.external_id for i in page1 + page2] == burst  # min_id paging: oldest first, nothing skipped
    assert m.fetch(cursor) == ([], cursor)
    assert cursor == Cursor(fake.notifications[-1]["id"])
