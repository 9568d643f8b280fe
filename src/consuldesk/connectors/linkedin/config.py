"""Settings and credentials of one LinkedIn author (an organization page or a member)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr

from consuldesk.connectors.rest import ConnectorConfig

__all__ = ["LinkedInConfig"]


class LinkedInConfig(ConnectorConfig):
    base_url: str = Field(
        "https://api.linkedin.com", title="API base URL", description="LinkedIn API host; tests point it at a fake."
    )
    access_token: SecretStr = Field(
        title="Access token",
        description="3-legged OAuth token with w_organization_social (page) or w_member_social (member). "
        "LinkedIn tokens last 60 days: set the expiry below when you paste one.",
    )
    author_urn: str = Field(
        pattern=r"^urn:li:(organization|person):[A-Za-z0-9_-]+$",
        title="Author",
        description="Who posts: urn:li:organization:<id> for a page, urn:li:person:<id> for a member.",
    )
    api_version: str = Field(
        "202601",
        pattern=r"^\d{6}$",
        title="API version",
        description="LinkedIn-Version header (YYYYMM); LinkedIn sunsets monthly versions after about a year.",
    )
    visibility: Literal["PUBLIC", "CONNECTIONS"] = Field(
        "PUBLIC", title="Visibility", description="PUBLIC, or CONNECTIONS (members only)."
    )
    reconcile_depth: int = Field(
        50,
        ge=1,
        le=100,
        title="Reconcile depth",
        description="Recent posts or comments searched for an earlier attempt.",
    )
