"""Grid mode: entries × criteria of one stage, plus the judge total. Reads through the
session; writes go to an `apply` callback so every edit is undoable and saved at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from judge_app.services import (
    PackageSession,
    ScoreChange,
    format_display,
    format_number,
    parse_score,
)

Apply = Callable[[list[ScoreChange], str], bool]


class ScoreGridModel(QAbstractTableModel):
    refused = Signal(str)

    def __init__(
        self,
        session: PackageSession,
        apply: Apply,
        decimal: str = ",",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.apply = apply
        self.decimal = decimal
        self.codes: list[str] = [e.code for e in session.entries]
        self._row_of = {code: row for row, code in enumerate(self.codes)}
        self.criteria = list(session.definition.criteria)
        self._conflict_brush = QBrush(QColor("#e0e0e0"))

    def set_stage(self, stage: str) -> None:
        self.beginResetModel()
        self.criteria = list(self.session.definition.criteria_of(stage))
        self.stage = stage
        self.endResetModel()

    def set_codes(self, codes: list[str]) -> None:
        self.beginResetModel()
        self.codes = codes
        self._row_of = {code: row for row, code in enumerate(codes)}
        self.endResetModel()

    def entries_changed(self, codes: set[str]) -> None:
        for code in codes:
            row = self._row_of.get(code)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.criteria)))

    def total_column(self) -> int:
        return len(self.criteria)

    # -- model ---------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.codes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.criteria) + 1

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        code = self.codes[index.row()]
        session = self.session
        open_for_scoring = session.declared and session.locked_revision is None
        if (
            index.column() < len(self.criteria)
            and open_for_scoring
            and session.conflict_reason(code) is None
            and session.stage_assigned(code, self.criteria[index.column()].stage)
        ):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        code = self.codes[index.row()]
        column = index.column()
        conflicted = self.session.conflict_reason(code) is not None
        if column == len(self.criteria):
            if role == Qt.ItemDataRole.DisplayRole:
                if conflicted:
                    return self.tr("Conflict")
                total = self.session.total(code, self.criteria[0].stage) if self.criteria else None
                return "" if total is None else format_display(total, self.decimal)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if role == Qt.ItemDataRole.BackgroundRole and conflicted:
                return self._conflict_brush
            return None
        criterion = self.criteria[column]
        value = self.session.value(code, criterion.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if value is None else format_number(value, self.decimal)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        unassigned = not self.session.stage_assigned(code, criterion.stage)
        if role == Qt.ItemDataRole.BackgroundRole and (conflicted or unassigned):
            return self._conflict_brush
        if role == Qt.ItemDataRole.ToolTipRole:
            if conflicted:
                return self.tr("Conflict of interest: %1").replace(
                    "%1", self.session.conflict_reason(code) or ""
                )
            if unassigned:
                return self.session.stage_refusal(code, criterion.stage)
            note = self.session.note(code, criterion.id)
            scale = (
                self.tr("%1 (%2)")
                .replace("%1", criterion.name)
                .replace("%2", criterion.scale_text())
            )
            return f"{scale}\n{note}" if note else scale
        return None

    def refusal(self, index: QModelIndex) -> str | None:
        """Why this cell takes no typing, in the words the form and the banner use (None:
        it does). The grid says it instead of dropping the keystroke."""
        if not index.isValid() or self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return None
        session = self.session
        code = self.codes[index.row()]
        reason = session.conflict_reason(code)
        if session.read_only:
            from judge_app.ui.read_only import read_only_text

            return read_only_text(session.refused_write)
        if reason is not None:
            said = QCoreApplication.translate(
                "ScoreForm", "Conflict of interest declared: %1. This entry cannot be scored."
            )
            return f"{code}: {said.replace('%1', reason)}"
        if not session.declared:
            return QCoreApplication.translate(
                "JudgeWorkspace",
                "Before scoring, sign the integrity pact and the conflict-of-interest statement.",
            )
        if session.locked_revision is not None:
            return QCoreApplication.translate(
                "JudgeWorkspace", "Revision %1 is signed: the scores are locked."
            ).replace("%1", str(session.locked_revision))
        if index.column() == len(self.criteria):
            return self.tr("The total is computed from the scores: type into a criterion's cell.")
        stage = self.criteria[index.column()].stage
        if not session.stage_assigned(code, stage):
            return session.stage_refusal(code, stage)
        return None

    def scorable(self, row: int) -> bool:
        """A row Enter stops on: not a declared conflict of interest."""
        return self.session.conflict_reason(self.codes[row]) is None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        code = self.codes[index.row()]
        criterion = self.criteria[index.column()]
        change = self.change_for(code, criterion.id, str(value))
        if isinstance(change, str):
            self.refused.emit(change)
            return False
        return self.apply(
            [change], self.tr("Score %1 %2").replace("%1", code).replace("%2", criterion.id)
        )

    def change_for(self, code: str, criterion_id: str, text: str) -> ScoreChange | str:
        """The change typed text asks for, or why it is refused."""
        note = self.session.note(code, criterion_id)
        if not text.strip():
            return ScoreChange(code, criterion_id, None, note)
        try:
            number = parse_score(text)
        except ValueError as exc:
            return (
                self.tr("%1 / %2: %3")
                .replace("%1", code)
                .replace("%2", criterion_id)
                .replace("%3", str(exc))
            )
        problem = self.session.problem(code, criterion_id, number)
        if problem:
            return f"{code} / {problem}"
        return ScoreChange(code, criterion_id, number, note)

    def paste(self, top: int, left: int, text: str) -> tuple[int, list[str]]:
        """Fill cells from a tab-separated block (from Excel) starting at (top, left):
        every cell is checked first and nothing is stored unless all are valid."""
        changes: list[ScoreChange] = []
        problems: list[str] = []
        lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
        for r, line in enumerate(lines):
            for c, cell in enumerate(line.split("\t")):
                row, column = top + r, left + c
                if row >= len(self.codes) or column >= len(self.criteria):
                    problems.append(
                        self.tr("Pasted block is larger than the grid (row %1, column %2)")
                        .replace("%1", str(r + 1))
                        .replace("%2", str(c + 1))
                    )
                    continue
                code = self.codes[row]
                if self.session.conflict_reason(code) is not None:
                    problems.append(
                        self.tr("%1: conflict of interest, cannot be scored").replace("%1", code)
                    )
                    continue
                change = self.change_for(code, self.criteria[column].id, cell)
                if isinstance(change, str):
                    problems.append(change)
                else:
                    changes.append(change)
        if problems:
            return 0, problems
        if changes and not self.apply(changes, self.tr("Paste %n scores", "", len(changes))):
            return 0, []
        return len(changes), []

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal:
            if section == len(self.criteria):
                return self.tr("Total") if role == Qt.ItemDataRole.DisplayRole else None
            criterion = self.criteria[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{criterion.id}\n{criterion.name}"
            if role == Qt.ItemDataRole.ToolTipRole:
                weight = format_number(criterion.weight, self.decimal)
                return (
                    self.tr("%1 — weight %2, %3")
                    .replace("%1", criterion.name)
                    .replace("%2", weight)
                    .replace("%3", criterion.scale_text())
                )
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            code = self.codes[section]
            title = self.session.entry(code).title
            short = title if len(title) <= 32 else title[:31] + "…"
            return f"{code}  {short}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.session.entry(self.codes[section]).title
        return None
