"""LinkedInConnector against FakeLinkedIn: headers, x-restli-id, comments, limits, duplicates, reconcile."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs

import pytest

from consuldesk.connectors.base import Publishes, Reconciles, ReportsHealth
from consuldesk.connectors.fakes.linkedin import FakeLinkedIn
from consuldesk.connectors.fakes.server import FakeServer
from consuldesk.connectors.fakes.x import FakeSlot
from consuldesk.connectors.linkedin import LinkedInConfig, LinkedInConnector
from consuldesk.connectors.models import MediaFile, OutboundPost, PublishError, RateLimited
from consuldesk.connectors.registry import build_connector, secret_fields
from consuldesk.publishing.text_metrics import linkedin_escape

TOKEN = "linkedin-token-very-secret"
AUTHOR = "urn:li:organization:5515715"
EXPIRES = datetime(2026, 5, 1, tzinfo=UTC)


@pytest.fixture
def fake(served: tuple[FakeSlot, FakeServer]) -> Iterator[FakeLinkedIn]:
    fake = FakeLinkedIn(token=TOKEN, author_urn=AUTHOR)
    served[0].current = fake
    yield fake
    fake.release()


def connect(url: str, **overrides: Any) -> LinkedInConnector:
    options: dict[str, Any] = {
        "base_url": url,
        "access_token": TOKEN,
        "author_urn": AUTHOR,
        "api_version": "202510",
        "token_expires_at": EXPIRES,
    }
    return LinkedInConnector(LinkedInConfig.model_validate(options | overrides))


def post(text: str, key: str = "k1", reply_to: str | None = None, **kwargs: Any) -> OutboundPost:
    return OutboundPost(text=text, idempotency_key=key, in_reply_to=reply_to, **kwargs)


def test_registry_builds_it_with_secrets_marked() -> None:
    connector = build_connector("linkedin", {"access_token": TOKEN, "author_urn": AUTHOR})
    assert isinstance(connector, LinkedInConnector)
    assert secret_fields("linkedin") == {"access_token"}
    for protocol in (Publishes, Reconciles, ReportsHealth):
        assert isinstance(connector, protocol)
    assert TOKEN not in repr(connector.config) and TOKEN not in repr(connector)


def test_publish_sends_versioned_headers_and_escaped_text_unchanged(fake: FakeLinkedIn, url: str) -> None:
    text = linkedin_escape("Visa (D) appointments #Visa_Info @ 10:00")
    receipt = connect(url).publish(post(text))
    [stored] = fake.posts
    assert receipt.external_id == stored["id"] and receipt.external_id.startswith("urn:li:share:")
    assert receipt.url == f"https://www.linkedin.com/feed/update/{receipt.external_id}/"
    assert stored["commentary"] == text  # not escaped twice
    assert (stored["author"], stored["visibility"], stored["lifecycleState"]) == (AUTHOR, "PUBLIC", "PUBLISHED")
    headers = fake.seen("POST", "/rest/posts")[0].headers
    assert headers["linkedin-version"] == "202510" and headers["x-restli-protocol-version"] == "2.0.0"


def test_reply_is_a_comment_and_is_reconciled(fake: FakeLinkedIn, url: str) -> None:
    li = connect(url)
    parent = fake.add_post("How do I register a birth abroad?")
    sent = post("Please see our guide.", "c1", reply_to=parent)
    receipt = li.publish(sent)
    [comment] = fake.comments[parent]
    assert receipt.external_id == comment["$URN"] and comment["message"] == {"text": "Please see our guide."}
    found = li.find_published(sent)
    assert found is not None and found.external_id == receipt.external_id
    assert li.find_published(post("Something else", "c2", reply_to=parent)) is None


def test_3000_characters_pass_and_3001_are_refused(fake: FakeLinkedIn, url: str) -> None:
    li = connect(url)
    li.publish(post("a" * 3000, "ok"))
    with pytest.raises(PublishError) as caught:
        li.publish(post("b" * 3001, "long"))
    assert (caught.value.status, caught.value.retryable) == (422, False)
    assert "exceeds 3000" in caught.value.message and len(fake.posts) == 1


def test_429_defaults_to_60_seconds(served: tuple[FakeSlot, FakeServer], url: str) -> None:
    served[0].current = FakeLinkedIn(token=TOKEN, author_urn=AUTHOR, quota=1)
    li = connect(url)
    li.publish(post("first", "a"))
    with pytest.raises(RateLimited) as caught:
        li.publish(post("second", "b"))
    assert caught.value.retry_after == 60 and caught.value.state is None
    assert caught.value.message.startswith("Resource level throttle")


def test_wrong_token_is_401_not_retryable(fake: FakeLinkedIn, url: str) -> None:
    with pytest.raises(PublishError) as caught:
        connect(url, access_token="bad-token-555").publish(post("hi"))
    assert (caught.value.status, caught.value.retryable, caught.value.message) == (401, False, "Invalid access token")
    assert "bad-token-555" not in str(caught.value)


def test_server_error_is_retryable(fake: FakeLinkedIn, url: str) -> None:
    fake.fail_next_post(504, {"status": 504, "message": "Gateway timeout"})
    with pytest.raises(PublishError) as caught:
        connect(url).publish(post("hi"))
    assert (caught.value.status, caught.value.retryable, caught.value.message) == (504, True, "Gateway timeout")


def test_duplicate_content_returns_the_existing_post(fake: FakeLinkedIn, url: str) -> None:
    li = connect(url)
    first = li.publish(post("Consulate closed on 1 May", "a"))
    again = li.publish(post("Consulate closed on 1 May", "a"))
    assert again.external_id == first.external_id and len(fake.posts) == 1


def test_find_published_queries_by_encoded_author(fake: FakeLinkedIn, url: str) -> None:
    li = connect(url)
    receipt = li.publish(post("Elections abroad: register by 3 June", "e"))
    found = li.find_published(post("Elections abroad: register by 3 June", "e"))
    assert found is not None and found.external_id == receipt.external_id
    assert li.find_published(post("never sent", "n")) is None
    query = fake.seen("GET", "/rest/posts")[0].query
    assert "author=urn%3Ali%3Aorganization%3A5515715" in query
    assert parse_qs(query)["q"] == ["author"]


def test_crash_mid_send_then_reconcile(fake: FakeLinkedIn, url: str) -> None:
    li = connect(url, timeout_seconds=0.3)
    sent = post("Passport office moves to Main St 5", "crash")
    fake.hold_next_post()
    with pytest.raises(PublishError) as caught:
        li.publish(sent)
    assert caught.value.outcome_unknown and fake.post_received.is_set()
    fake.release()
    found = li.find_published(sent)
    assert found is not None and found.external_id == fake.posts[0]["id"]
    assert li.publish(sent).external_id == found.external_id  # LinkedIn's duplicate refusal names it
    assert len(fake.posts) == 1


def test_image_is_uploaded_with_alt_text(fake: FakeLinkedIn, url: str) -> None:
    image = MediaFile("card.png", "image/png", b"\x89PNG...", "Advisory card: border closed")
    connect(url).publish(post("See the card", media=(image,)))
    media = fake.posts[0]["content"]["media"]
    assert media["altText"] == "Advisory card: border closed"
    assert fake.images[media["id"]]["uploaded"] and fake.images[media["id"]]["content_type"] == "image/png"


def test_check_health_for_a_page_and_a_member(fake: FakeLinkedIn, url: str) -> None:
    report = connect(url).check_health()
    assert report.ok and report.detail == "Consulate General reachable" and report.token_expires_at == EXPIRES
    member = connect(url, author_urn="urn:li:person:782bbtaQ").check_health()
    assert member.ok and member.detail == "Consular Officer reachable"
    bad = connect(url, access_token="nope").check_health()
    assert not bad.ok and bad.detail == "HTTP 401: Invalid access token"
