"""Beside the pages of the New competition window: the weights as they add up (per stage and
overall) and the validator's problems, live; a click on a problem shows its field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from judge_app import services
from judge_app.ui.definition_state import DefinitionState

BAD = QColor("#b3261e")


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return services.format_number(round(value, 2), services.decimal_mark())


def _share(value: float | None) -> str:
    return "" if value is None else f"{_number(value)}%"


class WeightsView(QTreeWidget):
    """Stages with their weight and share of the final score; under each its criteria with
    their weight and share of the stage. Red where the validator's rule is not met."""

    def __init__(self, state: DefinitionState) -> None:
        super().__init__()
        self.editing = state
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Stages and criteria"), self.tr("Weight"), self.tr("Share")])
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.header().setStretchLastSection(False)
        self.setColumnWidth(1, 60)
        self.setColumnWidth(2, 60)
        self.header().setSectionResizeMode(0, self.header().ResizeMode.Stretch)

    def refresh(self) -> None:
        summary = self.editing.doc.weights()
        self.clear()
        for stage in summary.stages:
            top = QTreeWidgetItem(
                [stage.name or stage.id or "?", _number(stage.weight), _share(stage.share)]
            )
            top.setToolTip(
                0,
                self.tr(
                    "A criterion counts its weight over the stage's total; the stage counts "
                    "its weight over all stages' weights in the final score"
                ),
            )
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            if not stage.adds_up:
                top.setForeground(0, QBrush(BAD))
            for criterion in stage.criteria:
                child = QTreeWidgetItem(
                    [
                        f"{criterion.id} {criterion.name}".strip(),
                        _number(criterion.weight),
                        _share(criterion.share),
                    ]
                )
                child.setToolTip(0, child.text(0))
                if criterion.share is None:
                    for column in range(3):
                        child.setForeground(column, QBrush(BAD))
                top.addChild(child)
            sum_row = QTreeWidgetItem(
                [
                    self.tr("Criteria together"),
                    _number(stage.total),
                    "100%" if stage.adds_up else "",
                ]
            )
            italic = sum_row.font(0)
            italic.setItalic(True)
            for column in range(3):
                sum_row.setFont(column, italic)
            if not stage.criteria:
                sum_row.setText(0, self.tr("No criterion in this stage"))
                sum_row.setForeground(0, QBrush(BAD))
            top.addChild(sum_row)
            self.addTopLevelItem(top)
            top.setExpanded(True)
        total = QTreeWidgetItem(
            [self.tr("All stages (final score)"), _number(summary.total), "100%"]
        )
        font = total.font(0)
        font.setBold(True)
        total.setFont(0, font)
        if not summary.adds_up:
            total.setForeground(0, QBrush(BAD))
            total.setText(2, "")
        self.addTopLevelItem(total)


class ProblemsView(QWidget):
    """The validator's messages, as the command line would print them."""

    chosen = Signal(str)  # the key path of a clicked problem

    def __init__(self, state: DefinitionState) -> None:
        super().__init__()
        self.state = state
        self.title = QLabel()
        self.title.setObjectName("problemsTitle")
        self.title.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)

    def _chosen(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.chosen.emit(path)

    def refresh(self) -> None:
        problems = self.state.problems
        self.list.clear()
        if problems:
            self.title.setText(
                self.tr("Problems (%1): the round can be created when none is left").replace(
                    "%1", str(len(problems))
                )
            )
            self.title.setStyleSheet("color: #b3261e; font-weight: 600;")
        else:
            self.title.setText(self.tr("No problems: the definition is valid"))
            self.title.setStyleSheet("color: #1b5e20; font-weight: 600;")
        for problem in problems:
            item = QListWidgetItem(problem)
            item.setData(Qt.ItemDataRole.UserRole, services.problem_path(problem))
            item.setToolTip(self.tr("Click to show the field"))
            self.list.addItem(item)
