"""Credentials at rest: one Fernet key per deployment encrypts each channel's secrets as one token.

The key comes from CONSULDESK_SECRET_KEY, or is generated once into a 0600 file beside the data, so
the embedded default works without setup while a production deployment can keep the key elsewhere.
Decrypted secrets live only in memory, inside the connector that uses them.
"""

from __future__ import annotations

import os
from pathlib import Path

import orjson
from cryptography.fernet import Fernet, InvalidToken

from consuldesk.errors import ConsulDeskError
from consuldesk.settings import Settings

__all__ = ["CredentialBox", "CredentialsUnreadable", "load_box"]


class CredentialsUnreadable(ConsulDeskError):
    title = "Channel credentials cannot be read"


class CredentialBox:
    def __init__(self, key: bytes) -> None:
        self._fernet = Fernet(key)

    def seal(self, secrets: dict[str, str]) -> str:
        return self._fernet.encrypt(orjson.dumps(secrets)).decode("ascii")

    def open(self, token: str | None) -> dict[str, str]:
        if not token:
            return {}
        try:
            data = orjson.loads(self._fernet.decrypt(token.encode("ascii")))
        except InvalidToken:
            raise CredentialsUnreadable(
                "channel credentials were sealed with another key; set CONSULDESK_SECRET_KEY to the original key "
                "or reconnect the channel"
            ) from None
        return {str(k): str(v) for k, v in data.items()}

    def __repr__(self) -> str:
        return "CredentialBox(<key hidden>)"


def _file_key(path: Path) -> bytes:
    if path.exists():
        return path.read_bytes().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Fernet.generate_key()
    # O_EXCL: two processes starting together must not write two different keys.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes().strip()
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


def load_box(settings: Settings) -> CredentialBox:
    if settings.secret_key is not None:
        return CredentialBox(settings.secret_key.get_secret_value().encode("ascii"))
    return CredentialBox(_file_key(settings.secret_key_file))
