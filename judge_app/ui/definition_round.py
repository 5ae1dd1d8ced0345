"""The competition definition of an existing round (Sekretariat → Ubah definisi kompetisi…):
the New competition screens on the master's stored TOML, saved into the master instead of
creating a new one. What a later step would refuse is refused here, said above the pages
as the definition is edited (a category entries use removed, a definition whose judges'
work came back); when packages went out the change needs a clear confirmation that every
judge gets a new package (secretariat/definition_change.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from judge_app import services
from judge_app.services import DefinitionChangeCheck, JudgeAppError
from judge_app.ui.definition_editor import DefinitionEditor
from judge_app.ui.panel_undo import ServiceCommand, guarded
from judge_app.ui.task_runner import failure_text

WARNING_STYLE = (
    "background: #fff4e5; color: #5f3b00; padding: 8px; border: 1px solid #f0c36d;"
    " border-radius: 4px;"
)


class RoundDefinitionEditor(DefinitionEditor):
    """Emits `changed` with the master's path once its definition was replaced. With
    `undo_stack` (the workspace's) the change is undoable there; `reload` then runs after
    an undo or redo (the workspace reads the master again)."""

    changed = Signal(Path)

    def __init__(
        self,
        master: Path,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
        reload: Callable[[], None] | None = None,
    ) -> None:
        self.master = Path(master)
        self.check: DefinitionChangeCheck | None = None
        self.check_problem = ""  # the check could not be made (the master could not be read)
        super().__init__(parent, folder=self.master.parent)
        self.confirm_change = True  # tests may answer the question themselves
        self.round_undo = undo_stack
        self.reload = reload
        self.stored_text = services.master_definition_text(self.master)
        self.state.load(self.stored_text, str(self.master))
        self.state.undo_stack.clear()

        # the template picker does not apply: the round's own definition is edited
        self.template.hide()
        for label in self.findChildren(QLabel):
            if label.buddy() is self.template:
                label.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        first = layout.itemAt(0)
        top = first.layout() if first else None  # the editor's top row: template, Open, Save
        if isinstance(top, QHBoxLayout):
            heading = QLabel(
                self.tr("The definition of the round %1").replace("%1", self.master.name)
            )
            heading.setObjectName("entryTitle")
            top.insertWidget(0, heading, 1)
        self.create_button.setText(self.tr("&Save to this round…"))
        self.create_button.clicked.disconnect()
        self.create_button.clicked.connect(self.save_to_round)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.insertWidget(1, self.notice)

        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(250)
        self.check_timer.timeout.connect(self.run_check)
        self.state.changed.connect(self.check_timer.start)
        self.run_check()

    # -- the check, shown as the definition is edited ----------------------------------------

    def run_check(self) -> None:
        self.check, self.check_problem = None, ""
        if not self.state.problems:
            try:
                self.check = services.definition_change_check(self.master, self.text())
            except JudgeAppError as exc:
                self.check_problem = failure_text(exc)
        self.refresh()

    def text(self) -> str:
        return self.state.doc.text()

    def refresh(self) -> None:
        super().refresh()
        if not hasattr(self, "notice"):
            return  # the editor's first refresh, before this screen's parts exist
        check = self.check if self.check and self.check.new_sha256 == self._sha() else None
        refusals = list(check.refusals) if check else []
        if self.check_problem:
            refusals.append(self.check_problem)
        if refusals:
            self.notice.setObjectName("conflictBanner")
            self.notice.setStyleSheet("")
            self.notice.setText(
                self.tr("This change cannot be saved to the round:")
                + "".join(f"\n• {r}" for r in refusals)
            )
        elif check and check.warnings and not check.unchanged:
            self.notice.setObjectName("")
            self.notice.setStyleSheet(WARNING_STYLE)
            self.notice.setText("\n".join(check.warnings))
        self.notice.setVisible(bool(refusals) or bool(check and check.warnings))
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        if self.state.problems:
            return  # the editor disabled the button and said why
        if refusals:
            self.create_button.setEnabled(False)
            self.create_button.setToolTip("\n".join(refusals))
        elif check is None or check.unchanged:
            self.create_button.setEnabled(False)
            self.create_button.setToolTip(
                self.tr("The round already has this definition") if check else ""
            )
        else:
            self.create_button.setEnabled(True)
            self.create_button.setToolTip(self.tr("Replace the round's definition by this one"))

    def _sha(self) -> str:
        import hashlib

        return hashlib.sha256(self.text().encode("utf-8")).hexdigest()

    def _show_title(self) -> None:
        mark = "*" if self.text() != getattr(self, "stored_text", self.text()) else ""
        self.setWindowTitle(self.tr("Competition definition") + f" – {self.master.name}{mark}")
        where = self.tr("Round: %1").replace("%1", str(self.master))
        if self.path is not None:
            where += "  ·  " + self.tr("TOML: %1").replace("%1", str(self.path))
        self.source_label.setText(where)

    # -- saving into the round ---------------------------------------------------------------

    def save_to_round(self) -> bool:
        """Check again, ask when packages must be re-issued, then replace the definition."""
        title = self.tr("Save to this round")
        if self.state.problems:
            return False
        text = self.text()
        try:
            check = services.definition_change_check(self.master, text)
        except JudgeAppError as exc:
            QMessageBox.warning(self, title, failure_text(exc))
            return False
        if check.unchanged:
            QMessageBox.information(self, title, self.tr("The round already has this definition."))
            return False
        if check.refusals:
            QMessageBox.warning(self, title, "\n\n".join(check.refusals))
            self.run_check()
            return False
        if check.needs_reissue and self.confirm_change:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                title,
                self.tr(
                    "Packages already given to judges carry the old definition; after this "
                    "change every judge needs a new package, and files returned from the old "
                    "ones will be refused."
                ),
                QMessageBox.StandardButton.Cancel,
                self,
            )
            box.setInformativeText("\n\n".join(check.warnings))
            change = box.addButton(
                self.tr("Change and re-issue the packages"), QMessageBox.ButtonRole.AcceptRole
            )
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not change:
                return False
        try:
            done = services.change_definition(
                self.master, text, packages_reissue_understood=check.needs_reissue
            )
        except JudgeAppError as exc:
            QMessageBox.warning(self, title, failure_text(exc))
            return False
        self._push_undo(self.stored_text, text)
        self.stored_text = text
        self.state.mark_saved()
        self.changed.emit(self.master)
        if done.reissue_judges or check.needs_reissue:
            judges = ", ".join(done.reissue_judges)
            QMessageBox.information(
                self,
                title,
                self.tr(
                    "The round's definition is changed. Write the packages of judges %1 again "
                    "and give each judge the new one."
                ).replace("%1", judges)
                if judges
                else self.tr(
                    "The round's definition is changed. Write the packages again and give "
                    "every judge the new one."
                ),
            )
        self.accept()
        return True

    def _push_undo(self, before: str, after: str) -> None:
        """Undo puts the old text back (refused, and said, when packages of the new one
        were written since); redo puts the new one back, as confirmed once."""
        if self.round_undo is None:
            return
        # a refusal on undo is said over the window (the dialog is closed by then)
        parent = cast(QWidget, self.parentWidget())
        master, reload = self.master, self.reload or (lambda: None)
        title = self.tr("Change the competition definition")
        self.round_undo.push(
            ServiceCommand(
                title,
                lambda: services.change_definition(master, after, packages_reissue_understood=True),
                lambda: services.change_definition(master, before),
                guarded(parent, title),
                reload,
            )
        )

    # -- closing ----------------------------------------------------------------------------

    def _may_discard(self) -> bool:
        if self.text() == self.stored_text:
            return True
        return super()._may_discard()
