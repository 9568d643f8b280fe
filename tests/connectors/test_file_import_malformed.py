"""Bad input in JSON/JSONL files: every fault costs one record, with its file, line and reason."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from consuldesk.connectors.file_import import ImportFileError, Rejected, iter_import_file
from consuldesk.connectors.file_import import detect as detect_module
from consuldesk.connectors.models import RawItem


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def run(path: Path, **kwargs: int) -> list[RawItem | Rejected]:
    return list(iter_import_file(path, **kwargs))


def outcome(results: list[RawItem | Rejected]) -> list[tuple[int, str] | str]:
    """Rejects as (line, reason), items as their text: one list shows order and line accuracy."""
    return [(r.line, r.reason) if isinstance(r, Rejected) else r.text for r in results]


GOOD = b'{"text": "ok"}\n'


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"text": "a" "b"}', "invalid JSON: unexpected character, expected ',' or '}' (col 14)"),
        (b'{"text": "unterminated', "invalid JSON: unexpected end of data (col 23)"),
        (b"[1, 2]", "expected a JSON object, got array"),
        (b'"just a string"', "expected a JSON object, got string"),
        (b"42", "expected a JSON object, got number"),
        (b"null", "expected a JSON object, got null"),
        (b'{"a": 1, "b": 2}', "unrecognised record shape (keys: a, b)"),
        (b"{}", "unrecognised record shape (keys: none)"),
        (b'{"text": 5}', "field 'text' must be a string, got number"),
        (b'{"text": null}', "missing required field 'text'"),
        (b'{"text": "   \\n"}', "empty text"),
        (b'{"text": ""}', "empty text"),
        (b'{"text": "hi", "platform": "myspace"}', "unknown platform 'myspace' (expected one of: x, facebook, "
         "instagram, messenger, whatsapp, telegram, mastodon, bluesky, linkedin, other)"),
        (b'{"text": "hi", "kind": "story"}', "unknown kind 'story' (expected one of: comment, dm, post, reply)"),
        (b'{"text": "hi", "created_at": "yesterday"}',
         "field 'created_at' is not an ISO 8601 date-time or unix timestamp: 'yesterday'"),
        (b'{"text": "hi", "created_at": true}',
         "field 'created_at' is not an ISO 8601 date-time or unix timestamp: 'True'"),
        (b'{"text": "hi", "id": {"n": 1}}', "field 'id' must be a string or integer id, got object"),
        (b'{"text": "hi", "author": ["x"]}', "field 'author' must be a string, got array"),
        (b'{"data": {"id": "1"}}', "missing required field 'data.text'"),
        (b'{"data": [{"id": "1", "text": "a"}, "oops"]}', "field 'data[1]' must be an object, got string"),
        (b'{"object": "page", "entry": [{"id": "1", "changes": [{"field": "feed", "value": {"item": "status", '
         b'"verb": "add", "post_id": "1_2"}}]}]}', "missing required field 'entry[0].changes[0].value.message'"),
        (b'{"object": "user", "entry": []}', "unsupported Meta webhook object 'user'"),
        (b'{"object": "page", "entry": {"id": "1"}}', "field 'entry' must be an array, got object"),
        (b'{"update_id": 1, "message": {"message_id": 1, "text": "hi"}}', "missing required field 'message.chat'"),
        (b'{"id": "1", "content": 7, "account": {"id": "2"}}', "field 'content' must be a string, got number"),
        (b'{"errors": [{"title": "ConnectionException", "detail": "Too many connections"}]}',
         "X error message without data (ConnectionException: Too many connections)"),
    ],
)  # fmt: skip
def test_bad_line_is_rejected_and_the_rest_imported(tmp_path: Path, line: bytes, reason: str) -> None:
    path = write(tmp_path, "in.jsonl", GOOD + line + b"\n" + GOOD)
    results = run(path)
    assert outcome(results) == ["ok", (2, reason), "ok"]
    rejected = results[1]
    assert isinstance(rejected, Rejected)
    assert rejected.file == str(path)
    assert rejected.raw == line.decode()


def test_invalid_utf8_rejects_only_that_line(tmp_path: Path) -> None:
    path = write(tmp_path, "in.jsonl", GOOD + b'{"text": "caf\xe9"}\n' + '{"text": "café ✓"}\n'.encode())
    results = run(path)
    assert outcome(results) == ["ok", (2, "invalid UTF-8 at byte 14 (0xe9)"), "café ✓"]
    assert isinstance(results[1], Rejected)
    assert results[1].raw == '{"text": "caf\ufffd"}'


def test_empty_lines_are_skipped_and_line_numbers_stay_physical(tmp_path: Path) -> None:
    path = write(tmp_path, "in.jsonl", b"\n\r\n   \n" + GOOD + b"\n\t\n" + b"{bad}\n")
    assert outcome(run(path)) == ["ok", (7, "invalid JSON: unexpected character, expected a string key (col 2)")]


def test_crlf_line_endings_and_missing_final_newline(tmp_path: Path) -> None:
    path = write(tmp_path, "in.jsonl", b'{"text": "a"}\r\n{"text": "b"}')
    assert outcome(run(path)) == ["a", "b"]


def test_bom_at_file_start_is_accepted(tmp_path: Path) -> None:
    assert outcome(run(write(tmp_path, "in.jsonl", b"\xef\xbb\xbf" + GOOD))) == ["ok"]
    assert outcome(run(write(tmp_path, "in.json", b'\xef\xbb\xbf[{"text": "ok"}]'))) == ["ok"]


def test_binary_garbage_file_yields_rejects_and_never_raises(tmp_path: Path) -> None:
    block = bytes(b for b in range(256) if b != ord("\n"))
    garbage = block * 40 + b"\n\x00\x01\x02\n\xff\xfe\xfd"
    results = run(write(tmp_path, "in.jsonl", garbage))
    assert results
    assert all(isinstance(r, Rejected) for r in results)
    assert [r.line for r in results if isinstance(r, Rejected)] == [1, 2, 3]


def test_text_length_cap_is_inclusive(tmp_path: Path) -> None:
    lines = [orjson.dumps({"id": str(n), "text": "é" * n}) for n in (100_000, 100_001)]
    results = run(write(tmp_path, "in.jsonl", b"\n".join(lines)))
    assert isinstance(results[0], RawItem)
    assert len(results[0].text) == 100_000
    assert isinstance(results[1], Rejected)
    assert (results[1].line, results[1].reason) == (2, "text longer than 100000 characters (100001)")
    assert len(results[1].raw) == 10_000  # the rejects file gets a truncated copy


def test_text_length_cap_applies_to_platform_payloads_and_is_configurable(tmp_path: Path) -> None:
    tweet = {"data": {"id": "1", "text": "short", "note_tweet": {"text": "x" * 21}}}
    path = write(tmp_path, "in.jsonl", orjson.dumps(tweet))
    assert outcome(run(path, max_text_chars=20)) == [(1, "text longer than 20 characters (21)")]
    assert outcome(run(path, max_text_chars=21)) == ["x" * 21]


def test_over_long_line_is_rejected_without_reading_it_whole(tmp_path: Path) -> None:
    # 17 MiB with no newline (a binary blob renamed .jsonl): one reject, then the next line imports.
    path = write(tmp_path, "in.jsonl", b"a" * (17 * 1024 * 1024) + b"\n" + GOOD)
    results = run(path, max_text_chars=1000)
    assert outcome(results) == [(1, "line longer than 16777216 bytes"), "ok"]


def test_record_with_several_items_is_all_or_nothing(tmp_path: Path) -> None:
    envelope = {"data": [{"id": "1", "text": "fine"}, {"id": "2", "text": "x" * 11}]}
    path = write(tmp_path, "in.jsonl", orjson.dumps(envelope))
    assert outcome(run(path, max_text_chars=10)) == [(1, "text longer than 10 characters (11) in item 2")]


def test_mapper_bug_costs_one_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(obj: object) -> list[RawItem]:
        raise KeyError("boom")

    monkeypatch.setattr(detect_module, "map_telegram", broken)
    path = write(tmp_path, "in.jsonl", b'{"update_id": 1}\n' + GOOD)
    assert outcome(run(path)) == [(1, "could not map record (KeyError: 'boom')"), "ok"]


# -- .json files -------------------------------------------------------------------------------


def test_json_array_rejects_carry_the_record_index(tmp_path: Path) -> None:
    path = write(tmp_path, "in.json", b'[\n  {"text": "a"},\n  {"nope": 1},\n  7,\n  {"text": "b"}\n]\n')
    results = run(path)
    assert outcome(results) == [
        "a", (2, "unrecognised record shape (keys: nope)"), (3, "expected a JSON object, got number"), "b",
    ]  # fmt: skip
    assert isinstance(results[1], Rejected)
    assert results[1].raw == '{"nope":1}'


def test_json_single_object_is_record_one(tmp_path: Path) -> None:
    assert outcome(run(write(tmp_path, "in.json", b'{"text": "solo"}'))) == ["solo"]
    assert outcome(run(write(tmp_path, "bad.json", b'{"a": 1}'))) == [(1, "unrecognised record shape (keys: a)")]


def test_invalid_json_file_is_one_reject_with_position(tmp_path: Path) -> None:
    path = write(tmp_path, "in.json", b'[\n  {"text": "a"},\n  {"text": "b",,}\n]\n')
    assert outcome(run(path)) == [(1, "invalid JSON: unexpected character, expected a string key (line 3, col 16)")]


def test_json_lines_saved_as_json_are_read_line_by_line(tmp_path: Path) -> None:
    path = write(tmp_path, "in.json", GOOD + b"{broken\n" + GOOD)
    assert outcome(run(path)) == [
        "ok", (2, "invalid JSON: unexpected character, expected a string key (col 2)"), "ok",
    ]  # fmt: skip


def test_empty_files_yield_nothing(tmp_path: Path) -> None:
    for name in ("a.json", "b.jsonl", "c.ndjson"):
        assert run(write(tmp_path, name, b"\n  \n")) == []


# -- file-level failures -------------------------------------------------------------------------


def test_missing_file_raises_before_iteration(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="no such file"):
        iter_import_file(tmp_path / "absent.jsonl")  # raised by the call itself, not by next()


@pytest.mark.parametrize("name", ["data.txt", "data.xml", "data", "data.json.gz"])
def test_unknown_extension_raises(tmp_path: Path, name: str) -> None:
    with pytest.raises(ImportFileError, match="unsupported file extension"):
        iter_import_file(write(tmp_path, name, GOOD))


def test_directory_raises(tmp_path: Path) -> None:
    (tmp_path / "dir.jsonl").mkdir()
    with pytest.raises(ImportFileError, match="not a regular file"):
        iter_import_file(tmp_path / "dir.jsonl")


def test_extension_is_case_insensitive(tmp_path: Path) -> None:
    assert outcome(run(write(tmp_path, "IN.JSONL", GOOD))) == ["ok"]
