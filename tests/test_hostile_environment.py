"""A hostile environment (issue 7): a full disk, a read-only folder, a file removed while
open. Each gets a clear message, the work so far is kept, and no output is left
half-written. Full and read-only disks are real: small tmpfs mounts (root only; skipped
where mounting is not allowed)."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from judge_app import services
from judge_app.base.errors import JudgeAppError, StorageError, storage_problem
from judge_app.files.verification import verify_file
from judge_app.sessions.package import FileGone
from tests.conftest import TEST_PASSPHRASE, write_csv
from tests.test_cli import run


@contextlib.contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip("mounting a small disk needs root: " + done.stderr.decode().strip())
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def fill_up(folder: Path) -> None:
    """Leave no free byte on the disk."""
    with contextlib.suppress(OSError), (folder / "filler.bin").open("wb") as handle:
        while True:
            handle.write(b"\0" * 4096)
            handle.flush()


def scores_of(package: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{package}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT * FROM scores ORDER BY 1, 2, 3").fetchall()
    finally:
        conn.close()


def integrity(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def all_cells(package: Path) -> list[list[str]]:
    session = services.open_package(package, read_only=True)
    try:
        return [["entry", "criterion", "value"]] + [
            [e.code, c.id, "70"]
            for e in session.entries
            if session.conflict_reason(e.code) is None
            for c in session.definition.criteria
        ]
    finally:
        session.close()


def test_a_full_disk_keeps_every_saved_score_and_says_so(demo, tmp_path: Path) -> None:
    source = demo.packages[0].path
    rows = all_cells(source)
    # room for the package and a save; fill_up then takes the rest (a fixed size broke
    # when a schema's new empty tables made the package 16 KB larger)
    room = f"{source.stat().st_size // 1024 + 256}k"
    with small_disk(tmp_path / "stick", room) as stick:
        package = stick / source.name
        shutil.copyfile(source, package)
        session = services.open_package(package)
        code, criterion = rows[1][0], rows[1][1]
        session.set_score(code, criterion, 81.0)  # saved before the disk fills up
        session.close()
        before = scores_of(package)
        fill_up(stick)
        done = run("scores", "import", package, write_csv(tmp_path / "all.csv", rows))
        assert done.returncode != 0
        assert str(package) in done.stderr and "the disk is full" in done.stderr
        assert "internal error" not in done.stderr
        (stick / "filler.bin").unlink()
        assert scores_of(package) == before  # nothing lost, nothing half-written
        assert integrity(package) == [("ok",)]
        assert verify_file(package).ok


def test_a_pdf_to_a_full_disk_leaves_no_half_file(signed, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("JUDGE_APP_PASSPHRASE", TEST_PASSPHRASE)
    services.merge(signed.master, [p.path for p in signed.packages])
    with small_disk(tmp_path / "full", "256k") as full:
        fill_up(full)
        done = run("results", signed.master, "--pdf", full / "rekap.pdf")
        assert done.returncode != 0
        assert "the disk is full" in done.stderr, done.stderr
        assert sorted(p.name for p in full.iterdir()) == ["filler.bin"]  # no rekap, no .tmp


def test_a_read_only_folder_is_read_and_not_changed(demo, tmp_path: Path) -> None:
    source = demo.packages[0].path
    with small_disk(tmp_path / "cdrom", "4m") as cdrom:
        package = cdrom / source.name
        shutil.copyfile(source, package)
        read_only(cdrom)
        rows = all_cells(package)  # reading works where SQLite could not write its index
        assert len(rows) > 1
        done = run("scores", "import", package, write_csv(tmp_path / "all.csv", rows))
        assert done.returncode != 0
        assert "cannot be changed in this folder" in done.stderr, done.stderr
        exported = run("scores", "export", package, tmp_path / "out.csv")
        assert exported.returncode == 0, exported.stderr
        assert verify_file(package).ok
        out = run("scores", "export", package, cdrom / "out.csv")  # output to read-only
        assert out.returncode != 0 and "read-only" in out.stderr, out.stderr


def test_a_file_removed_while_open_is_noticed_and_its_scores_can_be_saved(
    demo, tmp_path: Path
) -> None:
    package = demo.packages[0].path
    session = services.open_package(package)
    rows = all_cells(package)[1:4]
    for code, criterion, _ in rows:
        session.set_score(code, criterion, 66.0)
    moved = tmp_path / "elsewhere.sqlite"
    shutil.move(package, moved)  # the stick is taken out; here: the file is moved away
    with pytest.raises(FileGone, match="no longer where it was opened"):
        session.set_score(rows[0][0], rows[0][1], 67.0)
    copy = session.save_copy(tmp_path / "rescued.sqlite")
    session.close()
    # the moved file left its recent changes behind in the write-ahead log; the copy
    # taken through the open connection has them all
    assert [row[:4] for row in scores_of(copy)] == [
        (demo.packages[0].judge.id, c, k, 66.0) for c, k, _ in rows
    ]
    assert verify_file(copy).ok


def test_storage_messages_name_the_cause() -> None:
    import errno

    cases = {
        sqlite3.OperationalError("database or disk is full"): "the disk is full",
        sqlite3.OperationalError("attempt to write a readonly database"): "read-only",
        sqlite3.OperationalError("disk I/O error"): "USB stick",
        OSError(errno.ENOSPC, "No space left on device"): "the disk is full",
        OSError(errno.EROFS, "Read-only file system"): "read-only",
    }
    for exc, words in cases.items():
        problem = storage_problem(exc, "J1.sqlite")
        assert isinstance(problem, StorageError)
        assert str(problem).startswith("J1.sqlite: ") and words in str(problem)


def test_unsaved_changes_in_the_log_on_a_read_only_disk_are_not_dropped(
    demo, tmp_path: Path
) -> None:
    source = demo.packages[0].path
    with small_disk(tmp_path / "stick", "4m") as stick:
        package = stick / source.name
        shutil.copyfile(source, package)
        writer = sqlite3.connect(package)
        writer.execute("PRAGMA journal_mode = WAL")  # as an earlier judge-app wrote packages
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("INSERT INTO meta VALUES ('note', 'only in the write-ahead log')")
        writer.commit()
        shutil.copyfile(f"{package}-wal", tmp_path / "wal")  # as a crash leaves it
        writer.close()
        shutil.copyfile(tmp_path / "wal", f"{package}-wal")
        Path(f"{package}-shm").unlink(missing_ok=True)
        read_only(stick)
        with pytest.raises(JudgeAppError, match=r"together with .*-wal"):
            services.describe(package)


def test_a_read_only_view_makes_no_key_and_signs_nothing(demo, tmp_path: Path) -> None:
    import os

    from judge_app.judge import keys
    from judge_app.sessions.package import READ_ONLY, ScoreRefused

    package = demo.packages[0].path
    keys_before = sorted((Path(os.environ["JUDGE_APP_HOME"]) / "keys").rglob("*"))
    view = services.open_package(package, read_only=True)
    try:
        with pytest.raises(ScoreRefused, match=READ_ONLY):
            keys.key_pair(view, "kata-sandi-baru-1", create=True)
    finally:
        view.close()
    assert sorted((Path(os.environ["JUDGE_APP_HOME"]) / "keys").rglob("*")) == keys_before
