"""The audit chain: each record's hash covers its content and the previous hash, so
removing, reordering or editing a record breaks every hash after it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

GENESIS = "0" * 64

# one record as store/audit.py reads it:
# (seq, at, actor, action, target, before, after, prev_hash, hash)
AuditRecord = tuple[int, str, str, str, str, str | None, str | None, str, str]


def canonical(value: Any) -> str:
    """One JSON text per value: sorted keys, no spaces, UTF-8 kept as-is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def record_hash(
    prev_hash: str,
    at: str,
    actor: str,
    action: str,
    target: str,
    before: str | None,
    after: str | None,
) -> str:
    payload = canonical([prev_hash, at, actor, action, target, before, after])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def first_break(records: Iterable[AuditRecord]) -> int | None:
    """Sequence number of the first record whose hash does not follow, or None."""
    prev = GENESIS
    for seq, at, actor, action, target, before, after, prev_hash, digest in records:
        if (
            prev_hash != prev
            or record_hash(prev, at, actor, action, target, before, after) != digest
        ):
            return seq
        prev = digest
    return None
