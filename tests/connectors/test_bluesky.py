"""BlueskyConnector against FakeBluesky: sessions, facets, replies, rkey idempotency, limits, Jetstream."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from consuldesk.connectors.base import Publishes, Reconciles, ReportsHealth
from consuldesk.connectors.bluesky import BlueskyConfig, BlueskyConnector, parse_jetstream_event, tid_from_key
from consuldesk.connectors.bluesky.tid import is_tid
from consuldesk.connectors.fakes.bluesky import FakeBluesky
from consuldesk.connectors.fakes.server import FakeServer
from consuldesk.connectors.fakes.x import FakeSlot
from consuldesk.connectors.models import MediaFile, OutboundPost, PublishError, RateLimited
from consuldesk.connectors.registry import build_connector, secret_fields

PASSWORD = "app-pass-very-secret"


@pytest.fixture
def fake(served: tuple[FakeSlot, FakeServer]) -> Iterator[FakeBluesky]:
    fake = FakeBluesky(password=PASSWORD)
    served[0].current = fake
    yield fake
    fake.release()


def connect(url: str, **overrides: Any) -> BlueskyConnector:
    options: dict[str, Any] = {"base_url": url, "identifier": "consulate.bsky.social", "app_password": PASSWORD}
    return BlueskyConnector(BlueskyConfig.model_validate(options | overrides))


def post(text: str, key: str = "k1", reply_to: str | None = None, **kwargs: Any) -> OutboundPost:
    return OutboundPost(text=text, idempotency_key=key, in_reply_to=reply_to, **kwargs)


def test_registry_builds_it_with_secrets_marked() -> None:
    connector = build_connector("bluesky", {"identifier": "a.bsky.social", "app_password": PASSWORD})
    assert isinstance(connector, BlueskyConnector)
    assert secret_fields("bluesky") == {"app_password"}
    for protocol in (Publishes, Reconciles, ReportsHealth):
        assert isinstance(connector, protocol)
    assert PASSWORD not in repr(connector.config) and PASSWORD not in repr(connector)


def test_tids_are_deterministic_and_valid() -> None:
    keys = [f"draft-7/part-{i}" for i in range(200)]
    tids = [tid_from_key(k) for k in keys]
    assert tids == [tid_from_key(k) for k in keys] and len(set(tids)) == 200
    assert all(is_tid(t) for t in tids)


def test_publish_reuses_one_session(fake: FakeBluesky, url: str) -> None:
    b = connect(url)
    first = b.publish(post("Консульство открыто", "p1", language="uk"))
    b.publish(post("Second post", "p2"))
    assert fake.logins == 1
    assert fake.posts[0]["uri"] == first.external_id
    assert fake.posts[0]["rkey"] == tid_from_key("p1")
    assert fake.posts[0]["record"]["langs"] == ["uk"]
    assert first.url == f"https://bsky.app/profile/{fake.did}/post/{tid_from_key('p1')}"
    assert first.raw["cid"] == fake.posts[0]["cid"]


def test_facets_use_utf8_byte_offsets_on_the_wire(fake: FakeBluesky, url: str) -> None:
    fake.add_handle("citizen.bsky.social", "did:plc:citizen4xqzq3lq2r")
    connect(url).publish(post("Консульство: https://example.org @citizen.bsky.social #Візи"))
    facets = fake.posts[0]["record"]["facets"]
    assert facets[0]["index"] == {"byteStart": 24, "byteEnd": 43}
    assert facets[0]["features"] == [{"$type": "app.bsky.richtext.facet#link", "uri": "https://example.org"}]
    assert facets[1]["features"][0] == {"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:citizen4xqzq3lq2r"}
    assert facets[1]["index"] == {"byteStart": 44, "byteEnd": 64}
    assert facets[2]["features"][0] == {"$type": "app.bsky.richtext.facet#tag", "tag": "Візи"}


def test_300_graphemes_pass_and_301_are_refused(fake: FakeBluesky, url: str) -> None:
    b = connect(url)
    b.publish(post("a" * 299 + "👍🏽", "ok"))
    with pytest.raises(PublishError) as caught:
        b.publish(post("a" * 300 + "👍🏽", "long"))
    assert (caught.value.status, caught.value.retryable) == (400, False)
    assert caught.value.message == (
        "InvalidRecord: Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes"
    )
    assert len(fake.posts) == 1


def test_thread_replies_carry_root_and_parent(fake: FakeBluesky, url: str) -> None:
    b = connect(url)
    question = fake.add_post("Where do I renew my passport?")
    one = b.publish(post("Part one", "t1", reply_to=question["uri"]))
    b.publish(post("Part two", "t2", reply_to=one.external_id))
    citizen = {"uri": question["uri"], "cid": question["cid"]}
    assert fake.posts[0]["record"]["reply"] == {"root": citizen, "parent": citizen}
    assert fake.posts[1]["record"]["reply"] == {
        "root": citizen,
        "parent": {"uri": one.external_id, "cid": one.raw["cid"]},
    }


def test_reply_to_a_missing_post_is_not_retryable(fake: FakeBluesky, url: str) -> None:
    with pytest.raises(PublishError) as caught:
        connect(url).publish(post("hi", reply_to=f"at://{fake.did}/app.bsky.feed.post/3l3qo2vuowo2b"))
    assert not caught.value.retryable and "reply target not found" in caught.value.message
    with pytest.raises(PublishError):
        connect(url).publish(post("hi", reply_to="https://bsky.app/profile/x/post/y"))


def test_retry_of_the_same_part_returns_the_existing_record(fake: FakeBluesky, url: str) -> None:
    b = connect(url)
    first = b.publish(post("Queue closed", "same"))
    again = b.publish(post("Queue closed", "same"))
    assert again.external_id == first.external_id and again.raw["cid"] == first.raw["cid"]
    assert len(fake.posts) == 1


def test_crash_mid_send_then_reconcile_by_rkey(fake: FakeBluesky, url: str) -> None:
    b = connect(url, timeout_seconds=0.3)
    sent = post("Office closed on Monday", "crash")
    assert b.find_published(sent) is None
    fake.hold_next_post()
    with pytest.raises(PublishError) as caught:
        b.publish(sent)
    assert caught.value.outcome_unknown and fake.post_received.is_set()
    fake.release()
    found = b.find_published(sent)
    assert found is not None and found.external_id == fake.posts[0]["uri"]
    assert b.publish(sent).external_id == found.external_id
    assert len(fake.posts) == 1


def test_server_error_is_retryable(fake: FakeBluesky, url: str) -> None:
    fake.fail_next_post(502, {"error": "UpstreamFailure", "message": "Upstream Failure"})
    with pytest.raises(PublishError) as caught:
        connect(url).publish(post("hi"))
    assert (caught.value.status, caught.value.retryable) == (502, True)
    assert caught.value.message == "UpstreamFailure: Upstream Failure"


def test_429_is_rate_limited(served: tuple[FakeSlot, FakeServer], url: str) -> None:
    served[0].current = FakeBluesky(password=PASSWORD, quota=1, window_seconds=300)
    b = connect(url)
    b.publish(post("first", "a"))
    with pytest.raises(RateLimited) as caught:
        b.publish(post("second", "b"))
    error = caught.value
    assert 0 < error.retry_after <= 300 and error.message == "RateLimitExceeded: Rate Limit Exceeded"
    assert error.state is not None and (error.state.limit, error.state.remaining) == (1, 0)
    assert error.state.reset_at is not None and error.state.reset_at > datetime.now(UTC)
    assert b.check_health().rate_limit == error.state


def test_wrong_password_is_401_and_never_quoted(fake: FakeBluesky, url: str) -> None:
    with pytest.raises(PublishError) as caught:
        connect(url, app_password="wrong-pass-999").publish(post("hi"))
    assert (caught.value.status, caught.value.retryable) == (401, False)
    assert caught.value.message == "AuthenticationRequired: Invalid identifier or password"
    assert "wrong-pass-999" not in str(caught.value) and fake.posts == []


def test_expired_access_token_is_refreshed_then_relogged(fake: FakeBluesky, url: str) -> None:
    b = connect(url)
    b.publish(post("one", "1"))
    fake.expire_access_tokens()
    b.publish(post("two", "2"))
    assert (fake.logins, fake.refreshes) == (1, 1)
    fake.revoke_sessions()
    b.publish(post("three", "3"))
    assert (fake.logins, fake.refreshes, len(fake.posts)) == (2, 1, 3)


def test_images_are_uploaded_with_alt_text(fake: FakeBluesky, url: str) -> None:
    image = MediaFile("card.png", "image/png", b"\x89PNG...", "Advisory card: border closed")
    connect(url).publish(post("See the card", media=(image,)))
    embed = fake.posts[0]["record"]["embed"]
    assert embed["$type"] == "app.bsky.embed.images"
    [entry] = embed["images"]
    assert entry["alt"] == "Advisory card: border closed" and entry["image"]["mimeType"] == "image/png"
    assert entry["image"]["ref"]["$link"] in fake.blobs


def test_check_health(fake: FakeBluesky, url: str) -> None:
    expires = datetime(2026, 12, 1, tzinfo=UTC)
    report = connect(url, token_expires_at=expires).check_health()
    assert report.ok and report.detail == "@consulate.bsky.social reachable" and report.token_expires_at == expires
    bad = connect(url, app_password="nope").check_health()
    assert not bad.ok and bad.detail == "HTTP 401: AuthenticationRequired: Invalid identifier or password"


# -- Jetstream --------------------------------------------------------------------------------


def _event(operation: str = "create", collection: str = "app.bsky.feed.post", **record: Any) -> dict[str, Any]:
    commit: dict[str, Any] = {"rev": "3l3qo2vutsw2b", "operation": operation, "collection": collection}
    commit["rkey"] = "3l3qo2vuowo2b"
    if operation != "delete":
        commit["record"] = {"$type": collection, "createdAt": "2024-09-09T19:46:02.102Z", **record}
        commit["cid"] = "bafyreidc6sydkkbchcyg62v77wbhzvb2mvytlmsychqgwf2xojjtirmzj4"
    return {"did": "did:plc:eygmaihciaxprqvxpfvl6flk", "time_us": 1725911162329308, "kind": "commit", "commit": commit}


def test_jetstream_post_and_reply() -> None:
    item = parse_jetstream_event(_event(text="Hello consulate", langs=["en"]))
    assert item is not None
    assert item.external_id == "at://did:plc:eygmaihciaxprqvxpfvl6flk/app.bsky.feed.post/3l3qo2vuowo2b"
    assert (item.kind, item.text, item.lang_hint, item.author_id) == (
        "post",
        "Hello consulate",
        "en",
        "did:plc:eygmaihciaxprqvxpfvl6flk",
    )
    assert item.thread_ref == item.external_id and item.created_at == datetime(2024, 9, 9, 19, 46, 2, 102000, UTC)
    root, parent = {"uri": "at://did:plc:a/app.bsky.feed.post/1", "cid": "c1"}, {"uri": "at://x/p/2", "cid": "c2"}
    reply = parse_jetstream_event(_event(text="@consulate help", reply={"root": root, "parent": parent}))
    assert reply is not None and (reply.kind, reply.in_reply_to, reply.thread_ref) == (
        "reply",
        parent["uri"],
        root["uri"],
    )


def test_jetstream_ignores_what_is_not_a_new_post() -> None:
    assert parse_jetstream_event(_event("delete")) is None
    assert parse_jetstream_event(_event("update", text="edited")) is None
    assert parse_jetstream_event(_event(collection="app.bsky.feed.like", subject={})) is None
    assert parse_jetstream_event({"did": "did:plc:a", "kind": "identity", "identity": {"handle": "a.b"}}) is None
    assert parse_jetstream_event(_event(text="bad date", createdAt="yesterday")) is not None
