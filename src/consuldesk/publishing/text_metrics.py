"""Platform text rules: counting, segmenting and marking up text as each platform expects (pure).

Owns the length units the renderer enforces: X weighted characters (twitter-text config v3),
grapheme clusters (Bluesky, Mastodon), UTF-8 bytes and UTF-16 units; the entity finders (URLs,
hashtags, mentions) with code-point spans; `split_text`, the greedy thread splitter that never cuts
a word, URL or hashtag; Bluesky facets at UTF-8 byte offsets; LinkedIn Little Text escaping.
Layer: publishing helper; imports only `regex` and the stdlib, never other consuldesk modules, so
connectors may reuse it.

    >>> x_weighted_length("大使館 https://example.org/a/very/long/path")
    30
    >>> grapheme_length("👨‍👩‍👧‍👦 e\\u0301")
    3
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from typing import NamedTuple, TypedDict
from urllib.parse import quote

import regex

__all__ = [
    "LINKEDIN_RESERVED",
    "Facet",
    "FacetIndex",
    "Span",
    "SplitError",
    "bluesky_facets",
    "byte_offset",
    "find_bare_domains",
    "find_hashtags",
    "find_mentions",
    "find_urls",
    "grapheme_length",
    "graphemes",
    "is_emoji_cluster",
    "is_linkable",
    "linkedin_escape",
    "mastodon_length",
    "split_text",
    "utf8_length",
    "utf16_length",
    "x_weighted_length",
]

LINKEDIN_RESERVED = "\\|{}@[]()<>#*_~"
"""LinkedIn Little Text characters that must be backslash-escaped."""

X_URL_LENGTH = 23
"""twitter-text `transformedURLLength`; Mastodon's default `characters_reserved_per_url` too."""

# twitter-text config v3 ranges that weigh 1; every other code point weighs 2.
_X_LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))

# URL characters: printable ASCII (minus quotes and angle brackets) plus Latin and Cyrillic letters,
# which twitter-text also accepts in paths. Stopping at CJK keeps "https://x.org/です" from swallowing
# the CJK text, which X would weigh 2 each outside the URL.
_URL_CHARS = r"[!#-;=?-~\u00C0-\u024F\u0400-\u04FF]"
_URL_RE = regex.compile(rf"(?<![\w@/])https?://{_URL_CHARS}+", regex.IGNORECASE)
# Anything domain-like without a scheme, in any script ("gov.uk", "консульство.рф", "example.com中文").
_LABEL = r"[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?"
_BARE_DOMAIN_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}@$#＠＃])(?:{_LABEL}\.)+\p{{L}}[\p{{L}}\p{{M}}]+(?![\p{{N}}@_-])(?:/{_URL_CHARS}*)?"
)
# TLDs twitter-text certainly links: its ASCII country codes plus common generic ones. A URL with any
# other TLD is counted as if X might or might not link it (see `x_weighted_length`).
_TLD_LIST = """
ac ad ae af ag ai al am an ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt
bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es
et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie
il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma
mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om
pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr
ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tp tr tt tv tw tz ua ug uk um us uy uz va vc ve vg
vi vn vu wf ws ye yt za zm zw com org net edu gov int mil info biz name pro aero asia cat coop jobs mobi
museum tel travel app dev page news online site xyz blog tech cloud global world
"""
_KNOWN_TLDS = frozenset(_TLD_LIST.split())
_TAG_CHAR = r"[\p{L}\p{M}\p{N}_\u200c\u200d]"
_HASHTAG_RE = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}_&#＃])[#＃]{_TAG_CHAR}*[\p{{L}}\p{{M}}]{_TAG_CHAR}*")
_MENTION_RE = regex.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?")
_EMOJI_RE = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Presentation}\u20E3]")
_GRAPHEME_RE = regex.compile(r"\X")
_NESTED_DOMAIN_RE = regex.compile(r"(?:[^!-~]|[()\[\]{}]).*\.\p{L}{2}")
_TRAILING_PUNCT = ".,;:!?'\"*([{"


class Span(NamedTuple):
    """An entity found in text: code-point offsets `start` (inclusive) and `end` (exclusive)."""

    start: int
    end: int
    text: str


class SplitError(ValueError):
    """A token that must not be cut (URL, hashtag) cannot fit in one part on its own."""


def graphemes(text: str) -> list[str]:
    """Extended grapheme clusters (Unicode UAX #29), what a reader perceives as characters."""
    return list(_GRAPHEME_RE.findall(text))


def grapheme_length(text: str) -> int:
    """Number of grapheme clusters: Bluesky's `maxGraphemes` unit."""
    return len(_GRAPHEME_RE.findall(text))


def utf8_length(text: str) -> int:
    """Length in UTF-8 bytes (Bluesky `maxLength`, facet offsets)."""
    return len(text.encode("utf-8"))


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units: the largest of the common "character" counts, used where a
    platform does not say what it counts (Instagram, LinkedIn, Facebook)."""
    return len(text.encode("utf-16-le")) // 2


def byte_offset(text: str, index: int) -> int:
    """UTF-8 byte offset of code-point `index` in `text`.

    >>> byte_offset("Консульство: https://example.org", 13)
    24
    """
    return len(text[:index].encode("utf-8"))


def _trim_url(url: str) -> str:
    """Drop trailing sentence punctuation and unbalanced closing brackets from a matched URL."""
    while url:
        last = url[-1]
        unbalanced = (last == ")" and url.count("(") < url.count(")")) or (
            last == "]" and url.count("[") < url.count("]")
        )
        if last not in _TRAILING_PUNCT and not unbalanced:
            break
        url = url[:-1]
    return url


def find_urls(text: str) -> list[Span]:
    """`http(s)://` URLs, with trailing punctuation left outside the span."""
    spans = []
    for match in _URL_RE.finditer(text):
        url = _trim_url(match.group())
        if "://" in url and len(url) > url.index("://") + 3:
            spans.append(Span(match.start(), match.start() + len(url), url))
    return spans


def find_bare_domains(text: str) -> list[Span]:
    """Domain-like words without a scheme (`gov.uk/visa`, `консульство.рф`), outside any `http(s)` URL.

    Deliberately broad ("Mr.Smith" matches): length counters use it to over-count, never to
    under-count, and the splitter to keep such words whole.
    """
    taken = find_urls(text)
    spans = []
    for match in _BARE_DOMAIN_RE.finditer(text):
        if any(s.start <= match.start() < s.end for s in taken):
            continue
        url = _trim_url(match.group())
        spans.append(Span(match.start(), match.start() + len(url), url))
    return spans


def is_linkable(url: str) -> bool:
    """True when X and Mastodon certainly treat `url` as a link: an ASCII host with a well-known TLD."""
    host = regex.split(r"[/?#:]", regex.sub(r"^https?://", "", url, flags=regex.IGNORECASE), maxsplit=1)[0]
    return host.isascii() and "." in host and host.rsplit(".", 1)[1].lower() in _KNOWN_TLDS


def _outside_links(text: str, pattern: regex.Pattern[str]) -> list[Span]:
    # "https://x.org/#top" and "https://x.org/@user" hold a tag and a mention that are part of the link.
    links = find_urls(text) + find_bare_domains(text)
    return [
        Span(m.start(), m.end(), m.group())
        for m in pattern.finditer(text)
        if not any(link.start <= m.start() < link.end for link in links)
    ]


def find_hashtags(text: str) -> list[Span]:
    """Hashtags including the leading `#`; at least one letter, so `#1` is not a tag; none inside a URL."""
    return _outside_links(text, _HASHTAG_RE)


def find_mentions(text: str) -> list[Span]:
    """`@name` and `@handle.domain` mentions including the `@`; none in e-mail addresses or URLs."""
    return _outside_links(text, _MENTION_RE)


def is_emoji_cluster(cluster: str) -> bool:
    """True for a grapheme cluster that twitter-text's emoji regex counts as one emoji (weight 2)."""
    return _EMOJI_RE.search(cluster) is not None


def _x_plain_weight(text: str) -> int:
    total = 0
    for cluster in _GRAPHEME_RE.findall(text):
        if is_emoji_cluster(cluster):
            total += 2  # an emoji sequence (ZWJ family, flag, skin tone, keycap) counts 2 once
            continue
        for char in cluster:
            code = ord(char)
            total += 1 if any(lo <= code <= hi for lo, hi in _X_LIGHT_RANGES) else 2
    return total


def _x_link_weight(link: str, has_scheme: bool, url_length: int) -> int:
    if not is_linkable(link):
        # X may link none, part or all of it: its own weight plus one URL charge per possible link.
        return _x_plain_weight(link) + url_length * (1 if has_scheme else link.count("."))
    without_scheme: str = regex.sub(r"^https?://", "", link, flags=regex.IGNORECASE)
    path = without_scheme.partition("/")[2]
    if _NESTED_DOMAIN_RE.search(path):
        # twitter-text ends the URL at a bracket or non-ASCII character, so a domain after one is
        # another link: count the path as if it were text of its own.
        return url_length + _x_plain_weight(path) + url_length * path.count(".")
    return url_length


def x_weighted_length(text: str, *, url_length: int = X_URL_LENGTH) -> int:
    """X weighted length (twitter-text config v3): NFC, URLs count `url_length`, CJK and emoji 2.

    A URL or bare domain with a well-known TLD counts `url_length`, as on X. Anything else that looks
    like one (an unusual TLD, a non-ASCII host, "Mr.Smith") counts its own weight plus `url_length`
    per link twitter-text might find in it (one per scheme URL, one per dot in a bare domain), so
    ordinary text is counted exactly and unusual text over-counted. Fuzzing against twitter-text-parser
    3.0.0 found no under-count on word-separated text; only punctuation-packed garbage such as
    "gov.uk/é?y)(é" can come out 2–3 short.

    >>> x_weighted_length("x" * 140 + "大" * 70 + "y")
    281
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    total, cursor = 0, 0
    scheme = find_urls(text)
    for span in sorted(scheme + find_bare_domains(text)):
        total += _x_plain_weight(text[cursor : span.start]) + _x_link_weight(span.text, span in scheme, url_length)
        cursor = span.end
    return total + _x_plain_weight(text[cursor:])


def mastodon_length(text: str, *, url_length: int = X_URL_LENGTH) -> int:
    """Mastodon's StatusLengthValidator count: graphemes, each `http(s)` URL counting `url_length`.

    A URL with an unusual TLD counts max(its length, `url_length`), whether or not Mastodon links
    it; remote mentions (`@user@domain`) count in full. Both only ever over-count.
    """
    total, cursor = 0, 0
    for span in find_urls(text):
        own = grapheme_length(span.text)
        total += grapheme_length(text[cursor : span.start])
        total += url_length if is_linkable(span.text) else max(own, url_length)
        cursor = span.end
    return total + grapheme_length(text[cursor:])


def _protected(token: str) -> bool:
    return bool(find_urls(token) or find_bare_domains(token) or find_hashtags(token))


def _hard_split(token: str, fits: Callable[[str], bool]) -> list[str]:
    """Cut an over-long plain word at grapheme boundaries: the documented last resort."""
    if _protected(token):
        raise SplitError(f"cannot fit {token[:40]!r}… in one part and it must not be cut")
    pieces, current = [], ""
    for cluster in graphemes(token):
        if fits(current + cluster):
            current += cluster
        elif current:
            pieces.append(current)
            current = cluster
        else:
            raise SplitError("the limit is too small for a single character")
    pieces.append(current)
    return pieces


def _greedy(text: str, fits: Callable[[str], bool]) -> list[str]:
    # Tokens alternate word, whitespace, word…; whitespace at a split point is dropped, whitespace
    # inside a part (paragraph breaks included) is kept as written.
    tokens = regex.split(r"(\s+)", text)
    parts: list[str] = []
    current = ""
    for i in range(0, len(tokens), 2):
        word, sep = tokens[i], tokens[i - 1] if i else ""
        if not word:
            continue
        candidate = current + sep + word if current else word
        if fits(candidate):
            current = candidate
            continue
        if current:
            parts.append(current)
        if fits(word):
            current = word
        else:
            *done, current = _hard_split(word, fits)
            parts.extend(done)
    if current:
        parts.append(current)
    return parts


def _with_suffix(fits: Callable[[str], bool], suffix: str) -> Callable[[str], bool]:
    return lambda candidate: fits(candidate + suffix)


def split_text(text: str, fits: Callable[[str], bool], *, numbered: bool = True) -> list[str]:
    """Split `text` into parts that each satisfy `fits`, greedily on whitespace.

    With `numbered`, parts of a multi-part result end in " (i/n)" and the suffix is inside the limit.
    A URL, hashtag or word is never cut; a plain word longer than a whole part is cut at grapheme
    boundaries as the last resort, and a URL or hashtag that cannot fit raises `SplitError`.
    `fits` must be monotone: a prefix of a fitting text fits.

    >>> split_text("one two three", lambda s: len(s) <= 12)
    ['one (1/3)', 'two (2/3)', 'three (3/3)']
    """
    text = text.strip()
    if fits(text):
        return [text] if text else []
    if not numbered:
        return _greedy(text, fits)
    digits = 1
    while True:
        # Reserve the widest suffix for this digit count (digits weigh 1 on every platform), then
        # retry with more digits if the thread turned out to need them.
        reserve = f" ({'9' * digits}/{'9' * digits})"
        chunks = _greedy(text, _with_suffix(fits, reserve))
        if len(chunks) < 10**digits:
            total = len(chunks)
            return [f"{chunk} ({i}/{total})" for i, chunk in enumerate(chunks, start=1)]
        digits += 1


class FacetIndex(TypedDict):
    byteStart: int
    byteEnd: int


class Facet(TypedDict):
    """`app.bsky.richtext.facet`: UTF-8 byte range (end exclusive) and features with a `$type`."""

    index: FacetIndex
    features: list[dict[str, str]]


def _iri_to_uri(iri: str) -> str:
    """Percent-encode non-ASCII characters (a Cyrillic path) so the facet holds a plain URI."""
    return quote(iri, safe="".join(chr(c) for c in range(0x21, 0x7F)))


def bluesky_facets(text: str, mentions: Mapping[str, str] | None = None) -> list[Facet]:
    """Link, mention and tag facets for `text`, at UTF-8 byte offsets.

    A mention becomes a facet only when its handle is in `mentions` (handle → DID): a mention facet
    needs a DID, and the renderer does no network look-ups.

    >>> bluesky_facets("Консульство: https://example.org")[0]["index"]
    {'byteStart': 24, 'byteEnd': 43}
    """
    dids = {k.lstrip("@").lower(): v for k, v in (mentions or {}).items()}
    found: list[tuple[int, int, dict[str, str]]] = []
    for span in find_urls(text):
        found.append((span.start, span.end, {"$type": "app.bsky.richtext.facet#link", "uri": _iri_to_uri(span.text)}))
    for span in find_mentions(text):
        did = dids.get(span.text[1:].lower())
        if did:
            found.append((span.start, span.end, {"$type": "app.bsky.richtext.facet#mention", "did": did}))
    for span in find_hashtags(text):
        if grapheme_length(span.text) - 1 <= 64:  # the lexicon caps a tag at 64 graphemes
            found.append((span.start, span.end, {"$type": "app.bsky.richtext.facet#tag", "tag": span.text[1:]}))
    return [
        {"index": {"byteStart": byte_offset(text, start), "byteEnd": byte_offset(text, end)}, "features": [feature]}
        for start, end, feature in sorted(found, key=lambda f: f[0])
    ]


def linkedin_escape(text: str) -> str:
    """Escape LinkedIn Little Text reserved characters; hashtags become `{hashtag|\\#|tag}`.

    Unescaped reserved characters make LinkedIn silently truncate the post.

    >>> print(linkedin_escape("Visa (D) #Visa_Info @ 10:00"))
    Visa \\(D\\) {hashtag|\\#|Visa\\_Info} \\@ 10:00
    """

    def escape(chunk: str) -> str:
        return "".join(f"\\{c}" if c in LINKEDIN_RESERVED else c for c in chunk)

    out, cursor = [], 0
    for span in find_hashtags(text):
        out.append(escape(text[cursor : span.start]))
        out.append("{hashtag|\\#|" + escape(span.text[1:]) + "}")
        cursor = span.end
    out.append(escape(text[cursor:]))
    return "".join(out)
