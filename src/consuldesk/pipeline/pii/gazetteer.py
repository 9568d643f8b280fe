"""Name gazetteer: given names and surnames of many languages, read once from `names.txt`.

A known given name is what lets a capitalised word be a person without a cue ("especially Hannah
who…", "Claire Masson et Julien Masson"), and what keeps a cue from turning a place or an adjective
into a name ("ma mère, Française de 81 ans"). Names that are also ordinary words or places ("Will",
"Grace", "Victoria") are flagged ambiguous: they count only next to a surname or after a cue.
Built by `gazetteer_build.py` (Faker's lists) and `names_written_build.py` (hand-written lists of the
regions Faker covers thinly); data only, loaded lazily so importing the package stays cheap.
"""

from __future__ import annotations

import functools
from pathlib import Path

_FILE = Path(__file__).with_name("names.txt")
_WRITTEN = Path(__file__).with_name("names_written.txt")


class Gazetteer:
    """Set look-ups over the name list. Keys are the names as written (title case)."""

    __slots__ = ("ambiguous", "given", "place", "surname")

    def __init__(self, lines: list[str]) -> None:
        given: set[str] = set()
        surname: set[str] = set()
        ambiguous: set[str] = set()
        place: set[str] = set()
        for line in lines:
            if not line or line[0] == "#":
                continue
            name, _, flags = line.partition("\t")
            if "g" in flags:
                given.add(name)
            if "s" in flags:
                surname.add(name)
            if "a" in flags:
                ambiguous.add(name)
            if "p" in flags:
                place.add(name)
        self.given = frozenset(given)
        self.surname = frozenset(surname)
        self.ambiguous = frozenset(ambiguous)
        self.place = frozenset(place)

    def is_given(self, word: str, strict: bool = True) -> bool:
        """A given name; with `strict`, not one that is also an ordinary word or a place."""
        word = word.partition("-")[0] if "-" in word else word
        return word in self.given and not (strict and word in self.ambiguous)

    def is_place_only(self, word: str) -> bool:
        """A place name that is no name part ("Sharjah", "Marrakech")."""
        return word in self.place and word not in self.given and word not in self.surname

    def is_name(self, word: str) -> bool:
        """Any name part (given or surname), ambiguous ones included."""
        return word in self.given or word in self.surname or word.partition("-")[0] in self.given


@functools.cache
def gazetteer() -> Gazetteer:
    lines = _FILE.read_text(encoding="utf-8").split("\n")
    if _WRITTEN.is_file():
        lines += _WRITTEN.read_text(encoding="utf-8").split("\n")
    return Gazetteer(lines)
