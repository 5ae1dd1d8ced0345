"""Open, create and migrate judge-app files, refusing anything that is not ours."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from judge_app.base import writer_lock
from judge_app.base.errors import FileRefused
from judge_app.base.text import translate
from judge_app.store import backup_files
from judge_app.store.lean_copy import holds_material, lean_copy
from judge_app.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


class DamagedFile(FileRefused):
    """Not readable as a database at all (empty, cut short, scrambled): the one kind of
    file a restore may set aside and replace without comparing it with the backup."""


ROLES = ("master", "package")
SQLITE_MAGIC = b"SQLite format 3\x00"


class AppDatabase(sqlite_utils.Database):
    """A judge-app file: closing it gives back the writer lock it was opened with."""

    writing: Path | None = None

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self.writing is not None:
                writer_lock.release(self.writing)
                self.writing = None


def _connect(path: Path, *, media_read_only: bool = False) -> AppDatabase:
    """`media_read_only`: the file sits in a folder nobody can write (a read-only stick
    or share), where SQLite cannot make the WAL index it needs to read; it then reads
    the file as immutable, which is exact there since nobody can be changing it."""
    if media_read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    else:
        conn = sqlite3.connect(str(path), timeout=10)
    db = AppDatabase(conn)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = FULL")
    return db


@dataclass(frozen=True)
class Companion:
    """A file SQLite keeps beside a database that may hold part of it: `-wal` (saves
    not yet folded into the file) or a non-empty `-journal` (a save was interrupted)."""

    path: Path
    kind: str  # "wal" | "journal"
    size: int


def companions(path: str | os.PathLike[str]) -> list[Companion]:
    """What lies beside `path` that the file alone lacks. Look before opening it: the
    last connection to close folds a `-wal` in and removes it."""
    found = []
    for kind in ("wal", "journal"):
        side = Path(f"{path}-{kind}")
        with contextlib.suppress(OSError):
            size = side.stat().st_size
            if size > 0:
                found.append(Companion(side, kind, size))
    return found


def saved_in_wal_mode(path: str | os.PathLike[str]) -> bool:
    """The header says the file was last written in WAL mode (bytes 18-19 are 2): its
    latest saves may have stayed in a `-wal` beside it wherever it was written."""
    with contextlib.suppress(OSError), Path(path).open("rb") as handle:
        header = handle.read(20)
        return len(header) == 20 and header[18] == 2 and header[19] == 2
    return False


def use_bulk_cache(db: sqlite_utils.Database) -> None:
    """A large page cache for one bulk write (a national merge inserts millions of rows
    into two B-trees; SQLite's default 2 MB cache makes each insert a disk read)."""
    db.execute("PRAGMA cache_size = -262144")  # KiB: 256 MiB, freed when the file closes


def _check_header(path: Path) -> None:
    """Refuse files that are missing, empty, or not SQLite, before SQLite touches them."""
    if not path.exists():
        raise FileRefused(translate("database", "{path}: file not found").format(path=path))
    if path.is_dir():
        raise FileRefused(
            translate("database", "{path}: is a folder, not a judge-app file").format(path=path)
        )
    size = path.stat().st_size
    if size == 0:
        raise DamagedFile(
            translate(
                "database", "{path}: the file is empty (0 bytes), not a judge-app file"
            ).format(path=path)
        )
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_MAGIC):
        raise DamagedFile(
            translate("database", "{path}: not a judge-app file (not an SQLite database)").format(
                path=path
            )
        )
    if len(header) < 100:  # at least the 16 bytes of SQLITE_MAGIC: always "bytes"
        raise DamagedFile(
            translate(
                "database", "{path}: the SQLite file is truncated (only {size} bytes)"
            ).format(path=path, size=size)
        )
    (app_id,) = struct.unpack(">i", header[68:72])
    if app_id & 0xFFFFFFFF != APPLICATION_ID:
        raise FileRefused(_foreign_message(path, app_id))


def _foreign_message(path: Path, app_id: int) -> str:
    if app_id == 0:
        return translate(
            "database", "{path}: an SQLite database, but not one made by judge-app"
        ).format(path=path)
    return translate(
        "database",
        "{path}: an SQLite database of another application "
        "(application_id 0x{application_id}), not a judge-app file",
    ).format(path=path, application_id=f"{app_id & 0xFFFFFFFF:08X}")


# Files this old are read without migrating (verify, merge, packaging read their input
# without changing it); version 4 only added the retired_keys table.
READABLE_FROM = 3


def open_database(
    path: str | os.PathLike[str],
    role: str | None = None,
    *,
    migrate: bool = True,
    write: bool = True,
) -> AppDatabase:
    """Open a judge-app file. `write`: hold it for changes (one writer per file:
    writer_lock) and migrate an older schema after a backup copy; otherwise the
    connection only reads (SQLite refuses any change), and an older schema is migrated
    first only when `migrate` and nobody else has the file open for changes.
    `migrate=False`: read the file exactly as it is (verify and merge never change
    their input)."""
    path = Path(path)
    _check_header(path)
    if write:
        writer_lock.acquire(path)
    db: AppDatabase | None = None
    try:
        try:
            db = _connect(path)
            db.writing = path if write else None
            version = _read_versions(db, path)
        except sqlite3.OperationalError:
            if write or os.access(path.parent, os.W_OK):
                raise
            if db is not None:
                db.close()
                db = None
            wal = Path(f"{path}-wal")
            if wal.exists() and wal.stat().st_size > 0:
                raise FileRefused(
                    translate(
                        "database",
                        "{path}: on a read-only disk with changes still in {wal} beside "
                        "it; copy {name} together with {wal} to a folder you can "
                        "write to and open it there",
                    ).format(path=path, wal=wal.name, name=path.name)
                ) from None
            db = _connect(path, media_read_only=True)
            version = _read_versions(db, path)
        if version > SCHEMA_VERSION:
            raise FileRefused(
                translate(
                    "database",
                    "{path}: written by a newer judge-app (file schema {version}, this "
                    "version understands up to {supported}); please update judge-app",
                ).format(path=path, version=version, supported=SCHEMA_VERSION)
            )
        if version < SCHEMA_VERSION:
            if not write and migrate and _migrated_by_us(path, role):
                db.close()
                db = None
                return open_database(path, role, migrate=False, write=False)
            if not (write and migrate) and version >= READABLE_FROM:
                pass  # read as it is: later migrations only add what readers can miss
            elif not (write and migrate):
                raise FileRefused(
                    translate("database", "{path}: schema {version} needs migrating first").format(
                        path=path, version=version
                    )
                )
            else:
                backup_copy(db, path, f"before-v{SCHEMA_VERSION}")
                _run_migrations(db, version)
        actual = file_role(db)
        if role is not None and actual != role:
            raise FileRefused(_wrong_role(role).format(path=path))
        if not write:
            db.execute("PRAGMA query_only = ON")
        elif actual == "package":
            keep_whole(db)
    except FileRefused:
        if db is not None:
            db.close()
        elif write:
            writer_lock.release(path)
        raise
    except sqlite3.DatabaseError as exc:
        if db is not None:
            db.close()
        elif write:
            writer_lock.release(path)
        raise DamagedFile(
            translate(
                "database", "{path}: the file is damaged and cannot be read ({error})"
            ).format(path=path, error=exc)
        ) from None
    except BaseException:
        if db is not None:
            db.close()
        elif write:
            writer_lock.release(path)
        raise
    return db


def keep_whole(db: sqlite_utils.Database) -> None:
    """Every save of a package lands in the package file itself: judges copy "the file"
    to a stick, often with the window still open or after a crash, and a `-wal` left
    behind would keep their latest scores. A rollback journal does that (the journal is
    gone when a commit returns). An older package is in WAL mode; it is switched now,
    which folds its `-wal` in, unless someone else is reading it at this moment: then
    every commit is checkpointed into the file instead."""
    try:
        mode = db.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError:  # "database is locked": a reader has it open
        mode = "wal"
    if mode == "wal":
        db.execute("PRAGMA wal_autocheckpoint = 1")


def _wrong_role(needed: str) -> str:
    """The refusal's template ({path}) for a file of the other role (file_role: the two)."""
    if needed == "master":
        return translate(
            "database",
            "{path}: this is a judge's package, but a secretariat master file is needed here",
        )
    if needed == "package":
        return translate(
            "database",
            "{path}: this is a secretariat master file, but a judge's package is needed here",
        )
    raise ValueError(needed)


def _migrated_by_us(path: Path, role: str | None) -> bool:
    """Migrate an older file before reading it, if it can be held for changes here; when
    it cannot (open elsewhere, read-only media), it is read as it is."""
    try:
        writer_lock.acquire(path)
    except writer_lock.WriteRefused:
        return False
    try:
        open_database(path, role, write=True).close()
    finally:
        writer_lock.release(path)
    return True


def _read_versions(db: sqlite_utils.Database, path: Path) -> int:
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if app_id & 0xFFFFFFFF != APPLICATION_ID:
        raise FileRefused(_foreign_message(path, app_id))
    db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # damaged files fail here
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def file_role(db: sqlite_utils.Database) -> str:
    row = db.execute("SELECT value FROM meta WHERE key = 'role'").fetchone()
    if row is None or row[0] not in ROLES:
        raise FileRefused(
            translate(
                "database", "the file has no valid role (master or package); it may be damaged"
            )
        )
    return str(row[0])


def create_database(path: Path, role: str, meta: dict[str, str]) -> sqlite_utils.Database:
    """Create a fresh file with the whole schema; the caller fills it, then commits."""
    if role not in ROLES:
        raise ValueError(role)
    db = _connect(path)
    db.execute(f"PRAGMA journal_mode = {'DELETE' if role == 'package' else 'WAL'}")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _run_migrations(db, 0)
    with db.atomic():
        db.table("meta").insert_all(
            [{"key": k, "value": v} for k, v in {"role": role, **meta}.items()], pk="key"
        )
    return db


def _run_migrations(db: sqlite_utils.Database, current: int) -> None:
    """Apply the missing migrations and the new user_version in one transaction."""
    script = "".join(MIGRATIONS[current:])
    try:
        db.conn.executescript(
            f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {SCHEMA_VERSION};\nCOMMIT;"
        )
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise


def copy_to(db: sqlite_utils.Database, target: Path) -> Path:
    """A whole copy of an open file at `target` (which must not exist), written under a
    temporary name and renamed into place; without the material's bytes when the file
    holds any (store/lean_copy.py)."""
    target = Path(target)
    if target.exists():
        raise FileRefused(
            translate("database", "{path}: already exists; choose another name").format(path=target)
        )
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        if holds_material(db):  # the scores, not a second copy of the material's bytes
            lean_copy(db, tmp_name)
        else:
            dest = sqlite3.connect(tmp_name)
            try:
                db.conn.backup(dest)
            finally:
                dest.close()
        os.replace(tmp_name, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
    return target


def make_self_contained(path: Path) -> None:
    """A copy to be carried elsewhere: rollback journal mode (nothing kept beside it) and
    SQLite's own integrity check, before it is handed over."""
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()
    if problems != ["ok"]:
        raise DamagedFile(
            translate(
                "database", "{path}: the file is damaged and cannot be read ({error})"
            ).format(path=path, error="; ".join(problems[:3]))
        )


def backup_copy(db: sqlite_utils.Database, path: Path, reason: str) -> Path:
    """A rolling backup (store/backup_files.py) through SQLite's backup API, safe while the
    file is open; the oldest beyond backup_files.KEEP are removed."""
    target = copy_to(db, backup_files.new_backup_path(path, reason))  # whole or absent
    backup_files.prune(path, protect=(target,))
    return target


@contextlib.contextmanager
def opened(
    path: str | os.PathLike[str], role: str | None = None, *, write: bool = True
) -> Iterator[AppDatabase]:
    """Open for one piece of work and always close."""
    db = open_database(path, role, write=write)
    try:
        yield db
    finally:
        db.close()


@contextlib.contextmanager
def new_file(
    path: str | os.PathLike[str], role: str, meta: dict[str, str]
) -> Iterator[sqlite_utils.Database]:
    """Build a new file under a temporary name and move it into place only when complete,
    so a failure or a crash never leaves a half-written file under the real name."""
    path = Path(path)
    if path.exists():
        raise FileRefused(
            translate(
                "database", "{path}: already exists; choose another name or remove it first"
            ).format(path=path)
        )
    if not path.parent.is_dir():
        raise FileRefused(
            translate("database", "{folder}: folder not found").format(folder=path.parent)
        )
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    db = create_database(tmp, role, meta)
    try:
        yield db
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        os.replace(tmp, path)
    except BaseException:
        db.close()
        raise
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
