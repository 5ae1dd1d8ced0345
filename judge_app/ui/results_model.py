"""The ranking of one category (or all entries) as a table: ranks, stage scores, final,
band in its colour, award and flags in words."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from judge_app.services import Definition, EntryResult, format_display

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def method_names() -> dict[str, str]:
    return {
        "mean": QCoreApplication.translate("ResultsModel", "Mean"),
        "median": QCoreApplication.translate("ResultsModel", "Median"),
        "trimmed": QCoreApplication.translate("ResultsModel", "Trimmed mean"),
        "zscore": QCoreApplication.translate("ResultsModel", "Z-score (judge-normalised)"),
    }


def short_method_names() -> dict[str, str]:
    return {
        "mean": QCoreApplication.translate("ResultsModel", "Mean"),
        "median": QCoreApplication.translate("ResultsModel", "Median"),
        "trimmed": QCoreApplication.translate("ResultsModel", "Trimmed"),
        "zscore": QCoreApplication.translate("ResultsModel", "Z-score"),
    }


def flag_words(definition: Definition) -> dict[str, tuple[str, str]]:
    """flag -> (short words, a sentence that explains it)."""
    agg = definition.aggregation
    return {
        "disagreement": (
            QCoreApplication.translate("ResultsModel", "judges disagree"),
            QCoreApplication.translate(
                "ResultsModel", "A judge's total is more than %1 points from the panel's median."
            ).replace("%1", f"{agg.outlier_points:g}"),
        ),
        "insufficient_judges": (
            QCoreApplication.translate("ResultsModel", "too few judges"),
            QCoreApplication.translate(
                "ResultsModel", "Fewer than %1 judges have signed complete scores for this entry."
            ).replace("%1", str(agg.min_judges)),
        ),
        "tie": (
            QCoreApplication.translate("ResultsModel", "tied"),
            QCoreApplication.translate(
                "ResultsModel",
                "Same score and same tie-break values as another entry: the rank is shared.",
            ),
        ),
        "tie_at_cutoff": (
            QCoreApplication.translate("ResultsModel", "tied at the award cut-off"),
            QCoreApplication.translate(
                "ResultsModel",
                "Tied at the last award place: more entries than places receive the award.",
            ),
        ),
        "below_award_rule": (
            QCoreApplication.translate("ResultsModel", "short of the award requirement"),
            QCoreApplication.translate(
                "ResultsModel",
                "Within the category's award places, but does not meet what an award "
                "requires: no award.",
            ),
        ),
        "untrimmed": (
            QCoreApplication.translate("ResultsModel", "not trimmed"),
            QCoreApplication.translate(
                "ResultsModel",
                "Too few judges to drop the highest and lowest; the plain mean is used.",
            ),
        ),
        "unnormalised": (
            QCoreApplication.translate("ResultsModel", "partly not normalised"),
            QCoreApplication.translate(
                "ResultsModel",
                "A judge scored too few entries (or all alike) to be normalised; raw totals.",
            ),
        ),
    }


def contrast_text(background: QColor) -> QColor:
    return QColor("black") if background.lightnessF() > 0.6 else QColor("white")


class ResultsModel(QAbstractTableModel):
    def __init__(self, definition: Definition, decimal: str, parent: QObject | None = None):
        super().__init__(parent)
        self.definition = definition
        self.decimal = decimal
        self.rows: list[EntryResult] = []
        self.titles: dict[str, str] = {}
        self.by_category = True
        self.stages = list(definition.stages)
        self.flag_text = flag_words(definition)
        self.colors = {b.label: QColor(b.color) for b in definition.bands}
        self.colors[definition.unassessed.label] = QColor(definition.unassessed.color)
        self.headers = (
            [
                QCoreApplication.translate("ResultsModel", "Rank"),
                QCoreApplication.translate("ResultsModel", "Code"),
                QCoreApplication.translate("ResultsModel", "Title"),
            ]
            + [s.name for s in self.stages]
            + [
                QCoreApplication.translate("ResultsModel", "Final"),
                QCoreApplication.translate("ResultsModel", "Band"),
                QCoreApplication.translate("ResultsModel", "Award"),
                QCoreApplication.translate("ResultsModel", "Flags"),
            ]
        )
        self.final_column = 3 + len(self.stages)

    def set_rows(self, rows: list[EntryResult], titles: dict[str, str], by_category: bool):
        self.beginResetModel()
        key = (lambda r: r.category_rank) if by_category else (lambda r: r.rank)
        self.rows = sorted(rows, key=lambda r: (key(r) is None, key(r) or 0, r.code))
        self.titles = titles
        self.by_category = by_category
        self.endResetModel()

    def code_at(self, row: int) -> str:
        return self.rows[row].code

    def row_of(self, code: str) -> int | None:
        for i, r in enumerate(self.rows):
            if r.code == code:
                return i
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        horizontal_tip = (
            orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
        )
        if horizontal_tip and 3 <= section < self.final_column:
            stage = self.stages[section - 3]
            return QCoreApplication.translate(
                "ResultsModel", "Panel score of the stage (weight %1)"
            ).replace("%1", f"{stage.weight:g}")
        return None

    def _number(self, value: float | None) -> str:
        return "" if value is None else format_display(value, self.decimal)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role == CODE_ROLE:
            return r.code
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == len(self.headers) - 1 and r.flags:
                return "\n".join(self.flag_text.get(f, (f, f))[1] for f in sorted(r.flags))
            if 3 <= column <= self.final_column:
                value = self._value(r, column)
                return None if value is None else repr(value)  # the unrounded figure
            return self._text(r, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            column == 0 or 3 <= column <= self.final_column
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == self.final_column + 1 and r.band in self.colors:
            if role == Qt.ItemDataRole.BackgroundRole:
                return self.colors[r.band]
            if role == Qt.ItemDataRole.ForegroundRole:
                return contrast_text(self.colors[r.band])
        if role == Qt.ItemDataRole.FontRole and (r.award or column == self.final_column):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _value(self, r: EntryResult, column: int) -> float | None:
        if column == self.final_column:
            return r.final
        stage = r.stages.get(self.stages[column - 3].id)
        return stage.score if stage else None

    def _text(self, r: EntryResult, column: int) -> str:
        if column == 0:
            rank = r.category_rank if self.by_category else r.rank
            return "-" if rank is None else str(rank)
        if column == 1:
            return r.code
        if column == 2:
            return self.titles.get(r.code, "")
        if column <= self.final_column:
            return self._number(self._value(r, column))
        if column == self.final_column + 1:
            return r.band or ""
        if column == self.final_column + 2:
            return "★" if r.award else ""
        return ", ".join(self.flag_text.get(f, (f, f))[0] for f in sorted(r.flags))
