"""The package file alone holds every save (issue 18): judges copy "the file" to a stick,
with the window still open or after a crash, and nothing beside it (`-wal`, `-shm`, a
journal) travels with it. Each test copies only the `.sqlite` right after saves have
returned and opens the copy somewhere else."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from judge_app import services
from judge_app.domain.model import ScoreChange
from judge_app.files.verification import verify_file
from judge_app.store.database import saved_in_wal_mode
from tests.conftest import TEST_PASSPHRASE
from tests.crash.child import cell_at, cells_of

ROOT = Path(__file__).resolve().parents[2]


def bare_copy(package: Path, folder: Path) -> Path:
    """What a judge puts on a stick: the file, without anything beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / package.name
    target.unlink(missing_ok=True)
    shutil.copyfile(package, target)
    assert not any(folder.glob("*-wal")) and not any(folder.glob("*-journal"))
    return target


def read_back(copy: Path):
    """The copy as the secretariat opens it, read-only."""
    return services.open_package(copy, read_only=True)


def save_and_find_in_a_bare_copy(session, stick: Path, *, maximum: bool) -> None:
    """One score saved through the open session is in a copy of the file alone."""
    code = session.entries[0].code
    criterion = session.definition.criteria[0]
    value = criterion.max if maximum else criterion.min
    session.set_score(code, criterion.id, value)
    seen = read_back(bare_copy(session.path, stick))
    try:
        assert seen.value(code, criterion.id) == value
    finally:
        seen.close()


def test_every_kind_of_save_is_in_the_bare_file_while_the_writer_is_open(
    demo, tmp_path: Path
) -> None:
    package = demo.packages[0].path
    session = services.open_package(package)
    try:
        first, second = session.entries[0].code, session.entries[1].code
        criterion = session.definition.criteria[0]
        session.set_score(first, criterion.id, criterion.max)
        session.set_note(first, criterion.id, "Catatan: ringkas, jelas — ✓")
        session.declare_conflict(second, "Pernah menjadi pembina")
        copy = bare_copy(package, tmp_path / "stick1")
        seen = read_back(copy)
        try:
            assert seen.value(first, criterion.id) == criterion.max
            assert seen.note(first, criterion.id) == "Catatan: ringkas, jelas — ✓"
            assert seen.conflict_reason(second) == "Pernah menjadi pembina"
        finally:
            seen.close()

        session.set_cells(
            ScoreChange(e.code, c.id, float(c.min + c.step * 3), "")
            for e in session.entries
            if session.conflict_reason(e.code) is None
            for c in session.definition.criteria
        )
        signed = services.finalise_in(
            session, tmp_path / "rekap.pdf", TEST_PASSPHRASE, "Serang", dt.date(2023, 12, 20)
        )
        copy = bare_copy(package, tmp_path / "stick2")
        seen = read_back(copy)
        try:
            assert seen.locked_revision == signed.revision == 1
            assert seen.progress() == session.progress()
            assert seen.declared
        finally:
            seen.close()
        assert verify_file(copy).ok
    finally:
        session.close()


def _scoring_child(package: Path, start: int, count: int) -> subprocess.Popen:
    """A judge's process that saves `count` cells, says each once it returned, then
    waits with the file still open (tests/crash/child.py's cells and values)."""
    code = (
        "import sys\n"
        "from judge_app import services\n"
        "from tests.crash.child import cell_at, cells_of\n"
        "session = services.open_package(sys.argv[1])\n"
        "cells = cells_of(session)\n"
        "for step in range(int(sys.argv[2]), int(sys.argv[2]) + int(sys.argv[3])):\n"
        "    session.set_score(*cell_at(step, cells))\n"
        "    print(step, flush=True)\n"
        "print('waiting', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, str(package), str(start), str(count)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _cells_in(copy: Path, steps: range) -> None:
    seen = read_back(copy)
    try:
        cells = cells_of(seen)
        expected: dict[tuple[str, str], float] = {}
        for step in steps:
            code, criterion, value = cell_at(step, cells)
            expected[(code, criterion)] = value
        for (code, criterion), value in expected.items():
            assert seen.value(code, criterion) == value, (copy, code, criterion)
    finally:
        seen.close()


def test_saves_are_in_the_bare_file_with_the_writer_open_and_after_sigkill(
    demo, tmp_path: Path
) -> None:
    package = demo.packages[1].path
    start = 0
    for trial in range(3):
        child = _scoring_child(package, start, 40)
        try:
            lines = []
            while (line := child.stdout.readline().strip()) != "waiting":
                assert line, "the scoring process ended early"
                lines.append(int(line))
            assert lines == list(range(start, start + 40))
            # the writer still has the file open: a copy now holds every save
            _cells_in(bare_copy(package, tmp_path / f"open-{trial}"), range(start + 40))
        finally:
            child.send_signal(signal.SIGKILL)
            child.communicate()
        assert child.returncode == -signal.SIGKILL
        # killed: the copy made afterwards holds every save too, and nothing is beside it
        assert not Path(f"{package}-wal").exists()
        assert not Path(f"{package}-journal").exists()
        copy = bare_copy(package, tmp_path / f"killed-{trial}")
        _cells_in(copy, range(start + 40))
        conn = sqlite3.connect(copy)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            conn.close()
        start += 40


def _legacy_wal_package(package: Path) -> None:
    """A package as an earlier judge-app left it: WAL mode, and a save still in the
    `-wal` when the process died (as after a crash, or with the window open)."""
    code = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        "conn.execute('PRAGMA journal_mode = WAL')\n"
        "conn.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "conn.execute(\"UPDATE meta SET value = value WHERE key = 'role'\")\n"
        "conn.execute(\"INSERT OR REPLACE INTO meta(key, value) VALUES ('wal-test', 'unsaved')\")\n"
        "conn.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(package)], check=True)
    assert Path(f"{package}-wal").stat().st_size > 0


def test_a_wal_beside_a_returned_package_is_reported_by_info_and_merge(
    demo, tmp_path: Path
) -> None:
    package = demo.packages[2].path
    _legacy_wal_package(package)
    info = subprocess.run(
        [sys.executable, "-m", "judge_app", "info", str(package)],
        capture_output=True,
        text=True,
        env={**os.environ, "JUDGE_APP_LANG": "en"},
    )
    assert info.returncode == 0, info.stderr
    assert f"{package.name}-wal beside it" in info.stdout
    assert "a copy of" in info.stdout and "alone lacks them" in info.stdout

    _legacy_wal_package(package)  # info folded it in; again, for the merge
    outcome = services.merge(demo.master, [package], {})
    (verdict,) = outcome.verdicts
    assert any(f"{package.name}-wal beside it" in r for r in verdict.reasons), verdict.reasons


def test_an_older_wal_package_is_made_whole_when_the_judge_opens_it(demo, tmp_path) -> None:
    package = demo.packages[3].path
    _legacy_wal_package(package)
    assert saved_in_wal_mode(package)
    warned = services.returned_file_warnings(package)
    assert len(warned) == 1 and "-wal" in warned[0]
    session = services.open_package(package)  # the judge opens it: folded in, switched
    try:
        assert not saved_in_wal_mode(package)
        assert not Path(f"{package}-wal").exists()
        save_and_find_in_a_bare_copy(session, tmp_path / "stick", maximum=True)
    finally:
        session.close()
    assert services.returned_file_warnings(package) == []


def test_an_older_package_open_in_a_reader_still_saves_into_the_file(demo, tmp_path) -> None:
    """A second window has the old WAL package open read-only when the judge opens it
    for scoring: the switch waits, but every save is still checkpointed into the file."""
    package = demo.packages[4].path
    _legacy_wal_package(package)
    reader = services.open_package(package, read_only=True)
    try:
        reader.progress()
        session = services.open_package(package)
        try:
            assert saved_in_wal_mode(package)
            save_and_find_in_a_bare_copy(session, tmp_path / "stick", maximum=False)
        finally:
            session.close()
    finally:
        reader.close()


def test_a_legacy_wal_package_without_its_wal_is_flagged(demo, tmp_path) -> None:
    package = demo.packages[0].path
    _legacy_wal_package(package)
    copy = bare_copy(package, tmp_path / "stick")
    warned = services.returned_file_warnings(copy)
    assert len(warned) == 1
    assert "earlier judge-app" in warned[0] and f"{copy.name}-wal" in warned[0]
    assert services.returned_file_warnings(demo.master) == []  # the master stays WAL
