"""Before the packages are written: each judge's load and file name, what is missing
(a judge without entries, an entry without judges), and the folder they go to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from judge_app.services import MasterSession, package_name
from judge_app.ui.judges_editor import role_name
from judge_app.ui.screen_fit import fit_on_screen


class PackagesDialog(QDialog):
    def __init__(self, session: MasterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Write the judges' packages"))
        layout = QVBoxLayout(self)
        statuses = session.dashboard
        taking_part = [e for e in session.entries if not e.withdrawn]
        intro = QLabel(
            self.tr(
                "One file per judge, holding only the entries assigned to that judge. "
                "Give each judge their own file."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(statuses), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Judge"), self.tr("Role"), self.tr("Entries"), self.tr("File")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, status in enumerate(statuses):
            judge = status.judge
            count = QTableWidgetItem(str(status.assigned))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, QTableWidgetItem(f"{judge.id}: {judge.name}"))
            self.table.setItem(row, 1, QTableWidgetItem(role_name(judge.role)))
            self.table.setItem(row, 2, count)
            self.table.setItem(row, 3, QTableWidgetItem(package_name(judge)))
        layout.addWidget(self.table, 1)
        idle = [s.judge.id for s in statuses if s.assigned == 0]
        loads = [s.assigned for s in statuses]
        lines = [
            self.tr("%1 judges, %2 entries; each judge has %3–%4 entries.")
            .replace("%1", str(len(statuses)))
            .replace("%2", str(len(taking_part)))
            .replace("%3", str(min(loads, default=0)))
            .replace("%4", str(max(loads, default=0)))
        ]
        if idle:
            lines.append(
                self.tr("Without entries (their package would be empty): %1").replace(
                    "%1", ", ".join(idle)
                )
            )
        self.warning = QLabel("\n".join(lines))
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        folder_row = QHBoxLayout()
        label = QLabel(self.tr("&Folder:"))
        self.folder = QLineEdit(str(session.path.parent / "packages"))
        label.setBuddy(self.folder)
        folder_row.addWidget(label)
        folder_row.addWidget(self.folder, 1)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(browse)
        layout.addLayout(folder_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Write the packages"))
        ok.setEnabled(bool(statuses))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_on_screen(self, 760, 560)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the judges' packages"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def chosen(self) -> Path:
        return Path(self.folder.text().strip())
