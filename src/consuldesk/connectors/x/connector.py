"""`XConnector`: publish, reconcile, health, mentions polling and Account Activity webhooks (API v2).

X has no idempotency key, so an unknown outcome is settled by `find_published`, which searches the
account's recent posts for the same text and reply parent. X returns posted text with `&<>` escaped
and every URL replaced by a t.co link, so both sides are compared with URLs masked.
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

import httpx
import orjson

from consuldesk.connectors.base import Capability
from consuldesk.connectors.file_import.errors import RecordError
from consuldesk.connectors.file_import.x import map_x_envelope
from consuldesk.connectors.models import (
    Cursor,
    HandshakeReply,
    HealthReport,
    MediaFile,
    OutboundPost,
    PublishError,
    RateLimitState,
    RawItem,
    Receipt,
)
from consuldesk.connectors.rest import (
    RateHeaders,
    RestClient,
    as_obj,
    body_message,
    comparable_text,
    default_retry_after,
)
from consuldesk.connectors.streaming import DEFAULT_SILENCE_SECONDS
from consuldesk.connectors.x.config import XConfig
from consuldesk.connectors.x.stream import XFilteredStream
from consuldesk.connectors.x.webhooks import crc_response_token, parse_account_activity, signature_valid
from consuldesk.core.types import Platform

__all__ = ["DUPLICATE_MESSAGE", "XConnector"]

DUPLICATE_MESSAGE = "You are not allowed to create a Tweet with duplicate content."
_URL = re.compile(r"https?://\S+", re.IGNORECASE)
_TWEET_FIELDS = "author_id,conversation_id,created_at,lang,note_tweet,referenced_tweets"
_MAX_PAGES = 10  # the mentions timeline serves the 800 most recent posts: 8 pages of 100


def _error_message(response: httpx.Response) -> str:
    """X problem+json: `detail`, else `title`; v1.1-style `errors[].message` as a last resort."""
    message = body_message(response, "detail", "title")
    if message.startswith("HTTP "):
        try:
            errors = orjson.loads(response.content).get("errors")
            message = str(errors[0]["message"])
        except (orjson.JSONDecodeError, AttributeError, LookupError, TypeError):
            pass
    return message


def _retry_after(response: httpx.Response, state: RateLimitState | None) -> float:
    """The 15-minute window reset, or the 24-hour reset when that is the limit actually spent."""
    for scope in ("user", "app"):
        if response.headers.get(f"x-{scope}-limit-24hour-remaining") == "0":
            reset = response.headers.get(f"x-{scope}-limit-24hour-reset", "")
            if reset.isdigit():
                return max(1.0, int(reset) - datetime.now(UTC).timestamp())
    return default_retry_after(response, state)


def _comparable(text: str) -> str:
    return comparable_text(_URL.sub("<url>", text))


def _parent(tweet: Mapping[str, Any]) -> str | None:
    for ref in tweet.get("referenced_tweets") or []:
        if isinstance(ref, dict) and ref.get("type") == "replied_to":
            return str(ref.get("id"))
    return None


def _newer(a: str, b: str | None) -> bool:
    return b is None or (len(a), a) > (len(b), b)


class XConnector:
    """One X account. Auth is an OAuth 2.0 user-context bearer token; refreshing it is the caller's job."""

    Config = XConfig
    platform: str = Platform.X.value
    capabilities: frozenset[Capability] = frozenset(
        {
            Capability.PUBLISHES,
            Capability.RECONCILES,
            Capability.REPORTS_HEALTH,
            Capability.RECEIVES_WEBHOOKS,
            Capability.FETCHES,
            Capability.STREAMS,
        }
    )
    stream_silence_seconds: float = DEFAULT_SILENCE_SECONDS  # no byte for this long: the stream is dead

    def __init__(self, config: XConfig, *, transport: httpx.BaseTransport | None = None) -> None:
        self.config = config
        self._user_id = config.user_id
        self._rest = RestClient(
            self.platform,
            config.base_url,
            transport=transport,
            timeout=config.timeout_seconds,
            error_message=_error_message,
            rate_headers=RateHeaders("x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset"),
            retry_after=_retry_after,
        )
        self._filtered_stream = XFilteredStream(config, self._rest, transport, self._account_id)

    def __repr__(self) -> str:
        return f"XConnector(base_url={self.config.base_url!r}, user_id={self._user_id!r})"

    def close(self) -> None:
        self._filtered_stream.close()
        self._rest.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return self._rest.request(method, path, token=self.config.access_token.get_secret_value(), **kwargs)

    def _me(self) -> dict[str, Any]:
        data = self._rest.json(self._rest.check(self._call("GET", "/2/users/me"))).get("data")
        if not isinstance(data, dict) or "id" not in data:
            raise PublishError(self.platform, "GET /2/users/me returned no user", retryable=True)
        self._user_id = str(data["id"])
        return data

    def _account_id(self) -> str:
        return self._user_id if self._user_id is not None else str(self._me()["id"])

    # -- Publishes ----------------------------------------------------------------------------

    def _upload(self, media: MediaFile) -> str:
        """v2 media upload (one request for an image), then its alt text as media metadata."""
        files = {"media": (media.filename, media.data, media.content_type)}
        response = self._rest.check(
            self._call("POST", "/2/media/upload", files=files, data={"media_category": "tweet_image"})
        )
        data = self._rest.json(response).get("data")
        if not isinstance(data, dict) or "id" not in data:
            raise PublishError(
                self.platform, "media upload returned no id", status=response.status_code, retryable=True
            )
        media_id = str(data["id"])
        if media.alt_text:
            metadata = {"id": media_id, "metadata": {"alt_text": {"text": media.alt_text[:1000]}}}
            self._rest.check(self._call("POST", "/2/media/metadata", json=metadata))
        return media_id

    def publish(self, post: OutboundPost) -> Receipt:
        body: dict[str, Any] = {"text": post.text}
        if post.in_reply_to:
            body["reply"] = {"in_reply_to_tweet_id": post.in_reply_to}
        if post.media:
            if len(post.media) > 4:
                raise PublishError(self.platform, "X takes at most 4 images per post")
            body["media"] = {"media_ids": [self._upload(m) for m in post.media]}
        response = self._call("POST", "/2/tweets", json=body)
        if response.status_code == 403 and _error_message(response) == DUPLICATE_MESSAGE:
            # An earlier attempt of this very part may have landed: then it is our receipt.
            existing = self.find_published(post)
            if existing is not None:
                return existing
        data = self._rest.json(self._rest.check(response), created=True).get("data")
        if not isinstance(data, dict) or "id" not in data:
            raise PublishError(self.platform, "POST /2/tweets returned no id", retryable=True, outcome_unknown=True)
        tweet_id = str(data["id"])
        return Receipt(external_id=tweet_id, url=f"https://x.com/i/web/status/{tweet_id}", raw=data)

    # -- Reconciles ---------------------------------------------------------------------------

    def find_published(self, post: OutboundPost) -> Receipt | None:
        params = {"max_results": self.config.reconcile_depth, "tweet.fields": _TWEET_FIELDS}
        response = self._rest.check(self._call("GET", f"/2/users/{self._account_id()}/tweets", params=params))
        wanted = _comparable(post.text)
        for tweet in self._rest.json(response).get("data") or []:
            if not isinstance(tweet, dict):
                continue
            text = html.unescape(str(tweet.get("text", "")))
            if _comparable(text) == wanted and _parent(tweet) == post.in_reply_to:
                tweet_id = str(tweet["id"])
                return Receipt(external_id=tweet_id, url=f"https://x.com/i/web/status/{tweet_id}", raw=tweet)
        return None

    # -- ReportsHealth ------------------------------------------------------------------------

    def check_health(self) -> HealthReport:
        def probe() -> str:
            user = self._me()
            return f"@{user.get('username', user['id'])} reachable"

        return self._rest.health(probe, self.config.token_expires_at)

    # -- Fetches (mentions) -------------------------------------------------------------------

    def fetch(self, cursor: Cursor | None) -> tuple[list[RawItem], Cursor | None]:
        """Mentions after `cursor` (a post id), oldest first. The first poll takes the latest page only;
        later polls follow every page back to the cursor, so nothing between two polls is skipped."""
        params: dict[str, Any] = {
            "max_results": 100,
            "tweet.fields": _TWEET_FIELDS,
            "expansions": "author_id",
            "user.fields": "name,username",
        }
        if cursor is not None:
            params["since_id"] = cursor.value
        path = f"/2/users/{self._account_id()}/mentions"
        items: list[RawItem] = []
        newest = cursor.value if cursor is not None else None
        for _ in range(_MAX_PAGES):
            payload = self._rest.json(self._rest.check_fetch(self._call("GET", path, params=params)))
            meta = as_obj(payload.get("meta"))
            if payload.get("data"):
                items.extend(map_x_envelope(payload))
            newest_id = meta.get("newest_id")
            if isinstance(newest_id, str) and _newer(newest_id, newest):
                newest = newest_id
            token = meta.get("next_token")
            if not token or cursor is None:
                break
            params["pagination_token"] = token
        items.sort(key=lambda item: (len(item.external_id), item.external_id))
        return items, (Cursor(newest) if newest is not None else None)

    # -- Streams (filtered stream, app-only token) ----------------------------------------------

    def stream(self, cursor: Cursor | None, stop: threading.Event) -> Iterator[tuple[RawItem, Cursor]]:
        """Posts matching the app's filtered-stream rules as they arrive; see `x.stream`."""
        return self._filtered_stream.stream(cursor, stop, silence=self.stream_silence_seconds)

    # -- ReceivesWebhooks / AnswersHandshake --------------------------------------------------

    def verify(self, headers: Mapping[str, str], body: bytes) -> bool:
        return signature_valid(headers, body, self.config.consumer_secret.get_secret_value())

    def parse(self, body: bytes) -> list[RawItem]:
        try:
            obj = orjson.loads(body)
        except orjson.JSONDecodeError as exc:
            raise RecordError(f"X webhook body is not JSON: {exc}") from None
        if not isinstance(obj, dict):
            raise RecordError("X webhook body is not a JSON object")
        return parse_account_activity(obj)

    def handshake(self, params: Mapping[str, str]) -> HandshakeReply:
        """CRC: `{"response_token": "sha256=<base64 HMAC(consumer_secret, crc_token)>"}`, 403 without a token."""
        secret = self.config.consumer_secret.get_secret_value()
        crc_token = params.get("crc_token")
        if not crc_token or not secret:
            return HandshakeReply(status=403, body=b"")
        body = orjson.dumps({"response_token": crc_response_token(secret, crc_token)})
        return HandshakeReply(status=200, body=body, content_type="application/json")
