"""A static hash table of 64-bit keys, probed for a whole array of candidates at once.

The concept lexicon looks up a few hundred candidate hashes per item (words, phrases, word
prefixes, substrings), nearly all of them misses. A one-byte-per-slot filter drops most misses in
one read (a byte, not a packed bit: one gather instead of five passes of bit arithmetic over every
candidate, for 7 MiB more); the survivors are probed in a table where keys sit by linear probing in order of their
home slot, without wrap-around, so every run from a key's home to the key is occupied: a lookup
stops at the first empty slot or at the key itself (a binary search would cost ~17 scattered reads).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

# Fibonacci hashing: the polynomial hashes of short words differ mostly in their low bits, and the
# multiplication carries them into the top bits that pick a slot.
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_FILTER_BITS = 23  # a bool per slot (8 MiB): with ~300k keys about 4 % of misses get past it


class KeyTable:
    """Maps each distinct key of a sorted key array to its first row and its number of rows."""

    def __init__(self, sorted_keys: npt.NDArray[np.uint64]) -> None:
        keys, first, counts = np.unique(sorted_keys, return_index=True, return_counts=True)
        self.keys = keys
        self.first = first.astype(np.int64)
        self.counts = counts.astype(np.int64)
        mixed = _mix(keys)
        self._filter = np.zeros(1 << _FILTER_BITS, dtype=np.bool_)
        self._filter[(mixed >> np.uint64(64 - _FILTER_BITS)).astype(np.int64)] = True
        # at least four slots per key: most probes end at their first slot
        self._bits = max(4, int(np.ceil(np.log2(max(keys.size, 1)))) + 2)
        home = (mixed >> np.uint64(64 - self._bits)).astype(np.int64)
        order = np.argsort(home, kind="stable")
        home = home[order]
        position = np.maximum.accumulate(home - np.arange(home.size)) + np.arange(home.size)
        self._max_probe = int((position - home).max(initial=0))
        self._slots = np.full((1 << self._bits) + self._max_probe + 1, -1, dtype=np.int32)
        self._slots[position] = order.astype(np.int32)

    def find(self, candidates: npt.NDArray[np.uint64]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """(positions in `candidates`, indices into `keys`) of the candidates that are keys, in order."""
        if self.keys.size == 0:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty
        mixed = _mix(candidates)
        active = np.flatnonzero(self._filter[(mixed >> np.uint64(64 - _FILTER_BITS)).view(np.int64)])
        slot = (mixed[active] >> np.uint64(64 - self._bits)).view(np.int64)
        wanted = candidates[active]
        keys = self.keys
        positions: list[npt.NDArray[np.int64]] = []
        indices: list[npt.NDArray[np.int64]] = []
        for _ in range(self._max_probe + 1):
            index = self._slots[slot]
            occupied = index >= 0
            # An empty slot (-1) reads the last key; `occupied` discards it. Cheaper than masking
            # the gather with boolean indexing four times per probe.
            hit = occupied & (keys[index] == wanted)
            if hit.any():
                positions.append(active[hit])
                indices.append(index[hit].astype(np.int64))
            going_on = occupied ^ hit
            if not going_on.any():
                break
            active, wanted, slot = active[going_on], wanted[going_on], slot[going_on] + 1
        if not positions:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty
        if len(positions) == 1:  # hits of one probe round only: already in candidate order
            return positions[0], indices[0]
        position = np.concatenate(positions)
        order = np.argsort(position, kind="stable")
        return position[order], np.concatenate(indices)[order]


def _mix(keys: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    with np.errstate(over="ignore"):
        return keys * _GOLDEN
