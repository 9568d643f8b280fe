"""WhatsApp Cloud API connector (Graph API plumbing shared with `connectors.meta`) and the
24-hour customer-service window rule."""

from __future__ import annotations

from consuldesk.connectors.whatsapp.connector import REENGAGEMENT_ERROR, WhatsAppConfig, WhatsAppConnector
from consuldesk.connectors.whatsapp.window import SERVICE_WINDOW, window_open

__all__ = ["REENGAGEMENT_ERROR", "SERVICE_WINDOW", "WhatsAppConfig", "WhatsAppConnector", "window_open"]
