"""Backups from the window: a file too damaged to open offers its backups, and
File → Restore from a backup chooses one, confirms, restores and opens the file again.
Its own QObject (and so its own translation context), working for the main window (as
`WindowState`: this module does not import main_window)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

if TYPE_CHECKING:
    from judge_app.ui.window_state import WindowState


class BackupActions(QObject):
    def __init__(self, window: QMainWindow, main: WindowState) -> None:
        """`window`: the main window as the dialogs' parent; `main`: the same window as
        what these actions act on."""
        super().__init__(window)
        self.window = window
        self.main = main

    def damaged(self, path: Path, message: str) -> None:
        """A file that cannot be read: say so, and offer its backups when it has any."""
        from judge_app import services

        found = services.list_backups(path)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Cannot open file"), message, parent=self.window
        )
        restore = None
        if found:
            box.setInformativeText(
                self.tr("judge-app has %1 backups of this file; one can be restored.").replace(
                    "%1", str(len(found))
                )
            )
            restore = box.addButton(
                self.tr("Restore from a backup…"), QMessageBox.ButtonRole.AcceptRole
            )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if restore is not None and box.clickedButton() is restore:
            self.restore_dialog(path)

    def restore_dialog(self, path: Path | None = None) -> None:
        """File → Restore from a backup: choose one, confirm, restore, reopen."""
        from judge_app import services
        from judge_app.ui.backups_dialog import BackupsDialog

        path = path or self.main.current_path
        if path is None:
            return
        dialog = BackupsDialog(path, services.list_backups(path), self.window)
        if not dialog.exec() or dialog.chosen is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore from a backup"),
            self.tr(
                "Make %1 what the chosen backup holds? What it holds now is backed up first, "
                "so this can be undone."
            ).replace("%1", path.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(path, dialog.chosen)

    def restore_from(self, path: Path, backup: Path) -> bool:
        """Close the file, restore it from `backup`, open it again."""
        import sqlite3

        from judge_app import services

        self.main.close_file()
        try:
            before = services.restore_backup(path, backup)
        except (services.JudgeAppError, sqlite3.Error, OSError) as exc:
            QMessageBox.warning(
                self.window, self.tr("Could not restore"), str(services.storage_or_text(exc))
            )
            self.main.open_path(str(path))
            return False
        self.main.open_path(str(path))
        self.main.saved_label.setText(
            self.tr("Restored from a backup; what the file held before is in %1").replace(
                "%1", before.name
            )
        )
        return True
