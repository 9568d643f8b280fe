"""Platform webhooks: `GET /webhooks/{channel_id}` answers the subscription handshake (X CRC, Meta
hub.challenge); `POST` verifies the signature over the raw body and only then stores the items.

A forged or unsigned request is refused with 401 and nothing is stored. There is no user login here:
the signature is the authentication, so the channel's connector (and its secret) decides.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel

from consuldesk.api.deps import RuntimeDep, SessionDep
from consuldesk.auth.models import Mission
from consuldesk.channels.service import connector_for
from consuldesk.connectors.base import AnswersHandshake, ReceivesWebhooks, ReportsDeliveries
from consuldesk.connectors.file_import import RecordError
from consuldesk.errors import InvalidInput, NotAuthenticated, NotFound
from consuldesk.inbox.models import Channel
from consuldesk.ingest.service import import_records
from consuldesk.publishing.reports import do_apply_delivery_reports

router = APIRouter(prefix="/webhooks", tags=["webhooks"])
log = logging.getLogger("consuldesk.webhooks")

MAX_BODY_BYTES = 5_000_000


class WebhookOut(BaseModel):
    accepted: int
    duplicates: int
    failed_deliveries: int = 0


def _channel(session: SessionDep, channel_id: int) -> Channel:
    channel = session.get(Channel, channel_id)
    if channel is None:
        raise NotFound("no such channel")
    return channel


@router.get("/{channel_id}")
def handshake(channel_id: int, request: Request, runtime: RuntimeDep, session: SessionDep) -> Response:
    connector = connector_for(_channel(session, channel_id), runtime.credentials)
    if not isinstance(connector, AnswersHandshake):
        raise NotFound(f"{connector.platform} webhooks have no handshake")
    reply = connector.handshake(dict(request.query_params))
    return Response(reply.body, status_code=reply.status, media_type=reply.content_type)


@router.post("/{channel_id}", response_model=WebhookOut)
async def receive(channel_id: int, request: Request, runtime: RuntimeDep, session: SessionDep) -> WebhookOut:
    channel = _channel(session, channel_id)
    connector = connector_for(channel, runtime.credentials)
    if not isinstance(connector, ReceivesWebhooks):
        raise NotFound(f"{channel.platform} channels do not receive webhooks")
    body = await request.body()
    if len(body) > MAX_BODY_BYTES:
        raise InvalidInput(f"webhook body over {MAX_BODY_BYTES} bytes")
    if not connector.verify(dict(request.headers), body):
        log.warning("rejected unsigned or forged webhook for channel %s", channel_id)
        raise NotAuthenticated("webhook signature missing or invalid; nothing was stored")
    try:
        items = list(connector.parse(body))
    except RecordError as exc:
        raise InvalidInput(f"webhook body not understood: {exc}") from exc
    for item in items:
        item.channel_ref = channel.handle  # the URL names the channel; payload ids may be page or app ids
    failed = 0
    if isinstance(connector, ReportsDeliveries):
        failed = do_apply_delivery_reports(session, runtime.clock, channel_id=channel.id, platform=channel.platform,
                                           reports=connector.delivery_reports(body))
        session.commit()
    mission = session.get_one(Mission, channel.mission_id)
    summary = import_records(runtime, items, source=None, mission=mission.code, process=False)
    return WebhookOut(accepted=summary.accepted, duplicates=summary.duplicates, failed_deliveries=failed)
