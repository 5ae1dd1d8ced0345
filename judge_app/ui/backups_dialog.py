"""Choose one of a file's rolling backups to restore, seeing when and why each was taken
and what it holds (issue 7)."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from judge_app.services import Backup, Summary

SHOWN = "d MMM yyyy, HH:mm:ss"


def _local(moment: datetime) -> QDateTime:
    """A naive datetime as Qt's local date and time, to the second (as SHOWN prints it)."""
    return QDateTime(
        moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second
    )


def _local_time(locale: QLocale, stamp: str) -> str:
    """An audit time (ISO 8601 with its offset) in the computer's own time zone."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return locale.toString(_local(moment), SHOWN)


class BackupsDialog(QDialog):
    def __init__(
        self,
        path: Path,
        found: list[tuple[Backup, Summary | None]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.found = found
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Backups of %1, newest first. Restoring one makes the file what the backup "
                "holds; what the file holds now is backed up first, so a restore can be "
                "undone."
            ).replace("%1", path.name)
            if found
            else self.tr(
                "%1 has no backups yet. judge-app makes one before every merge "
                "and update, and when a changed file is closed."
            ).replace("%1", path.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.intro = intro
        self.table = QTableWidget(len(found), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Why"), self.tr("What it holds"), self.tr("Last change")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        locale = QLocale()
        for row, (backup, summary) in enumerate(found):
            cells = [
                locale.toString(_local(backup.taken_at), SHOWN),
                self.reason_text(backup.reason),
                self.summary_text(summary),
                _local_time(locale, summary.last_change) if summary else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore this backup…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self._choose)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _index: self._choose())
        self.resize(820, 380)

    def reason_text(self, reason: str) -> str:
        words = {
            "before-merge": self.tr("before a merge"),
            "before-rekey": self.tr("before re-registering a judge's key"),
            "before-restore": self.tr("before restoring a backup"),
            "closed": self.tr("closed after changes"),
        }
        if reason in words:
            return words[reason]
        version = re.fullmatch(r"before-v(\d+)", reason)
        if version:
            return self.tr("before updating to file version %1").replace("%1", version[1])
        return reason

    def summary_text(self, summary: Summary | None) -> str:
        if summary is None:
            return self.tr("cannot be read")
        return (
            self.tr("entries %1 · judges %2 · scores %3 · signed sheets %4")
            .replace("%1", str(summary.entries))
            .replace("%2", str(summary.judges))
            .replace("%3", str(summary.scores))
            .replace("%4", str(summary.sheets))
        )

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def _selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        ok = len(rows) == 1 and self.found[next(iter(rows))][1] is not None
        self.restore_button.setEnabled(ok)

    def _choose(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) != 1 or self.found[next(iter(rows))][1] is None:
            return
        self.chosen = self.found[next(iter(rows))][0].path
        self.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.restore_button.isEnabled():
            self._choose()
            return
        super().keyPressEvent(event)
