"""LinkedIn connector: Posts API publishing, comments as replies, reconciliation and health."""

from __future__ import annotations

from consuldesk.connectors.linkedin.config import LinkedInConfig
from consuldesk.connectors.linkedin.connector import LinkedInConnector

__all__ = ["LinkedInConfig", "LinkedInConnector"]
