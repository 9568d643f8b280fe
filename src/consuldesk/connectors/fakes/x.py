"""`FakeX`: an in-memory X API v2 (posting, timelines, mentions, media), built on `FakePlatform`.

Behaves as X does where the connector depends on it: 201 on create, problem+json errors, 403 for
text over 280 weighted characters and for duplicate text from the same account, 429 with
`x-rate-limit-*` headers once the quota is spent, and posted text served back with `&<>` escaped and
URLs turned into t.co links. It also signs webhook deliveries and answers CRC tokens like X.

The filtered stream (`GET /2/tweets/search/stream`) takes only the app-only token that
`POST /oauth2/token` issues for the app's key and secret; it sends NDJSON lines with `\r\n`
keep-alives, and tests push posts into it (`stream_post`), end it with an operational-disconnect
(`disconnect_streams`), silence it (`stream_hub.silent = True`) or refuse the next connection.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import re
import time
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from consuldesk.connectors.fakes.base import FakePlatform, FakeSlot, QuotaWindow, SeenRequest
from consuldesk.connectors.fakes.streams import StreamHub
from consuldesk.connectors.x.connector import DUPLICATE_MESSAGE
from consuldesk.connectors.x.webhooks import SIGNATURE_HEADER, crc_response_token, x_signature
from consuldesk.publishing.text_metrics import x_weighted_length

__all__ = ["OPERATIONAL_DISCONNECT", "FakePlatform", "FakeSlot", "FakeX", "QuotaWindow", "SeenRequest"]

OPERATIONAL_DISCONNECT = {
    "errors": [
        {
            "title": "operational-disconnect",
            "disconnect_type": "UpstreamOperationalDisconnect",
            "detail": "This stream has been disconnected upstream for operational reasons.",
            "type": "https://api.x.com/2/problems/operational-disconnect",
        }
    ]
}
_TOO_MANY_CONNECTIONS = {
    "title": "ConnectionException",
    "detail": "This stream is currently at the maximum allowed connection limit.",
    "connection_issue": "TooManyConnections",
    "type": "https://api.x.com/2/problems/streaming-connection",
}


def _problem(status: int, title: str, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"title": title, "detail": detail, "type": "about:blank", "status": status}
    return JSONResponse(body, status_code=status, headers=headers, media_type="application/problem+json")


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class FakeX(FakePlatform):
    """`FakeX(token=…, consumer_secret=…, user_id=…, quota=None, window_seconds=900)`."""

    def __init__(
        self,
        *,
        token: str = "x-user-token",
        consumer_secret: str = "x-consumer-secret",
        user_id: str = "1500000000000000001",
        username: str = "consulate",
        quota: int | None = None,
        window_seconds: int = 900,
        consumer_key: str = "x-consumer-key",
        app_token: str = "x-app-only-bearer",
        keepalive_seconds: float = 0.2,
        max_stream_connections: int | None = None,
    ) -> None:
        self.consumer_key = consumer_key
        self.app_token = app_token
        self.max_stream_connections = max_stream_connections
        self.stream_hub = StreamHub(keepalive=b"\r\n", keepalive_seconds=keepalive_seconds)
        self.rules: dict[str, dict[str, str]] = {}  # the app's filtered-stream rules by id
        self._rule_ids = itertools.count(1_273_026_480_692_322_304)
        self._stream_refusals: list[float] = []
        self.consumer_secret = consumer_secret
        self.user_id = user_id
        self.username = username
        self.mentions: list[dict[str, Any]] = []
        self.users: dict[str, dict[str, Any]] = {user_id: {"id": user_id, "name": "Consulate", "username": username}}
        self.media: dict[str, dict[str, Any]] = {}
        self._ids = itertools.count(1_900_000_000_000_000_000)
        super().__init__(token=token, quota=quota, window_seconds=window_seconds)

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/2/tweets", self._create, methods=["POST"]),
            Route("/2/users/me", self._me, methods=["GET"]),
            Route("/2/users/{user_id}/tweets", self._timeline, methods=["GET"]),
            Route("/2/users/{user_id}/mentions", self._mentions, methods=["GET"]),
            Route("/2/media/upload", self._upload, methods=["POST"]),
            Route("/2/media/metadata", self._metadata, methods=["POST"]),
            Route("/oauth2/token", self._app_token, methods=["POST"]),
            Route("/2/tweets/search/stream", self._stream, methods=["GET"]),
            Route("/2/tweets/search/stream/rules", self._list_rules, methods=["GET"]),
            Route("/2/tweets/search/stream/rules", self._change_rules, methods=["POST"]),
        ]

    # -- helpers for tests ----------------------------------------------------------------------

    def signed_webhook(self, body: bytes) -> dict[str, str]:
        """Headers X sends with an Account Activity delivery of `body`."""
        return {SIGNATURE_HEADER: x_signature(self.consumer_secret, body), "content-type": "application/json"}

    def crc_response(self, crc_token: str) -> dict[str, str]:
        """The body X expects back from a CRC check of `crc_token`."""
        return {"response_token": crc_response_token(self.consumer_secret, crc_token)}

    def crc_accepts(self, crc_token: str, status: int, body: bytes) -> bool:
        """What X concludes from a receiver's answer to a CRC GET: 200 with the right response_token."""
        try:
            answer = orjson.loads(body)
        except orjson.JSONDecodeError:
            return False
        return status == 200 and isinstance(answer, dict) and answer == self.crc_response(crc_token)

    def add_mention(
        self, text: str, *, author_id: str = "2244994945", username: str = "citizen", in_reply_to: str | None = None
    ) -> dict[str, Any]:
        """Someone else mentions the account; it shows on GET /2/users/:id/mentions."""
        tweet_id = str(next(self._ids))
        self.users[author_id] = {"id": author_id, "name": username.title(), "username": username}
        tweet: dict[str, Any] = {
            "id": tweet_id,
            "text": text,
            "author_id": author_id,
            "conversation_id": in_reply_to or tweet_id,
            "created_at": _iso(datetime.now(UTC)),
            "edit_history_tweet_ids": [tweet_id],
        }
        if in_reply_to:
            tweet["referenced_tweets"] = [{"type": "replied_to", "id": in_reply_to}]
        self.mentions.append(tweet)
        return tweet

    def stream_post(
        self,
        text: str,
        *,
        author_id: str = "2244994945",
        username: str = "citizen",
        in_reply_to: str | None = None,
        rules: Sequence[dict[str, str]] = ({"id": "1700000000000000001", "tag": "consulate"},),
        mention: bool = False,
    ) -> dict[str, Any]:
        """A post matching the app's rules goes out on every open filtered stream (and, with
        `mention`, on the mentions timeline too)."""
        tweet = self.add_mention(text, author_id=author_id, username=username, in_reply_to=in_reply_to)
        if not mention:
            self.mentions.remove(tweet)
        line = {"data": tweet, "includes": {"users": [self.users[author_id]]}, "matching_rules": list(rules)}
        self.stream_hub.push(orjson.dumps(line) + b"\r\n")
        return tweet

    def stream_line(self, line: bytes) -> None:
        """Any raw line (a malformed one, an errors-only notice) on every open stream."""
        self.stream_hub.push(line + b"\r\n")

    def disconnect_streams(self) -> None:
        """X closes every open stream with an operational-disconnect message."""
        self.stream_hub.end_all(orjson.dumps(OPERATIONAL_DISCONNECT) + b"\r\n")

    def refuse_next_stream(self, reset_in: float = 60.0) -> None:
        """The next stream connection gets 429, its window resetting in `reset_in` seconds."""
        self._stream_refusals.append(reset_in)

    @staticmethod
    def displayed(text: str) -> str:
        """Text as X serves it back: `&<>` escaped, each URL a t.co link."""
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return re.sub(
            r"https?://\S+", lambda m: "https://t.co/" + hashlib.sha1(m[0].encode()).hexdigest()[:10], escaped
        )

    # -- routes ---------------------------------------------------------------------------------

    def _rate_headers(self, window: QuotaWindow | None) -> dict[str, str]:
        if window is None:
            return {}
        return {
            "x-rate-limit-limit": str(window.limit),
            "x-rate-limit-remaining": str(max(window.remaining, 0)),
            "x-rate-limit-reset": str(int(window.reset)),
        }

    async def _create(self, request: Request) -> Response:
        if not self.authorized(request):
            return _problem(401, "Unauthorized", "Unauthorized")
        window = self.spend()
        headers = self._rate_headers(window)
        if window is not None and window.exceeded:
            return _problem(429, "Too Many Requests", "Too Many Requests", headers)
        if (failure := self.take_failure()) is not None:
            return failure
        body = await request.json()
        text = body.get("text") if isinstance(body, dict) else None
        if not isinstance(text, str) or not text:
            return _problem(400, "Invalid Request", "One or more parameters to your request was invalid.")
        if x_weighted_length(text) > 280:
            return _problem(403, "Forbidden", "Your Tweet text is too long.", headers)
        if any(unicodedata.normalize("NFC", p["text"]) == unicodedata.normalize("NFC", text) for p in self.posts):
            return _problem(403, "Forbidden", DUPLICATE_MESSAGE, headers)
        parent = (body.get("reply") or {}).get("in_reply_to_tweet_id")
        known = {t["id"]: t for t in [*self.mentions, *(p["tweet"] for p in self.posts)]}
        if parent is not None and parent not in known:
            return _problem(400, "Invalid Request", "The Tweet you are replying to does not exist.")
        tweet_id = str(next(self._ids))
        tweet: dict[str, Any] = {
            "id": tweet_id,
            "text": self.displayed(text),
            "author_id": self.user_id,
            "conversation_id": known[parent]["conversation_id"] if parent else tweet_id,
            "created_at": _iso(datetime.now(UTC)),
            "edit_history_tweet_ids": [tweet_id],
        }
        if parent:
            tweet["referenced_tweets"] = [{"type": "replied_to", "id": parent}]
        media_ids = (body.get("media") or {}).get("media_ids") or []
        self.store({"id": tweet_id, "text": text, "in_reply_to": parent, "media_ids": media_ids, "tweet": tweet})
        await self.hold_if_asked()
        data = {"id": tweet_id, "text": tweet["text"], "edit_history_tweet_ids": [tweet_id]}
        return JSONResponse({"data": data}, status_code=201, headers=headers)

    async def _me(self, request: Request) -> Response:
        if not self.authorized(request):
            return _problem(401, "Unauthorized", "Unauthorized")
        return JSONResponse({"data": self.users[self.user_id]})

    @staticmethod
    def _page(tweets: list[dict[str, Any]], request: Request) -> dict[str, Any]:
        since = request.query_params.get("since_id")
        newest_first = sorted(tweets, key=lambda t: int(t["id"]), reverse=True)
        if since:
            newest_first = [t for t in newest_first if int(t["id"]) > int(since)]
        size = min(max(int(request.query_params.get("max_results", "10")), 5), 100)
        start = int(request.query_params.get("pagination_token", "0"))
        page = newest_first[start : start + size]
        if not page:
            return {"meta": {"result_count": 0}}
        meta: dict[str, Any] = {"result_count": len(page), "newest_id": page[0]["id"], "oldest_id": page[-1]["id"]}
        if start + size < len(newest_first):
            meta["next_token"] = str(start + size)
        return {"data": page, "meta": meta}

    async def _timeline(self, request: Request) -> Response:
        if not self.authorized(request):
            return _problem(401, "Unauthorized", "Unauthorized")
        own = request.path_params["user_id"] == self.user_id
        return JSONResponse(self._page([p["tweet"] for p in self.posts] if own else [], request))

    async def _mentions(self, request: Request) -> Response:
        if not self.authorized(request):
            return _problem(401, "Unauthorized", "Unauthorized")
        own = request.path_params["user_id"] == self.user_id
        payload = self._page(self.mentions if own else [], request)
        if "data" in payload:
            authors = {t["author_id"] for t in payload["data"]}
            payload["includes"] = {"users": [self.users[a] for a in sorted(authors)]}
        return JSONResponse(payload)

    async def _upload(self, request: Request) -> Response:
        if not self.authorized(request):
            return _problem(401, "Unauthorized", "Unauthorized")
        form = await request.form()
        upload = form.get("media")
        if upload is None or isinstance(upload, str):
            return _problem(400, "Invalid Request", "media is required")
        media_id = str(next(self._ids))
        data = await upload.read()
        self.media[media_id] = {"size": len(data), "content_type": upload.content_type, "alt_text": None}
        return JSONResponse({"data": {"id": media_id, "media_key": f"3_{media_id}", "size": len(data)}})

    async def _metadata(self, request: Request) -> Response:
        if not self.authorized(request):
            return _problem(401, "Unauthorized", "Unauthorized")
        body = await request.json()
        media = self.media.get(str(body.get("id")))
        if media is None:
            return _problem(400, "Invalid Request", "unknown media id")
        media["alt_text"] = body["metadata"]["alt_text"]["text"]
        return JSONResponse({"data": {"associated_metadata": True}})

    async def _app_token(self, request: Request) -> Response:
        """Client credentials: Basic base64(urlencode(key):urlencode(secret)) → the app-only token."""
        pair = f"{quote(self.consumer_key, safe='')}:{quote(self.consumer_secret, safe='')}"
        expected = base64.b64encode(pair.encode()).decode()
        form = await request.form()
        if request.headers.get("authorization") != f"Basic {expected}":
            return JSONResponse({"errors": [{"code": 99, "message": "Unable to verify your credentials"}]}, 403)
        if form.get("grant_type") != "client_credentials":
            return JSONResponse({"errors": [{"code": 170, "message": "Missing required parameter: grant_type"}]}, 403)
        return JSONResponse({"token_type": "bearer", "access_token": self.app_token})

    async def _stream(self, request: Request) -> Response:
        if self.authorized(request):  # the user-context token
            detail = ("Authenticating with OAuth 2.0 User Context is forbidden for this endpoint.  "
                      "Supported authentication types are [OAuth 2.0 Application-Only].")
            return _problem(403, "Unsupported Authentication", detail)
        if not self.authorized(request, self.app_token):
            return _problem(401, "Unauthorized", "Unauthorized")
        if self._stream_refusals:
            reset = time.time() + self._stream_refusals.pop(0)
            headers = {"x-rate-limit-limit": "50", "x-rate-limit-remaining": "0", "x-rate-limit-reset": str(int(reset))}
            return _problem(429, "Too Many Requests", "Too Many Requests", headers)
        limit = self.max_stream_connections
        if limit is not None and self.stream_hub.open_streams >= limit:
            return JSONResponse(_TOO_MANY_CONNECTIONS | {"status": 429}, 429, media_type="application/problem+json")
        backfill = request.query_params.get("backfill_minutes")
        since = time.time() - 60 * int(backfill) if backfill and backfill.isdigit() else None
        return StreamingResponse(self.stream_hub.body(replay_since=since), media_type="application/json")

    # -- filtered-stream rules (app-only token) -----------------------------------------------------

    def _app_only(self, request: Request) -> Response | None:
        if self.authorized(request, self.app_token):
            return None
        return _problem(403 if self.authorized(request) else 401, "Unauthorized", "Unauthorized")

    async def _list_rules(self, request: Request) -> Response:
        if (refused := self._app_only(request)) is not None:
            return refused
        meta = {"sent": _iso(datetime.now(UTC)), "result_count": len(self.rules)}
        return JSONResponse({"data": list(self.rules.values()), "meta": meta} if self.rules else {"meta": meta})

    async def _change_rules(self, request: Request) -> Response:
        if (refused := self._app_only(request)) is not None:
            return refused
        body = await request.json()
        errors: list[dict[str, Any]] = []
        if "delete" in body:
            ids = [str(i) for i in body["delete"].get("ids", [])]
            deleted = [i for i in ids if self.rules.pop(i, None) is not None]
            summary = {"deleted": len(deleted), "not_deleted": len(ids) - len(deleted)}
            return JSONResponse({"meta": {"sent": _iso(datetime.now(UTC)), "summary": summary}})
        created: list[dict[str, str]] = []
        invalid = 0
        for rule in body.get("add", []):
            value = str(rule.get("value", ""))
            if not value.strip() or len(value) > 1024 or value.count('"') % 2 or value.count("(") != value.count(")"):
                invalid += 1
                errors.append({"value": value, "title": "UnprocessableEntity", "detail": "invalid rule syntax",
                               "type": "https://api.x.com/2/problems/invalid-rules"})
            elif any(r["value"] == value for r in self.rules.values()):
                errors.append({"value": value, "id": next(i for i, r in self.rules.items() if r["value"] == value),
                               "title": "DuplicateRule", "type": "https://api.x.com/2/problems/duplicate-rules"})
            else:
                rule_id = str(next(self._rule_ids))
                self.rules[rule_id] = {"id": rule_id, "value": value, "tag": str(rule.get("tag", ""))}
                created.append(self.rules[rule_id])
        summary = {"created": len(created), "not_created": len(body.get("add", [])) - len(created),
                   "valid": len(body.get("add", [])) - invalid, "invalid": invalid}
        answer: dict[str, Any] = {"meta": {"sent": _iso(datetime.now(UTC)), "summary": summary}}
        if created:
            answer["data"] = created
        if errors:
            answer["errors"] = errors
        return JSONResponse(answer, status_code=201 if created else 200)
