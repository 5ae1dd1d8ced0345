"""The judge's scoring flow in real widgets: keyboard in the form and the grid, refused
values, paste, undo/redo, conflicts, filters; values checked in the SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from judge_app import services
from judge_app.sessions.package import COMPLETE, CONFLICT
from judge_app.ui.judge_workspace import GRID
from tests.ui.conftest import answer_dialogs, file_scores


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_open_package_shows_workspace(opened) -> None:
    window, ws, _ = opened
    assert window.stack.currentWidget() is ws
    assert ws.list_model.rowCount() == 22
    assert ws.panel.title.text() == ws.session.entries[0].title
    assert "KIPP23" in window.windowTitle() or "J1" in window.windowTitle()


def test_score_whole_entry_by_keyboard_in_form(qtbot, opened) -> None:
    _, ws, package = opened
    first = ws.current_code()
    for row, value in zip(ws.form.rows, ["85", "80", "90,0", "75", "88"], strict=True):
        assert QApplication.focusWidget() is row.score or row is not ws.form.rows[0]
        type_into(qtbot, row.score, value)
    # Enter on the last score moves to the next entry with the cursor on its first score
    assert ws.current_code() != first
    assert QApplication.focusWidget() is ws.form.rows[0].score
    scores = file_scores(package)
    assert [scores[(first, c)] for c in ("K1", "K2", "K3", "K4", "K5")] == [85, 80, 90, 75, 88]
    assert ws.session.state(first) != CONFLICT
    ws.stage_box.setCurrentIndex(1)
    ws.select_code(first)
    for row, value in zip(ws.form.rows, ["90", "80"], strict=True):
        type_into(qtbot, row.score, value)
    assert ws.session.state(first) == COMPLETE
    ws.select_code(first)  # Enter on the last score went on to the next entry
    assert ws.form.total.text() == "Weighted total: 87.00 of 100"


def test_refused_value_is_explained_and_not_stored(qtbot, opened) -> None:
    _, ws, package = opened
    row = ws.form.rows[0]
    type_into(qtbot, row.score, "101")
    assert not row.error.isHidden()
    assert "outside the allowed range 0–100" in row.error.text()
    assert row.score.property("invalid") is True
    assert file_scores(package) == {}
    type_into(qtbot, row.score, "8x")
    assert "not a number" in row.error.text()
    type_into(qtbot, row.score, "99")
    assert row.error.isHidden()
    assert file_scores(package) == {(ws.current_code(), "K1"): 99}


def test_live_total_and_rubric_level(qtbot, opened) -> None:
    _, ws, _ = opened
    ws.stage_box.setCurrentIndex(1)
    p1, p2 = ws.form.rows
    p1.score.setFocus()
    qtbot.keyClicks(p1.score, "95")
    assert "Istimewa" in p1.level.text()
    assert "1 of 2" in ws.form.total.text()
    qtbot.keyClicks(p2.score, "60")
    assert ws.form.total.text() == "Weighted total: 84.50 of 100"


def test_note_saved(qtbot, opened) -> None:
    _, ws, package = opened
    row = ws.form.rows[1]
    type_into(qtbot, row.note, "Data capaian belum lengkap")
    conn = sqlite3.connect(package)
    assert conn.execute("SELECT note FROM scores").fetchone() == ("Data capaian belum lengkap",)
    conn.close()


def test_grid_typing_enter_moves_to_next_cell(qtbot, opened) -> None:
    _, ws, package = opened
    ws.set_mode(GRID)
    view = ws.grid_view
    view.setCurrentIndex(ws.grid_model.index(0, 0))
    for value in ("70", "71", "72", "73", "74", "60"):
        for char in value:  # the first key opens the cell editor, the rest go into it
            qtbot.keyClick(QApplication.focusWidget() or view, char)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        QApplication.processEvents()  # the cell editor commits through the event loop
    codes = ws.grid_model.codes
    scores = file_scores(package)
    assert [scores[(codes[0], c)] for c in ("K1", "K2", "K3", "K4", "K5")] == [70, 71, 72, 73, 74]
    assert scores[(codes[1], "K1")] == 60
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == 1


def test_grid_refuses_bad_value(qtbot, opened) -> None:
    window, ws, package = opened
    ws.set_mode(GRID)
    assert not ws.grid_model.setData(ws.grid_model.index(0, 0), "150")
    assert "outside" in window.saved_label.text()
    assert file_scores(package) == {}


def test_paste_block_from_excel(qtbot, opened) -> None:
    _, ws, package = opened
    ws.set_mode(GRID)
    ws.grid_view.setCurrentIndex(ws.grid_model.index(1, 1))
    QGuiApplication.clipboard().setText("80\t81,0\n82\t83\n")
    ws.grid_view.paste_clipboard()
    codes = ws.grid_model.codes
    scores = file_scores(package)
    assert scores == {
        (codes[1], "K2"): 80,
        (codes[1], "K3"): 81,
        (codes[2], "K2"): 82,
        (codes[2], "K3"): 83,
    }
    # one undo step takes the whole paste back
    ws.undo_stack.undo()
    assert file_scores(package) == {}


def test_bad_paste_changes_nothing(qtbot, opened) -> None:
    _, ws, package = opened
    ws.set_mode(GRID)
    ws.grid_view.setCurrentIndex(ws.grid_model.index(0, 0))
    QGuiApplication.clipboard().setText("80\t500\n")
    answer_dialogs(None)
    ws.grid_view.paste_clipboard()
    assert file_scores(package) == {}


def test_undo_redo_every_edit(qtbot, opened) -> None:
    window, ws, package = opened
    code = ws.current_code()
    type_into(qtbot, ws.form.rows[0].score, "50")
    type_into(qtbot, ws.form.rows[0].score, "60")
    assert file_scores(package)[(code, "K1")] == 60
    window.undo_action.trigger()
    assert file_scores(package)[(code, "K1")] == 50
    assert ws.form.rows[0].score.text() == "50"
    window.undo_action.trigger()
    assert (code, "K1") not in file_scores(package)
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert file_scores(package)[(code, "K1")] == 60


def test_conflict_blocks_scoring_everywhere(qtbot, opened) -> None:
    _, ws, package = opened
    code = ws.session.entries[3].code
    ws.select_code(code)
    type_into(qtbot, ws.form.rows[0].score, "77")
    # the reason, then yes to removing the score already given
    answer_dialogs("Kerabat kepala dinas", QMessageBox.StandardButton.Yes)
    ws.toggle_conflict()
    qtbot.waitUntil(lambda: ws.session.conflict_reason(code) == "Kerabat kepala dinas")
    assert (code, "K1") not in file_scores(package)
    assert not ws.form.rows[0].score.isEnabled()
    assert not ws.form.banner.isHidden()
    row = ws.list_model.row_of(code)
    assert ws.list_model.data(ws.list_model.index(row, 4)) == "Conflict"
    index = ws.grid_model.index(ws.grid_model.codes.index(code), 0)
    assert not ws.grid_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not ws.grid_model.setData(index, "80")
    conn = sqlite3.connect(package)
    with pytest.raises(sqlite3.IntegrityError, match="conflict of interest"):
        conn.execute(
            "INSERT INTO scores (judge_id, entry_code, criterion_id, value, note, updated_at) "
            "VALUES ('J1', ?, 'K1', 80, '', 't')",
            [code],
        )
    conn.close()
    ws.undo_stack.undo()  # undo the conflict: the score comes back
    assert file_scores(package)[(code, "K1")] == 77
    assert ws.form.rows[0].score.isEnabled()


def test_filters(qtbot, opened) -> None:
    _, ws, _ = opened
    qtbot.keyClicks(ws.search, "kesehatan kota")
    titles = [
        ws.list_model.data(ws.list_model.index(r, 1)) for r in range(ws.list_model.rowCount())
    ]
    assert titles and all(t for t in titles)
    assert ws.list_model.rowCount() < 22
    assert ws.grid_model.rowCount() == ws.list_model.rowCount()
    ws.search.clear()
    ws.category.setCurrentIndex(ws.category.findData("replikasi"))
    assert ws.list_model.rowCount() == 6
    ws.category.setCurrentIndex(0)
    ws.session.set_score(ws.session.entries[0].code, "K1", 80)
    ws.state_filter.setCurrentIndex(ws.state_filter.findData("partial"))
    assert ws.list_model.rowCount() == 1


def test_status_bar_progress(qtbot, opened) -> None:
    window, ws, _ = opened
    type_into(qtbot, ws.form.rows[0].score, "80")
    assert "Saved to file" in window.saved_label.text()
    assert "1/110" in window.progress_label.text()
    assert window.progress_bar.value() == 1


def test_master_opens_the_secretariat_workspace(window, demo: services.Demo) -> None:
    assert window.open_path(str(demo.master))
    overview = window.stack.currentWidget()
    assert overview is window.secretariat
    assert overview.entries.model.rowCount() == 22
    assert overview.judges.model.rowCount() == 5
    assert window.session is None


def test_foreign_file_gets_a_clear_message(qtbot, window, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all")
    messages = []

    def capture() -> None:
        box = QApplication.activeModalWidget()
        messages.append(box.text())
        box.accept()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, capture)
    assert not window.open_path(str(junk))
    assert messages and "not an SQLite database" in messages[0] and str(junk) in messages[0]


def test_recent_files_and_welcome(window, demo: services.Demo) -> None:
    window.open_path(str(demo.packages[0].path))
    window.close_file()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.recent.count() == 1
    item = window.welcome.recent.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == str(demo.packages[0].path.resolve())


def test_typed_value_is_saved_when_moving_to_another_entry(qtbot, opened) -> None:
    window, ws, package = opened
    first = ws.current_code()
    row = ws.form.rows[0]
    row.score.setFocus()
    qtbot.keyClicks(row.score, "77")  # no Enter, no Tab
    window.next_action.trigger()  # Ctrl+Down
    assert ws.current_code() != first
    assert file_scores(package)[(first, "K1")] == 77
    note = ws.form.rows[1].note
    note.setFocus()
    qtbot.keyClicks(note, "dicek ulang")
    ws.stage_box.setCurrentIndex(1)  # switching the stage must not drop it either
    conn = sqlite3.connect(package)
    assert conn.execute("SELECT note FROM scores WHERE criterion_id = 'K2'").fetchone() == (
        "dicek ulang",
    )
    conn.close()


def test_open_cell_editor_is_saved_on_close(qtbot, opened) -> None:
    window, ws, package = opened
    ws.set_mode(GRID)
    ws.grid_view.setCurrentIndex(ws.grid_model.index(0, 2))
    qtbot.keyClick(ws.grid_view, "6")
    qtbot.keyClick(QApplication.focusWidget(), "5")
    window.close_file()
    assert file_scores(package) == {(ws.grid_model.codes[0], "K3"): 65}


def test_delete_clears_a_selection_as_one_undo_step(qtbot, opened) -> None:
    _, ws, package = opened
    ws.set_mode(GRID)
    ws.grid_view.setCurrentIndex(ws.grid_model.index(0, 0))
    QGuiApplication.clipboard().setText("80\t81\t82\n")
    ws.grid_view.paste_clipboard()
    ws.grid_view.selectAll()
    qtbot.keyClick(ws.grid_view, Qt.Key.Key_Delete)
    assert file_scores(package) == {}
    ws.undo_stack.undo()
    assert len(file_scores(package)) == 3


def test_language_switch_is_immediate_and_keeps_the_entry(qtbot, opened) -> None:
    window, ws, _ = opened
    ws.select_row(3)
    code = ws.current_code()
    window.set_language("id")
    try:
        assert window.menuBar().actions()[0].text() == "&Berkas"
        assert window.workspace is not ws and window.workspace.current_code() == code
        assert window.workspace.search.placeholderText().startswith("Cari")
        assert window.workspace.decimal == ","
    finally:
        window.set_language("en")
    assert window.menuBar().actions()[0].text() == "&File"


def test_master_overview_shows_the_judges_status(window, demo) -> None:
    window.open_path(str(demo.master))
    overview = window.stack.currentWidget()
    model = overview.judges.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Declared" in headers and "Certificate fingerprint" in headers
    assert model.rowCount() == 5
