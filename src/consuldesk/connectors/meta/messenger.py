"""Messenger: reply to a person who wrote to the Page, addressed by their page-scoped id (PSID).

Not Reconciles: the Send API gives no way to list what the Page sent, so an unknown outcome here
must not be retried blindly; the worker leaves it for a person to check.
"""

from __future__ import annotations

import httpx
from pydantic import Field

from consuldesk.connectors.base import Capability
from consuldesk.connectors.meta.base import MetaConnectorBase
from consuldesk.connectors.meta.graph import MetaConfig, response_id
from consuldesk.connectors.models import OutboundPost, PublishError, Receipt

__all__ = ["MessengerConfig", "MessengerConnector"]


class MessengerConfig(MetaConfig):
    page_id: str = Field(
        pattern=r"^\d+$", title="Page id", description="The Facebook Page the conversations belong to."
    )


class MessengerConnector(MetaConnectorBase):
    platform = "messenger"
    capabilities = frozenset({Capability.PUBLISHES, Capability.RECEIVES_WEBHOOKS, Capability.REPORTS_HEALTH})
    Config = MessengerConfig
    webhook_objects = frozenset({"page"})
    required_scopes = frozenset({"pages_messaging"})

    def __init__(self, config: MessengerConfig, *, transport: httpx.BaseTransport | None = None) -> None:
        super().__init__(config, transport=transport)
        self._page_id = config.page_id

    def publish(self, post: OutboundPost) -> Receipt:
        """A text reply (messaging_type RESPONSE, for the 24-hour standard messaging window)."""
        if not post.recipient:
            raise PublishError(self.platform, "a Messenger reply needs the recipient's PSID")
        if post.media:
            raise PublishError(self.platform, "attachments are not supported for Messenger replies; send text only")
        data = self._graph.post(
            f"{self._page_id}/messages",
            {"recipient": {"id": post.recipient}, "messaging_type": "RESPONSE", "message": {"text": post.text}},
        )
        return Receipt(external_id=response_id(self.platform, data, "message_id"), raw=data)
