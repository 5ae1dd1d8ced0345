"""The judge's entry list: code, title, agency, category, state; filtered in Python over
precomputed search text, which stays fast at 15,000 entries."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from judge_app.services import COMPLETE, CONFLICT, NOT_STARTED, PARTIAL, PackageSession


def state_label(state: str) -> str:
    labels = {
        NOT_STARTED: QCoreApplication.translate("EntryState", "Not started"),
        PARTIAL: QCoreApplication.translate("EntryState", "Partial"),
        COMPLETE: QCoreApplication.translate("EntryState", "Complete"),
        CONFLICT: QCoreApplication.translate("EntryState", "Conflict"),
    }
    return labels[state]


STATE_COLORS = {
    NOT_STARTED: QColor("#757575"),
    PARTIAL: QColor("#b26a00"),
    COMPLETE: QColor("#1b7a34"),
    CONFLICT: QColor("#b3261e"),
}


def short_names(names: dict[str, str]) -> dict[str, str]:
    """Drop a leading word every name shares ('Kelompok Umum', 'Kelompok Replikasi' ->
    'Umum', 'Replikasi') so a narrow column still tells them apart."""
    words = [name.split() for name in names.values()]
    if len(words) < 2 or any(len(w) < 2 for w in words):
        return dict(names)
    first = {w[0].casefold() for w in words}
    if len(first) != 1:
        return dict(names)
    return {key: " ".join(name.split()[1:]) for key, name in names.items()}


class EntryListModel(QAbstractTableModel):
    CODE, TITLE, AGENCY, CATEGORY, STATE = range(5)

    def __init__(self, session: PackageSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stage: str | None = None
        self._category_names = short_names({c.id: c.name for c in session.definition.categories})
        self._haystack = [
            " ".join((e.code, e.title, e.acronym, e.agency, e.region)).casefold()
            for e in session.entries
        ]
        self._rows: list[int] = list(range(len(session.entries)))
        self._row_of = {e.code: row for row, e in enumerate(session.entries)}
        self._filter = ("", "", "")

    # -- filtering -----------------------------------------------------------------------

    def set_filter(self, text: str = "", category: str = "", state: str = "") -> None:
        self._filter = (text, category, state)
        self.refilter()

    def refilter(self) -> None:
        text, category, state = self._filter
        needles = text.casefold().split()
        entries = self.session.entries
        rows = [
            i
            for i, hay in enumerate(self._haystack)
            if all(n in hay for n in needles) and (not category or entries[i].category == category)
        ]
        if state:
            rows = [i for i in rows if self.session.state(entries[i].code, self.stage) == state]
        self.beginResetModel()
        self._rows = rows
        self._row_of = {entries[i].code: row for row, i in enumerate(rows)}
        self.endResetModel()

    def codes(self) -> list[str]:
        entries = self.session.entries
        return [entries[i].code for i in self._rows]

    def row_of(self, code: str) -> int:
        return self._row_of.get(code, -1)

    def code_at(self, row: int) -> str:
        return self.session.entries[self._rows[row]].code

    def entries_changed(self, codes: set[str]) -> None:
        """Repaint the state column of these entries."""
        for code in codes:
            row = self._row_of.get(code)
            if row is not None:
                index = self.index(row, self.STATE)
                self.dataChanged.emit(index, index)

    # -- model ---------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid():
            return None
        entry = self.session.entries[self._rows[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CODE:
                return entry.code
            if column == self.TITLE:
                return entry.title
            if column == self.AGENCY:
                return entry.agency
            if column == self.CATEGORY:
                return self._category_names.get(entry.category, entry.category)
            if column == self.STATE:
                return state_label(self.session.state(entry.code, self.stage))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATE:
            return STATE_COLORS[self.session.state(entry.code, self.stage)]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.AGENCY:  # the column is narrow; the name is not
                return entry.agency
            reason = self.session.conflict_reason(entry.code)
            if reason:
                return QCoreApplication.translate(
                    "EntryListModel", "Conflict of interest: %1"
                ).replace("%1", reason)
            return entry.title
        if role == Qt.ItemDataRole.UserRole:
            return entry.code
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            self.tr("Code"),
            self.tr("Title"),
            self.tr("Agency"),
            self.tr("Category"),
            self.tr("State"),
        )[section]
