"""Read-only overview of a master file: its entries and judges (the secretariat
workspace comes later)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from judge_app import services


class RecordsModel(QAbstractTableModel):
    """Rows of text under fixed headers."""

    def __init__(
        self, headers: list[str], rows: list[tuple], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows = rows

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(self.rows[index.row()][index.column()])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class MasterOverview(QWidget):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        info = services.describe(path)
        entries = services.list_entries(path)
        layout = QVBoxLayout(self)
        heading = QLabel(
            f"<h2>{info.title}</h2>"
            + self.tr("Secretariat master file · %1 entries · %2 judges · read-only overview")
            .replace("%1", str(info.entries))
            .replace("%2", str(len(info.judges)))
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        tabs = QTabWidget()
        layout.addWidget(tabs, 1)
        self.entries_model = RecordsModel(
            [
                self.tr("Code"),
                self.tr("Title"),
                self.tr("Agency"),
                self.tr("Region"),
                self.tr("Category"),
            ],
            [(e.code, e.title, e.agency, e.region, e.category) for e in entries],
            self,
        )
        yes, no = self.tr("yes"), self.tr("no")
        self.judges_model = RecordsModel(
            [
                self.tr("ID"),
                self.tr("Name"),
                self.tr("NIP/NIK"),
                self.tr("Role"),
                self.tr("Assigned entries"),
                self.tr("Declarations signed"),
                self.tr("Signed revision"),
                self.tr("Draft progress"),
                self.tr("Certificate fingerprint"),
            ],
            [
                (
                    s.judge.id,
                    s.judge.name,
                    s.judge.nip or "-",
                    s.judge.role,
                    s.assigned,
                    yes if s.declared else no,
                    s.revision or "-",
                    s.progress or "-",
                    s.fingerprint or "-",
                )
                for s in services.judge_dashboard(path)
            ],
            self,
        )
        for model, title, stretch in (
            (self.entries_model, self.tr("Entries"), (1, 2)),  # title, agency
            (self.judges_model, self.tr("Judges"), (8,)),  # the long fingerprint
        ):
            view = QTableView()
            view.setModel(model)
            view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
            view.setAlternatingRowColors(True)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            for column in stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            view.setWordWrap(False)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
            tabs.addTab(view, title)
