"""`FakeLinkedIn`: an in-memory LinkedIn Posts API (posts, comments, images, organization, userinfo).

Behaves as LinkedIn does where the connector depends on it: `LinkedIn-Version` and
`X-Restli-Protocol-Version: 2.0.0` required, 201 with the id only in `x-restli-id`, `{"message",
"status"}` errors, 422 over 3,000 characters and 422 for content identical to an earlier post (naming
it), and 429 without rate-limit headers (LinkedIn documents none). The exact 422 wording is a guess [U].
"""

from __future__ import annotations

import itertools
import time
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from consuldesk.connectors.fakes.base import FakePlatform

__all__ = ["FakeLinkedIn"]

MAX_COMMENTARY = 3000


def _error(status: int, message: str, code: str | None = None) -> JSONResponse:
    body: dict[str, Any] = {"status": status, "message": message}
    if code is not None:
        body["code"] = code
    return JSONResponse(body, status_code=status)


class FakeLinkedIn(FakePlatform):
    """`FakeLinkedIn(token=…, author_urn=…, quota=None, window_seconds=86400)`."""

    def __init__(
        self,
        *,
        token: str = "linkedin-token",
        author_urn: str = "urn:li:organization:5515715",
        organization_name: str = "Consulate General",
        member: dict[str, Any] | None = None,
        quota: int | None = None,
        window_seconds: int = 86_400,
    ) -> None:
        self.author_urn = author_urn
        self.organization_name = organization_name
        self.member = member or {"sub": "782bbtaQ", "name": "Consular Officer"}
        self.others: dict[str, dict[str, Any]] = {}  # other authors' posts, by URN
        self.comments: dict[str, list[dict[str, Any]]] = {}
        self.images: dict[str, dict[str, Any]] = {}
        self._ids = itertools.count(7_100_000_000_000_000_000)
        super().__init__(token=token, quota=quota, window_seconds=window_seconds)

    def routes(self) -> list[BaseRoute]:
        return [
            Route("/rest/posts", self._create_post, methods=["POST"]),
            Route("/rest/posts", self._find_posts, methods=["GET"]),
            Route("/rest/socialActions/{urn}/comments", self._create_comment, methods=["POST"]),
            Route("/rest/socialActions/{urn}/comments", self._list_comments, methods=["GET"]),
            Route("/rest/images", self._initialize_upload, methods=["POST"]),
            Route("/upload/{image_id}", self._upload, methods=["PUT"]),
            Route("/rest/organizations/{org_id}", self._organization, methods=["GET"]),
            Route("/v2/userinfo", self._userinfo, methods=["GET"]),
        ]

    def add_post(self, commentary: str, *, author: str = "urn:li:person:citizen42") -> str:
        """Someone else's post, to comment on; returns its URN."""
        urn = f"urn:li:share:{next(self._ids)}"
        self.others[urn] = {"id": urn, "author": author, "commentary": commentary}
        self.comments[urn] = []
        return urn

    # -- checks ---------------------------------------------------------------------------------

    def _refused(self, request: Request, *, versioned: bool = True) -> Response | None:
        if not self.authorized(request):
            return _error(401, "Invalid access token", "INVALID_ACCESS_TOKEN")
        if not versioned:
            return None
        if not request.headers.get("linkedin-version", "").isdigit():
            return _error(
                400, "A version must be present. Please specify a version by adding the LinkedIn-Version header."
            )
        if request.headers.get("x-restli-protocol-version") != "2.0.0":
            return _error(400, "Rest.li protocol version 2.0.0 is required for this resource.")
        return None

    def _throttled(self) -> Response | None:
        if (window := self.spend()) is not None and window.exceeded:
            return _error(429, "Resource level throttle APPLICATION DAY limit for calls to this resource is reached.")
        return self.take_failure()

    # -- routes ---------------------------------------------------------------------------------

    async def _create_post(self, request: Request) -> Response:
        if (refused := self._refused(request) or self._throttled()) is not None:
            return refused
        body = await request.json()
        commentary, author = body.get("commentary", ""), body.get("author")
        if author != self.author_urn:
            return _error(403, f"Not enough permissions to post as {author}", "ACCESS_DENIED")
        if len(commentary) > MAX_COMMENTARY:
            return _error(422, f"ERROR :: /commentary :: length {len(commentary)} exceeds {MAX_COMMENTARY}")
        for earlier in self.posts:
            if earlier["author"] == author and earlier["commentary"] == commentary and "object" not in earlier:
                return _error(422, f"Content is a duplicate of {earlier['id']}", "DUPLICATE_POST")
        media_id = ((body.get("content") or {}).get("media") or {}).get("id")
        if media_id is not None and not self.images.get(media_id, {}).get("uploaded"):
            return _error(422, f"ERROR :: /content/media/id :: {media_id} is not an uploaded image")
        urn = f"urn:li:share:{next(self._ids)}"
        self.comments[urn] = []
        post = {"id": urn, "text": commentary, "createdAt": int(time.time() * 1000), "lastModifiedAt": 0}
        self.store(post | {k: v for k, v in body.items() if k != "text"})
        await self.hold_if_asked()
        return Response(status_code=201, headers={"x-restli-id": urn})

    async def _find_posts(self, request: Request) -> Response:
        if (refused := self._refused(request)) is not None:
            return refused
        query = request.query_params
        if query.get("q") != "author" or "author" not in query:
            return _error(400, "Query parameters q=author and author are required.")
        mine = [p for p in self.posts if p.get("author") == query["author"] and "object" not in p]
        count = int(query.get("count", "10"))
        elements = [{k: v for k, v in p.items() if k != "text"} for p in reversed(mine)][:count]
        return JSONResponse({"paging": {"start": 0, "count": count, "links": []}, "elements": elements})

    async def _create_comment(self, request: Request) -> Response:
        if (refused := self._refused(request) or self._throttled()) is not None:
            return refused
        parent = request.path_params["urn"]
        if parent not in self.comments:
            return _error(404, f"Not found: {parent}", "NOT_FOUND")
        body = await request.json()
        if body.get("actor") != self.author_urn or body.get("object") != parent:
            return _error(403, "Not enough permissions to comment", "ACCESS_DENIED")
        comment_id = str(next(self._ids))
        activity = parent.replace("urn:li:share:", "urn:li:activity:")
        urn = f"urn:li:comment:({activity},{comment_id})"
        comment = {"id": comment_id, "$URN": urn, "actor": body["actor"], "object": parent, "message": body["message"]}
        self.comments[parent].append(comment)
        self.store({"id": urn, "text": body["message"].get("text", ""), "object": parent, "in_reply_to": parent})
        await self.hold_if_asked()
        return JSONResponse(comment, status_code=201, headers={"x-restli-id": urn})

    async def _list_comments(self, request: Request) -> Response:
        if (refused := self._refused(request)) is not None:
            return refused
        comments = self.comments.get(request.path_params["urn"], [])
        count = int(request.query_params.get("count", "10"))
        return JSONResponse({"paging": {"start": 0, "count": count}, "elements": list(reversed(comments))[:count]})

    async def _initialize_upload(self, request: Request) -> Response:
        if (refused := self._refused(request)) is not None:
            return refused
        if request.query_params.get("action") != "initializeUpload":
            return _error(400, "Unsupported action")
        image_id = f"D4E10AQ{next(self._ids)}"
        urn = f"urn:li:image:{image_id}"
        self.images[urn] = {"uploaded": False, "owner": (await request.json())["initializeUploadRequest"]["owner"]}
        upload_url = str(request.base_url).rstrip("/") + f"/upload/{image_id}"
        value = {"uploadUrlExpiresAt": int(time.time() * 1000) + 3_600_000, "uploadUrl": upload_url, "image": urn}
        return JSONResponse({"value": value})

    async def _upload(self, request: Request) -> Response:
        if (refused := self._refused(request, versioned=False)) is not None:
            return refused
        image = self.images.get(f"urn:li:image:{request.path_params['image_id']}")
        if image is None:
            return _error(404, "Unknown upload")
        image.update(uploaded=True, size=len(await request.body()), content_type=request.headers.get("content-type"))
        return Response(status_code=201)

    async def _organization(self, request: Request) -> Response:
        if (refused := self._refused(request)) is not None:
            return refused
        org_id = request.path_params["org_id"]
        if f"urn:li:organization:{org_id}" != self.author_urn:
            return _error(403, "Not enough permissions to access this organization", "ACCESS_DENIED")
        return JSONResponse({"id": int(org_id), "localizedName": self.organization_name})

    async def _userinfo(self, request: Request) -> Response:
        if (refused := self._refused(request, versioned=False)) is not None:
            return refused
        return JSONResponse(self.member)
