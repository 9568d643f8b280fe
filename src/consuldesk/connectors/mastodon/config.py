"""Settings and credentials of one Mastodon account on one instance."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr

from consuldesk.connectors.rest import ConnectorConfig

__all__ = ["MastodonConfig"]


class MastodonConfig(ConnectorConfig):
    base_url: str = Field(
        "https://mastodon.social",
        title="Instance URL",
        description="The account's Mastodon server (each instance is its own API host).",
    )
    access_token: SecretStr = Field(
        title="Access token",
        description="User token with read:accounts read:statuses read:notifications write:statuses write:media.",
    )
    account_id: str | None = Field(
        None,
        title="Account id",
        description="The account's id on the instance; looked up with verify_credentials when empty.",
    )
    visibility: Literal["public", "unlisted", "private", "direct"] = Field(
        "public", title="Visibility", description="Who sees published statuses."
    )
    reconcile_depth: int = Field(
        40, ge=1, le=40, title="Reconcile depth", description="Recent statuses searched for an earlier attempt."
    )
    media_poll_interval: float = Field(
        1.0, ge=0, title="Media poll interval", description="Seconds between checks of a still-processing upload."
    )
    media_poll_attempts: int = Field(
        30, ge=1, title="Media poll attempts", description="Checks of a still-processing upload before giving up."
    )
    streaming: bool = Field(
        False,
        title="Stream",
        description="Receive mentions over the instance's streaming API as they happen instead of polling "
        "notifications (some instances limit or close streaming; polling is the safe default).",
    )
