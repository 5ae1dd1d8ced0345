"""Arrays of tables of the definition (stages, categories, criteria, rubric levels, bands) as
editable tables: a model over one array's key path, and a table with buttons to add, remove
and move its items."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from judge_app.ui.definition_fields import shown, written
from judge_app.ui.definition_state import DefinitionState

Index = QModelIndex | QPersistentModelIndex
PROBLEM = QColor("#fdecea")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    number: bool = False
    color: bool = False  # shows a swatch of the #rrggbb value


class ItemsModel(QAbstractTableModel):
    def __init__(
        self, state: DefinitionState, array: Callable[[], str | None], columns: list[Column]
    ) -> None:
        super().__init__()
        self.state = state
        self.array = array
        self.columns = columns
        self._rows = self._count()

    def _count(self) -> int:
        path = self.array()
        return self.state.doc.count(path) if path else 0

    def item_path(self, row: int) -> str:
        return f"{self.array()}[{row + 1}]"

    def cell_path(self, row: int, column: int) -> str:
        return f"{self.item_path(row)}.{self.columns[column].key}"

    def refresh(self) -> None:
        rows = self._count()
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        elif rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(self.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._rows:
            return None
        path = self.cell_path(index.row(), index.column())
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return shown(self.state.value(path), column.number)
        problems = self.state.problems_at(path)
        if index.column() == 0:  # a problem of the item as a whole shows on its first cell
            problems += self.state.problems_at(self.item_path(index.row()))
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(PROBLEM)
        if role == Qt.ItemDataRole.ToolTipRole:  # a long text is cut in its cell
            return "\n".join(problems) if problems else shown(self.state.value(path), False)
        if role == Qt.ItemDataRole.DecorationRole and column.color:
            value = self.state.value(path)
            if isinstance(value, str) and QColor.isValidColorName(value):
                return QColor(value)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        self.state.set_value(
            self.cell_path(index.row(), index.column()), written(str(value), column.number)
        )
        return True


class ItemsTable(QWidget):
    """A table of one array's items with Add, Remove, Up and Down."""

    selected = Signal(int)  # the current row (-1: none)

    def __init__(
        self,
        state: DefinitionState,
        array: Callable[[], str | None] | str,
        columns: list[Column],
        new_item: Callable[[int], dict[str, Any]],
        noun: str,
        stretch: int = -1,
    ) -> None:
        super().__init__()
        self.state = state
        self.array_of = (lambda: array) if isinstance(array, str) else array
        self.new_item = new_item
        self.model = ItemsModel(state, self.array_of, columns)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        if stretch < 0:  # the last column takes the room left
            header.setStretchLastSection(True)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        else:  # the others as wide as their content
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.selected.emit(current.row())
        )
        self.add_button = QPushButton(self.tr("Add %1").replace("%1", noun))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QToolButton()
        self.down_button = QToolButton()
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.up_button.setToolTip(self.tr("Up"))
        self.down_button.setToolTip(self.tr("Down"))
        self.up_button.setAccessibleName(self.tr("Up"))
        self.down_button.setAccessibleName(self.tr("Down"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_by(-1))
        self.down_button.clicked.connect(lambda: self.move_by(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    @property
    def array(self) -> str | None:
        return self.array_of()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int, column: int = 0) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, column))
            self.view.scrollTo(self.model.index(row, column))

    def refresh(self) -> None:
        row = self.current_row()
        before = self.model.rowCount()
        self.model.refresh()
        enabled = self.array is not None
        rows = self.model.rowCount()
        if rows != before or not self.view.currentIndex().isValid():
            self.select(min(max(row, 0), rows - 1))
        row = self.current_row()
        self.add_button.setEnabled(enabled)
        self.remove_button.setEnabled(enabled and row >= 0)
        self.up_button.setEnabled(enabled and row > 0)
        self.down_button.setEnabled(enabled and 0 <= row < rows - 1)

    def add(self) -> None:
        array = self.array
        if array is None:
            return
        row = self.current_row()
        at = row + 2 if row >= 0 else None  # after the selected item
        values = self.new_item(self.state.doc.count(array) + 1)
        try:
            added = self.state.edit(
                self.add_button.text(), lambda doc: doc.add(array, values, at=at)
            )
        except ValueError:  # the file holds something else under that key: its problem says so
            QMessageBox.warning(
                self,
                self.add_button.text(),
                self.tr("%1 is not an array of tables in this file.").replace("%1", array),
            )
            return
        self.select(int(added.rsplit("[", 1)[1].rstrip("]")) - 1)
        self.view.setFocus()

    def remove(self) -> None:
        row = self.current_row()
        if self.array is None or row < 0:
            return
        path = self.model.item_path(row)
        self.state.edit(self.tr("Remove %1").replace("%1", path), lambda doc: doc.remove(path))
        self.select(min(row, self.model.rowCount() - 1))

    def move_by(self, by: int) -> None:
        row = self.current_row()
        if self.array is None or row < 0:
            return
        path = self.model.item_path(row)
        target = row + by
        if not 0 <= target < self.model.rowCount():
            return
        self.state.edit(
            self.tr("Move %1").replace("%1", path), lambda doc: doc.move(path, target + 1)
        )
        self.select(target, max(self.view.currentIndex().column(), 0))
