"""GUI tests run offscreen on real widgets, real package files and a private settings
folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("JUDGE_APP_HOME", str(home))
    return home


@pytest.fixture
def window(qtbot, private_home):
    from judge_app.ui.app import create_app
    from judge_app.ui.main_window import MainWindow

    create_app()
    win = MainWindow("en")
    win.confirm_quit = False  # pytest-qt closes the window after each test (test_finish asks)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close_file()


def answer_dialogs(*answers) -> None:
    """Answer the next modal dialogs in turn, the way a user would: each answer is text to
    type into an input dialog (or the secret of a signing prompt: judge-app's own key, typed
    twice when it is new), a button for a message box (None: OK), or a function that fills
    in and closes a dialog of ours."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QProgressDialog

    from judge_app.ui.key_source_box import KeySourceBox

    pending = list(answers)

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        # a progress dialog is not a question: on a slow machine it shows over a dialog
        # being answered and must not take the next answer
        if dialog is None or dialog.property("answered") or isinstance(dialog, QProgressDialog):
            QTimer.singleShot(20, act)
            return
        answer = pending.pop(0)
        dialog.setProperty("answered", True)
        if pending:  # before answering: answering may itself open the next dialog
            QTimer.singleShot(20, act)
        if callable(answer):
            try:
                answer(dialog)
            except BaseException:
                # a failed check inside a modal dialog must fail the test, not leave the
                # dialog open with nobody to close it (the test would wait forever)
                dialog.close()
                raise
        elif isinstance(getattr(dialog, "keys", None), KeySourceBox):
            dialog.keys.kind.setCurrentIndex(0)  # judge-app's own key
            dialog.keys.secret.setText(answer or "")
            dialog.keys.repeat.setText(answer or "")
            dialog.sign_button.click()
        elif isinstance(dialog, QInputDialog):
            dialog.setTextValue(answer or "")
            dialog.accept()
        elif isinstance(dialog, QMessageBox):
            button = dialog.button(answer or QMessageBox.StandardButton.Ok)
            (button or dialog.defaultButton()).click()
        else:
            dialog.accept()

    QTimer.singleShot(0, act)


def file_scores(path: Path) -> dict[tuple[str, str], float | None]:
    """The scores as the file holds them, read with plain SQLite."""
    import sqlite3

    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT entry_code, criterion_id, value FROM scores").fetchall()
    conn.close()
    return {(e, c): v for e, c, v in rows}


@pytest.fixture
def opened(window, demo):
    """The window on the first demo judge's package: (window, workspace, package)."""
    package = demo.packages[0].path
    assert window.open_path(str(package))
    return window, window.workspace, package
