"""Polynomial substring hashes over a batch's code points, and the script tables that the features
(`features.py`) and the concept lexicon (`concept_match.py`) share.

Every substring hash comes from one prefix sum modulo 2**64 (hash(a, b) = (S[b] - S[a]) * R**-a), so character
n-grams, words, phrases and word prefixes are hashed without a Python loop over items or tokens. The constants
are fixed: changing any of them invalidates every shipped model (`features.FEATURE_VERSION`).
"""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache

import numpy as np
import numpy.typing as npt

R = np.uint64(0x100000001B3)  # odd multiplier of the polynomial hash (FNV prime)
R_INV = np.uint64(pow(0x100000001B3, -1, 1 << 64))

_POWERS_LOCK = threading.Lock()
_POWERS: tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]] = (np.ones(1, dtype=np.uint64),
                                                                  np.ones(1, dtype=np.uint64))


def _powers(n: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """R**i and R**-i modulo 2**64 for i < n (cached, grown geometrically; one tuple swap, thread-safe)."""
    global _POWERS
    fwd, inv = _POWERS
    if fwd.size < n:
        with _POWERS_LOCK:
            fwd, inv = _POWERS
            if fwd.size < n:
                size = max(n, 2 * fwd.size, 1 << 16)
                with np.errstate(over="ignore"):
                    f = np.full(size, R, dtype=np.uint64)
                    f[0] = 1
                    i = np.full(size, R_INV, dtype=np.uint64)
                    i[0] = 1
                    fwd, inv = np.multiply.accumulate(f), np.multiply.accumulate(i)
                _POWERS = (fwd, inv)
    return fwd[:n], inv[:n]


@lru_cache(maxsize=1)
def word_table() -> npt.NDArray[np.bool_]:
    """is-word-character for every code point of the BMP and the CJK extension planes."""
    size = 0x30000
    table = np.zeros(size, dtype=np.bool_)
    for cp in range(size):
        ch = chr(cp)
        if ch.isalnum() or ch == "_" or unicodedata.category(ch) in ("Mn", "Mc"):
            table[cp] = True
    return table


class Hasher:
    """Prefix sums for O(1) substring hashes over the joined batch."""

    def __init__(self, cps: npt.NDArray[np.uint32]) -> None:
        n = cps.size
        fwd, inv = _powers(n + 1)
        with np.errstate(over="ignore"):
            terms = (cps.astype(np.uint64) + np.uint64(1)) * fwd[:n]
            self.prefix = np.zeros(n + 1, dtype=np.uint64)
            np.cumsum(terms, out=self.prefix[1:])
        self.inv = inv

    def span(self, start: npt.NDArray[np.int64], end: npt.NDArray[np.int64]) -> npt.NDArray[np.uint64]:
        with np.errstate(over="ignore"):
            h: npt.NDArray[np.uint64] = (self.prefix[end] - self.prefix[start]) * self.inv[start]
            return h + (end - start).astype(np.uint64) * np.uint64(0x9E3779B1)

    def ngrams(self, k: int) -> npt.NDArray[np.uint64]:
        """Hashes of every k-gram, by start position (same values as `span(i, i + k)`)."""
        m = self.prefix.size - k
        # In place after the first difference: one temporary of the batch's length, not three.
        h: npt.NDArray[np.uint64] = np.subtract(self.prefix[k:], self.prefix[:m])
        h *= self.inv[:m]
        h += np.uint64(k * 0x9E3779B1)
        return h


def hash_string(text: str) -> int:
    """The raw 64-bit hash that `Hasher.span` gives for `text` (pure Python: used to build lexicons)."""
    mask = (1 << 64) - 1
    r = int(R)
    h, power = 0, 1
    for ch in text:
        h = (h + (ord(ch) + 1) * power) & mask
        power = (power * r) & mask
    return (h + len(text) * 0x9E3779B1) & mask


# Thai, Lao, Burmese, Khmer, kana, CJK ideographs and Hangul: matched as substrings (no reliable
# word boundaries; Hangul for its attached particles).
UNSPACED = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x3040, 0x9FFF), (0xAC00, 0xD7AF))


@lru_cache(maxsize=1)
def _unspaced_table() -> npt.NDArray[np.bool_]:
    """Code point → in a script without spaces (one slot past the last range: everything above)."""
    table = np.zeros(UNSPACED[-1][1] + 2, dtype=np.bool_)
    for lo, hi in UNSPACED:
        table[lo : hi + 1] = True
    return table


def unspaced_mask(cps: npt.NDArray[np.uint32]) -> npt.NDArray[np.bool_]:
    """Which of the code points `cps` belong to a script without spaces."""
    table = _unspaced_table()
    return table[np.minimum(cps, table.size - 1)]


def unspaced_script(term: str) -> bool:
    return " " not in term and any(lo <= ord(ch) <= hi for ch in term for lo, hi in UNSPACED)
