"""Travel-advisory levels 1–4 per country or region (pure vocabulary, no I/O).

Owns the four-step scale consulates publish (1 Exercise normal precautions … 4 Do not travel), its
mapping to CAP severity, and `AdvisoryLevels`, the table that answers "what level applies to this
country or region". A region's own level overrides its country's. Layer: publishing; imports nothing
from consuldesk outside `publishing.feeds`.

    >>> table = AdvisoryLevels([PlaceLevel("UA", TravelLevel.DO_NOT_TRAVEL),
    ...                         PlaceLevel("FR", TravelLevel.INCREASED_CAUTION),
    ...                         PlaceLevel("FR", TravelLevel.RECONSIDER, region="FR-GF")])
    >>> table.level_for("FR", "FR-GF").label
    'Level 3: Reconsider travel'
    >>> table.level_for("FR", "FR-75").value
    2
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

__all__ = ["AdvisoryLevels", "PlaceLevel", "TravelLevel", "level_badge"]


class TravelLevel(IntEnum):
    """The four advisory levels; the integer value is the wire value."""

    NORMAL_PRECAUTIONS = 1
    INCREASED_CAUTION = 2
    RECONSIDER = 3
    DO_NOT_TRAVEL = 4

    @property
    def title(self) -> str:
        """Neutral English wording of the level."""
        return _TITLES[self]

    @property
    def label(self) -> str:
        """ "Level 3: Reconsider travel"."""
        return f"Level {int(self)}: {self.title}"

    @property
    def cap_severity(self) -> str:
        """The CAP 1.2 `severity` value an alert at this level carries."""
        return _CAP_SEVERITY[self]

    @property
    def colour(self) -> tuple[int, int, int]:
        """Badge colour (RGB) for cards and the console: green, yellow, orange, red."""
        return _COLOURS[self]


_TITLES = {
    TravelLevel.NORMAL_PRECAUTIONS: "Exercise normal precautions",
    TravelLevel.INCREASED_CAUTION: "Exercise increased caution",
    TravelLevel.RECONSIDER: "Reconsider travel",
    TravelLevel.DO_NOT_TRAVEL: "Do not travel",
}
_CAP_SEVERITY = {
    TravelLevel.NORMAL_PRECAUTIONS: "Minor",
    TravelLevel.INCREASED_CAUTION: "Moderate",
    TravelLevel.RECONSIDER: "Severe",
    TravelLevel.DO_NOT_TRAVEL: "Extreme",
}
_COLOURS = {
    TravelLevel.NORMAL_PRECAUTIONS: (46, 125, 50),
    TravelLevel.INCREASED_CAUTION: (249, 168, 37),
    TravelLevel.RECONSIDER: (230, 81, 0),
    TravelLevel.DO_NOT_TRAVEL: (183, 28, 28),
}


def level_badge(level: int, language: str = "en") -> str:
    """Short badge text: the English label for English advisories, a neutral "3/4" otherwise.

    The neutral form keeps a translated advisory free of English words until translations of the
    level names are supplied.

    >>> level_badge(4), level_badge(4, "fr-FR")
    ('Level 4: Do not travel', '4/4')
    """
    travel_level = TravelLevel(level)
    if language.lower().split("-")[0] == "en":
        return travel_level.label
    return f"{int(travel_level)}/4"


@dataclass(frozen=True)
class PlaceLevel:
    """The level for a country (ISO 3166-1 alpha-2) or one of its regions (ISO 3166-2 code or name)."""

    country: str
    level: TravelLevel
    region: str | None = None
    summary: str = ""

    def __post_init__(self) -> None:
        if len(self.country) != 2 or not self.country.isalpha() or not self.country.isupper():
            raise ValueError(f"country must be an upper-case ISO 3166-1 alpha-2 code, got {self.country!r}")
        object.__setattr__(self, "level", TravelLevel(self.level))


class AdvisoryLevels:
    """Levels per place; a region without its own entry inherits its country's level."""

    def __init__(self, entries: Iterable[PlaceLevel] = ()) -> None:
        self._entries: dict[tuple[str, str | None], PlaceLevel] = {}
        for entry in entries:
            key = (entry.country, entry.region)
            if key in self._entries:
                raise ValueError(f"duplicate level for {entry.country} {entry.region or ''}".strip())
            self._entries[key] = entry

    def entry_for(self, country: str, region: str | None = None) -> PlaceLevel | None:
        """The most specific entry: the region's own, else the country's, else None."""
        country = country.upper()
        if region is not None and (country, region) in self._entries:
            return self._entries[(country, region)]
        return self._entries.get((country, None))

    def level_for(self, country: str, region: str | None = None) -> TravelLevel | None:
        """The level that applies to a traveller going to `country` (and `region`), or None."""
        entry = self.entry_for(country, region)
        return entry.level if entry else None

    def highest_for(self, country: str) -> TravelLevel | None:
        """The highest level anywhere in `country`, regions included (for "parts of X are level 4")."""
        levels = [e.level for (c, _), e in self._entries.items() if c == country.upper()]
        return max(levels) if levels else None

    def entries(self) -> list[PlaceLevel]:
        """All entries, countries first, then regions, each sorted by code."""
        return sorted(self._entries.values(), key=lambda e: (e.country, e.region is not None, e.region or ""))
