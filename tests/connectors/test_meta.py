"""Facebook, Instagram and Messenger connectors against FakeGraph: webhooks, publishing, reconcile, health."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import BaseModel, SecretStr

from consuldesk.connectors.base import (
    AnswersHandshake,
    Capability,
    Publishes,
    ReceivesWebhooks,
    Reconciles,
    ReportsHealth,
)
from consuldesk.connectors.fakes.base import FakeSlot
from consuldesk.connectors.fakes.meta import FakeGraph
from consuldesk.connectors.fakes.server import FakeServer
from consuldesk.connectors.file_import import RecordError
from consuldesk.connectors.meta import (
    FacebookConnector,
    GraphError,
    InstagramConnector,
    MessengerConnector,
)
from consuldesk.connectors.meta.webhooks import sign
from consuldesk.connectors.models import MediaFile, OutboundPost, PublishError, RateLimited
from consuldesk.connectors.registry import build_connector, secret_fields

TOKEN = "EAAB-page-token-very-secret"
SECRET = "app-secret-very-secret"
VERIFY = "verify-me-please"
FIXTURES = Path(__file__).parents[1] / "fixtures" / "connectors"
JPEG = MediaFile("card.jpg", "image/jpeg", b"\xff\xd8fake", "Advisory card", url="https://cdn.example.org/card.jpg")


@pytest.fixture
def fake(served: tuple[FakeSlot, FakeServer]) -> Iterator[FakeGraph]:
    fake = FakeGraph(access_token=TOKEN, app_secret=SECRET)
    served[0].current = fake
    yield fake
    fake.release()


def options(url: str = "https://graph.facebook.com", **overrides: Any) -> dict[str, Any]:
    base = {"base_url": url, "access_token": TOKEN, "app_secret": SECRET, "verify_token": VERIFY}
    return base | {"page_id": "1000000000000001", "ig_user_id": "17841400000000001"} | overrides


def facebook(url: str, **overrides: Any) -> FacebookConnector:
    return FacebookConnector(FacebookConnector.Config.model_validate(options(url, **overrides)))


def instagram(url: str, **overrides: Any) -> InstagramConnector:
    return InstagramConnector(InstagramConnector.Config.model_validate(options(url, **overrides)))


def messenger(url: str, **overrides: Any) -> MessengerConnector:
    return MessengerConnector(MessengerConnector.Config.model_validate(options(url, **overrides)))


def post(text: str, **kwargs: Any) -> OutboundPost:
    return OutboundPost(text=text, idempotency_key="k1", **kwargs)


# -- configuration and capabilities -----------------------------------------------------------------


@pytest.mark.parametrize("platform", ["facebook", "instagram", "messenger"])
def test_registry_builds_each_with_secrets_marked(platform: str) -> None:
    connector = build_connector(platform, options())
    assert connector.platform == platform
    assert secret_fields(platform) == {"access_token", "app_secret", "verify_token"}
    config = type(connector).Config
    assert issubclass(config, BaseModel)
    for name, field in config.model_fields.items():
        assert field.title and field.description, name
    assert all(isinstance(connector, p) for p in (Publishes, ReceivesWebhooks, AnswersHandshake, ReportsHealth))


def test_only_facebook_and_instagram_reconcile() -> None:
    fb, ig, msg = facebook("http://x"), instagram("http://x"), messenger("http://x")
    assert isinstance(fb, Reconciles) and isinstance(ig, Reconciles)
    assert not isinstance(msg, Reconciles) and not hasattr(msg, "find_published")
    assert Capability.RECONCILES in fb.capabilities and Capability.RECONCILES not in msg.capabilities
    for connector in (fb, ig, msg):
        assert all(isinstance(connector, p) for p in (Publishes, ReceivesWebhooks, AnswersHandshake, ReportsHealth))


def test_secrets_stay_out_of_repr_and_config_validation_checks_ids() -> None:
    config = FacebookConnector.Config.model_validate(options())
    assert isinstance(config.access_token, SecretStr)
    assert TOKEN not in repr(config) and SECRET not in repr(config) and VERIFY not in repr(config)
    with pytest.raises(ValueError, match="api_version"):
        FacebookConnector.Config.model_validate(options(api_version="21"))
    with pytest.raises(ValueError, match="page_id"):
        FacebookConnector.Config.model_validate(options(page_id="my-page"))
    with pytest.raises(ValueError, match="access_token") as caught:
        FacebookConnector.Config.model_validate(options(access_token=987654321))
    assert "987654321" not in str(caught.value)  # validation errors never echo a credential


def test_requests_use_the_configured_version_and_keep_the_token_in_a_header(caplog: pytest.LogCaptureFixture) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/debug_token"):
            return httpx.Response(200, json={"data": {"is_valid": True, "expires_at": 0, "type": "PAGE"}})
        return httpx.Response(200, json={"id": "1000000000000001_5"})

    connector = FacebookConnector(
        FacebookConnector.Config.model_validate(options(api_version="v19.0")), transport=httpx.MockTransport(handler)
    )
    with caplog.at_level(logging.DEBUG):
        connector.publish(post("hello"))
        assert connector.check_health().ok
    assert seen[0].url.path == "/v19.0/1000000000000001/feed"
    assert seen[0].headers["Authorization"] == f"Bearer {TOKEN}" and json.loads(seen[0].content) == {"message": "hello"}
    assert seen[1].url.params["input_token"] == TOKEN  # on the wire only …
    assert "debug_token" in caplog.text and TOKEN not in caplog.text  # … never in the logs


# -- webhooks -------------------------------------------------------------------------------------


def test_signature_matches_the_platforms_md_vector() -> None:
    body = b'{"object":"page","entry":[]}'
    expected = "sha256=5da47c9c7409e70d7a1851f0cfd9bc27786bd99587a9bf1dd5b51e23a2de03cf"
    assert sign("test_app_secret", body) == expected
    assert FakeGraph(app_secret="test_app_secret").signed_webhook(body)["X-Hub-Signature-256"] == expected
    connector = facebook("http://x", app_secret="test_app_secret")
    assert connector.verify({"x-hub-signature-256": expected}, body)  # header names are case-insensitive
    assert connector.verify({"X-HUB-SIGNATURE-256": expected}, body)


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Hub-Signature-256": ""},
        {"X-Hub-Signature-256": "sha256="},
        {"X-Hub-Signature-256": "sha256=" + "0" * 64},
        {"X-Hub-Signature-256": "5da47c9c7409e70d7a1851f0cfd9bc27786bd99587a9bf1dd5b51e23a2de03cf"},
        {"X-Hub-Signature-256": "sha1=5da47c9c7409e70d7a1851f0cfd9bc27786bd995"},
        {"X-Hub-Signature-256": "sha256=ünïcödé"},
        {"X-Hub-Signature": "sha256=5da47c9c7409e70d7a1851f0cfd9bc27786bd99587a9bf1dd5b51e23a2de03cf"},
    ],
)
def test_forged_or_unsigned_requests_fail(headers: dict[str, str]) -> None:
    assert not facebook("http://x", app_secret="test_app_secret").verify(headers, b'{"object":"page","entry":[]}')


def test_wrong_secret_and_tampered_bodies_fail() -> None:
    fake = FakeGraph(app_secret=SECRET)
    body = fake.messenger_webhook("6100000000000001", "Grüße aus Köln")
    headers = fake.signed_webhook(body)
    assert b"\\u00fc" in body  # Meta escapes non-ASCII; the signature covers these exact bytes
    for connector in (facebook("http://x"), messenger("http://x")):
        assert connector.verify(headers, body)
        assert not connector.verify(headers, body + b" ")
        assert not connector.verify(headers, body.replace(b"Gr", b"gr"))
        reencoded = json.dumps(json.loads(body), ensure_ascii=False).encode()
        assert not connector.verify(headers, reencoded)
    assert not facebook("http://x", app_secret="other-secret").verify(headers, body)


def test_handshake_echoes_the_raw_challenge_only_for_our_verify_token() -> None:
    connector = instagram("http://x")
    reply = connector.handshake(FakeGraph.handshake_params(VERIFY, challenge="1158201444"))
    assert (reply.status, reply.body) == (200, b"1158201444")
    assert connector.handshake(FakeGraph.handshake_params("guess")).status == 403
    assert (
        connector.handshake({"hub.mode": "unsubscribe", "hub.verify_token": VERIFY, "hub.challenge": "1"}).status == 403
    )
    assert connector.handshake({"hub.mode": "subscribe", "hub.verify_token": VERIFY}).status == 403
    assert connector.handshake({}).status == 403


def test_parse_maps_page_feed_messenger_and_instagram_deliveries() -> None:
    fake = FakeGraph(app_secret=SECRET)
    [comment] = facebook("http://x").parse(fake.feed_comment_webhook("how much?", post_id="1000000000000001_7"))
    assert (comment.platform, comment.kind, comment.text, comment.thread_ref) == (
        "facebook", "comment", "how much?", "1000000000000001_7",
    )  # fmt: skip
    [dm] = messenger("http://x").parse(fake.messenger_webhook("6100000000000001", "Passport help"))
    assert (dm.platform, dm.kind, dm.author_id) == ("messenger", "dm", "6100000000000001")
    [ig] = instagram("http://x").parse(fake.instagram_comment_webhook("Visa?", media_id="17900000000000001"))
    assert (ig.platform, ig.kind, ig.in_reply_to) == ("instagram", "comment", "17900000000000001")


def test_parse_reuses_the_file_import_mappers_on_recorded_payloads() -> None:
    body = (FIXTURES / "messenger" / "messaging.json").read_bytes()
    items = messenger("http://x").parse(body)
    assert items and {i.platform for i in items} == {"messenger"}
    first_line = (FIXTURES / "instagram" / "webhooks.jsonl").read_text().splitlines()[0].encode()
    assert [i.platform for i in instagram("http://x").parse(first_line)] == ["instagram"]


def test_parse_rejects_other_products_and_bad_json_and_skips_receipts() -> None:
    fake = FakeGraph()
    with pytest.raises(RecordError, match="instagram"):
        instagram("http://x").parse(fake.messenger_webhook("1", "hi"))
    with pytest.raises(RecordError, match="invalid JSON"):
        facebook("http://x").parse(b"{nope")
    read = {"sender": {"id": "7"}, "recipient": {"id": "10"}, "read": {"watermark": 1}}
    assert (
        messenger("http://x").parse(
            json.dumps({"object": "page", "entry": [{"id": "10", "messaging": [read]}]}).encode()
        )
        == []
    )


# -- Facebook publishing ------------------------------------------------------------------------------


def test_facebook_posts_once_to_the_page_feed(fake: FakeGraph, url: str) -> None:
    receipt = facebook(url).publish(post("Consular hours change on Monday."))
    assert [p["message"] for p in fake.posts] == ["Consular hours change on Monday."]
    assert receipt.external_id == fake.posts[0]["id"]
    page, story = receipt.external_id.split("_")
    assert receipt.url == f"https://www.facebook.com/{page}/posts/{story}"


def test_facebook_replies_to_a_citizen_comment(fake: FakeGraph, url: str) -> None:
    connector = facebook(url)
    connector.publish(post("Advisory"))
    [citizen] = connector.parse(fake.feed_comment_webhook("Is the office open?"))
    receipt = connector.publish(post("Yes, 9-12.", in_reply_to=citizen.external_id))
    ours = fake.comments[-1]
    assert (ours["id"], ours["parent_id"], ours["from"]["id"]) == (
        receipt.external_id,
        citizen.external_id,
        fake.page_id,
    )
    with pytest.raises(GraphError, match="does not exist") as caught:
        connector.publish(post("Hello?", in_reply_to="999_999"))
    assert (caught.value.status, caught.value.code, caught.value.retryable) == (400, 100, False)


def test_facebook_photo_by_url_and_by_upload(fake: FakeGraph, url: str) -> None:
    connector = facebook(url)
    by_url = connector.publish(post("With a card", media=(JPEG,)))
    upload = MediaFile("card.png", "image/png", b"\x89PNGfake", "Card")
    by_upload = connector.publish(post("Uploaded card", media=(upload,)))
    assert [(p["url"], p["uploaded"]) for p in fake.photos] == [(JPEG.url, False), (None, True)]
    assert [p["id"] for p in fake.posts] == [by_url.external_id, by_upload.external_id]
    assert fake.posts[1]["message"] == "Uploaded card"


def test_facebook_length_limit_is_enforced_by_the_platform(fake: FakeGraph, url: str) -> None:
    connector = facebook(url)
    connector.publish(post("x" * 63_206))
    with pytest.raises(GraphError, match="63206") as caught:
        connector.publish(post("x" * 63_207))
    assert (caught.value.status, caught.value.retryable) == (400, False)
    assert len(fake.posts) == 1


def test_wrong_token_is_a_permanent_error_without_the_token(fake: FakeGraph, url: str) -> None:
    with pytest.raises(GraphError) as caught:
        facebook(url, access_token="wrong-token-value").publish(post("hi"))
    assert (caught.value.status, caught.value.code, caught.value.retryable) == (400, 190, False)
    assert "wrong-token-value" not in str(caught.value) and fake.posts == []


def test_server_errors_are_retryable(fake: FakeGraph, url: str) -> None:
    fake.fail_next(500)
    with pytest.raises(PublishError) as caught:
        facebook(url).publish(post("hi"))
    assert (caught.value.status, caught.value.retryable, caught.value.outcome_unknown) == (500, True, False)


def test_quota_exhaustion_is_rate_limited_with_meta_usage_header(fake: FakeGraph, url: str) -> None:
    fake.set_quota(1)
    connector = facebook(url)
    connector.publish(post("one"))
    with pytest.raises(RateLimited) as caught:
        connector.publish(post("two"))
    assert caught.value.retry_after == 300  # estimated_time_to_regain_access: 5 minutes
    assert caught.value.state is not None and caught.value.state.remaining == 0
    assert [p["message"] for p in fake.posts] == ["one"]
    health = connector.check_health()
    assert health.rate_limit is not None and health.rate_limit.limit == 100


def test_graph_throttle_codes_are_rate_limits_even_without_429(fake: FakeGraph, url: str) -> None:
    fake.fail_next(400, "(#32) Page request limit reached", code=32)
    with pytest.raises(RateLimited) as caught:
        facebook(url).publish(post("hi"))
    assert caught.value.retryable and "Page request limit" in caught.value.message


def test_crash_recovery_dropped_connection_reconciles_without_a_second_post(fake: FakeGraph, url: str) -> None:
    connector = facebook(url)
    item = post("Elections: polling station at the consulate.")
    fake.drop_next_post()
    with pytest.raises(PublishError) as caught:
        connector.publish(item)
    assert caught.value.outcome_unknown and caught.value.retryable
    found = connector.find_published(item)  # the worker reconciles before any retry
    assert found is not None and found.external_id == fake.posts[0]["id"]
    assert len(fake.posts) == 1
    assert connector.find_published(post("Something never posted")) is None


def test_crash_recovery_while_the_platform_holds_the_answer(fake: FakeGraph, url: str) -> None:
    item = post("Held post")
    fake.hold_next_post()
    results: list[Any] = []
    worker = threading.Thread(target=lambda: results.append(facebook(url).publish(item)))
    worker.start()
    assert fake.post_received.wait(5)
    found = facebook(url).find_published(item)  # a restarted worker looks before retrying
    fake.release()
    worker.join(5)
    assert found is not None and results[0].external_id == found.external_id
    assert len(fake.posts) == 1


def test_find_published_ignores_posts_older_than_the_look_back(fake: FakeGraph, url: str) -> None:
    fake.clock = lambda: datetime.now(UTC) - timedelta(days=5)
    facebook(url).publish(post("Same advisory text"))
    fake.clock = lambda: datetime.now(UTC)
    assert facebook(url).find_published(post("Same advisory text")) is None
    assert facebook(url, reconcile_lookback_hours=24 * 7).find_published(post("Same advisory text")) is not None


def test_find_published_finds_our_comment_reply(fake: FakeGraph, url: str) -> None:
    connector = facebook(url)
    connector.publish(post("Advisory"))
    [citizen] = connector.parse(fake.feed_comment_webhook("Same text", author_id="42"))
    reply = post("Same text", in_reply_to=citizen.external_id)
    assert connector.find_published(reply) is None  # the citizen's identical words are not ours
    fake.drop_next_post()
    with pytest.raises(PublishError):
        connector.publish(reply)
    found = connector.find_published(reply)
    assert found is not None and found.external_id == fake.comments[-1]["id"]


# -- health -----------------------------------------------------------------------------------------


def test_health_reports_validity_and_expiry_from_debug_token(fake: FakeGraph, url: str) -> None:
    expires = datetime(2030, 1, 1, tzinfo=UTC)
    fake.token_expires_at = expires
    report = facebook(url).check_health()
    assert report.ok and report.token_expires_at == expires and "expires 2030" in report.detail
    fake.token_expires_at = None
    assert facebook(url).check_health().token_expires_at is None  # Meta's 0 = never expires


def test_health_fails_for_an_expired_or_wrong_token_or_missing_permission(fake: FakeGraph, url: str) -> None:
    fake.token_expires_at = datetime(2020, 1, 1, tzinfo=UTC)
    expired = facebook(url).check_health()
    assert not expired.ok and "expired" in expired.detail.lower()
    fake.token_expires_at = None
    wrong = facebook(url, access_token="nope").check_health()
    assert not wrong.ok and "rejected" in wrong.detail and "nope" not in wrong.detail
    fake.scopes = ["pages_read_engagement"]
    missing = facebook(url).check_health()
    assert not missing.ok and "pages_manage_posts" in missing.detail


def test_health_uses_an_app_token_or_falls_back_to_me(fake: FakeGraph, url: str) -> None:
    fake.debug_token_needs_app_token = True
    fallback = instagram(url, token_expires_at=datetime(2031, 1, 1, tzinfo=UTC)).check_health()
    assert (
        fallback.ok
        and fake.page_name in fallback.detail
        and fallback.token_expires_at == datetime(2031, 1, 1, tzinfo=UTC)
    )
    with_app = instagram(url, app_id=fake.app_id).check_health()
    assert with_app.ok and "page token valid" in with_app.detail


# -- Instagram ----------------------------------------------------------------------------------------


def test_instagram_publishes_a_container_then_media_publish(fake: FakeGraph, url: str) -> None:
    receipt = instagram(url).publish(post("Passport day on Saturday #consulate", media=(JPEG,)))
    posts = [r for r in fake.requests if r[0] == "POST"]
    assert posts == [("POST", f"{fake.ig_user_id}/media"), ("POST", f"{fake.ig_user_id}/media_publish")]
    [media] = fake.ig_media
    assert (media["id"], media["media_url"]) == (receipt.external_id, JPEG.url)
    assert media["caption"] == "Passport day on Saturday #consulate"


def test_instagram_without_an_image_is_refused_before_any_call(fake: FakeGraph, url: str) -> None:
    with pytest.raises(PublishError, match="Instagram requires an image") as caught:
        instagram(url).publish(post("Text only"))
    assert not caught.value.retryable
    no_url = MediaFile("card.jpg", "image/jpeg", b"x", "alt")
    with pytest.raises(PublishError, match="public URL"):
        instagram(url).publish(post("No URL", media=(no_url,)))
    assert fake.requests == []


def test_instagram_caption_limit(fake: FakeGraph, url: str) -> None:
    instagram(url).publish(post("c" * 2_200, media=(JPEG,)))
    with pytest.raises(GraphError, match="2200") as caught:
        instagram(url).publish(post("c" * 2_201, media=(JPEG,)))
    assert caught.value.status == 400 and len(fake.ig_media) == 1


def test_instagram_reply_to_a_comment_and_reconcile(fake: FakeGraph, url: str) -> None:
    connector = instagram(url)
    connector.publish(post("Photo", media=(JPEG,)))
    [citizen] = connector.parse(fake.instagram_comment_webhook("Where to apply?", media_id=fake.ig_media[0]["id"]))
    reply = post("At the consulate, see the link in bio.", in_reply_to=citizen.external_id)
    receipt = connector.publish(reply)
    found = connector.find_published(reply)
    assert found is not None and found.external_id == receipt.external_id


def test_instagram_lost_publish_answer_is_found_by_caption(fake: FakeGraph, url: str) -> None:
    connector = instagram(url)
    item = post("Caption to find", media=(JPEG,))
    fake.drop_next_post()
    with pytest.raises(PublishError) as caught:
        connector.publish(item)
    assert caught.value.outcome_unknown
    found = connector.find_published(item)
    assert found is not None and found.external_id == fake.ig_media[0]["id"]
    assert found.url is not None and found.url.startswith("https://www.instagram.com/p/")


# -- Messenger ----------------------------------------------------------------------------------------


def test_messenger_sends_a_response_to_the_psid(fake: FakeGraph, url: str) -> None:
    receipt = messenger(url).publish(post("We can help.", recipient="6100000000000001"))
    assert fake.messages == [
        {
            "recipient_id": "6100000000000001",
            "message_id": receipt.external_id,
            "text": "We can help.",
            "messaging_type": "RESPONSE",
        }
    ]


def test_messenger_needs_a_recipient_and_refuses_attachments(fake: FakeGraph, url: str) -> None:
    with pytest.raises(PublishError, match="PSID"):
        messenger(url).publish(post("Hi"))
    with pytest.raises(PublishError, match="attachments"):
        messenger(url).publish(post("Hi", recipient="1", media=(JPEG,)))
    assert fake.messages == []


def test_messenger_lost_answer_is_unknown_and_cannot_be_reconciled(fake: FakeGraph, url: str) -> None:
    fake.drop_next_post()
    with pytest.raises(PublishError) as caught:
        messenger(url).publish(post("Hi", recipient="6100000000000001"))
    assert caught.value.outcome_unknown and len(fake.messages) == 1
