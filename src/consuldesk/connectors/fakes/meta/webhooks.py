"""The webhook side of `FakeGraph`: bodies shaped and signed the way Meta delivers them.

Bodies are compact JSON with non-ASCII escaped as \\uXXXX, as Meta sends them, so a receiver that
re-serialises instead of verifying the raw bytes fails here as it would in production. Builders also
record what they announce (comments the Page can answer, WhatsApp inbound times for the window).
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx

__all__ = ["MetaWebhookSender", "graph_time", "meta_json"]


def graph_time(when: datetime) -> str:
    """Graph's timestamp format: `2026-03-14T12:00:00+0000`."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def meta_json(obj: Any) -> bytes:
    """JSON the way Meta sends it: compact, non-ASCII escaped as \\uXXXX."""
    return json.dumps(obj, ensure_ascii=True, separators=(",", ":")).encode()


class MetaWebhookSender:
    """Mixin for FakeGraph, which owns the state named here."""

    app_secret: str
    page_id: str
    page_name: str
    ig_user_id: str
    phone_number_id: str
    clock: Callable[[], datetime]
    posts: list[dict[str, Any]]
    comments: list[dict[str, Any]]
    ig_comments: list[dict[str, Any]]
    last_inbound: dict[str, datetime]
    _ids: itertools.count[int]

    def record_inbound(self, wa_id: str, when: datetime | None = None) -> None:
        """A citizen wrote from `wa_id`: opens (or renews) the 24-hour customer-service window."""
        self.last_inbound[wa_id] = when or self.clock()

    def _comment(self, parent: str, message: str, author: dict[str, str]) -> dict[str, Any]:
        """Store a Facebook comment on `parent` (a post or comment id)."""
        comment = {
            "id": f"{parent.rpartition('_')[2]}_{next(self._ids)}",
            "parent_id": parent,
            "message": message,
            "from": author,
            "created_time": graph_time(self.clock()),
        }
        self.comments.append(comment)
        return comment

    def signed_webhook(self, body: bytes) -> dict[str, str]:
        """The headers Meta sends with `body`: SHA-256 (and the legacy SHA-1) HMAC of the raw bytes."""
        key = self.app_secret.encode()
        return {
            "Content-Type": "application/json",
            "X-Hub-Signature-256": "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest(),
            "X-Hub-Signature": "sha1=" + hmac.new(key, body, hashlib.sha1).hexdigest(),
        }

    @staticmethod
    def handshake_params(verify_token: str, challenge: str = "1158201444") -> dict[str, str]:
        """The query Meta sends to the callback when an app subscribes."""
        return {"hub.mode": "subscribe", "hub.challenge": challenge, "hub.verify_token": verify_token}

    def deliver(self, url: str, body: bytes) -> httpx.Response:
        """POST a signed webhook to a receiver, as Meta does."""
        return httpx.post(url, content=body, headers=self.signed_webhook(body), timeout=5)

    def feed_comment_webhook(self, message: str, *, post_id: str | None = None, author_id: str = "999") -> bytes:
        post_id = post_id or (self.posts[-1]["id"] if self.posts else f"{self.page_id}_1")
        comment = self._comment(post_id, message, {"id": author_id, "name": "Dana W"})
        ts = int(self.clock().timestamp())
        value = {
            "item": "comment",
            "verb": "add",
            "comment_id": comment["id"],
            "post_id": post_id,
            "from": comment["from"],
            "message": message,
            "created_time": ts,
        }
        return meta_json(
            {
                "object": "page",
                "entry": [{"id": self.page_id, "time": ts, "changes": [{"field": "feed", "value": value}]}],
            }
        )

    def messenger_webhook(self, psid: str, text: str) -> bytes:
        ms = int(self.clock().timestamp() * 1000)
        event = {
            "sender": {"id": psid},
            "recipient": {"id": self.page_id},
            "timestamp": ms,
            "message": {"mid": f"m_in{next(self._ids)}", "text": text},
        }
        return meta_json({"object": "page", "entry": [{"id": self.page_id, "time": ms, "messaging": [event]}]})

    def instagram_comment_webhook(self, text: str, *, media_id: str, username: str = "citizen") -> bytes:
        comment = {
            "id": f"1790{next(self._ids):011d}",
            "from": {"id": "1789000000000042", "username": username},
            "text": text,
            "media": {"id": media_id, "media_product_type": "FEED"},
        }
        self.ig_comments.append(comment | {"parent_id": media_id, "timestamp": graph_time(self.clock())})
        entry = {
            "id": self.ig_user_id,
            "time": int(self.clock().timestamp()),
            "changes": [{"field": "comments", "value": comment}],
        }
        return meta_json({"object": "instagram", "entry": [entry]})

    def whatsapp_webhook(self, wa_id: str, text: str, *, when: datetime | None = None, name: str = "Aiko") -> bytes:
        """An inbound text message from `wa_id`; records it, so the service window opens."""
        when = when or self.clock()
        self.record_inbound(wa_id, when)
        message = {
            "from": wa_id,
            "id": f"wamid.IN{next(self._ids):08d}",
            "timestamp": str(int(when.timestamp())),
            "type": "text",
            "text": {"body": text},
        }
        value = {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "15550000001", "phone_number_id": self.phone_number_id},
            "contacts": [{"profile": {"name": name}, "wa_id": wa_id}],
            "messages": [message],
        }
        return meta_json(
            {
                "object": "whatsapp_business_account",
                "entry": [{"id": "102290000000001", "changes": [{"field": "messages", "value": value}]}],
            }
        )

    def whatsapp_status_webhook(self, message_id: str, status: str = "failed", *, recipient: str = "351912345678",
                                error_code: int = 131047, title: str = "Re-engagement message",
                                details: str = "Message failed to send because more than 24 hours have passed "
                                               "since the customer last replied to this number.") -> bytes:
        """A later status for a message we sent (`failed` carries Meta's error object)."""
        entry: dict[str, object] = {"id": message_id, "status": status, "recipient_id": recipient,
                                    "timestamp": str(int(self.clock().timestamp()))}
        if status == "failed":
            entry["errors"] = [{"code": error_code, "title": title, "message": title,
                                "error_data": {"details": details}}]
        value = {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "15550000001", "phone_number_id": self.phone_number_id},
            "statuses": [entry],
        }
        return meta_json(
            {
                "object": "whatsapp_business_account",
                "entry": [{"id": "102290000000001", "changes": [{"field": "messages", "value": value}]}],
            }
        )
