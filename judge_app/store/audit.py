"""The append-only, hash-chained audit log: one record per change, in the same
transaction as the change."""

from __future__ import annotations

import sqlite_utils

from judge_app.integrity.audit import GENESIS, AuditRecord, canonical, record_hash
from judge_app.store.repository import now


def append_audit(
    db: sqlite_utils.Database,
    actor: str,
    action: str,
    target: str,
    before: object,
    after: object,
) -> None:
    row = db.conn.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS
    at = now()
    before_text = None if before is None else canonical(before)
    after_text = None if after is None else canonical(after)
    digest = record_hash(prev, at, actor, action, target, before_text, after_text)
    db.conn.execute(
        "INSERT INTO audit_log (at, actor, action, target, before, after, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [at, actor, action, target, before_text, after_text, prev, digest],
    )


def audit_records(db: sqlite_utils.Database) -> list[AuditRecord]:
    return db.conn.execute(
        "SELECT seq, at, actor, action, target, before, after, prev_hash, hash "
        "FROM audit_log ORDER BY seq"
    ).fetchall()


def audit_head(db: sqlite_utils.Database) -> str:
    row = db.conn.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return row[0] if row else GENESIS
