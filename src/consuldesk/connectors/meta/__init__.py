"""Meta Graph API connectors: Facebook Pages, Instagram and Messenger (WhatsApp lives in `whatsapp`).

`graph` is the shared HTTP client and error mapping, `webhooks` the shared signature/handshake/parse,
`base` the shared connector behaviour; each product module adds only its own publishing rules.
"""

from __future__ import annotations

from consuldesk.connectors.meta.facebook import FacebookConfig, FacebookConnector
from consuldesk.connectors.meta.graph import GraphError, MetaConfig
from consuldesk.connectors.meta.instagram import InstagramConfig, InstagramConnector
from consuldesk.connectors.meta.messenger import MessengerConfig, MessengerConnector

__all__ = [
    "FacebookConfig",
    "FacebookConnector",
    "GraphError",
    "InstagramConfig",
    "InstagramConnector",
    "MessengerConfig",
    "MessengerConnector",
    "MetaConfig",
]
