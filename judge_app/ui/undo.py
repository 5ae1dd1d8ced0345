"""Undoable edits. Each command has already been saved when it is pushed; undo and redo
save again, so the file always holds what the screen shows. A save that fails on undo or
redo is reported and the command is dropped from the stack rather than pretending."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from judge_app.services import PackageSession, ScoreChange

Notify = Callable[[set[str]], None]
Guard = Callable[[Callable[[], object]], bool]


class SavedCommand(QUndoCommand):
    """Base: skips the first redo (the edit is saved before it is pushed)."""

    def __init__(self, text: str, codes: set[str], notify: Notify, guard: Guard) -> None:
        super().__init__(text)
        self.codes = codes
        self.notify = notify
        self.guard = guard
        self._saved = True

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def _run(self, action: Callable[[], None]) -> None:
        if self.guard(action):
            self.notify(self.codes)
        else:
            self.setObsolete(True)

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.revert)


class ScoreCommand(SavedCommand):
    def __init__(
        self,
        session: PackageSession,
        before: list[ScoreChange],
        after: list[ScoreChange],
        text: str,
        notify: Notify,
        guard: Guard,
    ) -> None:
        super().__init__(text, {c.entry for c in after}, notify, guard)
        self.session = session
        self.before = before
        self.after = after

    def do(self) -> None:
        self.session.set_cells(self.after)

    def revert(self) -> None:
        self.session.set_cells(self.before)


class ConflictCommand(SavedCommand):
    """Declaring a conflict removes the entry's scores; undo puts them back."""

    def __init__(
        self,
        session: PackageSession,
        code: str,
        reason: str,
        removed: list[ScoreChange],
        text: str,
        notify: Notify,
        guard: Guard,
    ) -> None:
        super().__init__(text, {code}, notify, guard)
        self.session = session
        self.code = code
        self.reason = reason
        self.removed = removed

    def do(self) -> None:
        self.session.declare_conflict(self.code, self.reason)

    def revert(self) -> None:
        self.session.withdraw_conflict(self.code)
        if self.removed:
            self.session.set_cells(self.removed)


class WithdrawConflictCommand(ConflictCommand):
    """The reverse of declaring: withdraw now, declare again on undo."""

    def __init__(
        self,
        session: PackageSession,
        code: str,
        reason: str,
        text: str,
        notify: Notify,
        guard: Guard,
    ) -> None:
        super().__init__(session, code, reason, [], text, notify, guard)

    def do(self) -> None:
        super().revert()

    def revert(self) -> None:
        super().do()
