"""The secretariat's Assignments tab: who scores what, filtered by category, changed by
hand (a tick per judge and entry) or planned automatically; each judge's load in the
column head. Every change is saved at once and undoable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judge_app.services import (
    MasterSession,
    apply_assignment,
    assignment_matrix,
    restore_assignments,
    set_assigned,
)
from judge_app.ui.assignment_model import CONFLICT, LIKELY, SCORED, AssignmentModel
from judge_app.ui.auto_assign_dialog import AutoAssignDialog
from judge_app.ui.panel_undo import ServiceCommand, guarded

JUDGE_COLUMN = 56  # "J12" over its load, a tick below
TITLE_COLUMN = 320


class AssignmentView(QWidget):
    changed = Signal()  # a plan replaced the assignments: the other tabs read the master
    loadsChanged = Signal()  # one pair changed: only the judges' loads elsewhere are stale

    def __init__(
        self,
        session: MasterSession,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.read_only = read_only
        self.dialog: AutoAssignDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.category = QComboBox()
        self.category.currentIndexChanged.connect(self.reload)
        self.stage = QComboBox()  # All stages, or the pairs counting for one stage
        self.stage.setToolTip(
            self.tr(
                "All stages: the pairs assigned for every stage. A stage: the pairs that "
                "score it; a tick assigns the pair for that stage only"
            )
        )
        self.stage_label = QLabel(self.tr("Stage sho&wn:"))
        self.stage_label.setBuddy(self.stage)
        self.stage.currentIndexChanged.connect(self.reload)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code or title"))
        self.search.setClearButtonEnabled(True)
        self.auto_button = QPushButton(self.tr("&Automatic assignment…"))
        self.auto_button.setToolTip(
            self.tr("k judges per entry, balanced load, away from conflicts (Ctrl+Shift+A)")
        )
        self.auto_button.clicked.connect(self.auto_assign)
        self.auto_button.setEnabled(not read_only)
        top.addWidget(QLabel(self.tr("Category:")))
        top.addWidget(self.category)
        top.addWidget(self.stage_label)
        top.addWidget(self.stage)
        top.addWidget(self.search, 1)
        top.addWidget(self.auto_button)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = AssignmentModel(self)
        self.model.toggleRequested.connect(self.toggle)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumSectionSize(44)
        layout.addWidget(self.view, 1)
        layout.addWidget(self._legend())
        self._fill_categories()

    def _legend(self) -> QLabel:
        parts = [
            (SCORED, self.tr("holds scores (stays)")),
            (CONFLICT, self.tr("declared conflict (never)")),
            (LIKELY, self.tr("likely conflict: own institution or region (allowed, marked)")),
        ]
        html = " &nbsp; ".join(
            f'<span style="background:{color.name()}">&nbsp;&nbsp;&nbsp;&nbsp;</span> {text}'
            for color, text in parts
        )
        legend = QLabel(html)
        legend.setWordWrap(True)
        return legend

    def reload_categories(self) -> None:
        """After the definition changed (its categories may have)."""
        self._fill_categories()

    def _fill_categories(self) -> None:
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        for item in self.session.definition.categories:
            self.category.addItem(item.name, item.id)
        self.category.blockSignals(False)
        self._fill_stages()
        self.reload()

    def _fill_stages(self) -> None:
        """The stage selector, shown when more than one stage has criteria."""
        definition = self.session.definition
        stages = [s for s in definition.stages if definition.criteria_of(s.id)]
        chosen = self.stage.currentData()
        self.stage.blockSignals(True)
        self.stage.clear()
        self.stage.addItem(self.tr("All stages"), None)
        for item in stages:
            self.stage.addItem(item.name, item.id)
        self.stage.setCurrentIndex(max(0, self.stage.findData(chosen)))
        self.stage.blockSignals(False)
        for widget in (self.stage, self.stage_label):
            widget.setVisible(len(stages) > 1)

    @property
    def master(self) -> Path:
        return self.session.path

    def reload(self) -> None:
        matrix = assignment_matrix(
            self.master, self.category.currentData(), self.stage.currentData()
        )
        self.model.set_matrix(matrix)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(0, 110)
        self.view.setColumnWidth(2, 60)
        for column in range(AssignmentModel.FIXED, self.model.columnCount()):
            self.view.setColumnWidth(column, JUDGE_COLUMN)
        self._fit_title()
        self._summarise()

    def _summarise(self) -> None:
        matrix = self.model.matrix
        if matrix is None:
            return
        loads = [matrix.loads.get(j.id, 0) for j in matrix.judges]
        without = sum(1 for e in matrix.entries if self.model.counts.get(e.code, 0) == 0)
        text = (
            self.tr("%1 entries shown, %2 judges; load per judge %3–%4 entries")
            .replace("%1", str(len(matrix.entries)))
            .replace("%2", str(len(matrix.judges)))
            .replace("%3", str(min(loads, default=0)))
            .replace("%4", str(max(loads, default=0)))
        )
        if without:
            text += " · " + self.tr("%1 entries have no judge yet").replace("%1", str(without))
        self.summary.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """The title takes the room the judges leave (a wide panel scrolls sideways)."""
        others = 110 + 60 + JUDGE_COLUMN * (self.model.columnCount() - AssignmentModel.FIXED)
        room = self.view.viewport().width() - others
        self.view.setColumnWidth(1, max(TITLE_COLUMN, room))

    def _guard(self, action: Callable[[], object]) -> bool:
        return guarded(self, self.tr("Assignments"))(action)

    def _after(self) -> None:
        self.reload()
        self.changed.emit()

    def toggle(self, judge_id: str, code: str, assigned: bool) -> None:
        """One tick: saved at once; the screen changes that pair alone (a national
        matrix is not read again for one cell)."""
        if self.read_only:
            return
        master = self.master
        stage = self.stage.currentData()
        if not self._guard(lambda: set_assigned(master, judge_id, code, assigned, stage)):
            self.reload()
            return
        text = (
            (self.tr("Assign %1 to %2") if assigned else self.tr("Unassign %1 from %2"))
            .replace("%1", judge_id)
            .replace("%2", code)
        )
        if stage is not None:
            text += f" ({self.stage.currentText()})"
        now = [assigned]  # what the file holds after the last forward or backward

        def forward() -> None:
            set_assigned(master, judge_id, code, assigned, stage)
            now[0] = assigned

        def backward() -> None:
            set_assigned(master, judge_id, code, not assigned, stage)
            now[0] = not assigned

        def done() -> None:
            if self.stage.currentData() != stage:  # another stage shown: read it again
                self.reload()
            else:
                self.model.set_pair(judge_id, code, now[0])
                self._summarise()
            self.loadsChanged.emit()

        self.undo_stack.push(ServiceCommand(text, forward, backward, self._guard, done))
        done()

    def auto_assign(self) -> None:
        if self.read_only:
            return
        matrix = self.model.matrix
        judges = matrix.judges if matrix is not None else []
        self.dialog = AutoAssignDialog(
            self.master,
            judges,
            self.session.definition.categories,
            self.category.currentData(),
            self,
            stages=[
                s
                for s in self.session.definition.stages
                if self.session.definition.criteria_of(s.id)
            ],
        )
        self.dialog.finished.connect(self._auto_done)
        self.dialog.open()

    def _auto_done(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None or result != QDialog.DialogCode.Accepted or dialog.proposal is None:
            return
        proposal = dialog.proposal
        everything = assignment_matrix(self.master, None)  # not only the category shown
        before = (
            sorted(everything.every),
            everything.source,
            sorted(everything.staged),
        )
        if not self._guard(lambda: apply_assignment(self.master, proposal)):
            return
        if proposal.rules.per_stage:
            text = self.tr("Automatic assignment (per stage: %1)").replace(
                "%1", ", ".join(f"{s} {k}" for s, k in proposal.rules.per_stage.items())
            )
        else:
            text = self.tr("Automatic assignment (%1 per entry)").replace(
                "%1", str(proposal.rules.per_entry)
            )
        master, (pairs, source, staged) = self.master, before
        self.undo_stack.push(
            ServiceCommand(
                text,
                lambda: apply_assignment(master, proposal),  # recorded as the plan it is
                lambda: restore_assignments(master, pairs, source, staged),
                self._guard,
                self._after,
            )
        )
        self._after()
