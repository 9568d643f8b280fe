"""Stateless, vectorised text features shared by every triage model.

Owns: turning a batch of texts into one sparse matrix of hashed features (character n-grams, word
unigrams and bigrams, lexicon concepts, a few shape cues). Must not import the pipeline, storage or
anything that loads data: the same function serves training and run time, so a model is just weights.

Why hand-rolled and not scikit-learn's HashingVectorizer: the run-time budget is tens of thousands of
items per second on two cores, so the whole batch is hashed at once in NumPy: every substring hash comes
from one polynomial prefix sum (`hashing.py`), and the concepts from one probe of those hashes
(`concept_match.py`). The hashing is fixed by the constants here and in `hashing.py`; changing any of them
invalidates every shipped model (FEATURE_VERSION).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from scipy import sparse

from consuldesk.ml.concept_match import Lexicon
from consuldesk.ml.hashing import Hasher, R, unspaced_mask, word_table

FEATURE_VERSION = 1

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_SEP = 0x1F  # unit separator between items; never survives normalisation inside a text

# salts per feature family, mixed in before bucketing so that "ab" as a char bigram and as a word differ
_SALT_CHAR = (0, 0x51ED270B, 0x2545F491, 0x6A09E667, 0x3C6EF372, 0x1B873593, 0x7F4A7C15)
_SALT_WORD = 0x85EBCA6B
_SALT_BIGRAM = 0xC2B2AE35
_SALT_LEX = 0x27D4EB2F
_SALT_SHAPE = 0x165667B1
_SALT_UNSPACED = 0x61C88647

_URL = re.compile(r"(?:https?://|www\.)\S+")
_MENTION = re.compile(r"@\w+")
_HTML_ENT = re.compile(r"&(?:amp|lt|gt|quot|#39);")
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """What to hash. Stored with every model so a model is never scored with other features."""

    bits: int = 18
    char_orders: tuple[int, ...] = (3, 4, 5)
    words: bool = True
    bigrams: bool = True
    lexicon: bool = True
    # shorter character n-grams inside scripts written without spaces, where one or two characters are a word
    unspaced_orders: tuple[int, ...] = ()

    def as_dict(self) -> dict[str, object]:
        return {"bits": self.bits, "char_orders": list(self.char_orders), "words": self.words,
                "bigrams": self.bigrams, "lexicon": self.lexicon, "unspaced_orders": list(self.unspaced_orders),
                "version": FEATURE_VERSION}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> FeatureConfig:
        if data.get("version") != FEATURE_VERSION:
            raise ValueError(f"model features v{data.get('version')} != code v{FEATURE_VERSION}; retrain")
        orders = data["char_orders"]
        assert isinstance(orders, list)
        unspaced = data.get("unspaced_orders", [])  # absent from models trained before it existed
        assert isinstance(unspaced, list)
        return cls(bits=int(str(data["bits"])), char_orders=tuple(int(o) for o in orders),
                   words=bool(data["words"]), bigrams=bool(data["bigrams"]), lexicon=bool(data["lexicon"]),
                   unspaced_orders=tuple(int(o) for o in unspaced))


def _clean(text: str) -> str:
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "\\u" in text else text
    return text


def normalise_batch(texts: Sequence[str]) -> str:
    """One lower-cased string of all texts joined by the separator; URLs and @handles made generic."""
    joined = "\x1f".join(_clean(t) for t in texts).lower()
    if "&" in joined:
        joined = _HTML_ENT.sub(" ", joined)
    if "@" in joined:
        joined = _MENTION.sub("@user", joined)
    if "http" in joined or "www." in joined:
        joined = _URL.sub(" http ", joined)
    return joined


@lru_cache(maxsize=1)
def _remap_table() -> npt.NDArray[np.uint32]:
    """Code point → code point: digits of every script → '0', whitespace → ' ', the rest unchanged."""
    size = 0x30000
    table = np.arange(size, dtype=np.uint32)
    for cp in range(size):
        ch = chr(cp)
        if ch.isdigit():
            table[cp] = 48
        elif ch.isspace() and cp != _SEP:
            table[cp] = 32
    return table


def _codepoints(joined: str) -> npt.NDArray[np.uint32]:
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    table = _remap_table()
    if int(cps.max(initial=0)) < table.size:
        cps = table[cps]
    else:
        cps = cps.copy()
        small = cps < table.size
        cps[small] = table[cps[small]]
    # collapse runs of spaces, and drop spaces touching the item separator
    space = cps == 32
    drop = np.zeros_like(space)
    drop[1:] = space[1:] & ((cps[:-1] == 32) | (cps[:-1] == _SEP))
    drop[0] = space[0]
    drop[:-1] |= space[:-1] & (cps[1:] == _SEP)
    return cps[~drop] if drop.any() else cps


def _bucket(h: npt.NDArray[np.uint64], salt: int, bits: int, *, consume: bool = False) -> npt.NDArray[np.int32]:
    """Multiplicative (Fibonacci) hashing of a 64-bit hash into 2**bits buckets; salt picks the family.

    `consume=True` lets it overwrite `h` (a temporary of the caller's) instead of allocating two more."""
    mult = np.uint64(((0x9E3779B97F4A7C15 ^ (salt * 0x2545F4914F6CDD1D)) | 1) % (1 << 64))
    if consume:
        h *= mult
        h >>= np.uint64(64 - bits)
        return h.astype(np.int32)
    with np.errstate(over="ignore"):
        return ((h * mult) >> np.uint64(64 - bits)).astype(np.int32)


@dataclass(slots=True)
class Featurised:
    """Hashed features of a batch.

    `parts` are items × (2**bits + 1) binary CSR matrices (one per feature family; the extra last column
    is a junk bucket for n-grams that would cross items, always weighted 0); the feature vector of an
    item is their sum times `scale` (its L2 normalisation). Scoring uses the parts directly (no merge).
    """

    parts: list[sparse.csr_matrix]
    scale: npt.NDArray[np.float32]
    lexicon_hits: npt.NDArray[np.float32]  # items × number of lexicon concepts (counts)
    bits: int

    def concepts(self) -> sparse.csr_matrix:
        """items × (2 × concepts): presence, then log(1 + count) — the dense-looking block, kept sparse
        so scoring never calls BLAS (whose thread start-up dominates small batches)."""
        hits = self.lexicon_hits
        n_items, n = hits.shape
        nz = np.flatnonzero(hits)
        r = nz // max(n, 1)
        c = nz % max(n, 1)
        counts = hits.reshape(-1)[nz]
        data = np.stack([np.ones_like(counts), np.log1p(counts)], axis=1).reshape(-1)
        cols = np.stack([c, c + n], axis=1).reshape(-1).astype(np.int32)
        indptr = np.zeros(n_items + 1, dtype=np.int32)
        np.cumsum(np.bincount(r, minlength=n_items) * 2, out=indptr[1:])
        return sparse.csr_matrix((data.astype(np.float32), cols, indptr), shape=(n_items, 2 * n))

    def score(self, weights: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """(items × classes) = features @ weights, weights being (2**bits + 1) × classes."""
        out: npt.NDArray[np.float32] = self.parts[0] @ weights
        for part in self.parts[1:]:
            out += part @ weights
        out *= self.scale[:, None]
        return out

    def matrix(self) -> sparse.csr_matrix:
        """The merged, scaled items × 2**bits matrix (for training)."""
        total = self.parts[0]
        for part in self.parts[1:]:
            total = total + part
        total = sparse.csr_matrix(total[:, : 1 << self.bits], dtype=np.float32)
        total.sum_duplicates()
        return sparse.csr_matrix(sparse.diags(self.scale) @ total, dtype=np.float32)


_ONES = np.ones(0, dtype=np.float32)


def _ones(n: int) -> npt.NDArray[np.float32]:
    global _ONES
    ones = _ONES  # one read: another thread may swap the global meanwhile
    if ones.size < n:
        ones = _ONES = np.ones(max(n, 2 * ones.size), dtype=np.float32)
    return ones[:n]


def _csr(indices: npt.NDArray[np.int32], indptr: npt.NDArray[np.int64], n_cols: int) -> sparse.csr_matrix:
    return sparse.csr_matrix((_ones(indices.size), indices, indptr.astype(np.int32)),
                             shape=(indptr.size - 1, n_cols))


def featurise(texts: Sequence[str], config: FeatureConfig, lexicon: Lexicon | None = None) -> Featurised:
    """Hash a batch of texts (one vectorised pass over the joined batch; no per-item Python work)."""
    n_items = len(texts)
    bits = config.bits
    junk = 1 << bits
    n_cols = junk + 1
    n_concepts = lexicon.n_concepts if lexicon is not None else 0
    if n_items == 0:
        return Featurised([sparse.csr_matrix((0, n_cols), dtype=np.float32)], np.zeros(0, dtype=np.float32),
                          np.zeros((0, n_concepts), dtype=np.float32), bits)
    # every item ends with a separator, so the item of position i is the number of separators before i
    cps = _codepoints(normalise_batch(texts) + "\x1f")
    n = cps.size
    sep_pos = np.flatnonzero(cps == _SEP)
    doc_start = np.empty(n_items + 1, dtype=np.int64)
    doc_start[0] = 0
    doc_start[1:] = sep_pos + 1
    lengths = sep_pos - doc_start[:-1]
    hasher = Hasher(cps)
    parts: list[sparse.csr_matrix] = []
    count = np.zeros(n_items, dtype=np.int64)

    # character n-grams: every start position; those running past their item's end go to the junk bucket
    room = np.repeat(sep_pos, lengths + 1) - np.arange(n, dtype=np.int64)
    for k in config.char_orders:
        m = n + 1 - k
        if m <= 0:
            continue
        idx = _bucket(hasher.ngrams(k), _SALT_CHAR[k], bits, consume=True)
        idx[room[:m] < k] = junk
        parts.append(_csr(idx, np.minimum(doc_start, m), n_cols))
        count += np.maximum(lengths - k + 1, 0)

    if config.unspaced_orders:
        count += _unspaced_ngrams(parts, cps, hasher, doc_start, config.unspaced_orders, bits)

    # words: maximal runs of word characters
    table = word_table()
    word = table[cps] if int(cps.max(initial=0)) < table.size else _word_mask(cps, table)
    edges = np.diff(word.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    w_start = np.flatnonzero(edges == 1)
    w_end = np.flatnonzero(edges == -1)
    w_ptr = np.searchsorted(w_start, doc_start)
    w_count = np.diff(w_ptr)
    w_hash = hasher.span(w_start, w_end)
    if config.words and w_start.size:
        parts.append(_csr(_bucket(w_hash, _SALT_WORD, bits), w_ptr, n_cols))
        count += w_count
    if config.bigrams and w_start.size > 1:
        with np.errstate(over="ignore"):
            b_hash = w_hash[:-1] * R + w_hash[1:]
        idx = _bucket(b_hash, _SALT_BIGRAM, bits)
        last = w_ptr[1:] - 1  # the last word of each item pairs with the next item's first word
        idx[last[(last >= 0) & (last < idx.size)]] = junk
        parts.append(_csr(idx, np.minimum(w_ptr, idx.size), n_cols))
        count += np.maximum(w_count - 1, 0)

    hits = np.zeros((n_items, n_concepts), dtype=np.float32)
    if config.lexicon and lexicon is not None and w_start.size:
        w_doc = np.repeat(np.arange(n_items, dtype=np.int64), w_count)
        c_docs, c_ids = lexicon.match(hasher, w_start, w_end, w_doc, w_hash, cps, sep_pos)
        if c_docs.size:
            hits = np.bincount(c_docs * n_concepts + c_ids, minlength=n_items * n_concepts).astype(
                np.float32).reshape(n_items, n_concepts)
            order = np.argsort(c_docs, kind="stable")
            ptr = np.searchsorted(c_docs[order], np.arange(n_items + 1))
            parts.append(_csr(_bucket(c_ids[order].astype(np.uint64), _SALT_LEX, bits), ptr, n_cols))
            count += np.diff(ptr)

    # shape cues: length bucket, '!' and '?' counts
    excl = np.bincount(np.searchsorted(sep_pos, np.flatnonzero(cps == 33)), minlength=n_items)
    quest = np.bincount(np.searchsorted(sep_pos, np.flatnonzero((cps == 63) | (cps == 0xFF1F) | (cps == 0x61F))),
                        minlength=n_items)
    shape = np.stack([np.minimum(np.log2(np.maximum(lengths, 1)).astype(np.int64), 12),
                      20 + np.minimum(excl, 3), 30 + np.minimum(quest, 2)], axis=1).reshape(-1)
    parts.append(_csr(_bucket(shape.astype(np.uint64), _SALT_SHAPE, bits),
                      np.arange(0, 3 * n_items + 1, 3, dtype=np.int64), n_cols))
    count += 3

    scale = (1.0 / np.sqrt(count)).astype(np.float32)
    return Featurised(parts, scale, hits, bits)


def _unspaced_ngrams(parts: list[sparse.csr_matrix], cps: npt.NDArray[np.uint32], hasher: Hasher,
                     doc_start: npt.NDArray[np.int64], orders: tuple[int, ...], bits: int) -> npt.NDArray[np.int64]:
    """Character n-grams lying wholly inside scripts without spaces ("溺", "溺水"), appended to `parts`; returns
    how many each item got. Hashed only where they occur: most texts of a batch have none."""
    inside = unspaced_mask(cps)
    got = np.zeros(doc_start.size - 1, dtype=np.int64)
    for k in orders:
        m = cps.size + 1 - k
        if m <= 0:
            continue
        ok = inside[:m].copy()
        for j in range(1, k):  # the separator between items is never inside, so no gram crosses items
            ok &= inside[j : j + m]
        pos = np.flatnonzero(ok)
        idx = _bucket(hasher.span(pos, pos + k), _SALT_CHAR[k] ^ _SALT_UNSPACED, bits, consume=True)
        ptr = np.searchsorted(pos, doc_start)
        parts.append(_csr(idx, ptr, (1 << bits) + 1))
        got += np.diff(ptr)
    return got


def _word_mask(cps: npt.NDArray[np.uint32], table: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    word = np.zeros(cps.size, dtype=np.bool_)
    inside = cps < table.size
    word[inside] = table[cps[inside]]
    return word


