"""TelegramConnector against FakeTelegram: sending, replies, photos, limits, errors, token hygiene, webhooks."""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import ValidationError

from consuldesk.connectors.base import AnswersHandshake, Publishes, ReceivesWebhooks, Reconciles, ReportsHealth
from consuldesk.connectors.fakes.base import FakeSlot
from consuldesk.connectors.fakes.server import FakeServer
from consuldesk.connectors.fakes.telegram import FakeTelegram
from consuldesk.connectors.file_import import RecordError
from consuldesk.connectors.models import MediaFile, OutboundPost, PublishError, RateLimited
from consuldesk.connectors.registry import build_connector, secret_fields
from consuldesk.connectors.telegram import TelegramConnector

TOKEN = "987654321:AAVerySecretBotToken_abcdefghijklmno"
SECRET = "webhook-secret_123"
CHANNEL = -1001000000042
FIXTURES = Path(__file__).parents[1] / "fixtures" / "connectors"
CARD = MediaFile("card.png", "image/png", b"\x89PNGfake", "Advisory card")


@pytest.fixture
def fake(served: tuple[FakeSlot, FakeServer]) -> Iterator[FakeTelegram]:
    fake = FakeTelegram(token=TOKEN, secret_token=SECRET)
    served[0].current = fake
    fake.add_chat(CHANNEL, "channel", title="Consulate news", username="fictland_consulate")
    yield fake
    fake.release()


def options(url: str = "https://api.telegram.org", **overrides: Any) -> dict[str, Any]:
    return {"base_url": url, "bot_token": TOKEN, "webhook_secret_token": SECRET} | overrides


def connect(url: str, **overrides: Any) -> TelegramConnector:
    return TelegramConnector(TelegramConnector.Config.model_validate(options(url, **overrides)))


def post(text: str, **kwargs: Any) -> OutboundPost:
    return OutboundPost(text=text, idempotency_key="k1", **kwargs)


# -- configuration --------------------------------------------------------------------------------


def test_registry_builds_it_with_secrets_marked_and_no_reconcile() -> None:
    connector = build_connector("telegram", options())
    assert secret_fields("telegram") == {"bot_token", "webhook_secret_token"}
    assert all(isinstance(connector, p) for p in (Publishes, ReceivesWebhooks, ReportsHealth))
    assert not isinstance(connector, Reconciles) and not isinstance(connector, AnswersHandshake)
    for name, field in TelegramConnector.Config.model_fields.items():
        assert field.title and field.description, name


def test_config_rejects_a_malformed_secret_without_echoing_it() -> None:
    with pytest.raises(ValidationError) as caught:
        TelegramConnector.Config.model_validate(options(webhook_secret_token="has spaces and ü"))
    assert "has spaces" not in str(caught.value)
    with pytest.raises(ValidationError):
        TelegramConnector.Config.model_validate(options(webhook_secret_token=""))
    assert TOKEN not in repr(TelegramConnector.Config.model_validate(options()))


# -- sending ------------------------------------------------------------------------------------------


def test_send_message_to_the_recipient(fake: FakeTelegram, url: str) -> None:
    receipt = connect(url).publish(post("Добрий день! Довідку можна отримати у вівторок.", recipient="700000001"))
    [sent] = fake.messages
    assert receipt.external_id == f"700000001:{sent['message_id']}" and receipt.url is None
    assert sent["text"].startswith("Добрий день")


def test_posts_without_recipient_go_to_the_configured_channel(fake: FakeTelegram, url: str) -> None:
    receipt = connect(url, channel_chat_id=str(CHANNEL)).publish(post("Advisory: office closed Friday."))
    assert receipt.external_id == f"{CHANNEL}:1"
    assert receipt.url == "https://t.me/fictland_consulate/1"
    with pytest.raises(PublishError, match="no chat"):
        connect(url).publish(post("Where to?"))
    assert len(fake.messages) == 1


def test_reply_to_a_citizen_message_from_its_external_id(fake: FakeTelegram, url: str) -> None:
    connector = connect(url)
    [question] = connector.parse(fake.message_update("How do I renew my passport?", chat_id=700000001))
    receipt = connector.publish(post("Book an appointment online.", in_reply_to=question.external_id))
    sent = fake.messages[-1]
    assert sent["reply_to_message"]["message_id"] == int(question.external_id.split(":")[1])
    assert receipt.external_id.startswith("700000001:")
    # The answer still arrives if the question was deleted meanwhile.
    connector.publish(post("Still here.", in_reply_to="700000001:999"))
    assert "reply_to_message" not in fake.messages[-1]
    with pytest.raises(PublishError, match="not a Telegram message id"):
        connector.publish(post("x", recipient="700000001", in_reply_to="700000001:abc"))


def test_photo_by_url_and_by_upload(fake: FakeTelegram, url: str) -> None:
    connector = connect(url)
    linked = MediaFile("c.jpg", "image/jpeg", b"x", "alt", url="https://cdn.example.org/c.jpg")
    connector.publish(post("By link", recipient="700000001", media=(linked,)))
    question = json.loads(fake.message_update("Thanks?", chat_id=700000001))["message"]
    connector.publish(post("Uploaded", media=(CARD,), in_reply_to=f"700000001:{question['message_id']}"))
    assert [(m["fake_source"], m["caption"]) for m in fake.messages] == [
        (linked.url, "By link"),
        ("upload", "Uploaded"),
    ]
    assert fake.messages[1]["reply_to_message"]["message_id"] == question["message_id"]


def test_length_limits_are_enforced_by_the_platform(fake: FakeTelegram, url: str) -> None:
    connector = connect(url)
    connector.publish(post("t" * 4_096, recipient="700000001"))
    with pytest.raises(PublishError, match="message is too long") as caught:
        connector.publish(post("t" * 4_097, recipient="700000001"))
    assert (caught.value.status, caught.value.retryable) == (400, False)
    with pytest.raises(PublishError, match="caption is too long"):
        connector.publish(post("c" * 1_025, recipient="700000001", media=(CARD,)))
    assert len(fake.messages) == 1


def test_too_many_requests_carries_retry_after(fake: FakeTelegram, url: str) -> None:
    fake.set_quota(1)
    connector = connect(url)
    connector.publish(post("one", recipient="700000001"))
    with pytest.raises(RateLimited) as caught:
        connector.publish(post("two", recipient="700000001"))
    assert (caught.value.retry_after, caught.value.status) == (7, 429)
    assert "retry after 7" in caught.value.message and len(fake.messages) == 1


def test_server_errors_are_retryable(fake: FakeTelegram, url: str) -> None:
    fake.fail_next(502, "Bad Gateway")
    with pytest.raises(PublishError) as caught:
        connect(url).publish(post("hi", recipient="700000001"))
    assert (caught.value.status, caught.value.retryable) == (502, True)


def test_a_lost_answer_is_unknown_and_stored_once(fake: FakeTelegram, url: str) -> None:
    fake.drop_next_post()
    with pytest.raises(PublishError) as caught:
        connect(url).publish(post("hi", recipient="700000001"))
    assert caught.value.outcome_unknown and len(fake.messages) == 1


# -- the token never leaves the wire --------------------------------------------------------------------


def test_wrong_token_is_unauthorized_and_never_quoted(fake: FakeTelegram, url: str) -> None:
    wrong = "111:WrongTokenValue"
    with pytest.raises(PublishError) as caught:
        connect(url, bot_token=wrong).publish(post("hi", recipient="700000001"))
    assert (caught.value.status, caught.value.message, caught.value.retryable) == (401, "Unauthorized", False)
    assert wrong not in str(caught.value) and wrong not in repr(caught.value)
    health = connect(url, bot_token=wrong).check_health()
    assert not health.ok and "rejected" in health.detail and wrong not in health.detail


def test_token_is_in_the_wire_url_but_not_in_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    wire: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        wire.append(request.url.path)
        return httpx.Response(200, json={"ok": True, "result": {"id": 987654321, "username": "bot"}})

    with caplog.at_level(logging.DEBUG):
        connector = TelegramConnector(
            TelegramConnector.Config.model_validate(options()), transport=httpx.MockTransport(handler)
        )
        assert connector.check_health().ok
    assert wire == [f"/bot{TOKEN}/getMe"]
    assert "getMe" in caplog.text and TOKEN not in caplog.text
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    with pytest.raises(PublishError) as caught:
        connect(closed).publish(post("hi", recipient="1"))
    assert caught.value.retryable and TOKEN not in str(caught.value)


# -- webhooks and health --------------------------------------------------------------------------------


def test_verify_requires_the_exact_secret_token_header(fake: FakeTelegram) -> None:
    connector = connect("http://x")
    body = fake.message_update("hello")
    assert connector.verify(fake.signed_webhook(body), body)
    assert connector.verify({"x-telegram-bot-api-secret-token": SECRET}, body)
    for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "guess"}, {"X-Telegram-Bot-Api-Secret-Token": SECRET + "x"},
                    {"X-Telegram-Bot-Api-Secret-Token": "ü"}, {"X-Hub-Signature-256": SECRET}):  # fmt: skip
        assert not connector.verify(headers, body)


def test_parse_updates_with_the_file_import_mapper(fake: FakeTelegram) -> None:
    connector = connect("http://x")
    [item] = connector.parse(fake.message_update("Потрібна довідка", chat_id=700000001, first_name="Olena"))
    assert (item.platform, item.kind, item.author_name, item.thread_ref) == (
        "telegram",
        "dm",
        "Olena",
        "telegram:700000001",
    )
    for line in (FIXTURES / "telegram" / "updates.jsonl").read_text().splitlines()[:3]:
        assert [i.platform for i in connector.parse(line.encode())] == ["telegram"]
    assert connector.parse(b'{"update_id": 5, "callback_query": {"id": "1"}}') == []
    with pytest.raises(RecordError):
        connector.parse(b'{"object": "page", "entry": []}')
    with pytest.raises(RecordError, match="invalid JSON"):
        connector.parse(b"{")


def test_health_from_get_me(fake: FakeTelegram, url: str) -> None:
    report = connect(url).check_health()
    assert report.ok and "@consuldesk_test_bot" in report.detail and report.token_expires_at is None
    assert fake.requests == ["getMe"]
