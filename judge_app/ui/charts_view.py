"""Charts: each judge's totals side by side (box plots show lenient and harsh judges) and
how the leading entries' ranks move between the aggregation methods."""

from __future__ import annotations

import statistics
from typing import cast

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBoxPlotSeries,
    QBoxSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from judge_app.services import AGGREGATION_METHODS, MasterSession
from judge_app.ui.lazy_view import LazyView
from judge_app.ui.results_model import short_method_names

PALETTE = ["#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#ad1457",
           "#4e342e", "#283593", "#9e9d24"]  # fmt: skip
STILL = QColor("#b0b0b0")


def five_numbers(values: list[float]) -> tuple[float, float, float, float, float]:
    """Minimum, quartiles (inclusive method) and maximum, as a box plot draws them."""
    if len(values) == 1:
        return (values[0],) * 5
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return min(values), q1, q2, q3, max(values)


class ChartsView(LazyView):
    def __init__(self, session: MasterSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.method = session.default_method
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.stage_box = QComboBox()
        self.stage_box.setToolTip(self.tr("The stage whose judge totals the charts show"))
        for stage in session.definition.stages:
            self.stage_box.addItem(stage.name, stage.id)
        main = max(session.definition.stages, key=lambda s: s.weight)
        self.stage_box.setCurrentIndex(list(session.definition.stages).index(main))
        self.category_box = QComboBox()
        self.category_box.setToolTip(self.tr("The category whose leading entries are compared"))
        for category in session.definition.categories:
            self.category_box.addItem(category.name, category.id)
        stage_label = QLabel(self.tr("S&tage:"))
        stage_label.setBuddy(self.stage_box)
        category_label = QLabel(self.tr("C&ategory:"))
        category_label.setBuddy(self.category_box)
        bar.addWidget(stage_label)
        bar.addWidget(self.stage_box)
        bar.addSpacing(16)
        bar.addWidget(category_label)
        bar.addWidget(self.category_box)
        bar.addStretch(1)
        layout.addLayout(bar)
        charts = QHBoxLayout()
        self.box_view = QChartView()
        self.rank_view = QChartView()
        for view in (self.box_view, self.rank_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(300, 220)
            charts.addWidget(view, 1)
        layout.addLayout(charts, 1)
        self.stage_box.currentIndexChanged.connect(lambda _i: self.mark_stale())
        self.category_box.currentIndexChanged.connect(lambda _i: self.mark_stale())

    def set_method(self, method: str) -> None:
        self.method = method
        if self.isVisible():
            self.draw_ranks()
        else:
            self.stale = True

    def refresh(self) -> None:
        self.draw_boxes()
        self.draw_ranks()

    def draw_boxes(self) -> None:
        chart = QChart()
        stage_id = self.stage_box.currentData()
        chart.setTitle(
            self.tr("Judges' totals, %1: lenient judges sit high, harsh ones low").replace(
                "%1", self.stage_box.currentText()
            )
        )
        chart.legend().setVisible(False)
        series = QBoxPlotSeries()
        names = {j.id: j.name for j in self.session.judges}
        distributions = self.session.distributions(stage_id)
        labels = []
        crowded = len(distributions) > 12  # a national panel: only the ids fit
        for judge_id, values in distributions.items():
            box = QBoxSet(*five_numbers(values), judge_id)
            box.setBrush(QColor("#bbdefb"))
            series.append(box)
            labels.append(f"{judge_id} (n={len(values)})")
        series.setBoxWidth(0.5)
        chart.addSeries(series)
        if distributions:
            chart.createDefaultAxes()
            # createDefaultAxes gives a box plot a category axis and a value axis
            x_axis = cast(QBarCategoryAxis, chart.axes(Qt.Orientation.Horizontal)[0])
            x_axis.setCategories(labels)
            if crowded:  # labels would all be cut to "…": say the order instead
                x_axis.setLabelsVisible(False)
                order = list(distributions)
                x_axis.setTitleText(
                    self.tr("%1 judges, left to right %2 … %3 (hover for names)")
                    .replace("%1", str(len(order)))
                    .replace("%2", order[0])
                    .replace("%3", order[-1])
                )
            y_axis = cast(QValueAxis, chart.axes(Qt.Orientation.Vertical)[0])
            low = min(min(v) for v in distributions.values())
            high = max(max(v) for v in distributions.values())
            y_axis.setRange(max(0.0, 10 * (low // 10)), min(100.0, 10 * (high // 10 + 1)))
            y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
            y_axis.setTickAnchor(0)
            y_axis.setTickInterval(10)
            y_axis.setTitleText(self.tr("Judge total (0–100)"))
            y_axis.setLabelFormat("%.0f")
            chart.setToolTip(
                "\n".join(f"{j}: {names.get(j, j)} (n={len(v)})" for j, v in distributions.items())
            )
        else:
            chart.setTitle(self.tr("No signed scores merged yet"))
        chart.setMargins(QMargins(4, 4, 4, 4))
        self.box_view.setChart(chart)

    def draw_ranks(self) -> None:
        chart = QChart()
        category = self.category_box.currentData()
        awards = next((c.awards for c in self.session.definition.categories if c.id == category), 3)
        ranks = self.session.ranks_by_method(category)
        cutoff = max(10, 2 * awards)
        leading = _leading(ranks, self.method, cutoff)
        chart.setTitle(
            self.tr("Rank in %1 by method (top %2); coloured lines change rank")
            .replace("%1", self.category_box.currentText())
            .replace("%2", str(cutoff))
        )
        names = short_method_names()
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for index, method in enumerate(AGGREGATION_METHODS):
            label = names[method] + (" ◀" if method == self.method else "")
            x_axis.append(label, index)
        x_axis.setRange(-0.3, len(AGGREGATION_METHODS) - 0.7)
        y_axis = QValueAxis()
        y_axis.setReverse(True)
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("Rank in category"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        moved = 0
        worst = 1
        for code in sorted(leading, key=lambda c: (leading[c][self.method] or 10**9, c)):
            by_method = leading[code]
            series = QLineSeries()
            points = [
                QPointF(i, rank)
                for i, m in enumerate(AGGREGATION_METHODS)
                if (rank := by_method[m]) is not None
            ]
            if not points:
                continue
            series.append(points)
            worst = max(worst, *(int(p.y()) for p in points))
            changes = len({by_method[m] for m in AGGREGATION_METHODS}) > 1
            pen = QPen(QColor(PALETTE[moved % len(PALETTE)]) if changes else STILL)
            pen.setWidthF(2.5 if changes else 1.0)
            if not changes:
                pen.setStyle(Qt.PenStyle.DashLine)
            series.setPen(pen)
            series.setPointsVisible(True)
            series.setName(code)
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            chart.legend().markers(series)[0].setVisible(changes)
            moved += changes
        y_axis.setRange(0.5, worst + 0.5)
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(1)
        y_axis.setTickInterval(_tick_step(worst))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.legend().setVisible(moved > 0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        self.rank_view.setChart(chart)


def _leading(
    ranks: dict[str, dict[str, int | None]], method: str, cutoff: int
) -> dict[str, dict[str, int | None]]:
    """At most `cutoff` entries: those in the top `cutoff` under some method, best first
    under the method shown. With many ties (a national round) far more entries share the
    top ranks than lines can be told apart."""
    near = [
        code
        for code, by_method in ranks.items()
        if any(r is not None and r <= cutoff for r in by_method.values())
    ]
    near.sort(
        key=lambda c: (
            ranks[c][method] or 10**9,
            min(r for r in ranks[c].values() if r is not None),
            c,
        )
    )
    return {code: ranks[code] for code in near[:cutoff]}


def _tick_step(worst: int) -> int:
    """1, 2, 5, 10, 20, 50, … so that the rank axis has at most about 15 ticks."""
    step, factors = 1, (2, 2.5, 2)
    index = 0
    while worst / step > 15:
        step = int(step * factors[index % 3])
        index += 1
    return step
