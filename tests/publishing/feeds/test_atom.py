"""Atom 1.0 advisory feed: well-formed, namespaced, escaped, explicit offsets, RFC 4287 musts."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import pytest
from lxml import etree

from consuldesk.publishing.feeds.atom import (
    ATOM_NAMESPACE,
    LEVEL_SCHEME,
    AtomEntry,
    AtomError,
    AtomFeed,
    AtomLink,
    AtomPerson,
    build_atom,
    entry_for_advisory,
)
from consuldesk.publishing.render import Advisory

NS = {"a": ATOM_NAMESPACE}
PARIS = timezone(timedelta(hours=1))
T1 = datetime(2026, 3, 14, 9, 30, 15, 999, tzinfo=PARIS)
T2 = datetime(2026, 3, 15, 8, 0, tzinfo=UTC)
ADVISORY = Advisory(
    title="Grève <générale> & fermeture",
    body="Évitez le centre.\n\nDétails à suivre.",
    urls=("https://consulat.gouv.fr/greve?a=1&b=2",),
    language="fr",
    level=2,
    country="FR",
    region="Paris",
)
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")


def _feed(*entries: AtomEntry, **kwargs: object) -> AtomFeed:
    return AtomFeed(
        "tag:consulat.gouv.fr,2026:advisories",
        "Conseils aux voyageurs",
        (AtomPerson("Consulat", uri="https://consulat.gouv.fr"),),
        entries,
        links=(AtomLink("https://consulat.gouv.fr/feed.atom", rel="self", type="application/atom+xml"),),
        **kwargs,
    )


def test_feed_is_well_formed_atom_with_offsets_and_escaping() -> None:
    first = entry_for_advisory(
        ADVISORY,
        entry_id="tag:consulat.gouv.fr,2026:greve",
        updated=T1,
        published=T1,
        cap_url="https://consulat.gouv.fr/greve.cap.xml",
    )
    update = entry_for_advisory(ADVISORY, entry_id="tag:consulat.gouv.fr,2026:greve", updated=T2)
    xml = build_atom(_feed(first, update, language="fr"))
    root = etree.fromstring(xml)  # raises on malformed XML
    assert root.tag == f"{{{ATOM_NAMESPACE}}}feed"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    stamps = [el.text for el in root.iter(f"{{{ATOM_NAMESPACE}}}updated", f"{{{ATOM_NAMESPACE}}}published")]
    assert stamps and all(TIMESTAMP.match(s or "") for s in stamps)
    assert root.findtext("a:updated", namespaces=NS) == "2026-03-15T08:00:00+00:00"  # newest entry
    entry = root.find("a:entry", namespaces=NS)
    assert entry is not None
    assert entry.findtext("a:updated", namespaces=NS) == "2026-03-14T09:30:15+01:00"
    assert entry.findtext("a:title", namespaces=NS) == "Grève <générale> & fermeture"
    assert b"&lt;g\xc3\xa9n\xc3\xa9rale&gt; &amp; fermeture" in xml
    links = {(link.get("type"), link.get("href")) for link in entry.findall("a:link", namespaces=NS)}
    assert links == {
        ("text/html", "https://consulat.gouv.fr/greve?a=1&b=2"),
        ("application/cap+xml", "https://consulat.gouv.fr/greve.cap.xml"),
    }
    level = entry.find(f"a:category[@scheme='{LEVEL_SCHEME}']", namespaces=NS)
    assert level is not None and level.get("term") == "level-2"
    assert entry.findtext("a:content", namespaces=NS) == ADVISORY.body


def test_every_entry_and_the_feed_have_exactly_one_id_title_updated() -> None:
    entry = AtomEntry("urn:uuid:1", "Closed", T1, content="Office closed.")
    root = etree.fromstring(build_atom(_feed(entry)))
    for element in [root, *root.findall("a:entry", namespaces=NS)]:
        for name in ("id", "title", "updated"):
            assert len(element.findall(f"a:{name}", namespaces=NS)) == 1


@pytest.mark.parametrize(
    ("feed", "message"),
    [
        pytest.param(lambda: _feed(AtomEntry("urn:uuid:1", "T", T1)), "alternate link", id="no-content-no-link"),
        pytest.param(
            lambda: _feed(AtomEntry("urn:uuid:1", "T", T1.replace(tzinfo=None), content="c")), "time zone", id="naive"
        ),
        pytest.param(lambda: _feed(AtomEntry("not an iri", "T", T1, content="c")), "IRI", id="bad-id"),
        pytest.param(
            lambda: _feed(AtomEntry("urn:uuid:1", "T", T1, content="a"), AtomEntry("urn:uuid:1", "T", T1, content="b")),
            "differ in updated",
            id="duplicate-version",
        ),
        pytest.param(
            lambda: AtomFeed("urn:uuid:f", "F", entries=(AtomEntry("urn:uuid:1", "T", T1, content="c"),)),
            "author",
            id="no-author",
        ),
        pytest.param(lambda: _feed(), "updated", id="empty-without-updated"),
        pytest.param(
            lambda: _feed(AtomEntry("urn:uuid:1", "T", T1, content="c", content_type="xhtml")),
            "text or html",
            id="xhtml",
        ),
    ],
)
def test_rfc_4287_rules_are_enforced(feed: object, message: str) -> None:
    with pytest.raises(AtomError, match=message):
        build_atom(feed())  # type: ignore[operator]


def test_empty_feed_with_explicit_updated_is_valid() -> None:
    root = etree.fromstring(build_atom(_feed(updated=T2)))
    assert root.findall("a:entry", namespaces=NS) == []
