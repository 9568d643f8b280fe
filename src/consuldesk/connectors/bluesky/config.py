"""Settings and credentials of one Bluesky account (an app password on its PDS)."""

from __future__ import annotations

from pydantic import Field, SecretStr

from consuldesk.connectors.rest import ConnectorConfig

__all__ = ["BlueskyConfig"]


class BlueskyConfig(ConnectorConfig):
    base_url: str = Field(
        "https://bsky.social",
        title="PDS URL",
        description="The account's PDS or the bsky.social entryway; /xrpc/… is appended.",
    )
    identifier: str = Field(
        min_length=1, title="Handle", description="Handle (consulate.bsky.social), DID or e-mail used to log in."
    )
    app_password: SecretStr = Field(
        title="App password", description="An app password (Settings → App passwords), never the account password."
    )
    jetstream_url: str = Field(
        "wss://jetstream2.us-east.bsky.network",
        title="Jetstream URL",
        description="Jetstream instance the channel listens on (/subscribe is appended); tests point it at a fake.",
    )
    jetstream_dids: list[str] = Field(
        default_factory=list,
        max_length=10_000,
        title="Followed accounts",
        description="DIDs to read (Jetstream wantedDids): each of their posts is imported, and nobody else's "
        "posts are read. Empty: the whole network is read, and posts that mention, reply to or quote the "
        "account are imported.",
    )
