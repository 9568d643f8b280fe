"""Shared httpx plumbing for platform connectors: one client factory and one transport-error mapping.

Connectors inject `transport` in tests (or point `base_url` at a fake server on 127.0.0.1); nothing
here knows about any one platform. Credentials travel in headers set per request and are never
logged: httpx's default logging does not print headers, and error messages quote only the body.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

import httpx

from consuldesk.connectors.models import PublishError, RateLimitState

__all__ = ["USER_AGENT", "make_client", "rate_limit_state", "send_request"]

USER_AGENT = "ConsulDesk/1.0 (+https://github.com/consuldesk)"


def make_client(
    base_url: str,
    *,
    headers: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
    timeout: float = 15.0,
) -> httpx.Client:
    return httpx.Client(
        base_url=base_url,
        headers={"User-Agent": USER_AGENT, **(headers or {})},
        transport=transport,
        timeout=httpx.Timeout(timeout, connect=5.0),
    )


def send_request(client: httpx.Client, platform: str, request: httpx.Request) -> httpx.Response:
    """Send, turning transport failures into PublishError with an honest `outcome_unknown`.

    A failure to connect means the platform never saw the request; a timeout or dropped connection
    after the request was written may mean it did, so the caller must reconcile before retrying.
    """
    try:
        return client.send(request)
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise PublishError(platform, f"cannot reach {request.url.host}: {exc}", retryable=True) from exc
    except httpx.TransportError as exc:
        raise PublishError(
            platform, f"no answer from {request.url.host}: {exc}", retryable=True, outcome_unknown=True
        ) from exc


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def rate_limit_state(
    headers: httpx.Headers, *, limit: str, remaining: str, reset: str
) -> RateLimitState | None:
    """Read rate-limit headers; `reset` may be Unix seconds (X) or an ISO 8601 timestamp (Mastodon)."""
    if limit not in headers and remaining not in headers and reset not in headers:
        return None
    reset_at: datetime | None = None
    raw_reset = headers.get(reset)
    if raw_reset:
        seconds = _int(raw_reset)
        if seconds is not None:
            reset_at = datetime.fromtimestamp(seconds, UTC)
        else:
            try:
                reset_at = datetime.fromisoformat(raw_reset.replace("Z", "+00:00"))
            except ValueError:
                reset_at = None
    return RateLimitState(limit=_int(headers.get(limit)), remaining=_int(headers.get(remaining)), reset_at=reset_at)
