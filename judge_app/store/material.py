"""Entries' proposal material (schema 11): the list of pieces per entry, and their bytes
once per SHA-256. The bytes are read one piece at a time, when shown, never at open."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

import sqlite_utils

from judge_app.domain.material import SECTION, MaterialItem
from judge_app.store.audit import append_audit

FIELDS = "entry_code, name, kind, media_type, size, sha256, pages, position"


def has_material(db: sqlite_utils.Database, schema: str = "main") -> bool:
    """Whether the file is of schema 11 or later (an older file has no material)."""
    return (
        db.execute(
            f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = 'material'"
        ).fetchone()
        is not None
    )


def items(db: sqlite_utils.Database, code: str | None = None) -> list[MaterialItem]:
    """Every piece of one entry (or of every entry), in the order they are shown."""
    if not has_material(db):
        return []
    where, args = ("WHERE entry_code = ?", [code]) if code is not None else ("", [])
    rows = db.execute(
        f"SELECT {FIELDS} FROM material {where} ORDER BY entry_code, kind != 'section', "
        "position, name",
        args,
    ).fetchall()
    return [MaterialItem(*row) for row in rows]


def blob(db: sqlite_utils.Database, sha256: str) -> bytes | None:
    """A piece's bytes, or None when this file does not carry them (a judge's hand-in, a
    backup: store/lean_copy.py)."""
    row = db.execute("SELECT data FROM material_blobs WHERE sha256 = ?", [sha256]).fetchone()
    return None if row is None else bytes(row[0])


def carried(db: sqlite_utils.Database) -> tuple[int, int]:
    """(pieces whose bytes this file holds, pieces listed)."""
    if not has_material(db):
        return 0, 0
    listed, held = db.execute(
        "SELECT count(*), count(b.sha256) FROM material m "
        "LEFT JOIN material_blobs b ON b.sha256 = m.sha256"
    ).fetchone()
    return int(held), int(listed)


def blob_bytes(db: sqlite_utils.Database) -> int:
    """How many bytes of material the file holds."""
    if not has_material(db):
        return 0
    return int(
        db.execute("SELECT coalesce(sum(length(data)), 0) FROM material_blobs").fetchone()[0]
    )


def replace_material(
    db: sqlite_utils.Database,
    files_of: dict[str, list[MaterialItem]],
    sections_of: dict[str, list[MaterialItem]],
    read: Callable[[MaterialItem], bytes],
    audit: object,
) -> None:
    """In one transaction: each entry in `files_of` gets exactly those files, each entry
    in `sections_of` exactly those sections (the entry's other kind is kept); bytes no
    longer listed are dropped. `read` gives a piece's bytes, called only for hashes the
    file does not hold yet; it raises to abort everything."""
    with db.atomic():
        conn = db.conn
        for replaced, is_section in ((files_of, False), (sections_of, True)):
            for code, pieces in replaced.items():
                conn.execute(
                    "DELETE FROM material WHERE entry_code = ? AND (kind = 'section') = ?",
                    [code, is_section],
                )
                conn.executemany(
                    f"INSERT INTO material ({FIELDS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            code,
                            p.name,
                            p.kind,
                            p.media_type,
                            p.size,
                            p.sha256,
                            p.pages,
                            p.position,
                        )
                        for p in pieces
                    ],
                )
                for piece in pieces:
                    if not conn.execute(
                        "SELECT 1 FROM material_blobs WHERE sha256 = ?", [piece.sha256]
                    ).fetchone():
                        conn.execute(
                            "INSERT INTO material_blobs (sha256, data) VALUES (?, ?)",
                            [piece.sha256, read(piece)],
                        )
        conn.execute("DELETE FROM material_blobs WHERE sha256 NOT IN (SELECT sha256 FROM material)")
        append_audit(db, "secretariat", "material", "", None, audit)


def section_texts(db: sqlite_utils.Database, code: str) -> dict[str, str]:
    """Section id -> its text, for one entry (the sections are small)."""
    if not has_material(db):
        return {}
    rows = db.execute(
        "SELECT m.name, b.data FROM material m JOIN material_blobs b ON b.sha256 = m.sha256 "
        "WHERE m.entry_code = ? AND m.kind = ?",
        [code, SECTION],
    ).fetchall()
    return {name: bytes(data).decode("utf-8") for name, data in rows}


def entries_with_material(db: sqlite_utils.Database) -> set[str]:
    if not has_material(db):
        return set()
    return {row[0] for row in db.execute("SELECT DISTINCT entry_code FROM material")}


def all_items(db: sqlite_utils.Database, codes: Iterable[str] | None = None) -> list[MaterialItem]:
    wanted = None if codes is None else set(codes)
    return [i for i in items(db) if wanted is None or i.entry_code in wanted]


def altered_pieces(db: sqlite_utils.Database) -> list[MaterialItem]:
    """The pieces whose stored bytes no longer hash to their recorded SHA-256 (read one
    blob at a time: a package can hold a gigabyte of material)."""
    if not has_material(db):
        return []
    bad = []
    for sha256, data in db.execute("SELECT sha256, data FROM material_blobs"):
        if hashlib.sha256(data).hexdigest() != sha256:
            bad.append(sha256)
    return [i for i in items(db) if i.sha256 in set(bad)]
