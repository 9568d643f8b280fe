"""A small Graph API client shared by Facebook, Instagram, Messenger and WhatsApp.

Owns what the four products have in common on the wire: versioned paths (`/v21.0/{id}/feed`), the
access token in the `Authorization` header (never in a logged URL), JSON request bodies, the Graph
error envelope `{"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}` mapped to
PublishError, and Meta's rate-limit signals.

Rate limits: requests made with a Page or system-user token fall under Business Use Case (BUC)
limits, reported in the `X-Business-Use-Case-Usage` header (`{"<id>": [{"type", "call_count",
"total_cputime", "total_time", "estimated_time_to_regain_access"}]}`, percentages and minutes).
App and user tokens fall under Platform limits, reported in `X-App-Usage` (`{"call_count",
"total_cputime", "total_time"}`). Meta signals a throttle by error code (4, 17, 32, 613, the
80000-range BUC codes, WhatsApp's 130429 and 131056), usually with HTTP 400/403; 429 also counts.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from pydantic import BaseModel, ConfigDict, Field, SecretStr

from consuldesk.connectors.http import make_client, send_request
from consuldesk.connectors.models import PublishError, RateLimited, RateLimitState
from consuldesk.connectors.secret_url import SecretInUrlTransport

__all__ = [
    "APP_USAGE_HEADER",
    "BUC_USAGE_HEADER",
    "GRAPH_URL",
    "RATE_LIMIT_CODES",
    "TOKEN_PLACEHOLDER",
    "GraphClient",
    "GraphError",
    "MetaConfig",
    "graph_error",
    "response_id",
    "usage_state",
]

GRAPH_URL = "https://graph.facebook.com"
BUC_USAGE_HEADER = "X-Business-Use-Case-Usage"
APP_USAGE_HEADER = "X-App-Usage"
RATE_LIMIT_CODES = frozenset({4, 17, 32, 613, 80001, 80002, 80006, 80007, 80008, 130429, 131056})
TOKEN_PLACEHOLDER = "__consuldesk_access_token__"  # swapped for the token on the wire (debug_token)
_DEFAULT_RETRY_AFTER = 60.0


class MetaConfig(BaseModel):
    """Settings every Meta product shares; the subclasses add the account ids."""

    model_config = ConfigDict(hide_input_in_errors=True)  # a validation error must not echo a secret

    base_url: str = Field(
        GRAPH_URL, title="Graph API base URL", description="https://graph.facebook.com, or a fake on 127.0.0.1."
    )
    api_version: str = Field(
        "v21.0", pattern=r"^v\d+\.\d+$", title="Graph API version", description="Path prefix, e.g. v21.0."
    )
    access_token: SecretStr = Field(
        title="Access token", description="Page access token (WhatsApp: system-user token) used for every call."
    )
    app_secret: SecretStr = Field(
        title="App secret", description="Meta app secret; signs webhooks (X-Hub-Signature-256)."
    )
    verify_token: SecretStr = Field(
        title="Webhook verify token", description="The string Meta echoes in hub.verify_token when subscribing."
    )
    app_id: str | None = Field(
        None, title="App id", description="Optional; lets the health check call debug_token with an app token."
    )
    token_expires_at: datetime | None = Field(
        None, title="Token expiry", description="When the access token expires, if known (debug_token overrides)."
    )
    timeout_seconds: float = Field(15.0, gt=0, le=120, title="HTTP timeout", description="Seconds per request.")


class GraphError(PublishError):
    """A Graph error envelope, keeping Meta's `code`/`error_subcode` for callers that branch on them."""

    def __init__(
        self,
        platform: str,
        message: str,
        *,
        status: int,
        code: int | None,
        subcode: int | None,
        fbtrace_id: str | None,
        retryable: bool,
    ) -> None:
        super().__init__(platform, message, status=status, retryable=retryable)
        self.code = code
        self.subcode = subcode
        self.fbtrace_id = fbtrace_id


def _json_obj(raw: str | None) -> dict[str, Any] | None:
    if not raw:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def usage_state(headers: httpx.Headers, now: datetime | None = None) -> RateLimitState | None:
    """Meta's usage headers as percentages: limit 100, remaining = 100 - the busiest counter."""
    usages: list[dict[str, Any]] = []
    buc = _json_obj(headers.get(BUC_USAGE_HEADER))
    if buc is not None:
        usages += [u for entries in buc.values() if isinstance(entries, list) for u in entries if isinstance(u, dict)]
    app = _json_obj(headers.get(APP_USAGE_HEADER))
    if app is not None:
        usages.append(app)
    if not usages:
        return None
    used = max(_number(u.get(k)) for u in usages for k in ("call_count", "total_cputime", "total_time"))
    regain = max(_number(u.get("estimated_time_to_regain_access")) for u in usages)
    reset_at = (now or datetime.now(UTC)) + timedelta(minutes=regain) if regain > 0 else None
    return RateLimitState(limit=100, remaining=max(0, 100 - int(used)), reset_at=reset_at)


def _retry_after(response: httpx.Response) -> float:
    for entries in (_json_obj(response.headers.get(BUC_USAGE_HEADER)) or {}).values():
        for usage in entries if isinstance(entries, list) else []:
            minutes = _number(usage.get("estimated_time_to_regain_access") if isinstance(usage, dict) else None)
            if minutes > 0:
                return minutes * 60
    header = response.headers.get("Retry-After", "")
    return float(header) if header.isdigit() else _DEFAULT_RETRY_AFTER


def graph_error(platform: str, response: httpx.Response) -> PublishError:
    """The PublishError for a non-2xx Graph response: Meta's own message, never our request URL."""
    status = response.status_code
    body = _json_obj(response.text)
    error = body.get("error") if body else None
    if not isinstance(error, dict):
        text = response.text.strip()[:200] or response.reason_phrase
        if status == 429:
            return RateLimited(platform, text, retry_after=_retry_after(response), state=usage_state(response.headers))
        return PublishError(platform, text, status=status, retryable=status >= 500)
    message = str(error.get("message") or response.reason_phrase)
    details = error.get("error_data", {}).get("details") if isinstance(error.get("error_data"), dict) else None
    if details:
        message = f"{message}: {details}"
    code = error.get("code") if isinstance(error.get("code"), int) else None
    if status == 429 or code in RATE_LIMIT_CODES:
        return RateLimited(platform, message, retry_after=_retry_after(response), state=usage_state(response.headers))
    subcode = error.get("error_subcode")
    return GraphError(
        platform,
        message,
        status=status,
        code=code,
        subcode=subcode if isinstance(subcode, int) else None,
        fbtrace_id=str(error["fbtrace_id"]) if error.get("fbtrace_id") else None,
        retryable=status >= 500 or error.get("is_transient") is True,
    )


def response_id(platform: str, data: dict[str, Any], key: str = "id") -> str:
    """The id a successful answer must carry; without it the outcome is unknown, so reconcile."""
    value = data.get(key)
    if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
        return str(value)
    raise PublishError(platform, f"no {key!r} in the answer", status=200, retryable=True, outcome_unknown=True)


class GraphClient:
    """Versioned Graph calls for one product; raises PublishError (or RateLimited) on failure."""

    def __init__(self, platform: str, config: MetaConfig, transport: httpx.BaseTransport | None = None) -> None:
        self.platform = platform
        self.last_rate_limit: RateLimitState | None = None
        self._version = config.api_version
        self._token = config.access_token.get_secret_value()
        self._http = make_client(
            config.base_url.rstrip("/"),
            transport=SecretInUrlTransport(transport, TOKEN_PLACEHOLDER, self._token),
            timeout=config.timeout_seconds,
        )

    def close(self) -> None:
        self._http.close()

    def _headers(self, token: str | None) -> dict[str, str]:
        return {"Authorization": f"Bearer {token or self._token}"}

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: dict[str, Any] | None = None,
        data: dict[str, Any] | None = None,
        files: dict[str, tuple[str, bytes, str]] | None = None,
        token: str | None = None,
    ) -> dict[str, Any]:
        request = self._http.build_request(
            method,
            f"/{self._version}/{path.lstrip('/')}",
            params=params,
            json=json,
            data=data,
            files=files,
            headers=self._headers(token),
        )
        response = send_request(self._http, self.platform, request)
        self.last_rate_limit = usage_state(response.headers) or self.last_rate_limit
        if not response.is_success:
            raise graph_error(self.platform, response)
        body = _json_obj(response.text)
        if body is None:
            # A 2xx we cannot read: the platform may have acted, so the worker must reconcile.
            raise PublishError(
                self.platform,
                "unreadable success response",
                status=response.status_code,
                retryable=True,
                outcome_unknown=True,
            )
        return body

    def get(self, path: str, params: dict[str, Any] | None = None, *, token: str | None = None) -> dict[str, Any]:
        return self.request("GET", path, params=params, token=token)

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        return self.request("POST", path, json=body)
