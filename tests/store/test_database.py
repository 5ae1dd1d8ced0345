"""Storage: our files are recognised, foreign and newer ones refused, older ones migrated
after a backup copy, and the durability settings are in force."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from judge_app import services
from judge_app.base.errors import FileRefused
from judge_app.store.database import open_database
from judge_app.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from tests.conftest import file_hash


def refused(path: Path, role: str | None = None) -> str:
    with pytest.raises(FileRefused) as caught:
        open_database(path, role)
    return str(caught.value)


def test_new_master_settings(master: Path) -> None:
    conn = sqlite3.connect(master)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert dict(conn.execute("SELECT key, value FROM meta"))["role"] == "master"
    conn.close()
    db = open_database(master, "master")
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    db.close()


def test_definition_stored_with_its_hash(master: Path, kipp_text: str) -> None:
    import hashlib

    conn = sqlite3.connect(master)
    toml, digest = conn.execute("SELECT toml, sha256 FROM definition").fetchone()
    assert toml == kipp_text
    assert digest == hashlib.sha256(kipp_text.encode()).hexdigest()


def test_foreign_sqlite_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = file_hash(other)
    message = refused(other)
    assert "another application" in message and "0x000004D2" in message
    assert str(other) in message
    assert file_hash(other) == before


def test_plain_sqlite_refused(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert "not one made by judge-app" in refused(plain)


def test_random_bytes_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(bytes(range(256)) * 8)
    assert "not an SQLite database" in refused(junk)


def test_empty_file_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert "empty (0 bytes)" in refused(empty)
    assert empty.read_bytes() == b""


def test_truncated_file_refused(master: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(master.read_bytes()[:5000])
    message = refused(cut)
    assert "damaged" in message or "truncated" in message


def test_missing_file_refused(tmp_path: Path) -> None:
    assert "file not found" in refused(tmp_path / "nope.sqlite")


def test_newer_schema_refused(master: Path) -> None:
    conn = sqlite3.connect(master)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = file_hash(master)
    message = refused(master)
    assert "newer judge-app" in message
    assert f"file schema {SCHEMA_VERSION + 1}" in message
    assert file_hash(master) == before


def test_role_mismatch_refused(demo: services.Demo) -> None:
    package = demo.packages[0].path
    message = refused(package, "master")
    assert "judge's package" in message and "secretariat master" in message


def _make_v1_file(path: Path, kipp_text: str) -> None:
    """A file as the first schema version wrote it, with real data in it."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.executescript(MIGRATIONS[0])
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO meta VALUES ('role', 'master'), ('competition_id', 'c1')")
    conn.execute("INSERT INTO definition VALUES (1, ?, 'x', '2023-12-20T00:00:00')", [kipp_text])
    conn.execute("INSERT INTO stages VALUES ('proposal', 'Proposal', 0, 0)")
    conn.execute("INSERT INTO categories VALUES ('umum', 'Umum', 3, 0)")
    conn.execute(
        "INSERT INTO entries (code, title, category, position) "
        "VALUES ('E1', 'Banten Pusaka', 'umum', 0)"
    )
    conn.execute("INSERT INTO judges (id, name) VALUES ('J1', 'Rina')")
    conn.commit()
    conn.close()


def test_migration_keeps_data_and_leaves_backup(tmp_path: Path, kipp_text: str) -> None:
    old = tmp_path / "old.sqlite"
    _make_v1_file(old, kipp_text)
    db = open_database(old, "master")
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("SELECT title FROM entries").fetchall() == [("Banten Pusaka",)]
    assert db.execute("SELECT name FROM judges").fetchall() == [("Rina",)]
    assert "scores" in db.table_names() and "audit_log" in db.table_names()
    db.close()
    [backup] = list((tmp_path / "judge-app-backups").glob("old.before-v*.sqlite"))
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT title FROM entries").fetchall() == [("Banten Pusaka",)]
    assert "scores" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()


def test_audit_log_is_append_only(master: Path) -> None:
    db = open_database(master)
    db.execute(
        "INSERT INTO audit_log (at, actor, action, prev_hash, hash) VALUES ('t', 'a', 'x', '', 'h')"
    )
    for statement in ("UPDATE audit_log SET actor = 'b'", "DELETE FROM audit_log"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute(statement)
    db.close()


def test_storage_refuses_scores_for_conflicted_entry(master: Path) -> None:
    services.add_judge(master, "Rina")
    db = open_database(master)
    db.execute("INSERT INTO conflicts VALUES ('J1', 'E1', 'kerabat', 't')")
    with pytest.raises(sqlite3.IntegrityError, match="conflict of interest"):
        db.execute(
            "INSERT INTO scores (judge_id, entry_code, criterion_id, value, note, updated_at) "
            "VALUES ('J1', 'E1', 'K1', 80, '', 't')"
        )
    db.close()


def test_nothing_left_behind_when_creation_fails(tmp_path: Path) -> None:
    bad = tmp_path / "entries.csv"
    bad.write_text("code,title,agency,region,category\nE1,,a,b,umum\n", encoding="utf-8")
    out = tmp_path / "m.sqlite"
    with pytest.raises(Exception, match="empty title"):
        services.create_master("kipp", bad, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["entries.csv"]
