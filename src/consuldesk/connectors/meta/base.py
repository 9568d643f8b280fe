"""What the four Meta connectors share: the Graph client, webhook verify/parse/handshake and health.

Deliberately defines no `publish` or `find_published`: the capability protocols are checked with
isinstance(), so a product that cannot read back its sends (Messenger, WhatsApp) must not even have
the method, or the worker would believe it can reconcile there.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar

import httpx

from consuldesk.connectors.meta.graph import TOKEN_PLACEHOLDER, GraphClient, GraphError, MetaConfig
from consuldesk.connectors.meta.webhooks import answer_handshake, parse_webhook, verify_signature
from consuldesk.connectors.models import HandshakeReply, HealthReport, PublishError, RateLimited, RawItem

__all__ = ["MetaConnectorBase", "parse_graph_time"]


def parse_graph_time(value: Any) -> datetime | None:
    """Graph timestamps: `2026-03-14T12:00:00+0000` (no colon in the offset) or ISO 8601."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class MetaConnectorBase:
    platform: ClassVar[str]
    webhook_objects: ClassVar[frozenset[str]]  # the envelope `object` values this product receives
    required_scopes: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, config: MetaConfig, *, transport: httpx.BaseTransport | None = None) -> None:
        self._config = config
        self._graph = GraphClient(self.platform, config, transport)

    def close(self) -> None:
        self._graph.close()

    # -- ReceivesWebhooks / AnswersHandshake ------------------------------------------------------

    def verify(self, headers: Mapping[str, str], body: bytes) -> bool:
        return verify_signature(headers, body, self._config.app_secret.get_secret_value())

    def parse(self, body: bytes) -> list[RawItem]:
        """Every item the delivery carries. One Page subscription delivers feed changes (platform
        "facebook") and Messenger DMs ("messenger") to the same callback, so both Page connectors
        return both kinds and each RawItem names its own platform."""
        return parse_webhook(body, self.webhook_objects)

    def handshake(self, params: Mapping[str, str]) -> HandshakeReply:
        return answer_handshake(params, self._config.verify_token.get_secret_value())

    # -- ReportsHealth ------------------------------------------------------------------------------

    def check_health(self) -> HealthReport:
        """`debug_token` for validity, expiry and permissions; `/me` when debug_token is not allowed
        for this token (Meta wants an app token there unless `app_id` is configured)."""
        config = self._config
        app_token = f"{config.app_id}|{config.app_secret.get_secret_value()}" if config.app_id else None
        try:
            body = self._graph.get("debug_token", {"input_token": TOKEN_PLACEHOLDER}, token=app_token)
        except GraphError as err:
            if err.code == 190:
                return self._report(False, f"access token rejected: {err.message}", config.token_expires_at)
            return self._health_from_me()
        except RateLimited as err:
            return self._report(False, f"rate limited: {err.message}", config.token_expires_at)
        except PublishError as err:
            return self._report(False, err.message, config.token_expires_at)
        info = body.get("data") if isinstance(body.get("data"), dict) else {}
        assert isinstance(info, dict)
        expires_at = config.token_expires_at
        raw_expiry = info.get("expires_at")
        if isinstance(raw_expiry, int):
            expires_at = datetime.fromtimestamp(raw_expiry, UTC) if raw_expiry > 0 else None  # 0 = never
        if info.get("is_valid") is not True:
            error = info.get("error") if isinstance(info.get("error"), dict) else {}
            assert isinstance(error, dict)
            return self._report(False, f"access token invalid: {error.get('message') or 'no reason given'}", expires_at)
        if expires_at is not None and expires_at <= datetime.now(UTC):
            return self._report(False, f"access token expired at {expires_at.isoformat()}", expires_at)
        scopes = info.get("scopes")
        missing = sorted(self.required_scopes - set(scopes)) if isinstance(scopes, list) else []
        if missing:
            return self._report(False, f"token lacks permissions: {', '.join(missing)}", expires_at)
        kind = str(info.get("type") or "access").lower()
        until = f", expires {expires_at.isoformat()}" if expires_at else ", does not expire"
        return self._report(True, f"{kind} token valid{until}", expires_at)

    def _health_from_me(self) -> HealthReport:
        expires_at = self._config.token_expires_at
        try:
            me = self._graph.get("me", {"fields": "id,name"})
        except PublishError as err:
            return self._report(False, err.message, expires_at)
        if expires_at is not None and expires_at <= datetime.now(UTC):
            return self._report(False, f"access token expired at {expires_at.isoformat()}", expires_at)
        return self._report(True, f"token valid for {me.get('name') or me.get('id')}", expires_at)

    def _report(self, ok: bool, detail: str, expires_at: datetime | None) -> HealthReport:
        return HealthReport(ok=ok, detail=detail, token_expires_at=expires_at, rate_limit=self._graph.last_rate_limit)
