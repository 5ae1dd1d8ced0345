"""File → Return to the secretariat (issue 18) through the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from judge_app.files.verification import verify_file
from judge_app.store.database import companions, saved_in_wal_mode
from tests.ui.conftest import answer_dialogs


def test_handing_in_a_signed_package_says_what_the_copy_holds(
    qtbot, window, signed, tmp_path: Path
) -> None:
    window.open_path(str(signed.packages[0].path))
    action = window.handin_action
    assert action.isEnabled()
    assert action.shortcut() == QKeySequence("Ctrl+Shift+H")
    assert action in window.menuBar().actions()[0].menu().actions()
    stick = tmp_path / "stick"
    stick.mkdir()
    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(box.text() + "\n" + box.informativeText())
        box.accept()

    answer_dialogs(read)
    assert window.judge_actions.hand_in_to(stick)
    (copy,) = stick.glob("*.sqlite")
    assert seen and f"Handed in: <b>{copy.name}</b><br>in the folder {stick}" in seen[0]
    assert "checked as the secretariat will check it" in seen[0]
    assert "signature</td><td>revision 1, scores locked</td>" in seen[0]
    assert "declarations</td><td>signed</td>" in seen[0]
    assert "not signed" not in seen[0]
    assert verify_file(copy).ok and companions(copy) == [] and not saved_in_wal_mode(copy)
    assert copy.name in window.statusBar().currentMessage()


def test_an_unsigned_package_asks_first_and_cancel_writes_nothing(
    qtbot, window, demo, tmp_path: Path
) -> None:
    window.open_path(str(demo.packages[0].path))
    asked: list[str] = []

    def cancel(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer_dialogs(cancel)
    assert not window.judge_actions.hand_in()
    assert asked == ["Your scores are not signed yet."]
    assert not list(tmp_path.rglob("kompetisi-*.sqlite"))

    stick = tmp_path / "stick"
    stick.mkdir()
    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(box.informativeText())
        box.accept()

    answer_dialogs(read)
    assert window.judge_actions.hand_in_to(stick)
    assert "The scores are not signed yet. Only signed scores count" in seen[0]


def test_a_refused_hand_in_says_why(qtbot, window, demo, tmp_path: Path) -> None:
    window.open_path(str(demo.packages[0].path))
    seen: list[str] = []

    def read(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    answer_dialogs(read)
    missing = tmp_path / "pulled-stick"
    assert not window.judge_actions.hand_in_to(missing)
    assert seen == [f"{missing}: folder not found"]
