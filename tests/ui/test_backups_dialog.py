"""File → Restore from a backup, in the window: the backups listed with when, why and
what they hold; choosing one and confirming brings the file back to it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from judge_app import services
from tests.store.test_backups import cells
from tests.store.test_writer_lock import first_cell
from tests.ui.conftest import answer_dialogs


def test_restore_from_a_backup_in_the_window(qtbot, window, demo) -> None:
    package = demo.packages[0].path
    code, criterion = first_cell(package)
    assert window.open_path(str(package))
    assert window.restore_action.isEnabled()
    window.session.set_score(code, criterion, 64.0)
    window.close_file()  # a changed file closed: a backup
    assert not window.restore_action.isEnabled()
    assert window.open_path(str(package))
    window.session.set_score(code, criterion, 99.0)
    seen: dict[str, object] = {}

    def choose(dialog) -> None:
        seen["rows"] = dialog.table.rowCount()
        seen["why"] = dialog.table.item(0, 1).text()
        seen["what"] = dialog.table.item(0, 2).text()
        dialog.select(0)
        assert dialog.restore_button.isEnabled()
        dialog.restore_button.click()

    answer_dialogs(choose, QMessageBox.StandardButton.Yes)
    window.backup_actions.restore_dialog()
    assert seen["rows"] == 1 and seen["why"] == "closed after changes"
    assert "scores 1" in seen["what"] and "judges 1" in seen["what"]
    assert window.current_path == package and window.session.value(code, criterion) == 64.0
    assert cells(package)[(code, criterion)] == 64.0
    assert "Restored from a backup" in window.saved_label.text()
    reasons = [b.reason for b, _ in services.list_backups(package)]
    assert "before-restore" in reasons  # the state with 99 is kept


def test_no_backups_yet_says_so(qtbot, window, demo) -> None:
    package = demo.packages[1].path
    assert window.open_path(str(package))
    seen: list[object] = []

    def look(dialog) -> None:
        seen.extend([dialog.intro.text(), dialog.table.rowCount()])
        dialog.reject()

    answer_dialogs(look)
    window.backup_actions.restore_dialog()
    assert "has no backups yet" in seen[0] and seen[1] == 0


def test_a_damaged_file_offers_its_backups(qtbot, window, demo) -> None:
    package = demo.packages[0].path
    code, criterion = first_cell(package)
    assert window.open_path(str(package))
    window.session.set_score(code, criterion, 58.0)
    window.close_file()  # a backup
    package.write_bytes(package.read_bytes()[:4096])  # the stick went bad
    seen: list[str] = []

    def offered(box: QMessageBox) -> None:
        seen.append(box.text() + "\n" + box.informativeText())
        restore = next(b for b in box.buttons() if "Restore" in b.text())
        restore.click()

    def choose(dialog) -> None:
        dialog.select(0)
        dialog.restore_button.click()

    answer_dialogs(offered, choose, QMessageBox.StandardButton.Yes)
    assert not window.open_path(str(package))
    assert "truncated" in seen[0] or "damaged" in seen[0]
    assert "1 backups" in seen[0]
    assert window.current_path == package and window.session.value(code, criterion) == 58.0
