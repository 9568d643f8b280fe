"""Settings and credentials of one X account (API v2 with an OAuth 2.0 user-context token)."""

from __future__ import annotations

from typing import Any

from pydantic import Field, SecretStr, field_validator

from consuldesk.connectors.rest import ConnectorConfig
from consuldesk.connectors.x.rules import MAX_RULE_CHARS

__all__ = ["XConfig"]


class XConfig(ConnectorConfig):
    base_url: str = Field(
        "https://api.x.com", title="API base URL", description="X API v2 host; tests point it at a fake server."
    )
    access_token: SecretStr = Field(
        title="User access token",
        description="OAuth 2.0 user-context token (tweet.read tweet.write users.read); app-only tokens cannot post.",
    )
    consumer_secret: SecretStr = Field(
        SecretStr(""),
        title="Consumer secret",
        description="The app's API secret key: signs Account Activity webhooks and answers CRC checks. "
        "Empty refuses every webhook.",
    )
    user_id: str | None = Field(
        None,
        pattern=r"^\d+$",
        title="User id",
        description="Numeric id of the account; looked up with GET /2/users/me when empty.",
    )
    reconcile_depth: int = Field(
        100, ge=5, le=100, title="Reconcile depth", description="Recent posts searched for an earlier attempt."
    )
    consumer_key: str | None = Field(
        None,
        title="API key",
        description="The app's API key (consumer key). With the consumer secret it obtains the app-only "
        "token the filtered stream requires (POST /oauth2/token). Empty: the channel is polled, not streamed.",
    )
    stream_backfill_minutes: int = Field(
        0,
        ge=0,
        le=5,
        title="Stream backfill",
        description="Minutes of posts X replays after a reconnect (Pro and Enterprise access only; 0 = off).",
    )
    stream_rules: list[str] = Field(
        default_factory=list,
        max_length=1000,
        title="Stream rules",
        description="Filtered-stream rules this channel keeps on the app, one per line (e.g. `@OurConsulate`, "
        '`"embassy lisbon" -is:retweet`). Synced before the stream connects; rules other channels or tools '
        "made are left alone. Empty: this channel's earlier rules are removed.",
    )

    @field_validator("stream_rules", mode="before")
    @classmethod
    def _one_rule_per_line(cls, value: Any) -> Any:
        """`--set stream_rules=...` and form fields give one string: one rule per line."""
        if isinstance(value, str):
            value = value.splitlines()
        if isinstance(value, list):
            rules = [" ".join(str(v).split()) for v in value]
            for rule in rules:
                if len(rule) > MAX_RULE_CHARS:
                    raise ValueError(f"a stream rule is at most {MAX_RULE_CHARS} characters: {rule[:40]}…")
            return list(dict.fromkeys(r for r in rules if r))
        return value
