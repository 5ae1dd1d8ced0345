"""Entries changed by hand on real demo masters: edit, withdraw, restore, delete."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from judge_app import services
from judge_app.services import Entry, JudgeAppError, ProblemsError
from tests.conftest import file_hash

CODE = "KIPP23-003"


def _entry(master: Path, code: str = CODE) -> Entry:
    return next(e for e in services.list_entries(master) if e.code == code)


def _rows(master: Path, sql: str, *args) -> list[tuple]:
    conn = sqlite3.connect(master)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def _scores_of(master: Path, code: str) -> list[tuple]:
    return _rows(
        master,
        "SELECT judge_id, criterion_id, value FROM scores WHERE entry_code = ? ORDER BY 1, 2",
        code,
    )


def _assigned(master: Path, code: str) -> list[str]:
    return [
        r[0] for r in _rows(master, "SELECT judge_id FROM assignments WHERE entry_code = ?", code)
    ]


@pytest.fixture
def merged(signed) -> Path:
    """The demo master with every judge's signed sheet merged."""
    outcome = services.merge(signed.master, [p.path for p in signed.packages])
    assert all(v.status == "accepted" for v in outcome.verdicts)
    return signed.master


def test_edit_keeps_the_scores_and_the_rank(merged: Path) -> None:
    scores = _scores_of(merged, CODE)
    assert scores
    before = {r["code"]: r for r in services.results_document(merged)["entries"]}
    stored = services.update_entry(
        merged, replace(_entry(merged), title="  Banten Pusaka Digital ", category="Kelompok Umum")
    )
    assert stored.title == "Banten Pusaka Digital"
    assert stored.category == "umum"  # by name, stored by id as the importer does
    assert _entry(merged).title == "Banten Pusaka Digital"
    assert _scores_of(merged, CODE) == scores
    after = {r["code"]: r for r in services.results_document(merged)["entries"]}
    assert after[CODE]["final"] == before[CODE]["final"]
    assert after[CODE]["title"] == "Banten Pusaka Digital"


def test_a_bad_category_is_named_and_nothing_is_stored(demo) -> None:
    before = file_hash(demo.master)
    entry = replace(_entry(demo.master), category="lainnya", title="", link="ftp://x")
    with pytest.raises(ProblemsError) as caught:
        services.update_entry(demo.master, entry)
    text = str(caught.value)
    assert "Category: unknown category 'lainnya' (known: umum, replikasi, khusus)" in text
    assert "Title: must not be empty" in text
    assert "Link: 'ftp://x' is not a web address" in text
    assert file_hash(demo.master) == before


def test_control_characters_and_length_as_the_importer(demo) -> None:
    entry = replace(_entry(demo.master), agency="Dinas\x07", region="x" * 201)
    with pytest.raises(ProblemsError) as caught:
        services.update_entry(demo.master, entry)
    assert "Agency: contains a control character (U+0007)" in str(caught.value)
    assert "Region: too long: 201 characters (at most 200)" in str(caught.value)


def test_unknown_code_is_refused(demo) -> None:
    with pytest.raises(JudgeAppError, match="no entry with the code 'X-1'"):
        services.update_entry(demo.master, Entry("X-1", "t", "umum"))


def test_withdraw_removes_unscored_assignments_and_leaves_packages_and_ranks(
    demo, tmp_path: Path
) -> None:
    master = demo.master
    assigned = _assigned(master, CODE)
    assert assigned
    with pytest.raises(ProblemsError, match="Reason for withdrawal: must not be empty"):
        services.withdraw_entry(master, CODE, "  ")
    assert services.withdraw_entry(master, CODE, "Mengundurkan diri") == len(assigned)
    assert _assigned(master, CODE) == []
    assert _entry(master).withdrawn == "Mengundurkan diri"
    # no new assignment: assigning everyone again leaves it out
    services.assign(master, everyone=True)
    assert _assigned(master, CODE) == []
    judge = demo.packages[0].judge.id
    package = tmp_path / "p.sqlite"
    written = services.make_packages(master, {judge: package})[0]
    assert written.entries == demo.packages[0].entries - 1
    assert not _rows(package, "SELECT 1 FROM entries WHERE code = ?", CODE)
    assert not _rows(package, "SELECT 1 FROM assignments WHERE entry_code = ?", CODE)
    assert services.verify([package])[0].ok
    document = services.results_document(master)
    assert CODE not in {r["code"] for r in document["entries"]}
    assert document["withdrawn"] == [
        {
            "code": CODE,
            "title": _entry(master).title,
            "category": "umum",
            "reason": "Mengundurkan diri",
        }
    ]


def test_withdraw_after_scores_keeps_them_and_restore_ranks_again(merged: Path) -> None:
    scores = _scores_of(merged, CODE)
    assigned = _assigned(merged, CODE)
    before = {r["code"]: r for r in services.results_document(merged)["entries"]}
    assert services.withdraw_entry(merged, CODE, "Tidak memenuhi syarat") == 0
    assert _assigned(merged, CODE) == assigned  # they hold scores
    assert _scores_of(merged, CODE) == scores
    document = services.results_document(merged)
    ranked = {r["code"]: r for r in document["entries"]}
    assert CODE not in ranked
    assert [w["code"] for w in document["withdrawn"]] == [CODE]
    assert services.verify([merged])[0].ok
    with services.MasterSession(merged, read_only=True) as session:
        assert CODE not in {r.code for r in session.ranked()}
        assert session.document()["withdrawn"][0]["reason"] == "Tidak memenuhi syarat"
    services.restore_entry(merged, CODE)
    assert _entry(merged).withdrawn == ""
    again = {r["code"]: r for r in services.results_document(merged)["entries"]}
    assert again[CODE]["final"] == before[CODE]["final"]
    assert again[CODE]["rank"] == before[CODE]["rank"]
    assert services.results_document(merged)["withdrawn"] == []


def test_restore_can_give_back_the_assignments_undone(demo) -> None:
    assigned = _assigned(demo.master, CODE)
    services.withdraw_entry(demo.master, CODE, "salah kelompok")
    services.restore_entry(demo.master, CODE, assigned)
    assert sorted(_assigned(demo.master, CODE)) == sorted(assigned)


def test_packages_out_before_the_withdrawal_still_merge_and_verify(signed) -> None:
    """The judges scored the entry in packages written before it was withdrawn: their
    files still merge, the scores are kept, and the entry is not ranked."""
    master = signed.master
    services.withdraw_entry(master, CODE, "Mengundurkan diri")
    outcome = services.merge(master, [p.path for p in signed.packages])
    assert all(v.status == "accepted" for v in outcome.verdicts), outcome.verdicts
    assert _scores_of(master, CODE)
    assert services.verify([master])[0].ok
    assert CODE not in {r["code"] for r in services.results_document(master)["entries"]}


def test_delete_refused_with_scores(merged: Path) -> None:
    before = file_hash(merged)
    with pytest.raises(JudgeAppError, match="holds scores of J1"):
        services.delete_entry(merged, CODE)
    assert file_hash(merged) == before


def test_delete_refused_when_assigned_or_withdrawn(demo) -> None:
    assert "is assigned to J1" in (services.delete_problem(demo.master, CODE) or "")
    services.withdraw_entry(demo.master, CODE, "ganda")
    with pytest.raises(JudgeAppError, match="was withdrawn"):
        services.delete_entry(demo.master, CODE)


def test_an_entry_added_by_mistake_is_deleted_and_put_back(demo) -> None:
    master = demo.master
    with pytest.raises(ProblemsError, match="Code: 'KIPP23-001' is already used"):
        services.add_entry(master, Entry("KIPP23-001", "Lagi", "umum"))
    added = services.add_entry(master, Entry(" X-9 ", "Salah impor", "khusus", link="www.x.id"))
    assert added.code == "X-9" and added.link == "https://www.x.id"
    assert services.delete_problem(master, "X-9") is None
    removed = services.delete_entry(master, "X-9")
    assert "X-9" not in {e.code for e in services.list_entries(master)}
    services.add_entry(master, removed.entry, removed.position)
    codes = [e.code for e in services.list_entries(master)]
    assert codes[-1] == "X-9"


def test_packages_out_before_an_edit_still_merge(signed) -> None:
    """The judges' packages hold the entry as it was; an edit in the master (title,
    category) does not stop their signed sheets from merging."""
    master = signed.master
    services.update_entry(master, replace(_entry(master), title="Judul baru", category="khusus"))
    outcome = services.merge(master, [p.path for p in signed.packages])
    assert all(v.status == "accepted" for v in outcome.verdicts), outcome.verdicts
    assert services.verify([master])[0].ok
    ranked = {r["code"]: r for r in services.results_document(master)["entries"]}
    assert (ranked[CODE]["title"], ranked[CODE]["category"]) == ("Judul baru", "khusus")


def test_the_signed_documents_name_a_withdrawn_entry_and_its_reason(
    merged: Path, tmp_path: Path
) -> None:
    """A signed Rekapitulasi or Berita Acara never drops an entry without saying so: the
    withdrawn entry is named under its category with the reason, and not counted."""
    import subprocess

    from tests.conftest import TEST_PASSPHRASE

    reason = "Mengundurkan diri atas permintaan instansi"
    services.withdraw_entry(merged, CODE, reason)
    title = _entry(merged).title
    recap = tmp_path / "rekap.pdf"
    minutes = tmp_path / "ba.pdf"
    services.results_pdf(merged, recap, TEST_PASSPHRASE)
    services.berita_acara_pdf(merged, minutes, TEST_PASSPHRASE, number="001/BA/2023")
    ranked = len(services.results_document(merged)["entries"])
    for pdf in (recap, minutes):
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        flat = " ".join(text.split())
        assert f"Ditarik dari kompetisi dan tidak diperingkat: {CODE} {title}" in flat
        assert f"(alasan: {reason})." in flat
    flat = " ".join(
        subprocess.run(
            ["pdftotext", str(minutes), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert f"terhadap {ranked} inovasi" in flat  # the withdrawn entry is not counted
