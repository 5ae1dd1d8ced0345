"""Form fields bound to a key path of the definition: each shows the value the document holds,
writes what the user typed when the edit is finished, and turns red with the validator's
message as its tooltip when that key has a problem."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from judge_app import services
from judge_app.ui.definition_state import DefinitionState

PathOf = Callable[[], str | None]  # the key path now (None: nothing selected)
UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _mark(widget: QWidget, problems: list[str], hint: str) -> None:
    invalid = bool(problems)
    if widget.property("invalid") != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    widget.setToolTip("\n".join(problems) if problems else hint)


def written(text: str, number: bool) -> object:
    """What a field writes for its text: a number field a number (or the text as typed, for
    the validator to name), a text field its text; empty removes the key."""
    if number:
        return services.typed_number(text)
    return text.strip() or None


def shown(value: object, number: bool) -> str:
    """A value as a field shows it; a decimal with the user's decimal mark (7,5)."""
    text = services.shown_value(value)
    return (
        text.replace(".", services.decimal_mark()) if number and isinstance(value, float) else text
    )


class LineField(QLineEdit):
    def __init__(
        self, state: DefinitionState, path: PathOf | str, *, number: bool = False, hint: str = ""
    ) -> None:
        super().__init__()
        self.state = state
        self.path_of: PathOf = (lambda: path) if isinstance(path, str) else path
        self.number = number
        self.hint = hint
        self.setToolTip(hint)
        self.editingFinished.connect(self.commit)

    @property
    def path(self) -> str | None:
        return self.path_of()

    def event(self, event: QEvent) -> bool:
        """Ctrl+Z and Ctrl+Shift+Z undo the window's edits unless this field holds typing
        not yet written (which they undo first, as in any field)."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and not self.isModified()
            and any(event.matches(key) for key in UNDO_KEYS)
        ):
            event.ignore()
            return True
        return super().event(event)

    def commit(self) -> None:
        path = self.path
        if path is None or not self.isModified():
            return
        self.setModified(False)
        self.state.set_value(path, written(self.text(), self.number))

    def refresh(self) -> None:
        path = self.path
        self.setEnabled(path is not None)
        text = shown(self.state.value(path), self.number) if path else ""
        if text != self.text():
            self.setText(text)
            self.setModified(False)
        _mark(self, self.state.problems_at(path) if path else [], self.hint)


class TextField(QPlainTextEdit):
    """Several lines (a description); written when the field loses the focus."""

    def __init__(self, state: DefinitionState, path: PathOf | str, lines: int = 3) -> None:
        super().__init__()
        self.state = state
        self.path_of: PathOf = (lambda: path) if isinstance(path, str) else path
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    @property
    def path(self) -> str | None:
        return self.path_of()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)

    def commit(self) -> None:
        path = self.path
        if path is None:
            return
        current = self.state.value(path)
        text = self.toPlainText().strip()
        if text != (current.strip() if isinstance(current, str) else ""):
            self.state.set_value(path, text or None)

    def refresh(self) -> None:
        path = self.path
        self.setEnabled(path is not None)
        value = self.state.value(path) if path else None
        shown = value if isinstance(value, str) else services.shown_value(value)
        if shown.strip() != self.toPlainText().strip():
            self.setPlainText(shown)
        _mark(self, self.state.problems_at(path) if path else [], "")


class ClausesField(TextField):
    """A list of texts, one per line (the clauses of a declaration); empty removes the key."""

    def commit(self) -> None:
        path = self.path
        if path is None:
            return
        lines = [line.strip() for line in self.toPlainText().splitlines() if line.strip()]
        current = self.state.value(path)
        if lines != (current if isinstance(current, list) else []):
            self.state.set_value(path, lines or None)

    def refresh(self) -> None:
        path = self.path
        value = self.state.value(path) if path else None
        shown_text = (
            "\n".join(str(v) for v in value)
            if isinstance(value, list)
            else services.shown_value(value)
        )
        if shown_text.strip() != self.toPlainText().strip():
            self.setPlainText(shown_text)
        _mark(self, self.state.problems_at(path) if path else [], "")


class ChoiceField(QComboBox):
    """One of a few values; an absent key shows the first choice (the validator's default)
    and the key is written only when the user picks one."""

    def __init__(
        self,
        state: DefinitionState,
        path: PathOf | str,
        choices: Callable[[], list[tuple[str, str]]] | list[tuple[str, str]],
    ) -> None:
        super().__init__()
        self.state = state
        self.path_of: PathOf = (lambda: path) if isinstance(path, str) else path
        self.choices = (lambda: choices) if isinstance(choices, list) else choices
        self.activated.connect(self.commit)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    @property
    def path(self) -> str | None:
        return self.path_of()

    def commit(self, index: int) -> None:
        path = self.path
        if path is None or index < 0:
            return
        value = self.itemData(index)
        self.state.set_value(path, value if value != "" else None)

    def refresh(self) -> None:
        path = self.path
        self.setEnabled(path is not None)
        choices = self.choices()
        value = self.state.value(path) if path else None
        self.blockSignals(True)
        self.clear()
        for key, label in choices:
            self.addItem(label, key)
        index = self.findData(value if isinstance(value, str) else "")
        if index < 0 and isinstance(value, str) and value:
            self.addItem(value, value)  # a value the file holds that no choice names
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        problems = self.state.problems_at(path) if path else []
        _mark(self, problems, "")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
