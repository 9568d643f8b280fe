"""Renderer: one advisory → a rendition per platform, within that platform's limits (pure functions).

Owns `Advisory` (what an officer writes), `PlatformLimits` (how each platform counts and caps
text), `Part`/`Rendition` (what a connector sends) and the rules between them: X weighted length,
Bluesky graphemes and byte-offset facets, Mastodon's per-instance limit, Instagram's caption and
required image card, LinkedIn "Little Text" escaping and Facebook long form. X, Bluesky and Mastodon
get numbered threads when text must be split; the others are shortened at a word boundary (with a
warning) so the URL and hashtags survive. Layer: publishing; imports `core`, `errors` and the
`publishing` helpers only; no I/O except `render_command`, which reads the file it is given.

    >>> advisory = Advisory(title="Border crossing closed", body="Use the northern crossing.",
    ...                     urls=("https://consulate.example/advice",), hashtags=("TravelAdvice",), level=3)
    >>> print(render(advisory, "x").parts[0].text)
    Level 3: Reconsider travel — Border crossing closed
    <BLANKLINE>
    Use the northern crossing.
    <BLANKLINE>
    https://consulate.example/advice
    <BLANKLINE>
    #TravelAdvice
    >>> render(advisory, "bluesky").parts[0].facets[0]["index"]
    {'byteStart': 83, 'byteEnd': 115}
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

import regex

from consuldesk.core.types import Platform
from consuldesk.errors import InvalidInput
from consuldesk.publishing.card import CARD_SIZE, render_card
from consuldesk.publishing.feeds.levels import TravelLevel, level_badge
from consuldesk.publishing.text_metrics import (
    Facet,
    SplitError,
    bluesky_facets,
    find_hashtags,
    find_mentions,
    find_urls,
    grapheme_length,
    linkedin_escape,
    mastodon_length,
    split_text,
    utf8_length,
    utf16_length,
    x_weighted_length,
)

__all__ = [
    "DEFAULT_LIMITS",
    "Advisory",
    "Counting",
    "Facet",
    "Media",
    "Part",
    "PlatformLimits",
    "RenderError",
    "Rendition",
    "advisory_from_dict",
    "advisory_from_text",
    "bluesky_facets",
    "linkedin_escape",
    "mastodon_limits",
    "render",
    "render_all",
    "render_command",
]

ALT_TEXT_MAX = 1000  # X's alt-text limit, the smallest of the platforms we attach media to
_LANGUAGE_RE = regex.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
_TAG_RE = regex.compile(r"^[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*$")


class RenderError(InvalidInput):
    """The advisory cannot be rendered for a platform (bad input, or a rule that cannot be met)."""

    title = "Cannot render advisory"


@dataclass(frozen=True)
class Advisory:
    """What an officer writes once; `render` adapts it to each platform.

    `hashtags` are given without `#`; `mentions` maps Bluesky handles to DIDs so `@handle` in the
    text becomes a mention facet; `level` is the travel-advisory level 1–4.
    """

    title: str
    body: str = ""
    urls: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    language: str = "en"
    level: int | None = None
    country: str | None = None
    region: str | None = None
    image_alt: str | None = None
    mentions: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise RenderError("an advisory needs a title")
        if self.level is not None and self.level not in {1, 2, 3, 4}:
            raise RenderError(f"level must be 1–4, got {self.level}")
        if not _LANGUAGE_RE.match(self.language):
            raise RenderError(f"language must be a BCP 47 tag, got {self.language!r}")
        for url in self.urls:
            if [s.text for s in find_urls(url)] != [url]:
                raise RenderError(f"not an http(s) URL: {url!r}")
        tags = tuple(tag.lstrip("#＃") for tag in self.hashtags)
        for tag in tags:
            if not _TAG_RE.match(tag):
                raise RenderError(f"not a valid hashtag: {tag!r}")
        object.__setattr__(self, "hashtags", tags)
        object.__setattr__(self, "mentions", {k.lstrip("@").lower(): v for k, v in self.mentions.items()})

    @property
    def place(self) -> str | None:
        """ "Region, Country" as given, or None."""
        return ", ".join(p for p in (self.region, self.country) if p) or None

    @property
    def heading(self) -> str:
        """The title, prefixed with the level badge when a level is set."""
        if self.level is None:
            return self.title.strip()
        return f"{level_badge(self.level, self.language)} — {self.title.strip()}"


class Counting(StrEnum):
    """What a platform's length limit counts."""

    X_WEIGHTED = "x_weighted"  # twitter-text v3 weights
    GRAPHEMES = "graphemes"  # user-perceived characters
    UTF16 = "utf16"  # the conservative choice where the platform does not say


@dataclass(frozen=True)
class PlatformLimits:
    """A platform's text rules. `url_length` = what each http(s) URL counts (None: as written)."""

    max_length: int
    counting: Counting
    url_length: int | None = None
    max_bytes: int | None = None
    threads: bool = False
    max_hashtags: int | None = None
    max_mentions: int | None = None
    requires_media: bool = False

    def measure(self, text: str) -> int:
        """Length of `text` in this platform's unit."""
        if self.counting is Counting.X_WEIGHTED:
            return x_weighted_length(text, url_length=self.url_length or 23)
        if self.counting is Counting.GRAPHEMES:
            if self.url_length is None:
                return grapheme_length(text)
            return mastodon_length(text, url_length=self.url_length)
        return utf16_length(text)

    def fits(self, text: str) -> bool:
        """True when `text` is within every limit."""
        if self.max_bytes is not None and utf8_length(text) > self.max_bytes:
            return False
        return self.measure(text) <= self.max_length


def mastodon_limits(max_characters: int = 500, characters_reserved_per_url: int = 23) -> PlatformLimits:
    """Mastodon limits from the instance's `/api/v2/instance` `configuration.statuses` values."""
    return PlatformLimits(max_characters, Counting.GRAPHEMES, url_length=characters_reserved_per_url, threads=True)


DEFAULT_LIMITS: Mapping[Platform, PlatformLimits] = {
    Platform.X: PlatformLimits(280, Counting.X_WEIGHTED, url_length=23, threads=True),
    Platform.BLUESKY: PlatformLimits(300, Counting.GRAPHEMES, max_bytes=3000, threads=True),
    Platform.MASTODON: mastodon_limits(),
    Platform.INSTAGRAM: PlatformLimits(2200, Counting.UTF16, max_hashtags=30, max_mentions=20, requires_media=True),
    Platform.LINKEDIN: PlatformLimits(3000, Counting.UTF16),  # 3,000 is a third-party figure [U]
    Platform.FACEBOOK: PlatformLimits(63206, Counting.UTF16),  # widely quoted, unofficial [U]
}


@dataclass(frozen=True)
class Media:
    """An image to upload with a part; `alt_text` is always set."""

    data: bytes
    mime_type: str
    alt_text: str
    width: int
    height: int


@dataclass(frozen=True)
class Part:
    """One post of a rendition (one element of a thread)."""

    text: str
    facets: list[Facet] = field(default_factory=list)
    media: tuple[Media, ...] = ()


@dataclass(frozen=True)
class Rendition:
    """An advisory rendered for one platform: one part, or a numbered thread."""

    platform: Platform
    parts: tuple[Part, ...]
    language: str
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form; media are described (type, size, alt text), not embedded."""
        parts: list[dict[str, Any]] = []
        for part in self.parts:
            item: dict[str, Any] = {"text": part.text}
            if part.facets:
                item["facets"] = part.facets
            if part.media:
                item["media"] = [
                    {
                        "mime_type": m.mime_type,
                        "alt_text": m.alt_text,
                        "width": m.width,
                        "height": m.height,
                        "bytes": len(m.data),
                    }
                    for m in part.media
                ]
            parts.append(item)
        return {
            "platform": str(self.platform),
            "language": self.language,
            "parts": parts,
            "warnings": list(self.warnings),
        }


def _compose(advisory: Advisory, body: str, hashtags: Iterable[str]) -> str:
    tag_line = " ".join(f"#{tag}" for tag in hashtags)
    written = f"{advisory.title}\n{advisory.body}"
    urls = "\n".join(url for url in advisory.urls if url not in written)  # no repeat of a URL in the body
    blocks = [advisory.heading, body.strip(), urls, tag_line]
    return unicodedata.normalize("NFC", "\n\n".join(b for b in blocks if b))


def _hashtag_line(advisory: Advisory, limits: PlatformLimits, warnings: list[str]) -> list[str]:
    """The advisory's hashtags not already written inline, capped by the platform's hashtag limit."""
    inline = {s.text[1:].lower() for s in find_hashtags(f"{advisory.title}\n{advisory.body}")}
    tags = [t for t in dict.fromkeys(advisory.hashtags) if t.lower() not in inline]
    if limits.max_hashtags is not None:
        room = limits.max_hashtags - len(inline)
        if room < 0:
            raise RenderError(f"the text has {len(inline)} hashtags; the platform allows {limits.max_hashtags}")
        if len(tags) > room:
            warnings.append(f"dropped {len(tags) - room} hashtag(s) over the limit of {limits.max_hashtags}")
            tags = tags[:room]
    return tags


def _shortened(advisory: Advisory, tags: list[str], fits: Callable[[str], bool], warnings: list[str]) -> str:
    """The longest text with the body cut at a word boundary (marked '…') that still fits."""
    text = _compose(advisory, advisory.body, tags)
    if fits(text):
        return text
    tokens = regex.split(r"(\s+)", advisory.body.strip())
    low, high = 0, (len(tokens) + 1) // 2  # number of words kept; binary search, fit is monotone
    while low < high:
        mid = (low + high + 1) // 2
        if fits(_compose(advisory, "".join(tokens[: 2 * mid - 1]) + "…", tags)):
            low = mid
        else:
            high = mid - 1
    body = "".join(tokens[: 2 * low - 1]) + "…" if low else ""
    text = _compose(advisory, body, tags)
    if not fits(text):
        raise RenderError("the title, URLs and hashtags alone exceed the platform's limit")
    warnings.append(f"body shortened to {low} of {(len(tokens) + 1) // 2} words to fit the limit")
    return text


def _card(advisory: Advisory) -> Media:
    alt = advisory.image_alt
    if not alt:
        alt = ". ".join(p.rstrip(".") for p in (advisory.heading, advisory.place, advisory.body.strip()) if p) + "."
    if grapheme_length(alt) > ALT_TEXT_MAX:
        alt = split_text(alt, lambda s: grapheme_length(s) <= ALT_TEXT_MAX - 1, numbered=False)[0] + "…"
    png = render_card(
        title=advisory.title,
        body=advisory.body,
        url=advisory.urls[0] if advisory.urls else None,
        level=advisory.level,
        place=advisory.place,
        language=advisory.language,
    )
    return Media(png, "image/png", alt, *CARD_SIZE)


def _unchanged(text: str) -> str:
    return text


def _platform(value: Platform | str) -> Platform:
    try:
        return Platform(value)
    except ValueError as exc:
        raise RenderError(f"unknown platform {value!r}") from exc


def render(
    advisory: Advisory,
    platform: Platform | str,
    limits: PlatformLimits | None = None,
    *,
    attach_card: bool = False,
) -> Rendition:
    """Render `advisory` for `platform` (limits default to `DEFAULT_LIMITS`; pass `mastodon_limits(n)`
    for an instance's own limit). The image card goes on Instagram always, elsewhere with `attach_card`.

    >>> parts = render(Advisory(title="Update", body="word " * 120), "x").parts
    >>> len(parts), parts[0].text[-6:], parts[-1].text[-6:]
    (3, ' (1/3)', ' (3/3)')
    """
    platform = _platform(platform)
    if limits is None:
        if platform not in DEFAULT_LIMITS:
            raise RenderError(f"no renderer for {platform}; supported: {', '.join(map(str, DEFAULT_LIMITS))}")
        limits = DEFAULT_LIMITS[platform]
    warnings: list[str] = []
    tags = _hashtag_line(advisory, limits, warnings)
    finish: Callable[[str], str] = linkedin_escape if platform is Platform.LINKEDIN else _unchanged
    if limits.threads:
        try:
            texts = split_text(_compose(advisory, advisory.body, tags), limits.fits)
        except SplitError as exc:
            raise RenderError(str(exc)) from exc
    else:
        texts = [finish(_shortened(advisory, tags, lambda t: limits.fits(finish(t)), warnings))]
    if limits.max_mentions is not None and len(find_mentions(texts[0])) > limits.max_mentions:
        raise RenderError(f"the text has more than {limits.max_mentions} @ mentions")
    parts = [Part(text) for text in texts]
    if platform is Platform.BLUESKY:
        parts = [replace(p, facets=bluesky_facets(p.text, advisory.mentions)) for p in parts]
    if limits.requires_media or attach_card:
        parts[0] = replace(parts[0], media=(_card(advisory),))
    return Rendition(platform, tuple(parts), advisory.language, tuple(warnings))


def render_all(
    advisory: Advisory,
    platforms: Iterable[Platform | str] = DEFAULT_LIMITS,
    limits: Mapping[Platform, PlatformLimits] | None = None,
) -> dict[Platform, Rendition]:
    """Render for each platform (all supported ones by default), with optional per-platform limits.

    >>> sorted(render_all(Advisory(title="Office closed today"), ["x", "mastodon"]))
    [<Platform.MASTODON: 'mastodon'>, <Platform.X: 'x'>]
    """
    overrides = limits or {}
    result = {}
    for name in platforms:
        platform = _platform(name)
        result[platform] = render(advisory, platform, overrides.get(platform))
    return result


_FIELDS = frozenset(f.name for f in fields(Advisory)) | {"url"}


def _strings(value: Any) -> tuple[str, ...]:
    """A JSON string or list of strings as a tuple ("Visa" must not become ("V", "i", "s", "a"))."""
    items = [value] if isinstance(value, str) else list(value)
    if not all(isinstance(item, str) for item in items):
        raise TypeError(f"expected a string or a list of strings, got {value!r}")
    return tuple(items)


def advisory_from_dict(data: Mapping[str, Any]) -> Advisory:
    """Build an advisory from JSON-shaped data: the `Advisory` fields, with `url` accepted for one URL."""
    unknown = set(data) - _FIELDS
    if unknown:
        raise RenderError(f"unknown advisory field(s): {', '.join(sorted(unknown))}")
    try:
        urls = _strings(data.get("urls", ())) + _strings(data.get("url") or ())
        level = data.get("level")
        return Advisory(
            title=str(data["title"]),
            body=str(data.get("body", "")),
            urls=urls,
            hashtags=_strings(data.get("hashtags", ())),
            language=str(data.get("language", "en")),
            level=None if level is None else int(TravelLevel(int(level))),
            country=data.get("country"),
            region=data.get("region"),
            image_alt=data.get("image_alt"),
            mentions=dict(data.get("mentions", {})),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise RenderError(f"invalid advisory: {exc}") from exc


def advisory_from_text(text: str, *, language: str = "en") -> Advisory:
    """Plain text or light Markdown: the first non-empty line is the title (a leading `#` heading
    mark is dropped), the rest is the body; `[label](url)` links become "label url"."""
    text = regex.sub(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", r"\1 \2", text)
    text = regex.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    lines = text.strip().splitlines()
    if not lines:
        raise RenderError("the file is empty")
    title = regex.sub(r"^#{1,6}\s+", "", lines[0]).strip()
    body = regex.sub(r"(?m)^#{1,6}\s+", "", "\n".join(lines[1:])).strip()
    return Advisory(title=title, body=body, language=language)


def render_command(platform: str, file: Path, *, mastodon_max_characters: int = 500) -> dict[str, Any]:
    """`consuldesk render --platform P --file F`: `{"platform": P, "language": …, "parts": [{"text": …}, …],
    "warnings": […]}`. A `.json` file holds one advisory object (see `advisory_from_dict`); any
    other file is plain text or Markdown (see `advisory_from_text`). Raises `RenderError`."""
    try:
        raw = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RenderError(f"cannot read {file}: {exc}") from exc
    if file.suffix.lower() == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise RenderError(f"{file} is not valid JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise RenderError(f"{file} must hold one JSON object")
        advisory = advisory_from_dict(data)
    else:
        advisory = advisory_from_text(raw)
    limits = mastodon_limits(mastodon_max_characters) if platform == Platform.MASTODON else None
    return render(advisory, platform, limits).to_dict()
