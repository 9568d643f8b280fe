"""Exceptions of the file-import connector.

Owns the two failure levels of an import: `ImportFileError` (the file as a whole cannot be read,
raised before anything is yielded) and `RecordError` (one record is bad; the import goes on and
reports it as a reject). `NothingToImport` is the benign kind of `RecordError`: a well-formed payload
that carries no inbound message (a delivery receipt, a follow notification, a stream disconnect).
Imports nothing from the rest of consuldesk.
"""

from __future__ import annotations

__all__ = ["ImportFileError", "NothingToImport", "RecordError"]


class ImportFileError(Exception):
    """The file cannot be imported at all: missing, unreadable, unknown extension, no CSV `text` column."""


class RecordError(ValueError):
    """One record cannot be mapped; `reason` is the human message that goes into the rejects file."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NothingToImport(RecordError):
    """A valid payload with no inbound message in it.

    The file importer reports it as a reject (so every line of a file is accounted for), while a
    webhook receiver treats it as an empty delivery rather than an error.
    """
