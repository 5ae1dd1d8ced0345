"""A spreadsheet-like table: type a number, Enter moves to the next cell; Ctrl+V pastes a
block copied from Excel."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
    QWidget,
)

from judge_app.ui.grid_model import ScoreGridModel


class ScoreGridView(QTableView):
    pasted = Signal(int, list)  # cells stored, problems

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(90)
        self.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.setAlternatingRowColors(True)

    def resizeEvent(self, event) -> None:
        """The entries' titles beside the rows take at most a third of a narrow window
        (1366×768 at 150%), so the scores and the total stay in view; elided titles are
        whole in their tooltip."""
        self.verticalHeader().setMaximumWidth(max(160, self.width() // 3))
        super().resizeEvent(event)

    def grid(self) -> ScoreGridModel:
        model = self.model()
        assert isinstance(model, ScoreGridModel)
        return model

    def next_index(self, index: QModelIndex) -> QModelIndex:
        """Right along the entry's criteria, then the first criterion of the next entry
        that can be scored: rows of declared conflicts are skipped."""
        model = self.grid()
        row, column = index.row(), index.column() + 1
        if column >= model.total_column():
            row, column = row + 1, 0
        while row < model.rowCount() and not model.scorable(row):
            row, column = row + 1, 0
        return model.index(row, column) if row < model.rowCount() else QModelIndex()

    def commit_open_editor(self) -> None:
        """Store what is typed in an open cell editor, without moving the cursor."""
        if self.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()
        if editor is None or editor is self:
            return
        self.commitData(editor)
        self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            target = self.next_index(self.currentIndex())
            if target.isValid():
                self.setCurrentIndex(target)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_clipboard()
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != self.State.EditingState
        ):
            target = self.next_index(self.currentIndex())
            if target.isValid():
                self.setCurrentIndex(target)
            return
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.clear_selection_cells()
            return
        if self._refuse_typing(event):
            return
        super().keyPressEvent(event)

    def _refuse_typing(self, event) -> bool:
        """A key typed into a cell that takes none (a conflict, a signed sheet, the total)
        says why, in the status bar, as the form does beside its box; it is never dropped
        without a word."""
        if self.state() == self.State.EditingState:
            return False
        text = event.text()
        if (
            not text
            or not text.isprintable()
            or event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            return False
        why = self.grid().refusal(self.currentIndex())
        if why is None:
            return False
        self.grid().refused.emit(why)
        event.accept()
        return True

    def clear_selection_cells(self) -> None:
        """Delete clears the selected scores as one undoable step."""
        model = self.grid()
        changes = []
        for index in self.selectedIndexes():
            if index.flags() & Qt.ItemFlag.ItemIsEditable:
                code = model.codes[index.row()]
                change = model.change_for(code, model.criteria[index.column()].id, "")
                if (
                    not isinstance(change, str)
                    and model.session.value(code, change.criterion) is not None
                ):
                    changes.append(change)
        if changes:
            model.apply(changes, self.tr("Clear %n scores", "", len(changes)))

    def paste_clipboard(self) -> None:
        index = self.currentIndex()
        if not index.isValid():
            return
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            return
        stored, problems = self.grid().paste(index.row(), index.column(), text)
        self.pasted.emit(stored, problems)
