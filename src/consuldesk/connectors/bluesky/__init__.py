"""Bluesky (AT Protocol) connector: posting with facets and replies, rkey reconciliation, Jetstream listening."""

from __future__ import annotations

from consuldesk.connectors.bluesky.config import BlueskyConfig
from consuldesk.connectors.bluesky.connector import BlueskyConnector
from consuldesk.connectors.bluesky.jetstream import parse_jetstream_event
from consuldesk.connectors.bluesky.tid import tid_from_key

__all__ = ["BlueskyConfig", "BlueskyConnector", "parse_jetstream_event", "tid_from_key"]
