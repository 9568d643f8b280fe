"""X (Twitter) API v2 connector: posting, reconciliation, health, mentions and Account Activity webhooks."""

from __future__ import annotations

from consuldesk.connectors.x.config import XConfig
from consuldesk.connectors.x.connector import XConnector

__all__ = ["XConfig", "XConnector"]
