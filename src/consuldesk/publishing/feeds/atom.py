"""Atom 1.0 (RFC 4287) feed of advisories: dataclasses in, UTF-8 XML bytes out (pure).

Owns the feed rules: exactly one `id`, `title` and `updated` per feed and per entry, an author on the
feed (or on every entry), an `alternate` link on any entry without content, timestamps with an
explicit offset, text escaped by the serializer (never by hand). Entries that share an `id` are
versions of one advisory (an update), so they must differ in `updated`. `entry_for_advisory` adds
the travel-advisory level and country as categories and can link the CAP message. Layer: publishing;
stdlib only, `render.Advisory` for typing.

    >>> from datetime import datetime, timezone
    >>> when = datetime(2026, 3, 14, 12, 0, tzinfo=timezone.utc)
    >>> feed = AtomFeed("urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6", "Travel advice", (AtomPerson("Consulate"),),
    ...                 entries=(AtomEntry("tag:consulate.example,2026:adv-1", "Border closed", when,
    ...                               content="Use the northern crossing."),))
    >>> b"<updated>2026-03-14T12:00:00+00:00</updated>" in build_atom(feed)
    True
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from consuldesk.errors import InvalidInput
from consuldesk.publishing.feeds.levels import level_badge
from consuldesk.publishing.feeds.timestamps import offset_timestamp

if TYPE_CHECKING:
    from consuldesk.publishing.render import Advisory

__all__ = [
    "ATOM_NAMESPACE",
    "COUNTRY_SCHEME",
    "LEVEL_SCHEME",
    "AtomEntry",
    "AtomError",
    "AtomFeed",
    "AtomLink",
    "AtomPerson",
    "atom_timestamp",
    "build_atom",
    "entry_for_advisory",
]

ATOM_NAMESPACE = "http://www.w3.org/2005/Atom"
LEVEL_SCHEME = "urn:consuldesk:travel-advisory-level"
COUNTRY_SCHEME = "urn:iso:std:iso:3166:-1"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class AtomError(InvalidInput):
    """The feed breaks an RFC 4287 rule."""

    title = "Invalid Atom feed"


@dataclass(frozen=True)
class AtomPerson:
    name: str
    uri: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class AtomLink:
    href: str
    rel: str = "alternate"
    type: str | None = None
    hreflang: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class AtomEntry:
    """One advisory version. `content_type` is "text" or "html" (the serializer escapes either)."""

    id: str
    title: str
    updated: datetime
    summary: str | None = None
    content: str | None = None
    content_type: str = "text"
    links: tuple[AtomLink, ...] = ()
    published: datetime | None = None
    categories: tuple[tuple[str, str, str | None], ...] = ()  # (term, scheme, label)
    authors: tuple[AtomPerson, ...] = ()
    language: str | None = None


@dataclass(frozen=True)
class AtomFeed:
    """The feed; `updated` defaults to the newest entry's."""

    id: str
    title: str
    authors: tuple[AtomPerson, ...] = ()
    entries: tuple[AtomEntry, ...] = ()
    updated: datetime | None = None
    links: tuple[AtomLink, ...] = ()
    subtitle: str | None = None
    language: str | None = None


def atom_timestamp(value: datetime) -> str:
    """RFC 3339 date-time at seconds precision with an explicit offset (`+00:00`)."""
    return offset_timestamp(value, feed="Atom", error=AtomError)


def _check_iri(value: str) -> None:
    if ":" not in value or any(c.isspace() for c in value):
        raise AtomError(f"atom:id must be an absolute IRI, got {value!r}")


def _validate(feed: AtomFeed) -> None:
    _check_iri(feed.id)
    if not feed.authors and not all(entry.authors for entry in feed.entries):
        raise AtomError("a feed needs an author unless every entry has one")
    if feed.updated is None and not feed.entries:
        raise AtomError("an empty feed needs an explicit updated time")
    seen: set[tuple[str, str]] = set()
    for entry in feed.entries:
        _check_iri(entry.id)
        version = (entry.id, atom_timestamp(entry.updated))
        if version in seen:
            raise AtomError(f"entries sharing id {entry.id} must differ in updated")
        seen.add(version)
        if entry.content is None and not any(link.rel == "alternate" for link in entry.links):
            raise AtomError(f"entry {entry.id} has no content, so it needs an alternate link")
        if entry.content_type not in {"text", "html"}:
            raise AtomError(f"content_type must be text or html, got {entry.content_type!r}")


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrs: str | None) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: v for k, v in attrs.items() if v is not None})
    if text is not None:
        element.text = text
    return element


def _people(parent: ET.Element, people: tuple[AtomPerson, ...]) -> None:
    for person in people:
        author = _el(parent, "author")
        _el(author, "name", person.name)
        if person.uri:
            _el(author, "uri", person.uri)
        if person.email:
            _el(author, "email", person.email)


def _links(parent: ET.Element, links: tuple[AtomLink, ...]) -> None:
    for link in links:
        _el(parent, "link", href=link.href, rel=link.rel, type=link.type, hreflang=link.hreflang, title=link.title)


def build_atom(feed: AtomFeed) -> bytes:
    """Serialise `feed` as UTF-8 Atom XML (with declaration), after checking RFC 4287's rules."""
    _validate(feed)
    # Unqualified names under a literal xmlns: ElementTree's default_namespace option rejects the
    # unqualified attributes Atom uses (href, rel), and register_namespace would mutate global state.
    root = ET.Element("feed", {"xmlns": ATOM_NAMESPACE})
    if feed.language:
        root.set(_XML_LANG, feed.language)
    _el(root, "id", feed.id)
    _el(root, "title", feed.title)
    if feed.subtitle:
        _el(root, "subtitle", feed.subtitle)
    updated = feed.updated or max(entry.updated for entry in feed.entries)
    _el(root, "updated", atom_timestamp(updated))
    _people(root, feed.authors)
    _links(root, feed.links)
    for entry in feed.entries:
        element = _el(root, "entry")
        if entry.language:
            element.set(_XML_LANG, entry.language)
        _el(element, "id", entry.id)
        _el(element, "title", entry.title)
        _el(element, "updated", atom_timestamp(entry.updated))
        if entry.published:
            _el(element, "published", atom_timestamp(entry.published))
        _people(element, entry.authors)
        _links(element, entry.links)
        for term, scheme, label in entry.categories:
            _el(element, "category", term=term, scheme=scheme, label=label)
        if entry.summary:
            _el(element, "summary", entry.summary)
        if entry.content is not None:
            _el(element, "content", entry.content, type=entry.content_type)
    ET.indent(root)
    xml: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return xml


def entry_for_advisory(
    advisory: Advisory,
    *,
    entry_id: str,
    updated: datetime,
    published: datetime | None = None,
    cap_url: str | None = None,
) -> AtomEntry:
    """An entry for one version of an advisory; reuse `entry_id` for later versions of the same one."""
    links = [AtomLink(url, type="text/html") for url in advisory.urls[:1]]
    if cap_url:
        links.append(AtomLink(cap_url, type="application/cap+xml", title="CAP 1.2"))
    categories: list[tuple[str, str, str | None]] = []
    if advisory.level is not None:
        categories.append((f"level-{advisory.level}", LEVEL_SCHEME, level_badge(advisory.level, advisory.language)))
    if advisory.country:
        categories.append((advisory.country, COUNTRY_SCHEME, advisory.place))
    return AtomEntry(
        id=entry_id,
        title=advisory.title,
        updated=updated,
        published=published,
        summary=advisory.body.split("\n\n")[0] or None,
        content=advisory.body or None,
        links=tuple(links),
        categories=tuple(categories),
        language=advisory.language,
    )
