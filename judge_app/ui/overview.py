"""Plain read-only tables of a master: its entries and the judges' dashboard."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from judge_app.services import MasterSession


class RecordsModel(QAbstractTableModel):
    """Rows of text under fixed headers."""

    def __init__(
        self, headers: list[str], rows: list[tuple], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows = rows

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(self.rows[index.row()][index.column()])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def records_view(model: RecordsModel, stretch: tuple[int, ...], elide: bool = True) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(200)  # sized from the first rows, not all 15,000
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    if elide:
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view


class EntriesTable(QWidget):
    """Entries of the master, as imported."""

    def __init__(self, session: MasterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QVBoxLayout

        self.session = session
        self.model = RecordsModel(
            [
                self.tr("Code"),
                self.tr("Title"),
                self.tr("Agency"),
                self.tr("Region"),
                self.tr("Category"),
            ],
            self._rows(),
            self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = records_view(self.model, (1, 2))
        layout.addWidget(self.view)

    def _rows(self) -> list[tuple]:
        categories = {c.id: c.name for c in self.session.definition.categories}
        return [
            (e.code, e.title, e.agency, e.region, categories.get(e.category, e.category))
            for e in self.session.entries
        ]

    def refresh(self) -> None:
        """After an import: the session has read the entries again."""
        self.model.set_rows(self._rows())
