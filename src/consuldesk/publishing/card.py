"""Image card of an advisory (PNG, Pillow): the media Instagram requires and other platforms may attach.

Owns the card layout: a level badge in the level's colour, the title, a body excerpt and the URL,
word-wrapped by pixel width. Fonts: DejaVu Sans from /usr/share/fonts when present (a Noto CJK font
is preferred for CJK text when installed), else Pillow's bundled default font, else its bitmap font,
so the card always renders. Pillow's basic layout does not shape Arabic or Indic scripts; those
need libraqm. Pure: bytes in memory, no files written. Layer: publishing; imports only `feeds.levels`.

    >>> png = render_card(title="Road closures", body="Avoid the border area.", level=3)
    >>> png[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
    True
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

import regex
from PIL import Image, ImageDraw, ImageFont

from consuldesk.publishing.feeds.levels import TravelLevel, level_badge

__all__ = ["CARD_SIZE", "render_card"]

CARD_SIZE = (1080, 1080)
"""Instagram's square feed format."""

_FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"))
_LATIN_FONTS = {False: ("DejaVuSans.ttf", "LiberationSans-Regular.ttf"), True: ("DejaVuSans-Bold.ttf",)}
_CJK_FONTS = ("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "wqy-microhei.ttc", "DroidSansFallbackFull.ttf")
_CJK_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_BACKGROUND = (250, 250, 247)
_INK = (33, 33, 33)
_MUTED = (90, 90, 90)
_MARGIN = 72

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@lru_cache(maxsize=32)
def _find_font_file(names: tuple[str, ...]) -> Path | None:
    for directory in _FONT_DIRS:
        if not directory.is_dir():
            continue
        for name in names:
            found = next(iter(sorted(directory.rglob(name))), None)
            if found is not None:
                return found
    return None


@lru_cache(maxsize=32)
def _font(size: int, *, bold: bool = False, cjk: bool = False) -> Font:
    """The best available font at `size` pixels; never fails."""
    candidates = (_CJK_FONTS if cjk else ()) + _LATIN_FONTS[bold] + _LATIN_FONTS[False]
    path = _find_font_file(candidates)
    if path is not None:
        try:
            return ImageFont.truetype(str(path), size)
        except OSError:
            pass  # unreadable or unsupported font file: fall through to Pillow's own fonts
    try:
        return ImageFont.load_default(size=size)
    except (OSError, ImportError):  # Pillow built without FreeType
        return ImageFont.load_default()


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: Font, width: int, max_lines: int) -> list[str]:
    """Word-wrap to `width` pixels; words wider than a line (CJK runs) wrap per grapheme; '…' marks a cut."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if draw.textlength(candidate, font=font) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
                line = ""
            for cluster in regex.findall(r"\X", word):
                if draw.textlength(line + cluster, font=font) > width and line:
                    lines.append(line)
                    line = ""
                line += cluster
        lines.append(line)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and draw.textlength(last + "…", font=font) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


def render_card(
    *,
    title: str,
    body: str = "",
    url: str | None = None,
    level: int | None = None,
    place: str | None = None,
    language: str = "en",
    size: tuple[int, int] = CARD_SIZE,
) -> bytes:
    """Render the advisory card and return PNG bytes (deterministic for the same input)."""
    width, height = size
    image = Image.new("RGB", size, _BACKGROUND)
    draw = ImageDraw.Draw(image)
    cjk = bool(_CJK_RE.search(title + body))
    inner = width - 2 * _MARGIN
    y = _MARGIN

    if level is not None:
        travel_level = TravelLevel(level)
        badge_font = _font(40, bold=True)
        badge = level_badge(travel_level, language)
        badge_width = int(draw.textlength(badge, font=badge_font)) + 48
        draw.rounded_rectangle((_MARGIN, y, _MARGIN + badge_width, y + 72), radius=16, fill=travel_level.colour)
        draw.text((_MARGIN + 24, y + 36), badge, font=badge_font, fill=(255, 255, 255), anchor="lm")
        y += 112
    if place:
        draw.text((_MARGIN, y), place, font=_font(36, cjk=cjk), fill=_MUTED)
        y += 60

    title_font = _font(64, bold=True, cjk=cjk)
    for line in _wrap(draw, title, title_font, inner, 4):
        draw.text((_MARGIN, y), line, font=title_font, fill=_INK)
        y += 80
    y += 24

    footer_top = height - _MARGIN - 48
    body_font = _font(38, cjk=cjk)
    max_body_lines = max(0, (footer_top - y - 24) // 52)
    if body and max_body_lines:
        for line in _wrap(draw, body, body_font, inner, max_body_lines):
            draw.text((_MARGIN, y), line, font=body_font, fill=_INK)
            y += 52

    if url:
        url_font = _font(32)
        draw.line((_MARGIN, footer_top - 20, width - _MARGIN, footer_top - 20), fill=(200, 200, 200), width=2)
        draw.text((_MARGIN, footer_top), _wrap(draw, url, url_font, inner, 1)[0], font=url_font, fill=_MUTED)

    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
