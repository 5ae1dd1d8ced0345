"""Rolling backups of a judge-app file and restoring one (issue 7). Backups are whole
copies made with SQLite's backup API (safe while the file is open) in a folder next to
the file, `judge-app-backups/`, named NAME.REASON.YYYYmmdd-HHMMSS.sqlite; the newest
KEEP of each file are kept."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from judge_app.base import writer_lock
from judge_app.base.errors import FileRefused, JudgeAppError
from judge_app.base.text import translate
from judge_app.store.backup_files import new_backup_path, prune
from judge_app.store.database import DamagedFile, copy_to, open_database
from judge_app.store.lean_copy import restore_into


@dataclass(frozen=True)
class Summary:
    """What a backup holds, to choose one."""

    role: str
    entries: int
    judges: int
    scores: int
    sheets: int
    last_change: str  # time of the last audit record ("" when none)


def describe_reason(reason: str) -> str:
    words = {
        "before-merge": translate("backups", "before a merge"),
        "before-rekey": translate("backups", "before re-registering a judge's key"),
        "before-restore": translate("backups", "before restoring a backup"),
        "closed": translate("backups", "when the file was closed after changes"),
    }
    if reason in words:
        return words[reason]
    version = re.fullmatch(r"before-v(\d+)", reason)
    if version:
        return translate("backups", "before updating the file to schema {version}").format(
            version=version[1]
        )
    return reason


def summary(backup: Path) -> Summary:
    """Counts read from the backup, which is opened read-only and never migrated."""

    db = open_database(backup, migrate=False, write=False)
    try:
        count = _counter(db)
        role = db.execute("SELECT value FROM meta WHERE key = 'role'").fetchone()[0]
        last = db.execute("SELECT max(at) FROM audit_log").fetchone()[0] or ""
        return Summary(
            role,
            count("entries"),
            count("judges"),
            count("scores", "value IS NOT NULL"),
            count("sheets"),
            last,
        )
    finally:
        db.close()


def _counter(db: sqlite_utils.Database) -> Callable[..., int]:
    def count(table: str, where: str = "1") -> int:
        return int(db.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])

    return count


def restore(path: str | os.PathLike[str], backup: str | os.PathLike[str]) -> Path:
    """Make the file what the backup holds, after backing up what it holds now (so a
    restore can itself be undone). The backup must be of the same file: competition,
    role, definition and, for a package, judge. A file too damaged to be read is set
    aside whole instead. Returns the copy of what the file held before."""

    path, backup = Path(path), Path(backup)
    source = open_database(backup, migrate=False, write=False)
    try:
        writer_lock.acquire(path)
        try:
            try:
                db = open_database(path, migrate=False)
            except DamagedFile:
                if not path.exists():
                    raise
                before = new_backup_path(path, "damaged")
                os.replace(path, before)  # kept whole, to look at later
                for part in ("-wal", "-shm"):
                    with contextlib.suppress(FileNotFoundError):
                        os.replace(f"{path}{part}", f"{before}{part}")
                copy_to(source, path)
                prune(path, protect=(before, backup))
                return before
            try:
                wanted, found = _identity(source), _identity(db)
                if found != wanted:
                    raise FileRefused(_not_a_backup(found, wanted).format(backup=backup, path=path))
                before = copy_to(db, new_backup_path(path, "before-restore"))
                db.conn.commit()
                try:
                    restore_into(source, db)
                except sqlite3.Error as exc:
                    raise JudgeAppError(
                        translate(
                            "backups",
                            "{path}: the backup could not be restored ({error}); the file is "
                            "as it was, and its state before the attempt is also in {before}",
                        ).format(path=path, error=exc, before=before)
                    ) from None
            finally:
                db.close()
            prune(path, protect=(before, backup))
            return before
        finally:
            writer_lock.release(path)
    finally:
        source.close()


IDENTITY = ("role", "competition_id", "definition_sha256", "judge_id")


def _not_a_backup(found: tuple[str, ...], wanted: tuple[str, ...]) -> str:
    """The refusal's template ({backup}, {path}), naming the first identity that differs."""
    differs = next((k for k, a, b in zip(IDENTITY, found, wanted, strict=True) if a != b), "")
    if differs == "role":
        return translate("backups", "{backup}: not a backup of {path} (a master or a package)")
    if differs == "competition_id":
        return translate("backups", "{backup}: not a backup of {path} (another competition)")
    if differs == "definition_sha256":
        return translate(
            "backups", "{backup}: not a backup of {path} (another competition definition)"
        )
    if differs == "judge_id":
        return translate("backups", "{backup}: not a backup of {path} (another judge)")
    return translate("backups", "{backup}: not a backup of {path} (?)")


def _identity(db: sqlite_utils.Database) -> tuple[str, ...]:
    meta = dict(db.execute("SELECT key, value FROM meta"))
    return tuple(meta.get(key, "") for key in IDENTITY)


def signature(path: str | os.PathLike[str]) -> tuple[tuple[int, int] | None, ...]:
    """Size and modification time of the file and its write-ahead log: it differs after
    anything was written, so a window knows whether to leave a backup when it closes."""
    out: list[tuple[int, int] | None] = []
    for part in (Path(path), Path(f"{path}-wal")):
        try:
            stat = part.stat()
        except OSError:
            out.append(None)
            continue
        out.append((stat.st_size, stat.st_mtime_ns))
    return tuple(out)
