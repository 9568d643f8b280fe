"""One pass over a text for every PII cue word: number cues, name cues and street words.

A single trie regex finds all cues, so the cost per text does not grow with the number of detectors.
It runs on the lowercased text (same length as the original: offsets line up) with a few characters
that open words — newline, tab, brackets, quotes, slash — turned into spaces, so that a cue always
starts after a plain space and the regex engine can jump from space to space. Cues in scripts
without spaces (护照号, 生年月日, 여권번호) are found by a second, substring pattern when such
characters occur. Must not import stages or storage.
"""

from __future__ import annotations

import re

from consuldesk.core.types import PiiType
from consuldesk.pipeline.lexicon import trie_pattern
from consuldesk.pipeline.pii import cues

NUMBER, PERSON, STREET, AFTER = "number", "person", "street", "after"

_KINDS: dict[str, list[tuple[str, str]]] = {}


def _register(group: str, kind: str, terms: tuple[str, ...]) -> None:
    for term in terms:
        pairs = _KINDS.setdefault(term, [])
        if (group, kind) not in pairs:
            pairs.append((group, kind))


_register(NUMBER, PiiType.PASSPORT_NUMBER, cues.PASSPORT)
_register(NUMBER, PiiType.NATIONAL_ID, cues.INTERNAL_PASSPORT + cues.NATIONAL_ID)
_register(NUMBER, PiiType.CASE_NUMBER, cues.CASE)
_register(NUMBER, PiiType.DATE_OF_BIRTH, cues.BIRTH)
_register(NUMBER, PiiType.PHONE, cues.PHONE)


def _register_arabic_clitics() -> None:
    """Arabic writes "and", "with" and "for" glued to the next word: the number cues registered so far also
    count with them ("ورقم الحجز QR7XK2": and the booking number)."""
    for term, pairs in list(_KINDS.items()):
        if "\u0621" <= term[0] <= "\u064a" and term[0] != "و":
            for group, kind in pairs:
                if group == NUMBER:
                    _register(group, kind, tuple(clitic + term for clitic in ("و", "ب", "ل")))


_register_arabic_clitics()
_register(AFTER, PiiType.DATE_OF_BIRTH, cues.BIRTH_AFTER)
# ... and before it too, where the word order allows both ("Maxamed Cali oo dhashay 03/06/2005"): a date of
# birth right after such a cue is still one.
_register(NUMBER, PiiType.DATE_OF_BIRTH, cues.BIRTH_AFTER)
# A longer birth cue that holds a trailing one ("پیدا ہوا", "s-a născut") hides it in the trie: it
# serves both ways.
_register(AFTER, PiiType.DATE_OF_BIRTH, tuple(t for t in cues.BIRTH if any(a in t for a in cues.BIRTH_AFTER)))
_register(PERSON, "signoff", cues.SIGNOFF)
_register(PERSON, "relation", cues.RELATION)
_register(PERSON, "title", cues.TITLE)
_register(PERSON, "label", cues.NAME_LABEL)
_register(PERSON, "intro", cues.NAME_INTRO)
_register(STREET, "street", cues.STREET_BEFORE + cues.STREET_AFTER)
_register(STREET, "address", cues.ADDRESS_LABEL)

_NO_SPACE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
_WORD_END = r"(?![^\W_]|['’])"  # "don't" does not contain the title "don"
# Three patterns, so that the common case (plain ASCII cue words) has a short first branch list:
# ASCII-initial cues; other spaced scripts (only tried at words that start with a non-ASCII
# letter); scripts without spaces (substrings, only when such characters occur).
def _by_block(terms: dict[str, bool]) -> list[str]:
    """One trie per 128-code-point block of the terms' first letters, each behind a look-ahead for its
    block: at a word start the engine checks a few dozen blocks instead of every first letter of
    every script (hundreds of branches), and only walks the trie of the word's own script."""
    blocks: dict[int, dict[str, bool]] = {}
    for term, stem in terms.items():
        blocks.setdefault(ord(term[0]) >> 7, {})[term] = stem
    ordered = sorted(blocks, key=lambda b: -len(blocks[b]))  # busier scripts first
    return [f"(?=[{chr(b << 7)}-{chr((b << 7) + 127)}])(" + trie_pattern(blocks[b].items(), _WORD_END) + ")"
            for b in ordered]


_ascii = {t: False for t in _KINDS if t[0].isascii()}
_other = {t: False for t in _KINDS if not t[0].isascii() and not _NO_SPACE.match(t[0])}
_unspaced = {t: False for t in _KINDS if _NO_SPACE.match(t[0])}
_ASCII_RE = re.compile(" (" + trie_pattern(_ascii.items(), _WORD_END) + ")")
_OTHER_RE = re.compile(" (?=[^\x00-\x7f])(?:" + "|".join(_by_block(_other)) + ")")
_UNSPACED_RE = re.compile("(" + trie_pattern(_unspaced.items(), None) + ")")
# The first letters of the spaced non-ASCII cues: a text without any cannot match `_OTHER_RE`, and one
# charset scan is cheaper than stopping at every space for the look-ahead (most non-ASCII texts are
# Latin with a curly quote or an emoji).
_OTHER_FIRST = re.compile("[" + "".join(sorted({re.escape(t[0]) for t in _other})) + "]")
KINDS: dict[str, tuple[tuple[str, str], ...]] = {t: tuple(k) for t, k in _KINDS.items()}
# Characters that open a word without a space before them; replaced by spaces (1:1, so offsets hold).
_OPENERS = ("\n", "(", "/", "#", "“", "（", "「", "『", "【", "，", "、", "：")  # CJK punctuation opens too
# A straight double quote opens a word too, except inside a Hebrew acronym typed with it: ת"ז (ID card), ד"ר.
_DOUBLE_QUOTE = re.compile('(?<![\u05d0-\u05ea])"|"(?![\u05d0-\u05ea])')
# Marks that open a word only at a word start: "a 'Mr Collins' called", "«Herr Wagner»", "¿Señor Pérez?";
# inside a word an apostrophe belongs to it ("ma'am", "O'Brien"). The mark comes first and the look-behind
# checks the character before it, so the engine skips to the few marks with a character-set scan.
_QUOTE_OPENER = re.compile(r"['‘«„¿¡\[*](?<=\s.)")


#: A cue found in a text: (start, end, cue term).
CueHit = tuple[int, int, str]


def scan(low: str) -> list[CueHit]:
    """Cue words of a lowercased text, in order, as offsets into the text."""
    padded = " " + low
    for ch in _OPENERS:
        if ch in padded:
            padded = padded.replace(ch, " ")
    if '"' in padded:
        padded = _DOUBLE_QUOTE.sub(" ", padded)
    padded = _QUOTE_OPENER.sub(" ", padded)
    # The leading space of a match is the padding offset: a match at `start` in `padded` is a cue at
    # `start` in `low` (the cue itself begins one character later in `padded`).
    hits = [(m.start(), m.end() - 1, m.group(1)) for m in _ASCII_RE.finditer(padded)]
    if not low.isascii():
        if _OTHER_FIRST.search(padded) is not None:
            hits += [(m.start(), m.end() - 1, m.group(m.lastindex or 0)) for m in _OTHER_RE.finditer(padded)]
        if _NO_SPACE.search(low):
            hits += [(m.start(), m.end(), m.group()) for m in _UNSPACED_RE.finditer(low)]
        hits.sort()
    return hits
