"""Assignments per stage (issue 20) on the demo's real files: a plan of k judges per entry
for each stage (2 for the desk evaluation, 5 for the presentation) is applied, packages
carry the entries of any stage, a judge scores only the stages assigned (another stage is
refused naming stage and entry), finalising and progress count only those stages, merge
takes the sheets and results count in each stage the judges of that stage. A schema-9 file
keeps its pairs as every-stage pairs; the command line plans per stage too."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sqlite3
import statistics
from pathlib import Path

import pytest

from judge_app import services
from judge_app.base.errors import JudgeAppError, ProblemsError
from judge_app.sessions.package import ScoreRefused
from judge_app.store import package_reads
from judge_app.store import repository as repo
from judge_app.store.database import open_database
from judge_app.store.packaging import write_package
from tests.conftest import TEST_PASSPHRASE, file_hash
from tests.test_cli import run

PER_STAGE = {"proposal": 3, "presentasi": 4}


@pytest.fixture
def staged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> services.Demo:
    """The demo re-planned per stage, its packages written again and declared."""
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path / "home"))
    demo = services.build_demo(tmp_path / "kipp")
    rules = services.AssignmentRules(per_entry=3, per_stage=PER_STAGE, seed=3)
    proposal = services.propose_assignment(demo.master, rules)
    services.apply_assignment(demo.master, proposal)
    written = services.package_all(demo.master, tmp_path / "packages")
    request = services.DeclarationRequest("Serang", dt.date(2023, 12, 20))
    for package in written:
        services.declare(package.path, request, tmp_path / "declarations", TEST_PASSPHRASE)
    return dataclasses.replace(demo, packages=written)


def stage_rows(master: Path) -> set[tuple[str, str, str]]:
    db = open_database(master, write=False)
    try:
        return repo.assignment_rows(db)
    finally:
        db.close()


def test_a_per_stage_plan_gives_each_stage_its_judges(undeclared_demo) -> None:
    master = undeclared_demo.master
    before = file_hash(master)
    rules = services.AssignmentRules(per_entry=2, per_stage={"proposal": 2, "presentasi": 5})
    proposal = services.propose_assignment(master, rules)
    assert file_hash(master) == before  # a proposal writes nothing
    assert proposal.pairs == [] and len(proposal.staged) == 22 * 2 + 22 * 5
    assert sorted(proposal.stage_loads["proposal"].values()) == [8, 9, 9, 9, 9]
    assert set(proposal.stage_loads["presentasi"].values()) == {22}
    assert proposal.words[:2] == [
        "Stage Evaluasi Proposal: each entry gets 2 judges (22 entries, 5 judges).",
        "Stage Presentasi dan Wawancara: each entry gets 5 judges (22 entries, 5 judges).",
    ]
    assert any(
        w.startswith("Stage Evaluasi Proposal: each judge gets between 8 and 9")
        for w in proposal.words
    )
    assert rules.options() == "--per-stage proposal=2,presentasi=5 --seed 0"
    services.apply_assignment(master, proposal)
    assert stage_rows(master) == set(proposal.staged)
    # the matrix: All stages shows the every-stage pairs (none), a stage the pairs scoring it
    assert services.assignment_matrix(master).assigned == set()
    assert len(services.assignment_matrix(master).staged) == len(proposal.staged)
    desk = services.assignment_matrix(master, stage="proposal")
    counts: dict[str, int] = {}
    for _judge, code in desk.assigned:
        counts[code] = counts.get(code, 0) + 1
    assert set(counts.values()) == {2} and len(counts) == 22
    assert sum(desk.loads.values()) == 44
    assert services.assignment_source(master) == "auto:" + rules.options()
    with pytest.raises(JudgeAppError, match="'lapangan' is not a stage"):
        services.assignment_matrix(master, stage="lapangan")


def test_bad_per_stage_rules_are_refused_by_name(undeclared_demo) -> None:
    master = undeclared_demo.master
    with pytest.raises(JudgeAppError, match=r"not a stage with criteria: 'lapangan'"):
        services.propose_assignment(
            master, services.AssignmentRules(1, per_stage={"proposal": 2, "lapangan": 1})
        )
    with pytest.raises(JudgeAppError, match=r"missing: presentasi"):
        services.propose_assignment(master, services.AssignmentRules(1, per_stage={"proposal": 2}))
    with pytest.raises(JudgeAppError, match=r"stage presentasi: 0"):
        services.propose_assignment(
            master, services.AssignmentRules(1, per_stage={"proposal": 2, "presentasi": 0})
        )


def test_by_hand_a_tick_assigns_one_stage(undeclared_demo) -> None:
    master = undeclared_demo.master  # everyone assigned for every stage
    pair = ("J1", "KIPP23-001")
    with pytest.raises(JudgeAppError, match="for every stage"):
        services.set_assigned(master, *pair, False, "presentasi")
    services.set_assigned(master, *pair, False)
    assert pair not in services.assignment_matrix(master, stage="proposal").assigned
    services.set_assigned(master, *pair, True, "proposal")
    assert pair in services.assignment_matrix(master, stage="proposal").assigned
    assert pair not in services.assignment_matrix(master, stage="presentasi").assigned
    assert pair not in services.assignment_matrix(master).assigned
    assert ("J1", "KIPP23-001", "proposal") in services.assignment_matrix(master).staged
    with pytest.raises(JudgeAppError, match="unknown stage 'lapangan'"):
        services.set_assigned(master, *pair, True, "lapangan")
    services.set_assigned(master, *pair, False, "proposal")
    assert ("J1", "KIPP23-001") not in {(j, e) for j, e, _ in stage_rows(master)}


def test_judges_score_only_their_stages_and_results_count_them(
    staged: services.Demo, tmp_path: Path
) -> None:
    master = staged.master
    rows = stage_rows(master)
    assert {s for _, _, s in rows} == set(PER_STAGE)
    definition = services.MasterSession(master).definition
    criteria = {s.id: [c.id for c in definition.criteria_of(s.id)] for s in definition.stages}
    for package in staged.packages:
        mine = {(e, s) for j, e, s in rows if j == package.judge.id}
        codes = {e for e, _ in mine}
        assert package.entries == len(codes)  # an entry packaged when any stage is assigned
        session = services.open_package(package.path)
        try:
            assert {e.code for e in session.entries} == codes
            due = sum(len(criteria[s]) for _, s in mine)
            assert session.progress() == services.ScoringProgress(0, due)
            assert session.progress("presentasi").due == len(criteria["presentasi"]) * sum(
                1 for _, s in mine if s == "presentasi"
            )
            other = next((e, s) for e in sorted(codes) for s in PER_STAGE if (e, s) not in mine)
            code, stage = other
            name = next(s.name for s in definition.stages if s.id == stage)
            message = f"stage {name} of entry {code} is not assigned to this judge"
            assert session.problem(code, criteria[stage][0], 80.0) == message
            with pytest.raises(ScoreRefused, match=message):
                session.set_score(code, criteria[stage][0], 80.0)
            # every assigned stage scored: nothing missing, the sheet can be signed
            changes = [
                services.ScoreChange(e, c, float(60 + (len(e) + i * 7) % 39), "")
                for e, s in sorted(mine)
                for i, c in enumerate(criteria[s])
            ]
            session.set_cells(changes)
            assert session.progress() == services.ScoringProgress(due, due)
            assert services.missing_scores(session) == []
        finally:
            session.close()
        services.finalise(package.path, tmp_path / f"{package.judge.id}.pdf", TEST_PASSPHRASE)
    outcome = services.merge(master, [p.path for p in staged.packages])
    assert outcome is not None
    session = services.MasterSession(master)
    results = {r.code: r for r in session.ranked("mean")}
    db = open_database(master, write=False)
    try:
        totals = db.execute("SELECT judge_id, entry_code FROM judge_totals").fetchall()
    finally:
        db.close()
    assert totals
    for code, result in results.items():
        for stage in PER_STAGE:
            judges = {j for j, e, s in rows if e == code and s == stage}
            panel = result.stages[stage]
            assert set(panel.judges) == judges  # only the judges of that stage count
            assert panel.score == pytest.approx(statistics.mean(panel.judges.values()))
            assert "insufficient_judges" not in panel.flags


def test_a_score_on_a_stage_not_assigned_fails_the_merge_check(staged: services.Demo) -> None:
    rows = stage_rows(staged.master)
    judge, code = next(
        (j, e) for j, e, s in sorted(rows) if s == "proposal" and (j, e, "presentasi") not in rows
    )
    package = next(p for p in staged.packages if p.judge.id == judge)
    db = open_database(package.path)
    try:
        assert not package_reads.rows_outside_assignments(db, judge)
        with db.atomic():
            db.execute(
                "INSERT INTO scores (judge_id, entry_code, criterion_id, value, note, updated_at) "
                "VALUES (?, ?, 'P1', 80, '', 'now')",
                [judge, code],
            )
        assert package_reads.rows_outside_assignments(db, judge)
    finally:
        db.close()


def test_merge_refuses_a_score_of_a_stage_the_master_assigns_to_others(undeclared_demo) -> None:
    master = undeclared_demo.master
    services.set_assigned(master, "J1", "KIPP23-004", False)
    services.set_assigned(master, "J1", "KIPP23-004", True, "proposal")
    db = open_database(master)
    try:
        assert package_reads.rule_breaches(db, "J1") == []
        with db.atomic():
            db.execute(
                "INSERT INTO scores (judge_id, entry_code, criterion_id, value, note, updated_at) "
                "VALUES ('J1', 'KIPP23-004', 'P1', 80, '', 'now')"
            )
        assert package_reads.rule_breaches(db, "J1") == [
            "judge J1: a score of stage presentasi on KIPP23-004, a stage not assigned to this "
            "judge"
        ]
    finally:
        db.close()


def test_a_removed_judge_comes_back_with_the_same_stages(undeclared_demo) -> None:
    master = undeclared_demo.master
    services.set_assigned(master, "J2", "KIPP23-005", False)
    services.set_assigned(master, "J2", "KIPP23-005", True, "presentasi")
    before = {r for r in stage_rows(master) if r[0] == "J2"}
    removed = services.remove_judge_keeping(master, "J2")
    assert not {r for r in stage_rows(master) if r[0] == "J2"}
    services.restore_judge(master, removed)
    assert {r for r in stage_rows(master) if r[0] == "J2"} == before


def test_a_withdrawn_entry_comes_back_with_the_same_stages(undeclared_demo) -> None:
    master = undeclared_demo.master
    services.set_assigned(master, "J2", "KIPP23-006", False)
    services.set_assigned(master, "J2", "KIPP23-006", True, "proposal")
    before = {r for r in stage_rows(master) if r[1] == "KIPP23-006"}
    removed = services.withdraw_entry_from(master, "KIPP23-006", "Mengundurkan diri")
    assert ("J2", "proposal") in removed and "J1" in removed
    assert not {r for r in stage_rows(master) if r[1] == "KIPP23-006"}
    services.restore_entry(master, "KIPP23-006", removed)
    assert {r for r in stage_rows(master) if r[1] == "KIPP23-006"} == before


def test_a_stage_that_holds_scores_stays_assigned(staged: services.Demo) -> None:
    master, rows = staged.master, stage_rows(staged.master)
    package = staged.packages[0]
    judge = package.judge.id
    code, stage = next((e, s) for j, e, s in sorted(rows) if j == judge)
    # the judge's scores of that stage merged into the master (as a merge would)
    db = open_database(master)
    try:
        with db.atomic():
            db.execute(
                "INSERT INTO scores (judge_id, entry_code, criterion_id, value, note, updated_at) "
                "SELECT ?, ?, id, 80, '', 'now' FROM criteria WHERE stage = ?",
                [judge, code, stage],
            )
    finally:
        db.close()
    with pytest.raises(JudgeAppError, match="already has scores"):
        services.set_assigned(master, judge, code, False, stage)
    rules = services.AssignmentRules(per_entry=1, per_stage={"proposal": 1, "presentasi": 1})
    proposal = services.propose_assignment(master, rules)
    assert (judge, code, stage) in proposal.staged and proposal.kept >= 1
    dropped = dataclasses.replace(
        proposal, staged=[r for r in proposal.staged if r != (judge, code, stage)]
    )
    with pytest.raises(ProblemsError):
        services.apply_assignment(master, dropped)
    # per entry: the scored pair is kept for every stage (it covers the scored stage)
    every = services.propose_assignment(master, services.AssignmentRules(per_entry=1))
    assert (judge, code) in every.pairs and every.staged == []


def test_a_schema_9_file_keeps_its_pairs_for_every_stage(undeclared_demo, tmp_path: Path) -> None:
    old = tmp_path / "schema9.sqlite"
    shutil.copy(undeclared_demo.master, old)
    conn = sqlite3.connect(old)
    with conn:
        pairs = set(conn.execute("SELECT judge_id, entry_code FROM assignments").fetchall())
        conn.executescript(
            """
            CREATE TABLE a9 (
                judge_id TEXT NOT NULL REFERENCES judges(id),
                entry_code TEXT NOT NULL REFERENCES entries(code),
                PRIMARY KEY (judge_id, entry_code)
            ) WITHOUT ROWID;
            INSERT INTO a9 SELECT judge_id, entry_code FROM assignments;
            DROP TABLE assignments;
            DROP TABLE material;
            DROP TABLE material_blobs;
            DROP TABLE trust_anchors;
            DROP TABLE revocation_lists;
            ALTER TABLE a9 RENAME TO assignments;
            CREATE INDEX assignments_entry ON assignments(entry_code);
            PRAGMA user_version = 9;
            """
        )
    conn.close()
    before = file_hash(old)
    # read as it is: every pair for every stage, nothing migrated
    db = open_database(old, write=False, migrate=False)
    try:
        assert repo.assignment_rows(db) == {(j, e, "") for j, e in pairs}
        assert repo.assignment_counts(db) == dict.fromkeys(["J1", "J2", "J3", "J4", "J5"], 22)
    finally:
        db.close()
    # a package sliced from the file as it is (ATTACH): every stage
    raw = tmp_path / "raw.sqlite"
    assert write_package(old, "J2", raw, {"judge_id": "J2"}) == 22
    with sqlite3.connect(raw) as conn:
        assert set(conn.execute("SELECT DISTINCT stage FROM assignments")) == {("",)}
    assert file_hash(old) == before
    # a service's read migrates the file when it can be held for changes (store/database.py)
    assert services.assignment_matrix(old, stage="presentasi").assigned == pairs
    written = services.make_packages(old, {"J1": tmp_path / "J1.sqlite"})
    assert written[0].entries == 22  # writing packages records them: the file migrated
    session = services.open_package(tmp_path / "J1.sqlite")
    try:
        assert len(session.entries) == 22 and session.stage_assigned("KIPP23-001", "presentasi")
    finally:
        session.close()
    # opened for writing: migrated, the same pairs for every stage
    db = open_database(old)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] >= 10
        assert repo.assignment_rows(db) == {(j, e, "") for j, e in pairs}
        assert db.execute("SELECT 1 FROM sqlite_master WHERE name = 'assignments_entry'").fetchone()
    finally:
        db.close()


def test_assign_per_stage_on_the_command_line(undeclared_demo) -> None:
    master = undeclared_demo.master
    dry = run(
        "--lang", "en", "assign", master, "--per-stage", "proposal=2,presentasi=3", "--dry-run"
    )
    assert dry.returncode == 0, dry.stderr
    assert "Stage Evaluasi Proposal: each entry gets 2 judges" in dry.stdout
    assert "--per-stage proposal=2,presentasi=3 --seed 0" in dry.stdout
    done = run("--lang", "en", "assign", master, "--per-stage", "proposal=2,presentasi=3")
    assert done.returncode == 0, done.stderr
    assert len(stage_rows(master)) == 22 * 5
    bad = run("--lang", "en", "assign", master, "--per-stage", "proposal=2,lapangan=3")
    assert bad.returncode != 0 and "'lapangan'" in bad.stderr
    shape = run("--lang", "en", "assign", master, "--per-stage", "proposal")
    assert shape.returncode != 0 and "is not STAGE=K" in shape.stderr
    both = run("--lang", "en", "assign", master, "--per-stage", "proposal=2", "--per-entry", "2")
    assert both.returncode != 0 and "not allowed with" in both.stderr
