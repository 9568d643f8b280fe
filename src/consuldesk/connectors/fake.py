"""`FakeConnector`: an in-memory connector implementing `Fetches` and `ReceivesWebhooks` for tests.

Owns nothing real: it pages through a list of RawItems with a numeric cursor, can be told to raise
`RetryAfter` once (to exercise the scheduler's back-off), and verifies and parses webhooks exactly as
Meta signs them (`X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>`), parsing bodies
with the file importer's `parse_payload` so fake and file imports agree on every payload shape.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Mapping

import orjson

from consuldesk.connectors.base import Capability
from consuldesk.connectors.file_import import NothingToImport, RecordError, parse_payload
from consuldesk.connectors.models import Cursor, RawItem, RetryAfter

__all__ = ["SIGNATURE_HEADER", "FakeConnector"]

SIGNATURE_HEADER = "X-Hub-Signature-256"


class FakeConnector:
    capabilities: frozenset[Capability] = frozenset({Capability.FETCHES, Capability.RECEIVES_WEBHOOKS})

    def __init__(
        self,
        platform: str,
        items: Iterable[RawItem] = (),
        secret: str | bytes = "fake-app-secret",
        *,
        page_size: int = 50,
    ) -> None:
        if page_size < 1:
            raise ValueError(f"page_size must be at least 1, got {page_size}")
        self.platform = platform
        self.items: list[RawItem] = list(items)
        self.page_size = page_size
        self.fetch_calls: list[Cursor | None] = []  # every cursor fetch() was called with, for assertions
        self._secret = secret.encode() if isinstance(secret, str) else secret
        self._retry_after: float | None = None

    # -- Fetches ------------------------------------------------------------------------------

    def add(self, *items: RawItem) -> None:
        """New items "arrive" on the platform; a poll from the last cursor returns them."""
        self.items.extend(items)

    def fail_next_fetch(self, seconds: float = 60.0) -> None:
        """Make the next fetch() raise RetryAfter(seconds), as a rate-limited platform would, once."""
        self._retry_after = seconds

    def fetch(self, cursor: Cursor | None) -> tuple[list[RawItem], Cursor | None]:
        self.fetch_calls.append(cursor)
        if self._retry_after is not None:
            seconds, self._retry_after = self._retry_after, None
            raise RetryAfter(seconds)
        start = 0 if cursor is None else int(cursor.value)
        page = self.items[start : start + self.page_size]
        # The cursor resumes after the last item returned, so an empty poll keeps its place.
        return page, Cursor(str(start + len(page)))

    # -- ReceivesWebhooks ---------------------------------------------------------------------

    def signature(self, body: bytes) -> str:
        return "sha256=" + hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    def sign(self, body: bytes) -> dict[str, str]:
        """The headers a platform would send with `body`."""
        return {SIGNATURE_HEADER: self.signature(body), "Content-Type": "application/json"}

    def verify(self, headers: Mapping[str, str], body: bytes) -> bool:
        wanted = SIGNATURE_HEADER.lower()
        given = next((value for name, value in headers.items() if name.lower() == wanted), None)
        if given is None:
            return False
        # Compare bytes: compare_digest rejects non-ASCII str, and a forged header may contain anything.
        return hmac.compare_digest(self.signature(body).encode(), given.strip().encode("utf-8", "replace"))

    def parse(self, body: bytes) -> list[RawItem]:
        """The items in a webhook body; a receipt or other message-less delivery gives [].

        Raises RecordError for a body that is not JSON or not a recognised payload.
        """
        try:
            payload = orjson.loads(body)
        except orjson.JSONDecodeError as err:
            raise RecordError(f"invalid JSON: {err.msg}") from err
        try:
            return parse_payload(payload)
        except NothingToImport:
            return []
