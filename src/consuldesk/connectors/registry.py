"""Platform name → connector class, loaded lazily so a deployment imports only what it uses.

Every connector class has a `Config` (a Pydantic model; credentials are `SecretStr` fields, which the
channel service stores encrypted and never returns) and is built as `cls(config, transport=None)`.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any, Protocol

import httpx
from pydantic import BaseModel, SecretStr

from consuldesk.connectors.base import Connector

__all__ = ["CONNECTORS", "UnknownPlatform", "build_connector", "config_class", "secret_fields"]

# platform → "module:Class"; the platform packages import nothing from storage or domain code.
CONNECTORS: dict[str, str] = {
    "x": "consuldesk.connectors.x:XConnector",
    "mastodon": "consuldesk.connectors.mastodon:MastodonConnector",
    "bluesky": "consuldesk.connectors.bluesky:BlueskyConnector",
    "linkedin": "consuldesk.connectors.linkedin:LinkedInConnector",
    "facebook": "consuldesk.connectors.meta:FacebookConnector",
    "instagram": "consuldesk.connectors.meta:InstagramConnector",
    "messenger": "consuldesk.connectors.meta:MessengerConnector",
    "whatsapp": "consuldesk.connectors.whatsapp:WhatsAppConnector",
    "telegram": "consuldesk.connectors.telegram:TelegramConnector",
}


class UnknownPlatform(LookupError):
    pass


class ConnectorClass(Protocol):
    Config: type[BaseModel]

    def __call__(self, config: Any, *, transport: httpx.BaseTransport | None = None) -> Connector: ...


def _load(platform: str) -> ConnectorClass:
    try:
        target = CONNECTORS[platform]
    except KeyError:
        raise UnknownPlatform(f"no connector for platform {platform!r}; known: {', '.join(CONNECTORS)}") from None
    module_name, _, class_name = target.partition(":")
    cls: ConnectorClass = getattr(importlib.import_module(module_name), class_name)
    return cls


def config_class(platform: str) -> type[BaseModel]:
    return _load(platform).Config


def secret_fields(platform: str) -> frozenset[str]:
    """Names of the config fields that are credentials (stored encrypted, never shown)."""
    return frozenset(
        name for name, field in config_class(platform).model_fields.items() if field.annotation is SecretStr
    )


def build_connector(
    platform: str, options: Mapping[str, Any], *, transport: httpx.BaseTransport | None = None
) -> Connector:
    """Validate `options` (settings and secrets together) against the platform's Config and build it."""
    cls = _load(platform)
    return cls(cls.Config.model_validate(dict(options)), transport=transport)
