"""The assignment matrix as a table: one row per entry, one column per judge, a tick where
the judge is assigned. A cell tells why it cannot change: the pair holds scores (it stays),
the judge declared a conflict (never), or the pair is a likely conflict (allowed, marked).
With a stage chosen, a tick assigns the pair for that stage; a pair assigned for every stage
shows ticked and changes only under All stages. Under All stages, a pair assigned for some
stages only shows partly ticked."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from judge_app.services import AssignmentMatrix

Index = QModelIndex | QPersistentModelIndex

SCORED = QColor("#d9e7f5")  # holds scores: assigned for good
CONFLICT = QColor("#f4cccc")  # declared conflict: never
LIKELY = QColor("#fff2cc")  # own institution or region: allowed, but marked


class AssignmentModel(QAbstractTableModel):
    """Columns: entry code, title, how many judges, then one per judge."""

    FIXED = 3
    toggleRequested = Signal(str, str, bool)  # judge id, entry code, assigned

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix: AssignmentMatrix | None = None
        self.counts: dict[str, int] = {}
        self.some_stages: dict[tuple[str, str], list[str]] = {}  # pair -> its stages

    def set_matrix(self, matrix: AssignmentMatrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.counts = {}  # entry -> judges (under All stages: for any stage)
        pairs = set(matrix.assigned)
        if matrix.stage is None:
            pairs |= {(judge, code) for judge, code, _ in matrix.staged}
        for _judge, code in pairs:
            self.counts[code] = self.counts.get(code, 0) + 1
        self.some_stages = {}
        for judge_id, code, stage in sorted(matrix.staged):
            self.some_stages.setdefault((judge_id, code), []).append(stage)
        self.endResetModel()

    def fixed_every(self, pair: tuple[str, str]) -> bool:
        """A stage is shown and the pair is assigned for every stage: not changed here."""
        return (
            self.matrix is not None
            and self.matrix.stage is not None
            and (pair in self.matrix.every)
        )

    def set_pair(self, judge_id: str, code: str, assigned: bool) -> None:
        """One pair changed (and saved) for the stage shown (under All stages: for every
        stage): the cell, the entry's count and the judge's load change here without
        reading the whole matrix again."""
        matrix = self.matrix
        pair = (judge_id, code)
        if matrix is None or (pair in matrix.assigned) == assigned:
            return
        step = 1 if assigned else -1
        if assigned:
            matrix.assigned.add(pair)
        else:
            matrix.assigned.discard(pair)
        if matrix.stage is None:
            (matrix.every.add if assigned else matrix.every.discard)(pair)
            if pair in self.some_stages:
                step = 0  # still assigned for its stages: the same judges, the same load
        else:
            row = (judge_id, code, matrix.stage)
            (matrix.staged.add if assigned else matrix.staged.discard)(row)
        matrix.loads[judge_id] = matrix.loads.get(judge_id, 0) + step
        self.counts[code] = self.counts.get(code, 0) + step
        rows = [r for r, e in enumerate(matrix.entries) if e.code == code]
        columns = [c for c, j in enumerate(matrix.judges) if j.id == judge_id]
        if rows and columns:
            row_at, column = rows[0], self.FIXED + columns[0]
            self.dataChanged.emit(self.index(row_at, 2), self.index(row_at, column))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.matrix is None:
            return 0
        return self.FIXED + len(self.matrix.judges)

    def pair(self, index: Index) -> tuple[str, str] | None:
        """(judge id, entry code) of a judge's cell; None for the entry's own columns."""
        if self.matrix is None or not index.isValid() or index.column() < self.FIXED:
            return None
        judge = self.matrix.judges[index.column() - self.FIXED]
        return judge.id, self.matrix.entries[index.row()].code

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        pair = self.pair(index)
        if pair is None or self.matrix is None:
            return base
        if pair in self.matrix.conflicts or pair in self.matrix.scored or self.fixed_every(pair):
            return base
        return base | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if self.matrix is None or not index.isValid():
            return None
        entry = self.matrix.entries[index.row()]
        pair = self.pair(index)
        if pair is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                column = index.column()
                if column == 0:
                    return entry.code
                if column == 1:
                    return entry.title
                return str(self.counts.get(entry.code, 0))
            if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
                return Qt.AlignmentFlag.AlignCenter
            return None
        if role == Qt.ItemDataRole.CheckStateRole:
            if pair in self.matrix.assigned:
                return Qt.CheckState.Checked
            if self.matrix.stage is None and pair in self.some_stages:
                return Qt.CheckState.PartiallyChecked
            return Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            if pair in self.matrix.conflicts:
                return QBrush(CONFLICT)
            if pair in self.matrix.scored:
                return QBrush(SCORED)
            if pair in self.matrix.likely:
                return QBrush(LIKELY)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.why(pair)
        return None

    def why(self, pair: tuple[str, str]) -> str:
        assert self.matrix is not None
        if pair in self.matrix.conflicts:
            return self.tr("Declared conflict of interest: this judge never gets this entry")
        if pair in self.matrix.scored:
            return self.tr("Holds scores: stays assigned")
        if self.fixed_every(pair):
            return self.tr("Assigned for every stage: change it under All stages")
        if pair in self.matrix.likely:
            return self.tr("Likely conflict: %1").replace("%1", self.matrix.likely[pair])
        if self.matrix.stage is None and pair in self.some_stages:
            return self.tr("Assigned for some stages only: %1").replace(
                "%1", ", ".join(self.some_stages[pair])
            )
        return ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if self.matrix is None or orientation != Qt.Orientation.Horizontal:
            return None
        if section < self.FIXED:
            if role == Qt.ItemDataRole.DisplayRole:
                return (self.tr("Code"), self.tr("Title"), self.tr("Judges"))[section]
            return None
        judge = self.matrix.judges[section - self.FIXED]
        load = self.matrix.loads.get(judge.id, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{judge.id}\n{load}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("%1: %2 entries in all").replace("%1", judge.name).replace("%2", str(load))
            )
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Never changes the matrix itself: asks for the change, which the master may
        refuse; the view reloads what it holds."""
        pair = self.pair(index)
        if pair is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) != Qt.CheckState.Unchecked
        self.toggleRequested.emit(pair[0], pair[1], checked)
        return False
