"""`FakeMastodon`: an in-memory Mastodon instance (statuses, media, notifications, instance info).

Behaves as Mastodon does where the connector depends on it: `Idempotency-Key` returns the original
status, 422 "Validation failed: Text character limit of N exceeded" over the instance limit (served
by /api/v1/instance and /api/v2/instance), 429 with `X-RateLimit-*` headers (reset as ISO 8601),
`{"error": …}` bodies, status `content` rendered as HTML with links, mentions and hashtags marked up
the way Mastodon does, media that may still be processing (202, then 206 until ready).

The streaming API (`GET /api/v1/streaming/user`, server-sent events) opens with `:)`, writes a
`:thump` heartbeat when idle, and sends every new notification as `event: notification`; tests add
`update`/`delete` events, end or silence the open streams, refuse the next one, or set
`streaming_base` to make the instance redirect the stream to another host as Mastodon does.
"""

from __future__ import annotations

import html
import itertools
import re
import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from consuldesk.connectors.fakes.base import FakePlatform, QuotaWindow
from consuldesk.connectors.fakes.streams import StreamHub
from consuldesk.publishing.text_metrics import mastodon_length

__all__ = ["FakeMastodon"]

_TOKEN = re.compile(r"https?://[^\s<]+|(?<![\w@])@[\w.]+(?:@[\w-]+(?:\.[\w-]+)+)?|(?<![\w&])#\w+")


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _link(url: str) -> str:
    scheme, _, rest = url.partition("://")
    shown, hidden = rest[:30], rest[30:]
    ellipsis = ' class="ellipsis"' if hidden else ""
    return (
        f'<a href="{html.escape(url)}" rel="nofollow noopener" target="_blank">'
        f'<span class="invisible">{scheme}://</span><span{ellipsis}>{html.escape(shown)}</span>'
        f'<span class="invisible">{html.escape(hidden)}</span></a>'
    )


def _markup(token: str, domain: str) -> str:
    if token.startswith("http"):
        return _link(token)
    if token.startswith("@"):
        user, _, host = token[1:].partition("@")
        href = f"https://{host or domain}/@{user}"
        return (
            f'<span class="h-card"><a href="{href}" class="u-url mention">@<span>{html.escape(user)}</span></a></span>'
        )
    return (
        f'<a href="https://{domain}/tags/{token[1:]}" class="mention hashtag" rel="tag">#<span>{token[1:]}</span></a>'
    )


def render_content(text: str, domain: str) -> str:
    """Status text → the sanitised HTML Mastodon serves as `content`."""
    paragraphs = []
    for paragraph in re.split(r"\n{2,}", text.strip()):
        parts, cursor = [], 0
        for match in _TOKEN.finditer(paragraph):
            parts.append(html.escape(paragraph[cursor : match.start()], quote=False))
            parts.append(_markup(match[0], domain))
            cursor = match.end()
        parts.append(html.escape(paragraph[cursor:], quote=False))
        paragraphs.append("<p>" + "".join(parts).replace("\n", "<br />") + "</p>")
    return "".join(paragraphs)


class FakeMastodon(FakePlatform):
    """`FakeMastodon(token=…, max_characters=500, quota=None, window_seconds=300, processing_polls=0)`."""

    def __init__(
        self,
        *,
        token: str = "mastodon-token",
        account_id: str = "109000000000000001",
        username: str = "consulate",
        domain: str = "social.example",
        max_characters: int = 500,
        quota: int | None = None,
        window_seconds: int = 300,
        processing_polls: int = 0,
        heartbeat_seconds: float = 0.2,
        streaming_base: str | None = None,
    ) -> None:
        self.stream_hub = StreamHub(keepalive=b":thump\n", keepalive_seconds=heartbeat_seconds, opening=b":)\n")
        self.streaming_base = streaming_base
        self._stream_refusals: list[float] = []
        self._poll_refusals: list[float] = []
        self.domain = domain
        self.max_characters = max_characters
        self.processing_polls = processing_polls
        self.account = {
            "id": account_id,
            "username": username,
            "acct": username,
            "display_name": "Consulate",
            "url": f"https://{domain}/@{username}",
        }
        self.notifications: list[dict[str, Any]] = []
        self.media: dict[str, dict[str, Any]] = {}
        self._by_key: dict[str, dict[str, Any]] = {}
        self._ids = itertools.count(110_000_000_000_000_000)
        super().__init__(token=token, quota=quota, window_seconds=window_seconds)

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/api/v1/instance", self._instance_v1, methods=["GET"]),
            Route("/api/v2/instance", self._instance_v2, methods=["GET"]),
            Route("/api/v1/statuses", self._create, methods=["POST"]),
            Route("/api/v1/accounts/verify_credentials", self._verify, methods=["GET"]),
            Route("/api/v1/accounts/{account_id}/statuses", self._statuses, methods=["GET"]),
            Route("/api/v1/notifications", self._notifications, methods=["GET"]),
            Route("/api/v2/media", self._upload, methods=["POST"]),
            Route("/api/v1/media/{media_id}", self._media, methods=["GET"]),
            Route("/api/v1/streaming/health", self._streaming_health, methods=["GET"]),
            Route("/api/v1/streaming/user", self._streaming_user, methods=["GET"]),
        ]

    def statuses(self) -> list[dict[str, Any]]:
        return [p["status"] for p in self.posts]

    def _status(self, text: str, account: dict[str, Any], **fields: Any) -> dict[str, Any]:
        status_id = str(next(self._ids))
        return {
            "id": status_id,
            "created_at": _iso(datetime.now(UTC)),
            "in_reply_to_id": None,
            "sensitive": False,
            "spoiler_text": "",
            "visibility": "public",
            "language": None,
            "uri": f"https://{self.domain}/users/{account['username']}/statuses/{status_id}",
            "url": f"https://{self.domain}/@{account['acct']}/{status_id}",
            "content": render_content(text, self.domain),
            "account": account,
            "media_attachments": [],
            "mentions": [],
            "reblog": None,
            **fields,
        }

    def add_mention(self, text: str, *, acct: str = "citizen@elsewhere.example") -> dict[str, Any]:
        """Someone mentions the account: a `mention` notification carrying their status."""
        username = acct.partition("@")[0]
        account = {"id": str(next(self._ids)), "username": username, "acct": acct, "display_name": username.title()}
        notification = {
            "id": str(len(self.notifications) + 1),
            "type": "mention",
            "created_at": _iso(datetime.now(UTC)),
            "account": account,
            "status": self._status(text, account),
        }
        self.notifications.append(notification)
        self.stream_event("notification", orjson.dumps(notification).decode())
        return notification

    def add_notification(self, kind: str) -> dict[str, Any]:
        """A notification that is not a mention (favourite, follow …)."""
        notification = {"id": str(len(self.notifications) + 1), "type": kind, "account": self.account}
        self.notifications.append(notification)
        self.stream_event("notification", orjson.dumps(notification).decode())
        return notification

    # -- streaming helpers for tests ------------------------------------------------------------

    def stream_event(self, event: str, data: str) -> None:
        """One server-sent event on every open user stream, written as the streaming server does."""
        self.stream_hub.push(f"event: {event}\ndata: {data}\n\n".encode())

    def stream_update(self, text: str, *, acct: str = "friend@elsewhere.example") -> dict[str, Any]:
        """A status from a followed account on the home timeline (`update`); not a notification."""
        username = acct.partition("@")[0]
        account = {"id": str(next(self._ids)), "username": username, "acct": acct, "display_name": username.title()}
        status = self._status(text, account)
        self.stream_event("update", orjson.dumps(status).decode())
        return status

    def end_streams(self) -> None:
        """The streaming server closes every open stream (a restart, a deploy)."""
        self.stream_hub.end_all()

    def refuse_next_stream(self, reset_in: float = 300.0) -> None:
        """The next stream connection gets 429 with `X-RateLimit-*` headers."""
        self._stream_refusals.append(reset_in)

    def refuse_next_poll(self, reset_in: float = 300.0) -> None:
        """The next GET /api/v1/notifications gets 429, the window resetting in `reset_in` seconds."""
        self._poll_refusals.append(reset_in)

    def _refusal(self, refusals: list[float]) -> Response | None:
        if not refusals:
            return None
        reset = time.time() + refusals.pop(0)
        window = QuotaWindow(limit=300, remaining=0, reset=reset, exceeded=True)
        return _error(429, "Too many requests", self._rate_headers(window))

    # -- routes ---------------------------------------------------------------------------------

    def _statuses_config(self) -> dict[str, Any]:
        return {"max_characters": self.max_characters, "max_media_attachments": 4, "characters_reserved_per_url": 23}

    async def _instance_v1(self, request: Request) -> Response:
        return JSONResponse(
            {
                "uri": self.domain,
                "title": "Fake Mastodon",
                "version": "4.3.0",
                "urls": {"streaming_api": f"wss://{self.domain}"},
                "configuration": {"statuses": self._statuses_config()},
            }
        )

    async def _instance_v2(self, request: Request) -> Response:
        return JSONResponse(
            {
                "domain": self.domain,
                "title": "Fake Mastodon",
                "version": "4.3.0",
                "configuration": {"urls": {"streaming": f"wss://{self.domain}"}, "statuses": self._statuses_config()},
            }
        )

    @staticmethod
    def _rate_headers(window: QuotaWindow | None) -> dict[str, str]:
        if window is None:
            return {}
        reset = datetime.fromtimestamp(window.reset, UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
        return {
            "X-RateLimit-Limit": str(window.limit),
            "X-RateLimit-Remaining": str(max(window.remaining, 0)),
            "X-RateLimit-Reset": reset,
        }

    @staticmethod
    async def _params(request: Request) -> dict[str, Any]:
        if request.headers.get("content-type", "").startswith("application/json"):
            body = await request.json()
            return body if isinstance(body, dict) else {}
        form = await request.form()
        params: dict[str, Any] = {k: v for k, v in form.items() if not k.endswith("[]")}
        params["media_ids"] = form.getlist("media_ids[]")
        return params

    async def _create(self, request: Request) -> Response:
        if not self.authorized(request):
            return _error(401, "The access token is invalid")
        window = self.spend()
        headers = self._rate_headers(window)
        if window is not None and window.exceeded:
            return _error(429, "Too many requests", headers)
        if (failure := self.take_failure()) is not None:
            return failure
        key = request.headers.get("idempotency-key")
        if key and key in self._by_key:
            return JSONResponse(self._by_key[key], headers=headers)
        params = await self._params(request)
        text, media_ids = str(params.get("status") or ""), [str(m) for m in params.get("media_ids") or []]
        if not text.strip() and not media_ids:
            return _error(422, "Validation failed: Text can't be blank", headers)
        if mastodon_length(text) > self.max_characters:
            return _error(422, f"Validation failed: Text character limit of {self.max_characters} exceeded", headers)
        parent = params.get("in_reply_to_id")
        known = {s["id"] for s in self.statuses()} | {n["status"]["id"] for n in self.notifications if "status" in n}
        if parent and str(parent) not in known:
            return _error(404, "Record not found", headers)
        if any(m not in self.media for m in media_ids):
            return _error(422, "Validation failed: Media attachments are invalid", headers)
        status = self._status(
            text,
            self.account,
            in_reply_to_id=str(parent) if parent else None,
            visibility=params.get("visibility", "public"),
            language=params.get("language"),
            media_attachments=[self._public(self.media[m]) for m in media_ids],
        )
        post = {"id": status["id"], "text": text, "in_reply_to": status["in_reply_to_id"], "idempotency_key": key}
        self.store(post | {"language": status["language"], "media_ids": media_ids, "status": status})
        if key:
            self._by_key[key] = status
        await self.hold_if_asked()
        return JSONResponse(status, headers=headers)

    async def _verify(self, request: Request) -> Response:
        if not self.authorized(request):
            return _error(401, "The access token is invalid")
        return JSONResponse(self.account)

    async def _statuses(self, request: Request) -> Response:
        if not self.authorized(request):
            return _error(401, "The access token is invalid")
        own = request.path_params["account_id"] == self.account["id"]
        limit = int(request.query_params.get("limit", "20"))
        return JSONResponse(list(reversed(self.statuses()))[:limit] if own else [])

    async def _notifications(self, request: Request) -> Response:
        if not self.authorized(request):
            return _error(401, "The access token is invalid")
        if (refused := self._refusal(self._poll_refusals)) is not None:
            return refused
        query = request.query_params
        types = query.getlist("types[]")
        found = [n for n in self.notifications if not types or n["type"] in types]
        limit = min(int(query.get("limit", "40")), 80)
        if "since_id" in query:
            found = [n for n in found if int(n["id"]) > int(query["since_id"])]
        if "min_id" in query:  # the page immediately after min_id
            found = [n for n in found if int(n["id"]) > int(query["min_id"])][:limit]
        return JSONResponse(sorted(found, key=lambda n: int(n["id"]), reverse=True)[:limit])

    async def _upload(self, request: Request) -> Response:
        if not self.authorized(request):
            return _error(401, "The access token is invalid")
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            return _error(422, "Validation failed: File can't be blank")
        media_id = str(next(self._ids))
        size = len(await upload.read())
        ready = self.processing_polls == 0
        url = f"https://{self.domain}/media/{media_id}.png"
        self.media[media_id] = {
            "id": media_id,
            "type": "image",
            "url": url if ready else None,
            "description": form.get("description"),
            "meta": {"size": size},
            "_polls_left": self.processing_polls,
            "_url": url,
        }
        return JSONResponse(self._public(self.media[media_id]), status_code=200 if ready else 202)

    @staticmethod
    def _public(media: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in media.items() if not k.startswith("_")}

    async def _media(self, request: Request) -> Response:
        if not self.authorized(request):
            return _error(401, "The access token is invalid")
        media = self.media.get(request.path_params["media_id"])
        if media is None:
            return _error(404, "Record not found")
        if media["_polls_left"] > 0:
            media["_polls_left"] -= 1
            return JSONResponse(self._public(media), status_code=206)
        media["url"] = media["_url"]
        return JSONResponse(self._public(media))

    async def _streaming_health(self, request: Request) -> Response:
        return PlainTextResponse("OK")

    async def _streaming_user(self, request: Request) -> Response:
        if self.streaming_base is not None:
            base = urlsplit(self.streaming_base)
            if request.url.netloc != base.netloc:  # the instance sends the stream to its streaming host
                query = f"?{request.url.query}" if request.url.query else ""
                return RedirectResponse(f"{self.streaming_base.rstrip('/')}{request.url.path}{query}", 301)
        token = request.query_params.get("access_token")
        if not self.authorized(request) and token != self.token:
            return _error(401, "Error: Missing access token")
        if (refused := self._refusal(self._stream_refusals)) is not None:
            return refused
        return StreamingResponse(self.stream_hub.body(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-store"})
