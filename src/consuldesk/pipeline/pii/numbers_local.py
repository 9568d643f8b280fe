"""Number cue words inside unspaced Lao, Myanmar and Khmer text.

These scripts write words without spaces between them ("បាត់ទាំងលិខិតឆ្លងដែន N02748163": lost, also
the passport), so the cue scan, which wants a space before a cue and a word end after it, misses a
cue glued to the words around it. This pass finds the number cues of these scripts as substrings,
only in texts that hold such characters. Short terms (under four characters) are left out: as
substrings they occur inside unrelated words. Linear: one trie regex.
"""

from __future__ import annotations

import re

from consuldesk.pipeline.lexicon import trie_pattern
from consuldesk.pipeline.pii import cues
from consuldesk.pipeline.pii.scan import CueHit

_SCRIPTS = "\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff"
_HAS_SCRIPT = re.compile(f"[{_SCRIPTS}]")
_TERMS = sorted(
    {
        t
        for t in cues.PASSPORT + cues.NATIONAL_ID + cues.CASE + cues.PHONE
        if len(t) >= 4 and re.match(f"[{_SCRIPTS}]", t)
    }
)
_UNSPACED = re.compile("(" + trie_pattern(((t, False) for t in _TERMS), None) + ")")


def unspaced_cues(text: str) -> list[CueHit]:
    """Number cues of Lao, Myanmar and Khmer, also glued to the words around them (the caller drops
    those the cue scan found too)."""
    if text.isascii() or not _HAS_SCRIPT.search(text):
        return []
    low = text.lower()
    return [(m.start(), m.end(), m.group()) for m in _UNSPACED.finditer(low)]
