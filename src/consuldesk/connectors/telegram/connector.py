"""Telegram Bot API: messages and photos to chats and channels, webhook checks, and getMe health.

The bot token is part of every URL (`/bot<token>/<method>`), so the client only ever sees a
placeholder and `SecretInUrlTransport` inserts the token on the wire; error messages quote
Telegram's `description`, never a URL. Webhooks carry the secret set with `setWebhook` in
`X-Telegram-Bot-Api-Secret-Token`; there is no handshake. Not Reconciles: the Bot API cannot list
what a bot sent, so an unknown outcome is never retried blindly.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import httpx
import orjson
from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from consuldesk.connectors.base import Capability
from consuldesk.connectors.file_import import NothingToImport, RecordError, parse_payload
from consuldesk.connectors.http import make_client, send_request
from consuldesk.connectors.models import HealthReport, OutboundPost, PublishError, RateLimited, RawItem, Receipt
from consuldesk.connectors.secret_url import SecretInUrlTransport

__all__ = ["SECRET_HEADER", "TELEGRAM_URL", "TelegramConfig", "TelegramConnector", "telegram_error"]

TELEGRAM_URL = "https://api.telegram.org"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
_TOKEN_PLACEHOLDER = "__consuldesk_bot_token__"
_SECRET_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


class TelegramConfig(BaseModel):
    model_config = ConfigDict(hide_input_in_errors=True)  # a validation error must not echo a secret

    base_url: str = Field(
        TELEGRAM_URL, title="Bot API base URL", description="https://api.telegram.org, or a fake on 127.0.0.1."
    )
    bot_token: SecretStr = Field(title="Bot token", description="The token @BotFather issued, e.g. 123456:ABC-….")
    webhook_secret_token: SecretStr = Field(
        title="Webhook secret token",
        description="The secret_token given to setWebhook (1-256 of A-Z a-z 0-9 _ -); Telegram echoes it in a header.",
    )
    channel_chat_id: str | None = Field(
        None, title="Channel chat id", description="Where posts without a recipient go: -100… id or @channelname."
    )
    token_expires_at: datetime | None = Field(
        None, title="Token expiry", description="Bot tokens do not expire; set only to be reminded of a rotation."
    )
    timeout_seconds: float = Field(15.0, gt=0, le=120, title="HTTP timeout", description="Seconds per request.")

    @field_validator("webhook_secret_token")
    @classmethod
    def _secret_shape(cls, value: SecretStr) -> SecretStr:
        secret = value.get_secret_value()
        if not 1 <= len(secret) <= 256 or not set(secret) <= _SECRET_CHARS:
            raise ValueError("must be 1-256 characters of A-Z, a-z, 0-9, _ and -")  # never echo the value
        return value


def telegram_error(response: httpx.Response) -> PublishError:
    """`{"ok": false, "error_code", "description", "parameters": {"retry_after"}}` as PublishError.

    A body that is not Telegram's JSON (a proxy's error page) is not quoted: it might echo the URL.
    """
    status = response.status_code
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        return PublishError("telegram", response.reason_phrase or "error", status=status, retryable=status >= 500)
    description = str(body.get("description") or response.reason_phrase or "error")
    parameters = body.get("parameters") if isinstance(body.get("parameters"), dict) else {}
    assert isinstance(parameters, dict)
    retry_after = parameters.get("retry_after")
    if status == 429 or isinstance(retry_after, int):
        seconds = float(retry_after) if isinstance(retry_after, int | float) else 1.0
        return RateLimited("telegram", description, retry_after=seconds)
    if parameters.get("migrate_to_chat_id") is not None:
        description += f" (the group is now chat {parameters['migrate_to_chat_id']})"
    return PublishError("telegram", description, status=status, retryable=status >= 500)


def _chat_id(value: str) -> int | str:
    return int(value) if value.lstrip("-").isdigit() else value


def _message_url(chat: Mapping[str, Any], message_id: int) -> str | None:
    if isinstance(chat.get("username"), str):
        return f"https://t.me/{chat['username']}/{message_id}"
    chat_id = str(chat.get("id", ""))
    return f"https://t.me/c/{chat_id[4:]}/{message_id}" if chat_id.startswith("-100") else None


class TelegramConnector:
    platform = "telegram"
    capabilities = frozenset({Capability.PUBLISHES, Capability.RECEIVES_WEBHOOKS, Capability.REPORTS_HEALTH})
    Config = TelegramConfig

    def __init__(self, config: TelegramConfig, *, transport: httpx.BaseTransport | None = None) -> None:
        self._config = config
        token = config.bot_token.get_secret_value()
        self._http = make_client(
            config.base_url.rstrip("/"),
            transport=SecretInUrlTransport(transport, _TOKEN_PLACEHOLDER, token),
            timeout=config.timeout_seconds,
        )

    def close(self) -> None:
        self._http.close()

    def _call(
        self,
        method: str,
        payload: dict[str, Any],
        files: dict[str, tuple[str, bytes, str]] | None = None,
    ) -> dict[str, Any]:
        url = f"/bot{_TOKEN_PLACEHOLDER}/{method}"
        if files:  # multipart: nested parameters travel as JSON-encoded strings
            form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in payload.items()}
            request = self._http.build_request("POST", url, data=form, files=files)
        else:
            request = self._http.build_request("POST", url, json=payload)
        response = send_request(self._http, self.platform, request)
        if not response.is_success:
            raise telegram_error(response)
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict) or body.get("ok") is not True:
            if isinstance(body, dict) and body.get("ok") is False:
                raise telegram_error(response)
            raise PublishError(
                self.platform, "unreadable answer", status=response.status_code, retryable=True, outcome_unknown=True
            )
        result = body.get("result")
        return result if isinstance(result, dict) else {"value": result}

    def _target(self, post: OutboundPost) -> tuple[str, dict[str, Any] | None]:
        """The chat to send to, and `reply_parameters` for `in_reply_to` (`<chat id>:<message id>`)."""
        reply_chat, reply_message = None, post.in_reply_to
        if post.in_reply_to and ":" in post.in_reply_to:
            reply_chat, _, reply_message = post.in_reply_to.rpartition(":")
        chat = post.recipient or reply_chat or self._config.channel_chat_id
        if not chat:
            raise PublishError(self.platform, "no chat to send to: set a recipient or a channel chat id")
        if not reply_message:
            return chat, None
        if not reply_message.isdigit():
            raise PublishError(self.platform, f"cannot reply to {post.in_reply_to!r}: not a Telegram message id")
        # Deliver the answer even if the citizen deleted their question meanwhile.
        reply: dict[str, Any] = {"message_id": int(reply_message), "allow_sending_without_reply": True}
        if reply_chat and reply_chat != chat:
            reply["chat_id"] = _chat_id(reply_chat)
        return chat, reply

    def publish(self, post: OutboundPost) -> Receipt:
        chat, reply = self._target(post)
        payload: dict[str, Any] = {"chat_id": _chat_id(chat)}
        if reply:
            payload["reply_parameters"] = reply
        if not post.media:
            result = self._call("sendMessage", payload | {"text": post.text})
        elif len(post.media) > 1:
            raise PublishError(self.platform, f"one photo per Telegram message is supported, got {len(post.media)}")
        else:
            image = post.media[0]
            payload["caption"] = post.text
            if image.url:
                result = self._call("sendPhoto", payload | {"photo": image.url})
            else:
                result = self._call(
                    "sendPhoto", payload, files={"photo": (image.filename, image.data, image.content_type)}
                )
        chat_obj = result.get("chat")
        message_id = result.get("message_id")
        if not isinstance(chat_obj, dict) or not isinstance(message_id, int):
            raise PublishError(self.platform, "no message id in the answer", retryable=True, outcome_unknown=True)
        return Receipt(
            external_id=f"{chat_obj.get('id')}:{message_id}", url=_message_url(chat_obj, message_id), raw=result
        )

    # -- ReceivesWebhooks ---------------------------------------------------------------------------

    def verify(self, headers: Mapping[str, str], body: bytes) -> bool:
        """The secret-token header equals our configured secret (constant time); the body is unsigned."""
        wanted = SECRET_HEADER.lower()
        given = next((value for name, value in headers.items() if name.lower() == wanted), None)
        secret = self._config.webhook_secret_token.get_secret_value()
        if given is None or not secret:
            return False
        return hmac.compare_digest(given.encode("utf-8", "replace"), secret.encode())

    def parse(self, body: bytes) -> list[RawItem]:
        """The items of one `Update`; updates without a message (callbacks, joins) give []."""
        try:
            update = orjson.loads(body)
        except orjson.JSONDecodeError as err:
            raise RecordError(f"invalid JSON: {err.msg}") from err
        if not isinstance(update, dict) or "update_id" not in update:
            raise RecordError("expected a Telegram Update object with an update_id")
        try:
            return parse_payload(update)
        except NothingToImport:
            return []

    # -- ReportsHealth ------------------------------------------------------------------------------

    def check_health(self) -> HealthReport:
        expires_at = self._config.token_expires_at
        try:
            me = self._call("getMe", {})
        except PublishError as err:
            reason = "bot token rejected" if err.status == 401 else "getMe failed"
            return HealthReport(ok=False, detail=f"{reason}: {err.message}", token_expires_at=expires_at)
        name = me.get("username") or me.get("first_name") or me.get("id")
        return HealthReport(ok=True, detail=f"bot @{name} reachable", token_expires_at=expires_at)
