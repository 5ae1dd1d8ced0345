"""Drill-down from a ranked entry: each judge's criterion scores, notes and totals, so a
surprising panel score can be traced to the judge and criterion behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from judge_app.services import EntryResult, MasterSession, format_display

CONFLICT_BACKGROUND = QColor("#eeeeee")


class EntryDetail(QWidget):
    def __init__(self, decimal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decimal = decimal
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("entryTitle")
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.notes = QTextBrowser()
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        notes_column = QVBoxLayout()
        notes_label = QLabel(self.tr("Judges' notes"))
        notes_label.setObjectName("hint")
        notes_column.addWidget(notes_label)
        notes_column.addWidget(self.notes, 1)
        body.addLayout(notes_column, 1)
        layout.addLayout(body, 1)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.heading.setText(self.tr("Select an entry to see each judge's scores"))
        self.summary.clear()
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.notes.clear()

    def _n(self, value: float | None) -> str:
        return "" if value is None else format_display(value, self.decimal)

    def show_entry(self, session: MasterSession, result: EntryResult, method: str) -> None:
        entry = session.by_code[result.code]
        self.heading.setText(f"{entry.code} · {entry.title}")
        parts = [entry.agency, entry.region]
        self.summary.setText(" · ".join(p for p in parts if p))
        definition = session.definition
        criteria = list(definition.criteria)
        stages = list(definition.stages)
        headers = (
            [self.tr("Judge")]
            + [c.id for c in criteria]
            + [self.tr("Total %1").replace("%1", s.name) for s in stages]
        )
        if method == "zscore":
            headers += [self.tr("Normalised %1").replace("%1", s.name) for s in stages]
        cells = session.detail(result.code)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        for i, c in enumerate(criteria, start=1):
            label = self.table.horizontalHeaderItem(i)  # set by the labels just above
            if label is not None:
                label.setToolTip(
                    f"{c.name} ({c.min:g}–{c.max:g}, {self.tr('weight')} {c.weight:g})"
                )
        self.table.setRowCount(len(cells))
        notes = []
        for row, cell in enumerate(cells):
            name = QTableWidgetItem(f"{cell.judge.id} · {cell.judge.name}")
            name.setToolTip(self.tr("Signed revision %1").replace("%1", str(cell.revision or "-")))
            self.table.setItem(row, 0, name)
            if cell.conflict is not None:
                item = QTableWidgetItem(
                    self.tr("Conflict of interest declared: %1").replace("%1", cell.conflict)
                )
                item.setForeground(QBrush(QColor("#7f1d1d")))
                item.setBackground(CONFLICT_BACKGROUND)
                self.table.setItem(row, 1, item)
                self.table.setSpan(row, 1, 1, len(headers) - 1)
                continue
            for column, criterion in enumerate(criteria, start=1):
                value, note = cell.scores.get(criterion.id, (None, ""))
                item = QTableWidgetItem(self._n(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if note:
                    item.setToolTip(note)
                    item.setText(item.text() + " ✎")
                    notes.append((cell.judge.id, criterion.id, note))
                self.table.setItem(row, column, item)
            base = 1 + len(criteria)
            for offset, stage in enumerate(stages):
                item = QTableWidgetItem(self._n(cell.totals.get(stage.id)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                self.table.setItem(row, base + offset, item)
                if method == "zscore":
                    stage_result = result.stages.get(stage.id)
                    adjusted = stage_result.adjusted.get(cell.judge.id) if stage_result else None
                    self.table.setItem(
                        row, base + len(stages) + offset, QTableWidgetItem(self._n(adjusted))
                    )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        if notes:
            self.notes.setHtml(
                "".join(
                    f"<p><b>{judge} · {criterion}</b>: {_escape(note)}</p>"
                    for judge, criterion, note in notes
                )
            )
        else:
            self.notes.setPlainText(self.tr("No notes on this entry."))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
