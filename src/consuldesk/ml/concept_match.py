"""The concept lexicon matched over a featurised batch: terms in many languages mapped to shared concepts.

Owns: turning the lexicon's terms into hash keys once, and finding every (item, concept) hit of a batch in one
vectorised probe of the batch's word, phrase, prefix and substring hashes (`hashing.Hasher`).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

from consuldesk.ml.hashing import UNSPACED, Hasher, R, hash_string, unspaced_mask, unspaced_script, word_table
from consuldesk.ml.keytable import KeyTable

MAX_PHRASE = 4  # longest lexicon phrase, in words


class Lexicon:
    """Concept lexicon: terms in many languages mapped to shared concepts (distress, gratitude…).

    A term ending in '*' matches any word starting with it; terms in scripts written without spaces
    (CJK, Thai, Lao, Khmer, Burmese; Hangul too, for its attached particles) match anywhere, by their
    first `_MAX_ANYWHERE` code points; others match a whole word or a phrase of up to four words. A term
    may belong to several concepts. Matching is one vectorised probe of every candidate hash (words,
    phrases, word prefixes, substrings) through a hash table (`keytable`).
    """

    _MAX_ANYWHERE = 10

    def __init__(self, concepts: dict[str, Iterable[str]]) -> None:
        self.names = sorted(concepts)
        pairs: set[tuple[int, int]] = set()
        prefix_lengths: set[int] = set()
        anywhere_lengths: set[int] = set()
        for cid, name in enumerate(self.names):
            for raw in concepts[name]:
                term = raw.strip().lower()
                if not term:
                    continue
                if term.endswith("*") and unspaced_script(term[:-1]):
                    term = term[:-1]  # a stem in a script without spaces is a substring
                if term.endswith("*"):
                    stem = term[:-1]
                    if stem and " " not in stem:
                        prefix_lengths.add(len(stem))
                        pairs.add((_prefix_key(hash_string(stem)), cid))
                elif unspaced_script(term):
                    # A longer term (Burmese and Khmer words run to a dozen code points) matches by
                    # its head: still specific, and the candidate lengths per position stay bounded.
                    term = term[: self._MAX_ANYWHERE]
                    anywhere_lengths.add(len(term))
                    pairs.add((hash_string(term) ^ _ANYWHERE_KEY, cid))
                else:
                    tokens = _tokens(term)
                    if 1 <= len(tokens) <= MAX_PHRASE:
                        pairs.add((_chain([hash_string(t) for t in tokens]), cid))
        ordered = sorted(pairs)
        self._keys = np.array([k for k, _ in ordered], dtype=np.uint64)
        self._cids = np.array([c for _, c in ordered], dtype=np.int64)
        self._prefix_lengths = sorted(prefix_lengths)
        self._anywhere_lengths = sorted(anywhere_lengths)
        self._table = KeyTable(self._keys)

    @property
    def n_concepts(self) -> int:
        return len(self.names)

    def match(self, hasher: Hasher, w_start: npt.NDArray[np.int64], w_end: npt.NDArray[np.int64],
              w_doc: npt.NDArray[np.int64], w_hash: npt.NDArray[np.uint64], cps: npt.NDArray[np.uint32],
              sep_pos: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """(item, concept) for every lexicon hit of the batch (one row per hit). `sep_pos` holds the
        position of each item's closing separator."""
        hashes: list[npt.NDArray[np.uint64]] = []
        # Per block of candidates, (doc table, positions in it): a candidate's item is looked up only
        # when it hits, instead of gathering the item of every candidate (~260 per item, ~5 % hit).
        docs: list[tuple[npt.NDArray[np.int64], npt.NDArray[np.int64] | None]] = []
        # words and phrases of up to MAX_PHRASE words
        h = w_hash
        ok = np.ones(w_hash.size, dtype=np.bool_)
        for span in range(1, MAX_PHRASE + 1):
            if span > 1:
                if h.size < 2:
                    break
                with np.errstate(over="ignore"):
                    h = h[:-1] * R + w_hash[span - 1:]
                ok = ok[:-1] & (w_doc[span - 1:] == w_doc[: w_doc.size - span + 1])
            hashes.append(h[ok])
            docs.append((w_doc[: h.size][ok], None))
        # word prefixes (stems): every (word, stem length) pair in one pass
        if self._prefix_lengths:
            lo, hi = self._prefix_lengths[0], self._prefix_lengths[-1]
            n_pref = np.clip(w_end - w_start, lo - 1, hi) - (lo - 1)
            if n_pref.any():
                which = np.repeat(np.arange(w_start.size), n_pref)
                k = lo + np.arange(which.size) - np.repeat(np.cumsum(n_pref) - n_pref, n_pref)
                start = w_start[which]
                hashes.append(_prefix_keys(hasher.span(start, start + k)))
                docs.append((w_doc, which))
        # substrings in scripts without spaces: every (position, length) pair inside its item
        if self._anywhere_lengths:
            wide = np.flatnonzero(cps >= UNSPACED[0][0])
            wide = wide[unspaced_mask(cps[wide])]
            if wide.size:
                lo, hi = self._anywhere_lengths[0], self._anywhere_lengths[-1]
                wide_doc = np.searchsorted(sep_pos, wide)
                room = sep_pos[wide_doc] - wide  # characters to the end of the item
                n_any = np.clip(room, lo - 1, hi) - (lo - 1)
                which = np.repeat(wide, n_any)
                k = lo + np.arange(which.size) - np.repeat(np.cumsum(n_any) - n_any, n_any)
                hashes.append(hasher.span(which, which + k) ^ np.uint64(_ANYWHERE_KEY))
                docs.append((np.repeat(wide_doc, n_any), None))
        cand = np.concatenate(hashes)
        hit, key = self._table.find(cand)
        if hit.size == 0:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty
        # Hits are ascending: split them by block and look up their items block by block.
        block_start = np.cumsum([0] + [h.size for h in hashes])
        cut = np.searchsorted(hit, block_start).tolist()
        found: list[npt.NDArray[np.int64]] = []
        for b, (table, where) in enumerate(docs):
            local = hit[cut[b] : cut[b + 1]] - block_start[b]
            found.append(table[local] if where is None else table[where[local]])
        hit_doc = np.concatenate(found)
        counts = self._table.counts[key]
        out_docs = np.repeat(hit_doc, counts)
        first = np.repeat(self._table.first[key], counts)
        offset = np.arange(out_docs.size) - np.repeat(np.cumsum(counts) - counts, counts)
        return out_docs, self._cids[first + offset]


_ANYWHERE_KEY = 0x2127599BF4325C37  # keeps substring keys apart from whole-word keys of the same text


def _prefix_key(h: int) -> int:
    return (h ^ 0x5BD1E9955BD1E995) & ((1 << 64) - 1)


def _prefix_keys(h: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    return h ^ np.uint64(0x5BD1E9955BD1E995)


def _tokens(term: str) -> list[str]:
    table = word_table()
    out: list[str] = []
    current: list[str] = []
    for ch in term:
        if ord(ch) < table.size and table[ord(ch)]:
            current.append(ch)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def _chain(hashes: list[int]) -> int:
    """Hash of a word n-gram from its word hashes (must match `_chain_arrays`)."""
    h = hashes[0]
    for x in hashes[1:]:
        h = (h * int(R) + x) % (1 << 64)
    return h
