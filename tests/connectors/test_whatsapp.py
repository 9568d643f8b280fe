"""WhatsAppConnector against FakeGraph: the 24-hour window, templates, limits, webhooks, errors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from consuldesk.connectors.base import AnswersHandshake, Publishes, ReceivesWebhooks, Reconciles, ReportsHealth
from consuldesk.connectors.fakes.base import FakeSlot
from consuldesk.connectors.fakes.meta import FakeGraph
from consuldesk.connectors.fakes.server import FakeServer
from consuldesk.connectors.meta import GraphError
from consuldesk.connectors.models import MediaFile, OutboundPost, PublishError, RateLimited
from consuldesk.connectors.registry import build_connector, secret_fields
from consuldesk.connectors.whatsapp import REENGAGEMENT_ERROR, WhatsAppConnector, window_open

TOKEN = "EAAG-system-user-token-secret"
SECRET = "wa-app-secret"
CITIZEN = "15550000101"
FIXTURES = Path(__file__).parents[1] / "fixtures" / "connectors"
NOW = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


@pytest.fixture
def fake(served: tuple[FakeSlot, FakeServer]) -> Iterator[FakeGraph]:
    fake = FakeGraph(access_token=TOKEN, app_secret=SECRET, clock=lambda: NOW)
    served[0].current = fake
    yield fake
    fake.release()


def options(url: str = "https://graph.facebook.com", **overrides: Any) -> dict[str, Any]:
    base = {"base_url": url, "access_token": TOKEN, "app_secret": SECRET, "verify_token": "vt"}
    return base | {"phone_number_id": "106540000000001"} | overrides


def connect(url: str, **overrides: Any) -> WhatsAppConnector:
    return WhatsAppConnector(WhatsAppConnector.Config.model_validate(options(url, **overrides)))


def message(text: str = "Your appointment is confirmed.", **kwargs: Any) -> OutboundPost:
    return OutboundPost(text=text, idempotency_key="k1", recipient=kwargs.pop("recipient", CITIZEN), **kwargs)


# -- the window rule --------------------------------------------------------------------------------


def test_window_open_is_strictly_within_24_hours() -> None:
    assert not window_open(None, NOW)
    assert window_open(NOW - timedelta(hours=23, minutes=59), NOW)
    assert not window_open(NOW - timedelta(hours=24), NOW)
    assert not window_open(NOW - timedelta(days=3), NOW)
    assert window_open(datetime(2026, 3, 14, 1, 0), NOW)  # naive means UTC


# -- configuration ----------------------------------------------------------------------------------


def test_registry_builds_it_without_reconcile() -> None:
    connector = build_connector("whatsapp", options())
    assert connector.platform == "whatsapp"
    assert secret_fields("whatsapp") == {"access_token", "app_secret", "verify_token"}
    assert all(isinstance(connector, p) for p in (Publishes, ReceivesWebhooks, AnswersHandshake, ReportsHealth))
    assert not isinstance(connector, Reconciles)
    for name, field in WhatsAppConnector.Config.model_fields.items():
        assert field.title and field.description, name


# -- sending ------------------------------------------------------------------------------------------


def test_text_inside_the_window_is_sent(fake: FakeGraph, url: str) -> None:
    connector = connect(url)
    [inbound] = connector.parse(fake.whatsapp_webhook(CITIZEN, "Is my passport ready?", when=NOW - timedelta(hours=2)))
    receipt = connect(url).publish(message("Yes, collect it tomorrow.", in_reply_to=inbound.external_id))
    [sent] = fake.wa_messages
    assert sent["id"] == receipt.external_id and receipt.external_id.startswith("wamid.")
    assert {k: sent[k] for k in ("messaging_product", "recipient_type", "to", "type", "text", "context")} == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": CITIZEN,
        "type": "text",
        "text": {"body": "Yes, collect it tomorrow.", "preview_url": False},
        "context": {"message_id": inbound.external_id},
    }


def test_free_form_text_outside_the_window_gets_the_reengagement_error(fake: FakeGraph, url: str) -> None:
    fake.record_inbound(CITIZEN, NOW - timedelta(hours=25))
    with pytest.raises(GraphError, match="Re-engagement message") as caught:
        connect(url).publish(message())
    assert caught.value.code == REENGAGEMENT_ERROR == 131047
    assert (caught.value.status, caught.value.retryable) == (400, False)
    assert "24 hours" in caught.value.message
    with pytest.raises(GraphError, match="Re-engagement"):
        connect(url).publish(message(recipient="15550000999"))  # never wrote at all
    assert fake.wa_messages == []


def test_a_template_is_accepted_outside_the_window(fake: FakeGraph, url: str) -> None:
    receipt = connect(url).publish(message("ignored", template="consular_follow_up", language="de"))
    [sent] = fake.wa_messages
    assert sent["type"] == "template" and sent["id"] == receipt.external_id
    assert sent["template"] == {"name": "consular_follow_up", "language": {"code": "de"}}
    connect(url, default_template_language="en_US").publish(message(template="hello_world"))
    assert fake.wa_messages[1]["template"]["language"] == {"code": "en_US"}


def test_an_unknown_template_is_refused(fake: FakeGraph, url: str) -> None:
    with pytest.raises(GraphError) as caught:
        connect(url).publish(message(template="not_approved"))
    assert caught.value.code == 132001 and not caught.value.retryable


def test_text_limit_is_4096(fake: FakeGraph, url: str) -> None:
    fake.record_inbound(CITIZEN)
    connect(url).publish(message("w" * 4_096))
    with pytest.raises(GraphError, match="4096") as caught:
        connect(url).publish(message("w" * 4_097))
    assert caught.value.status == 400 and len(fake.wa_messages) == 1


def test_an_image_goes_by_link_with_its_caption(fake: FakeGraph, url: str) -> None:
    fake.record_inbound(CITIZEN)
    card = MediaFile("card.jpg", "image/jpeg", b"x", "card", url="https://cdn.example.org/card.jpg")
    connect(url).publish(message("See the card", media=(card,)))
    assert fake.wa_messages[0]["image"] == {"link": card.url, "caption": "See the card"}
    with pytest.raises(PublishError, match="public URL"):
        connect(url).publish(message("no url", media=(MediaFile("a.jpg", "image/jpeg", b"x", "a"),)))


def test_a_recipient_is_required(fake: FakeGraph, url: str) -> None:
    with pytest.raises(PublishError, match="wa_id"):
        connect(url).publish(message(recipient=None))
    assert fake.requests == []


def test_wrong_token_is_401_and_never_quoted(fake: FakeGraph, url: str) -> None:
    with pytest.raises(GraphError) as caught:
        connect(url, access_token="bad-token-123").publish(message(template="hello_world"))
    assert (caught.value.status, caught.value.code, caught.value.retryable) == (401, 190, False)
    assert "bad-token-123" not in str(caught.value)


def test_throughput_limit_is_rate_limited(fake: FakeGraph, url: str) -> None:
    fake.set_quota(0)
    with pytest.raises(RateLimited) as caught:
        connect(url).publish(message(template="hello_world"))
    assert caught.value.retry_after > 0 and fake.wa_messages == []


def test_a_lost_answer_is_unknown_and_stored_once(fake: FakeGraph, url: str) -> None:
    fake.drop_next_post()
    with pytest.raises(PublishError) as caught:
        connect(url).publish(message(template="hello_world"))
    assert caught.value.outcome_unknown and len(fake.wa_messages) == 1


def test_health(fake: FakeGraph, url: str) -> None:
    assert connect(url).check_health().ok
    fake.scopes = ["whatsapp_business_management"]
    report = connect(url).check_health()
    assert not report.ok and "whatsapp_business_messaging" in report.detail


# -- webhooks ---------------------------------------------------------------------------------------


def test_signed_inbound_message_verifies_and_parses(fake: FakeGraph) -> None:
    connector = connect("http://x")
    body = fake.whatsapp_webhook(CITIZEN, "Здравствуйте, нужна справка", name="Aiko")
    headers = fake.signed_webhook(body)
    assert connector.verify(headers, body)
    assert not connector.verify(headers, body[:-1] + b" ")
    assert not connect("http://x", app_secret="other").verify(headers, body)
    assert not connector.verify({k: v for k, v in headers.items() if k != "X-Hub-Signature-256"}, body)
    [item] = connector.parse(body)
    assert (item.platform, item.kind, item.author_id, item.author_name) == ("whatsapp", "dm", CITIZEN, "Aiko")
    assert (
        item.text == "Здравствуйте, нужна справка" and item.thread_ref == f"whatsapp:{fake.phone_number_id}:{CITIZEN}"
    )
    assert fake.last_inbound[CITIZEN] == NOW


def test_parse_recorded_payload_and_handshake() -> None:
    connector = connect("http://x")
    items = connector.parse((FIXTURES / "whatsapp" / "messages.json").read_bytes())
    assert items and {i.platform for i in items} == {"whatsapp"}
    assert connector.handshake(FakeGraph.handshake_params("vt", "42")).body == b"42"
    assert connector.handshake(FakeGraph.handshake_params("nope")).status == 403


def test_status_webhooks_report_late_failures_and_carry_no_items(fake: FakeGraph) -> None:
    from consuldesk.connectors.base import ReportsDeliveries

    connector = connect("http://x")
    assert isinstance(connector, ReportsDeliveries)
    failed = fake.whatsapp_status_webhook("wamid.OUT1")
    assert connector.verify(fake.signed_webhook(failed), failed)
    assert connector.parse(failed) == []  # a status is not a citizen's message
    [report] = connector.delivery_reports(failed)
    assert (report.external_id, report.status, report.error_code) == ("wamid.OUT1", "failed", REENGAGEMENT_ERROR)
    assert report.error is not None and "24 hours" in report.error
    [read] = connector.delivery_reports(fake.whatsapp_status_webhook("wamid.OUT1", "read"))
    assert (read.status, read.error_code, read.error) == ("read", None, None)
    assert connector.delivery_reports(fake.whatsapp_webhook(CITIZEN, "hello")) == []


@pytest.mark.parametrize("body", [b"not json", b"[]", b'{"entry": "x"}',
                                  b'{"entry": [{"changes": [{"value": {"statuses": [{"status": 5}, "x"]}}]}]}'])
def test_malformed_statuses_are_skipped(body: bytes) -> None:
    assert connect("http://x").delivery_reports(body) == []
