"""Undo for the secretariat's set-up screens (entries, judges): a change is saved through
the front door before its command is pushed; undo and redo save again, so the master
always holds what the screen shows. A save that fails on undo or redo is reported and
the command is dropped from the stack rather than pretending."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from judge_app.services import JudgeAppError
from judge_app.ui.task_runner import failure_text

Action = Callable[[], object]


class ServiceCommand(QUndoCommand):
    """`forward` redoes the change, `backward` undoes it; `done` runs after either (the
    screen reads the master again). The first redo is skipped: the change was saved."""

    def __init__(
        self,
        text: str,
        forward: Action,
        backward: Action,
        guard: Callable[[Action], bool],
        done: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self.forward, self.backward = forward, backward
        self.guard, self.done = guard, done
        self._saved = True

    def _run(self, action: Action) -> None:
        if not self.guard(action):
            self.setObsolete(True)
        self.done()

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)


def guarded(parent: QWidget, title: str) -> Callable[[Action], bool]:
    """Run a save; a refusal or a storage error is shown and False returned."""

    def run(action: Action) -> bool:
        try:
            action()
        except (JudgeAppError, OSError, sqlite3.Error) as exc:
            QMessageBox.warning(parent, title, failure_text(exc))
            return False
        return True

    return run
