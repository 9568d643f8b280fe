"""A WhatsApp message accepted by the Cloud API can fail later: the status webhook fails the post."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from consuldesk.app import create_app
from consuldesk.audit.models import AuditEvent
from consuldesk.bootstrap import Runtime
from consuldesk.channels.service import check_connect_channel
from consuldesk.connectors.fake_publisher import FakePublisher
from consuldesk.connectors.fakes.meta import FakeGraph
from consuldesk.connectors.models import DeliveryReport
from consuldesk.publishing.models import Delivery, DeliveryPart, Variant
from consuldesk.publishing.recovery import check_retry
from consuldesk.publishing.reports import do_apply_delivery_reports
from consuldesk.publishing.send import send_due
from factories import make_user
from publishing_desk import Desk, make_desk, whatsapp_dm

WHATSAPP = {"access_token": "wa-token", "app_secret": "wa-app-secret", "verify_token": "vt",
            "phone_number_id": "106540000000001"}


@pytest.fixture
def desk(runtime: Runtime) -> Desk:
    return make_desk(runtime)


def _sent_dm(desk: Desk, *, new_channel: bool = True) -> tuple[int, str, int]:
    """A private WhatsApp reply sent through a fake publisher: (variant id, message id, channel id)."""
    whatsapp = FakePublisher("whatsapp")
    desk.runtime.connector_factory = lambda channel: whatsapp
    variant_id = whatsapp_dm(desk, written_hours_ago=2, new_channel=new_channel)
    send_due(desk.runtime)
    with desk.runtime.sessions() as session:
        variant = session.get_one(Variant, variant_id)
        assert variant.state == "sent"
        [delivery] = variant.deliveries
        [part] = delivery.parts
        assert part.external_id
        return variant_id, part.external_id, delivery.channel_id


def _apply(desk: Desk, channel_id: int, *reports: DeliveryReport) -> int:
    with desk.runtime.sessions() as session:
        changed = do_apply_delivery_reports(session, desk.runtime.clock, channel_id=channel_id,
                                            platform="whatsapp", reports=reports)
        session.commit()
        return changed


def test_a_late_failure_fails_the_sent_post_with_the_platform_reason(desk: Desk) -> None:
    variant_id, message_id, channel_id = _sent_dm(desk)
    assert _apply(desk, channel_id, DeliveryReport(message_id, "delivered"), DeliveryReport(message_id, "read")) == 0
    failure = DeliveryReport(message_id, "failed", 131047, "Re-engagement message")
    assert _apply(desk, channel_id, failure, DeliveryReport("wamid.someone-else", "failed", 1, "x")) == 1
    with desk.runtime.sessions() as session:
        variant = session.get_one(Variant, variant_id)
        assert variant.state == "failed"
        assert variant.failure is not None and "#131047" in variant.failure and "template" in variant.failure
        part = session.scalars(select(DeliveryPart)).one()
        assert part.state == "failed" and session.scalars(select(Delivery)).one().state == "failed"
        actions = session.scalars(select(AuditEvent.action)).all()
        assert "delivery.failed_later" in actions
        # the officer can retry (e.g. after the citizen writes again) like any failed post
        check_retry(session, desk.runtime.clock, session.merge(desk.author), variant_id)
        assert session.get_one(Variant, variant_id).state == "scheduled"


def test_reports_for_another_channel_change_nothing(desk: Desk) -> None:
    variant_id, message_id, channel_id = _sent_dm(desk)
    assert _apply(desk, channel_id + 1, DeliveryReport(message_id, "failed", 131047, "x")) == 0
    with desk.runtime.sessions() as session:
        assert session.get_one(Variant, variant_id).state == "sent"


@pytest.fixture
def client(desk: Desk) -> Iterator[TestClient]:
    with TestClient(create_app(desk.runtime)) as test_client:
        yield test_client


def test_signed_status_webhook_fails_the_post_and_forged_one_is_refused(desk: Desk, client: TestClient) -> None:
    rt = desk.runtime
    admin = make_user(rt, "wa_admin", ["admin"], missions=[])
    with rt.sessions() as session:
        channel = check_connect_channel(session, rt.clock, rt.credentials, session.merge(admin),
                                        mission_id=desk.mission_id, platform="whatsapp", handle="15550000001",
                                        name="WhatsApp", options=WHATSAPP)
        channel.publishing_enabled = True
        session.commit()
        channel_id = channel.id
    variant_id, message_id, _ = _sent_dm(desk, new_channel=False)
    graph = FakeGraph(access_token=WHATSAPP["access_token"], app_secret=WHATSAPP["app_secret"])
    body = graph.whatsapp_status_webhook(message_id)
    forged = client.post(f"/api/v1/webhooks/{channel_id}", content=body,
                         headers=FakeGraph(app_secret="other").signed_webhook(body))
    assert forged.status_code == 401
    with rt.sessions() as session:
        assert session.get_one(Variant, variant_id).state == "sent"
    response = client.post(f"/api/v1/webhooks/{channel_id}", content=body, headers=graph.signed_webhook(body))
    assert response.status_code == 200, response.text
    assert response.json() == {"accepted": 0, "duplicates": 0, "failed_deliveries": 1}
    with rt.sessions() as session:
        variant = session.get_one(Variant, variant_id)
        assert variant.state == "failed" and "24 hours" in (variant.failure or "")
