"""InMemoryFingerprintIndex: the default FingerprintIndex, bounded so memory stays flat on a stream.

Entries live in a ring of `capacity` slots; the oldest is overwritten (evicted) when the ring is
full. Per slot: the item id, the id of the first item of its duplicate cluster ("root"), the exact
fingerprint and the MinHash signature (16 low bits per permutation: enough to estimate similarity,
half the memory). Near duplicates are found with LSH banding: 16 bands of 4 minima, one open table
per band mapping a band hash to the ring slot that last had it. A table slot may point at an entry
that was evicted or overwritten; every candidate is verified against the stored signature, so a
stale pointer can only cost a missed match, never a false one.

At the default 200,000 entries this is about 26 MB of signatures, 25 MB of band tables and tags,
and the Python strings of ids and fingerprints. Must not import stages or storage.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from consuldesk.pipeline.minhash import NUM_PERM
from consuldesk.pipeline.ports import Signature, SignatureMatrix

BANDS = 16
ROWS = NUM_PERM // BANDS
_EMPTY = -1
_BAND_MULT = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5], dtype=np.uint64)


def band_keys(signatures: SignatureMatrix) -> npt.NDArray[np.uint64]:
    """One 64-bit hash per (row, band) of a signature matrix."""
    rows = signatures.reshape(len(signatures), BANDS, ROWS)
    # Column by column: the same sum as `(rows * mult).sum(axis=2)` (addition mod 2**64 is
    # associative), without numpy's slow reduction over a 4-wide uint64 axis (15× faster).
    keys = rows[:, :, 0].astype(np.uint64) * _BAND_MULT[0]
    for k in range(1, ROWS):
        keys += rows[:, :, k].astype(np.uint64) * _BAND_MULT[k]
    keys ^= keys >> np.uint64(29)
    keys += np.arange(BANDS, dtype=np.uint64)[None, :] * np.uint64(0x9E3779B97F4A7C15)
    out: npt.NDArray[np.uint64] = keys
    return out


def _sorted_unique(values: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """`np.unique(values)` by sorting: numpy 2's hash-based unique plus its sort is ~10× slower here."""
    ordered = np.sort(values)
    keep = np.empty(ordered.size, dtype=bool)
    keep[:1] = True
    keep[1:] = ordered[1:] != ordered[:-1]
    out: npt.NDArray[np.int64] = ordered[keep]
    return out


class InMemoryFingerprintIndex:
    def __init__(self, capacity: int = 200_000, threshold: float = 0.75) -> None:
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.threshold = threshold
        self._ids: list[str | None] = [None] * capacity
        self._roots: list[str | None] = [None] * capacity
        self._fps: list[str | None] = [None] * capacity
        self._seq = np.full(capacity, -1, dtype=np.int64)  # insertion number of each slot's entry
        self._sigs = np.zeros((capacity, NUM_PERM), dtype=np.uint16)
        self._has_sig = np.zeros(capacity, dtype=bool)
        self._exact: dict[str, int] = {}  # fingerprint → slot of the first live entry with it
        self._next = 0
        table_size = 1 << max(4, (capacity - 1).bit_length())
        self._mask = np.uint64(table_size - 1)
        self._tables = np.full((BANDS, table_size), _EMPTY, dtype=np.int32)
        # 16 more bits of the band hash per table slot: most unrelated entries sharing a slot are
        # rejected by this tag before any signature is compared.
        self._tags = np.zeros((BANDS, table_size), dtype=np.uint16)
        self._band_offsets = (np.arange(BANDS, dtype=np.intp) * table_size)[None, :]

    def __len__(self) -> int:
        return min(self._next, self.capacity)

    def add(self, id: str, fingerprint: str, signature: Signature | None) -> None:
        """Seed one entry (e.g. from storage at start-up); it is the root of its own cluster."""
        sig = np.zeros((1, NUM_PERM), dtype=np.uint32) if signature is None else signature.reshape(1, NUM_PERM)
        self._insert([id], [id], [fingerprint], sig.astype(np.uint32), np.array([signature is not None]))

    def match_and_add(
        self,
        ids: Sequence[str],
        fingerprints: Sequence[str | None],
        signatures: SignatureMatrix,
        near: npt.NDArray[np.bool_],
    ) -> list[str | None]:
        out: list[str | None] = []
        # Chunks never exceed half the ring, so nothing a chunk inserts evicts its own entries.
        step = max(1, self.capacity // 2)
        for lo in range(0, len(ids), step):
            hi = lo + step
            out += self._match_chunk(ids[lo:hi], fingerprints[lo:hi], signatures[lo:hi], near[lo:hi])
        return out

    def _match_chunk(
        self,
        ids: Sequence[str],
        fps: Sequence[str | None],
        sigs: SignatureMatrix,
        near: npt.NDArray[np.bool_],
    ) -> list[str | None]:
        n = len(ids)
        near = near & np.fromiter((fp is not None for fp in fps), dtype=bool, count=n)
        rows = np.flatnonzero(near)
        index_hit: dict[int, int] = {}  # row → ring slot of the oldest similar indexed entry
        batch_hit: dict[int, int] = {}  # row → earlier row of this batch that is similar
        keys = band_keys(sigs[rows]) if rows.size else np.zeros((0, BANDS), dtype=np.uint64)
        if rows.size:
            self._near_in_index(rows, sigs, keys, index_hit)
            self._near_in_batch(rows, sigs, keys, batch_hit)
        result: list[str | None] = [None] * n
        roots: list[str] = list(ids)
        first_row: dict[str, int] = {}
        todo: list[int] = []  # rows to remember, ascending (a list: a numpy store per item is slow)
        exact, slot_roots = self._exact, self._roots
        for i in range(n):
            fp = fps[i]
            if fp is None:
                continue
            root: str | None = None
            slot = exact.get(fp)
            if slot is not None:
                root = slot_roots[slot]
            elif fp in first_row:
                root = roots[first_row[fp]]
            else:
                first_row[fp] = i
                todo.append(i)  # exact copies add nothing; everything else is remembered
                if i in index_hit:
                    root = slot_roots[index_hit[i]]
                elif i in batch_hit:
                    root = roots[batch_hit[i]]
            if root is not None and root != ids[i]:  # never a duplicate of itself (a re-run)
                result[i] = root
                roots[i] = root
        if todo:
            self._insert(
                [ids[i] for i in todo],
                [roots[i] for i in todo],
                [fps[i] or "" for i in todo],
                sigs[todo],
                near[todo],
            )
        return result

    def _near_in_index(
        self, rows: npt.NDArray[np.intp], sigs: SignatureMatrix, keys: npt.NDArray[np.uint64], hits: dict[int, int]
    ) -> None:
        flat = self._flat_slots(keys)
        cand = self._tables.ravel()[flat].reshape(keys.shape)  # rows × bands: ring slots or -1
        tags = self._tags.ravel()[flat].reshape(keys.shape)
        live = (cand >= 0) & (tags == (keys >> np.uint64(48)).astype(np.uint16))
        r, b = np.nonzero(live)
        if r.size == 0:
            return
        pos = cand[r, b].astype(np.int64)
        # A near copy hits the same entry in most bands: compare each (row, entry) pair once.
        pairs = _sorted_unique(r * self.capacity + pos)
        r, pos = pairs // self.capacity, pairs % self.capacity
        mine = sigs[rows[r]].astype(np.uint16)
        ok = ((self._sigs[pos] == mine).mean(axis=1) >= self.threshold) & self._has_sig[pos]
        r, pos = r[ok], pos[ok]
        if r.size == 0:
            return
        # Oldest similar entry per row: sort by (row, insertion number) and keep each row's first.
        order = np.lexsort((self._seq[pos], r))
        r, pos = r[order], pos[order]
        first = np.concatenate(([True], r[1:] != r[:-1]))
        for row, slot in zip(rows[r[first]].tolist(), pos[first].tolist(), strict=True):
            hits[row] = slot

    def _near_in_batch(
        self, rows: npt.NDArray[np.intp], sigs: SignatureMatrix, keys: npt.NDArray[np.uint64], hits: dict[int, int]
    ) -> None:
        m = rows.size
        # Keys are salted per band, so one sort over all of them finds, for every (row, band),
        # the first row of the batch with the same band: flat position // BANDS is that row. An
        # unstable sort and a per-group minimum cost half of `np.unique(return_index, return_inverse)`.
        flat = keys.ravel()
        order = np.argsort(flat)
        ordered = flat[order]
        new_group = np.empty(ordered.size, dtype=bool)
        new_group[0] = True
        new_group[1:] = ordered[1:] != ordered[:-1]
        first_of_group = np.minimum.reduceat(order, np.flatnonzero(new_group))
        first = np.empty_like(order)
        first[order] = first_of_group[np.cumsum(new_group) - 1]
        cand = (first // BANDS).reshape(m, BANDS)
        r, b = np.nonzero(cand < np.arange(m)[:, None])
        if r.size == 0:
            return
        c = cand[r, b]
        pairs = _sorted_unique(r * m + c)  # a row often meets the same earlier row in several bands
        r, c = pairs // m, pairs % m
        ok = (sigs[rows[r]] == sigs[rows[c]]).mean(axis=1) >= self.threshold
        r, c = r[ok], c[ok]
        if r.size == 0:
            return
        first_ok = np.concatenate(([True], r[1:] != r[:-1]))  # pairs are sorted: smallest c first
        for row, earlier in zip(rows[r[first_ok]].tolist(), rows[c[first_ok]].tolist(), strict=True):
            hits[row] = earlier

    def _insert(
        self,
        ids: list[str],
        roots: list[str],
        fps: list[str],
        sigs: SignatureMatrix,
        has_sig: npt.NDArray[np.bool_],
    ) -> None:
        count = len(ids)
        seqs = np.arange(self._next, self._next + count, dtype=np.int64)
        slots = seqs % self.capacity
        exact, fp_at, id_at, root_at = self._exact, self._fps, self._ids, self._roots
        for k, slot in enumerate(slots.tolist()):
            old = fp_at[slot]
            if old is not None and exact.get(old) == slot:
                del exact[old]  # evicting the oldest entry forgets its fingerprint too
            fp = fps[k]
            fp_at[slot] = fp
            id_at[slot] = ids[k]
            root_at[slot] = roots[k]
            if fp and fp not in exact:
                exact[fp] = slot
        # The new slots are consecutive in the ring (one wrap at most): slice copies, not scatters.
        first = self._next % self.capacity
        head = min(count, self.capacity - first)
        for lo, hi, at in ((0, head, first), (head, count, 0)):
            if hi > lo:
                self._seq[at : at + hi - lo] = seqs[lo:hi]
                self._sigs[at : at + hi - lo] = sigs[lo:hi]
                self._has_sig[at : at + hi - lo] = has_sig[lo:hi]
        with_sig = np.flatnonzero(has_sig)
        if with_sig.size:
            keys = band_keys(sigs[with_sig])
            flat = self._flat_slots(keys)
            self._tables.ravel()[flat] = np.repeat(slots[with_sig].astype(np.int32), BANDS)
            self._tags.ravel()[flat] = (keys >> np.uint64(48)).astype(np.uint16).ravel()
        self._next += count

    def _flat_slots(self, keys: npt.NDArray[np.uint64]) -> npt.NDArray[np.intp]:
        """Flat positions in the (bands × table size) tables of each (row, band) key, row-major: one
        1-D gather or scatter is cheaper than numpy's broadcast 2-D fancy indexing."""
        flat = (keys & self._mask).astype(np.intp)
        flat += self._band_offsets
        return flat.ravel()
