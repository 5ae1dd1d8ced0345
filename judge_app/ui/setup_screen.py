"""What the secretariat's set-up screens (entries, judges) share: the master's session
(the workspace's, or one of their own when given a path), the workspace's undo stack, the
guard that shows a refused save, and how a saved change is pushed and announced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from judge_app.services import Definition, MasterSession
from judge_app.ui.panel_undo import Action, ServiceCommand, guarded


class SetupScreen(QWidget):
    changed = Signal()  # the master changed: other tabs read it again
    status = Signal(str)  # a line for the status bar

    def __init__(
        self,
        session: MasterSession | Path,
        undo_stack: QUndoStack | None,
        parent: QWidget | None,
        read_only: bool | None,
        title: str,
    ) -> None:
        """`title`: the screen's name for its message boxes, already translated."""
        super().__init__(parent)
        if not isinstance(session, MasterSession):
            session = MasterSession(session, read_only=bool(read_only))
            self.own_session: MasterSession | None = session
        else:
            self.own_session = None
        self.session = session
        self.read_only = session.read_only if read_only is None else read_only
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.guard = guarded(self, title)

    @property
    def master(self) -> Path:
        return self.session.path

    @property
    def definition(self) -> Definition:
        return self.session.definition

    def reload(self) -> None:
        raise NotImplementedError

    def select(self, key: str) -> bool:
        raise NotImplementedError

    def _push(self, text: str, forward: Action, backward: Action, key: str) -> None:
        """Push a change already saved; after it, its undo or its redo the screen reads the
        master again, selects `key` and says the master changed."""

        def done() -> None:
            self.reload()
            self.select(key)
            self.changed.emit()

        self.undo_stack.push(ServiceCommand(text, forward, backward, self.guard, done))
        done()

    def close_session(self) -> None:
        """Only when this screen opened the master itself (given a path)."""
        if self.own_session is not None:
            self.own_session.close()
