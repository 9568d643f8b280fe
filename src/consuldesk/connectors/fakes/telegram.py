"""`FakeTelegram`: an in-memory Telegram Bot API (`/bot<token>/<method>`) and webhook sender.

Answers like Telegram: every response is `{"ok": true, "result": …}` or `{"ok": false, "error_code",
"description", "parameters"?}`; a wrong token is 401 Unauthorized; text over 4,096 characters or a
caption over 1,024 is 400 with Telegram's wording; the quota answers 429 with
`parameters.retry_after`. Messages ids count per chat, as on Telegram. Updates are sent with the
`X-Telegram-Bot-Api-Secret-Token` header (Telegram does not sign bodies).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from consuldesk.connectors.fakes.meta.gate import GatedFake, PublishGate

__all__ = ["CAPTION_LIMIT", "TEXT_LIMIT", "FakeTelegram"]

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def _now() -> datetime:
    return datetime.now(UTC)


def _fail(status: int, description: str, parameters: dict[str, Any] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return JSONResponse(body, status_code=status)


class FakeTelegram(GatedFake):
    """State, controls and endpoints; `.app` is the Starlette app to run in a FakeServer."""

    def __init__(
        self,
        *,
        token: str = "123456789:AAFakeTokenForTests_0123456789abcdef",
        secret_token: str = "fake-webhook-secret",
        bot_username: str = "consuldesk_test_bot",
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self.token, self.secret_token, self.bot_username, self.clock = token, secret_token, bot_username, clock
        self.bot = {
            "id": int(token.partition(":")[0]),
            "is_bot": True,
            "first_name": "ConsulDesk",
            "username": bot_username,
        }
        self.gate = PublishGate()
        self.post_received = self.gate.post_received
        self.retry_after = 7  # seconds Telegram asks for when over quota
        self.messages: list[dict[str, Any]] = []  # Message objects the bot sent, in order
        self.requests: list[str] = []  # method names called, in order (wrong-token calls too)
        self.webhook: dict[str, Any] | None = None  # the last setWebhook parameters
        self.chats: dict[str, dict[str, Any]] = {}  # chat id (or @username) → Chat object
        self._next_message: dict[int, itertools.count[int]] = {}
        self._existing: set[tuple[int, int]] = set()  # (chat id, message id) that can be replied to
        self._update_ids = itertools.count(900_000_001)
        self.app = Starlette(routes=[Route("/bot{token}/{method}", self._dispatch, methods=["GET", "POST"])])

    # -- test controls ----------------------------------------------------------------------------

    def fail_next(self, status: int = 500, description: str = "Internal Server Error") -> None:
        self.gate.queue_failure(_fail(status, description))

    def add_chat(self, chat_id: int, chat_type: str, *, title: str | None = None, username: str | None = None) -> None:
        """Register a group or channel so messages there carry its real type, title and username."""
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        chat |= {"title": title} if title else {}
        chat |= {"username": username} if username else {}
        self.chats[str(chat_id)] = chat
        if username:
            self.chats[f"@{username}"] = chat

    # -- webhook sender ---------------------------------------------------------------------------

    def signed_webhook(self, body: bytes) -> dict[str, str]:
        """The headers Telegram sends with an update: the secret token given to setWebhook."""
        return {"Content-Type": "application/json", SECRET_HEADER: self.secret_token}

    def message_update(
        self,
        text: str,
        *,
        chat_id: int = 700000001,
        from_id: int | None = None,
        first_name: str = "Olena",
        language_code: str = "uk",
        reply_to_message_id: int | None = None,
    ) -> bytes:
        """An Update with a citizen's message; private chat unless `chat_id` is a registered group."""
        chat = self._chat(str(chat_id))
        message_id = next(self._counter(chat["id"]))
        self._existing.add((chat["id"], message_id))
        sender = {"id": from_id or chat_id, "is_bot": False, "first_name": first_name, "language_code": language_code}
        message: dict[str, Any] = {
            "message_id": message_id,
            "from": sender,
            "chat": chat,
            "date": int(self.clock().timestamp()),
            "text": text,
        }
        if reply_to_message_id is not None:
            message["reply_to_message"] = {"message_id": reply_to_message_id, "chat": chat, "date": message["date"]}
        return json.dumps({"update_id": next(self._update_ids), "message": message}, ensure_ascii=False).encode()

    def deliver(self, url: str, body: bytes) -> httpx.Response:
        """POST an update to a receiver, as Telegram does."""
        return httpx.post(url, content=body, headers=self.signed_webhook(body), timeout=5)

    # -- plumbing ---------------------------------------------------------------------------------

    def _counter(self, chat_id: int) -> itertools.count[int]:
        return self._next_message.setdefault(chat_id, itertools.count(1))

    def _chat(self, chat_ref: str) -> dict[str, Any]:
        if chat_ref in self.chats:
            return self.chats[chat_ref]
        number = int(chat_ref)
        if number > 0:
            return {"id": number, "type": "private", "first_name": "Citizen"}
        return {"id": number, "type": "supergroup" if chat_ref.startswith("-100") else "group", "title": "Group"}

    @staticmethod
    async def _params(request: Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query_params)
        if request.method == "POST":
            if request.headers.get("content-type", "").startswith("application/json"):
                body = await request.json()
                params.update(body if isinstance(body, dict) else {})
            else:
                form = await request.form()
                params.update(dict(form))
                if isinstance(params.get("reply_parameters"), str):  # multipart sends nested objects as JSON
                    params["reply_parameters"] = json.loads(params["reply_parameters"])
        return params

    async def _dispatch(self, request: Request) -> Response:
        method = request.path_params["method"]
        self.requests.append(method)
        if request.path_params["token"] != self.token:
            return _fail(401, "Unauthorized")
        failure = self.gate.next_failure()
        if failure is not None:
            return failure
        params = await self._params(request)
        if method == "getMe":
            return JSONResponse({"ok": True, "result": self.bot})
        if method == "setWebhook":
            self.webhook = params
            return JSONResponse({"ok": True, "result": True, "description": "Webhook was set"})
        if method in ("sendMessage", "sendPhoto"):
            if self.gate.over_quota():
                retry = {"retry_after": self.retry_after}
                return _fail(429, f"Too Many Requests: retry after {self.retry_after}", retry)
            answer = self._send(method, params)
            if isinstance(answer, Response):
                return answer
            return await self.gate.stored(JSONResponse({"ok": True, "result": answer}))
        return _fail(404, "Not Found")

    def _send(self, method: str, params: dict[str, Any]) -> dict[str, Any] | Response:
        chat_ref = str(params.get("chat_id") or "")
        if not chat_ref:
            return _fail(400, "Bad Request: chat_id is empty")
        if not chat_ref.lstrip("-").isdigit() and chat_ref not in self.chats:
            return _fail(400, "Bad Request: chat not found")
        chat = self._chat(chat_ref)
        message: dict[str, Any] = {"from": self.bot, "chat": chat, "date": int(self.clock().timestamp())}
        if method == "sendMessage":
            text = str(params.get("text") or "")
            if not text.strip():
                return _fail(400, "Bad Request: message text is empty")
            if len(text) > TEXT_LIMIT:
                return _fail(400, "Bad Request: message is too long")
            message["text"] = text
        else:
            photo, caption = params.get("photo"), str(params.get("caption") or "")
            if not photo:
                return _fail(400, "Bad Request: there is no photo in the request")
            if len(caption) > CAPTION_LIMIT:
                return _fail(400, "Bad Request: message caption is too long")
            source = "upload" if isinstance(photo, UploadFile) else str(photo)
            size = {"width": 1200, "height": 630, "file_size": 48_000}
            message["photo"] = [{"file_id": f"AgACFake{len(self.messages)}", "file_unique_id": "AQADFake"} | size]
            message["fake_source"] = source  # not a Telegram field: lets tests see URL vs upload
            message |= {"caption": caption} if caption else {}
        reply = params.get("reply_parameters")
        if isinstance(reply, dict):
            reply_chat = self._chat(str(reply["chat_id"])) if reply.get("chat_id") else chat
            target = (reply_chat["id"], int(reply.get("message_id", 0)))
            if target in self._existing:
                message["reply_to_message"] = {"message_id": target[1], "chat": reply_chat}
            elif not reply.get("allow_sending_without_reply"):
                return _fail(400, "Bad Request: message to be replied not found")
        message = {"message_id": next(self._counter(chat["id"]))} | message
        self._existing.add((chat["id"], message["message_id"]))
        self.messages.append(message)
        return message
