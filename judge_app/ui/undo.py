"""Undoable edits. Each command has already been saved when it is pushed; undo and redo
save again, so the file always holds what the screen shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from judge_app.domain.model import ScoreChange
from judge_app.session import PackageSession

Notify = Callable[[set[str]], None]


class ScoreCommand(QUndoCommand):
    def __init__(
        self,
        session: PackageSession,
        before: list[ScoreChange],
        after: list[ScoreChange],
        text: str,
        notify: Notify,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.before = before
        self.after = after
        self.notify = notify
        self._saved = True  # the first redo() happens at push time: already saved

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self.session.set_cells(self.after)
        self.notify({c.entry for c in self.after})

    def undo(self) -> None:
        self.session.set_cells(self.before)
        self.notify({c.entry for c in self.before})


class ConflictCommand(QUndoCommand):
    """Declaring a conflict removes the entry's scores; undo puts them back."""

    def __init__(
        self,
        session: PackageSession,
        code: str,
        reason: str,
        removed: list[ScoreChange],
        text: str,
        notify: Notify,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.code = code
        self.reason = reason
        self.removed = removed
        self.notify = notify
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self.session.declare_conflict(self.code, self.reason)
        self.notify({self.code})

    def undo(self) -> None:
        self.session.withdraw_conflict(self.code)
        if self.removed:
            self.session.set_cells(self.removed)
        self.notify({self.code})


class WithdrawConflictCommand(QUndoCommand):
    def __init__(
        self, session: PackageSession, code: str, reason: str, text: str, notify: Notify
    ) -> None:
        super().__init__(text)
        self.session = session
        self.code = code
        self.reason = reason
        self.notify = notify
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self.session.withdraw_conflict(self.code)
        self.notify({self.code})

    def undo(self) -> None:
        self.session.declare_conflict(self.code, self.reason)
        self.notify({self.code})
