"""Automatic assignment and the matrix's changes by hand (issue 20), on the demo's real
master files: plan and apply, scored pairs kept, conflicts and withdrawn entries refused,
one category re-planned, the same seed the same plan, undo; the command line too."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from judge_app import services
from judge_app.base.errors import ImportProblems, JudgeAppError, ProblemsError
from judge_app.demo import sign_demo
from tests.conftest import TEST_PASSPHRASE, file_hash, write_csv
from tests.test_cli import run

CONFLICT = ("J3", "KIPP23-009")  # the demo's one declared conflict (sign_demo)
REPLIKASI = [f"KIPP23-0{n}" for n in range(17, 23)]


@pytest.fixture(scope="module")
def merged_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo as `demo --signed` and `merge` leave it: every judge scored every entry,
    J3 declared a conflict with KIPP23-009."""
    patch = pytest.MonkeyPatch()
    patch.setenv("JUDGE_APP_HOME", str(tmp_path_factory.mktemp("home")))
    try:
        demo = services.build_demo(tmp_path_factory.mktemp("auto") / "kipp")
        sign_demo(demo, TEST_PASSPHRASE)
        services.merge(demo.master, [p.path for p in demo.packages])
    finally:
        patch.undo()
    return demo.master


@pytest.fixture
def merged(merged_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "merged.sqlite"
    with sqlite3.connect(merged_template) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return target


@pytest.fixture
def fresh(undeclared_demo) -> Path:
    """The demo master before anyone scored: five judges, 22 entries, everyone assigned."""
    return undeclared_demo.master


def test_a_proposal_writes_nothing_and_apply_writes_it_whole(fresh: Path) -> None:
    before = file_hash(fresh)
    rules = services.AssignmentRules(per_entry=3, seed=7)
    proposal = services.propose_assignment(fresh, rules)
    assert file_hash(fresh) == before
    assert len(proposal.pairs) == 22 * 3 and proposal.short == {} and proposal.kept == 0
    assert sorted(proposal.loads.values()) == [13, 13, 13, 13, 14]  # within one of each other
    assert proposal.words[:2] == [
        "Each entry gets 3 judges: 22 entries, 5 judges.",
        "Each judge gets between 13 and 14 entries (seed 7).",
    ]
    assert services.apply_assignment(fresh, proposal) == proposal
    matrix = services.assignment_matrix(fresh)
    assert matrix.assigned == set(proposal.pairs) and matrix.loads == proposal.loads
    assert matrix.source == "auto:--per-entry 3 --seed 7"
    # a plain `assign` would give every judge everything again: refused, it says how
    with pytest.raises(JudgeAppError, match=r"planned automatically \(--per-entry 3 --seed 7\)"):
        services.assign(fresh)


def test_the_same_seed_gives_the_same_plan(fresh: Path) -> None:
    rules = services.AssignmentRules(per_entry=2, seed=11, by_expertise=True)
    first = services.propose_assignment(fresh, rules)
    assert services.propose_assignment(fresh, rules) == first
    other = services.propose_assignment(fresh, dataclasses.replace(rules, seed=12))
    assert other.pairs != first.pairs and len(other.pairs) == len(first.pairs)


def test_pairs_holding_scores_are_kept_and_counted(merged: Path) -> None:
    proposal = services.propose_assignment(merged, services.AssignmentRules(per_entry=2))
    scored = {(j.id, e) for j in services.describe(merged).judges for e in _codes(merged)}
    scored.discard(CONFLICT)
    assert scored <= set(proposal.pairs) and proposal.kept == len(scored) == 109
    assert proposal.short == {}
    assert proposal.loads == {"J1": 22, "J2": 22, "J3": 22, "J4": 22, "J5": 22}
    assert "Kept because they already hold scores: 109 pairs." in proposal.words
    services.apply_assignment(merged, proposal)
    # a plan that would drop a scored pair is refused whole, naming the pair
    dropped = dataclasses.replace(
        proposal, pairs=[p for p in proposal.pairs if p != ("J1", "KIPP23-001")]
    )
    before = file_hash(merged)
    with pytest.raises(ProblemsError) as caught:
        services.apply_assignment(merged, dropped)
    assert "changed since the plan was made" in str(caught.value)
    assert "J1 (Dr. Hj. Rina Marlina, M.Si.) already has scores for entry KIPP23-001" in str(
        caught.value
    )
    assert file_hash(merged) == before


def test_a_declared_conflict_is_never_assigned(merged: Path, tmp_path: Path) -> None:
    pairs = [["judge", "entry"]] + [
        [j, e] for j in ("J1", "J2", "J3", "J4", "J5") for e in _codes(merged) if (j, e) != CONFLICT
    ]
    services.assign(merged, write_csv(tmp_path / "a.csv", pairs))  # J3 no longer has KIPP23-009
    for seed in range(5):
        proposal = services.propose_assignment(
            merged, services.AssignmentRules(per_entry=5, seed=seed)
        )
        assert CONFLICT not in proposal.pairs
        assert proposal.short == {"KIPP23-009": 1}
    assert any("KIPP23-009 (−1)" in w for w in proposal.words)
    with pytest.raises(
        JudgeAppError,
        match=r"J3 \(.*\) declared a conflict of interest with entry KIPP23-009 and cannot be "
        "assigned to it",
    ):
        services.set_assigned(merged, "J3", "KIPP23-009", True)
    sneaked = dataclasses.replace(proposal, pairs=[*proposal.pairs, CONFLICT])
    with pytest.raises(ProblemsError, match="declared a conflict of interest"):
        services.apply_assignment(merged, sneaked)


def test_a_pair_assigned_before_its_conflict_was_declared_stays(merged: Path) -> None:
    assert CONFLICT in services.assignment_matrix(merged).assigned
    proposal = services.propose_assignment(merged, services.AssignmentRules(per_entry=2))
    assert CONFLICT in proposal.pairs  # the declaration keeps its entry
    with pytest.raises(JudgeAppError, match="the pair stays assigned so that the declaration"):
        services.set_assigned(merged, "J3", "KIPP23-009", False)


def test_withdrawn_entries_get_no_judges(fresh: Path) -> None:
    services.withdraw_entry(fresh, "KIPP23-004", "Mengundurkan diri")
    proposal = services.propose_assignment(fresh, services.AssignmentRules(per_entry=3))
    assert not [p for p in proposal.pairs if p[1] == "KIPP23-004"]
    assert "Withdrawn entries get no judges: 1." in proposal.words
    services.apply_assignment(fresh, proposal)
    matrix = services.assignment_matrix(fresh)
    assert "KIPP23-004" not in {e.code for e in matrix.entries}
    with pytest.raises(
        JudgeAppError,
        match=r"entry KIPP23-004 was withdrawn \(Mengundurkan diri\) and gets no judges",
    ):
        services.set_assigned(fresh, "J1", "KIPP23-004", True)


def test_one_category_is_replanned_and_the_others_kept(fresh: Path) -> None:
    services.apply_assignment(
        fresh, services.propose_assignment(fresh, services.AssignmentRules(per_entry=2, seed=3))
    )
    umum = {p for p in services.assignment_matrix(fresh, "umum").assigned}
    rules = services.AssignmentRules(per_entry=4, seed=5, category="replikasi")
    proposal = services.propose_assignment(fresh, rules)
    services.apply_assignment(fresh, proposal)
    assert services.assignment_matrix(fresh, "umum").assigned == umum
    replikasi = services.assignment_matrix(fresh, "replikasi")
    assert [e.code for e in replikasi.entries] == REPLIKASI
    assert sorted(code for _, code in replikasi.assigned) == sorted(REPLIKASI * 4)
    assert sum(replikasi.loads.values()) == len(umum) + 6 * 4  # loads count every category
    assert proposal.words[0].startswith("Each entry of category replikasi gets 4 judges")
    with pytest.raises(JudgeAppError, match="'nope' is not a category of this competition"):
        services.assignment_matrix(fresh, "nope")


def test_set_assigned_and_its_refusals(merged: Path) -> None:
    services.set_assigned(merged, "j1", "kipp23-001", True)  # already: nothing changes
    with pytest.raises(
        JudgeAppError,
        match=r"J1 \(Dr\. Hj\. Rina Marlina, M\.Si\.\) already has scores for entry KIPP23-001; "
        "the pair stays assigned",
    ):
        services.set_assigned(merged, "J1", "KIPP23-001", False)
    with pytest.raises(JudgeAppError, match="unknown judge 'J9'"):
        services.set_assigned(merged, "J9", "KIPP23-001", True)
    with pytest.raises(JudgeAppError, match="unknown entry 'X-1'"):
        services.set_assigned(merged, "J1", "X-1", True)


def test_hand_changes_and_their_undo(fresh: Path) -> None:
    before = services.assignment_matrix(fresh)
    services.set_assigned(fresh, "J2", "KIPP23-003", False)
    after = services.assignment_matrix(fresh)
    assert ("J2", "KIPP23-003") not in after.assigned and after.loads["J2"] == 21
    assert after.source == "hand"
    services.restore_assignments(fresh, sorted(before.assigned), before.source)
    again = services.assignment_matrix(fresh)
    assert again.assigned == before.assigned and again.source == "everyone"
    with pytest.raises(ProblemsError, match="unknown judge 'J9'"):
        services.restore_assignments(fresh, [("J9", "KIPP23-001")])


def test_likely_conflicts_in_the_matrix_and_the_rules(fresh: Path) -> None:
    services.add_judge(
        fresh, "Budi", institution="Dinas Kesehatan Kota Tangerang", region="kota tangerang"
    )
    matrix = services.assignment_matrix(fresh, "umum")
    assert matrix.likely[("J6", "KIPP23-004")] == "own institution"  # its agency
    assert matrix.likely[("J6", "KIPP23-001")] == "same region"
    rules = services.AssignmentRules(per_entry=3, avoid_same_region=True)
    proposal = services.propose_assignment(fresh, rules)
    assert not {p for p in proposal.pairs if p[0] == "J6"} & set(matrix.likely)
    assert "Kept apart because the judge works at the entry's agency: 2 pairs." in proposal.words
    assert "Kept apart because the judge is from the entry's region: 2 pairs." in proposal.words
    free = services.propose_assignment(
        fresh, dataclasses.replace(rules, avoid_own_institution=False, avoid_same_region=False)
    )
    assert "Judges may be given entries of their own institution (asked)." in free.words


def test_judges_by_expertise_first(fresh: Path) -> None:
    judges = {j.id: j for j in services.describe(fresh).judges}
    for judge_id in ("J4", "J5"):
        services.update_judge(fresh, dataclasses.replace(judges[judge_id], expertise="replikasi"))
    rules = services.AssignmentRules(per_entry=2, by_expertise=True, category="replikasi")
    proposal = services.propose_assignment(fresh, rules)
    assert {p for p in proposal.pairs if p[1] in REPLIKASI} == {
        (j, e) for j in ("J4", "J5") for e in REPLIKASI
    }
    assert "Every entry's new judges list its category in their expertise." in proposal.words


def test_update_judge_checks_like_adding_one(fresh: Path) -> None:
    judge = services.describe(fresh).judges[0]
    stored = services.update_judge(
        fresh,
        dataclasses.replace(judge, region=" Kota Serang ", expertise="Replikasi, umum umum"),
    )
    assert (stored.region, stored.expertise) == ("Kota Serang", "replikasi umum")
    before = file_hash(fresh)
    with pytest.raises(ImportProblems) as caught:
        services.update_judge(
            fresh, dataclasses.replace(judge, name=" ", nip="123", role="bos", expertise="x")
        )
    message = str(caught.value)
    assert "name: must not be empty" in message
    assert "NIP/NIK: '123' has 3 digits" in message
    assert "role: 'bos' is not ketua, sekretaris or anggota" in message
    assert "expertise: 'x' is not a category of this competition" in message
    other = services.describe(fresh).judges[1]
    with pytest.raises(ImportProblems, match="is already registered to J2"):
        services.update_judge(fresh, dataclasses.replace(judge, nip=other.nip))
    with pytest.raises(JudgeAppError, match="unknown judge 'J9'"):
        services.update_judge(fresh, dataclasses.replace(judge, id="J9"))
    assert file_hash(fresh) == before


def test_judges_import_reads_region_and_expertise(master: Path, tmp_path: Path) -> None:
    rows = [
        ["nama", "instansi", "wilayah", "keahlian"],
        ["Rina", "Setda", "Kota Serang", "umum replikasi"],
        ["Budi", "Untirta", "", ""],
    ]
    added = services.import_judges(master, write_csv(tmp_path / "j.csv", rows)).added
    assert [(j.region, j.expertise) for j in added] == [
        ("Kota Serang", "umum replikasi"),
        ("", ""),
    ]
    rows[2][3] = "umum; inovasi"
    with pytest.raises(ImportProblems) as caught:
        services.import_judges(master, write_csv(tmp_path / "k.csv", rows))
    assert (
        "row 3, column expertise: 'inovasi' is not a category of this competition "
        "(categories: umum, replikasi, khusus)" in str(caught.value)
    )


def _codes(master: Path) -> list[str]:
    return [e.code for e in services.list_entries(master)]


# -- the command line ------------------------------------------------------------------


def test_assign_per_entry_on_the_command_line(fresh: Path) -> None:
    before = file_hash(fresh)
    dry = run("assign", fresh, "--per-entry", "3", "--seed", "4", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Planned loads (nothing written, --dry-run):" in dry.stdout
    assert "Each entry gets 3 judges: 22 entries, 5 judges." in dry.stdout
    assert f"To write it: judge-app assign {fresh} --per-entry 3 --seed 4" in dry.stdout
    assert file_hash(fresh) == before
    done = run(
        "assign", fresh, "--per-entry", "3", "--seed", "4", "--avoid-same-region", "--by-expertise"
    )
    assert done.returncode == 0, done.stderr
    assert "Assignments written; each judge's load:" in done.stdout
    assert "J1" in done.stdout and "entries" in done.stdout
    expected = services.propose_assignment(
        fresh,
        services.AssignmentRules(per_entry=3, seed=4, avoid_same_region=True, by_expertise=True),
    )
    assert services.assignment_matrix(fresh).assigned == set(expected.pairs)
    refused = run("assign", fresh)
    assert refused.returncode == 1 and "planned automatically" in refused.stderr


def test_assign_options_that_do_not_go_together(fresh: Path, tmp_path: Path) -> None:
    clash = run("assign", fresh, "--per-entry", "2", "--everyone")
    assert clash.returncode == 2
    assert "argument --everyone: not allowed with argument --per-entry" in clash.stderr
    lone = run("assign", fresh, "--seed", "3", "--category", "umum")
    assert lone.returncode == 2 and "--seed, --category: only with --per-entry K" in lone.stderr
    bad = run("assign", fresh, "--per-entry", "2", "--category", "nope")
    assert bad.returncode == 1 and "'nope' is not a category" in bad.stderr
    zero = run("assign", fresh, "--per-entry", "0")
    assert zero.returncode == 1 and "at least 1 judge" in zero.stderr


def test_judges_add_with_region_and_expertise(fresh: Path) -> None:
    added = run(
        "judges", "add", fresh, "--name", "Budi", "--region", "Kota Serang",
        "--expertise", "umum replikasi",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = run("judges", "list", fresh)
    assert "J6\tBudi\t-\tanggota\t0 entries\tKota Serang\tumum replikasi" in listed.stdout
    bad = run("judges", "add", fresh, "--name", "Ani", "--expertise", "umum foo")
    assert bad.returncode == 1
    assert "--expertise: 'foo' is not a category of this competition" in bad.stderr
