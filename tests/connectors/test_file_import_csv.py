"""CSV imports: header rules, multi-line quoted fields, and line numbers where each record starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from consuldesk.connectors.file_import import ImportFileError, Rejected, iter_import_file
from consuldesk.connectors.models import RawItem


def write(tmp_path: Path, data: str | bytes, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def outcome(path: Path, **kwargs: int) -> list[tuple[int, str] | str]:
    results = list(iter_import_file(path, **kwargs))
    return [(r.line, r.reason) if isinstance(r, Rejected) else r.text for r in results]


def test_multi_line_quoted_fields_and_start_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'id,text\n1,"first\nsecond\n\nfourth"\n2,"a ""quoted"" word"\n3,"also\nmulti",extra\n4,last\n',
    )
    # Record 3 starts on physical line 7 even though its record is the third; line 1 is the header.
    assert outcome(path) == [
        "first\nsecond\n\nfourth", 'a "quoted" word', (7, "row has 3 fields but the header has 2"), "last",
    ]  # fmt: skip


def test_reject_raw_is_the_records_physical_lines(tmp_path: Path) -> None:
    path = write(tmp_path, 'text,kind\n"two\nlines",story\n')
    [rejected] = list(iter_import_file(path))
    assert isinstance(rejected, Rejected)
    assert (rejected.line, rejected.raw) == (2, '"two\nlines",story')
    assert rejected.reason == "unknown kind 'story' (expected one of: comment, dm, post, reply)"


def test_columns_are_generic_fields_and_empty_cells_are_absent(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        " ID , Text ,Platform,author_id,created_at,in_reply_to,mood\n"
        "7,  padded text  ,telegram, 99 ,1772798400,,calm\n"
        ",no id,,,,,\n",
    )
    first, second = list(iter_import_file(path))
    assert isinstance(first, RawItem) and isinstance(second, RawItem)
    assert (first.external_id, first.text, first.platform, first.author_id, first.kind) == (
        "7", "  padded text  ", "telegram", "99", "post",
    )  # fmt: skip
    assert first.created_at is not None and first.created_at.isoformat() == "2026-03-06T12:00:00+00:00"
    assert first.raw == {"id": "7", "text": "  padded text  ", "platform": "telegram", "author_id": "99",
                         "created_at": "1772798400", "mood": "calm"}  # fmt: skip
    assert second.external_id.startswith("gen:") and second.platform == "other"


def test_blank_and_whitespace_rows_are_skipped(tmp_path: Path) -> None:
    path = write(tmp_path, "text\r\n\r\n  \r\nhello\r\n\r\n")
    assert outcome(path) == ["hello"]


def test_empty_text_cell_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path, 'id,text\n1,\n2,"  "\n3\n4,ok\n')
    assert outcome(path) == [(2, "empty text"), (3, "empty text"), (4, "missing required field 'text'"), "ok"]


def test_invalid_utf8_rejects_the_record_that_holds_it(tmp_path: Path) -> None:
    path = write(tmp_path, b'text\n"multi\nline \xff here"\nfine\n')
    assert outcome(path) == [(2, "invalid UTF-8 at byte 6 (0xff)"), "fine"]


def test_stray_quote_is_a_reject_and_the_next_row_imports(tmp_path: Path) -> None:
    path = write(tmp_path, 'id,text\n1,"bad"quote\n2,good\n')
    assert outcome(path) == [(2, "CSV error: ',' expected after '\"'"), "good"]


def test_unclosed_quote_is_rejected_at_its_start_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'id,text\n1,fine\n2,"never closed\n3,swallowed\n')
    assert outcome(path) == [
        "fine", (3, "CSV error: quoted field is never closed (it runs to the end of the file)"),
    ]  # fmt: skip


def test_bom_before_header_is_accepted(tmp_path: Path) -> None:
    assert outcome(write(tmp_path, b"\xef\xbb\xbftext\nhola\n")) == ["hola"]


def test_long_text_boundary_in_csv(tmp_path: Path) -> None:
    path = write(tmp_path, "text\n" + "a" * 100_000 + "\n" + "b" * 100_001 + "\n")
    results = outcome(path)
    assert results[0] == "a" * 100_000
    assert results[1] == (3, "text longer than 100000 characters (100001)")


def test_header_row_without_text_column_raises(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"must have a 'text' column \(found: id, body\)"):
        iter_import_file(write(tmp_path, "id,body\n1,hello\n"))


@pytest.mark.parametrize("data", [b"", b"\n\n", b"\x00\x01\xff\xfe garbage"])
def test_empty_or_garbage_csv_raises(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(ImportFileError):
        iter_import_file(write(tmp_path, data))


def test_duplicate_columns_raise(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="repeats column"):
        iter_import_file(write(tmp_path, "text,Text\na,b\n"))


def test_platform_looking_columns_stay_generic(tmp_path: Path) -> None:
    # A CSV row is never sniffed as a platform envelope, whatever its column names.
    path = write(tmp_path, "object,entry,text\npage,x,hello\n")
    [result] = list(iter_import_file(path))
    assert isinstance(result, RawItem)
    assert (result.platform, result.text) == ("other", "hello")
