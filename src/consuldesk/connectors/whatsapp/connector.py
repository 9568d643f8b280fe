"""WhatsApp Cloud API: messages to a citizen's number from the consulate's business number.

Free-form text (or an image with a caption) inside the 24-hour window; an approved template
(`post.template`, language from `post.language`) outside it. Not Reconciles: the Cloud API cannot
list sent messages, so an unknown outcome is never retried blindly.
"""

from __future__ import annotations

from typing import Any

import httpx
from pydantic import Field

from consuldesk.connectors.base import Capability
from consuldesk.connectors.meta.base import MetaConnectorBase
from consuldesk.connectors.meta.graph import MetaConfig
from consuldesk.connectors.meta.webhooks import parse_statuses
from consuldesk.connectors.models import DeliveryReport, OutboundPost, PublishError, Receipt

__all__ = ["REENGAGEMENT_ERROR", "WhatsAppConfig", "WhatsAppConnector"]

REENGAGEMENT_ERROR = 131047  # GraphError.code when the 24-hour window is closed: send a template


class WhatsAppConfig(MetaConfig):
    phone_number_id: str = Field(
        pattern=r"^\d+$", title="Phone number id", description="The Cloud API id of the business phone number."
    )
    default_template_language: str = Field(
        "en", title="Default template language", description="Template language code when a post names none."
    )


class WhatsAppConnector(MetaConnectorBase):
    platform = "whatsapp"
    capabilities = frozenset({Capability.PUBLISHES, Capability.RECEIVES_WEBHOOKS, Capability.REPORTS_HEALTH,
                              Capability.REPORTS_DELIVERIES})
    Config = WhatsAppConfig
    webhook_objects = frozenset({"whatsapp_business_account"})
    required_scopes = frozenset({"whatsapp_business_messaging"})

    def __init__(self, config: WhatsAppConfig, *, transport: httpx.BaseTransport | None = None) -> None:
        super().__init__(config, transport=transport)
        self._phone_number_id = config.phone_number_id
        self._default_language = config.default_template_language

    def _content(self, post: OutboundPost) -> dict[str, Any]:
        if post.template:
            # The template's text is approved by Meta in advance; `post.text` is not sent.
            language = post.language or self._default_language
            return {"type": "template", "template": {"name": post.template, "language": {"code": language}}}
        if post.media:
            image = post.media[0]
            if len(post.media) > 1 or not image.url:
                raise PublishError(self.platform, "WhatsApp messages carry one image, sent by its public URL")
            return {"type": "image", "image": {"link": image.url, "caption": post.text}}
        return {"type": "text", "text": {"body": post.text, "preview_url": False}}

    def publish(self, post: OutboundPost) -> Receipt:
        if not post.recipient:
            raise PublishError(self.platform, "a WhatsApp message needs the recipient's number (wa_id)")
        body: dict[str, Any] = {
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": post.recipient,
            **self._content(post),
        }
        if post.in_reply_to:
            body["context"] = {"message_id": post.in_reply_to}
        data = self._graph.post(f"{self._phone_number_id}/messages", body)
        messages = data.get("messages")
        if not (isinstance(messages, list) and messages and isinstance(messages[0], dict) and messages[0].get("id")):
            raise PublishError(
                self.platform, "no message id in the answer", status=200, retryable=True, outcome_unknown=True
            )
        return Receipt(external_id=str(messages[0]["id"]), raw=data)

    def delivery_reports(self, body: bytes) -> list[DeliveryReport]:
        return parse_statuses(body)
