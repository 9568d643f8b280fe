"""Instagram professional accounts: two-step image publishing, comment replies, and read-back.

Instagram has no text-only post: a feed post is a media container created from a public image URL
(Meta fetches it; JPEG is the format Meta documents) and then published. Replies to a citizen's
comment go to `/{comment_id}/replies`. `find_published` reads recent media (or the comment's
replies) back and matches the exact caption, because Graph has no idempotency key.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
from pydantic import Field

from consuldesk.connectors.base import Capability
from consuldesk.connectors.meta.base import MetaConnectorBase, parse_graph_time
from consuldesk.connectors.meta.graph import MetaConfig, response_id
from consuldesk.connectors.models import OutboundPost, PublishError, Receipt

__all__ = ["InstagramConfig", "InstagramConnector"]


class InstagramConfig(MetaConfig):
    ig_user_id: str = Field(
        pattern=r"^\d+$", title="Instagram account id", description="The IG professional account (IG User) id."
    )
    reconcile_lookback_hours: int = Field(
        48, ge=1, le=24 * 30, title="Reconcile look-back",
        description="How far back find_published looks for an earlier copy of a post with the same caption.",
    )  # fmt: skip


class InstagramConnector(MetaConnectorBase):
    platform = "instagram"
    capabilities = frozenset(
        {Capability.PUBLISHES, Capability.RECONCILES, Capability.RECEIVES_WEBHOOKS, Capability.REPORTS_HEALTH}
    )
    Config = InstagramConfig
    webhook_objects = frozenset({"instagram"})
    required_scopes = frozenset({"instagram_basic", "instagram_content_publish"})

    def __init__(self, config: InstagramConfig, *, transport: httpx.BaseTransport | None = None) -> None:
        super().__init__(config, transport=transport)
        self._ig_user_id = config.ig_user_id
        self._lookback = timedelta(hours=config.reconcile_lookback_hours)

    def publish(self, post: OutboundPost) -> Receipt:
        if post.in_reply_to:
            data = self._graph.post(f"{post.in_reply_to}/replies", {"message": post.text})
            return Receipt(external_id=response_id(self.platform, data), raw=data)
        if not post.media:
            raise PublishError(
                self.platform,
                "Instagram requires an image: there are no text-only posts, attach an image with a public URL",
            )
        if len(post.media) > 1:
            raise PublishError(self.platform, f"one image per Instagram post is supported, got {len(post.media)}")
        image = post.media[0]
        if not image.url:
            raise PublishError(
                self.platform, f"Instagram fetches media by URL, and image {image.filename!r} has no public URL"
            )
        container = self._graph.post(f"{self._ig_user_id}/media", {"image_url": image.url, "caption": post.text})
        # Images are ready at once; videos would need polling `GET /{container}?fields=status_code` here.
        published = self._graph.post(
            f"{self._ig_user_id}/media_publish", {"creation_id": response_id(self.platform, container)}
        )
        return Receipt(
            external_id=response_id(self.platform, published), raw={"container": container, "media": published}
        )

    def find_published(self, post: OutboundPost) -> Receipt | None:
        """Our recent media with exactly this caption (or our reply under `in_reply_to`), else None.

        A container created but never published is not found: retrying makes a fresh container and
        Meta expires the orphan, so nothing is posted twice.
        """
        if post.in_reply_to:
            listing = self._graph.get(f"{post.in_reply_to}/replies", {"fields": "id,text,from,timestamp"})
            text_key = "text"
        else:
            listing = self._graph.get(
                f"{self._ig_user_id}/media", {"fields": "id,caption,timestamp,permalink", "limit": 50}
            )
            text_key = "caption"
        since = datetime.now(UTC) - self._lookback
        for entry in listing.get("data") or []:
            if not isinstance(entry, dict) or entry.get(text_key) != post.text:
                continue
            author = entry.get("from")
            if post.in_reply_to and not (isinstance(author, dict) and str(author.get("id")) == self._ig_user_id):
                continue
            created = parse_graph_time(entry.get("timestamp"))
            if created is not None and created < since:
                continue
            permalink = entry.get("permalink")
            return Receipt(
                external_id=str(entry["id"]), url=permalink if isinstance(permalink, str) else None, raw=entry
            )
        return None
