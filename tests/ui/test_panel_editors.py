"""The secretariat's Entries and Judges screens on a real demo master, offscreen: search,
edit, withdraw, restore, delete, add and remove, each saved at once and undone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from judge_app import services
from tests.conftest import file_hash
from tests.ui.conftest import answer_dialogs

CODE = "KIPP23-003"


def _entry(master: Path, code: str = CODE):
    return next(e for e in services.list_entries(master) if e.code == code)


def _assigned(master: Path, code: str) -> list[str]:
    conn = sqlite3.connect(master)
    try:
        rows = conn.execute(
            "SELECT judge_id FROM assignments WHERE entry_code = ? ORDER BY 1", [code]
        ).fetchall()
    finally:
        conn.close()
    return [r[0] for r in rows]


@pytest.fixture
def session(demo):
    s = services.MasterSession(demo.master)
    yield s
    s.close()


@pytest.fixture
def entries(qtbot, session):
    from judge_app.ui.entries_editor import EntriesEditor

    editor = EntriesEditor(session, QUndoStack())
    qtbot.addWidget(editor)
    editor.resize(1200, 700)
    editor.show()
    return editor


@pytest.fixture
def judges(qtbot, session):
    from judge_app.ui.judges_editor import JudgesEditor

    editor = JudgesEditor(session, QUndoStack())
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_search_filters_code_title_agency_and_region(qtbot, entries) -> None:
    total = entries.model.rowCount()
    assert entries.proxy.rowCount() == total == 22
    entries.search.setText("kota serang")  # every word, anywhere in the row
    expected = [
        e.code
        for e in entries.model.entries
        if all(
            w in f"{e.code} {e.title} {e.acronym} {e.agency} {e.region}".casefold()
            for w in ("kota", "serang")
        )
    ]
    qtbot.waitUntil(lambda: entries.proxy.rowCount() == len(expected))
    assert 0 < len(expected) < total
    shown = [entries.proxy.index(r, 0).data() for r in range(entries.proxy.rowCount())]
    assert shown == expected
    assert "of 22 entries" in entries.count.text()
    entries.search.setText("KIPP23-01")
    qtbot.waitUntil(lambda: entries.proxy.rowCount() == 10)
    entries.search.clear()
    qtbot.waitUntil(lambda: entries.proxy.rowCount() == total)


def test_edit_saves_and_undo_restores_the_file(qtbot, entries, demo) -> None:
    before = _entry(demo.master)
    changed: list[bool] = []
    entries.changed.connect(lambda: changed.append(True))
    assert entries.select(CODE)

    def retitle(dialog) -> None:
        dialog.edits["title"].setText("Banten Pusaka Digital")
        dialog.category.setCurrentIndex(dialog.category.findData("khusus"))
        dialog.accept()

    answer_dialogs(retitle)
    assert entries.edit_selected()
    after = _entry(demo.master)
    assert (after.title, after.category) == ("Banten Pusaka Digital", "khusus")
    assert changed
    row = entries.proxy.mapFromSource(entries.model.index(entries.model.row_of(CODE), 1))
    assert row.data() == "Banten Pusaka Digital"
    entries.undo_stack.undo()
    assert _entry(demo.master) == before
    entries.undo_stack.redo()
    assert _entry(demo.master) == after


def test_a_refused_edit_shows_the_message_and_stores_nothing(qtbot, entries, demo) -> None:
    hash_before = file_hash(demo.master)
    entries.select(CODE)
    seen: list[str] = []

    def bad(dialog) -> None:
        dialog.edits["title"].setText(" ")
        dialog.edits["link"].setText("ftp://salah")
        dialog.accept()  # refused: stays open with the messages
        seen.append(dialog.problems.text())
        assert dialog.isVisible()
        dialog.reject()

    answer_dialogs(bad)
    assert not entries.edit_selected()
    assert "Title: must not be empty" in seen[0]
    assert "Link: 'ftp://salah' is not a web address" in seen[0]
    assert file_hash(demo.master) == hash_before
    assert entries.undo_stack.count() == 0


def test_withdraw_greys_the_row_and_undo_restores(qtbot, entries, demo) -> None:
    assigned = _assigned(demo.master, CODE)
    entries.select(CODE)
    assert entries.withdraw_button.isEnabled()
    assert not entries.delete_button.isEnabled()  # assigned: a package may hold it
    assert "is assigned to" in entries.delete_button.toolTip()
    answer_dialogs("Mengundurkan diri")
    assert entries.withdraw_or_restore()
    assert _entry(demo.master).withdrawn == "Mengundurkan diri"
    assert _assigned(demo.master, CODE) == []
    source = entries.model.index(entries.model.row_of(CODE), 5)
    assert source.data() == "Mengundurkan diri"
    assert source.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert entries.withdraw_button.text().replace("&", "") == "Restore"
    assert "1 withdrawn" in entries.count.text()
    entries.undo_stack.undo()
    assert _entry(demo.master).withdrawn == ""
    assert _assigned(demo.master, CODE) == assigned
    entries.undo_stack.redo()
    assert _entry(demo.master).withdrawn == "Mengundurkan diri"
    # restore through the button, then undo withdraws again
    entries.select(CODE)
    assert entries.withdraw_or_restore()
    assert _entry(demo.master).withdrawn == ""
    entries.undo_stack.undo()
    assert _entry(demo.master).withdrawn == "Mengundurkan diri"


def test_an_empty_reason_is_refused(qtbot, entries, demo) -> None:
    entries.select(CODE)
    answer_dialogs("  ", None)  # the reason, then the refusal's message box
    assert not entries.withdraw_or_restore()
    assert _entry(demo.master).withdrawn == ""


def test_add_then_delete_then_undo(qtbot, entries, demo) -> None:
    def fill(dialog) -> None:
        dialog.edits["code"].setText("X-1")
        dialog.edits["title"].setText("Salah impor")
        dialog.accept()

    answer_dialogs(fill)
    assert entries.add_entry()
    assert entries.selected_code() == "X-1"
    assert entries.delete_button.isEnabled()
    assert entries.delete_selected()
    assert "X-1" not in {e.code for e in services.list_entries(demo.master)}
    entries.undo_stack.undo()
    assert _entry(demo.master, "X-1").title == "Salah impor"
    entries.undo_stack.undo()
    assert "X-1" not in {e.code for e in services.list_entries(demo.master)}


def test_import_is_the_workspace_s(qtbot, entries) -> None:
    with qtbot.waitSignal(entries.importRequested):
        entries.import_button.click()


def _judge(master: Path, judge_id: str):
    return next((j for j in services.describe(master).judges if j.id == judge_id), None)


def test_add_judge_with_a_bad_nip_shows_the_message_and_stores_nothing(qtbot, judges, demo) -> None:
    hash_before = file_hash(demo.master)
    seen: list[str] = []

    def bad_then_good(dialog) -> None:
        dialog.name_edit.setText("Drs. Hendra Gunawan, M.Si.")
        dialog.nip_edit.setText("1975 0923")
        dialog.accept()
        seen.append(dialog.problems.text())
        assert dialog.isVisible() and file_hash(demo.master) == hash_before
        dialog.nip_edit.setText("197509232001121002")
        dialog.role.setCurrentIndex(dialog.role.findData("sekretaris"))
        dialog.expertise["replikasi"].setChecked(True)
        dialog.region_edit.setText("Kota Serang")
        dialog.accept()

    answer_dialogs(bad_then_good)
    assert judges.add_judge()
    assert seen[0].startswith("• NIP/NIK: '1975 0923' has 8 digits")
    added = _judge(demo.master, "J6")
    assert added is not None
    assert (added.role, added.expertise, added.region) == ("sekretaris", "replikasi", "Kota Serang")
    assert "2 judges are secretary (sekretaris): J2, J6" in judges.warnings.text()
    assert judges.warnings.isVisibleTo(judges)
    judges.undo_stack.undo()
    assert _judge(demo.master, "J6") is None
    assert not judges.warnings.isVisibleTo(judges)
    judges.undo_stack.redo()
    assert _judge(demo.master, "J6") == added


def test_edit_judge_bad_nip_then_role_and_undo(qtbot, judges, demo) -> None:
    before = _judge(demo.master, "J4")
    hash_before = file_hash(demo.master)
    judges.select("J4")
    seen: list[str] = []

    def bad(dialog) -> None:
        dialog.nip_edit.setText("12345")
        dialog.accept()
        seen.append(dialog.problems.text())
        dialog.reject()

    answer_dialogs(bad)
    assert not judges.edit_selected()
    assert "NIP/NIK: '12345' has 5 digits; a NIP has 18 and a NIK 16" in seen[0]
    assert file_hash(demo.master) == hash_before

    def chair(dialog) -> None:
        dialog.role.setCurrentIndex(dialog.role.findData("ketua"))
        dialog.accept()

    answer_dialogs(chair)
    assert judges.edit_selected()
    assert _judge(demo.master, "J4").role == "ketua"
    assert "2 judges are chair (ketua): J1, J4" in judges.warnings.text()
    judges.undo_stack.undo()
    assert _judge(demo.master, "J4") == before


def test_remove_judge_and_undo_gives_back_the_assignments(qtbot, judges, demo) -> None:
    judges.select("J5")
    count = len(
        [c for c in services.list_entries(demo.master) if "J5" in _assigned(demo.master, c.code)]
    )
    assert count
    assert judges.remove_button.isEnabled()
    assert judges.remove_selected()
    assert _judge(demo.master, "J5") is None
    judges.undo_stack.undo()
    assert _judge(demo.master, "J5") is not None
    after = len(
        [c for c in services.list_entries(demo.master) if "J5" in _assigned(demo.master, c.code)]
    )
    assert after == count


def test_remove_is_not_offered_for_a_judge_with_signed_scores(qtbot, signed) -> None:
    from judge_app.ui.judges_editor import JudgesEditor

    services.merge(signed.master, [p.path for p in signed.packages])
    with services.MasterSession(signed.master) as session:
        editor = JudgesEditor(session)
        qtbot.addWidget(editor)
        editor.select("J1")
        assert not editor.remove_button.isEnabled()
        assert "signed scores" in editor.remove_button.toolTip()
        editor.close()


def test_read_only_offers_no_change(qtbot, demo) -> None:
    from judge_app.ui.entries_editor import EntriesEditor
    from judge_app.ui.judges_editor import JudgesEditor

    with services.MasterSession(demo.master, read_only=True) as session:
        a, b = EntriesEditor(session), JudgesEditor(session)
        qtbot.addWidget(a)
        qtbot.addWidget(b)
        a.select(CODE)
        b.select("J1")
        for button in (
            a.import_button,
            a.add_button,
            a.edit_button,
            a.withdraw_button,
            a.delete_button,
            b.import_button,
            b.add_button,
            b.edit_button,
            b.remove_button,
        ):
            assert not button.isEnabled()


def test_search_and_sort_stay_quick_on_15000_entries(qtbot, tmp_path: Path) -> None:
    """A national round: the list loads, filters and sorts in well under a second each."""
    import time

    from tests.conftest import ENTRY_HEADER, write_csv

    rows = [
        [f"IGA-{i:05d}", f"Inovasi layanan {i}", f"Dinas {i % 500}", f"Kabupaten {i % 514}", "umum"]
        for i in range(15_000)
    ]
    master = tmp_path / "national.sqlite"
    services.create_master("kipp", write_csv(tmp_path / "e.csv", [ENTRY_HEADER, *rows]), master)
    from judge_app.ui.entries_editor import EntriesEditor

    with services.MasterSession(master) as session:
        start = time.perf_counter()
        editor = EntriesEditor(session)
        qtbot.addWidget(editor)
        editor.show()
        assert time.perf_counter() - start < 3
        assert editor.model.rowCount() == 15_000
        wanted = sum(1 for r in rows if "12" in " ".join(r[:4]) and "kabupaten" in r[3].casefold())
        for text, count in (("kabupaten 12", wanted), ("IGA-0149", 10), ("", 15_000)):
            start = time.perf_counter()
            editor.search.setText(text)
            editor._apply_search()
            assert time.perf_counter() - start < 1
            assert editor.proxy.rowCount() == count
        start = time.perf_counter()
        editor.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        assert time.perf_counter() - start < 1
        assert editor.proxy.index(0, 0).data() == "IGA-09999"
        editor.close()


def test_import_judges_reports_and_undo_takes_it_back(qtbot, judges, demo, tmp_path) -> None:
    from tests.conftest import write_csv

    before = {j.id: j for j in services.describe(demo.master).judges}
    source = write_csv(
        tmp_path / "juri.csv",
        [
            ["id", "nama", "nip/nik", "jabatan", "peran"],
            ["J5", "Dedi Kurniawan, S.E., M.M.", "197509232001121001", "Peneliti Ahli Madya", ""],
            ["J6", "Rahmat Hidayat, S.Kom.", "3673011203900002", "Pranata Komputer", ""],
        ],
    )
    assert judges.import_file(source)
    assert "juri.csv: 1 added, 1 updated, 0 unchanged" in judges.report.text()
    after = {j.id: j for j in services.describe(demo.master).judges}
    assert after["J5"].position == "Peneliti Ahli Madya" and "J6" in after
    judges.undo_stack.undo()
    assert {j.id: j for j in services.describe(demo.master).judges} == before
    judges.undo_stack.redo()
    assert {j.id: j for j in services.describe(demo.master).judges} == after


def test_a_refused_judge_list_changes_nothing(qtbot, judges, demo, tmp_path) -> None:
    from tests.conftest import write_csv

    hash_before = file_hash(demo.master)
    source = write_csv(tmp_path / "juri.csv", [["nama", "nip/nik"], ["Rahmat", "12"]])
    answer_dialogs(None)
    assert not judges.import_file(source)
    assert file_hash(demo.master) == hash_before
    assert judges.undo_stack.count() == 0


def test_the_results_tab_names_withdrawn_entries_apart(qtbot, signed) -> None:
    from judge_app.ui.results_view import ResultsView

    services.merge(signed.master, [p.path for p in signed.packages])
    services.withdraw_entry(signed.master, CODE, "Mengundurkan diri")
    with services.MasterSession(signed.master) as session:
        view = ResultsView(session, ",")
        qtbot.addWidget(view)
        view.show()
        view.refresh()
        assert "1 withdrawn, not ranked" in view.counts.text()
        assert view.award_note.isVisibleTo(view)
        assert f"{CODE} Banten Satu Pusaka (Mengundurkan diri)" in view.award_note.text()
        assert view.model.row_of(CODE) is None
        view.close()
