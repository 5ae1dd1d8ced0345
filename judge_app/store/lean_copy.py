"""A whole copy of a file except the bytes of its proposal material (issue 21).

A judge's package carries the material of every assigned entry (hundreds of megabytes);
the rolling backups, a copy saved elsewhere and the hand-in need the scores, not a second
copy of what the secretariat already holds and the hashes in `material` name exactly.
SQLite's backup API copies every page, so a file holding material is copied table by
table instead: each table's rows, then its indexes and triggers (so no trigger fires on
the copy), and the file's schema version and application id."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path

import sqlite_utils

LEFT_OUT = "material_blobs"


def holds_material(db: sqlite_utils.Database) -> bool:
    """Whether a copy of this file would carry material bytes worth leaving out."""
    found = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [LEFT_OUT]
    ).fetchone()
    return bool(found) and db.execute(f"SELECT 1 FROM {LEFT_OUT} LIMIT 1").fetchone() is not None


def file_path(db: sqlite_utils.Database) -> str:
    return str(next(row[2] for row in db.execute("PRAGMA database_list") if row[1] == "main"))


# "CREATE [UNIQUE] TABLE|INDEX|TRIGGER|VIEW [IF NOT EXISTS] " before an object's name
CREATED = re.compile(
    r"^(\s*CREATE\s+(?:UNIQUE\s+)?(?:TABLE|INDEX|TRIGGER|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?)",
    re.IGNORECASE,
)


def lean_copy(db: sqlite_utils.Database, target: str) -> None:
    """Write the copy into `target` (a new, empty file), in one transaction, through the
    file's own connection: a package that vanished under its window (a pulled stick) is
    still read whole through it, as SQLite's backup API would."""
    conn = db.conn
    if conn.in_transaction:
        conn.commit()
    query_only = conn.execute("PRAGMA query_only").fetchone()[0]
    conn.execute("PRAGMA query_only = 0")  # the copy is written; the file itself is not
    conn.execute("ATTACH DATABASE ? AS lean", [target])
    try:
        for pragma in ("page_size", "application_id", "user_version"):
            value = conn.execute(f"PRAGMA main.{pragma}").fetchone()[0]
            conn.execute(f"PRAGMA lean.{pragma} = {int(value)}")
        objects = conn.execute(
            "SELECT type, name, sql FROM main.sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
        ).fetchall()
        conn.execute("BEGIN")
        try:
            for kind, name, sql in objects:
                if kind == "table":
                    conn.execute(CREATED.sub(r"\1lean.", sql, count=1))
                    if name != LEFT_OUT:
                        conn.execute(f'INSERT INTO lean."{name}" SELECT * FROM main."{name}"')
            for kind, _name, sql in objects:  # indexes and triggers once the rows are in
                if kind != "table":
                    conn.execute(CREATED.sub(r"\1lean.", sql, count=1))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.execute("DETACH DATABASE lean")
        conn.execute(f"PRAGMA query_only = {int(query_only)}")


def _lacks_bytes(db: sqlite_utils.Database) -> bool:
    """A file listing material whose bytes it does not hold (a lean copy)."""
    return has_list(db) and (
        db.execute(
            f"SELECT 1 FROM material m WHERE NOT EXISTS (SELECT 1 FROM {LEFT_OUT} b "
            "WHERE b.sha256 = m.sha256) LIMIT 1"
        ).fetchone()
        is not None
    )


def restore_into(source: sqlite_utils.Database, db: sqlite_utils.Database) -> None:
    """Make `db` what `source` (a backup) holds. A backup is a lean copy: the material's
    bytes `db` holds are set aside first and put back for every piece the restored list
    names, so restoring the scores never costs the judge the proposals."""
    stash = None
    if holds_material(db) and _lacks_bytes(source):
        folder = Path(file_path(db)).parent
        fd, stash = tempfile.mkstemp(prefix=".material.", suffix=".tmp", dir=folder)
        os.close(fd)
        os.unlink(stash)
        db.conn.commit()
        db.execute("ATTACH DATABASE ? AS stash", [stash])
        try:
            db.execute(f"CREATE TABLE stash.{LEFT_OUT} AS SELECT * FROM main.{LEFT_OUT}")
            db.conn.commit()
        finally:
            db.execute("DETACH DATABASE stash")
    try:
        source.conn.backup(db.conn)
        if stash is not None and has_list(db):
            db.execute("ATTACH DATABASE ? AS stash", [stash])
            try:
                db.execute(
                    f"INSERT OR IGNORE INTO main.{LEFT_OUT} SELECT * FROM stash.{LEFT_OUT} "
                    "WHERE sha256 IN (SELECT sha256 FROM main.material)"
                )
                db.conn.commit()
            finally:
                db.execute("DETACH DATABASE stash")
    finally:
        if stash is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(stash)


def has_list(db: sqlite_utils.Database) -> bool:
    return (
        db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'material'"
        ).fetchone()
        is not None
    )
