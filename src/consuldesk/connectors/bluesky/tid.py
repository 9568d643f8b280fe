"""Deterministic record keys: an idempotency key → a valid AT Protocol TID.

A TID is a 64-bit integer (top bit 0, 53 bits of microseconds since the epoch, 10 bits of clock id)
written as 13 base32-sortable characters. Deriving it from a hash of the idempotency key, not from the
clock, gives every retry of one part the same rkey, so the PDS refuses a second record. The timestamp
bits land between 2000 and late 2017: always in the past, never colliding with clock-made TIDs of the
same account in practice. The cost is that these rkeys do not sort by posting time; Bluesky orders
posts by `createdAt`, not by rkey.
"""

from __future__ import annotations

import hashlib
import re

__all__ = ["TID_PATTERN", "is_tid", "tid_from_key"]

_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
_EPOCH_2000_US = 946_684_800_000_000
_OFFSET_BITS = 49  # 2**49 µs ≈ 17.8 years after 2000-01-01
TID_PATTERN = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")


def tid_from_key(key: str) -> str:
    digest = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")
    micros = _EPOCH_2000_US + (digest >> 10) % (1 << _OFFSET_BITS)
    value = (micros << 10) | (digest & 0x3FF)
    return "".join(_ALPHABET[(value >> shift) & 31] for shift in range(60, -1, -5))


def is_tid(value: str) -> bool:
    return TID_PATTERN.match(value) is not None
