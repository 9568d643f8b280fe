"""Mastodon's sanitised status HTML → plain text, with the stdlib html.parser only.

Owns the layout rules: `<br>` is a newline, paragraphs are separated by a blank line, list items and
quotes start on their own line, entities are unescaped, and link text is kept as written (a mention
link reads `@user`; Mastodon's hidden URL parts are joined back into the full URL).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]

_BLOCKS = frozenset({"p", "blockquote", "pre", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"})
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_EXTRA_BLANK_LINES = re.compile(r"\n{3,}")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def _break(self, newlines: str) -> None:
        # Only between content: leading breaks would indent the text, and blank lines never pile up.
        if self.parts:
            self.parts.append(newlines)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self._break("\n\n")
        elif tag == "li":
            self._break("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(html: str) -> str:
    if "<" not in html and "&" not in html:
        return html.strip()
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    text = _TRAILING_SPACE.sub("\n", "".join(collector.parts))
    return _EXTRA_BLANK_LINES.sub("\n\n", text).strip()
