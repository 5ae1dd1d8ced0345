"""Results view: a method selector that recomputes at once, a tab per category (and all
entries), the ranked table and the drill-down to each judge's scores."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judge_app.services import (
    AGGREGATION_METHODS,
    Entry,
    MasterSession,
    award_note,
    award_rule_words,
    award_summary,
)
from judge_app.services import language as text_language
from judge_app.ui.entry_detail import EntryDetail
from judge_app.ui.lazy_view import Ensure
from judge_app.ui.results_model import ResultsModel, method_names

ALL = ""
WITHDRAWN_SHOWN = 10  # withdrawn entries named under the table; more are counted


class ResultsView(QWidget):
    methodChanged = Signal(str)

    def __init__(
        self,
        session: MasterSession,
        decimal: str,
        parent: QWidget | None = None,
        ensure: Ensure | None = None,
    ):
        super().__init__(parent)
        self.session = session

        def compute_here(methods: list[str], then: Callable[[], None]) -> None:
            session.compute(methods)
            then()

        self.ensure: Ensure = ensure or compute_here
        self.method = session.default_method
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Aggregation method:"))
        self.method_box = QComboBox()
        label.setBuddy(self.method_box)
        names = method_names()
        for method in AGGREGATION_METHODS:
            text = names[method]
            if method == session.default_method:
                text = self.tr("%1 (the competition's method)").replace("%1", text)
            self.method_box.addItem(text, method)
        self.method_box.setCurrentIndex(AGGREGATION_METHODS.index(self.method))
        self.method_box.setToolTip(
            self.tr(
                "Recomputes the ranking at once. Official documents use the method chosen here."
            )
        )
        self.method_box.currentIndexChanged.connect(self._method_chosen)
        self.counts = QLabel()
        self.counts.setObjectName("hint")
        bar.addWidget(label)
        bar.addWidget(self.method_box)
        bar.addSpacing(16)
        bar.addWidget(self.counts, 1)
        layout.addLayout(bar)

        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.categories = [ALL] + [c.id for c in session.definition.categories]
        self.tabs.addTab(self.tr("All entries"))
        for category in session.definition.categories:
            self.tabs.addTab(category.name)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout.addWidget(self.tabs)
        # the award places and, when fewer are given, why (the award rule), in words
        self.award_note = QLabel()
        self.award_note.setObjectName("awardNote")
        self.award_note.setWordWrap(True)
        self.award_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.award_note)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = ResultsModel(session.definition, decimal, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # sized from the first rows, not all 15,000
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.detail = EntryDetail(decimal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([600, 400])
        layout.addWidget(splitter, 1)
        self.recompute()

    @property
    def category(self) -> str:
        return self.categories[max(self.tabs.currentIndex(), 0)]

    def set_method(self, method: str) -> None:
        self.method_box.setCurrentIndex(AGGREGATION_METHODS.index(method))

    def _method_chosen(self, index: int) -> None:
        method = AGGREGATION_METHODS[index]
        self.method = method

        def shown() -> None:
            if self.method == method:
                self.refresh()
                self.methodChanged.emit(method)

        self.ensure([method], shown)

    def recompute(self) -> None:
        """After the master changed: compute (in a worker when large), then show."""
        self.ensure([self.method], self.refresh)

    def refresh(self) -> None:
        """Recompute (cached per method) and keep the selected entry selected."""
        selected = self.selected_code()
        rows = self.session.ranked(self.method)
        if self.category != ALL:
            rows = [r for r in rows if r.category == self.category]
        self.model.set_rows(rows, self.session.titles, by_category=self.category != ALL)
        ranked = sum(1 for r in rows if r.final is not None)
        awards = sum(1 for r in rows if r.award)
        flagged = sum(1 for r in rows if r.flags - {"tie"})
        text = (
            self.tr("%1 entries · %2 ranked · %3 awards · %4 with flags")
            .replace("%1", str(len(rows)))
            .replace("%2", str(ranked))
            .replace("%3", str(awards))
            .replace("%4", str(flagged))
        )
        if withdrawn := self._withdrawn():
            text += " · " + self.tr("%1 withdrawn, not ranked").replace("%1", str(len(withdrawn)))
        self.counts.setText(text)
        self._show_award_note()
        if selected is not None and self.select_code(selected):
            return
        self.detail.show_nothing()

    def _show_award_note(self) -> None:
        """Per category: places given of places, and the sentence when fewer are given."""
        definition = self.session.definition
        language = text_language()
        summaries = award_summary(definition, self.session.ranked(self.method))
        lines = []
        for summary in summaries:
            if self.category not in (ALL, summary.category) or summary.places <= 0:
                continue
            name = next(c.name for c in definition.categories if c.id == summary.category)
            note = award_note(definition, summary, language)
            if self.category == ALL and not note:
                continue
            given = (
                self.tr("%1 of %2 award places given.")
                .replace("%1", str(summary.given))
                .replace("%2", str(summary.places))
            )
            lines.append(f"<b>{html.escape(name)}:</b> {html.escape(note or given)}")
        rule = award_rule_words(definition, language)
        if rule and (lines or self.category != ALL):
            lines.append(html.escape(self.tr("An award requires: %1.").replace("%1", rule)))
        withdrawn = self._withdrawn()
        if withdrawn:  # a withdrawn entry keeps its scores but takes no rank (ARCHITECTURE §5)
            shown = "; ".join(
                f"{e.code} {e.title} ({e.withdrawn})" for e in withdrawn[:WITHDRAWN_SHOWN]
            )
            if len(withdrawn) > WITHDRAWN_SHOWN:
                shown += "; …"
            lines.append(
                f"<b>{html.escape(self.tr('Withdrawn, not ranked:'))}</b> {html.escape(shown)}"
            )
        self.award_note.setText("<br>".join(lines))
        self.award_note.setVisible(bool(lines))

    def _withdrawn(self) -> list[Entry]:
        """The entries withdrawn from the round, of the category shown."""
        return [
            e for e in self.session.entries if e.withdrawn and self.category in (ALL, e.category)
        ]

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.code_at(rows[0].row()) if rows else None

    def select_code(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def show_code(self, code: str) -> None:
        """Go to an entry from elsewhere (the sensitivity list): its category tab."""
        entry = self.session.by_code.get(code)
        if entry is None:
            return
        if self.category not in (ALL, entry.category):
            self.tabs.setCurrentIndex(self.categories.index(entry.category))
        self.select_code(code)

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        code = self.selected_code()
        if code is None:
            self.detail.show_nothing()
            return
        result = next(r for r in self.session.ranked(self.method) if r.code == code)
        self.detail.show_entry(self.session, result, self.method)
