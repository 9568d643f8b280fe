"""`BlueskyConnector`: publish posts (facets, langs, replies, images), reconcile by record key, health,
and listening on Jetstream.

One session (createSession) is reused for every call, because createSession is limited to 30 per
5 minutes per handle; an expired access token is refreshed with refreshSession, and a failed refresh
logs in again. Each part's rkey is a TID derived from its idempotency key, so a retry of the same
part collides with the record the first attempt made, and the connector returns that record.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
import orjson

from consuldesk.connectors.base import Capability
from consuldesk.connectors.bluesky.config import BlueskyConfig
from consuldesk.connectors.bluesky.jetstream import POST_COLLECTION, at_uri
from consuldesk.connectors.bluesky.stream import JetstreamClient
from consuldesk.connectors.bluesky.tid import tid_from_key
from consuldesk.connectors.models import Cursor, HealthReport, MediaFile, OutboundPost, PublishError, RawItem, Receipt
from consuldesk.connectors.rest import RateHeaders, RestClient, as_obj
from consuldesk.connectors.streaming import DEFAULT_SILENCE_SECONDS
from consuldesk.core.types import Platform
from consuldesk.publishing.text_metrics import bluesky_facets, find_mentions

__all__ = ["BlueskyConnector"]

_AT_URI = re.compile(r"^at://(?P<repo>[^/]+)/(?P<collection>[^/]+)/(?P<rkey>[^/]+)$")
_EXPIRED = frozenset({"ExpiredToken", "InvalidToken"})
_MAX_IMAGES = 4


def _error_fields(response: httpx.Response) -> tuple[str | None, str | None]:
    try:
        body = as_obj(orjson.loads(response.content))
    except orjson.JSONDecodeError:
        body = {}
    error, message = body.get("error"), body.get("message")
    return (error if isinstance(error, str) else None), (message if isinstance(message, str) else None)


def _error_message(response: httpx.Response) -> str:
    """XRPC errors are `{"error": "Name", "message": "…"}`: both parts, as the platform wrote them."""
    error, message = _error_fields(response)
    text = ": ".join(part for part in (error, message) if part)
    return text or f"HTTP {response.status_code} {response.reason_phrase}".strip()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def web_url(uri: str) -> str | None:
    """at://did/app.bsky.feed.post/rkey → the bsky.app page of the post."""
    match = _AT_URI.match(uri)
    if match is None or match["collection"] != POST_COLLECTION:
        return None
    return f"https://bsky.app/profile/{match['repo']}/post/{match['rkey']}"


@dataclass(slots=True)
class _Session:
    did: str
    handle: str
    access: str = field(repr=False)
    refresh: str = field(repr=False)


class BlueskyConnector:
    Config = BlueskyConfig
    platform: str = Platform.BLUESKY.value
    capabilities: frozenset[Capability] = frozenset(
        {Capability.PUBLISHES, Capability.RECONCILES, Capability.REPORTS_HEALTH, Capability.STREAMS}
    )
    stream_silence_seconds: float = DEFAULT_SILENCE_SECONDS  # a keepalive ping unanswered this long: dead

    def __init__(self, config: BlueskyConfig, *, transport: httpx.BaseTransport | None = None) -> None:
        self.config = config
        self._session: _Session | None = None
        self._rest = RestClient(
            self.platform,
            config.base_url,
            transport=transport,
            timeout=config.timeout_seconds,
            error_message=_error_message,
            rate_headers=RateHeaders("ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"),
        )
        self._jetstream = JetstreamClient(config, self._own_did)

    def __repr__(self) -> str:
        return f"BlueskyConnector(base_url={self.config.base_url!r}, identifier={self.config.identifier!r})"

    def close(self) -> None:
        self._rest.close()

    # -- session ------------------------------------------------------------------------------

    def _start(self, data: dict[str, Any]) -> _Session:
        try:
            session = _Session(str(data["did"]), str(data.get("handle", "")), data["accessJwt"], data["refreshJwt"])
        except KeyError as exc:
            raise PublishError(self.platform, f"session answer without {exc.args[0]}", retryable=True) from None
        self._session = session
        return session

    def _login(self) -> _Session:
        credentials = {"identifier": self.config.identifier, "password": self.config.app_password.get_secret_value()}
        response = self._rest.request("POST", "/xrpc/com.atproto.server.createSession", json=credentials)
        return self._start(self._rest.json(self._rest.check(response)))

    def _renew(self, session: _Session) -> _Session:
        response = self._rest.request("POST", "/xrpc/com.atproto.server.refreshSession", token=session.refresh)
        if response.is_success:
            return self._start(self._rest.json(response))
        return self._login()  # the refresh token expired or was revoked too

    def _xrpc(self, method: str, nsid: str, **kwargs: Any) -> httpx.Response:
        """One XRPC call with the session's access token, renewed once if the PDS says it expired."""
        session = self._session or self._login()
        response = self._rest.request(method, f"/xrpc/{nsid}", token=session.access, **kwargs)
        if response.status_code in (400, 401) and _error_fields(response)[0] in _EXPIRED:
            session = self._renew(session)
            response = self._rest.request(method, f"/xrpc/{nsid}", token=session.access, **kwargs)
        return response

    # -- records ------------------------------------------------------------------------------

    def _get_record(self, uri: str) -> dict[str, Any] | None:
        """`{"uri", "cid", "value"}` of a record, or None when the repo has no such record."""
        match = _AT_URI.match(uri)
        if match is None:
            raise PublishError(self.platform, f"not an at:// record URI: {uri!r}")
        response = self._xrpc("GET", "com.atproto.repo.getRecord", params=match.groupdict())
        if response.status_code in (400, 404) and _error_fields(response)[0] == "RecordNotFound":
            return None
        return self._rest.json(self._rest.check(response))

    def _receipt(self, uri: str, cid: Any, raw: dict[str, Any]) -> Receipt:
        return Receipt(external_id=uri, url=web_url(uri), raw={"uri": uri, "cid": cid} | raw)

    def _reply_refs(self, parent_uri: str) -> dict[str, Any]:
        """reply{root, parent} strongRefs: the parent's cid from getRecord, the root from the parent's own reply."""
        parent = self._get_record(parent_uri)
        if parent is None:
            raise PublishError(self.platform, f"reply target not found: {parent_uri}", status=400)
        parent_ref = {"uri": parent["uri"], "cid": parent["cid"]}
        root = as_obj(as_obj(as_obj(parent.get("value")).get("reply")).get("root"))
        return {"root": root if {"uri", "cid"} <= root.keys() else parent_ref, "parent": parent_ref}

    def _upload(self, media: MediaFile) -> dict[str, Any]:
        headers = {"Content-Type": media.content_type}
        response = self._xrpc("POST", "com.atproto.repo.uploadBlob", content=media.data, headers=headers)
        blob = self._rest.json(self._rest.check(response)).get("blob")
        if not isinstance(blob, dict):
            raise PublishError(
                self.platform, "uploadBlob returned no blob", status=response.status_code, retryable=True
            )
        return blob

    def _mention_dids(self, text: str) -> dict[str, str]:
        """Handle → DID for each @handle in the text that resolves; the rest stay plain text."""
        dids: dict[str, str] = {}
        for span in find_mentions(text):
            handle = span.text[1:]
            if "." not in handle or handle in dids:
                continue  # Bluesky handles are domain names
            response = self._xrpc("GET", "com.atproto.identity.resolveHandle", params={"handle": handle})
            did = self._rest.json(response).get("did") if response.is_success else None
            if isinstance(did, str):
                dids[handle] = did
        return dids

    def _record(self, post: OutboundPost) -> dict[str, Any]:
        record: dict[str, Any] = {"$type": POST_COLLECTION, "text": post.text, "createdAt": _now()}
        if facets := bluesky_facets(post.text, self._mention_dids(post.text)):
            record["facets"] = facets
        if post.language:
            record["langs"] = [post.language]
        if post.in_reply_to:
            record["reply"] = self._reply_refs(post.in_reply_to)
        if post.media:
            if len(post.media) > _MAX_IMAGES:
                raise PublishError(self.platform, f"Bluesky takes at most {_MAX_IMAGES} images per post")
            images = [{"alt": m.alt_text, "image": self._upload(m)} for m in post.media]
            record["embed"] = {"$type": "app.bsky.embed.images", "images": images}
        return record

    # -- Publishes / Reconciles ---------------------------------------------------------------

    @staticmethod
    def _may_exist(response: httpx.Response) -> bool:
        """A failed create that could mean "this rkey is taken" (not auth, limits or an invalid record)."""
        if response.is_success or response.status_code in (401, 403, 413, 429):
            return False
        return _error_fields(response)[0] not in {"InvalidRecord", "BlobTooLarge", *_EXPIRED}

    def publish(self, post: OutboundPost) -> Receipt:
        rkey = tid_from_key(post.idempotency_key)
        body = {"collection": POST_COLLECTION, "rkey": rkey, "record": self._record(post)}
        did = (self._session or self._login()).did
        response = self._xrpc("POST", "com.atproto.repo.createRecord", json={"repo": did} | body)
        if self._may_exist(response):
            # PDSs word an existing rkey differently (400 InvalidRequest, 409, even 500): ask for the record.
            with contextlib.suppress(PublishError):
                existing = self._get_record(at_uri(did, POST_COLLECTION, rkey))
                if existing is not None:
                    return self._receipt(str(existing["uri"]), existing.get("cid"), {})
        data = self._rest.json(self._rest.check(response), created=True)
        if "uri" not in data:
            raise PublishError(self.platform, "createRecord returned no uri", retryable=True, outcome_unknown=True)
        return self._receipt(str(data["uri"]), data.get("cid"), data)

    def find_published(self, post: OutboundPost) -> Receipt | None:
        did = (self._session or self._login()).did
        record = self._get_record(at_uri(did, POST_COLLECTION, tid_from_key(post.idempotency_key)))
        return None if record is None else self._receipt(str(record["uri"]), record.get("cid"), {})

    # -- ReportsHealth ------------------------------------------------------------------------

    def check_health(self) -> HealthReport:
        def probe() -> str:
            response = self._rest.check(self._xrpc("GET", "com.atproto.server.getSession"))
            session = self._rest.json(response)
            return f"@{session.get('handle', session.get('did'))} reachable"

        return self._rest.health(probe, self.config.token_expires_at)

    # -- Streams (Jetstream) ------------------------------------------------------------------

    def _own_did(self) -> str:
        """The account's DID: the identifier when it is one, else the session's (one login, reused)."""
        if self.config.identifier.startswith("did:"):
            return self.config.identifier
        return (self._session or self._login()).did

    def stream(self, cursor: Cursor | None, stop: threading.Event) -> Iterator[tuple[RawItem, Cursor]]:
        """Posts addressed to the account (or by followed DIDs) from Jetstream; see `bluesky.stream`."""
        return self._jetstream.stream(cursor, stop, silence=self.stream_silence_seconds)
