"""Catalan names: the personal article before a given name ("en Ferran", "l'Arnau", "la Laia", "el Pol") and
the two surnames joined by "i" ("Marta Puig i Soler"), which writers keep inside the name (14 of 14 in the
corpus). Only tried in Catalan texts: elsewhere "la"/"el" before a capital opens a place or a thing.
"""

from __future__ import annotations

import re

from consuldesk.pipeline.pii.gazetteer import gazetteer
from consuldesk.pipeline.pii.names import AddPerson

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ·]+"
# The article, then a given name the lists know (not an ambiguous one: "la Rambla", "el Prat" are places).
_ARTICLE = re.compile(rf"(?<![\w'’])(?:[Ee]n[ ]|[Nn]a[ ]|[Ll]a[ ]|[Ee]l[ ]|[Ll]['’])(?P<n>{_NAME_WORD})(?![\w'’])")
# A found name of two words or more, then "i" and a surname that is no given name ("… i Ferrer", not "… i Joan").
_SECOND_SURNAME = re.compile(rf"[ ]i[ ](?P<s>{_NAME_WORD})(?![\w'’])")


def find_catalan(text: str, add: AddPerson) -> None:
    """Given names after the personal article."""
    g = gazetteer()
    for m in _ARTICLE.finditer(text):
        if g.is_given(m.group("n")):
            add(*m.span("n"))


def with_second_surname(text: str, spans: list[tuple[int, int, str]], person: str) -> list[tuple[int, int, str]]:
    """`spans` with each name of two or more words grown over "i" and a second surname."""
    g = gazetteer()
    out: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        if out and out[-1][2] == person and start < out[-1][1]:
            continue  # the surname the last name was grown over, found as a name of its own
        m = _SECOND_SURNAME.match(text, end) if kind == person and " " in text[start:end] else None
        if m is not None and m.group("s") in g.surname and m.group("s") not in g.given:
            end = m.end()
        out.append((start, end, kind))
    return out
