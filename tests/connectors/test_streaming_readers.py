"""The shared stream readers: line splitting, SSE and NDJSON parsing, opening a stream (no server)."""

from __future__ import annotations

import threading

import httpx
import pytest

from consuldesk.connectors.models import PublishError, RetryAfter
from consuldesk.connectors.streaming import LineSplitter, SseEvent, iter_ndjson, iter_sse, stream_lines


def split(*chunks: bytes, max_line: int = 1 << 20) -> list[bytes]:
    splitter = LineSplitter(max_line=max_line)
    return [line for chunk in chunks for line in splitter.feed(chunk)]


def test_lines_end_at_cr_lf_or_crlf_even_across_chunks() -> None:
    assert split(b'{"a":1}\r\n\r\n{"b"', b':2}\r', b"\n", b"x\ry\nz") == [b'{"a":1}', b"", b'{"b":2}', b"x", b"y"]
    assert split(b"a\r", b"\r\n") == [b"a", b""]  # two line ends: CR, then CRLF


def test_unicode_line_separators_inside_json_do_not_split() -> None:
    line = '{"text":"first\u2028second\u0085third"}'.encode()
    assert split(line + b"\r\n") == [line]


def test_an_endless_line_is_refused() -> None:
    with pytest.raises(ValueError, match="longer than"):
        split(b"x" * 100, max_line=64)


def test_sse_events_heartbeats_and_multiline_data() -> None:
    lines = [":)", ":thump", "event: update", 'data: {"id":"1"}', "", "event: notification", "data:line one",
             "data: line two", "id: 42", "", "event: delete", "", "data: plain", "", ":thump"]
    assert list(iter_sse(lines)) == [
        SseEvent("update", '{"id":"1"}'),
        SseEvent("notification", "line one\nline two", "42"),
        SseEvent("message", "plain", "42"),
    ]


def test_ndjson_skips_keepalives_and_garbage() -> None:
    lines = ["", "  ", '{"data": {"id": "1"}}', "[1, 2]", "{truncated", '{"errors": []}']
    assert list(iter_ndjson(lines, "x")) == [{"data": {"id": "1"}}, {"errors": []}]


def _client(handler: httpx.MockTransport) -> httpx.Client:
    return httpx.Client(base_url="https://api.example", transport=handler)


def _check(response: httpx.Response) -> None:
    if response.status_code == 429:
        raise RetryAfter(7)
    raise PublishError("x", response.text, status=response.status_code)


def test_stream_lines_reads_until_the_body_ends() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=b"one\r\n\r\ntwo\r\n"))
    with _client(transport) as client:
        lines = stream_lines(client, client.build_request("GET", "/s"), platform="x", stop=threading.Event(),
                             silence=1.0, check=_check)
        assert list(lines) == ["one", "", "two"]


def test_stream_lines_hands_errors_to_check() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(429, content=b"slow down"))
    with _client(transport) as client, pytest.raises(RetryAfter):
        list(stream_lines(client, client.build_request("GET", "/s"), platform="x", stop=threading.Event(),
                          silence=1.0, check=_check))


def test_stream_lines_follows_only_what_follow_accepts() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.example":
            return httpx.Response(301, headers={"location": "https://stream.example/s"})
        return httpx.Response(200, content=b"moved\n")

    with _client(httpx.MockTransport(handler)) as client:
        def follow(response: httpx.Response) -> httpx.Request:
            return client.build_request("GET", response.headers["location"])

        lines = stream_lines(client, client.build_request("GET", "/s"), platform="x", stop=threading.Event(),
                             silence=1.0, check=_check, follow=follow)
        assert list(lines) == ["moved"]
        with pytest.raises(PublishError) as refused:
            list(stream_lines(client, client.build_request("GET", "/s"), platform="x", stop=threading.Event(),
                              silence=1.0, check=_check))
        assert refused.value.status == 301
