"""`FakeGraph`: an in-memory Graph API for Facebook Pages, Instagram, Messenger and WhatsApp Cloud.

Behaves like the platform where our connectors depend on it: versioned paths, the access token
(wrong → code 190), the Graph error envelope, length limits, Instagram's container → media_publish
steps, WhatsApp's 24-hour window (131047) and templates, a publishing quota answered with HTTP 429
plus `X-Business-Use-Case-Usage`, and crash hooks (`hold_next_post`, `drop_next_post`). Error texts
marked "approximate" are Graph-shaped but not copied from a recording.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from consuldesk.connectors.fakes.meta.gate import GatedFake, PublishGate
from consuldesk.connectors.fakes.meta.webhooks import MetaWebhookSender, graph_time

__all__ = ["LIMITS", "FakeGraph"]

LIMITS = {"facebook": 63_206, "instagram": 2_200, "messenger": 2_000, "whatsapp": 4_096}
_BUC_CODES = {"facebook": 80001, "instagram": 80002, "messenger": 80006, "whatsapp": 130429}


def _now() -> datetime:
    return datetime.now(UTC)


def _obj(params: dict[str, Any], key: str) -> dict[str, Any]:
    value = params.get(key)
    return value if isinstance(value, dict) else {}


class FakeGraph(MetaWebhookSender, GatedFake):
    """State, controls and HTTP endpoints; `.app` is the Starlette app to run in a FakeServer."""

    def __init__(
        self,
        *,
        access_token: str = "fake-page-token",
        app_id: str = "100000000000009",
        app_secret: str = "fake-app-secret",
        page_id: str = "1000000000000001",
        page_name: str = "Consulate of Fictland",
        ig_user_id: str = "17841400000000001",
        ig_username: str = "fictland_consulate",
        phone_number_id: str = "106540000000001",
        token_expires_at: datetime | None = None,
        scopes: tuple[str, ...] = (
            "pages_manage_posts",
            "pages_read_engagement",
            "pages_messaging",
            "instagram_basic",
            "instagram_content_publish",
            "whatsapp_business_messaging",
        ),
        templates: tuple[str, ...] = ("hello_world", "consular_follow_up"),
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self.access_token, self.app_id, self.app_secret = access_token, app_id, app_secret
        self.page_id, self.page_name, self.ig_user_id, self.ig_username = page_id, page_name, ig_user_id, ig_username
        self.phone_number_id, self.token_expires_at, self.scopes = phone_number_id, token_expires_at, list(scopes)
        self.templates = set(templates)
        self.clock = clock
        self.debug_token_needs_app_token = False  # Meta's rule for debug_token; off to keep tests simple
        self.gate = PublishGate()
        self.post_received = self.gate.post_received
        self.posts: list[dict[str, Any]] = []  # Page feed, oldest first
        self.photos: list[dict[str, Any]] = []
        self.comments: list[dict[str, Any]] = []  # Facebook comments (ours and citizens')
        self.ig_containers: dict[str, dict[str, Any]] = {}
        self.ig_media: list[dict[str, Any]] = []
        self.ig_comments: list[dict[str, Any]] = []  # Instagram comments and our replies
        self.messages: list[dict[str, Any]] = []  # Messenger sends
        self.wa_messages: list[dict[str, Any]] = []  # WhatsApp sends
        self.last_inbound: dict[str, datetime] = {}  # wa_id → the citizen's last message
        self.requests: list[tuple[str, str]] = []  # (method, path) of every call, in order
        self._ids = itertools.count(1)
        self.app = Starlette(routes=[Route("/{version}/{path:path}", self._dispatch, methods=["GET", "POST"])])

    # -- test controls ----------------------------------------------------------------------------

    def fail_next(self, status: int = 500, message: str = "An unexpected error has occurred.", code: int = 2) -> None:
        """Answer the next call with a Graph error (default: a transient 500, code 2 "API Service")."""
        self.gate.queue_failure(self._error(status, message, code, transient=status >= 500))

    # -- plumbing ---------------------------------------------------------------------------------

    def _error(
        self,
        status: int,
        message: str,
        code: int,
        subcode: int | None = None,
        *,
        transient: bool = False,
        details: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> JSONResponse:
        error: dict[str, Any] = {"message": message, "type": "OAuthException", "code": code}
        if subcode is not None:
            error["error_subcode"] = subcode
        if transient:
            error["is_transient"] = True
        if details is not None:
            error["error_data"] = {"messaging_product": "whatsapp", "details": details}
        error["fbtrace_id"] = f"AFakeTrace{next(self._ids)}"
        return JSONResponse({"error": error}, status_code=status, headers=headers)

    def _usage_header(self, product: str) -> dict[str, str]:
        if self.gate.quota is None:
            return {}
        used = min(100, round(100 * self.gate.used / max(self.gate.quota, 1)))
        usage = {
            "type": "pages" if product != "whatsapp" else "whatsapp_business_management",
            "call_count": used,
            "total_cputime": used // 2,
            "total_time": used // 2,
            "estimated_time_to_regain_access": 5 if used >= 100 else 0,
        }
        return {"X-Business-Use-Case-Usage": json.dumps({self.page_id: [usage]})}

    @staticmethod
    def _bearer(request: Request, params: dict[str, Any]) -> str:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        return token if scheme.lower() in ("bearer", "oauth") else str(params.get("access_token") or "")

    def _token_error(self, token: str, product: str) -> Response | None:
        status = 401 if product == "whatsapp" else 400
        if not token:
            return self._error(status, "An access token is required to request this resource.", 104)
        if token not in (self.access_token, f"{self.app_id}|{self.app_secret}"):
            return self._error(status, "Invalid OAuth access token - Cannot parse access token", 190)
        expired = self.token_expires_at is not None and self.token_expires_at <= self.clock()
        if token == self.access_token and expired:
            return self._error(status, "Error validating access token: Session has expired.", 190, 463)
        return None

    @staticmethod
    async def _params(request: Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query_params)
        if request.method == "POST":
            if request.headers.get("content-type", "").startswith("application/json"):
                body = await request.json()
                params.update(body if isinstance(body, dict) else {})
            else:
                params.update(dict(await request.form()))
        return params

    def _known(self, object_id: str) -> bool:
        return any(o["id"] == object_id for o in itertools.chain(self.posts, self.comments, self.ig_media))

    async def _dispatch(self, request: Request) -> Response:
        version, path = request.path_params["version"], request.path_params["path"]
        self.requests.append((request.method, path))
        failure = self.gate.next_failure()
        if failure is not None:
            return failure
        if not (version.startswith("v") and version[1:].replace(".", "").isdigit()):
            return self._error(400, f"Unknown path components: /{version}", 2500)
        params = await self._params(request)
        segments = path.strip("/").split("/")
        node, edge = segments[0], "/".join(segments[1:])
        product = "whatsapp" if node == self.phone_number_id else "instagram" if node == self.ig_user_id else "page"
        token = self._bearer(request, params)
        if (denied := self._token_error(token, product)) is not None:
            return denied
        if node == "debug_token":
            return self._debug_token(token, params)
        if request.method == "GET":
            return self._get(node, edge, params)
        return await self._post(node, edge, params)

    # -- reads ------------------------------------------------------------------------------------

    def _get(self, node: str, edge: str, params: dict[str, Any]) -> Response:
        limit = int(params.get("limit") or 25)
        if node == "me":
            return JSONResponse({"id": self.page_id, "name": self.page_name})
        if edge == "feed" and node == self.page_id:
            rows = [{k: p[k] for k in ("id", "message", "created_time") if k in p} for p in reversed(self.posts)]
        elif edge == "media" and node == self.ig_user_id:
            rows = list(reversed(self.ig_media))
        elif edge == "comments":
            rows = [c for c in reversed(self.comments) if c["parent_id"] == node]
        elif edge == "replies":
            rows = [c for c in reversed(self.ig_comments) if c.get("parent_id") == node]
        elif not edge and node in self.ig_containers:
            return JSONResponse({"id": node, "status_code": self.ig_containers[node]["status_code"]})
        else:
            return self._error(400, f"Unsupported get request. Object with ID '{node}' does not exist", 100, 33)
        return JSONResponse({"data": rows[:limit]})

    def _debug_token(self, token: str, params: dict[str, Any]) -> Response:
        if self.debug_token_needs_app_token and token != f"{self.app_id}|{self.app_secret}":
            return self._error(400, "(#100) You must provide an app access token", 100)  # approximate
        expires = self.token_expires_at
        data: dict[str, Any] = {
            "app_id": self.app_id,
            "type": "PAGE",
            "application": "ConsulDesk",
            "expires_at": int(expires.timestamp()) if expires else 0,
            "profile_id": self.page_id,
            "scopes": self.scopes,
        }
        valid = params.get("input_token") == self.access_token and not (expires and expires <= self.clock())
        data["is_valid"] = valid
        if not valid:
            data["error"] = {"code": 190, "message": "Error validating access token: Session has expired."}
        return JSONResponse({"data": data})

    # -- writes -----------------------------------------------------------------------------------

    async def _post(self, node: str, edge: str, params: dict[str, Any]) -> Response:
        product = {
            (self.page_id, "feed"): "facebook",
            (self.page_id, "photos"): "facebook",
            (self.page_id, "messages"): "messenger",
            (self.phone_number_id, "messages"): "whatsapp",
            (self.ig_user_id, "media"): "instagram",
            (self.ig_user_id, "media_publish"): "instagram",
        }.get((node, edge), "instagram" if edge == "replies" else "facebook")
        if edge != "media" and self.gate.over_quota():
            return self._error(
                429,
                f"(#{_BUC_CODES[product]}) There have been too many calls. Wait a bit and try again.",
                _BUC_CODES[product],
                headers=self._usage_header(product),
            )
        handler = {
            "feed": self._post_feed,
            "photos": self._post_photo,
            "comments": self._post_comment,
            "media": self._post_container,
            "media_publish": self._post_media_publish,
            "replies": self._post_reply,
            "messages": self._post_whatsapp if node == self.phone_number_id else self._post_messenger,
        }.get(edge)
        if handler is None:
            return self._error(400, f"Unsupported post request. Object with ID '{node}' does not exist", 100, 33)
        answer = handler(node, params)
        if isinstance(answer, Response):
            return answer  # refused: nothing stored
        response = JSONResponse(answer, headers=self._usage_header(product))
        return response if edge == "media" else await self.gate.stored(response)

    def _too_long(self, product: str, text: str, what: str) -> Response | None:
        if len(text) <= LIMITS[product]:
            return None
        return self._error(400, f"(#100) {what} must be at most {LIMITS[product]} characters long", 100)  # approximate

    def _post_feed(self, node: str, params: dict[str, Any]) -> dict[str, Any] | Response:
        message = str(params.get("message") or "")
        if not message and not params.get("link"):
            return self._error(400, "(#100) The parameter message or link is required", 100)  # approximate
        if (refused := self._too_long("facebook", message, "Param message")) is not None:
            return refused
        post = {
            "id": f"{self.page_id}_{next(self._ids)}",
            "message": message,
            "created_time": graph_time(self.clock()),
        }
        self.posts.append(post)
        return {"id": post["id"]}

    def _post_photo(self, node: str, params: dict[str, Any]) -> dict[str, Any] | Response:
        source, url = params.get("source"), params.get("url")
        if not url and source is None:
            return self._error(400, "(#324) Requires upload file", 324)
        caption = str(params.get("caption") or "")
        if (refused := self._too_long("facebook", caption, "Param caption")) is not None:
            return refused
        photo_id, post_id = str(next(self._ids)), f"{self.page_id}_{next(self._ids)}"
        self.photos.append({"id": photo_id, "post_id": post_id, "url": url, "uploaded": source is not None})
        self.posts.append({"id": post_id, "message": caption, "created_time": graph_time(self.clock())})
        return {"id": photo_id, "post_id": post_id}

    def _post_comment(self, node: str, params: dict[str, Any]) -> dict[str, Any] | Response:
        if not self._known(node):
            return self._error(400, f"Unsupported post request. Object with ID '{node}' does not exist", 100, 33)
        message = str(params.get("message") or "")
        if not message and not params.get("attachment_url"):
            return self._error(400, "(#100) The parameter message is required", 100)  # approximate
        if (refused := self._too_long("facebook", message, "Param message")) is not None:
            return refused
        comment = self._comment(node, message, {"id": self.page_id, "name": self.page_name})
        if params.get("attachment_url"):
            comment["attachment_url"] = params["attachment_url"]
        return {"id": comment["id"]}

    def _post_container(self, node: str, params: dict[str, Any]) -> dict[str, Any] | Response:
        image_url = str(params.get("image_url") or "")
        if not image_url.startswith(("http://", "https://")):
            return self._error(400, "(#100) The parameter image_url is required.", 100)
        caption = str(params.get("caption") or "")
        if (refused := self._too_long("instagram", caption, "The caption")) is not None:
            return refused
        container_id = f"1790{next(self._ids):011d}"
        self.ig_containers[container_id] = {
            "id": container_id,
            "image_url": image_url,
            "caption": caption,
            "status_code": "FINISHED",
            "published": False,
        }
        return {"id": container_id}

    def _post_media_publish(self, node: str, params: dict[str, Any]) -> dict[str, Any] | Response:
        container = self.ig_containers.get(str(params.get("creation_id") or ""))
        if container is None or container["published"]:
            return self._error(400, "Media ID is not available", 9007, 2207027)
        container["published"] = True
        media_id = f"1791{next(self._ids):011d}"
        self.ig_media.append(
            {
                "id": media_id,
                "caption": container["caption"],
                "media_type": "IMAGE",
                "media_url": container["image_url"],
                "timestamp": graph_time(self.clock()),
                "permalink": f"https://www.instagram.com/p/FAKE{media_id[-6:]}/",
            }
        )
        return {"id": media_id}

    def _post_reply(self, node: str, params: dict[str, Any]) -> dict[str, Any] | Response:
        if not any(c["id"] == node for c in self.ig_comments):
            return self._error(400, f"Unsupported post request. Object with ID '{node}' does not exist", 100, 33)
        text = str(params.get("message") or "")
        if (refused := self._too_long("instagram", text, "The message")) is not None:
            return refused
        reply = {
            "id": f"1792{next(self._ids):011d}",
            "parent_id": node,
            "text": text,
            "from": {"id": self.ig_user_id, "username": self.ig_username},
            "timestamp": graph_time(self.clock()),
        }
        self.ig_comments.append(reply)
        return {"id": reply["id"]}

    def _post_messenger(self, node: str, params: dict[str, Any]) -> dict[str, Any] | Response:
        psid, text = str(_obj(params, "recipient").get("id") or ""), str(_obj(params, "message").get("text") or "")
        if not psid or not text:
            return self._error(400, "(#100) The parameter recipient and message[text] are required", 100)
        if (refused := self._too_long("messenger", text, "Length of param message[text]")) is not None:
            return refused
        sent = {"recipient_id": psid, "message_id": f"m_fake{next(self._ids):06d}"}
        self.messages.append(sent | {"text": text, "messaging_type": params.get("messaging_type")})
        return sent

    def _post_whatsapp(self, node: str, params: dict[str, Any]) -> dict[str, Any] | Response:
        if params.get("messaging_product") != "whatsapp":
            return self._error(400, "(#100) The parameter messaging_product is required.", 100)
        to, kind = str(params.get("to") or ""), params.get("type", "text")
        if not to:
            return self._error(400, "(#100) The parameter to is required.", 100)
        if kind == "template":
            name = _obj(params, "template").get("name")
            if name not in self.templates:
                return self._error(404, "(#132001) Template name does not exist in the translation", 132001)
        else:
            body = _obj(params, "text").get("body", "") if kind == "text" else ""
            if (refused := self._too_long("whatsapp", str(body), "Param text['body']")) is not None:
                return refused
            last = self.last_inbound.get(to)
            if last is None or self.clock() - last >= timedelta(hours=24):
                return self._error(
                    400,
                    "(#131047) Re-engagement message",
                    131047,
                    details="Message failed to send because more than 24 hours have passed since the customer "
                    "last replied to this number.",
                )
        message_id = f"wamid.FAKE{next(self._ids):010d}"
        self.wa_messages.append(params | {"id": message_id})
        return {
            "messaging_product": "whatsapp",
            "contacts": [{"input": to, "wa_id": to}],
            "messages": [{"id": message_id}],
        }
