"""The judge's workspace: entry list with search and filters, the entry's details and
proposal beside the criteria form (or the grid), conflicts, undo/redo. Every accepted edit
is in the file at once."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judge_app.services import (
    STATES,
    FileGone,
    JudgeAppError,
    PackageSession,
    ScoreChange,
    storage_problem,
)
from judge_app.ui.entry_list_model import EntryListModel, state_label
from judge_app.ui.entry_panel import EntryPanel
from judge_app.ui.grid_model import ScoreGridModel
from judge_app.ui.grid_view import ScoreGridView
from judge_app.ui.last_edited import last_edited, remember_last_edited
from judge_app.ui.material_reader import MaterialReader
from judge_app.ui.read_only import read_only_text
from judge_app.ui.score_form import ScoreForm
from judge_app.ui.undo import ConflictCommand, ScoreCommand, WithdrawConflictCommand

FORM, GRID = 0, 1


class JudgeWorkspace(QWidget):
    saved = Signal(str)  # time of the last save
    declareRequested = Signal()
    reopenRequested = Signal()
    reopenForChangesRequested = Signal()  # a read-only view asks to be opened for changes
    copySaved = Signal(str)  # a copy of a vanished package was saved here: open it
    refused = Signal(str)  # why an edit was not stored
    progressChanged = Signal()

    def __init__(
        self, session: PackageSession, decimal: str = ",", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.decimal = decimal
        self.undo_stack = QUndoStack(self)
        self.gone = False  # the file vanished under the window (file_gone)
        self.stage = session.definition.stages[0].id
        top = self._build_toolbar()
        self._build_entry_list()
        self._build_form_page()
        self._build_grid()
        self._build_banner()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.grid_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner_box)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self._wire()
        self.grid_model.set_stage(self.stage)
        self.form.set_stage(self.stage)
        self.update_status()
        self.form.setEnabled(bool(session.entries))
        self._last_edited = last_edited(session.path)
        if not (self._last_edited and self.select_code(self._last_edited)):
            self.select_row(0)

    # -- building ---------------------------------------------------------------------------

    def _build_toolbar(self) -> QHBoxLayout:
        """The row above both modes: search, filters, stage, mode."""
        definition = self.session.definition
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search code, title, agency… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search entries"))
        self.search.setToolTip(
            self.tr(
                "Finds entries by code, title, acronym, agency or region as you type; Enter "
                "goes to the first score (Ctrl+F)"
            )
        )
        self.category = QComboBox()
        self.category.setObjectName("categoryFilter")
        self.category.setToolTip(self.tr("Show only the entries of one category"))
        self.category.addItem(self.tr("All categories"), "")
        for cat in definition.categories:
            self.category.addItem(cat.name, cat.id)
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("stateFilter")
        self.state_filter.setToolTip(
            self.tr("Show only entries not started, partly or completely scored, or in conflict")
        )
        self.state_filter.addItem(self.tr("All states"), "")
        for state in STATES:
            self.state_filter.addItem(state_label(state), state)
        self.stage_box = QComboBox()
        self.stage_box.setObjectName("stageBox")
        self.stage_box.setToolTip(self.tr("The stage whose criteria you score now (Alt+T)"))
        for stage in definition.stages:
            self.stage_box.addItem(stage.name, stage.id)
        stage_label = QLabel(self.tr("S&tage:"))
        stage_label.setBuddy(self.stage_box)
        self.mode_button = QPushButton(self.tr("Grid mode (Ctrl+2)"))
        self.mode_button.setObjectName("modeButton")
        self.mode_button.setToolTip(
            self.tr("Form: one entry at a time, with its rubric. Grid: every entry in a table")
        )
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.category, 1)
        top.addWidget(self.state_filter, 1)
        top.addSpacing(12)
        top.addWidget(stage_label)
        top.addWidget(self.stage_box, 1)
        top.addWidget(self.mode_button)
        return top

    def _build_entry_list(self) -> None:
        """Form mode's left side: the entries, the codes whole."""
        session = self.session
        self.list_model = EntryListModel(session, self)
        self.list_model.stage = self.stage
        self.list_view = QTableView()
        self.list_view.setObjectName("entryList")
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setWordWrap(False)
        self.list_view.verticalHeader().hide()
        self.list_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(EntryListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("M")
        metrics = self.list_view.fontMetrics()
        codes = [e.code for e in session.entries[:200]] or ["KIPP23-000"]
        header.resizeSection(  # the codes whole: they are what a judge reads out
            EntryListModel.CODE, max(metrics.horizontalAdvance(c) for c in codes) + em
        )
        header.resizeSection(EntryListModel.AGENCY, 13 * em)
        header.resizeSection(EntryListModel.CATEGORY, 7 * em)
        states = max(metrics.horizontalAdvance(state_label(s)) for s in STATES)
        header.resizeSection(EntryListModel.STATE, min(states + em, 9 * em))
        self._em = em
        self.list_view.viewport().installEventFilter(self)
        self.list_view.setAccessibleName(self.tr("Entries"))

    def _build_form_page(self) -> None:
        """Form mode: the entry list | the entry's data and proposal | its score form, side by
        side, so the judge reads and scores without switching."""
        category_names = {c.id: c.name for c in self.session.definition.categories}
        self.panel = EntryPanel(category_names)
        self.reader = MaterialReader(self.session, self.panel)
        self.form = ScoreForm(self.session, self.apply, self.decimal)
        self.conflict_button = QPushButton()
        self.conflict_button.setObjectName("conflictButton")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addWidget(self.form, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.conflict_button)
        right_layout.addLayout(buttons)
        self.reader.setContentsMargins(4, 0, 4, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_view)
        self.splitter.addWidget(self.reader)
        self.splitter.addWidget(right)
        for index, stretch in enumerate((2, 4, 3)):
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setChildrenCollapsible(False)
        self._section_for: tuple[str | None, str] | None = None  # the last brought forward
        self._last_criterion: str | None = None

    def _build_grid(self) -> None:
        """Grid mode: every entry in a table."""
        self.grid_model = ScoreGridModel(self.session, self.apply, self.decimal, self)
        self.grid_view = ScoreGridView()
        self.grid_view.setObjectName("scoreGrid")
        self.grid_view.setModel(self.grid_model)
        self.grid_view.setAccessibleName(self.tr("Score grid"))

    def _build_banner(self) -> None:
        """Above both modes: what blocks scoring, and the button that resolves it."""
        self.status_banner = QLabel()
        self.status_banner.setObjectName("statusBanner")
        self.status_banner.setWordWrap(True)
        self.status_button = QPushButton()
        self.status_button.setObjectName("statusButton")
        banner = QHBoxLayout()
        banner.addWidget(self.status_banner, 1)
        banner.addWidget(self.status_button)
        self.banner_box = QFrame()
        self.banner_box.setObjectName("statusBox")
        self.banner_box.setLayout(banner)
        self.status_button.clicked.connect(self._status_action)

    def _wire(self) -> None:
        """Filters, stage, mode, selection and the keyboard."""
        self.search.textChanged.connect(self.apply_filter)
        self.category.currentIndexChanged.connect(self.apply_filter)
        self.state_filter.currentIndexChanged.connect(self.apply_filter)
        self.stage_box.currentIndexChanged.connect(self._stage_changed)
        self.mode_button.clicked.connect(self.toggle_mode)
        self.list_view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.form.finished.connect(self.next_entry_and_focus)
        self.list_view.activated.connect(lambda _index: self.form.focus_first())
        self.conflict_button.clicked.connect(self.toggle_conflict)
        self.grid_model.refused.connect(self.refused)
        self.grid_view.pasted.connect(self._pasted)
        QShortcut(QKeySequence("Ctrl+F"), self, self.focus_search)
        QShortcut(QKeySequence("Ctrl+Down"), self, lambda: self.move_entry(1))
        QShortcut(QKeySequence("Ctrl+Up"), self, lambda: self.move_entry(-1))
        self.search.returnPressed.connect(self._search_done)
        self.form.criterionFocused.connect(self._criterion_focused)
        self.reader.leaveRequested.connect(self._back_to_form)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            self._sized = True
            self.list_view.scrollTo(self.list_view.currentIndex())  # the entry resumed
            # at 1366 px: the list ~335 (code, title, agency, state), the proposal ~590,
            # the form ~420 (each note under its score)
            width = self.splitter.width()
            parts = [width * 25 // 100, width * 44 // 100]
            self.splitter.setSizes([*parts, width - sum(parts)])

    # -- signing state ------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list_view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_agency_column()
        return super().eventFilter(watched, event)

    def _fit_agency_column(self) -> None:
        """Agencies are long ('Dinas Kesehatan Kota …'): up to 13 em, enough to tell them
        apart (the full name in the tooltip), but never at the title's expense on a
        narrow window (1366×768 at 150%): the title keeps at least 60% of what is left.
        A list narrowed beside the proposal drops the category (it is above the proposal,
        and in the filter)."""
        header = self.list_view.horizontalHeader()
        narrow = self.list_view.viewport().width() < 40 * self._em
        if header.isSectionHidden(EntryListModel.CATEGORY) != narrow:
            header.setSectionHidden(EntryListModel.CATEGORY, narrow)
        shown = [EntryListModel.CODE, EntryListModel.STATE]
        if not narrow:
            shown.append(EntryListModel.CATEGORY)
        room = self.list_view.viewport().width() - sum(header.sectionSize(c) for c in shown)
        width = max(6 * self._em, min(13 * self._em, int(room * 0.4)))
        if header.sectionSize(EntryListModel.AGENCY) != width:
            header.resizeSection(EntryListModel.AGENCY, width)

    def update_status(self) -> None:
        """Show what blocks scoring (declarations not signed, revision locked), if anything,
        and repaint everything after the signing state changed."""
        session = self.session
        session.refresh_status()
        if session.read_only:
            self.status_banner.setText(read_only_text(session.refused_write))
            self.status_button.setText(self.tr("Open for changes again"))
            self.banner_box.show()
        elif not session.declared:
            self.status_banner.setText(
                self.tr(
                    "Before scoring, sign the integrity pact and the conflict-of-interest "
                    "statement."
                )
            )
            self.status_button.setText(self.tr("Sign the declarations…"))
            self.banner_box.show()
        elif session.locked_revision is not None:
            self.status_banner.setText(
                self.tr("Revision %1 is signed: the scores are locked.").replace(
                    "%1", str(session.locked_revision)
                )
            )
            self.status_button.setText(self.tr("Reopen to change scores…"))
            self.banner_box.show()
        else:
            self.banner_box.hide()
        self.list_model.refilter()
        self.grid_model.set_codes(self.list_model.codes())
        code = self.current_code() or self.form.code
        if not (code and self.select_code(code)):
            self.select_row(0)
        self.form.refresh()

    def _status_action(self) -> None:
        if self.session.read_only:
            self.reopenForChangesRequested.emit()
        elif not self.session.declared:
            self.declareRequested.emit()
        else:
            self.reopenRequested.emit()

    # -- selection and navigation -------------------------------------------------------

    def current_code(self) -> str | None:
        index = self.list_view.currentIndex()
        return self.list_model.code_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.list_model.rowCount():
            index = self.list_model.index(row, 0)
            self.list_view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.list_view.scrollTo(index)
        else:
            self._show(None)

    def select_code(self, code: str) -> bool:
        row = self.list_model.row_of(code)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def move_entry(self, step: int) -> None:
        self.commit_pending()
        if self.pages.currentIndex() == GRID:
            index = self.grid_view.currentIndex()
            target = self.grid_model.index(max(0, index.row() + step), max(0, index.column()))
            if target.isValid():
                self.grid_view.setCurrentIndex(target)
            return
        row = self.list_view.currentIndex().row()
        self.select_row(min(max(row + step, 0), self.list_model.rowCount() - 1))

    def next_entry_and_focus(self) -> None:
        row = self.list_view.currentIndex().row()
        if row + 1 < self.list_model.rowCount():
            self.select_row(row + 1)
        self.form.focus_first()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_done(self) -> None:
        if self.pages.currentIndex() == FORM:
            if not self.list_view.currentIndex().isValid():
                self.select_row(0)
            self.form.focus_first()
        else:
            self.grid_view.setFocus()

    def _current_changed(self, current, previous) -> None:
        if getattr(self, "_going_back", False):
            return
        if previous.isValid() and current != previous and not self.may_leave():
            self._going_back = True  # the judge goes back to the refused value
            try:
                self.list_view.selectionModel().setCurrentIndex(
                    previous,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            finally:
                self._going_back = False
            row = self.form.refused_row()
            if row is not None:
                self.form.focus_row(row)
            return
        self._show(self.list_model.code_at(current.row()) if current.isValid() else None)

    def may_leave(self) -> bool:
        """Before the form shows another entry or the window closes: a refused value still
        in a box is not in the file; ask whether to discard it or go back to it."""
        row = self.form.refused_row()
        if row is None or self.form.code is None:
            return True
        problem = self.form.problem(row) or ""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("A refused value is not saved"),
            self.tr("%1, %2: “%3” is not saved.\n%4\n\nDiscard it, or go back and correct it?")
            .replace("%1", self.form.code)
            .replace("%2", row.criterion.name)
            .replace("%3", row.score.text().strip())
            .replace("%4", problem),
            parent=self,
        )
        discard = box.addButton(self.tr("Discard it"), QMessageBox.ButtonRole.DestructiveRole)
        back = box.addButton(self.tr("Go back to it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        if box.clickedButton() is discard:
            self.form.refresh()  # the box shows what the file holds again
            return True
        self.form.focus_row(row)
        return False

    def _show(self, code: str | None) -> None:
        self.reader.show_entry(self.session.entry(code) if code else None)
        self.form.show_entry(code)
        conflicted = code is not None and self.session.conflict_reason(code) is not None
        self.conflict_button.setEnabled(code is not None)
        self.conflict_button.setText(
            self.tr("Withdraw conflict of interest")
            if conflicted
            else self.tr("Declare conflict of interest… (Ctrl+K)")
        )
        self.conflict_button.setToolTip(
            self.tr("Score this entry again; your reason stays in the audit log (Ctrl+K)")
            if conflicted
            else self.tr(
                "You may not judge this entry impartially: say why; it is listed in your "
                "conflict statement and its scores are removed (Ctrl+K)"
            )
        )

    def _criterion_focused(self, criterion_id: str) -> None:
        """A criterion judged on a proposal section brings that section to the front, once
        per entry and criterion: coming back to the same box leaves the reader as it is."""
        self._last_criterion = criterion_id
        shown = (self.form.code, criterion_id)
        if shown == self._section_for:
            return
        self._section_for = shown
        criterion = next(
            (c for c in self.session.definition.criteria if c.id == criterion_id), None
        )
        if criterion is not None and criterion.section:
            self.reader.show_section(criterion.section)

    def _back_to_form(self) -> None:
        """Esc in the reader: back to the criterion last scored, or the first."""
        if not (self._last_criterion and self.form.focus_criterion(self._last_criterion)):
            self.form.focus_first()

    def apply_filter(self) -> None:
        self.commit_pending()
        code = self.current_code()
        self.list_model.set_filter(
            self.search.text(),
            self.category.currentData() or "",
            self.state_filter.currentData() or "",
        )
        self.grid_model.set_codes(self.list_model.codes())
        if not (code and self.select_code(code)):
            self.select_row(0)

    def _stage_changed(self) -> None:
        self.commit_pending()
        code = self.current_code()
        self.stage = self.stage_box.currentData()
        self.list_model.stage = self.stage  # the state column follows the stage shown
        self.list_model.refilter()
        if not (code and self.select_code(code)):
            self.select_row(0)
        self.form.set_stage(self.stage)
        self.grid_model.set_stage(self.stage)
        self.form.show_entry(self.current_code())

    def toggle_mode(self) -> None:
        self.set_mode(GRID if self.pages.currentIndex() == FORM else FORM)

    def commit_pending(self) -> None:
        """Save an open grid cell editor or typed form text (closing, switching modes)."""
        self.grid_view.commit_open_editor()
        self.form.commit_pending()

    def set_mode(self, mode: int) -> None:
        self.commit_pending()
        code = self.current_code()
        self.pages.setCurrentIndex(mode)
        if mode == GRID:
            self.mode_button.setText(self.tr("Form mode (Ctrl+1)"))
            row = self.grid_model.codes.index(code) if code in self.grid_model.codes else 0
            self.grid_view.setCurrentIndex(self.grid_model.index(row, 0))
            self.grid_view.setFocus()
        else:
            self.mode_button.setText(self.tr("Grid mode (Ctrl+2)"))
            grid_index = self.grid_view.currentIndex()
            if grid_index.isValid():
                self.select_code(self.grid_model.codes[grid_index.row()])
            self.form.focus_first()

    # -- edits --------------------------------------------------------------------------

    def apply(self, changes: list[ScoreChange], text: str) -> bool:
        """Save the changes now (one transaction), then record them for undo."""
        before = [
            ScoreChange(
                c.entry,
                c.criterion,
                self.session.value(c.entry, c.criterion),
                self.session.note(c.entry, c.criterion),
            )
            for c in changes
        ]
        if not self._guard(lambda: self.session.set_cells(changes)):
            return False
        self.undo_stack.push(
            ScoreCommand(self.session, before, changes, text, self.notify, self._guard)
        )
        self.notify({c.entry for c in changes})
        if changes and changes[-1].entry != self._last_edited:
            self._last_edited = changes[-1].entry
            remember_last_edited(self.session.path, self._last_edited)
        return True

    def _guard(self, action) -> bool:
        """Run a save; a refusal goes to the status bar, a failing disk to a dialog."""
        try:
            action()
        except FileGone as exc:
            if self.gone:  # said once; later attempts only go to the status bar
                self.refused.emit(str(exc))
            else:
                self.gone = True
                self.file_gone(str(exc))
            return False
        except JudgeAppError as exc:
            self.refused.emit(str(exc))
            return False
        except (sqlite3.Error, OSError) as exc:
            QMessageBox.critical(
                self,
                self.tr("Could not save"),
                self.tr("The score was NOT saved to %1:\n%2")
                .replace("%1", str(self.session.path))
                .replace("%2", str(storage_problem(exc))),
            )
            return False
        return True

    def file_gone(self, message: str) -> None:
        """The package vanished under the window (a stick taken out, a file moved): say
        so, and offer to save what the open file holds somewhere else."""
        box = QMessageBox(
            QMessageBox.Icon.Critical, self.tr("The file is gone"), message, parent=self
        )
        box.setInformativeText(
            self.tr(
                "You can save a copy of everything saved so far (all scores, notes and "
                "signatures) to another place and go on working there."
            )
        )
        save = box.addButton(self.tr("Save a copy…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is not save:
            return
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the package"),
            str(Path.home() / self.session.path.name),
            self.tr("judge-app files (*.sqlite)"),
        )
        if target:
            self.save_copy_to(Path(target))

    def save_copy_to(self, target: Path) -> bool:
        """Copy what the open package holds to `target`, then have it opened there."""
        try:
            copy = self.session.save_copy(target)
        except (JudgeAppError, sqlite3.Error, OSError) as exc:
            QMessageBox.critical(self, self.tr("Could not save a copy"), str(storage_problem(exc)))
            return False
        self.copySaved.emit(str(copy))
        return True

    def notify(self, codes: set[str]) -> None:
        """The file changed for these entries: repaint everything that shows them."""
        self.list_model.entries_changed(codes)
        self.grid_model.entries_changed(codes)
        if self.current_code() in codes:
            self._show(self.current_code())
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
        self.progressChanged.emit()

    def toggle_conflict(self) -> None:
        self.commit_pending()
        code = self.current_code()
        if self.pages.currentIndex() == GRID and self.grid_view.currentIndex().isValid():
            code = self.grid_model.codes[self.grid_view.currentIndex().row()]
        if code is None:
            return
        reason = self.session.conflict_reason(code)
        if reason is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Withdraw conflict of interest"),
                self.tr(
                    "Withdraw the conflict of interest for %1? You will be able to score it."
                ).replace("%1", code),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            if self._guard(lambda: self.session.withdraw_conflict(code)):
                text = self.tr("Withdraw conflict %1").replace("%1", code)
                self.undo_stack.push(
                    WithdrawConflictCommand(
                        self.session, code, reason, text, self.notify, self._guard
                    )
                )
                self.notify({code})
            return
        self.declare_conflict(code)

    def declare_conflict(self, code: str, reason: str | None = None) -> bool:
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Declare conflict of interest"),
                self.tr(
                    "Why can you not judge %1 objectively?\n"
                    "(for example: family tie, employment, helped prepare the proposal)"
                ).replace("%1", code),
            )
            if not ok or not reason.strip():
                return False
        removed = [
            ScoreChange(code, c.id, self.session.value(code, c.id), self.session.note(code, c.id))
            for c in self.session.definition.criteria
            if self.session.value(code, c.id) is not None or self.session.note(code, c.id)
        ]
        if removed:
            answer = QMessageBox.question(
                self,
                self.tr("Declare conflict of interest"),
                self.tr(
                    "%1 already has %2 scores or notes from you. They will be removed. Continue?"
                )
                .replace("%1", code)
                .replace("%2", str(len(removed))),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if not self._guard(lambda: self.session.declare_conflict(code, reason)):
            return False
        text = self.tr("Conflict %1").replace("%1", code)
        self.undo_stack.push(
            ConflictCommand(
                self.session, code, reason.strip(), removed, text, self.notify, self._guard
            )
        )
        self.notify({code})
        return True

    def _pasted(self, stored: int, problems: list) -> None:
        if problems:
            shown = "\n".join(problems[:12])
            if len(problems) > 12:
                shown += "\n" + self.tr("… and %1 more").replace("%1", str(len(problems) - 12))
            QMessageBox.warning(
                self,
                self.tr("Nothing pasted"),
                self.tr("No cell was changed, because:") + "\n" + shown,
            )
