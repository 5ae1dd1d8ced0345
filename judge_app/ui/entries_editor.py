"""The secretariat's Entries tab: search (code, title, agency, region), edit a row, add
one, withdraw an entry from the round with a reason or take it back, delete one imported
by mistake (offered only while nothing refers to it), import a list (the workspace's
import dialog, through `importRequested`). Every change is saved at once and undoable."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judge_app import services
from judge_app.services import Definition, Entry, JudgeAppError, MasterSession
from judge_app.ui.screen_fit import fit_on_screen
from judge_app.ui.setup_screen import SetupScreen
from judge_app.ui.task_runner import failure_text

CODE, TITLE, AGENCY, REGION, CATEGORY, STATUS = range(6)


class EntriesModel(QAbstractTableModel):
    """The master's entries; a withdrawn one greyed, its reason in the last column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []
        self.order: dict[str, int] = {}
        self.categories: dict[str, str] = {}
        self.keys: list[str] = []  # what the search looks in, folded once per row
        self.headers = [
            self.tr("Code"),
            self.tr("Title"),
            self.tr("Agency"),
            self.tr("Region"),
            self.tr("Category"),
            self.tr("Withdrawn"),
        ]
        self.grey = QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

    def set_entries(self, entries: list[Entry], categories: dict[str, str]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.order = {e.code: row for row, e in enumerate(entries)}  # the file's order
        self.categories = categories
        self.keys = [
            "\n".join((e.code, e.title, e.acronym, e.agency, e.region)).casefold() for e in entries
        ]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._text(entry, column)
            if entry.withdrawn:
                reason = self.tr("Withdrawn from the round: %1").replace("%1", entry.withdrawn)
                return f"{text}\n{reason}" if column != STATUS else reason
            return text
        if role == Qt.ItemDataRole.ForegroundRole and entry.withdrawn:
            return self.grey
        if role == Qt.ItemDataRole.FontRole and entry.withdrawn and column == TITLE:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def _text(self, entry: Entry, column: int) -> str:
        if column == CODE:
            return entry.code
        if column == TITLE:
            return entry.title
        if column == AGENCY:
            return entry.agency
        if column == REGION:
            return entry.region
        if column == CATEGORY:
            return self.categories.get(entry.category, entry.category)
        return entry.withdrawn

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, in one Python sort: the proxy asking data() for every comparison
        takes seconds on 15,000 rows. Column -1: the file's order."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        before = [e.code for e in self.entries]
        if column < 0:
            ranked = sorted(range(len(self.entries)), key=lambda r: self.order.get(before[r], r))
        else:
            texts = [self._text(e, column).casefold() for e in self.entries]
            ranked = sorted(
                range(len(self.entries)),
                key=lambda r: texts[r],
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        self.entries = [self.entries[r] for r in ranked]
        self.keys = [self.keys[r] for r in ranked]
        moved = {old_row: new_row for new_row, old_row in enumerate(ranked)}
        self.changePersistentIndexList(old, [self.index(moved[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()

    def row_of(self, code: str) -> int | None:
        for row, entry in enumerate(self.entries):
            if entry.code == code:
                return row
        return None


class EntrySearch(QSortFilterProxyModel):
    """Every word typed must appear in the code, title, acronym, agency or region."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            self.words = text.casefold().split()
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts itself (quick); the proxy only filters."""
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self.words:
            return True
        model = self.sourceModel()
        assert isinstance(model, EntriesModel)
        key = model.keys[source_row]
        return all(word in key for word in self.words)


class EntriesEditor(SetupScreen):
    importRequested = Signal()  # the workspace's import dialog (a worker with progress)

    def __init__(
        self,
        session: MasterSession | Path,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
        *,
        read_only: bool | None = None,
    ) -> None:
        super().__init__(
            session,
            undo_stack,
            parent,
            read_only,
            QCoreApplication.translate("EntriesEditor", "Entries"),
        )
        self.dialog: EntryDialog | None = None
        self.material_dialog: QDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code, title, agency or region"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Every word typed must appear (Ctrl+F)"))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)  # 15,000 rows: filter once the typing pauses
        self._typing.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._typing.start)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.count = QLabel()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout.addLayout(top)

        self.model = EntriesModel(self)
        self.proxy = EntrySearch(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the file's order at first
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        layout.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Im&port list…"))
        self.import_button.setToolTip(
            self.tr("Add or update entries by code from a CSV or XLSX file (the importer's report)")
        )
        self.import_button.clicked.connect(self.importRequested)
        self.material_button = QPushButton(self.tr("Import m&aterial…"))
        self.material_button.setToolTip(
            self.tr(
                "The entries' proposal material: a folder with one subfolder per entry code "
                "(PDF, images) and the sections' CSV or XLSX"
            )
        )
        self.material_button.clicked.connect(self.import_material)
        self.add_button = QPushButton(self.tr("A&dd…"))
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button = QPushButton(self.tr("Edi&t…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.withdraw_button.clicked.connect(self.withdraw_or_restore)
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.import_button, self.material_button, self.add_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.edit_button, self.withdraw_button, self.delete_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()
        self._size_columns()

    # -- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the entries from the master again; the search and the selection stay."""
        chosen = self.selected_code()
        categories = {c.id: c.name for c in self.definition.categories}
        self.model.set_entries(services.list_entries(self.master), categories)
        header = self.view.horizontalHeader()
        if 0 <= header.sortIndicatorSection() < self.model.columnCount():
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._update_count()
        if chosen:
            self.select(chosen)
        self._update_buttons()

    def _size_columns(self) -> None:
        """The title takes the room left; the category as wide as its longest name."""
        width = self.view.fontMetrics().horizontalAdvance
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        longest = max((width(c.name) for c in self.definition.categories), default=80)
        self.view.setColumnWidth(CODE, width("KIPP23-0000") + 24)
        self.view.setColumnWidth(AGENCY, width("x" * 30))
        self.view.setColumnWidth(REGION, width("x" * 20))
        self.view.setColumnWidth(CATEGORY, max(longest, width(self.tr("Category"))) + 24)
        self.view.setColumnWidth(STATUS, width("x" * 34))

    def _apply_search(self) -> None:
        self.proxy.set_text(self.search.text())
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        withdrawn = sum(1 for e in self.model.entries if e.withdrawn)
        shown = self.proxy.rowCount()
        text = (
            self.tr("%1 entries").replace("%1", str(total))
            if shown == total
            else self.tr("%1 of %2 entries").replace("%1", str(shown)).replace("%2", str(total))
        )
        if withdrawn:
            text += " · " + self.tr("%1 withdrawn").replace("%1", str(withdrawn))
        self.count.setText(text)

    def selected_code(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.entries[self.proxy.mapToSource(rows[0]).row()].code

    def selected_entry(self) -> Entry | None:
        code = self.selected_code()
        row = None if code is None else self.model.row_of(code)
        return None if row is None else self.model.entries[row]

    def select(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        writable = not self.read_only
        self.import_button.setEnabled(writable)
        self.material_button.setEnabled(writable)
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and entry is not None)
        self.withdraw_button.setEnabled(writable and entry is not None)
        if entry is not None and entry.withdrawn:
            self.withdraw_button.setText(self.tr("Rest&ore"))
            self.withdraw_button.setToolTip(self.tr("Take the entry back into the round"))
        else:
            self.withdraw_button.setText(self.tr("&Withdraw…"))
            self.withdraw_button.setToolTip(
                self.tr(
                    "Take the entry out of the round, with a reason: its scores stay in the "
                    "file, it gets no judges, is left out of packages and is not ranked"
                )
            )
        problem = None
        if entry is not None and writable:
            try:
                problem = services.delete_problem(self.master, entry.code)
            except JudgeAppError as exc:
                problem = str(exc)
        self.delete_button.setEnabled(writable and entry is not None and problem is None)
        self.delete_button.setToolTip(
            problem or self.tr("Delete an entry imported by mistake (nothing refers to it yet)")
        )

    # -- changes ------------------------------------------------------------------------------

    def import_material(self) -> bool:
        """The proposal material's import (issue 21), in its own dialog that keeps the
        report; after an import that stored something the other tabs read the master again."""
        if self.read_only:
            return False
        from judge_app.ui.material_import_dialog import MaterialImportDialog

        self.material_dialog = MaterialImportDialog(self.master, self)
        self.material_dialog.imported.connect(self._material_imported)
        self.material_dialog.open()
        return True

    def _material_imported(self, result) -> None:
        self.status.emit(
            self.tr("Proposal material imported for %1 entries").replace("%1", str(result.entries))
        )
        self.changed.emit()

    def edit_selected(self) -> bool:
        entry = self.selected_entry()
        if entry is None or self.read_only:
            return False
        master = self.master

        def save(changed: Entry) -> Entry:
            return services.update_entry(master, changed)

        self.dialog = EntryDialog(self.definition, entry, save, self)
        if self.dialog.exec() != QDialog.DialogCode.Accepted or self.dialog.saved is None:
            return False
        stored = self.dialog.saved
        if stored == entry:
            return False
        self._push(
            self.tr("Edit %1").replace("%1", entry.code),
            lambda: services.update_entry(master, stored),
            lambda: services.update_entry(master, entry),
            entry.code,
        )
        return True

    def add_entry(self) -> bool:
        if self.read_only:
            return False
        master = self.master
        blank = Entry("", "", self.definition.categories[0].id)
        self.dialog = EntryDialog(
            self.definition, blank, lambda e: services.add_entry(master, e), self, new=True
        )
        if self.dialog.exec() != QDialog.DialogCode.Accepted or self.dialog.saved is None:
            return False
        added = self.dialog.saved
        self._push(
            self.tr("Add %1").replace("%1", added.code),
            lambda: services.add_entry(master, added),
            lambda: services.delete_entry(master, added.code),
            added.code,
        )
        return True

    def withdraw_or_restore(self) -> bool:
        entry = self.selected_entry()
        if entry is None or self.read_only:
            return False
        if entry.withdrawn:
            return self.restore(entry)
        ask = QInputDialog(self)
        ask.setWindowTitle(self.tr("Withdraw %1").replace("%1", entry.code))
        ask.setLabelText(
            self.tr(
                "Why is %1 withdrawn from the round? Its scores stay in the file; it gets no "
                "judges, is left out of new packages and is not ranked."
            ).replace("%1", entry.code)
        )
        for label in ask.findChildren(QLabel):
            label.setWordWrap(True)
        ask.resize(520, ask.sizeHint().height())
        if ask.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.withdraw(entry.code, ask.textValue())

    def withdraw(self, code: str, reason: str) -> bool:
        master = self.master
        removed: list[str | tuple[str, str]] = []

        def forward() -> None:
            removed[:] = services.withdraw_entry_from(master, code, reason)

        if not self.guard(forward):
            return False
        self._push(
            self.tr("Withdraw %1").replace("%1", code),
            forward,
            lambda: services.restore_entry(master, code, list(removed)),
            code,
        )
        self.status.emit(
            self.tr("%1 withdrawn; %2 assignments without scores removed")
            .replace("%1", code)
            .replace("%2", str(len(removed)))
        )
        return True

    def restore(self, entry: Entry) -> bool:
        master = self.master
        reason = entry.withdrawn
        if not self.guard(lambda: services.restore_entry(master, entry.code)):
            return False
        self._push(
            self.tr("Restore %1").replace("%1", entry.code),
            lambda: services.restore_entry(master, entry.code),
            lambda: services.withdraw_entry(master, entry.code, reason),
            entry.code,
        )
        return True

    def delete_selected(self) -> bool:
        entry = self.selected_entry()
        if entry is None or self.read_only:
            return False
        master = self.master
        removed: list = []

        def forward() -> None:
            removed[:] = [services.delete_entry(master, entry.code)]

        if not self.guard(forward):
            return False
        self._push(
            self.tr("Delete %1").replace("%1", entry.code),
            forward,
            lambda: services.add_entry(master, removed[0].entry, removed[0].position),
            entry.code,
        )
        return True


class EntryDialog(QDialog):
    """One entry's fields; OK saves through `save`, whose refusal is shown here and keeps
    the dialog open."""

    def __init__(
        self,
        definition: Definition,
        entry: Entry,
        save,
        parent: QWidget | None = None,
        *,
        new: bool = False,
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        self.save = save
        self.saved: Entry | None = None
        self.setWindowTitle(
            self.tr("New entry") if new else self.tr("Entry %1").replace("%1", entry.code)
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "code": self.tr("&Code"),
            "title": self.tr("&Title"),
            "acronym": self.tr("Acr&onym"),
            "agency": self.tr("&Agency"),
            "region": self.tr("R&egion"),
            "replicates": self.tr("Re&plicates"),
            "link": self.tr("&Link"),
        }
        for name in ("code", "title", "acronym", "agency", "region"):
            edit = QLineEdit(getattr(entry, name))
            self.edits[name] = edit
            form.addRow(labels[name], edit)
        self.edits["code"].setReadOnly(not new)
        if not new:
            self.edits["code"].setToolTip(
                self.tr("The code is the entry's key in every file; it cannot be changed")
            )
        self.category = QComboBox()
        for category in definition.categories:
            self.category.addItem(category.name, category.id)
        found = self.category.findData(entry.category)
        self.category.setCurrentIndex(max(found, 0))
        form.addRow(self.tr("Categor&y"), self.category)
        for name in ("replicates", "link"):
            edit = QLineEdit(getattr(entry, name))
            self.edits[name] = edit
            form.addRow(labels[name], edit)
        self.edits["replicates"].setPlaceholderText(self.tr("The innovation it replicates, if any"))
        self.edits["link"].setPlaceholderText(self.tr("https://"))
        self.summary = QPlainTextEdit(entry.summary)
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 5 + 14)
        form.addRow(self.tr("&Summary"), self.summary)
        if entry.withdrawn:
            note = QLabel(self.tr("Withdrawn from the round: %1").replace("%1", entry.withdrawn))
            note.setWordWrap(True)
            form.addRow("", note)
        layout.addLayout(form)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        layout.addWidget(self.problems)
        layout.addStretch(1)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.edits["code" if new else "title"].setFocus()
        fit_on_screen(self, 640, 460)

    def value(self) -> Entry:
        values = {f.name: getattr(self.entry, f.name) for f in fields(Entry)}
        values.update({name: edit.text() for name, edit in self.edits.items()})
        values["category"] = self.category.currentData() or ""
        values["summary"] = self.summary.toPlainText()
        return replace(self.entry, **values)

    def accept(self) -> None:
        try:
            self.saved = self.save(self.value())
        except JudgeAppError as exc:
            self.show_problems(exc)
            return
        except OSError as exc:
            self.show_problems(exc)
            return
        super().accept()

    def show_problems(self, exc: Exception) -> None:
        problems = getattr(exc, "problems", None)
        text = "\n".join(f"• {p}" for p in problems) if problems else failure_text(exc)
        self.problems.setText(text)
        self.problems.show()
