"""`FakeBluesky`: an in-memory PDS serving the XRPC calls the connector makes.

Behaves as a PDS does where the connector depends on it: sessions with expiring access tokens
(400 ExpiredToken) and refresh tokens, `{"error", "message"}` bodies, 400 InvalidRecord for text over
300 graphemes or facets outside the text's UTF-8 bytes, TID-only record keys, a second record at an
existing rkey refused, and 429 with `ratelimit-*` headers (reset in Unix seconds). The wording of the
"record exists" error is a guess [U]: real PDSs differ, and the connector does not rely on it.

It also plays a Jetstream instance (`/subscribe`, a WebSocket): commit events in `time_us` order,
filtered by `wantedCollections` (commits only) and `wantedDids`, replayed from `cursor`, live after
that. Tests publish with `jetstream_post`, close every socket with `end_jetstream`, or refuse the
next handshake with an HTTP status.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import itertools
import threading
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from consuldesk.connectors.bluesky.jetstream import POST_COLLECTION, at_uri
from consuldesk.connectors.bluesky.tid import is_tid, tid_from_key
from consuldesk.connectors.fakes.base import FakePlatform, QuotaWindow
from consuldesk.publishing.text_metrics import grapheme_length, utf8_length

__all__ = ["FakeBluesky"]

Handler = Callable[[Request], Awaitable[Response]]


def _error(status: int, error: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": error, "message": message}, status_code=status, headers=headers)


def _cid(data: Any) -> str:
    digest = hashlib.sha256(orjson.dumps(data, option=orjson.OPT_SORT_KEYS)).digest()
    return "bafyrei" + base64.b32encode(digest).decode("ascii").lower().rstrip("=")


def _invalid(reason: str) -> JSONResponse:
    return _error(400, "InvalidRecord", f"Invalid app.bsky.feed.post record: {reason}")


def _check_post(record: dict[str, Any], known: dict[str, dict[str, Any]], blobs: set[str]) -> JSONResponse | None:
    """The lexicon checks the connector can get wrong: lengths, facet byte ranges, strongRefs, blobs."""
    text = record.get("text")
    if record.get("$type") != POST_COLLECTION or not isinstance(text, str) or "createdAt" not in record:
        return _invalid("Record must have the properties $type, text and createdAt")
    if grapheme_length(text) > 300:
        return _invalid("Record/text must not be longer than 300 graphemes")
    if utf8_length(text) > 3000:
        return _invalid("Record/text must not be longer than 3000 characters")
    for facet in record.get("facets") or []:
        index = facet.get("index") or {}
        start, end = index.get("byteStart"), index.get("byteEnd")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= utf8_length(text)):
            return _invalid("Record/facets must index into the text's UTF-8 bytes")
    if len(record.get("langs") or []) > 3:
        return _invalid("Record/langs must not have more than 3 elements")
    for ref in (record.get("reply") or {}).values():
        target = known.get(ref.get("uri"))
        if target is None or target["cid"] != ref.get("cid"):
            return _invalid("Record/reply must reference existing records by uri and cid")
    images = (record.get("embed") or {}).get("images") or []
    if len(images) > 4 or any(img.get("image", {}).get("ref", {}).get("$link") not in blobs for img in images):
        return _invalid("Record/embed/images must be at most 4 uploaded blobs")
    return None


class FakeBluesky(FakePlatform):
    """`FakeBluesky(handle=…, did=…, password=…, quota=None, window_seconds=300)`."""

    def __init__(
        self,
        *,
        handle: str = "consulate.bsky.social",
        did: str = "did:plc:consulate7ahc3bcmf2wqv",
        password: str = "app-pass-1234",
        quota: int | None = None,
        window_seconds: int = 300,
    ) -> None:
        self.handle, self.did, self.password = handle, did, password
        self.records: dict[str, dict[str, Any]] = {}  # uri → {"uri", "cid", "value"}, every repo
        self.blobs: dict[str, dict[str, Any]] = {}
        self.handles: dict[str, str] = {handle: did}
        self.logins = 0
        self.refreshes = 0
        self._access: set[str] = set()
        self._refresh: set[str] = set()
        self._expired: set[str] = set()
        self._serial = itertools.count(1)
        self.jetstream_log: list[dict[str, Any]] = []
        self.jetstream_queries: list[str] = []  # the query string of each subscription
        self.jetstream_open = 0
        self._jetstream_refusals: list[int] = []
        self._jetstream_generation = 0
        self._jetstream_lock = threading.Lock()
        super().__init__(token="", quota=quota, window_seconds=window_seconds)

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/xrpc/{nsid}", self._dispatch, methods=["GET", "POST"]),
            WebSocketRoute("/subscribe", self._subscribe),
        ]

    # -- helpers for tests ----------------------------------------------------------------------

    def expire_access_tokens(self) -> None:
        """Every access token issued so far now answers 400 ExpiredToken."""
        self._expired |= self._access
        self._access.clear()

    def revoke_sessions(self) -> None:
        """Access and refresh tokens all stop working: only a new createSession helps."""
        self.expire_access_tokens()
        self._refresh.clear()

    def add_post(
        self, text: str, *, did: str = "did:plc:citizen4xqzq3lq2r", reply: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """Someone else's post (a reply target); returns its {"uri", "cid", "value"}."""
        value: dict[str, Any] = {"$type": POST_COLLECTION, "text": text, "createdAt": datetime.now(UTC).isoformat()}
        if reply is not None:
            value["reply"] = reply
        rkey = tid_from_key(f"{did}-{next(self._serial)}")
        uri = at_uri(did, POST_COLLECTION, rkey)
        entry: dict[str, Any] = {"uri": uri, "cid": _cid(value), "value": value}
        self.records[uri] = entry
        return entry

    def add_handle(self, handle: str, did: str) -> None:
        self.handles[handle] = did

    # -- Jetstream helpers for tests ------------------------------------------------------------

    def jetstream_event(self, event: dict[str, Any]) -> dict[str, Any]:
        """Append any event (identity, account, a delete …); `time_us` is set, strictly increasing."""
        with self._jetstream_lock:
            last = self.jetstream_log[-1]["time_us"] if self.jetstream_log else 0
            event = {**event, "time_us": max(last + 1, time.time_ns() // 1000)}
            self.jetstream_log.append(event)
        return event

    def jetstream_post(
        self,
        text: str,
        *,
        did: str = "did:plc:citizen4xqzq3lq2r",
        mention: str | None = None,
        reply_to: dict[str, Any] | None = None,
        quote: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Someone posts: a record in their repo and a Jetstream create commit. `mention` is a DID
        (a mention facet over the whole text); `reply_to`/`quote` are {"uri", "cid"} of a record."""
        record: dict[str, Any] = {"$type": POST_COLLECTION, "text": text, "createdAt": datetime.now(UTC).isoformat(),
                                  "langs": ["en"]}
        if mention is not None:
            feature = {"$type": "app.bsky.richtext.facet#mention", "did": mention}
            record["facets"] = [{"index": {"byteStart": 0, "byteEnd": utf8_length(text)}, "features": [feature]}]
        if reply_to is not None:
            ref = {"uri": reply_to["uri"], "cid": reply_to["cid"]}
            record["reply"] = {"root": ref, "parent": ref}
        if quote is not None:
            record["embed"] = {"$type": "app.bsky.embed.record", "record": {"uri": quote["uri"], "cid": quote["cid"]}}
        rkey = tid_from_key(f"{did}-{next(self._serial)}")
        uri, cid = at_uri(did, POST_COLLECTION, rkey), _cid(record)
        self.records[uri] = {"uri": uri, "cid": cid, "value": record}
        commit = {"rev": rkey, "operation": "create", "collection": POST_COLLECTION, "rkey": rkey,
                  "record": record, "cid": cid}
        return self.jetstream_event({"did": did, "kind": "commit", "commit": commit})

    def end_jetstream(self) -> None:
        """Close every open subscription (code 1000); later ones are unaffected."""
        with self._jetstream_lock:
            self._jetstream_generation += 1

    def refuse_next_subscription(self, status: int = 429) -> None:
        self._jetstream_refusals.append(status)

    @staticmethod
    def _wanted(event: dict[str, Any], collections: list[str], dids: set[str]) -> bool:
        if dids and event.get("did") not in dids:
            return False
        if event.get("kind") != "commit" or not collections:
            return True
        collection = str((event.get("commit") or {}).get("collection", ""))
        return any(collection == c or (c.endswith(".*") and collection.startswith(c[:-1])) for c in collections)

    async def _subscribe(self, websocket: WebSocket) -> None:
        query = websocket.query_params
        self.jetstream_queries.append(websocket.url.query)
        if self._jetstream_refusals:
            status = self._jetstream_refusals.pop(0)
            headers = {"Retry-After": "30"} if status == 429 else None
            await websocket.send_denial_response(JSONResponse({"error": "refused"}, status, headers))
            return
        collections, dids = query.getlist("wantedCollections"), set(query.getlist("wantedDids"))
        cursor = int(query["cursor"]) if query.get("cursor", "").isdigit() else None
        await websocket.accept()
        with self._jetstream_lock:
            log, generation = self.jetstream_log, self._jetstream_generation
            index = len(log) if cursor is None else next((i for i, e in enumerate(log) if e["time_us"] >= cursor),
                                                          len(log))
            self.jetstream_open += 1
        try:
            while True:
                with self._jetstream_lock:
                    fresh, index = log[index:], len(log)
                    ended = generation != self._jetstream_generation
                for event in fresh:
                    if self._wanted(event, collections, dids):
                        await websocket.send_text(orjson.dumps(event).decode())
                if ended:
                    await websocket.close(1000)
                    return
                try:
                    message = await asyncio.wait_for(websocket.receive(), timeout=0.01)
                except TimeoutError:
                    continue
                if message["type"] == "websocket.disconnect":
                    return
        except WebSocketDisconnect:
            return
        finally:
            with self._jetstream_lock:
                self.jetstream_open -= 1

    # -- sessions -------------------------------------------------------------------------------

    def _tokens(self) -> dict[str, Any]:
        serial = next(self._serial)
        claims = {"sub": self.did, "exp": int(time.time()) + 7200, "jti": serial}
        payload = base64.urlsafe_b64encode(orjson.dumps(claims)).decode().rstrip("=")
        access, refresh = (
            f"eyJhbGciOiJFUzI1NksifQ.{payload}.acc{serial}",
            f"eyJhbGciOiJFUzI1NksifQ.{payload}.ref{serial}",
        )
        self._access.add(access)
        self._refresh.add(refresh)
        return {"did": self.did, "handle": self.handle, "accessJwt": access, "refreshJwt": refresh, "active": True}

    @staticmethod
    def _bearer(request: Request) -> str:
        return request.headers.get("authorization", "").removeprefix("Bearer ")

    def _auth(self, request: Request) -> Response | None:
        token = self._bearer(request)
        if token in self._access:
            return None
        if token in self._expired:
            return _error(400, "ExpiredToken", "Token has expired")
        return _error(401, "AuthenticationRequired", "Authentication Required")

    # -- routes ---------------------------------------------------------------------------------

    async def _dispatch(self, request: Request) -> Response:
        handlers: dict[str, Handler] = {
            "com.atproto.server.createSession": self._create_session,
            "com.atproto.server.refreshSession": self._refresh_session,
            "com.atproto.server.getSession": self._get_session,
            "com.atproto.repo.createRecord": self._create_record,
            "com.atproto.repo.getRecord": self._get_record,
            "com.atproto.repo.uploadBlob": self._upload_blob,
            "com.atproto.identity.resolveHandle": self._resolve_handle,
        }
        handler = handlers.get(request.path_params["nsid"])
        if handler is None:
            return _error(501, "MethodNotImplemented", "Method Not Implemented")
        return await handler(request)

    async def _create_session(self, request: Request) -> Response:
        body = await request.json()
        if body.get("identifier") not in (self.handle, self.did) or body.get("password") != self.password:
            return _error(401, "AuthenticationRequired", "Invalid identifier or password")
        self.logins += 1
        return JSONResponse(self._tokens())

    async def _refresh_session(self, request: Request) -> Response:
        token = self._bearer(request)
        if token not in self._refresh:
            return _error(400, "ExpiredToken", "Token has expired")
        self._refresh.discard(token)
        self.refreshes += 1
        return JSONResponse(self._tokens())

    async def _get_session(self, request: Request) -> Response:
        if (denied := self._auth(request)) is not None:
            return denied
        return JSONResponse({"did": self.did, "handle": self.handle, "active": True})

    def _rate_headers(self, window: QuotaWindow | None) -> dict[str, str]:
        if window is None:
            return {}
        return {
            "ratelimit-limit": str(window.limit),
            "ratelimit-remaining": str(max(window.remaining, 0)),
            "ratelimit-reset": str(int(window.reset)),
            "ratelimit-policy": f"{window.limit};w={self.window_seconds}",
        }

    async def _create_record(self, request: Request) -> Response:
        if (denied := self._auth(request)) is not None:
            return denied
        window = self.spend()
        headers = self._rate_headers(window)
        if window is not None and window.exceeded:
            return _error(429, "RateLimitExceeded", "Rate Limit Exceeded", headers)
        if (failure := self.take_failure()) is not None:
            return failure
        body = await request.json()
        if body.get("repo") not in (self.did, self.handle) or body.get("collection") != POST_COLLECTION:
            return _error(400, "InvalidRequest", "Could not find repo or collection", headers)
        record = body.get("record") or {}
        if (refused := _check_post(record, self.records, set(self.blobs))) is not None:
            return refused
        rkey = body.get("rkey") or tid_from_key(f"{time.time_ns()}-{next(self._serial)}")
        if not is_tid(rkey):
            return _error(400, "InvalidRequest", f"Invalid record key: {rkey}", headers)
        uri = at_uri(self.did, POST_COLLECTION, rkey)
        if uri in self.records:
            return _error(400, "InvalidRequest", f"Record already exists: {uri}", headers)
        entry = {"uri": uri, "cid": _cid(record), "value": record}
        self.records[uri] = entry
        self.store({"id": uri, "uri": uri, "rkey": rkey, "cid": entry["cid"], "text": record["text"], "record": record})
        await self.hold_if_asked()
        commit = {"cid": _cid({"commit": uri}), "rev": tid_from_key(uri)}
        return JSONResponse(
            {"uri": uri, "cid": entry["cid"], "commit": commit, "validationStatus": "valid"}, headers=headers
        )

    async def _get_record(self, request: Request) -> Response:
        query = request.query_params
        repo = self.handles.get(query.get("repo", ""), query.get("repo", ""))
        uri = at_uri(repo, query.get("collection", ""), query.get("rkey", ""))
        if uri not in self.records:
            return _error(400, "RecordNotFound", f"Could not locate record: {uri}")
        return JSONResponse(self.records[uri])

    async def _upload_blob(self, request: Request) -> Response:
        if (denied := self._auth(request)) is not None:
            return denied
        data = await request.body()
        cid = "bafkrei" + base64.b32encode(hashlib.sha256(data).digest()).decode("ascii").lower().rstrip("=")
        mime = request.headers.get("content-type", "application/octet-stream")
        self.blobs[cid] = {"$type": "blob", "ref": {"$link": cid}, "mimeType": mime, "size": len(data)}
        return JSONResponse({"blob": self.blobs[cid]})

    async def _resolve_handle(self, request: Request) -> Response:
        did = self.handles.get(request.query_params.get("handle", "").lower())
        if did is None:
            return _error(400, "InvalidRequest", "Unable to resolve handle")
        return JSONResponse({"did": did})
