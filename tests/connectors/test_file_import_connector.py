"""FileImportConnector paging and cursors, and streaming a large file with flat memory."""

from __future__ import annotations

import inspect
import tracemalloc
from pathlib import Path

import orjson
import pytest

from consuldesk.connectors.base import Fetches
from consuldesk.connectors.file_import import FileImportConnector, ImportFileError, iter_import_file
from consuldesk.connectors.models import Cursor, RawItem


def jsonl(tmp_path: Path, records: list[object]) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))
    return path


def texts(items: list[RawItem]) -> list[str]:
    return [i.text for i in items]


def test_it_is_a_fetches_connector(tmp_path: Path) -> None:
    assert isinstance(FileImportConnector(jsonl(tmp_path, [])), Fetches)


def test_pages_through_items_and_collects_rejects(tmp_path: Path) -> None:
    path = jsonl(tmp_path, [{"text": "a"}, {"text": "b"}, {"bad": 1}, {"text": "c"}, {"text": "d"}, {"text": "e"}])
    connector = FileImportConnector(path, page_size=2)
    pages, cursor = [], None
    while True:
        items, cursor = connector.fetch(cursor)
        if not items:
            break
        pages.append((texts(items), cursor))
    # The cursor counts records, rejected ones included, so "c" resumes after record 4.
    assert pages == [(["a", "b"], Cursor("2")), (["c", "d"], Cursor("5")), (["e"], Cursor("6"))]
    assert cursor == Cursor("6")
    assert [(r.line, r.reason) for r in connector.rejected] == [(3, "unrecognised record shape (keys: bad)")]
    assert connector.fetch(cursor) == ([], Cursor("6"))  # a poll at the end keeps its place


def test_a_new_connector_resumes_from_a_cursor(tmp_path: Path) -> None:
    path = jsonl(tmp_path, [{"text": t} for t in "abcdef"])
    items, cursor = FileImportConnector(path, page_size=4).fetch(None)
    assert (texts(items), cursor) == (["a", "b", "c", "d"], Cursor("4"))
    items, cursor = FileImportConnector(path, page_size=4).fetch(cursor)
    assert (texts(items), cursor) == (["e", "f"], Cursor("6"))
    assert texts(FileImportConnector(path).fetch(Cursor("5"))[0]) == ["f"]


def test_refetching_an_old_cursor_repeats_the_same_page_but_not_its_rejects(tmp_path: Path) -> None:
    path = jsonl(tmp_path, [{"text": "a"}, {"text": "b"}, {"bad": 1}, {"text": "c"}, {"text": "d"}])
    connector = FileImportConnector(path, page_size=2)
    first = connector.fetch(None)
    second = connector.fetch(first[1])
    assert (texts(second[0]), second[1]) == (["c", "d"], Cursor("5"))
    assert connector.fetch(first[1]) == second
    assert connector.fetch(None) == first
    assert len(connector.rejected) == 1


def test_an_envelopes_items_are_never_split_across_pages(tmp_path: Path) -> None:
    envelope = {"data": [{"id": str(n), "text": f"x{n}"} for n in range(3)]}
    path = jsonl(tmp_path, [{"text": "a"}, envelope, {"text": "b"}])
    connector = FileImportConnector(path, page_size=2)
    first, c1 = connector.fetch(None)
    second, c2 = connector.fetch(c1)
    third, c3 = connector.fetch(c2)
    # The envelope's three items do not fit after "a", so they wait and then come out together.
    assert (texts(first), c1) == (["a"], Cursor("1"))
    assert (texts(second), c2) == (["x0", "x1", "x2"], Cursor("2"))
    assert (texts(third), c3) == (["b"], Cursor("3"))


def test_bad_arguments(tmp_path: Path) -> None:
    path = jsonl(tmp_path, [{"text": "a"}])
    with pytest.raises(ValueError, match="page_size"):
        FileImportConnector(path, page_size=0)
    with pytest.raises(ValueError, match="not a file-import cursor"):
        FileImportConnector(path).fetch(Cursor("abc"))
    with pytest.raises(ImportFileError):
        FileImportConnector(tmp_path / "missing.jsonl")


def test_close_releases_the_file_and_fetch_reopens(tmp_path: Path) -> None:
    connector = FileImportConnector(jsonl(tmp_path, [{"text": "a"}, {"text": "b"}]), page_size=1)
    _, cursor = connector.fetch(None)
    connector.close()
    assert texts(connector.fetch(cursor)[0]) == ["b"]


def test_large_jsonl_streams_lazily_with_flat_memory(tmp_path: Path) -> None:
    lines = 50_000
    record = {"text": "Passport lost at the station, please advise. " * 4, "author": "Fictional Person"}
    path = tmp_path / "big.jsonl"
    with path.open("wb") as f:
        for n in range(lines):
            f.write(orjson.dumps(record | {"id": str(n)}) + b"\n")
    size = path.stat().st_size
    results = iter_import_file(path)
    assert inspect.isgenerator(results)
    tracemalloc.start()
    try:
        count = 0
        for result in results:
            assert isinstance(result, RawItem)
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == lines
    assert peak < size / 20  # holding the file or its items would cost at least the file's size
