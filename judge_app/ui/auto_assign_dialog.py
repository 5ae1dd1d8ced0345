"""Automatic assignment: the secretariat sets the rules, sees the plan in words and each
judge's load, and only then applies it (one undoable change)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from judge_app.services import (
    AssignmentProposal,
    AssignmentRules,
    Category,
    Judge,
    Stage,
    propose_assignment,
)
from judge_app.ui.screen_fit import fit_on_screen
from judge_app.ui.task_runner import Task


class AutoAssignDialog(QDialog):
    """`proposal` holds the last plan shown; accepting applies exactly that plan."""

    def __init__(
        self,
        master: Path,
        judges: list[Judge],
        categories: tuple[Category, ...],
        category: str | None = None,
        parent: QWidget | None = None,
        *,
        stages: list[Stage] | None = None,
    ) -> None:
        super().__init__(parent)
        self.master = master
        self.judges = judges
        self.proposal: AssignmentProposal | None = None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Automatic assignment"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Each entry gets the chosen number of judges, the judges with the fewest "
                "entries first. A judge never gets an entry with a declared conflict, and "
                "pairs that already hold scores stay. The same rules and seed always give "
                "the same plan."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.per_entry = QSpinBox()
        self.per_entry.setRange(1, max(1, len(judges)))
        self.per_entry.setValue(min(3, max(1, len(judges))))
        self.per_entry.setMaximumWidth(120)
        form.addRow(self.tr("&Judges per entry:"), self.per_entry)
        # per stage: its own number of judges for each stage with criteria (2 for the desk
        # evaluation, 5 for the presentation), each stage planned on its own
        self.per_stage = QCheckBox(self.tr("A number of judges for each s&tage"))
        self.stage_counts: dict[str, QSpinBox] = {}
        stages = stages or []
        if len(stages) > 1:
            form.addRow("", self.per_stage)
            for stage in stages:
                box = QSpinBox()
                box.setRange(1, max(1, len(judges)))
                box.setValue(self.per_entry.value())
                box.setMaximumWidth(120)
                box.setEnabled(False)
                box.setAccessibleName(stage.name)
                box.valueChanged.connect(self._stale)
                self.stage_counts[stage.id] = box
                form.addRow(self.tr("    %1:").replace("%1", stage.name), box)
            self.per_stage.toggled.connect(self._per_stage_toggled)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for item in categories:
            self.category.addItem(item.name, item.id)
        if category is not None:
            self.category.setCurrentIndex(max(0, self.category.findData(category)))
        form.addRow(self.tr("&Entries:"), self.category)
        self.own_institution = QCheckBox(
            self.tr("Keep judges away from entries of their own &institution")
        )
        self.own_institution.setChecked(True)
        self.same_region = QCheckBox(self.tr("Keep judges away from entries of their own &region"))
        self.expertise = QCheckBox(
            self.tr("Prefer judges whose e&xpertise lists the entry's category")
        )
        form.addRow(self.tr("Rules:"), self.own_institution)
        form.addRow("", self.same_region)
        form.addRow("", self.expertise)
        self.seed = QSpinBox()
        self.seed.setRange(0, 999_999)
        self.seed.setToolTip(
            self.tr("Another seed breaks ties between equally loaded judges in another order")
        )
        self.seed.setMaximumWidth(120)
        form.addRow(self.tr("&Seed:"), self.seed)
        layout.addLayout(form)
        preview_row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Preview the plan"))
        self.preview_button.clicked.connect(self.preview)
        preview_row.addWidget(self.preview_button)
        preview_row.addStretch(1)
        layout.addLayout(preview_row)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.words)
        self.loads = QTableWidget(0, 3)
        self.loads.setHorizontalHeaderLabels(
            [self.tr("Judge"), self.tr("Institution"), self.tr("Entries")]
        )
        self.loads.verticalHeader().setVisible(False)
        self.loads.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.loads.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.loads, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("&Apply this plan"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for control in (self.per_entry, self.seed):
            control.valueChanged.connect(self._stale)
        for check in (self.own_institution, self.same_region, self.expertise):
            check.toggled.connect(self._stale)
        self.category.currentIndexChanged.connect(self._stale)
        fit_on_screen(self, 760, 640)

    def _per_stage_toggled(self, on: bool) -> None:
        self.per_entry.setEnabled(not on)
        for box in self.stage_counts.values():
            box.setEnabled(on)
        self._stale()

    def rules(self) -> AssignmentRules:
        per_stage = None
        if self.stage_counts and self.per_stage.isChecked():
            per_stage = {stage: box.value() for stage, box in self.stage_counts.items()}
        return AssignmentRules(
            per_entry=self.per_entry.value(),
            per_stage=per_stage,
            seed=self.seed.value(),
            avoid_own_institution=self.own_institution.isChecked(),
            avoid_same_region=self.same_region.isChecked(),
            by_expertise=self.expertise.isChecked(),
            category=self.category.currentData(),
        )

    def _stale(self) -> None:
        """A changed rule makes the plan shown out of date: preview again to apply."""
        self.proposal = None
        self.apply_button.setEnabled(False)
        if self.words.text():
            self.words.setText(self.tr("The rules changed: preview the plan again."))

    def preview(self) -> None:
        if self.task is not None and not self.task.done:
            return
        rules = self.rules()
        self.preview_button.setEnabled(False)
        self.task = Task(
            self,
            self.tr("Planning the assignment"),
            lambda progress: propose_assignment(self.master, rules, progress),
            self._show,
            self._failed,
            lambda: self.preview_button.setEnabled(True),
        )

    def _failed(self, exc: Exception) -> None:
        self.preview_button.setEnabled(True)
        self.words.setText(str(exc))

    def _show(self, proposal: object) -> None:
        assert isinstance(proposal, AssignmentProposal)
        self.preview_button.setEnabled(True)
        self.proposal = proposal
        self.words.setText("\n".join(proposal.words))
        names = {j.id: j for j in self.judges}
        # planned per stage: each stage's load in a column of its own after the entries
        stage_names = {stage: box.accessibleName() for stage, box in self.stage_counts.items()}
        staged = [s for s in proposal.stage_loads if s in stage_names]
        self.loads.setColumnCount(3 + len(staged))
        self.loads.setHorizontalHeaderLabels(
            [self.tr("Judge"), self.tr("Institution"), self.tr("Entries")]
            + [stage_names[s] for s in staged]
        )
        self.loads.setRowCount(len(proposal.loads))
        ordered = sorted(proposal.loads.items(), key=lambda item: (-item[1], item[0]))
        for row, (judge_id, load) in enumerate(ordered):
            judge = names.get(judge_id)
            name = f"{judge_id}: {judge.name}" if judge else judge_id
            count = QTableWidgetItem(str(load))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.loads.setItem(row, 0, QTableWidgetItem(name))
            self.loads.setItem(row, 1, QTableWidgetItem(judge.institution if judge else ""))
            self.loads.setItem(row, 2, count)
            for column, stage in enumerate(staged, start=3):
                item = QTableWidgetItem(str(proposal.stage_loads[stage].get(judge_id, 0)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.loads.setItem(row, column, item)
        self.apply_button.setEnabled(True)
        self.apply_button.setDefault(True)
