"""Rolling backups and restoring one (issue 7): taken before merges and migrations and
when a changed file is closed, the newest ten kept, listed with what each holds, and a
restore that can itself be undone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from judge_app import services
from judge_app.base.errors import JudgeAppError
from judge_app.store import backup_files, backups
from judge_app.store.database import backup_copy, opened
from tests.conftest import file_hash
from tests.store.test_writer_lock import first_cell
from tests.test_cli import run


def cells(package: Path) -> dict[tuple[str, str], float]:
    conn = sqlite3.connect(package)
    try:
        rows = conn.execute("SELECT entry_code, criterion_id, value FROM scores").fetchall()
    finally:
        conn.close()
    return {(e, c): v for e, c, v in rows}


def test_a_changed_package_leaves_a_backup_when_closed_and_an_unchanged_one_does_not(
    demo,
) -> None:
    package = demo.packages[0].path
    code, criterion = first_cell(package)
    session = services.open_package(package)
    assert session.close(backup=True) is None  # nothing written
    session = services.open_package(package)
    session.set_score(code, criterion, 80.0)
    taken = session.close(backup=True)
    assert taken is not None and taken.parent.name == "judge-app-backups"
    [listed] = backup_files.list_backups(package)
    assert listed.path == taken and listed.reason == "closed"
    summary = backups.summary(taken)
    assert (summary.role, summary.scores, summary.judges) == ("package", 1, 1)
    assert summary.entries == demo.packages[0].entries


def test_backups_roll_over_keeping_the_newest(demo) -> None:
    package = demo.packages[0].path
    with opened(package) as db:
        made = [backup_copy(db, package, "closed") for _ in range(backup_files.KEEP + 3)]
    kept = backup_files.list_backups(package)
    assert [b.path for b in kept] == list(reversed(made))[: backup_files.KEEP]
    assert all(not p.exists() for p in made[:3])


def test_restore_brings_back_the_backup_and_can_be_undone(demo) -> None:
    package = demo.packages[0].path
    code, criterion = first_cell(package)
    session = services.open_package(package)
    session.set_score(code, criterion, 70.0)
    at_seventy = session.close(backup=True)
    session = services.open_package(package)
    session.set_score(code, criterion, 90.0)
    session.close()
    before = services.restore_backup(package, at_seventy)
    assert cells(package)[(code, criterion)] == 70.0
    assert services.verify([package])[0].ok
    assert cells(before)[(code, criterion)] == 90.0  # the state before, kept
    services.restore_backup(package, before)  # undone
    assert cells(package)[(code, criterion)] == 90.0


def test_a_backup_of_another_file_is_refused_and_changes_nothing(demo) -> None:
    package = demo.packages[0].path
    before = file_hash(package)
    with opened(demo.master) as db:
        master_backup = backup_copy(db, demo.master, "closed")
    with pytest.raises(JudgeAppError, match="not a backup of"):
        services.restore_backup(package, master_backup)
    assert file_hash(package) == before


def test_merge_leaves_a_backup_in_the_backups_folder(signed) -> None:
    outcome = services.merge(signed.master, [p.path for p in signed.packages])
    assert outcome.backup.parent == signed.master.parent / "judge-app-backups"
    [listed] = services.list_backups(signed.master)
    assert listed[0].reason == "before-merge" and listed[1].sheets == 0


def test_the_command_line_lists_and_restores(demo) -> None:
    package = demo.packages[0].path
    code, criterion = first_cell(package)
    session = services.open_package(package)
    session.set_score(code, criterion, 75.0)
    taken = session.close(backup=True)
    session = services.open_package(package)
    session.set_score(code, criterion, 76.0)
    session.close()
    listing = run("backups", package)
    assert listing.returncode == 0, listing.stderr
    assert "when the file was closed after changes" in listing.stdout
    assert "scores 1," in listing.stdout and str(taken) in listing.stdout
    done = run("restore", package, taken)
    assert done.returncode == 0, done.stderr
    assert cells(package)[(code, criterion)] == 75.0
    missing = run("restore", package, taken.with_name("nope.sqlite"))
    assert missing.returncode != 0 and "file not found" in missing.stderr


def test_a_backup_of_another_judges_package_is_refused(demo) -> None:
    one, other = demo.packages[0].path, demo.packages[1].path
    with opened(other) as db:
        theirs = backup_copy(db, other, "closed")
    before = file_hash(one)
    with pytest.raises(JudgeAppError, match="another judge"):
        services.restore_backup(one, theirs)
    assert file_hash(one) == before


def test_restoring_the_oldest_backup_keeps_it(demo) -> None:
    package = demo.packages[0].path
    with opened(package) as db:
        made = [backup_copy(db, package, "closed") for _ in range(backup_files.KEEP)]
    services.restore_backup(package, made[0])
    assert made[0].exists()  # the restore's own backup did not push it out


def test_a_damaged_file_is_set_aside_and_restored(demo) -> None:
    package = demo.packages[0].path
    code, criterion = first_cell(package)
    session = services.open_package(package)
    session.set_score(code, criterion, 71.0)
    taken = session.close(backup=True)
    package.write_bytes(package.read_bytes()[:5000])  # cut short on a bad stick
    with pytest.raises(JudgeAppError, match=r"truncated|damaged"):
        services.describe(package)
    aside = services.restore_backup(package, taken)
    assert aside.exists() and aside.stat().st_size == 5000 and "damaged" in aside.name
    assert cells(package)[(code, criterion)] == 71.0
    assert services.verify([package])[0].ok
