"""The merge's quick check (issue 6) proves a package sound only when `verify` would find
nothing: tested on sound packages, on drafts, and on a package changed by hand in every
table a tamperer could reach."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from judge_app import services
from judge_app.merge.plan import plan_merge
from judge_app.merge.quick_check import quick_verify
from judge_app.store import repository as repo
from judge_app.store.database import opened
from judge_app.verification import verify_file
from tests.conftest import TEST_PASSPHRASE
from tests.integrity.test_signing import fill


@pytest.fixture
def signed(demo, tmp_path: Path):
    for package in demo.packages:
        fill(package.path)
        services.finalise(package.path, tmp_path / f"{package.judge.id}.pdf", TEST_PASSPHRASE)
    return demo


def test_a_signed_package_is_proven_and_its_rows_are_its_sheet(signed) -> None:
    package = signed.packages[0].path
    proven = quick_verify(package)
    assert proven is not None and proven.judge_id == "J1"
    with opened(package, "package") as db:
        from judge_app.store import signing as sign_store

        [sheet] = sign_store.sheets(db)
    assert proven.locked_sheet == sheet.sha256
    assert verify_file(package).ok


def test_a_draft_is_proven_without_a_sheet_to_copy(demo) -> None:
    package = demo.packages[1].path
    session = services.open_package(package)
    session.set_score("KIPP23-001", "K1", 70)
    session.close()
    proven = quick_verify(package)
    assert proven is not None and proven.locked_sheet is None


def test_files_that_are_not_packages_are_left_to_verify(signed, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all")
    assert quick_verify(junk) is None
    assert quick_verify(signed.master) is None  # masters are checked by verify in full
    assert quick_verify(tmp_path / "missing.sqlite") is None


def test_merge_copies_proven_rows_and_the_master_matches_its_sheets(signed, tmp_path: Path) -> None:
    master = tmp_path / "m.sqlite"
    shutil.copyfile(signed.master, master)
    packages = [p.path for p in signed.packages]
    with opened(master, "master") as db:
        registered = {j.id: None for j in repo.judges(db)}
        plan = plan_merge(repo.meta(db), registered, {}, packages)
    assert len(plan.copy_from) == len(packages)  # every sheet's rows proven equal to it
    services.merge(master, packages)
    [report] = services.verify([master])
    assert report.ok and "score rows match the counted signed sheets" in report.lines


def _rows(conn: sqlite3.Connection, table: str) -> list[dict]:
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute(f"SELECT * FROM {table}")]
    conn.row_factory = None
    return rows


EDITABLE = {
    "scores": ["value", "note"],
    "conflicts": ["reason"],
    "audit_log": ["at", "actor", "action", "target", "before", "after", "prev_hash", "hash"],
    "sheets": ["payload", "sha256", "signed_at"],
    "declarations": ["pdf_sha256", "form"],
    "judges": ["name", "nip"],
    "meta": ["value"],
    "locks": ["revision"],
}
KEYS = {
    "scores": ["judge_id", "entry_code", "criterion_id"],
    "conflicts": ["judge_id", "entry_code"],
    "audit_log": ["seq"],
    "sheets": ["judge_id", "revision"],
    "declarations": ["judge_id", "kind"],
    "judges": ["id"],
    "meta": ["key"],
    "locks": ["judge_id"],
}


def _tamper(package: Path, table: str, column: str, index: int, how: int) -> bool:
    """Change one cell, delete one row or add one, as a tamperer would: with the
    protective triggers dropped and put back. False when the table has no such row."""
    conn = sqlite3.connect(package)
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    rows = _rows(conn, table)
    if not rows:
        conn.close()
        return False
    row = rows[index % len(rows)]
    where = " AND ".join(f"{k} = ?" for k in KEYS[table])
    keys = [row[k] for k in KEYS[table]]
    if how == 0:
        conn.execute(f"DELETE FROM {table} WHERE {where}", keys)
    else:
        old = row[column]
        if isinstance(old, float | int) and not isinstance(old, bool):
            new = old + (1 if how == 1 else 0.5)
        elif old is None:
            new = "x"
        else:
            new = str(old)[:-1] + ("0" if not str(old).endswith("0") else "1")
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {where}", [new, *keys])
    for _, sql in triggers:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return True


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    table=st.sampled_from(sorted(EDITABLE)),
    column=st.integers(0, 7),
    index=st.integers(0, 500),
    how=st.integers(0, 2),
)
def test_proven_only_when_verify_finds_nothing(
    signed, tmp_path_factory, table: str, column: int, index: int, how: int
) -> None:
    """Any one change by hand: if the quick check still proves the package, verify must
    find nothing wrong either (and nearly always both see the change)."""
    package = tmp_path_factory.mktemp("t") / "p.sqlite"
    shutil.copyfile(signed.packages[2].path, package)
    columns = EDITABLE[table]
    if not _tamper(package, table, columns[column % len(columns)], index, how):
        return
    proven = quick_verify(package)
    if proven is not None:
        assert verify_file(package).ok


def test_an_edited_locked_score_is_not_proven_and_verify_names_it(signed, tmp_path) -> None:
    package = tmp_path / "p.sqlite"
    shutil.copyfile(signed.packages[0].path, package)
    assert _tamper(package, "scores", "value", 3, 1)
    assert quick_verify(package) is None
    report = verify_file(package)
    assert not report.ok and any("changed outside judge-app" in p for p in report.problems)
