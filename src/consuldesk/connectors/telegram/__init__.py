"""Telegram Bot API connector (the bot token travels in the URL: see `connectors.secret_url`)."""

from __future__ import annotations

from consuldesk.connectors.telegram.connector import SECRET_HEADER, TelegramConfig, TelegramConnector

__all__ = ["SECRET_HEADER", "TelegramConfig", "TelegramConnector"]
