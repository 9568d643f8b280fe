"""Telegram Bot API connector, and `SecretInUrlTransport`, which keeps URL-borne secrets out of logs."""

from __future__ import annotations

from consuldesk.connectors.telegram.connector import SECRET_HEADER, TelegramConfig, TelegramConnector
from consuldesk.connectors.telegram.transport import SecretInUrlTransport

__all__ = ["SECRET_HEADER", "SecretInUrlTransport", "TelegramConfig", "TelegramConnector"]
