"""Mastodon connector: idempotent posting, reconciliation, health and mention polling."""

from __future__ import annotations

from consuldesk.connectors.mastodon.config import MastodonConfig
from consuldesk.connectors.mastodon.connector import MastodonConnector

__all__ = ["MastodonConfig", "MastodonConnector"]
