"""Text helpers shared by the triage stages: canonical text, placeholders, word boundaries, scripts.

Pure string functions with precompiled regexes; nothing here knows about TriageItem. Must not import
stages, storage or network code.

Every regex here must run in linear time on 100,000-character input: runs that could be retried from
every start position are anchored with a look-behind (a match may only start where a run starts) or
use possessive quantifiers, so no position is scanned more than a bounded number of times.
"""

from __future__ import annotations

import re
import unicodedata

URL_TOKEN = "<url>"
MENTION_TOKEN = "@user"

# Characters that belong to a word although `\w` says otherwise: combining marks of Latin, Arabic and
# the Indic scripts (a Devanagari vowel sign is not alphanumeric to Python, but it is inside a word).
# The danda (U+0964/5) is punctuation and stays out.
WORD_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0963\u0966-\u0dff\u200c\u200d"
)
WORD_CLASS = rf"[\w{WORD_MARKS}]"
NON_WORD_CLASS = rf"[^\w{WORD_MARKS}]"

# Scripts written without spaces between words (or with particles glued to nouns, like Korean):
# lexicon entries in these are matched as substrings.
NO_SPACE_SCRIPTS = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
    "\uf900-\ufaff\uff66-\uff9f"
)

# Literal-first patterns: the engine jumps straight to candidate positions ("h", "w", "@").
_URL_RE = re.compile(r"https?://\S++|www\.\S++", re.IGNORECASE)
# "@" not preceded by a word character, dot or "@" (so e-mail addresses are left alone).
_MENTION_RE = re.compile(r"@(?<![\w.@]@)\w++")


def normalise_text(text: str) -> str:
    """Canonical form for classification and dedupe (never for PII offsets).

    NFKC (fullwidth and "𝐛𝐨𝐥𝐝" letters become plain ones), URLs and @mentions replaced by placeholders,
    typographic apostrophes made plain, casefolded, whitespace collapsed to single spaces.
    """
    if not text.isascii():
        # NFKC is cheap on already-normalised text; only non-ASCII text can change.
        text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u02bc", "'")
    if "://" in text or "www." in text or "WWW." in text:
        text = _URL_RE.sub(" " + URL_TOKEN + " ", text)
    if "@" in text:
        text = _MENTION_RE.sub(" " + MENTION_TOKEN + " ", text)
    text = text.casefold()
    # Any whitespace other than single spaces (newlines, tabs, runs) makes the text non-printable
    # or contains "  "; otherwise it is already collapsed and the split/join can be skipped.
    if "  " in text or not text.isprintable():
        return " ".join(text.split())
    return text.strip()


def strip_placeholders(normalised: str) -> str:
    """Normalised text without URL/mention placeholders and hash signs: what language ID should see."""
    if URL_TOKEN in normalised:
        normalised = normalised.replace(URL_TOKEN, " ")
    if MENTION_TOKEN in normalised:
        normalised = normalised.replace(MENTION_TOKEN, " ")
    if "#" in normalised:
        normalised = normalised.replace("#", " ")
    return normalised


_FOLD_TABLE: dict[int, str] = {}


def _build_fold_table() -> None:
    # Latin letters with diacritics → base letters (é→e, ł→l, đ→d, ơ→o). Only Latin ranges: folding
    # must not decompose Hangul or strip Devanagari vowel signs.
    for cp in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if base != ch and base.isascii():
            _FOLD_TABLE[cp] = base
    _FOLD_TABLE.update({ord("ł"): "l", ord("Ł"): "L", ord("đ"): "d", ord("Đ"): "D", ord("ø"): "o"})
    _FOLD_TABLE.update({ord("ß"): "ss", ord("æ"): "ae", ord("œ"): "oe", ord("ı"): "i"})


_build_fold_table()


def fold_accents(text: str) -> str:
    """Strip Latin diacritics: lets lexicon entries match text typed without accents."""
    return text if text.isascii() else text.translate(_FOLD_TABLE)


def _letter_class(ranges: list[tuple[int, int]], upper: bool) -> str:
    chars = []
    for lo, hi in ranges:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if (ch.isupper() if upper else ch.islower()) and len(ch) == 1:
                chars.append(ch)
    return "".join(re.escape(c) for c in chars)


# 0x259 is Azerbaijani ə (its capital Ə is inside 0xC0-0x24F); Armenian (0x531-0x587) is cased like Greek
_LATIN_CYRILLIC = [(0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x259, 0x259), (0x1E00, 0x1EFF), (0x370, 0x3FF),
                   (0x531, 0x587), (0x400, 0x52F)]
#: Character classes (without brackets) of upper- and lower-case Latin, Greek, Armenian and Cyrillic letters.
UPPER = _letter_class(_LATIN_CYRILLIC, upper=True)
LOWER = _letter_class(_LATIN_CYRILLIC, upper=False)
