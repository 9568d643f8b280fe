"""The advisory image card: a valid, deterministic PNG whatever fonts the machine has."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from consuldesk.publishing import card


def _open(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


def test_card_is_a_square_png_with_the_level_colour() -> None:
    png = card.render_card(title="Do not travel to the border", body="Leave by road.", url="https://gov.uk", level=4)
    image = _open(png)
    assert (image.format, image.size) == ("PNG", card.CARD_SIZE)
    assert image.convert("RGB").getpixel((card._MARGIN + 4, card._MARGIN + 36)) == (183, 28, 28)


def test_card_is_deterministic() -> None:
    kwargs = {"title": "Flooding", "body": "Avoid the river. " * 50, "place": "South, Chile", "level": 2}
    assert card.render_card(**kwargs) == card.render_card(**kwargs)


@pytest.mark.parametrize(
    "title",
    [
        pytest.param("大使館からのお知らせ" * 8, id="cjk-without-spaces"),
        pytest.param("Консульство " * 20, id="long-cyrillic"),
        pytest.param("x" * 400, id="one-overlong-word"),
    ],
)
def test_card_wraps_any_script_and_length(title: str) -> None:
    assert _open(card.render_card(title=title, body=title, url="https://consulate.gov.uk/" + "a" * 200)).size == (
        1080,
        1080,
    )


def test_card_falls_back_to_pillows_font_without_system_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(card, "_FONT_DIRS", (Path("/nonexistent"),))
    card._font.cache_clear()
    card._find_font_file.cache_clear()
    try:
        assert _open(card.render_card(title="Fallback font", level=1)).size == card.CARD_SIZE
    finally:
        card._font.cache_clear()
        card._find_font_file.cache_clear()
