"""`FakePublisher`: an in-memory platform account for testing the send worker without HTTP.

It keeps what was "posted" in `posts` and can be scripted to fail the next calls (a rate limit, a
permanent refusal, or a dropped connection after the post was stored: the case that makes exactly-once
hard). `ReconcilingFakePublisher` can also find an earlier post by its idempotency key, as a platform
with a readable timeline can; the plain one cannot, like Telegram or WhatsApp.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from consuldesk.connectors.base import Capability
from consuldesk.connectors.models import OutboundPost, PublishError, RateLimited, Receipt

__all__ = ["FakePublisher", "Posted", "ReconcilingFakePublisher"]


@dataclass(frozen=True)
class Posted:
    external_id: str
    text: str
    idempotency_key: str
    in_reply_to: str | None
    recipient: str | None
    media: int
    template: str | None


class FakePublisher:
    capabilities: frozenset[Capability] = frozenset({Capability.PUBLISHES})

    def __init__(self, platform: str = "telegram") -> None:
        self.platform = platform
        self.posts: list[Posted] = []
        self.calls = 0
        self._script: deque[str] = deque()

    def fail_next(self, *outcomes: str) -> None:
        """Queue outcomes for the next calls: "rate_limited", "refused", "server_error", "dropped"
        ("dropped" stores the post, then fails as if the connection broke before the answer)."""
        self._script.extend(outcomes)

    def publish(self, post: OutboundPost) -> Receipt:
        self.calls += 1
        outcome = self._script.popleft() if self._script else "ok"
        if outcome == "rate_limited":
            raise RateLimited(self.platform, "Too Many Requests", retry_after=30)
        if outcome == "refused":
            raise PublishError(self.platform, "Text is too long", status=422)
        if outcome == "server_error":
            raise PublishError(self.platform, "Internal Server Error", status=503, retryable=True)
        posted = Posted(f"{self.platform}-{len(self.posts) + 1}", post.text, post.idempotency_key, post.in_reply_to,
                        post.recipient, len(post.media), post.template)
        self.posts.append(posted)
        if outcome == "dropped":
            raise PublishError(self.platform, "connection reset", retryable=True, outcome_unknown=True)
        return Receipt(posted.external_id)



class ReconcilingFakePublisher(FakePublisher):
    capabilities: frozenset[Capability] = frozenset({Capability.PUBLISHES, Capability.RECONCILES})

    def __init__(self, platform: str = "x") -> None:
        super().__init__(platform)

    def find_published(self, post: OutboundPost) -> Receipt | None:
        for posted in self.posts:
            if posted.idempotency_key == post.idempotency_key:
                return Receipt(posted.external_id)
        return None
