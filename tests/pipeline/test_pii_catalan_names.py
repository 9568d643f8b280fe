"""Catalan names: the personal article before a given name, two surnames joined by "i"."""

from __future__ import annotations

import pytest

from pii_values import found_by_rules


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bon dia. Em vaig casar a Oaxaca amb en Jordi Puig i Serra el juny passat.", ["Jordi Puig i Serra"]),
        ("Benvolguts, la meva germana, Mercè Font i Soler, que viatja sola", ["Mercè Font i Soler"]),
        ("L'Arnau penja de la corda a la via, Dolomites", ["Arnau"]),
        # two people joined by "i": the second is a given name, not a second surname
        ("Pere Vidal i Joan Mas són aquí", ["Pere Vidal", "Joan Mas"]),
        # the article before a place is no cue
        ("Hem passat la nit a la Rambla i al Prat", []),
    ],
)
def test_catalan_names(text: str, names: list[str]) -> None:
    assert found_by_rules(text, "PERSON", "ca") == names
