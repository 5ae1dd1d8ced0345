"""The definition being edited in the New competition window: the TOML document, its problems
(the validator's messages) and the undo history, as snapshots of the text. Every page writes
through `edit` and refreshes on `changed`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from judge_app import services
from judge_app.services import DefinitionDocument


class TextCommand(QUndoCommand):
    """One edit: the document's text before and after. Applied before it is pushed."""

    def __init__(self, state: DefinitionState, label: str, before: str, after: str) -> None:
        super().__init__(label)
        self.state = state
        self.before = before
        self.after = after
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.state.restore(self.after)

    def undo(self) -> None:
        self.state.restore(self.before)


class DefinitionState(QObject):
    changed = Signal()  # after every edit, undo, redo or load

    def __init__(
        self, text: str, source: str, undo_stack: QUndoStack | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.doc = DefinitionDocument(text, source)
        self.problems: list[str] = []
        self._by_path: dict[str, list[str]] = {}
        self._check()

    # -- the document -------------------------------------------------------------------

    def load(self, text: str, source: str) -> None:
        """A new document (template or file): a fresh history, nothing to save yet."""
        self.doc = DefinitionDocument(text, source)
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._check()
        self.changed.emit()

    def restore(self, text: str) -> None:
        self.doc = DefinitionDocument(text, self.doc.source)
        self._check()
        self.changed.emit()

    def edit(self, label: str, action: Callable[[DefinitionDocument], Any]) -> Any:
        """Run one change on the document; if the text changed, it becomes one undo step."""
        before = self.doc.text()
        result = action(self.doc)
        after = self.doc.text()
        if after != before:
            self.undo_stack.push(TextCommand(self, label, before, after))
            self._check()
            self.changed.emit()
        return result

    def set_value(self, path: str, value: Any, label: str = "") -> None:
        self.edit(label or path, lambda doc: doc.set(path, value))

    def value(self, path: str) -> Any:
        return self.doc.value(path)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self.undo_stack.setClean()

    # -- problems -----------------------------------------------------------------------

    def _check(self) -> None:
        self.problems = self.doc.problems()
        self._by_path = {}
        for problem in self.problems:
            self._by_path.setdefault(services.problem_path(problem), []).append(problem)

    def problems_at(self, path: str, *, inside: bool = False) -> list[str]:
        """The problems naming this key path (and, with `inside`, the keys within it)."""
        if not inside:
            return list(self._by_path.get(path, []))
        return [
            p
            for key, found in self._by_path.items()
            if key == path or key.startswith((f"{path}.", f"{path}["))
            for p in found
        ]
