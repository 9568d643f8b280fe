"""File import: JSON, JSON Lines and CSV files in real platform shapes → a RawItem stream with rejects.

This package owns turning recorded or exported payloads (X API v2, Meta webhooks, Mastodon,
Telegram, and a generic `{"text": …}` record) into RawItems, line-accurate reporting of every record
it cannot import, and `FileImportConnector`, which serves a file through the `Fetches` protocol.
Layers: `reader` (file formats, lines) → `detect` (payload family) → one mapper per family
(`x`, `meta`, `meta_messaging`, `whatsapp`, `mastodon`, `telegram`, `generic`) → `importer`.
It depends on consuldesk.core and the connector models only, never on storage or domain packages.
"""

from __future__ import annotations

from consuldesk.connectors.file_import.connector import FileImportConnector
from consuldesk.connectors.file_import.errors import ImportFileError, NothingToImport, RecordError
from consuldesk.connectors.file_import.importer import Rejected, iter_import_file, parse_payload

__all__ = [
    "FileImportConnector",
    "ImportFileError",
    "NothingToImport",
    "RecordError",
    "Rejected",
    "iter_import_file",
    "parse_payload",
]
