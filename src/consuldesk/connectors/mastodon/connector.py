"""`MastodonConnector`: publish (with Idempotency-Key), reconcile, health, mention polling and streaming.

Mastodon keeps an Idempotency-Key for an hour, so retrying a part with the same key returns the
original status instead of a second one; `find_published` covers longer gaps by reading the
account's recent statuses. Status `content` is HTML: it is turned back into text with the file
importer's `html_to_text` before comparing.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx

from consuldesk.connectors.base import Capability
from consuldesk.connectors.file_import.errors import RecordError
from consuldesk.connectors.file_import.html_text import html_to_text
from consuldesk.connectors.file_import.mastodon import map_mastodon
from consuldesk.connectors.mastodon.config import MastodonConfig
from consuldesk.connectors.mastodon.stream import SILENCE_SECONDS, MastodonUserStream
from consuldesk.connectors.models import Cursor, HealthReport, MediaFile, OutboundPost, PublishError, RawItem, Receipt
from consuldesk.connectors.rest import RateHeaders, RestClient, body_message, comparable_text
from consuldesk.core.types import Platform

__all__ = ["MastodonConnector"]

_PAGE = 40  # the notifications endpoint's maximum `limit`
_REMOTE_MENTION = re.compile(r"(@[\w.-]+)@[\w-]+(?:\.[\w-]+)+")


def _error_message(response: httpx.Response) -> str:
    return body_message(response, "error_description", "error")


def _comparable(text: str) -> str:
    # Mastodon shows a remote mention `@user@host` as `@user` in the HTML.
    return comparable_text(_REMOTE_MENTION.sub(r"\1", text))


def _id_key(status_id: str) -> tuple[int, str]:
    return len(status_id), status_id  # ids are decimal strings: longer is newer


def _language(tag: str | None) -> str | None:
    """Mastodon takes ISO 639 codes, not BCP 47 tags: `pt-BR` → `pt`."""
    return tag.split("-")[0].split("_")[0].lower() if tag else None


class MastodonConnector:
    Config = MastodonConfig
    platform: str = Platform.MASTODON.value
    capabilities: frozenset[Capability] = frozenset(
        {Capability.PUBLISHES, Capability.RECONCILES, Capability.REPORTS_HEALTH, Capability.FETCHES, Capability.STREAMS}
    )
    stream_silence_seconds: float = SILENCE_SECONDS  # no byte for this long: the stream is dead

    def __init__(self, config: MastodonConfig, *, transport: httpx.BaseTransport | None = None) -> None:
        self.config = config
        self._account_id = config.account_id
        self._rest = RestClient(
            self.platform,
            config.base_url,
            transport=transport,
            timeout=config.timeout_seconds,
            error_message=_error_message,
            rate_headers=RateHeaders("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"),
        )
        self._user_stream = MastodonUserStream(config, self._rest, transport)

    def __repr__(self) -> str:
        return f"MastodonConnector(base_url={self.config.base_url!r}, account_id={self._account_id!r})"

    def close(self) -> None:
        self._user_stream.close()
        self._rest.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return self._rest.request(method, path, token=self.config.access_token.get_secret_value(), **kwargs)

    def _verify_credentials(self) -> dict[str, Any]:
        account = self._rest.json(self._rest.check(self._call("GET", "/api/v1/accounts/verify_credentials")))
        if "id" not in account:
            raise PublishError(self.platform, "verify_credentials returned no account id", retryable=True)
        self._account_id = str(account["id"])
        return account

    def _account(self) -> str:
        return self._account_id if self._account_id is not None else str(self._verify_credentials()["id"])

    # -- Publishes ----------------------------------------------------------------------------

    def _upload(self, media: MediaFile) -> str:
        """POST /api/v2/media (alt text as `description`); a 202 means processing: poll until it has a URL."""
        files = {"file": (media.filename, media.data, media.content_type)}
        response = self._rest.check(
            self._call("POST", "/api/v2/media", files=files, data={"description": media.alt_text})
        )
        attachment = self._rest.json(response)
        media_id = str(attachment.get("id", ""))
        if not media_id:
            raise PublishError(
                self.platform, "media upload returned no id", status=response.status_code, retryable=True
            )
        attempts = self.config.media_poll_attempts
        while response.status_code in (202, 206) or attachment.get("url") is None:
            attempts -= 1
            if attempts < 0:
                raise PublishError(self.platform, f"media {media_id} still processing", retryable=True)
            time.sleep(self.config.media_poll_interval)
            response = self._rest.check(self._call("GET", f"/api/v1/media/{media_id}"))
            attachment = self._rest.json(response)
        return media_id

    def publish(self, post: OutboundPost) -> Receipt:
        body: dict[str, Any] = {"status": post.text, "visibility": self.config.visibility}
        if post.in_reply_to:
            body["in_reply_to_id"] = post.in_reply_to
        if language := _language(post.language):
            body["language"] = language
        if post.media:
            body["media_ids"] = [self._upload(m) for m in post.media]
        headers = {"Idempotency-Key": post.idempotency_key}
        response = self._call("POST", "/api/v1/statuses", json=body, headers=headers)
        status = self._rest.json(self._rest.check(response), created=True)
        if "id" not in status:
            raise PublishError(
                self.platform, "POST /api/v1/statuses returned no id", retryable=True, outcome_unknown=True
            )
        return Receipt(external_id=str(status["id"]), url=status.get("url"), raw=status)

    # -- Reconciles ---------------------------------------------------------------------------

    def find_published(self, post: OutboundPost) -> Receipt | None:
        params = {"limit": self.config.reconcile_depth, "exclude_reblogs": "true"}
        response = self._rest.check(self._call("GET", f"/api/v1/accounts/{self._account()}/statuses", params=params))
        wanted = _comparable(post.text)
        for status in self._rest.json_list(response):
            parent = status.get("in_reply_to_id")
            if (str(parent) if parent is not None else None) != post.in_reply_to:
                continue
            if _comparable(html_to_text(str(status.get("content", "")))) == wanted:
                return Receipt(external_id=str(status["id"]), url=status.get("url"), raw=status)
        return None

    # -- ReportsHealth ------------------------------------------------------------------------

    def check_health(self) -> HealthReport:
        def probe() -> str:
            account = self._verify_credentials()
            return f"@{account.get('acct', account['id'])} reachable"

        return self._rest.health(probe, self.config.token_expires_at)

    # -- Fetches (mentions) -------------------------------------------------------------------

    def fetch(self, cursor: Cursor | None) -> tuple[list[RawItem], Cursor | None]:
        """Mention notifications after `cursor` (a notification id), oldest first.

        With a cursor it asks for `min_id`, the page *immediately* after it, so a burst larger than
        one page is read over several polls and never skipped (`since_id` would return the newest
        page and leave a gap). The first poll takes the newest page.
        """
        params: dict[str, Any] = {"types[]": ["mention"], "limit": _PAGE}
        if cursor is not None:
            params["min_id"] = cursor.value
        response = self._rest.check_fetch(self._call("GET", "/api/v1/notifications", params=params))
        notifications = [n for n in self._rest.json_list(response) if "id" in n]
        notifications.sort(key=lambda n: _id_key(str(n["id"])))
        items: list[RawItem] = []
        for notification in notifications:
            try:
                items.extend(map_mastodon(notification))
            except RecordError:
                continue  # a notification without a message (or malformed): passed over, never re-read
        newest = str(notifications[-1]["id"]) if notifications else None
        return items, (Cursor(newest) if newest is not None else cursor)

    # -- Streams (user stream, server-sent events) ---------------------------------------------

    def stream(self, cursor: Cursor | None, stop: threading.Event) -> Iterator[tuple[RawItem, Cursor]]:
        """Mention notifications as they arrive, cursor = notification id (as `fetch`); see `mastodon.stream`."""
        return self._user_stream.stream(cursor, stop, silence=self.stream_silence_seconds)
