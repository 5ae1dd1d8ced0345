"""The judge's desk, tried with the keyboard on real widgets and real package files: the
grid never drops a keystroke without a word, signed scores read as values, the entry list
shows the agency, reopening a package goes back to the entry last edited, and a refused
value left in a box is not lost silently."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from judge_app import services
from judge_app.ui.judge_workspace import GRID
from tests.ui.conftest import answer_dialogs, file_scores


def type_keys(qtbot, text: str) -> None:
    for char in text:  # the first key opens the cell editor, the rest go into it
        qtbot.keyClick(QApplication.focusWidget(), char)


# -- the grid ------------------------------------------------------------------------------


def test_grid_enter_skips_a_conflicted_row(qtbot, opened) -> None:
    _window, ws, package = opened
    codes = ws.grid_model.codes
    assert ws.declare_conflict(codes[1], "Adik saya bekerja di instansi ini")
    ws.set_mode(GRID)
    view, model = ws.grid_view, ws.grid_model
    last = model.total_column() - 1
    view.setCurrentIndex(model.index(0, last))
    type_keys(qtbot, "70")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    # the typed score is stored and Enter went past the conflicted row to the next one
    assert file_scores(package)[(codes[0], model.criteria[last].id)] == 70
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, 0)
    # Enter without an open editor skips it too
    view.setCurrentIndex(model.index(0, last))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, 0)


def test_grid_typing_into_a_conflicted_cell_says_why(qtbot, opened) -> None:
    window, ws, package = opened
    code = ws.grid_model.codes[1]
    assert ws.declare_conflict(code, "Adik saya bekerja di instansi ini")
    ws.set_mode(GRID)
    view = ws.grid_view
    view.setCurrentIndex(ws.grid_model.index(1, 0))
    window.saved_label.clear()
    qtbot.keyClick(view, "8")
    said = window.saved_label.text()
    assert code in said and "Adik saya bekerja di instansi ini" in said
    assert "cannot be scored" in said
    assert view.state() != view.State.EditingState
    assert (code, "K1") not in file_scores(package)


def test_grid_typing_into_the_total_says_why(qtbot, opened) -> None:
    window, ws, _package = opened
    ws.set_mode(GRID)
    view, model = ws.grid_view, ws.grid_model
    view.setCurrentIndex(model.index(0, model.total_column()))
    window.saved_label.clear()
    qtbot.keyClick(view, "5")
    assert "total is computed" in window.saved_label.text()


# -- the declaration dialog ------------------------------------------------------------


def _plain(text: str) -> str:
    return " ".join(text.split())


def test_declaration_dialog_shows_what_the_pdfs_print(qtbot, window, undeclared_demo) -> None:
    import subprocess

    from PySide6.QtGui import QGuiApplication

    from judge_app.domain.declaration_texts import KONFLIK, PAKTA, SANCTIONS
    from judge_app.ui.declaration_dialog import DeclarationDialog
    from tests.conftest import TEST_PASSPHRASE

    package = undeclared_demo.packages[0].path
    window.open_path(str(package))
    dialog = DeclarationDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    # both texts, before anything is signed: the pact's clauses and sanctions, and the
    # statement without conflicts
    pakta = _plain(dialog.pakta_text.toPlainText())
    assert "PAKTA INTEGRITAS" in pakta
    assert all(_plain(clause) in pakta for clause in PAKTA["id"])
    assert _plain(SANCTIONS["id"]) in pakta
    konflik = _plain(dialog.konflik_text.toPlainText())
    assert "TIDAK MEMILIKI KONFLIK KEPENTINGAN" in konflik
    assert all(_plain(clause) in konflik for clause in KONFLIK["id"])
    # a conflict listed changes the statement at once; the identity follows the fields
    code = "KIPP23-007"
    dialog.entry_box.setCurrentIndex(dialog.entry_box.findData(code))
    dialog._add_conflict(code, "Adik saya bekerja di instansi ini")
    dialog.position.setText("Kepala Bagian Kelembagaan")
    konflik = _plain(dialog.konflik_text.toPlainText())
    assert "SURAT PERNYATAAN KONFLIK KEPENTINGAN" in konflik
    assert code in konflik and "Adik saya bekerja di instansi ini" in konflik
    assert "Kepala Bagian Kelembagaan" in _plain(dialog.pakta_text.toPlainText())
    # the text is scrollable and the passphrase stays inside the dialog, on the screen
    assert dialog.pakta_text.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.height() <= screen.height() and dialog.width() <= screen.width()
    bottom = dialog.passphrase.mapTo(dialog, dialog.passphrase.rect().bottomLeft()).y()
    assert 0 < bottom < dialog.height()

    shown = {"pakta": dialog.pakta_text.toPlainText(), "konflik": dialog.konflik_text.toPlainText()}
    dialog.passphrase.setText(TEST_PASSPHRASE)
    dialog.repeat.setText(TEST_PASSPHRASE)
    answer_dialogs(None)  # "Declarations signed"
    dialog.sign_button.click()
    assert window.session.declared or dialog.signed is not None
    for kind, text in shown.items():
        pdf = package.parent / "pernyataan" / f"{kind}-J1.pdf"
        printed = _plain(
            subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        )
        # every sentence shown (clauses, lead, closing) is in the signed PDF, word for word
        for line in text.splitlines():
            line = _plain(line)
            if len(line) > 40:
                assert line in printed, (kind, line)


# -- signed scores, columns, resuming, hints -------------------------------------------------


def _sign_first_package(demo, tmp_path: Path) -> Path:
    from tests.conftest import TEST_PASSPHRASE
    from tests.integrity.test_signing import fill

    package = demo.packages[0].path
    fill(package)
    services.finalise(package, tmp_path / "recap.pdf", TEST_PASSPHRASE)
    return package


def test_signed_scores_read_as_values_not_greyed_out(qtbot, window, demo, tmp_path) -> None:
    package = _sign_first_package(demo, tmp_path)
    assert window.open_path(str(package))
    ws = window.workspace
    box = ws.form.rows[0].score
    assert box.text() and not box.isEnabled()  # locked: nothing can be typed
    assert box.property("locked") is True
    # the stylesheet paints a locked box's text dark, not in the disabled grey
    image = box.grab().toImage()
    darkest = min(
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
    )
    assert darkest < 80
    assert "Revision 1 is signed" in box.toolTip()
    # the grid: the cells are enabled items (drawn as text), and typing says why not
    ws.set_mode(GRID)
    view, model = ws.grid_view, ws.grid_model
    index = model.index(0, 0)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEnabled
    assert model.data(index)
    view.setCurrentIndex(index)
    window.saved_label.clear()
    qtbot.keyClick(view, "5")
    assert "Revision 1 is signed" in window.saved_label.text()


def test_entry_list_shows_the_agency(window, demo) -> None:
    from judge_app.ui.entry_list_model import EntryListModel

    window.resize(1280, 780)  # the default size
    assert window.open_path(str(demo.packages[0].path))
    ws = window.workspace
    QApplication.processEvents()
    view, model = ws.list_view, ws.list_model
    agency = EntryListModel.AGENCY
    width = view.horizontalHeader().sectionSize(agency)
    assert width > view.fontMetrics().horizontalAdvance("Dinas Pen")  # more than 8 characters
    code = EntryListModel.CODE
    widest = max(view.fontMetrics().horizontalAdvance(e.code) for e in ws.session.entries)
    assert view.horizontalHeader().sectionSize(code) > widest  # the codes are not cut
    index = model.index(0, agency)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == ws.session.entries[0].agency


def test_judges_tab_shows_the_whole_fingerprint(window, demo) -> None:
    assert window.open_path(str(demo.master))
    dashboard = window.secretariat.judges
    view, model = dashboard.view, dashboard.model
    column = model.headers.index("Certificate fingerprint")
    QApplication.processEvents()
    for row in range(model.rowCount()):
        shown = model.data(model.index(row, column))
        if "(" in shown:
            continue  # none registered
        lines = shown.split("\n")
        assert [len(line.split()) for line in lines] == [8, 8]
        needed = max(view.fontMetrics().horizontalAdvance(line) for line in lines)
        assert view.columnWidth(column) >= needed
        assert view.rowHeight(row) >= 2 * view.fontMetrics().height()


def test_reopening_a_package_selects_the_entry_last_edited(qtbot, window, demo) -> None:
    package = demo.packages[0].path
    assert window.open_path(str(package))
    ws = window.workspace
    code = ws.list_model.code_at(5)
    ws.select_code(code)
    row = ws.form.rows[0]
    row.score.setFocus()
    qtbot.keyClicks(row.score, "77")
    qtbot.keyClick(row.score, Qt.Key.Key_Return)
    window.close_file()
    assert window.open_path(str(package))
    assert window.workspace.current_code() == code
    # kept in the user settings, not in the package
    conn = sqlite3.connect(package)
    assert not any(code in str(r) for r in conn.execute("SELECT * FROM meta").fetchall())
    conn.close()
    # another package opens at its own first entry
    window.close_file()
    assert window.open_path(str(demo.packages[1].path))
    assert window.workspace.list_view.currentIndex().row() == 0


def test_scale_hint_says_whole_number(window, demo) -> None:
    assert window.open_path(str(demo.packages[0].path))
    box = window.workspace.form.rows[0].score
    assert box.placeholderText() == "whole number 0–100"


def test_refused_value_left_in_a_box_is_not_dropped_silently(qtbot, window, demo) -> None:
    package = demo.packages[0].path
    assert window.open_path(str(package))
    ws = window.workspace
    first = ws.current_code()
    row = ws.form.rows[0]
    row.score.setFocus()
    qtbot.keyClicks(row.score, "150")
    seen: list[str] = []

    def go_back(box: QMessageBox) -> None:
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == "Go back to it").click()

    answer_dialogs(go_back)
    ws.move_entry(1)  # Ctrl+Down
    assert "150" in seen[0] and "not saved" in seen[0]
    assert ws.current_code() == first and row.score.text() == "150"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is row.score)
    # closing the window asks the same
    answer_dialogs(go_back)
    assert not window._may_quit()
    assert len(seen) == 2

    def discard(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == "Discard it").click()

    answer_dialogs(discard)
    ws.move_entry(1)
    assert ws.current_code() != first
    assert (first, "K1") not in file_scores(package)
