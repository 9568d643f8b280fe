"""Pure helpers of the console: PII segments, filter parsing, same-origin checks, labels and times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from consuldesk.web.security import is_same_origin
from consuldesk.web.views import (
    Segment,
    humanise,
    next_states,
    parse_filters,
    pii_segments,
    relative,
    safe_next,
)


def test_pii_segments_mark_the_spans_of_the_original_text() -> None:
    text = "Call Ana on +351 912 345 678 today"
    spans = [{"start": 12, "end": 28, "type": "PHONE"}, {"start": 5, "end": 8, "type": "PERSON"}]
    assert pii_segments(text, spans) == [
        Segment("Call "),
        Segment("Ana", "PERSON"),
        Segment(" on "),
        Segment("+351 912 345 678", "PHONE"),
        Segment(" today"),
    ]
    assert "".join(s.text for s in pii_segments(text, spans)) == text


def test_pii_segments_skip_bad_spans_instead_of_hiding_the_message() -> None:
    text = "abcdef"
    spans = [
        {"start": 1, "end": 4, "type": "EMAIL"},
        {"start": 2, "end": 5, "type": "PHONE"},
        {"start": 4, "end": 99, "type": "IBAN"},
        {"start": "x", "end": 2},
    ]
    segments = pii_segments(text, spans)
    assert "".join(s.text for s in segments) == text
    assert [s.pii for s in segments] == [None, "EMAIL", None]
    assert pii_segments("", None) == [Segment("")]


def test_parse_filters_drops_invalid_values_with_a_message() -> None:
    applied = parse_filters({"urgency": "critical", "intent": "nope", "q": "  flood ", "offset": "5"})
    assert applied.filters.urgency == "critical"
    assert applied.filters.intent is None
    assert applied.filters.q == "flood"
    assert applied.query == "urgency=critical&q=flood"
    assert len(applied.problems) == 1


def test_same_origin_compares_host_and_port() -> None:
    assert is_same_origin("http://127.0.0.1:8000", "127.0.0.1:8000", "http")
    assert is_same_origin("https://desk.example", "desk.example", "http")  # TLS ends at the proxy
    assert is_same_origin("https://desk.example:443", "desk.example", "https")
    assert not is_same_origin("https://evil.example", "desk.example", "https")
    assert not is_same_origin("http://127.0.0.1:9000", "127.0.0.1:8000", "http")
    assert not is_same_origin("null", "desk.example", "https")


def test_safe_next_only_allows_local_paths() -> None:
    assert safe_next("/cases/4?done=note") == "/cases/4?done=note"
    for target in ("https://evil.example", "//evil.example", "/\\evil.example", "", None):
        assert safe_next(target) == "/"


def test_labels_transitions_and_relative_times() -> None:
    assert humanise("emergency_assistance") == "Emergency assistance"
    assert humanise("whatsapp") == "WhatsApp"
    assert next_states("new") == ["open", "waiting", "closed"]
    assert next_states("closed") == ["open"]
    now = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
    assert relative(now + timedelta(minutes=15), now) == "in 15 min"
    assert relative(now - timedelta(minutes=125), now) == "2 h 5 min ago"
    assert relative(now.replace(tzinfo=None), now) == "now"
