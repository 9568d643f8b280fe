"""Facebook Pages: publish posts, photos and comment replies; find them again after a lost answer.

Graph has no idempotency key, so a retry after a dropped connection could double-post; instead the
worker calls `find_published`, which reads the Page feed (or the parent's comments) back and matches
the exact text published by the Page within `reconcile_lookback_hours`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from pydantic import Field

from consuldesk.connectors.base import Capability
from consuldesk.connectors.meta.base import MetaConnectorBase, parse_graph_time
from consuldesk.connectors.meta.graph import MetaConfig, response_id
from consuldesk.connectors.models import OutboundPost, Receipt

__all__ = ["FacebookConfig", "FacebookConnector"]


class FacebookConfig(MetaConfig):
    page_id: str = Field(pattern=r"^\d+$", title="Page id", description="The numeric id of the Facebook Page.")
    reconcile_lookback_hours: int = Field(
        48, ge=1, le=24 * 30, title="Reconcile look-back",
        description="How far back find_published looks for an earlier copy of a post with the same text.",
    )  # fmt: skip


def _post_url(post_id: str) -> str | None:
    page, _, story = post_id.partition("_")
    return f"https://www.facebook.com/{page}/posts/{story}" if story else None


class FacebookConnector(MetaConnectorBase):
    platform = "facebook"
    capabilities = frozenset(
        {Capability.PUBLISHES, Capability.RECONCILES, Capability.RECEIVES_WEBHOOKS, Capability.REPORTS_HEALTH}
    )
    Config = FacebookConfig
    webhook_objects = frozenset({"page"})
    required_scopes = frozenset({"pages_manage_posts", "pages_read_engagement"})

    def __init__(self, config: FacebookConfig, *, transport: httpx.BaseTransport | None = None) -> None:
        super().__init__(config, transport=transport)
        self._page_id = config.page_id
        self._lookback = timedelta(hours=config.reconcile_lookback_hours)

    def publish(self, post: OutboundPost) -> Receipt:
        """A comment under `in_reply_to`, a photo post when media is attached, else a feed post."""
        image = post.media[0] if post.media else None
        if post.in_reply_to:
            body: dict[str, Any] = {"message": post.text}
            if image is not None and image.url:
                body["attachment_url"] = image.url
            data = self._graph.post(f"{post.in_reply_to}/comments", body)
            return Receipt(external_id=response_id(self.platform, data), raw=data)
        if image is not None:
            if image.url:
                data = self._graph.post(f"{self._page_id}/photos", {"url": image.url, "caption": post.text})
            else:
                data = self._graph.request(
                    "POST",
                    f"{self._page_id}/photos",
                    data={"caption": post.text},
                    files={"source": (image.filename, image.data, image.content_type)},
                )
            post_id = response_id(self.platform, data, "post_id" if data.get("post_id") else "id")
            return Receipt(external_id=post_id, url=_post_url(post_id), raw=data)
        data = self._graph.post(f"{self._page_id}/feed", {"message": post.text})
        post_id = response_id(self.platform, data)
        return Receipt(external_id=post_id, url=_post_url(post_id), raw=data)

    def find_published(self, post: OutboundPost) -> Receipt | None:
        """The Page's own recent post (or comment under `in_reply_to`) with exactly this text."""
        since = datetime.now(UTC) - self._lookback
        if post.in_reply_to:
            listing = self._graph.get(
                f"{post.in_reply_to}/comments",
                {"fields": "id,message,from,created_time", "order": "reverse_chronological", "limit": 100},
            )
        else:
            listing = self._graph.get(f"{self._page_id}/feed", {"fields": "id,message,created_time", "limit": 100})
        for entry in listing.get("data") or []:
            if not isinstance(entry, dict) or entry.get("message") != post.text:
                continue
            author = entry.get("from")
            if post.in_reply_to and not (isinstance(author, dict) and str(author.get("id")) == self._page_id):
                continue
            created = parse_graph_time(entry.get("created_time"))
            if created is not None and created < since:
                continue
            external_id = str(entry["id"])
            return Receipt(external_id=external_id, url=None if post.in_reply_to else _post_url(external_id), raw=entry)
        return None
