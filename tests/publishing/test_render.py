"""The renderer: one advisory → per-platform renditions within limits, threads, facets, media, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consuldesk.core.types import Platform
from consuldesk.publishing.render import (
    DEFAULT_LIMITS,
    Advisory,
    RenderError,
    Rendition,
    linkedin_escape,
    mastodon_limits,
    render,
    render_all,
    render_command,
)
from consuldesk.publishing.text_metrics import grapheme_length, utf8_length, x_weighted_length

FAMILY = "👨‍👩‍👧‍👦"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _words(word: str, count: int) -> str:
    return " ".join([word] * count)


def _texts(rendition: Rendition) -> list[str]:
    return [part.text for part in rendition.parts]


def _strip_number(text: str) -> str:
    return text.rsplit(" (", 1)[0]


# --- X: 280 weighted characters ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "weight"),
    [
        pytest.param(_words("abcd", 56) + "x", 280, id="ascii"),
        pytest.param(_words("大使館", 40) + "a", 280, id="cjk"),
        pytest.param(_words("Консульство", 23) + "abcde", 280, id="cyrillic"),
    ],
)
def test_x_280_is_one_part_and_281_is_a_thread(title: str, weight: int) -> None:
    assert x_weighted_length(title) == weight
    assert _texts(render(Advisory(title=title), Platform.X)) == [title]

    longer = render(Advisory(title=title + "b"), Platform.X)
    assert len(longer.parts) == 2
    assert all(x_weighted_length(text) <= 280 for text in _texts(longer))
    assert [t[-6:] for t in _texts(longer)] == [" (1/2)", " (2/2)"]


def test_x_url_counts_23_at_the_boundary() -> None:
    url = "https://consulate.gov.uk/" + "advice/" * 30  # 235 characters, weighs 23
    body = _words("word", 48) + "abc"
    advisory = Advisory(title="Visa update", body=body, urls=(url,))
    (only,) = render(advisory, "x").parts
    assert x_weighted_length(only.text) == 280 and only.text.endswith(url)

    thread = render(Advisory(title="Visa update", body=body + "d", urls=(url,)), "x")
    assert len(thread.parts) == 2
    assert thread.parts[1].text == f"{url} (2/2)"


def test_x_url_at_the_split_point_moves_whole_to_the_next_part() -> None:
    url = "https://consulate.gov.uk/travel/advice/region?id=42"
    body = _words("lorem", 44) + f" {url} " + _words("ipsum", 20)
    rendition = render(Advisory(title="Update", body=body), "x")
    first, second = _texts(rendition)[:2]
    assert "https" not in first and x_weighted_length(first + " " + url) > 280
    assert second.startswith(url)


def test_x_thread_keeps_hashtags_whole_and_numbers_every_part() -> None:
    body = " ".join(f"#Tag{i:03d}" for i in range(100))
    rendition = render(Advisory(title="Tags", body=body), "x")
    texts = _texts(rendition)
    n = len(texts)
    assert n >= 3
    assert all(t.endswith(f" ({i}/{n})") for i, t in enumerate(texts, start=1))
    rejoined = " ".join(_strip_number(t) for t in texts).split()
    assert rejoined == ["Tags", *body.split()]


def test_attach_card_puts_the_image_on_the_first_part_only() -> None:
    rendition = render(Advisory(title="Closure", body=_words("word", 80)), "x", attach_card=True)
    assert rendition.parts[0].media and not rendition.parts[1].media


# --- Bluesky: 300 graphemes, 3000 bytes, byte-offset facets ------------------------------------


def test_bluesky_300_graphemes_is_one_part_and_301_is_a_thread() -> None:
    title = _words("x\u0301" * 4, 60) + FAMILY  # 299 + 1 graphemes, combining marks and a ZWJ sequence
    assert grapheme_length(title) == 300
    assert _texts(render(Advisory(title=title), "bluesky")) == [title]

    thread = render(Advisory(title=title + FAMILY), "bluesky")
    assert len(thread.parts) == 2
    assert all(grapheme_length(text) <= 300 for text in _texts(thread))


def test_bluesky_byte_limit_applies_before_the_grapheme_limit() -> None:
    limits = DEFAULT_LIMITS[Platform.BLUESKY]
    assert limits.fits(FAMILY * 120)  # 120 graphemes, 3,000 bytes
    assert not limits.fits(FAMILY * 121)  # 121 graphemes, 3,025 bytes
    thread = render(Advisory(title=_words(FAMILY * 10, 15)), "bluesky")
    assert len(thread.parts) == 2 and all(utf8_length(t) <= 3000 for t in _texts(thread))


def test_bluesky_facets_use_utf8_byte_offsets() -> None:
    advisory = Advisory(
        title="Консульство: https://example.org",
        body="Пишіть @consul.bsky.social 🇺🇦 #Віза https://consulate.gov.uk/віза?x=1.",
        mentions={"@Consul.bsky.social": "did:plc:abc123"},
    )
    (part,) = render(advisory, "bluesky").parts
    raw = part.text.encode("utf-8")
    found = [(raw[f["index"]["byteStart"] : f["index"]["byteEnd"]].decode(), f["features"][0]) for f in part.facets]
    assert found == [
        ("https://example.org", {"$type": "app.bsky.richtext.facet#link", "uri": "https://example.org"}),
        ("@consul.bsky.social", {"$type": "app.bsky.richtext.facet#mention", "did": "did:plc:abc123"}),
        ("#Віза", {"$type": "app.bsky.richtext.facet#tag", "tag": "Віза"}),
        (
            "https://consulate.gov.uk/віза?x=1",
            {"$type": "app.bsky.richtext.facet#link", "uri": "https://consulate.gov.uk/%D0%B2%D1%96%D0%B7%D0%B0?x=1"},
        ),
    ]
    assert part.facets[0]["index"] == {"byteStart": 24, "byteEnd": 43}  # platforms.md §9


def test_bluesky_mentions_without_a_known_did_get_no_facet() -> None:
    (part,) = render(Advisory(title="Ask @someone.bsky.social"), "bluesky").parts
    assert part.facets == []


def test_bluesky_facets_are_computed_per_part_of_a_thread() -> None:
    url = "https://consulate.gov.uk/a"
    body = _words("слово", 45) + f" {url} #Віза"
    rendition = render(Advisory(title="Заголовок", body=body), "bluesky")
    assert len(rendition.parts) == 2
    last = rendition.parts[-1]
    raw = last.text.encode()
    assert [raw[f["index"]["byteStart"] : f["index"]["byteEnd"]].decode() for f in last.facets] == [url, "#Віза"]
    assert rendition.parts[0].facets == []


def test_bluesky_refuses_a_url_longer_than_a_post() -> None:
    with pytest.raises(RenderError):
        render(Advisory(title="Link", urls=("https://consulate.gov.uk/" + "a" * 400,)), "bluesky")


# --- Mastodon: the instance's limit -------------------------------------------------------------


def test_mastodon_default_500_and_configurable_limit() -> None:
    title = _words("abcd", 100)  # 499 characters
    assert len(render(Advisory(title=title + "e"), "mastodon").parts) == 1
    assert len(render(Advisory(title=title + "ef"), "mastodon").parts) == 2
    assert len(render(Advisory(title=title + "ef"), "mastodon", mastodon_limits(1000)).parts) == 1


def test_mastodon_counts_urls_as_reserved_characters() -> None:
    url = "https://consulate.gov.uk/" + "x" * 300
    (part,) = render(Advisory(title=_words("abcd", 95), urls=(url,)), "mastodon").parts
    assert url in part.text


# --- Instagram: caption, hashtags, required media ------------------------------------------------


def test_instagram_always_carries_the_card_with_alt_text() -> None:
    advisory = Advisory(title="Flooding in the south", body="Avoid river crossings.", level=4, country="Chile")
    (part,) = render(advisory, "instagram").parts
    (media,) = part.media
    assert media.data.startswith(PNG_MAGIC) and media.mime_type == "image/png"
    assert (media.width, media.height) == (1080, 1080)
    assert media.alt_text == "Level 4: Do not travel — Flooding in the south. Chile. Avoid river crossings."
    custom = render(Advisory(title="T", image_alt="A red card reading 'Do not travel'"), "instagram")
    assert custom.parts[0].media[0].alt_text == "A red card reading 'Do not travel'"


def test_instagram_caption_is_shortened_at_a_word_and_keeps_url_and_tags() -> None:
    url = "https://consulate.gov.uk/advice"
    advisory = Advisory(title="Long", body=_words("lorem", 500), urls=(url,), hashtags=("Travel",))
    rendition = render(advisory, "instagram")
    (text,) = _texts(rendition)
    assert len(text) <= 2200
    assert text.endswith(f"lorem…\n\n{url}\n\n#Travel")
    assert rendition.warnings and "shortened" in rendition.warnings[0]


def test_instagram_caption_2200_fits_and_2201_is_shortened() -> None:
    limits = DEFAULT_LIMITS[Platform.INSTAGRAM]
    assert limits.fits("a" * 2200) and not limits.fits("a" * 2201)
    title = _words("abcd", 440)[:-1]  # 2,199 characters
    assert _texts(render(Advisory(title=title[:-1] + "x"), "instagram")) == [title[:-1] + "x"]


def test_instagram_caps_hashtags_at_30() -> None:
    tags = tuple(f"tag{i}" for i in range(35))
    rendition = render(Advisory(title="Tags #inline", hashtags=tags), "instagram")
    assert rendition.parts[0].text.count("#") == 30
    assert rendition.warnings == ("dropped 6 hashtag(s) over the limit of 30",)
    with pytest.raises(RenderError):
        render(Advisory(title=" ".join(f"#t{i}x" for i in range(31))), "instagram")
    with pytest.raises(RenderError):
        render(Advisory(title=" ".join(f"@user{i}" for i in range(21))), "instagram")


# --- LinkedIn and Facebook ---------------------------------------------------------------------


def test_linkedin_escapes_every_reserved_character() -> None:
    assert linkedin_escape(r"a\b|c{d}e@f[g]h(i)j<k>l*m_n~o #Tag_1") == (
        r"a\\b\|c\{d\}e\@f\[g\]h\(i\)j\<k\>l\*m\_n\~o {hashtag|\#|Tag\_1}"
    )
    (part,) = render(Advisory(title="Visa (D) *now*", hashtags=("Visa",)), "linkedin").parts
    assert part.text == "Visa \\(D\\) \\*now\\*\n\n{hashtag|\\#|Visa}"


def test_linkedin_limit_is_measured_after_escaping() -> None:
    rendition = render(Advisory(title="T", body=_words("(x)", 1000)), "linkedin")
    assert len(rendition.parts[0].text) <= 3000 and rendition.warnings


def test_facebook_keeps_long_form_in_one_part() -> None:
    body = "\n\n".join(_words("paragraph", 100) for _ in range(8))
    (part,) = render(Advisory(title="Long form", body=body), "facebook").parts
    assert part.text == f"Long form\n\n{body}"


# --- composition, API surface, validation ------------------------------------------------------


def test_render_all_covers_every_supported_platform() -> None:
    advisory = Advisory(title="Office closed", body="Reopens Monday.", urls=("https://consulate.gov.uk/",))
    renditions = render_all(advisory)
    assert set(renditions) == {
        Platform.X,
        Platform.BLUESKY,
        Platform.MASTODON,
        Platform.INSTAGRAM,
        Platform.LINKEDIN,
        Platform.FACEBOOK,
    }
    limits = {Platform.MASTODON: mastodon_limits(30)}
    assert len(render_all(advisory, ["mastodon"], limits)[Platform.MASTODON].parts) > 1


def test_urls_already_in_the_body_are_not_repeated() -> None:
    url = "https://consulate.gov.uk/a"
    (part,) = render(Advisory(title="T", body=f"See {url}.", urls=(url,)), "facebook").parts
    assert part.text.count(url) == 1


def test_level_badge_is_neutral_outside_english() -> None:
    (part,) = render(Advisory(title="Grève", language="fr", level=2), "facebook").parts
    assert part.text == "2/4 — Grève"


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"title": " "}, id="empty-title"),
        pytest.param({"title": "T", "level": 5}, id="level-5"),
        pytest.param({"title": "T", "urls": ("ftp://x.org",)}, id="not-http"),
        pytest.param({"title": "T", "hashtags": ("two words",)}, id="bad-tag"),
        pytest.param({"title": "T", "language": "english!"}, id="bad-language"),
    ],
)
def test_advisory_rejects_invalid_input(kwargs: dict[str, object]) -> None:
    with pytest.raises(RenderError):
        Advisory(**kwargs)


def test_unknown_or_unsupported_platforms_raise() -> None:
    with pytest.raises(RenderError, match="unknown platform"):
        render(Advisory(title="T"), "myspace")
    with pytest.raises(RenderError, match="no renderer"):
        render(Advisory(title="T"), Platform.TELEGRAM)


# --- `consuldesk render` -----------------------------------------------------------------------


def test_render_command_reads_a_json_advisory(tmp_path: Path) -> None:
    path = tmp_path / "advisory.json"
    path.write_text(
        json.dumps(
            {
                "title": "Протест",
                "body": "Уникайте центру.",
                "url": "https://consulate.gov.uk/ua",
                "hashtags": ["Україна"],
                "language": "uk",
                "level": 3,
                "country": "UA",
            }
        ),
        encoding="utf-8",
    )
    out = render_command("bluesky", path)
    assert out["platform"] == "bluesky" and out["language"] == "uk" and out["warnings"] == []
    assert out["parts"][0]["text"] == "3/4 — Протест\n\nУникайте центру.\n\nhttps://consulate.gov.uk/ua\n\n#Україна"
    assert {f["features"][0]["$type"] for f in out["parts"][0]["facets"]} == {
        "app.bsky.richtext.facet#link",
        "app.bsky.richtext.facet#tag",
    }
    json.dumps(out)  # JSON-ready


def test_render_command_reads_markdown_and_describes_media(tmp_path: Path) -> None:
    path = tmp_path / "advisory.md"
    path.write_text("# Office closed\n\nSee **the** [notice](https://consulate.gov.uk/n).\n", encoding="utf-8")
    out = render_command("instagram", path)
    (part,) = out["parts"]
    assert part["text"] == "Office closed\n\nSee the notice https://consulate.gov.uk/n."
    assert part["media"][0]["mime_type"] == "image/png" and part["media"][0]["bytes"] > 0
    short = render_command("mastodon", path, mastodon_max_characters=35)["parts"]
    assert [p["text"][-6:] for p in short] == [" (1/2)", " (2/2)"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param("a.json", "{not json", id="bad-json"),
        pytest.param("a.json", "[]", id="not-object"),
        pytest.param("a.json", '{"title": "T", "colour": "red"}', id="unknown-field"),
        pytest.param("a.json", '{"body": "no title"}', id="missing-title"),
        pytest.param("a.txt", "   \n", id="empty-text"),
    ],
)
def test_render_command_rejects_bad_files(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RenderError):
        render_command("x", path)
    with pytest.raises(RenderError):
        render_command("x", tmp_path / "missing.txt")


def test_render_command_accepts_a_single_string_for_list_fields(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('{"title": "T", "hashtags": "Visa", "urls": "https://consulate.gov.uk/v"}', encoding="utf-8")
    assert render_command("facebook", path)["parts"][0]["text"] == "T\n\nhttps://consulate.gov.uk/v\n\n#Visa"
    path.write_text('{"title": "T", "hashtags": [1, 2]}', encoding="utf-8")
    with pytest.raises(RenderError):
        render_command("facebook", path)
    with pytest.raises(RenderError):
        render_all(Advisory(title="T"), ["friendster"])
