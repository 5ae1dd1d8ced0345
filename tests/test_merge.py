"""Merging returned packages: order-independent, idempotent, associative, and refusing
what it must, with the master unchanged by refused files."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from judge_app import services
from tests.conftest import TEST_PASSPHRASE, file_hash
from tests.integrity.test_signing import fill

# what migration 9 added, taken away again to make a file of an older schema
UNDO_9 = (
    "DROP TABLE trust_anchors; DROP TABLE revocation_lists; "  # schema 12
    "DROP TABLE material; DROP TABLE material_blobs; "  # schema 11
    "ALTER TABLE judges DROP COLUMN region; ALTER TABLE judges DROP COLUMN expertise; "
    "ALTER TABLE entries DROP COLUMN withdrawn; "
)


def fresh_master(demo, tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copyfile(demo.master, target)
    return target


def results_of(master: Path) -> str:
    document = services.results_document(master)
    return json.dumps(document["entries"], sort_keys=True)


def test_merge_order_and_grouping_do_not_matter(signed, tmp_path: Path) -> None:
    packages = [p.path for p in signed.packages]
    a = fresh_master(signed, tmp_path, "a.sqlite")
    b = fresh_master(signed, tmp_path, "b.sqlite")
    c = fresh_master(signed, tmp_path, "c.sqlite")
    outcome = services.merge(a, packages)
    assert [v.status for v in outcome.verdicts] == ["accepted"] * 5
    services.merge(b, list(reversed(packages)))
    services.merge(c, packages[:2])
    services.merge(c, packages[2:])
    assert results_of(a) == results_of(b) == results_of(c)
    document = services.results_document(a)
    ranked = [e for e in document["entries"] if e["rank"] is not None]
    assert len(ranked) == 22 and ranked[0]["rank"] == 1


def test_merge_is_idempotent(signed, tmp_path: Path) -> None:
    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    before, results = file_hash(master), results_of(master)
    again = services.merge(master, [p.path for p in signed.packages])
    assert {v.status for v in again.verdicts} == {"ignored"}
    assert again.backup is None
    assert file_hash(master) == before and results_of(master) == results


def test_masters_merge_into_masters(signed, tmp_path: Path) -> None:
    regency = fresh_master(signed, tmp_path, "regency.sqlite")
    services.merge(regency, [p.path for p in signed.packages[:3]])
    province = fresh_master(signed, tmp_path, "province.sqlite")
    outcome = services.merge(province, [regency, *[p.path for p in signed.packages[3:]]])
    assert [v.status for v in outcome.verdicts] == ["accepted"] * 3, outcome.verdicts
    direct = fresh_master(signed, tmp_path, "direct.sqlite")
    services.merge(direct, [p.path for p in signed.packages])
    assert results_of(province) == results_of(direct)


def test_refused_files_change_nothing(signed, tmp_path: Path, undeclared_demo) -> None:
    master = fresh_master(signed, tmp_path, "m.sqlite")
    before = file_hash(master)
    other = undeclared_demo.packages[0].path  # another competition
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database")
    outcome = services.merge(master, [other, junk])
    assert [v.status for v in outcome.verdicts] == ["refused", "refused"]
    assert "another competition" in outcome.verdicts[0].reasons[0]
    assert "not an SQLite database" in outcome.verdicts[1].reasons[0]
    assert file_hash(master) == before


def test_same_revision_with_different_contents_is_a_conflict(demo, tmp_path: Path) -> None:
    package = demo.packages[0].path
    twin = tmp_path / "twin.sqlite"
    shutil.copyfile(package, twin)
    fill(package)
    services.finalise(package, tmp_path / "a.pdf", TEST_PASSPHRASE)
    session = services.open_package(twin)
    fill(twin)
    session.close()
    session = services.open_package(twin)
    session.set_score("KIPP23-001", "K1", 61)
    session.close()
    services.finalise(twin, tmp_path / "b.pdf", TEST_PASSPHRASE)
    master = fresh_master(demo, tmp_path, "m.sqlite")
    outcome = services.merge(master, [package, twin])
    assert [v.status for v in outcome.verdicts] == ["conflict", "conflict"]
    assert "different contents" in outcome.verdicts[0].reasons[-1]
    # neither counts, and merging them one by one in either order ends the same
    one = fresh_master(demo, tmp_path, "one.sqlite")
    services.merge(one, [package])
    services.merge(one, [twin])
    other = fresh_master(demo, tmp_path, "other.sqlite")
    services.merge(other, [twin])
    services.merge(other, [package])
    assert results_of(one) == results_of(other) == results_of(master)


def test_tampered_package_is_refused(signed, tmp_path: Path) -> None:
    import sqlite3

    package = signed.packages[1].path
    conn = sqlite3.connect(package)
    conn.execute("DROP TRIGGER scores_locked_update")
    conn.execute(
        "UPDATE scores SET value = 99 WHERE entry_code = 'KIPP23-001' AND criterion_id = 'K1'"
    )
    conn.commit()
    conn.close()
    master = fresh_master(signed, tmp_path, "m.sqlite")
    outcome = services.merge(master, [package, signed.packages[0].path])
    assert [v.status for v in outcome.verdicts] == ["refused", "accepted"]
    assert "KIPP23-001" in " ".join(outcome.verdicts[0].reasons)


def test_drafts_only_count_as_progress(demo, tmp_path: Path) -> None:
    package = demo.packages[2].path
    session = services.open_package(package)
    session.set_score("KIPP23-001", "K1", 80)
    session.close()
    master = fresh_master(demo, tmp_path, "m.sqlite")
    outcome = services.merge(master, [package])
    assert "unsigned draft, 1 of" in " ".join(outcome.verdicts[0].reasons)
    assert all(e["final"] is None for e in services.results_document(master)["entries"])
    assert os.environ["JUDGE_APP_HOME"]


def test_signed_results_recap_pdf(signed, tmp_path: Path) -> None:
    import subprocess

    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    out = services.results_pdf(master, tmp_path / "rekap.pdf", TEST_PASSPHRASE)
    report = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    assert "Signature is Valid." in report and "Total document signed" in report
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True
    ).stdout
    assert "REKAPITULASI NILAI" in text and "Kelompok Replikasi" in text
    document = services.results_document(master)
    best = next(e for e in document["entries"] if e["rank"] == 1)
    from judge_app.domain.scoring import format_display

    assert best["code"] in text and format_display(best["final"]) in text
    for sheet in document["sheets"]:
        assert sheet["sha256"] in text


def test_a_refused_master_brings_nothing(signed, tmp_path: Path) -> None:
    other = fresh_master(signed, tmp_path, "other.sqlite")
    services.add_judge(other, "Juri Tambahan", judge_id="J6")
    services.merge(other, [p.path for p in signed.packages])
    master = fresh_master(signed, tmp_path, "m.sqlite")
    before = file_hash(master)
    outcome = services.merge(master, [other])
    assert outcome.verdicts[0].status == "refused"
    assert "J6 is not registered" in " ".join(outcome.verdicts[0].reasons)
    assert file_hash(master) == before


def test_progress_comes_only_from_drafts_and_never_goes_back(demo, tmp_path: Path) -> None:
    package = demo.packages[2].path
    session = services.open_package(package)
    session.set_score("KIPP23-001", "K1", 80)
    session.set_score("KIPP23-002", "K1", 80)
    session.close()
    master = fresh_master(demo, tmp_path, "m.sqlite")
    empty = fresh_master(demo, tmp_path, "empty.sqlite")
    services.merge(master, [package])
    before = file_hash(master)
    again = services.merge(master, [package, empty])
    assert again.backup is None and file_hash(master) == before


def test_older_revision_does_not_replace_scores(signed, tmp_path: Path) -> None:
    package = signed.packages[0].path
    first = tmp_path / "rev1.sqlite"
    shutil.copyfile(package, first)
    services.reopen(package, TEST_PASSPHRASE)
    session = services.open_package(package)
    session.set_score("KIPP23-001", "K1", 61)
    session.close()
    services.finalise(package, tmp_path / "r2.pdf", TEST_PASSPHRASE)
    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [package])
    results = results_of(master)
    services.merge(master, [first])  # revision 1 again, after revision 2
    assert results_of(master) == results
    import sqlite3

    conn = sqlite3.connect(master)
    value = conn.execute(
        "SELECT value FROM scores WHERE judge_id = 'J1' AND entry_code = 'KIPP23-001' "
        "AND criterion_id = 'K1'"
    ).fetchone()
    conn.close()
    assert value == (61.0,)


def test_signed_berita_acara(signed, tmp_path: Path) -> None:
    import datetime as dt
    import subprocess

    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    out = services.berita_acara_pdf(
        master,
        tmp_path / "ba.pdf",
        TEST_PASSPHRASE,
        number="001/TPI/2023",
        day=dt.date(2023, 12, 20),
    )
    report = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    assert "Signature is Valid." in report and "Total document signed" in report
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert (
        "Pada hari ini Rabu tanggal dua puluh bulan Desember tahun dua ribu dua puluh tiga" in flat
    )
    assert "Nomor: 001/TPI/2023" in flat and "Mengetahui" in flat
    document = services.results_document(master)
    for e in document["entries"]:
        if e["award"]:
            assert e["code"] in flat
    assert "Dr. Hj. Rina Marlina, M.Si." in flat and "Ketua" in flat


def test_results_workbook(signed, tmp_path: Path) -> None:
    import openpyxl

    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    out = services.results_xlsx(master, tmp_path / "hasil.xlsx")
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == [
        "Kelompok Umum",
        "Kelompok Replikasi",
        "Kelompok Khusus",
        "Nilai juri",
        "Catatan",
    ]
    umum = list(book["Kelompok Umum"].iter_rows(values_only=True))
    document = services.results_document(master)
    best = min(
        (e for e in document["entries"] if e["category"] == "umum"),
        key=lambda e: e["category_rank"],
    )
    from judge_app.domain.scoring import round_half_up

    final = umum[1][umum[0].index("Nilai Akhir")]
    assert umum[1][1] == best["code"] and final == float(round_half_up(best["final"], 2))
    scores = list(book["Nilai juri"].iter_rows(values_only=True))
    assert len(scores) == 1 + 5 * 22 * 7


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(order=st.permutations(range(5)), cut=st.integers(min_value=0, max_value=5))
def test_merge_laws_hold_for_any_order_and_grouping(signed, tmp_path: Path, order, cut) -> None:
    """Merging the same files in any order, in one run or in two groups, gives the same
    results as merging them all at once."""
    packages = [signed.packages[i].path for i in order]
    reference = tmp_path / "reference.sqlite"
    if not reference.exists():
        shutil.copyfile(signed.master, reference)
        services.merge(reference, [p.path for p in signed.packages])
    target = tmp_path / f"m-{'-'.join(map(str, order))}-{cut}.sqlite"
    shutil.copyfile(signed.master, target)
    if packages[:cut]:
        services.merge(target, packages[:cut])
    if packages[cut:]:
        services.merge(target, packages[cut:])
    assert results_of(target) == results_of(reference)


def test_signed_demo_merges_in_any_order(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "home"))
    demo = services.build_demo(tmp_path / "demo")
    recaps = services.sign_demo(demo, TEST_PASSPHRASE)
    assert len(recaps) == 5 and all(r.exists() for r in recaps)
    forward = fresh_master(demo, tmp_path, "f.sqlite")
    backward = fresh_master(demo, tmp_path, "b.sqlite")
    packages = [p.path for p in demo.packages]
    services.merge(forward, packages)
    services.merge(backward, packages[::-1])
    assert results_of(forward) == results_of(backward)
    document = services.results_document(forward)
    assert all(e["final"] is not None for e in document["entries"])
    # J3 declared a conflict with KIPP23-009: four judges count there
    entry = next(e for e in document["entries"] if e["code"] == "KIPP23-009")
    assert set(entry["stages"]["presentasi"]["judges"]) == {"J1", "J2", "J4", "J5"}
    # recomputed by hand from the merged scores: T = 0.7·P1 + 0.3·P2 per judge, mean
    import sqlite3

    conn = sqlite3.connect(forward)
    rows = conn.execute(
        "SELECT judge_id, criterion_id, value FROM scores WHERE entry_code = 'KIPP23-009' "
        "AND criterion_id IN ('P1', 'P2')"
    ).fetchall()
    conn.close()
    per_judge: dict[str, dict[str, float]] = {}
    for judge, criterion, value in rows:
        per_judge.setdefault(judge, {})[criterion] = value
    totals = [0.7 * v["P1"] + 0.3 * v["P2"] for v in per_judge.values()]
    assert len(totals) == 4
    assert entry["final"] == pytest.approx(sum(totals) / 4, abs=1e-9)
    # worked on paper: P1/P2 of J1 81/77, J2 78/80, J4 85/87, J5 78/79 give the totals
    # 79.8, 78.6, 85.6 and 78.3, their mean 322.3 / 4 = 80.575, shown half-up as 80,58
    assert {j: (v["P1"], v["P2"]) for j, v in per_judge.items()} == {
        "J1": (81, 77), "J2": (78, 80), "J4": (85, 87), "J5": (78, 79),
    }  # fmt: skip
    from judge_app.domain.scoring import format_display

    assert format_display(entry["final"]) == "80,58"
    pdf = tmp_path / "rekap.pdf"
    services.results_pdf(forward, pdf, TEST_PASSPHRASE)
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    # with two stages, each judge's total is in the annex, stage by stage: the last
    # KIPP23-009 line is the presentation's (the judges' totals and the panel score)
    line = [row for row in text.splitlines() if "KIPP23-009" in row][-1]
    assert "79,80" in line and "78,60" in line and "85,60" in line and "78,30" in line
    assert "80,58" in line and " K " in f" {line} "


def test_no_new_package_for_a_judge_who_returned_signed_scores(signed, tmp_path: Path) -> None:
    from judge_app.base.errors import ImportProblems

    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [signed.packages[0].path])
    with pytest.raises(ImportProblems, match="already returned signed scores"):
        services.make_packages(master, {"J1": tmp_path / "again.sqlite"})
    assert services.make_packages(master, {"J2": tmp_path / "j2.sqlite"})[0].entries == 22


def test_results_from_the_score_table_equal_results_from_the_signed_sheets(
    signed, tmp_path: Path
) -> None:
    """The exact integer sums SQLite makes over the master's score rows give the same
    floats, conflicts and tie-break inputs as reading every counted signed sheet; a
    revision 2 of one judge replaces revision 1 in both."""
    from judge_app.sessions.counting import inputs_from_signed_payloads, inputs_from_tables
    from judge_app.store.database import opened

    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    package = signed.packages[0].path
    services.reopen(package, TEST_PASSPHRASE)
    session = services.open_package(package)
    session.set_score("KIPP23-001", "K1", 13)
    session.declare_conflict("KIPP23-002", "adik kandung bekerja di instansi ini")
    session.close()
    services.finalise(package, tmp_path / "r2.pdf", TEST_PASSPHRASE)
    services.merge(master, [package])
    with opened(master, "master") as db:
        from judge_app.store import repository as repo

        definition = repo.read_definition(db)
        fast = inputs_from_tables(db, definition)
        slow = inputs_from_signed_payloads(db, definition)
    assert fast is not None
    with opened(master, "master") as db:
        from judge_app.domain.scoring import integer_totals
        from judge_app.store import totals

        stages = {s.id: definition.criteria_of(s.id) for s in definition.stages}
        assert totals.stored_stage_sums(db, integer_totals(stages)) is not None  # merge's shares
    assert fast.totals == slow.totals and len(fast.totals) > 50
    assert fast.conflicts == slow.conflicts and fast.conflicts
    assert fast.normalised == slow.normalised
    from dataclasses import replace

    from judge_app.domain.model import AGGREGATION_METHODS
    from judge_app.domain.results import compute
    from judge_app.sessions.counting import entry_documents

    with opened(master, "master") as db:
        entries = repo.entries(db)
    assert fast.panels is not None and slow.panels is None
    for method in AGGREGATION_METHODS:  # grouped on the way or by compute: the same results
        grouped = compute(definition, entries, fast, method)
        regrouped = compute(definition, entries, replace(fast, panels=None), method)
        assert entry_documents(grouped, {}) == entry_documents(regrouped, {})
        assert entry_documents(grouped, {}) == entry_documents(
            compute(definition, entries, slow, method), {}
        )
    assert ("J1", "KIPP23-002") in fast.conflicts
    assert not any(j == "J1" and e == "KIPP23-002" for j, e, _ in fast.totals)


def test_a_score_off_the_grid_is_totalled_in_python(signed, tmp_path: Path) -> None:
    """A stored value that is not a whole number of grid steps makes SQLite's integer
    sums refuse; the results then come from the signed sheets, unchanged."""
    import sqlite3

    from judge_app.sessions.counting import inputs_from_tables
    from judge_app.store import repository as repo
    from judge_app.store.database import opened
    from judge_app.store.totals import write_judge_totals

    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    before = results_of(master)
    conn = sqlite3.connect(master)
    conn.execute(  # as a master merged before schema 6 or an off-grid signed score leaves it
        "UPDATE scores SET value = value + 0.001, share = NULL WHERE judge_id = 'J1' "
        "AND entry_code = 'KIPP23-001' AND criterion_id = 'K1'"
    )
    conn.commit()
    conn.close()
    with opened(master, "master") as db:
        with db.atomic():  # J1's kept totals as merge writes them from such rows
            write_judge_totals(db, "J1")
        assert inputs_from_tables(db, repo.read_definition(db)) is None
    assert results_of(master) == before


def test_verify_names_a_master_score_changed_by_hand(signed, tmp_path: Path) -> None:
    """Results are summed from the master's rows, so verify checks them against the
    counted signed sheets and names the score that differs."""
    import sqlite3

    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    [clean] = services.verify([master])
    assert clean.ok and "score rows match the counted signed sheets" in clean.lines
    conn = sqlite3.connect(master)
    conn.execute(
        "UPDATE scores SET value = 100 WHERE judge_id = 'J2' AND entry_code = 'KIPP23-003' "
        "AND criterion_id = 'K1'"
    )
    conn.commit()
    conn.close()
    [report] = services.verify([master])
    assert not report.ok
    assert any(
        "judge J2, entry KIPP23-003, criterion K1" in p and "(100)" in p for p in report.problems
    ), report.problems


@pytest.mark.parametrize(
    ("edit", "named", "results_change"),
    [
        (
            "UPDATE scores SET share = share + 1 WHERE judge_id = 'J3' "
            "AND entry_code = 'KIPP23-004' AND criterion_id = 'K2'",
            "the master's rows (their stored shares)",
            False,  # results read the kept totals ...
        ),
        (
            "UPDATE judge_totals SET share_sum = share_sum + 1 WHERE judge_id = 'J3' "
            "AND entry_code = 'KIPP23-004' AND stage_no = 0",
            "the judge totals kept by merge",
            True,  # ... and trust them
        ),
    ],
)
def test_verify_names_changed_stored_sums(
    signed, tmp_path: Path, edit: str, named: str, results_change: bool
) -> None:
    """Results use what merge stored (kept judge totals, each row's share); verify
    recomputes both from the signed sheets."""
    import sqlite3

    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    before = results_of(master)
    conn = sqlite3.connect(master)
    assert conn.execute(edit).rowcount == 1
    conn.commit()
    conn.close()
    assert (results_of(master) != before) == results_change
    [report] = services.verify([master])
    assert not report.ok
    assert any(named in p for p in report.problems), report.problems


def test_scores_beyond_a_sheets_row_limit_continue_on_the_next_sheet(
    signed, tmp_path: Path, monkeypatch
) -> None:
    """A national round's 7.5 million scores do not fit one spreadsheet sheet (1,048,576
    rows): they go on as "Nilai juri (2)", … — here with a limit of 300 rows."""
    import openpyxl

    from judge_app.interchange import results_xlsx

    monkeypatch.setattr(results_xlsx, "MAX_ROWS", 300)
    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    out = services.results_xlsx(master, tmp_path / "hasil.xlsx")
    book = openpyxl.load_workbook(out, read_only=True)
    parts = [n for n in book.sheetnames if n.startswith("Nilai juri")]
    assert parts == ["Nilai juri", "Nilai juri (2)", "Nilai juri (3)"]
    rows = [r for name in parts for r in book[name].iter_rows(values_only=True)]
    assert [r for r in rows if r[0] == "Juri"] == [
        ("Juri", "Kode", "Kriteria", "Nilai", "Catatan")
    ] * 3
    assert len(rows) - 3 == 5 * 22 * 7
    assert all(len(list(book[name].iter_rows())) <= 300 for name in parts)


def test_verify_reads_a_master_merged_before_shares_existed(signed, tmp_path: Path) -> None:
    """A schema-5 master (no share column) is verified as it is, not called malformed."""
    import sqlite3

    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    conn = sqlite3.connect(master)
    conn.executescript(
        UNDO_9 + "ALTER TABLE scores DROP COLUMN share; ALTER TABLE scores DROP COLUMN stage_no; "
        "DROP TABLE judge_totals; DROP INDEX sheets_listing; PRAGMA user_version = 5;"
    )
    conn.close()
    before = file_hash(master)
    [report] = services.verify([master])
    assert report.ok, report.problems
    assert file_hash(master) == before


def test_a_master_merged_before_kept_totals_gets_them_when_migrated(signed, tmp_path: Path) -> None:
    """Migration 7 sums a schema-6 master's stored shares into judge_totals: the same
    rows merge writes, and the same results."""
    import sqlite3

    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    before = results_of(master)
    conn = sqlite3.connect(master)
    kept = conn.execute("SELECT * FROM judge_totals ORDER BY 1, 2, 3").fetchall()
    assert len(kept) == 5 * 22 * 2  # judges × entries × stages (the demo has no conflict)
    conn.executescript(
        UNDO_9 + "DROP TABLE judge_totals; DROP INDEX sheets_listing; PRAGMA user_version = 6;"
    )
    conn.close()
    assert results_of(master) == before  # opening it migrates
    conn = sqlite3.connect(master)
    assert conn.execute("SELECT * FROM judge_totals ORDER BY 1, 2, 3").fetchall() == kept
    conn.close()


@pytest.mark.parametrize(
    ("rows", "named"),
    [
        (
            ["INSERT INTO scores (judge_id, entry_code, criterion_id, value, updated_at) "
             "VALUES ('J1', 'NOPE-1', 'K1', 80.0, 'x')"],
            "'NOPE-1', not an entry of this master",
        ),
        (
            ["INSERT INTO scores (judge_id, entry_code, criterion_id, value, updated_at) "
             "VALUES ('J1', 'KIPP23-001', 'K99', 80.0, 'x')"],
            "'K99', not a criterion of this master",
        ),
        (
            ["INSERT INTO conflicts VALUES ('J1', 'KIPP23-003', 'saudara', 'x')"],
            "a score on KIPP23-003, declared a conflict of interest",
        ),
        (
            ["INSERT INTO locks VALUES ('J1', 1)"],
            "judge J1: scores are locked",
        ),
        (
            ["INSERT INTO scores (judge_id, entry_code, criterion_id, value, updated_at) "
             "VALUES ('J9', 'KIPP23-001', 'K1', 80.0, 'x')"],
            "judge J9: not a judge of this master",
        ),
        (
            ["INSERT INTO conflicts VALUES ('J1', 'NOPE-2', 'saudara', 'x')"],
            "conflicts: a row refers to a judge or entry the master lacks",
        ),
    ],
)  # fmt: skip
def test_merge_checks_the_rules_it_sets_aside(
    signed, tmp_path: Path, rows: list[str], named: str
) -> None:
    """Merge writes score rows without the per-row triggers and foreign keys (they cost
    more than the copy at national scale) and checks the same rules per judge before the
    transaction ends: a breach rolls everything back, the triggers included."""
    from judge_app.base.errors import JudgeAppError
    from judge_app.store import merging
    from judge_app.store.database import opened

    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    before = file_hash(master)
    with opened(master, "master") as db:
        triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        triggers = sorted(triggers.fetchall())
        with (
            pytest.raises(JudgeAppError, match=named),
            merging.without_foreign_keys(db),
            db.atomic(),
            merging._rules_checked_per_judge(db, ["J1", "J9"]),
        ):
            for sql in rows:
                db.execute(sql)
        after = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        assert sorted(after.fetchall()) == triggers
        assert db.execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert file_hash(master) == before


def test_a_master_merged_partly_before_shares_gives_whole_results(signed, tmp_path: Path) -> None:
    """Three judges merged by a version without shares, two more by this one: the kept
    totals cover only the two, so results must not use them (found in review: every
    entry lost three judges)."""
    import sqlite3

    packages = [p.path for p in signed.packages]
    full = fresh_master(signed, tmp_path, "full.sqlite")
    services.merge(full, packages)
    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, packages[:3])
    conn = sqlite3.connect(master)
    conn.executescript(  # as a schema-5 version left it
        UNDO_9 + "ALTER TABLE scores DROP COLUMN share; ALTER TABLE scores DROP COLUMN stage_no; "
        "DROP TABLE judge_totals; DROP INDEX sheets_listing; PRAGMA user_version = 5;"
    )
    conn.close()
    services.merge(master, packages[3:])  # migrates, then merges J4 and J5
    assert results_of(master) == results_of(full)
    assert services.verify([master])[0].ok


def test_an_entry_scored_all_off_the_grid_keeps_its_judge(signed, tmp_path: Path) -> None:
    """Every score of J1 on one entry without a share: the kept totals say so and results
    sum the rows instead of dropping J1 from that entry's panel."""
    import sqlite3

    from judge_app.sessions.counting import SUMS, inputs_from_tables
    from judge_app.store import repository as repo
    from judge_app.store.database import opened
    from judge_app.store.totals import write_judge_totals

    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    before = results_of(master)
    conn = sqlite3.connect(master)
    conn.execute(
        "UPDATE scores SET share = NULL WHERE judge_id = 'J1' AND entry_code = 'KIPP23-001'"
    )
    conn.commit()
    conn.close()
    with opened(master, "master") as db:
        with db.atomic():  # as merge writes them from such rows
            write_judge_totals(db, "J1")
        definition = repo.read_definition(db)
        assert inputs_from_tables(db, definition, SUMS[:1]) is None  # kept totals refuse
        summed = inputs_from_tables(db, definition)
        assert summed is not None and ("J1", "KIPP23-001", "proposal") in summed.totals
    assert results_of(master) == before
