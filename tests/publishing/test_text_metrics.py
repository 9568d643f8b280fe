"""Platform length rules: X weighted length, graphemes, bytes, entity finders, the thread splitter."""

from __future__ import annotations

import pytest

from consuldesk.publishing.text_metrics import (
    SplitError,
    byte_offset,
    find_bare_domains,
    find_hashtags,
    find_mentions,
    find_urls,
    grapheme_length,
    is_linkable,
    mastodon_length,
    split_text,
    utf8_length,
    utf16_length,
    x_weighted_length,
)

FAMILY = "👨‍👩‍👧‍👦"  # four emoji joined by three ZWJs: 1 grapheme, 7 code points, 25 UTF-8 bytes


# platforms.md §9 vectors (computed with twitter-text-parser 3.0.0)
@pytest.mark.parametrize(
    ("text", "weight"),
    [
        pytest.param("Консульство Республики — https://example.org/a/very/long/path 🇺🇦", 51, id="cyrillic-url-flag"),
        pytest.param("大使館" * 47, 282, id="cjk-282"),
        pytest.param("x" * 140 + "大" * 70 + "y", 281, id="mixed-281"),
        pytest.param(FAMILY, 2, id="zwj-family"),
    ],
)
def test_x_weighted_length_matches_reference_vectors(text: str, weight: int) -> None:
    assert x_weighted_length(text) == weight


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        pytest.param("a" * 280, 280, id="ascii-280"),
        pytest.param("a" * 281, 281, id="ascii-281"),
        pytest.param("大" * 140, 280, id="cjk-280"),
        pytest.param("大" * 140 + "a", 281, id="cjk-281"),
        pytest.param("한" * 139 + "ab", 280, id="hangul-280"),
        pytest.param("a" * 256 + " https://consulate.gov.uk/" + "p" * 200, 280, id="url-counts-23-280"),
        pytest.param("a" * 257 + " https://consulate.gov.uk/" + "p" * 200, 281, id="url-counts-23-281"),
        pytest.param("a" * 257 + " http://a.co", 281, id="short-url-still-23"),
        pytest.param("e\u0301" * 280, 280, id="nfc-composes-first"),
        pytest.param("“quotes” — …", 13, id="punctuation-ellipsis-weighs-2"),
        pytest.param("👍🏽🇺🇦#️⃣©", 8, id="emoji-sequences-count-2"),
    ],
)
def test_x_weighted_length_boundaries(text: str, weight: int) -> None:
    assert x_weighted_length(text) == weight


def test_x_weighted_length_counts_bare_domains_like_x() -> None:
    assert x_weighted_length("see www.gov.uk/visa.") == 4 + 23 + 1


def test_x_weighted_length_over_counts_unknown_tlds_rather_than_under_counting() -> None:
    # twitter-text does not link ".example", so X counts the 33 characters as written.
    assert x_weighted_length("https://consulate.example/visa/ab") >= 33
    assert x_weighted_length("Mr.Smith") >= 8


def test_is_linkable_needs_a_known_ascii_tld() -> None:
    assert is_linkable("https://consulate.gov.uk/a")
    assert is_linkable("www.example.org")
    assert not is_linkable("https://consulate.example/a")
    assert not is_linkable("консульство.рф")


@pytest.mark.parametrize(
    ("text", "graphemes"),
    [
        pytest.param("x\u0301" * 300, 300, id="combining-marks"),
        pytest.param(FAMILY * 300, 300, id="zwj-emoji"),
        pytest.param("🇺🇦" * 150 + "é" * 151, 301, id="flags-and-letters"),
        pytest.param("ก\u0e49" * 301, 301, id="thai-tone-marks"),
    ],
)
def test_grapheme_length_counts_user_perceived_characters(text: str, graphemes: int) -> None:
    assert grapheme_length(text) == graphemes


def test_byte_and_utf16_lengths() -> None:
    assert utf8_length(FAMILY) == 25
    assert utf16_length(FAMILY) == 11
    assert utf16_length("é大") == 2


def test_byte_offset_vector_from_platforms_md() -> None:
    text = "Консульство: https://example.org"
    (url,) = find_urls(text)
    assert (url.start, byte_offset(text, url.start), byte_offset(text, url.end)) == (13, 24, 43)


@pytest.mark.parametrize(
    ("text", "url"),
    [
        pytest.param("Read https://gov.uk/visa.", "https://gov.uk/visa", id="trailing-full-stop"),
        pytest.param("(https://gov.uk/a)", "https://gov.uk/a", id="unbalanced-paren"),
        pytest.param(
            "https://en.wikipedia.org/wiki/Foo_(bar), next", "https://en.wikipedia.org/wiki/Foo_(bar)", id="parens"
        ),
        pytest.param("https://gov.uk/です", "https://gov.uk/", id="stops-at-cjk"),
        pytest.param("HTTPS://GOV.UK/A?b=1&c=2#frag!", "HTTPS://GOV.UK/A?b=1&c=2#frag", id="query-fragment"),
    ],
)
def test_find_urls_trims_punctuation(text: str, url: str) -> None:
    assert [s.text for s in find_urls(text)] == [url]


def test_find_hashtags_and_mentions_skip_urls_and_emails() -> None:
    text = "#Visa #2026 #Віза_2026 https://gov.uk/#top https://gov.uk/@user a@b.org @consul.bsky.social #1a"
    assert [s.text for s in find_hashtags(text)] == ["#Visa", "#Віза_2026", "#1a"]
    assert [s.text for s in find_mentions(text)] == ["@consul.bsky.social"]
    assert [s.text for s in find_bare_domains("visit gov.uk or консульство.рф")] == ["gov.uk", "консульство.рф"]


def test_mastodon_length_counts_urls_as_23() -> None:
    url = "https://consulate.gov.uk/" + "a" * 100
    assert mastodon_length("é" * 476 + " " + url) == 500
    assert mastodon_length("x\u0301" * 477 + " " + url) == 501
    assert mastodon_length("https://a.example") == 23  # unknown TLD: never less than a linked URL


def _fits(limit: int):  # type: ignore[no-untyped-def]
    return lambda text: len(text) <= limit


def test_split_text_returns_one_unnumbered_part_when_it_fits() -> None:
    assert split_text("  one two  ", _fits(7)) == ["one two"]
    assert split_text("", _fits(7)) == []


def test_split_text_numbers_parts_inside_the_limit() -> None:
    words = " ".join(f"w{i:02d}" for i in range(40))
    parts = split_text(words, _fits(30))
    assert all(len(p) <= 30 for p in parts)
    assert [p.rsplit(" ", 1)[1] for p in parts] == [f"({i}/{len(parts)})" for i in range(1, len(parts) + 1)]
    assert " ".join(p.rsplit(" ", 1)[0] for p in parts) == words


def test_split_text_widens_the_suffix_for_ten_or_more_parts() -> None:
    parts = split_text(" ".join(["word"] * 60), _fits(16))
    assert len(parts) >= 10
    assert parts[0].endswith(f"(1/{len(parts)})")
    assert all(len(p) <= 16 for p in parts)


def test_split_text_moves_a_url_whole_to_the_next_part() -> None:
    url = "https://gov.uk/advice"
    parts = split_text(f"aaaa bbbb {url} cccc", _fits(28))
    assert any(url in p for p in parts)
    assert all(url in p or "https" not in p for p in parts)


def test_split_text_keeps_hashtags_and_paragraph_breaks() -> None:
    parts = split_text("alpha beta\n\ngamma #TravelAdvice delta", _fits(30), numbered=False)
    assert parts == ["alpha beta\n\ngamma", "#TravelAdvice delta"]


def test_split_text_hard_splits_an_overlong_word_as_last_resort() -> None:
    parts = split_text("short " + "x" * 25, _fits(10), numbered=False)
    assert parts == ["short", "xxxxxxxxxx", "xxxxxxxxxx", "xxxxx"]


def test_split_text_refuses_to_cut_a_url_or_hashtag() -> None:
    with pytest.raises(SplitError):
        split_text("see https://gov.uk/" + "a" * 40, _fits(30))
    with pytest.raises(SplitError):
        split_text("#" + "a" * 40, _fits(30))
