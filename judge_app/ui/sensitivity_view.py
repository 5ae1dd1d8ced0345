"""Method sensitivity: the entries whose category rank or award changes with the method,
so the plenary knows where the choice of method decides an outcome."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from judge_app.services import AGGREGATION_METHODS, MasterSession
from judge_app.ui.lazy_view import LazyView
from judge_app.ui.results_model import method_names

CHANGED = QColor("#fff4e5")


class SensitivityView(LazyView):
    entryActivated = Signal(str)

    def __init__(self, session: MasterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.cellDoubleClicked.connect(lambda row, _c: self._activated(row))
        layout.addWidget(self.table, 1)

    def _activated(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.entryActivated.emit(item.text())

    def refresh(self) -> None:
        rows = self.session.sensitivity()
        names = method_names()
        categories = {c.id: c.name for c in self.session.definition.categories}
        if not self.session.has_sheets:
            self.intro.setText(self.tr("No signed scores merged yet."))
        elif rows:
            self.intro.setText(
                self.tr(
                    "%1 entries change rank or award when another aggregation method is "
                    "used. Ranks are within the category; ★ marks an award. Double-click to "
                    "see the entry's scores."
                ).replace("%1", str(len(rows)))
            )
        else:
            self.intro.setText(
                self.tr("Every entry keeps its rank and award under all four methods.")
            )
        headers = [self.tr("Code"), self.tr("Title"), self.tr("Category")] + [
            names[m] for m in AGGREGATION_METHODS
        ]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for row, s in enumerate(rows):
            entry = self.session.by_code[s.code]
            for column, text in enumerate(
                (s.code, entry.title, categories.get(entry.category, entry.category))
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
            ranks = [s.ranks[m] for m in AGGREGATION_METHODS]
            usual = max(set(ranks), key=ranks.count)
            for offset, method in enumerate(AGGREGATION_METHODS):
                rank = s.ranks[method]
                text = ("-" if rank is None else str(rank)) + (" ★" if s.awards[method] else "")
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if rank != usual:
                    item.setBackground(CHANGED)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, 3 + offset, item)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # a national round changes thousands of ranks
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
