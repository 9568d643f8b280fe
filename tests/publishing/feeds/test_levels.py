"""Travel-advisory levels 1–4 per country or region."""

from __future__ import annotations

import pytest

from consuldesk.publishing.feeds.levels import AdvisoryLevels, PlaceLevel, TravelLevel, level_badge


def test_level_names_and_cap_severity() -> None:
    assert [level.label for level in TravelLevel] == [
        "Level 1: Exercise normal precautions",
        "Level 2: Exercise increased caution",
        "Level 3: Reconsider travel",
        "Level 4: Do not travel",
    ]
    assert [level.cap_severity for level in TravelLevel] == ["Minor", "Moderate", "Severe", "Extreme"]


def test_badge_is_english_only_for_english() -> None:
    assert level_badge(3, "en-GB") == "Level 3: Reconsider travel"
    assert level_badge(3, "uk") == "3/4"
    with pytest.raises(ValueError):
        level_badge(5)


def test_region_overrides_country_and_inherits_otherwise() -> None:
    table = AdvisoryLevels(
        [
            PlaceLevel("MX", TravelLevel.INCREASED_CAUTION),
            PlaceLevel("MX", TravelLevel.DO_NOT_TRAVEL, region="MX-GRO"),
            PlaceLevel("CO", TravelLevel.RECONSIDER, region="CO-ARA"),
        ]
    )
    assert table.level_for("MX", "MX-GRO") is TravelLevel.DO_NOT_TRAVEL
    assert table.level_for("mx", "MX-CMX") is TravelLevel.INCREASED_CAUTION
    assert table.level_for("CO") is None and table.level_for("CO", "CO-ARA") is TravelLevel.RECONSIDER
    assert table.highest_for("MX") is TravelLevel.DO_NOT_TRAVEL and table.highest_for("FR") is None
    assert [(e.country, e.region) for e in table.entries()] == [("CO", "CO-ARA"), ("MX", None), ("MX", "MX-GRO")]


def test_bad_entries_are_rejected() -> None:
    with pytest.raises(ValueError):
        PlaceLevel("Mexico", TravelLevel.RECONSIDER)
    with pytest.raises(ValueError):
        PlaceLevel("MX", 7)
    with pytest.raises(ValueError, match="duplicate"):
        AdvisoryLevels([PlaceLevel("MX", TravelLevel(1)), PlaceLevel("MX", TravelLevel(2))])
