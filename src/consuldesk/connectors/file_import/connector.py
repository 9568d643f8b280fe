"""`FileImportConnector`: one import file seen through the `Fetches` protocol.

Owns paging and the cursor over a file. The cursor counts whole records consumed (imported or
rejected), never items, so a resume can neither skip nor repeat part of an envelope: a record's items
always travel in one page, and a page exceeds `page_size` only when one record alone holds more.
"""

from __future__ import annotations

from pathlib import Path

from consuldesk.connectors.base import Capability
from consuldesk.connectors.file_import.importer import DEFAULT_MAX_TEXT_CHARS, RecordResults, Rejected, iter_records
from consuldesk.connectors.models import Cursor, RawItem
from consuldesk.core.types import Platform

__all__ = ["FileImportConnector"]


class FileImportConnector:
    """Pages through a file's items; rejects are skipped and collected in `rejected`, each once.

    Raises ImportFileError on construction when the file cannot be imported at all.
    """

    capabilities: frozenset[Capability] = frozenset({Capability.FETCHES})

    def __init__(
        self,
        path: Path,
        *,
        platform: str = Platform.OTHER.value,
        page_size: int = 500,
        max_text_chars: int = DEFAULT_MAX_TEXT_CHARS,
    ) -> None:
        if page_size < 1:
            raise ValueError(f"page_size must be at least 1, got {page_size}")
        self.path = path
        self.platform = platform  # files may mix platforms; each RawItem names its own
        self.page_size = page_size
        self.max_text_chars = max_text_chars
        self.rejected: list[Rejected] = []
        self._results: RecordResults | None = None
        self._read = 0  # records pulled from _results
        self._pending: list[RawItem] | None = None  # items of the last pulled record, not yet returned
        self._seen = 0  # records already pulled at least once: re-reading them must not re-report rejects
        self._open(0)  # fail now, not at the first poll, if the file cannot be imported

    @property
    def _delivered(self) -> int:
        return self._read - (1 if self._pending is not None else 0)

    def _open(self, position: int) -> None:
        self.close()
        self._results = iter_records(self.path, max_text_chars=self.max_text_chars, skip=position)
        self._read = position
        self._pending = None

    def close(self) -> None:
        """Release the open file; a later fetch reopens it from its cursor."""
        if self._results is not None:
            self._results.close()
        self._results = None

    def fetch(self, cursor: Cursor | None) -> tuple[list[RawItem], Cursor | None]:
        position = _position(cursor)
        if self._results is None or position != self._delivered:
            # Any cursor other than the one we last returned means a restart: reopen and skip to it.
            self._open(position)
        assert self._results is not None
        page: list[RawItem] = []
        while len(page) < self.page_size:
            if self._pending is not None:
                items, self._pending = self._pending, None
            else:
                result = next(self._results, None)
                if result is None:
                    break
                self._read += 1
                first_time = self._read > self._seen
                self._seen = max(self._seen, self._read)
                if isinstance(result, Rejected):
                    if first_time:
                        self.rejected.append(result)
                    continue
                items = result
            if page and len(page) + len(items) > self.page_size:
                self._pending = items  # keep a record's items together: they go out in the next page
                break
            page.extend(items)
        return page, Cursor(str(self._delivered))


def _position(cursor: Cursor | None) -> int:
    if cursor is None:
        return 0
    if not cursor.value.isdigit():
        raise ValueError(f"not a file-import cursor: {cursor.value!r}")
    return int(cursor.value)
