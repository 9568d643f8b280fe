"""Webhook receivers through the API: signed requests are stored, forged or unsigned ones are refused
and store nothing; the subscription handshakes answer only the platform."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from consuldesk.app import create_app
from consuldesk.bootstrap import Runtime
from consuldesk.channels.service import check_connect_channel
from consuldesk.connectors.fakes.meta import FakeGraph
from consuldesk.connectors.fakes.telegram import FakeTelegram
from consuldesk.inbox.models import Item
from consuldesk.ingest.service import process_pending
from factories import make_mission, make_user


@pytest.fixture
def client(runtime: Runtime) -> Iterator[TestClient]:
    make_mission(runtime, "lisbon")
    with TestClient(create_app(runtime)) as test_client:
        yield test_client


def _connect(runtime: Runtime, platform: str, handle: str, options: dict[str, Any]) -> int:
    admin = make_user(runtime, f"admin_{platform}", ["admin"], missions=[])
    with runtime.sessions() as session:
        channel = check_connect_channel(session, runtime.clock, runtime.credentials, session.merge(admin),
                                        mission_id=1, platform=platform, handle=handle, name=handle, options=options)
        session.commit()
        return channel.id


def _items(runtime: Runtime) -> int:
    with runtime.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Item)) or 0)


META = {"access_token": "fake-page-token", "app_secret": "fake-app-secret", "verify_token": "verify-me",
        "page_id": "1000000000000001"}


def test_signed_meta_webhook_is_stored_and_triaged(client: TestClient, runtime: Runtime) -> None:
    channel_id = _connect(runtime, "facebook", "1000000000000001", META)
    graph = FakeGraph()
    body = graph.feed_comment_webhook("My passport was stolen last night, my flight is tomorrow. Help!")
    response = client.post(f"/api/v1/webhooks/{channel_id}", content=body, headers=graph.signed_webhook(body))
    assert response.status_code == 200, response.text
    assert response.json() == {"accepted": 1, "duplicates": 0, "failed_deliveries": 0}
    process_pending(runtime)
    with runtime.sessions() as session:
        item = session.scalars(select(Item)).one()
        assert item.channel_id == channel_id and item.status == "triaged"
    again = client.post(f"/api/v1/webhooks/{channel_id}", content=body, headers=graph.signed_webhook(body))
    # Meta retries deliveries; we store once
    assert again.json() == {"accepted": 0, "duplicates": 1, "failed_deliveries": 0}


@pytest.mark.parametrize("forge", ["unsigned", "wrong_secret", "tampered", "garbage_header"])
def test_forged_meta_webhooks_are_rejected_and_nothing_is_stored(
    client: TestClient, runtime: Runtime, forge: str
) -> None:
    channel_id = _connect(runtime, "facebook", "1000000000000001", META)
    graph = FakeGraph(app_secret="someone-elses-secret" if forge == "wrong_secret" else "fake-app-secret")
    body = graph.feed_comment_webhook("Click here to renew your passport: http://phish.example")
    headers = graph.signed_webhook(body)
    if forge == "unsigned":
        headers = {"Content-Type": "application/json"}
    elif forge == "tampered":
        body = body.replace(b"phish", b"phash")
    elif forge == "garbage_header":
        headers["X-Hub-Signature-256"] = "sha256=zz-not-hex-at-all"
    response = client.post(f"/api/v1/webhooks/{channel_id}", content=body, headers=headers)
    assert response.status_code == 401
    assert response.json()["code"] == "CD-E1401"
    assert _items(runtime) == 0


def test_meta_handshake_answers_only_the_right_verify_token(client: TestClient, runtime: Runtime) -> None:
    channel_id = _connect(runtime, "facebook", "1000000000000001", META)
    ok = client.get(f"/api/v1/webhooks/{channel_id}", params=FakeGraph.handshake_params("verify-me", "4242"))
    assert (ok.status_code, ok.text) == (200, "4242")
    wrong = client.get(f"/api/v1/webhooks/{channel_id}", params=FakeGraph.handshake_params("guess", "4242"))
    assert wrong.status_code == 403


def test_telegram_secret_token_is_required(client: TestClient, runtime: Runtime) -> None:
    channel_id = _connect(runtime, "telegram", "@fictland_consulate_bot",
                          {"bot_token": "123456:ABC-fake", "webhook_secret_token": "s3cret_Token-1"})
    bot = FakeTelegram(token="123456:ABC-fake", secret_token="s3cret_Token-1")
    body = bot.message_update("Наш син зник після повені, допоможіть")
    stored = client.post(f"/api/v1/webhooks/{channel_id}", content=body, headers=bot.signed_webhook(body))
    assert stored.status_code == 200 and stored.json()["accepted"] == 1
    forged = bot.message_update("fake")
    refused = client.post(f"/api/v1/webhooks/{channel_id}", content=forged,
                          headers={"X-Telegram-Bot-Api-Secret-Token": "guess"})
    assert refused.status_code == 401
    assert _items(runtime) == 1


def test_channel_api_never_returns_credentials(client: TestClient, runtime: Runtime) -> None:
    _connect(runtime, "facebook", "1000000000000001", META)
    make_user(runtime, "chief", ["supervisor"])
    token = client.post("/api/v1/auth/login", json={"username": "chief", "password": "correct horse battery"})
    listing = client.get("/api/v1/channels", headers={"Authorization": f"Bearer {token.json()['access_token']}"})
    assert listing.status_code == 200
    assert "fake-page-token" not in listing.text and "fake-app-secret" not in listing.text
    assert "verify-me" not in listing.text
    with runtime.sessions() as session:
        from consuldesk.inbox.models import Channel

        channel = session.scalars(select(Channel)).one()
        assert "fake-page-token" not in str(channel.config) and "fake-page-token" not in (channel.secret_box or "")


def test_x_crc_and_account_activity_signature(client: TestClient, runtime: Runtime) -> None:
    from consuldesk.connectors.fakes.x import FakeX

    channel_id = _connect(runtime, "x", "@NorvaliaInPT", {"access_token": "x-user-token",
                                                           "consumer_secret": "x-consumer-secret",
                                                           "user_id": "1500000000000000001"})
    x = FakeX(token="x-user-token", consumer_secret="x-consumer-secret")
    crc = client.get(f"/api/v1/webhooks/{channel_id}", params={"crc_token": "test_crc_token"})
    assert x.crc_accepts("test_crc_token", crc.status_code, crc.content)
    dm = (b'{"for_user_id":"1500000000000000001","direct_message_events":[{"type":"message_create",'
          b'"id":"954491830116155396","created_timestamp":"1516403560557","message_create":{"target":'
          b'{"recipient_id":"1500000000000000001"},"sender_id":"3001969357","message_data":{"text":'
          b'"My husband was arrested in Faro this morning, please help"}}}],"users":{"3001969357":'
          b'{"id":"3001969357","name":"Rui","screen_name":"rui_n"}}}')
    forged = client.post(f"/api/v1/webhooks/{channel_id}", content=dm,
                         headers={"x-twitter-webhooks-signature": "sha256=bm90IHRoZSByaWdodCBzaWduYXR1cmU="})
    assert forged.status_code == 401 and _items(runtime) == 0
    stored = client.post(f"/api/v1/webhooks/{channel_id}", content=dm, headers=x.signed_webhook(dm))
    assert stored.status_code == 200, stored.text
    assert stored.json()["accepted"] == 1 and _items(runtime) == 1
