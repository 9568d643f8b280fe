"""Records → RawItems or rejects: the file importer's main loop and `parse_payload`.

Owns the per-record contract: a record (JSONL/CSV line, `.json` array element) yields all its items
or one `Rejected` naming the file, line and reason, never a partial set, so a user can fix the rejects
file and re-import it alone. Nothing a record contains can stop the records after it. Also owns the
text length cap, applied after mapping so it holds for every payload family alike.
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from consuldesk.connectors.file_import.detect import detect
from consuldesk.connectors.file_import.errors import RecordError
from consuldesk.connectors.file_import.generic import map_generic
from consuldesk.connectors.file_import.reader import SourceRecord, read_records
from consuldesk.connectors.models import RawItem

__all__ = ["RecordResults", "Rejected", "iter_import_file", "iter_records", "parse_payload"]

log = logging.getLogger(__name__)

DEFAULT_MAX_TEXT_CHARS = 100_000


@dataclass(slots=True, frozen=True)
class Rejected:
    """One record that was not imported, with what the rejects file needs to show and replay it."""

    file: str  # the path as given
    line: int  # 1-based; JSONL/CSV: physical line where the record starts; .json: record index
    reason: str
    raw: str  # the record's text, at most 10,000 characters


def parse_payload(obj: Any, *, max_text_chars: int = DEFAULT_MAX_TEXT_CHARS) -> list[RawItem]:
    """The items of one platform payload or generic record; RecordError says why there are none."""
    return _checked(detect(obj)(obj), max_text_chars)


def _checked(items: list[RawItem], max_text_chars: int) -> list[RawItem]:
    for item in items:
        if len(item.text) > max_text_chars:
            where = f" in item {item.external_id}" if len(items) > 1 else ""
            raise RecordError(f"text longer than {max_text_chars} characters ({len(item.text)}){where}")
    return items


def _map(record: SourceRecord, max_text_chars: int) -> list[RawItem]:
    if record.csv_row:  # a CSV row is a generic record whatever its columns look like
        return _checked(map_generic(record.value), max_text_chars)
    return parse_payload(record.value, max_text_chars=max_text_chars)


RecordResults = Generator[list[RawItem] | Rejected, None, None]


def iter_records(path: Path, *, max_text_chars: int = DEFAULT_MAX_TEXT_CHARS, skip: int = 0) -> RecordResults:
    """One result per record, after the first `skip` records (read but not mapped).

    Raises ImportFileError at call time, before anything is yielded, when the file cannot be imported.
    """
    return _results(read_records(path, max_text_chars=max_text_chars), str(path), max_text_chars, skip)


def _results(records: Iterator[SourceRecord], file: str, max_text_chars: int, skip: int) -> RecordResults:
    for record in records:
        if skip > 0:
            skip -= 1
            continue
        if record.error is not None:
            yield Rejected(file, record.line, record.error, record.raw_text())
            continue
        try:
            yield _map(record, max_text_chars)
        except RecordError as err:
            yield Rejected(file, record.line, err.reason, record.raw_text())
        except Exception as err:  # a mapper bug must cost one record, not the rest of the file
            log.warning("file import: unexpected error at %s:%d", file, record.line, exc_info=True)
            reason = f"could not map record ({type(err).__name__}: {err})"
            yield Rejected(file, record.line, reason, record.raw_text())


def iter_import_file(path: Path, *, max_text_chars: int = DEFAULT_MAX_TEXT_CHARS) -> Iterator[RawItem | Rejected]:
    """Every RawItem and Rejected of a file, streamed in file order.

    Raises ImportFileError at call time (not on first iteration) for a missing, unreadable or
    unsupported file, or a CSV file without a `text` column.
    """
    return _flatten(iter_records(path, max_text_chars=max_text_chars))


def _flatten(results: Iterator[list[RawItem] | Rejected]) -> Iterator[RawItem | Rejected]:
    for result in results:
        if isinstance(result, Rejected):
            yield result
        else:
            yield from result
