"""Request plumbing shared by the X, Mastodon, Bluesky and LinkedIn connectors, on top of `http.py`.

Owns what every REST connector does the same way: bearer auth per request (never stored in client
headers, so no repr or log shows it), the last rate-limit state seen, and one mapping from an error
response to PublishError / RateLimited / RetryAfter using the platform's own message. It lives in the
X package for file-ownership reasons only; nothing in it is X-specific.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
import orjson
from pydantic import BaseModel, Field

from consuldesk.connectors.http import make_client, rate_limit_state, send_request
from consuldesk.connectors.models import HealthReport, PublishError, RateLimited, RateLimitState, RetryAfter

__all__ = [
    "DEFAULT_RETRY_AFTER",
    "ConnectorConfig",
    "RateHeaders",
    "RestClient",
    "as_obj",
    "body_message",
    "comparable_text",
    "default_retry_after",
]

DEFAULT_RETRY_AFTER = 60.0
"""Seconds to wait after a 429 that names no reset time (LinkedIn sends none)."""

JsonObj = dict[str, Any]


class ConnectorConfig(BaseModel):
    """Settings every REST connector has; each platform's Config adds `base_url` and credentials."""

    timeout_seconds: float = Field(
        15.0, gt=0, title="Request timeout", description="Seconds to wait for an answer before the outcome is unknown."
    )
    token_expires_at: datetime | None = Field(
        None,
        title="Token expiry",
        description="When the access token expires, if known: the platform does not report it, health checks show it.",
    )


@dataclass(frozen=True, slots=True)
class RateHeaders:
    """The platform's names for its rate-limit headers."""

    limit: str
    remaining: str
    reset: str


def as_obj(value: Any) -> JsonObj:
    """`value` when it is a JSON object, else an empty one: payload fields are never trusted blindly."""
    return value if isinstance(value, dict) else {}


def body_message(response: httpx.Response, *keys: str) -> str:
    """The first non-empty string among `keys` in a JSON error body, else the HTTP reason."""
    try:
        body = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        body = None
    if isinstance(body, dict):
        for key in keys:
            value = body.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
    return f"HTTP {response.status_code} {response.reason_phrase}".strip()


def comparable_text(text: str) -> str:
    """Text as platforms give it back: NFC, whitespace runs collapsed (they trim and re-wrap)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _header_seconds(value: str, now: datetime) -> float | None:
    try:
        return float(value)
    except ValueError:
        pass
    try:
        return (parsedate_to_datetime(value) - now).total_seconds()
    except (TypeError, ValueError):
        return None


def default_retry_after(response: httpx.Response, state: RateLimitState | None) -> float:
    """`Retry-After` (seconds or HTTP date), else the window reset, else DEFAULT_RETRY_AFTER; at least 1 s."""
    now = datetime.now(UTC)
    header = response.headers.get("retry-after")
    seconds = _header_seconds(header, now) if header else None
    if seconds is None and state is not None and state.reset_at is not None:
        seconds = (state.reset_at - now).total_seconds()
    return max(1.0, seconds if seconds is not None else DEFAULT_RETRY_AFTER)


class RestClient:
    """One httpx client for one connector, with the platform's error and rate-limit conventions."""

    def __init__(
        self,
        platform: str,
        base_url: str,
        *,
        transport: httpx.BaseTransport | None,
        timeout: float,
        error_message: Callable[[httpx.Response], str],
        rate_headers: RateHeaders | None = None,
        retry_after: Callable[[httpx.Response, RateLimitState | None], float] = default_retry_after,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.platform = platform
        self.last_rate_limit: RateLimitState | None = None
        self._client = make_client(base_url.rstrip("/"), headers=headers, transport=transport, timeout=timeout)
        self._error_message = error_message
        self._rate_headers = rate_headers
        self._retry_after = retry_after

    def __repr__(self) -> str:
        return f"RestClient({self.platform!r}, {str(self._client.base_url)!r})"

    def close(self) -> None:
        self._client.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        token: str | None = None,
        headers: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send one request (transport failures → PublishError) and remember its rate-limit headers."""
        all_headers = dict(headers or {})
        if token is not None:
            all_headers["Authorization"] = f"Bearer {token}"
        request = self._client.build_request(method, path, headers=all_headers, **kwargs)
        response = send_request(self._client, self.platform, request)
        state = self._state(response)
        if state is not None:
            self.last_rate_limit = state
        return response

    def _state(self, response: httpx.Response) -> RateLimitState | None:
        if self._rate_headers is None:
            return None
        names = self._rate_headers
        return rate_limit_state(response.headers, limit=names.limit, remaining=names.remaining, reset=names.reset)

    def error(self, response: httpx.Response) -> PublishError:
        """The exception for a failed response: RateLimited on 429, retryable only for 5xx."""
        message = self._error_message(response)
        status = response.status_code
        if status == 429:
            state = self._state(response)
            return RateLimited(self.platform, message, retry_after=self._retry_after(response, state), state=state)
        return PublishError(self.platform, message, status=status, retryable=status >= 500)

    def check(self, response: httpx.Response) -> httpx.Response:
        if response.is_success:
            return response
        raise self.error(response)

    def check_fetch(self, response: httpx.Response) -> httpx.Response:
        """Like check(), but a 429 becomes RetryAfter, which the poll scheduler understands."""
        if response.status_code == 429:
            error = self.error(response)
            raise RetryAfter(error.retry_after if isinstance(error, RateLimited) else DEFAULT_RETRY_AFTER)
        return self.check(response)

    def json(self, response: httpx.Response, *, created: bool = False) -> JsonObj:
        """The JSON object of a checked response. A garbled answer to a create leaves its outcome unknown."""
        try:
            body = orjson.loads(response.content)
        except orjson.JSONDecodeError:
            body = None
        if not isinstance(body, dict):
            raise PublishError(
                self.platform,
                f"unreadable answer from {response.request.url.path}",
                status=response.status_code,
                retryable=True,
                outcome_unknown=created,
            )
        return body

    def json_list(self, response: httpx.Response) -> list[JsonObj]:
        """The JSON array of objects in a checked response (non-objects dropped)."""
        try:
            body = orjson.loads(response.content)
        except orjson.JSONDecodeError:
            body = None
        if not isinstance(body, list):
            raise PublishError(
                self.platform, f"unreadable answer from {response.request.url.path}", status=response.status_code
            )
        return [item for item in body if isinstance(item, dict)]

    def health(self, probe: Callable[[], str], token_expires_at: datetime | None) -> HealthReport:
        """Run `probe` (one cheap authenticated call returning a detail line); failures become ok=False."""
        try:
            detail, ok = probe(), True
        except PublishError as exc:
            detail, ok = (f"HTTP {exc.status}: {exc.message}" if exc.status else exc.message), False
        return HealthReport(ok=ok, detail=detail, token_expires_at=token_expires_at, rate_limit=self.last_rate_limit)
