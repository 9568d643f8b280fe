"""The gap between a number cue and its value: separators, filler words ("no.", "is", "de", "番号") and at most
two other short words ("Passeport français 22AF81934"). `filler_only` decides it in linear time in any script
(`filler_walk`); `FILLER` is the same rule as one pattern, kept for the tests that check the two agree.
"""

from __future__ import annotations

import re

from consuldesk.pipeline.pii.cues_numbers_more import FILLER_WORDS as FILLER_MORE

FILLER_WORDS = (
    r"n[°º]|no|nr|num|nbr|number|nummer|numer|n[úu]mero|num[ée]ro|nomor|номер|is|was|es|est|ist|é|è|of|"
    r"do|de|da|du|di|der|des|del|my|mi|mon|ma|the|code|kode|card|am|on|le|el|il|op|in|dia|ngày|号码|号|番号|번호|رقم|"
    r"رقمه|رقمها|নং|নম্বর|এর|எண்|नं\.?|नंबर|नम्बर|का|की|ቁጥር|ቁጥሬ|číslo|број|broj|αριθμός|מספר|संख्या|क्रमांक|"
    r"সংখ্যা|సంఖ్య|నంబర్|నెంబర్|หมายเลข|เลขที่|nombor|namba|lambar|nọ́mbà|شماره|lautet|este|är|er|je|jest|"
    r"là|ni|ay|adalah|ialah|ya|yangu|wangu|meu|minha|mój|moja|мой|мій|на|št\.?|szám|száma|numărul|numarası|"
    r"numaram|nummeret|" + FILLER_MORE
)
# Also the Arabic, Ethiopic, Armenian and CJK commas, and the zero-width non-joiner of Persian ("پرونده‌ام").
FILLER_SEP = r"[\s:#№=\-–—.,(/：،፣՝、，\u200c]"
# Between a cue and its value: separators and filler words, and at most one other short word
# ("Passeport français 22AF81934", "Boekingsnummer TUI 48213377").
# A short word: letters, plus the vowel signs of Indic scripts (not "\w" in Python's sense).
_SHORT_WORD = r"(?:[^\W\d_]|[\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]){1,12}"
FILLER = re.compile(
    rf"(?:{FILLER_SEP}|(?i:{FILLER_WORDS})(?![^\W\d_]))*(?:{_SHORT_WORD}(?:{FILLER_SEP}|(?i:{FILLER_WORDS})(?![^\W\d_]))*){{0,2}}"
)
# `FILLER` backtracks badly where a gap has no spaces (Thai, Lao, Khmer): a run of letters can be cut
# into its two short words at any point, and the case-insensitive filler alternation is tried again
# after each cut (seconds for one text). `filler_only` decides the same question without backtracking:
# where no filler word starts anywhere in the gap, the pattern without them decides alike (it only cuts
# between plain character classes); otherwise a walk over the gap's positions (`filler_walk`).
ANY_FILLER = re.compile(rf"(?i:{FILLER_WORDS})")
_NO_FILLER = re.compile(rf"(?:{FILLER_SEP})*(?:{_SHORT_WORD}(?:{FILLER_SEP})*){{0,2}}")
_SEP_CHAR = re.compile(FILLER_SEP)
FILLER_WIDTH = 16  # no filler word is longer (a test checks the pattern's width)
_LETTER = re.compile(r"[^\W\d_]")
_SHORT_CHAR = re.compile(r"[^\W\d_]|[\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_SHORT_MAX = 12


def filler_only(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is only separators, filler words and at most two short words (`FILLER`)."""
    if ANY_FILLER.search(text, start, end) is None:
        return _NO_FILLER.fullmatch(text, start, end) is not None
    return filler_walk(text, start, end)


def filler_walk(text: str, start: int, end: int) -> bool:
    """`FILLER.fullmatch(text, start, end)`, decided position by position: which positions of the gap can
    be reached after 0, 1 or 2 short words. Each position is tried once per count, so a gap of n characters
    costs O(n) small matches whatever its script (the regex itself can take seconds on 45 Thai letters)."""
    reach = [[False] * (end - start + 1) for _ in range(3)]
    reach[0][0] = True
    for at in range(start, end + 1):
        i = at - start
        words = [w for w in range(3) if reach[w][i]]
        if not words or at == end:
            continue
        nexts: list[tuple[int, int]] = []  # (end of the token, short words it adds)
        if _SEP_CHAR.match(text, at, end):
            nexts.append((at + 1, 0))
        for stop in range(at + 1, min(end, at + FILLER_WIDTH) + 1):
            # the filler word must not run into a letter (`(?![^\W\d_])`, blind beyond the gap's end)
            if ANY_FILLER.fullmatch(text, at, stop) and (stop == end or not _LETTER.match(text, stop, end)):
                nexts.append((stop, 0))
        stop = at
        while stop < end and stop - at < _SHORT_MAX and _SHORT_CHAR.match(text, stop, end):
            stop += 1
            nexts.append((stop, 1))
        for w in words:
            for stop, added in nexts:
                if w + added <= 2:
                    reach[w + added][stop - start] = True
    return any(reach[w][end - start] for w in range(3))
