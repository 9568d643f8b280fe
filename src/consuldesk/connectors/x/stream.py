"""X filtered stream (`GET /2/tweets/search/stream`): posts matching the app's rules, as they are made.

The stream takes only an app-only bearer token, which this module obtains from the app's API key and
consumer secret (`POST /oauth2/token`, client credentials) so no extra secret has to be stored; it
is kept in memory and fetched again after a 401. The body is NDJSON: one post envelope per line
(`data`, `includes`, `matching_rules`, mapped by the file importer's X mapper, which keeps
`matching_rules` in the raw payload), a bare `\\r\\n` keep-alive at least every 20 s, and
errors-only lines. An `operational-disconnect` line means X is closing the connection for its own
reasons: the reader returns and the caller reconnects. `ConnectionException` (too many connections
for the app) is raised as a retryable PublishError so the channel shows it.

Rules are app-wide, not per account: whoever connects one X channel's stream receives every post the
app's rules match. Before its first connection the channel's own tagged rules are synced (`x.rules`).
"""

from __future__ import annotations

import base64
import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote

import httpx

from consuldesk.connectors.file_import.errors import RecordError
from consuldesk.connectors.file_import.x import map_x_envelope
from consuldesk.connectors.http import make_client
from consuldesk.connectors.models import Cursor, PublishError, RawItem
from consuldesk.connectors.rest import RestClient, as_obj
from consuldesk.connectors.streaming import iter_ndjson, stream_lines, stream_timeout
from consuldesk.connectors.x.config import XConfig
from consuldesk.connectors.x.rules import rules_tag, sync_rules

__all__ = ["STREAM_PATH", "TOKEN_PATH", "XFilteredStream", "disconnect_kind"]

log = logging.getLogger("consuldesk.connectors.x.stream")

STREAM_PATH = "/2/tweets/search/stream"
TOKEN_PATH = "/oauth2/token"
_PARAMS = {
    "tweet.fields": "author_id,conversation_id,created_at,lang,note_tweet,referenced_tweets",
    "expansions": "author_id,referenced_tweets.id",
    "user.fields": "name,username",
}


def disconnect_kind(obj: dict[str, Any]) -> str | None:
    """"operational" for an operational-disconnect line, "connection" for ConnectionException, else None."""
    for error in obj.get("errors") or []:
        error = as_obj(error)
        title, kind = str(error.get("title", "")), str(error.get("type", ""))
        if title == "operational-disconnect" or kind.endswith("/operational-disconnect") or error.get(
            "disconnect_type"
        ):
            return "operational"
        if title == "ConnectionException" or error.get("connection_issue"):
            return "connection"
    return None


def _error_detail(obj: dict[str, Any]) -> str:
    errors = [as_obj(e) for e in obj.get("errors") or []]
    return "; ".join(str(e.get("detail") or e.get("title") or "error") for e in errors) or "stream error"


class XFilteredStream:
    """One app's filtered-stream connection; `XConnector.stream` delegates here."""

    def __init__(self, config: XConfig, rest: RestClient, transport: httpx.BaseTransport | None,
                 account_id: Callable[[], str]) -> None:
        self._config = config
        self._account_id = account_id
        self._rules_synced = False
        self._rest = rest
        self._transport = transport
        self._client: httpx.Client | None = None
        self._bearer: str | None = None
        self._lock = threading.Lock()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def _app_token(self) -> str:
        """Client-credentials exchange: Basic auth with the URL-encoded API key and secret."""
        key, secret = self._config.consumer_key, self._config.consumer_secret.get_secret_value()
        if not key or not secret:
            raise PublishError(
                self._rest.platform, "the filtered stream needs the app's API key and consumer secret"
            )
        basic = base64.b64encode(f"{quote(key, safe='')}:{quote(secret, safe='')}".encode()).decode()
        response = self._rest.request(
            "POST",
            TOKEN_PATH,
            headers={"Authorization": f"Basic {basic}"},
            data={"grant_type": "client_credentials"},
        )
        body = self._rest.json(self._rest.check(response))
        token = body.get("access_token")
        if body.get("token_type", "bearer").lower() != "bearer" or not isinstance(token, str) or not token:
            raise PublishError(self._rest.platform, "POST /oauth2/token returned no bearer token", retryable=True)
        return token

    def _check(self, response: httpx.Response) -> None:
        if response.status_code == 401:
            self._bearer = None  # revoked or rotated: exchange again on the next connect
        self._rest.check_fetch(response)

    def stream(
        self, cursor: Cursor | None, stop: threading.Event, *, silence: float
    ) -> Iterator[tuple[RawItem, Cursor]]:
        with self._lock:
            if self._bearer is None:
                self._bearer = self._app_token()
            if not self._rules_synced:
                try:
                    sync_rules(self._rest, self._bearer, self._config.stream_rules, rules_tag(self._account_id()))
                except PublishError:
                    self._bearer = None  # perhaps revoked: exchange again on the next attempt
                    raise
                self._rules_synced = True
            if self._client is None:
                self._client = make_client(self._config.base_url.rstrip("/"), transport=self._transport)
            bearer, client = self._bearer, self._client
        params = dict(_PARAMS)
        if cursor is not None and self._config.stream_backfill_minutes:
            params["backfill_minutes"] = str(self._config.stream_backfill_minutes)
        request = client.build_request(
            "GET",
            STREAM_PATH,
            params=params,
            headers={"Authorization": f"Bearer {bearer}"},
            timeout=stream_timeout(silence, self._config.timeout_seconds),
        )
        platform = self._rest.platform
        lines = stream_lines(client, request, platform=platform, stop=stop, silence=silence, check=self._check)
        with contextlib.closing(lines):
            for obj in iter_ndjson(lines, platform):
                if obj.get("data") is None:
                    kind = disconnect_kind(obj)
                    if kind == "operational":
                        log.info("X stream: operational disconnect (%s)", _error_detail(obj))
                        return
                    if kind == "connection":
                        raise PublishError(platform, _error_detail(obj), retryable=True)
                    log.debug("X stream: errors-only line skipped (%s)", _error_detail(obj))
                    continue
                try:
                    items = map_x_envelope(obj)
                except RecordError as exc:
                    log.warning("X stream: line not imported: %s", exc.reason)
                    continue
                for item in items:
                    if self._config.user_id is not None and item.author_id == self._config.user_id:
                        continue  # the account's own post matched a rule: not an inbound message
                    yield item, Cursor(item.external_id)
