"""Declarations, signed sheets, locks and certificates: what a judge has signed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils

from judge_app.base.text import translate
from judge_app.integrity.audit import canonical
from judge_app.store.audit import append_audit, audit_head
from judge_app.store.repository import now


@dataclass(frozen=True)
class Declaration:
    judge_id: str
    kind: str  # pakta | konflik
    signed_at: str
    form: str  # canonical JSON of the form as filled in
    pdf: bytes
    pdf_sha256: str


@dataclass(frozen=True)
class Sheet:
    judge_id: str
    revision: int
    payload: str
    sha256: str
    signature: bytes
    certificate: bytes
    signed_at: str
    recap: bytes | None = None


def certificate(db: sqlite_utils.Database, judge_id: str) -> bytes | None:
    row = db.execute("SELECT certificate FROM judges WHERE id = ?", [judge_id]).fetchone()
    return row[0] if row and row[0] else None


def set_certificate(db: sqlite_utils.Database, judge_id: str, der: bytes, fingerprint: str) -> None:
    with db.atomic():
        db.execute(
            "UPDATE judges SET certificate = ?, cert_fingerprint = ? WHERE id = ?",
            [der, fingerprint, judge_id],
        )
        append_audit(db, judge_id, "certificate", judge_id, None, {"fingerprint": fingerprint})


@dataclass(frozen=True)
class RetiredKey:
    judge_id: str
    certificate: bytes
    fingerprint: str
    last_revision: int  # the key signs revisions up to this one, never a later one
    retired_at: str
    reason: str


def insert_retired(
    db: sqlite_utils.Database, judge_id: str, der: bytes, fingerprint: str, last: int, reason: str
) -> RetiredKey:
    """Record one retirement and its audit record (inside the caller's transaction)."""
    retired = RetiredKey(judge_id, der, fingerprint, last, now(), reason)
    known = db.execute(
        "SELECT 1 FROM retired_keys WHERE judge_id = ? AND fingerprint = ?", [judge_id, fingerprint]
    ).fetchone()
    if not known:
        db.execute(
            "INSERT INTO retired_keys (judge_id, certificate, fingerprint, last_revision, "
            "retired_at, reason) VALUES (?, ?, ?, ?, ?, ?)",
            [judge_id, der, fingerprint, last, retired.retired_at, reason],
        )
        append_audit(
            db,
            "secretariat",
            "rekey",
            judge_id,
            {"fingerprint": fingerprint},
            {"last_revision": last, "reason": reason},
        )
    if certificate(db, judge_id) == der:
        db.execute(
            "UPDATE judges SET certificate = NULL, cert_fingerprint = '' WHERE id = ?",
            [judge_id],
        )
    return retired


def retire_certificate(
    db: sqlite_utils.Database, judge_id: str, fingerprint: str, reason: str
) -> RetiredKey:
    """Retire the judge's registered key in one audited step; the next accepted
    declarations register a new one."""
    with db.atomic():
        der = certificate(db, judge_id)
        if der is None:
            raise ValueError(
                translate("signing", "judge {judge} has no registered key").format(judge=judge_id)
            )
        last = db.execute(
            "SELECT coalesce(max(revision), 0) FROM sheets WHERE judge_id = ?", [judge_id]
        ).fetchone()[0]
        retired = insert_retired(db, judge_id, der, fingerprint, last, reason)
    return retired


def retired_keys(db: sqlite_utils.Database, judge_id: str | None = None) -> list[RetiredKey]:
    present = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'retired_keys'"
    ).fetchone()
    if not present:  # a schema-3 file read without migrating
        return []
    sql = (
        "SELECT judge_id, certificate, fingerprint, last_revision, retired_at, reason "
        "FROM retired_keys"
    )
    args: list[str] = []
    if judge_id is not None:
        sql += " WHERE judge_id = ?"
        args.append(judge_id)
    return [RetiredKey(*row) for row in db.execute(sql + " ORDER BY retired_at", args)]


def save_declarations(db: sqlite_utils.Database, declarations: list[Declaration]) -> None:
    """Both forms in one transaction; a new declaration replaces the earlier one."""
    with db.atomic():
        for d in declarations:
            db.execute(
                "INSERT OR REPLACE INTO declarations "
                "(judge_id, kind, signed_at, form, pdf, pdf_sha256) VALUES (?, ?, ?, ?, ?, ?)",
                [d.judge_id, d.kind, d.signed_at, d.form, d.pdf, d.pdf_sha256],
            )
            append_audit(db, d.judge_id, "declaration", d.kind, None, {"pdf_sha256": d.pdf_sha256})


def declarations(db: sqlite_utils.Database, judge_id: str) -> dict[str, Declaration]:
    rows = db.execute(
        "SELECT judge_id, kind, signed_at, form, pdf, pdf_sha256 FROM declarations "
        "WHERE judge_id = ?",
        [judge_id],
    )
    return {row[1]: Declaration(*row) for row in rows}


def sheets(
    db: sqlite_utils.Database, judge_id: str | None = None, *, with_payload: bool = True
) -> list[Sheet]:
    """`with_payload=False` leaves the payload and recap empty: a master of 50 judges holds
    hundreds of megabytes of signed text that listing the sheets does not need."""
    body = "payload, sha256, signature, certificate, signed_at, recap"
    if not with_payload:
        body = "'', sha256, signature, certificate, signed_at, NULL"
    sql = f"SELECT judge_id, revision, {body} FROM sheets"
    args: list[str] = []
    if judge_id is not None:
        sql += " WHERE judge_id = ?"
        args.append(judge_id)
    return [Sheet(*row) for row in db.execute(sql + " ORDER BY judge_id, revision", args)]


def sheet(db: sqlite_utils.Database, judge_id: str, revision: int) -> Sheet:
    row = db.execute(
        "SELECT judge_id, revision, payload, sha256, signature, certificate, signed_at, recap "
        "FROM sheets WHERE judge_id = ? AND revision = ?",
        [judge_id, revision],
    ).fetchone()
    return Sheet(*row)


def lock_revision(db: sqlite_utils.Database, judge_id: str) -> int | None:
    row = db.execute("SELECT revision FROM locks WHERE judge_id = ?", [judge_id]).fetchone()
    return row[0] if row else None


def head(db: sqlite_utils.Database) -> str:
    return audit_head(db)


def save_sheet_and_lock(db: sqlite_utils.Database, sheet: Sheet) -> None:
    """Store the signed sheet and lock the scores, with its audit record, atomically."""
    with db.atomic():
        db.execute(
            "INSERT INTO sheets (judge_id, revision, payload, sha256, signature, certificate, "
            "signed_at, recap) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                sheet.judge_id,
                sheet.revision,
                sheet.payload,
                sheet.sha256,
                sheet.signature,
                sheet.certificate,
                sheet.signed_at,
                sheet.recap,
            ],
        )
        db.execute(
            "INSERT OR REPLACE INTO locks (judge_id, revision) VALUES (?, ?)",
            [sheet.judge_id, sheet.revision],
        )
        append_audit(
            db,
            sheet.judge_id,
            "sign",
            f"revision {sheet.revision}",
            None,
            {"sha256": sheet.sha256},
        )


def unlock(db: sqlite_utils.Database, judge_id: str, next_revision: int) -> None:
    with db.atomic():
        db.execute("DELETE FROM locks WHERE judge_id = ?", [judge_id])
        append_audit(db, judge_id, "reopen", f"revision {next_revision}", None, {"at": now()})


def form_text(form: dict[str, Any]) -> str:
    return canonical(form)


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def triggers(db: sqlite_utils.Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
