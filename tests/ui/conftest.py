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
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close_file()


def answer_dialogs(*answers) -> None:
    """Answer the next modal dialogs in turn, the way a user would: each answer is text to
    type into an input dialog, or a button for a message box (None: OK)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

    pending = list(answers)
    handled: list[object] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (handled and dialog is handled[-1]):
            QTimer.singleShot(20, act)
            return
        answer = pending.pop(0)
        handled.append(dialog)
        if isinstance(dialog, QInputDialog):
            dialog.setTextValue(answer or "")
            dialog.accept()
        elif isinstance(dialog, QMessageBox):
            button = dialog.button(answer or QMessageBox.StandardButton.Ok)
            (button or dialog.defaultButton()).click()
        else:
            dialog.accept()
        if pending:
            QTimer.singleShot(20, act)

    QTimer.singleShot(0, act)
