"""The merge's quick check (issue 6) proves a package sound only when `verify` would find
nothing: tested on sound packages, on drafts, and on a package changed by hand in every
table a tamperer could reach."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from judge_app import services
from judge_app.files.verification import verify_file
from judge_app.secretariat.merge.plan import plan_merge
from judge_app.secretariat.merge.quick_check import quick_verify
from judge_app.store import repository as repo
from judge_app.store.database import opened


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


# -- attacks found by a review: what lands in the master is what the judge signed ---------


def _master_cells(master: Path, judge: str, entry: str) -> list[float]:
    conn = sqlite3.connect(master)
    rows = conn.execute(
        "SELECT value FROM scores WHERE judge_id = ? AND entry_code = ? ORDER BY criterion_id",
        [judge, entry],
    ).fetchall()
    conn.close()
    return [r[0] for r in rows]


def _signed_cells(package: Path, entry: str) -> list[float]:
    with opened(package, "package") as db:
        from judge_app.store import signing as sign_store

        [sheet] = sign_store.sheets(db)
    cells = json.loads(sheet.payload)["scores"]
    return [float(c["value"]) for c in sorted(cells, key=lambda c: c["criterion"])
            if c["entry"] == entry]  # fmt: skip


def _merge_all(signed, tmp_path: Path, progress=None) -> Path:
    master = tmp_path / "m.sqlite"
    shutil.copyfile(signed.master, master)
    outcome = services.merge(master, [p.path for p in signed.packages], progress=progress)
    assert all(v.status == "accepted" for v in outcome.verdicts), outcome.as_json()
    return master


def test_a_view_that_lies_to_the_merge_is_not_proven(signed, tmp_path: Path) -> None:
    """`scores` turned into a view showing other values only when the merge attaches the
    file: the schema is not the migrations', so the rows come from the signed sheet."""
    package = signed.packages[0].path
    conn = sqlite3.connect(package)
    conn.executescript(
        """
        ALTER TABLE scores RENAME TO scores_real;
        CREATE VIEW scores AS SELECT judge_id, entry_code, criterion_id,
          CASE WHEN entry_code = 'KIPP23-001' AND EXISTS
                 (SELECT 1 FROM pragma_database_list WHERE name = 'merge_source')
               THEN 100.0 ELSE value END AS value, note, updated_at FROM scores_real;
        """
    )
    conn.close()
    assert quick_verify(package) is None
    master = _merge_all(signed, tmp_path)
    assert _master_cells(master, "J1", "KIPP23-001") == _signed_cells(package, "KIPP23-001")
    assert 100.0 not in _master_cells(master, "J1", "KIPP23-001")
    assert services.verify([master])[0].ok


def test_rows_changed_after_the_check_never_reach_the_master(signed, tmp_path: Path) -> None:
    """The package is edited in place (its modification time put back) after it was
    proven, just before the merge reads its rows: the staged rows no longer match the
    signed sheet, so that sheet is parsed instead."""
    import os

    from judge_app.base.progress import Progress

    package = signed.packages[0].path
    done = []

    def edit(_done: int, _total: int, what: str) -> None:
        if what != "reading the signed scores" or done:
            return
        before = os.stat(package)
        _update_scores(package, "value = 100.0", "entry_code = 'KIPP23-001'")
        os.utime(package, ns=(before.st_atime_ns, before.st_mtime_ns))
        done.append(True)

    master = _merge_all(signed, tmp_path, Progress(edit))
    assert done
    cells = _master_cells(master, "J1", "KIPP23-001")
    assert cells == _signed_cells(package, "KIPP23-001")
    assert services.verify([master])[0].ok


def test_a_score_stored_as_bytes_is_refused_with_a_message(signed, tmp_path: Path) -> None:
    """Not a float where a score belongs: not proven, verify names it (no crash), and the
    merge refuses that file only."""
    package = signed.packages[0].path
    assert _tamper_value(package, b"67")
    assert quick_verify(package) is None
    report = verify_file(package)
    assert not report.ok
    master = tmp_path / "m.sqlite"
    shutil.copyfile(signed.master, master)
    outcome = services.merge(master, [p.path for p in signed.packages])
    assert outcome.verdicts[0].status == "refused"
    assert all(v.status == "accepted" for v in outcome.verdicts[1:])


def _tamper_value(package: Path, value) -> bool:
    changed = _update_scores(
        package, "value = ?", "entry_code = 'KIPP23-001' AND criterion_id = 'K1'", [value]
    )
    return changed == 1


def _update_scores(package: Path, assignment: str, where: str, params=()) -> int:
    """Change score rows as a tamperer does: protective triggers dropped, then put back."""
    conn = sqlite3.connect(package)
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'scores'"
    ).fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    changed = conn.execute(f"UPDATE scores SET {assignment} WHERE {where}", list(params)).rowcount
    for _, sql in triggers:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return changed


def test_scores_on_an_entry_no_longer_assigned_are_not_proven(signed) -> None:
    package = signed.packages[0].path
    conn = sqlite3.connect(package)
    conn.execute("DELETE FROM assignments WHERE entry_code = 'KIPP23-001'")
    conn.commit()
    conn.close()
    assert quick_verify(package) is None
    assert not verify_file(package).ok


# -- the audit log rewritten whole (the chain has no key): the replay is what sees it ---


def _rewrite_audit(package: Path, sql: str) -> None:
    """Run `sql` on the audit log, then recompute every record's hash, as a tamperer who
    rewrites the whole chain would."""
    from judge_app.integrity.audit import GENESIS, record_hash

    conn = sqlite3.connect(package)
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute(sql)
    previous = GENESIS
    rows = conn.execute(
        "SELECT seq, at, actor, action, target, before, after FROM audit_log ORDER BY seq"
    ).fetchall()
    for seq, *record in rows:
        digest = record_hash(previous, *record)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?",
                     [previous, digest, seq])  # fmt: skip
        previous = digest
    for _, trigger in triggers:
        conn.execute(trigger)
    conn.commit()
    conn.close()


def test_a_change_logged_while_signed_is_not_proven_and_verify_names_it(signed, tmp_path) -> None:
    package = tmp_path / "p.sqlite"
    shutil.copyfile(signed.packages[0].path, package)
    _rewrite_audit(
        package,
        "INSERT INTO audit_log (at, actor, action, target, before, after, prev_hash, hash) "
        "SELECT at, actor, 'conflict', 'KIPP23-001', NULL, '{}', '', '' FROM audit_log "
        "WHERE action = 'sign'",
    )
    assert quick_verify(package) is None
    report = verify_file(package)
    assert any("KIPP23-001 changed while revision 1 was signed" in p for p in report.problems)


def test_a_record_judge_app_cannot_write_is_not_proven_and_verify_says_so(signed, tmp_path) -> None:
    """A signing record without a revision number: the quick check says "not proven"
    (it does not raise), verify calls the content malformed."""
    package = tmp_path / "p.sqlite"
    shutil.copyfile(signed.packages[0].path, package)
    _rewrite_audit(package, "UPDATE audit_log SET target = '' WHERE action = 'sign'")
    assert quick_verify(package) is None
    report = verify_file(package)
    assert any("malformed content" in p for p in report.problems)
