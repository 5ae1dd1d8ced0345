"""The judge's desk, tried with the keyboard on real widgets and real package files: the
grid never drops a keystroke without a word, signed scores read as values, the entry list
shows the agency, reopening a package goes back to the entry last edited, and a refused
value left in a box is not lost silently."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from judge_app import services
from judge_app.ui.judge_workspace import GRID


def file_scores(path: Path) -> dict[tuple[str, str], float | None]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT entry_code, criterion_id, value FROM scores").fetchall()
    conn.close()
    return {(e, c): v for e, c, v in rows}


@pytest.fixture
def opened(window, demo: services.Demo):
    package = demo.packages[0].path
    assert window.open_path(str(package))
    return window, window.workspace, package


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
