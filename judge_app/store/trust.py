"""The master's trust anchors and revocation lists (schema 12): what the secretariat imported
for verify to check certified signatures against, each change audited."""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from judge_app.store.audit import append_audit
from judge_app.store.repository import now


@dataclass(frozen=True)
class Anchor:
    """A root certificate the secretariat trusts."""

    fingerprint: str
    der: bytes
    subject: str
    not_after: str
    source: str  # the file it was imported from (its name only)
    imported_at: str


@dataclass(frozen=True)
class RevocationList:
    """A certificate revocation list, as given."""

    fingerprint: str
    der: bytes
    issuer: str
    this_update: str
    next_update: str
    source: str
    imported_at: str


def has_trust(db: sqlite_utils.Database) -> bool:
    """Whether the file is of schema 12 or later (an older file trusts nothing)."""
    return (
        db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'trust_anchors'"
        ).fetchone()
        is not None
    )


def anchors(db: sqlite_utils.Database) -> list[Anchor]:
    if not has_trust(db):
        return []
    rows = db.execute(
        "SELECT fingerprint, der, subject, not_after, source, imported_at FROM trust_anchors "
        "ORDER BY subject, fingerprint"
    ).fetchall()
    return [Anchor(f, bytes(d), s, n, src, at) for f, d, s, n, src, at in rows]


def revocation_lists(db: sqlite_utils.Database) -> list[RevocationList]:
    if not has_trust(db):
        return []
    rows = db.execute(
        "SELECT fingerprint, der, issuer, this_update, next_update, source, imported_at "
        "FROM revocation_lists ORDER BY issuer, this_update"
    ).fetchall()
    return [RevocationList(f, bytes(d), i, t, n, s, at) for f, d, i, t, n, s, at in rows]


def add(
    db: sqlite_utils.Database,
    new_anchors: list[Anchor],
    new_lists: list[RevocationList],
) -> None:
    """In one transaction with one audit record: add the anchors and lists not held yet."""
    stamp = now()
    with db.atomic():
        conn = db.conn
        for a in new_anchors:
            conn.execute(
                "INSERT OR IGNORE INTO trust_anchors (fingerprint, der, subject, not_after, "
                "source, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
                [a.fingerprint, a.der, a.subject, a.not_after, a.source, stamp],
            )
        for r in new_lists:
            conn.execute(
                "INSERT OR IGNORE INTO revocation_lists (fingerprint, der, issuer, this_update, "
                "next_update, source, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [r.fingerprint, r.der, r.issuer, r.this_update, r.next_update, r.source, stamp],
            )
        append_audit(
            db,
            "secretariat",
            "trust",
            "import",
            None,
            {
                "anchors": [
                    {"fingerprint": a.fingerprint, "subject": a.subject} for a in new_anchors
                ],
                "revocation_lists": [
                    {"fingerprint": r.fingerprint, "issuer": r.issuer} for r in new_lists
                ],
            },
        )


def remove(db: sqlite_utils.Database, fingerprint: str) -> None:
    """Drop one anchor or list (by its full fingerprint), audited."""
    with db.atomic():
        conn = db.conn
        row = conn.execute(
            "SELECT subject FROM trust_anchors WHERE fingerprint = ?", [fingerprint]
        ).fetchone()
        if row is not None:
            conn.execute("DELETE FROM trust_anchors WHERE fingerprint = ?", [fingerprint])
            before = {"anchor": fingerprint, "subject": row[0]}
        else:
            row = conn.execute(
                "SELECT issuer FROM revocation_lists WHERE fingerprint = ?", [fingerprint]
            ).fetchone()
            conn.execute("DELETE FROM revocation_lists WHERE fingerprint = ?", [fingerprint])
            before = {"revocation_list": fingerprint, "issuer": row[0] if row else ""}
        append_audit(db, "secretariat", "trust", "remove", before, None)
