import numpy as np

from consuldesk.ml.keytable import KeyTable


def test_finds_every_key_with_its_rows_and_no_absent_one() -> None:
    rng = np.random.default_rng(5)
    keys = np.sort(rng.integers(0, 2**63, 5_000, dtype=np.int64).astype(np.uint64))
    keys = np.sort(np.concatenate([keys, keys[:300]]))  # some keys own several rows
    table = KeyTable(keys)
    absent = rng.integers(0, 2**63, 20_000, dtype=np.int64).astype(np.uint64)
    absent = absent[~np.isin(absent, keys)]
    candidates = np.concatenate([absent[:500], keys[::7], absent[500:], keys[:50]])
    positions, indices = table.find(candidates)
    expected = np.flatnonzero(np.isin(candidates, keys))
    assert positions.tolist() == expected.tolist()
    assert (table.keys[indices] == candidates[positions]).all()
    left = np.searchsorted(keys, candidates[positions], side="left")
    right = np.searchsorted(keys, candidates[positions], side="right")
    assert (table.first[indices] == left).all()
    assert (table.counts[indices] == right - left).all()


def test_clustered_low_entropy_keys_and_empty_input() -> None:
    # small consecutive integers share their top bits: the table must still place and find them
    keys = np.arange(1, 2_000, dtype=np.uint64)
    table = KeyTable(keys)
    positions, indices = table.find(np.array([0, 5, 1_999, 2_000, 77], dtype=np.uint64))
    assert positions.tolist() == [1, 2, 4]
    assert table.keys[indices].tolist() == [5, 1_999, 77]
    empty_positions, _ = table.find(np.zeros(0, dtype=np.uint64))
    assert empty_positions.size == 0
