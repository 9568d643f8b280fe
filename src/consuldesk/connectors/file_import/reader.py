"""File formats → a stream of source records with their line numbers; no payload semantics.

Owns reading JSON Lines (`.jsonl`, `.ndjson`), JSON (`.json`) and CSV (`.csv`) files: a JSONL or CSV
file is read in binary one physical line at a time and decoded per line, so one bad byte rejects one
line and memory stays flat however long the file; a `.json` file is loaded whole. Each record carries
its 1-based line (JSONL/CSV: the physical line where it starts; `.json`: the index in the top-level
array, or 1), and either its parsed value or the reason it could not be parsed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson

from consuldesk.connectors.file_import.errors import ImportFileError

__all__ = ["EXTENSIONS", "SourceRecord", "read_records"]

EXTENSIONS = frozenset({".json", ".jsonl", ".ndjson", ".csv"})
_BOM = b"\xef\xbb\xbf"
_RAW_LIMIT = 10_000
# A line may hold one record of up to max_text_chars, JSON-escaped (\uXXXX = 6 bytes a character) inside
# an envelope; anything far beyond that is a binary file without newlines, which must not be slurped.
_MIN_LINE_BYTES = 16 * 1024 * 1024


@dataclass(slots=True)
class SourceRecord:
    line: int
    value: Any  # parsed JSON value or CSV row dict; meaningless when `error` is set
    error: str | None
    source: bytes | str | None  # original text for the rejects file; None: re-serialise `value`
    csv_row: bool = False

    def raw_text(self) -> str:
        if isinstance(self.source, bytes):
            text = self.source[: _RAW_LIMIT * 4].decode("utf-8", "replace")
        elif isinstance(self.source, str):
            text = self.source
        else:
            text = orjson.dumps(self.value, default=str).decode()
        return text[:_RAW_LIMIT].rstrip("\r\n")


def line_limit(max_text_chars: int) -> int:
    return max(_MIN_LINE_BYTES, 8 * max_text_chars)


def _decode_error(data: bytes) -> str | None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return f"invalid UTF-8 at byte {err.start + 1} (0x{data[err.start]:02x})"
    return None


def _json_error(data: bytes, err: orjson.JSONDecodeError, *, whole_file: bool) -> str:
    # orjson reports bad UTF-8 as a JSON error at column 1; say what is really wrong and where.
    utf8 = _decode_error(data)
    if utf8:
        return utf8
    where = f"line {err.lineno}, col {err.colno}" if whole_file else f"col {err.colno}"
    return f"invalid JSON: {err.msg} ({where})"


def _line_error(chunk: bytes) -> str:
    # Parse again without the line break, so an unterminated string reads "unexpected end of data"
    # rather than "control character in string" (the newline), which points at the wrong problem.
    line = chunk.rstrip(b"\r\n")
    try:
        orjson.loads(line)
    except orjson.JSONDecodeError as err:
        return _json_error(line, err, whole_file=False)
    return "invalid JSON"


def _lines(f: IO[bytes], limit: int) -> Iterator[tuple[int, bytes, bool]]:
    """(line number, bytes, too_long) for each physical line; an over-long line is cut and drained."""
    number = 0
    while chunk := f.readline(limit + 1):
        number += 1
        if number == 1 and chunk.startswith(_BOM):
            chunk = chunk[3:]
        too_long = len(chunk) > limit and not chunk.endswith(b"\n")
        if too_long:
            rest = chunk
            while rest and not rest.endswith(b"\n"):
                rest = f.readline(1024 * 1024)
        yield number, chunk, too_long


def _jsonl(path: Path, limit: int) -> Iterator[SourceRecord]:
    with path.open("rb") as f:
        for number, chunk, too_long in _lines(f, limit):
            if too_long:
                yield SourceRecord(number, None, f"line longer than {limit} bytes", chunk)
                continue
            if not chunk or chunk.isspace():  # blank lines and X stream keep-alives
                continue
            try:
                value = orjson.loads(chunk)
            except orjson.JSONDecodeError:
                yield SourceRecord(number, None, _line_error(chunk), chunk)
                continue
            yield SourceRecord(number, value, None, chunk)


def _json(path: Path, limit: int) -> Iterator[SourceRecord]:
    data = path.read_bytes().removeprefix(_BOM)
    if not data.strip():
        return
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as err:
        # JSON Lines saved under .json: if the first line is a document by itself, read it line by line.
        first = next((line for line in io.BytesIO(data) if line.strip()), b"")
        try:
            orjson.loads(first)
        except orjson.JSONDecodeError:
            yield SourceRecord(1, None, _json_error(data, err, whole_file=True), data[: _RAW_LIMIT * 4])
            return
        yield from _jsonl(path, limit)
        return
    if isinstance(value, list):
        for index, element in enumerate(value, 1):
            yield SourceRecord(index, element, None, None)
    else:
        yield SourceRecord(1, value, None, None)


class _CsvLines:
    """Feeds decoded lines to csv.reader and remembers, per record, its physical lines and faults."""

    def __init__(self, f: IO[bytes], limit: int) -> None:
        self._lines = _lines(f, limit)
        self._limit = limit
        self.number = 0
        self.taken: list[str] = []
        self._taken_chars = 0
        self.fault: str | None = None

    def __iter__(self) -> Iterator[str]:
        for number, chunk, too_long in self._lines:
            self.number = number
            if too_long:
                self.fault = self.fault or f"line {number} longer than {self._limit} bytes"
                text = "\n"
            else:
                try:
                    text = chunk.decode("utf-8")
                except UnicodeDecodeError:
                    self.fault = self.fault or (_decode_error(chunk) or "invalid UTF-8")
                    text = chunk.decode("utf-8", "replace")
            if self._taken_chars < _RAW_LIMIT:  # an unclosed quote must not hoard the rest of the file
                self.taken.append(text)
                self._taken_chars += len(text)
            yield text

    def next_record(self) -> tuple[str, str | None]:
        """The text and fault of the record just parsed, and a clean slate for the next one."""
        text, fault = "".join(self.taken), self.fault
        self.taken, self._taken_chars, self.fault = [], 0, None
        return text, fault


def _csv_error(err: csv.Error) -> str:
    if str(err) == "unexpected end of data":
        return "CSV error: quoted field is never closed (it runs to the end of the file)"
    return f"CSV error: {err}"


def _csv_rows(f: IO[bytes], limit: int) -> Iterator[tuple[int, list[str] | None, str, str | None]]:
    """(start line, cells or None on a CSV syntax error, record text, fault) per non-blank record."""
    # csv's field limit is process-wide; raising it only loosens a cap that _lines already enforces.
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)
    lines = _CsvLines(f, limit)
    # strict: a stray quote is a reject, not a silently merged field; errors leave the reader usable.
    reader = csv.reader(lines, strict=True)
    start = 1
    while True:
        try:
            row: list[str] | None = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            row = None
            lines.fault = lines.fault or _csv_error(err)
        text, fault = lines.next_record()
        if row is None or any(cell.strip() for cell in row):
            yield start, row, text, fault
        start = lines.number + 1


def _csv_header(row: list[str] | None, path: Path) -> list[str]:
    names = [name.strip().lower() for name in row or []]
    if "text" not in names:
        found = ", ".join(n for n in names if n)[:200] or "nothing"
        raise ImportFileError(f"{path}: CSV header row must have a 'text' column (found: {found})")
    duplicates = sorted({n for n in names if n and names.count(n) > 1})
    if duplicates:
        raise ImportFileError(f"{path}: CSV header repeats column(s) {', '.join(duplicates)}")
    return names


def _first_csv_row(path: Path, limit: int) -> tuple[list[str] | None, str | None]:
    with path.open("rb") as f:
        for _, row, _, fault in _csv_rows(f, limit):
            return row, fault
    return None, None


def _csv(path: Path, limit: int) -> Iterator[SourceRecord]:
    with path.open("rb") as f:
        rows = _csv_rows(f, limit)
        header_row = next(rows, None)
        header = _csv_header(header_row[1] if header_row else None, path)
        for start, cells, text, fault in rows:
            if fault is None and cells is not None and len(cells) > len(header):
                fault = f"row has {len(cells)} fields but the header has {len(header)}"
            if fault is not None or cells is None:
                yield SourceRecord(start, None, fault or "CSV error", text, csv_row=True)
                continue
            # Empty cells are absent fields; `text` is kept as written, so a blank one reads "empty text".
            value = {
                name: cell if name == "text" else cell.strip()
                for name, cell in zip(header, cells, strict=False)
                if name and (name == "text" or cell.strip())
            }
            yield SourceRecord(start, value, None, text, csv_row=True)


def read_records(path: Path, *, max_text_chars: int = 100_000) -> Iterator[SourceRecord]:
    """Check the file now (raising ImportFileError), then stream its records lazily."""
    if not path.exists():
        raise ImportFileError(f"{path}: no such file")
    if not path.is_file():
        raise ImportFileError(f"{path}: not a regular file")
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        expected = ", ".join(sorted(EXTENSIONS))
        raise ImportFileError(f"{path}: unsupported file extension {suffix or '(none)'!r} (expected {expected})")
    try:
        path.open("rb").close()
    except OSError as err:
        raise ImportFileError(f"{path}: cannot be read ({err.strerror or err})") from err
    limit = line_limit(max_text_chars)
    if suffix == ".csv":
        # The header decides whether the file is importable at all, so check it before streaming.
        header, fault = _first_csv_row(path, limit)
        if fault:
            raise ImportFileError(f"{path}: unreadable CSV header: {fault}")
        _csv_header(header, path)
        return _csv(path, limit)
    if suffix == ".json":
        return _json(path, limit)
    return _jsonl(path, limit)
