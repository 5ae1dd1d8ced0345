"""The merge report: every file with its verdict and reasons, and where the backup is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

COLORS = {"accepted": "#e8f5e9", "ignored": "#f5f5f5", "refused": "#fdecea", "conflict": "#fff4e5"}


class MergeReportDialog(QDialog):
    def __init__(self, outcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge report"))
        self.resize(900, 420)
        words = {
            "accepted": self.tr("accepted"),
            "ignored": self.tr("nothing new"),
            "refused": self.tr("refused"),
            "conflict": self.tr("conflict"),
        }
        layout = QVBoxLayout(self)
        counts = {k: sum(1 for v in outcome.verdicts if v.status == k) for k in words}
        summary = self.tr("%1 files: %2 accepted, %3 with nothing new, %4 refused, %5 in conflict.")
        for n, value in enumerate((len(outcome.verdicts), *(counts[k] for k in words)), start=1):
            summary = summary.replace(f"%{n}", str(value))
        if outcome.backup:
            summary += " " + self.tr("The master was backed up first: %1").replace(
                "%1", str(outcome.backup)
            )
        else:
            summary += " " + self.tr("The master was not changed.")
        label = QLabel(summary)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.table = QTableWidget(len(outcome.verdicts), 3)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Verdict"), self.tr("Why")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        for row, verdict in enumerate(outcome.verdicts):
            items = (
                QTableWidgetItem(Path(verdict.path).name),
                QTableWidgetItem(words.get(verdict.status, verdict.status)),
                QTableWidgetItem(  # the file is named in its own column
                    "\n".join(r.removeprefix(f"{verdict.path}: ") for r in verdict.reasons)
                ),
            )
            items[0].setToolTip(verdict.path)
            for column, item in enumerate(items):
                item.setBackground(QColor(COLORS.get(verdict.status, "#ffffff")))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
