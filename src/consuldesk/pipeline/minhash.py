"""MinHash signatures of normalised texts, computed for a whole batch at once with numpy.

Shingles are word bigrams (character bigrams in Chinese, Japanese, Korean and Thai). Words are found
on the UTF-8 bytes of the batch in one vectorised pass; URL/mention placeholders and hashtag words are
left out, so a retweet with another link or a few appended hashtags keeps its signature. Words are
hashed with a polynomial hash computed from prefix sums (no per-word Python), bigrams are mixed into
64-bit values, and 64 multiply-xorshift permutations give the signature's minimum hashes.

Deterministic across processes (no Python `hash()`), so signatures stored by ingest can seed the
index after a restart. Must not import stages or storage.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

NUM_PERM = 64
_U64 = np.uint64
_P = _U64(0x100000001B3)  # FNV prime: odd, so invertible modulo 2**64
_P_INV = _U64(pow(0x100000001B3, -1, 2**64))
_MIX1 = _U64(0xBF58476D1CE4E5B9)
_MIX2 = _U64(0x94D049BB133111EB)
_rng = np.random.default_rng(20240611)
_PERM_A = (_rng.integers(1, 2**32, NUM_PERM, dtype=np.uint64) | 1).astype(np.uint32)
_PERM_B = _rng.integers(0, 2**32, NUM_PERM, dtype=np.uint64).astype(np.uint32)
_PERM_BLOCK = 4  # permutations hashed per pass (measured: 4 beats 8, 16 and all 64)


# Byte classes of UTF-8 text: separators, word bytes, lead bytes of one-character words (kana, CJK,
# Hangul: scripts without spaces) and lead bytes of symbols (U+0080–U+00BF such as NBSP, «, °;
# U+2000–U+2FFF such as dashes, arrows, ✅; and 4-byte characters, i.e. emoji), which are not words.
_SEP, _WORD, _SOLO, _SYMBOL = 0, 1, 2, 3
_CLASS = np.zeros(256, dtype=np.uint8)
_CLASS[[ord(c) for c in "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'"]] = _WORD
_CLASS[0x80:] = _WORD
_CLASS[0xE3:0xEE] = _SOLO
_CLASS[[0xC2, 0xE2, 0xF0, 0xF1, 0xF2, 0xF3, 0xF4]] = _SYMBOL
_SYMBOL_LEN = np.zeros(256, dtype=np.int64)
_SYMBOL_LEN[0xC2] = 2
_SYMBOL_LEN[0xE2] = 3
_SYMBOL_LEN[0xF0:0xF5] = 4
_SKIP_AFTER = np.zeros(256, dtype=bool)
for _ch in "#@<":
    _SKIP_AFTER[ord(_ch)] = True  # hashtags, "@user" and "<url>" are not content words


def _mix(x: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """splitmix64 finaliser: spreads the polynomial hash over all 64 bits."""
    x = (x ^ (x >> _U64(30))) * _MIX1
    x = (x ^ (x >> _U64(27))) * _MIX2
    return x ^ (x >> _U64(31))


def signatures(texts: Sequence[str]) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.float64]]:
    """MinHash signatures (n × NUM_PERM, uint32) and the number of content words of each text.

    A text with fewer than two words has no shingles; its signature row is all 0xFFFFFFFF. Words in
    scripts without spaces count half each (a Chinese character is about half a word).
    """
    n = len(texts)
    sigs = np.full((n, NUM_PERM), np.iinfo(np.uint32).max, dtype=np.uint32)
    words = np.zeros(n, dtype=np.float64)
    if n == 0:
        return sigs, words
    encoded = [t.encode("utf-8") for t in texts]
    lens = np.fromiter(map(len, encoded), dtype=np.int64, count=n)
    buf = np.frombuffer(b"\n".join(encoded) + b"\n", dtype=np.uint8)
    doc_starts = np.concatenate(([0], np.cumsum(lens + 1)[:-1]))
    cls = _CLASS[buf]
    symbols = np.flatnonzero(cls == _SYMBOL)
    if symbols.size:
        # Blank every byte of each symbol (they are few, so expand their ranges explicitly).
        width = _SYMBOL_LEN[buf[symbols]]
        spans = np.repeat(symbols, width) + (np.arange(width.sum()) - np.repeat(np.cumsum(width) - width, width))
        cls[np.minimum(spans, buf.size - 1)] = _SEP
    is_word = cls != _SEP
    solo = cls == _SOLO
    thai = np.flatnonzero(buf[:-1] == 0xE0)
    if thai.size:
        nxt = buf[thai + 1]
        solo[thai[(nxt >= 0xB8) & (nxt <= 0xBB)]] = True  # Thai and Lao: no spaces either
    # A word starts at a word byte after a separator, at each one-character word's lead byte, and
    # right after a one-character word (3 bytes) when a word byte follows.
    is_start = is_word.copy()
    is_start[1:] &= ~is_word[:-1] | solo[1:]
    if solo.any():
        is_start[3:] |= solo[:-3] & is_word[3:]
    is_end = np.zeros_like(is_word)
    is_end[1:] = is_word[:-1] & (~is_word[1:] | is_start[1:])
    starts = np.flatnonzero(is_start)
    if starts.size == 0:
        return sigs, words
    ends = np.flatnonzero(is_end)
    prev_byte = buf[np.maximum(starts - 1, 0)]
    content = ~_SKIP_AFTER[prev_byte] | (starts == 0)
    starts, ends = starts[content], ends[content]
    doc = np.searchsorted(doc_starts, starts, side="right") - 1
    weight = np.where(solo[starts], 0.5, 1.0)
    words += np.bincount(doc, weights=weight, minlength=n)
    hashes = _word_hashes(buf, starts, ends)
    # Bigrams of consecutive words of the same text.
    same = doc[1:] == doc[:-1]
    if not same.any():
        return sigs, words
    grams = _mix(hashes[:-1] * _P ^ hashes[1:])[same]
    gram_doc = doc[:-1][same]
    _minhash(grams, gram_doc, sigs)
    return sigs, words


_powers = np.ones(1, dtype=_U64)
_inverse = np.ones(1, dtype=_U64)


def _power_tables(size: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """P^i and P^-i (mod 2**64) for i < size; grown geometrically and kept between batches."""
    global _powers, _inverse
    if _powers.size < size:
        size = max(size, 2 * _powers.size)
        with np.errstate(over="ignore"):
            _powers = np.concatenate(([_U64(1)], np.cumprod(np.full(size - 1, _P, dtype=_U64))))
            _inverse = np.concatenate(([_U64(1)], np.cumprod(np.full(size - 1, _P_INV, dtype=_U64))))
    return _powers, _inverse


def _word_hashes(
    buf: npt.NDArray[np.uint8], starts: npt.NDArray[np.int64], ends: npt.NDArray[np.int64]
) -> npt.NDArray[np.uint64]:
    """Polynomial hash of each byte range, all at once: sum(b_i * P^(i - start)) mod 2**64."""
    powers, inverse = _power_tables(buf.size)
    with np.errstate(over="ignore"):
        prefix = np.concatenate(([_U64(0)], np.cumsum(buf.astype(_U64) * powers[: buf.size], dtype=_U64)))
        sums = prefix[ends] - prefix[starts]
        return _mix(sums * inverse[starts] + (ends - starts).astype(_U64))


def _minhash(grams: npt.NDArray[np.uint64], gram_doc: npt.NDArray[np.int64], sigs: npt.NDArray[np.uint32]) -> None:
    """Per-document minimum of NUM_PERM permutations of 32-bit shingle hashes (in place).

    `gram_doc` is ascending (shingles come in text order). The hash matrix is laid out permutations
    × shingles so the per-document minimum is a reduceat along the contiguous axis.
    """
    # The shingle hashes are already well mixed (splitmix64), so a multiply-add per permutation is
    # enough: its high bits, which decide the minimum, are a good permutation of the input.
    x = (grams >> _U64(32)).astype(np.uint32)
    bounds = np.flatnonzero(np.concatenate(([True], gram_doc[1:] != gram_doc[:-1])))
    rows = gram_doc[bounds]
    # A few permutations at a time: the hash block (~1 MB for a 2,000-item batch) stays in cache
    # between the multiply-add and the reduceat, where all 64 at once (~20 MB) went through memory.
    for lo in range(0, NUM_PERM, _PERM_BLOCK):
        hi = lo + _PERM_BLOCK
        h = _PERM_A[lo:hi, None] * x[None, :]
        h += _PERM_B[lo:hi, None]
        sigs[rows, lo:hi] = np.minimum.reduceat(h, bounds, axis=1).T
