"""What a judge does from the menus on an open package: sign the declarations, finalise
and sign the scores, reopen them, print blank sheets and import typed-in scores. Its own
QObject (and so its own translation context), working on the main window's package (the
window as `WindowState`: this module does not import main_window)."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMainWindow,
    QMessageBox,
)

if TYPE_CHECKING:
    from judge_app.ui.window_state import WindowState


class JudgeActions(QObject):
    def __init__(self, window: QMainWindow, main: WindowState) -> None:
        """`window`: the main window as the dialogs' parent; `main`: the same window as
        what these actions act on."""
        super().__init__(window)
        self.window = window
        self.main = main

    def import_scores_dialog(self) -> None:
        """File → Import scores: paper scores typed into a sheet (judge-app scores export
        --all-rows makes the form)."""
        if self.main.session is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import scores"),
            str(self.main.session.path.parent),
            self.tr("Score sheets (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.import_scores_from(Path(path))

    def import_scores_from(self, source: Path) -> bool:
        """Check the whole sheet, then store it as one step (Ctrl+Z takes it back)."""
        from judge_app import services

        if self.main.session is None or self.main.workspace is None:
            return False
        self.main.workspace.commit_pending()
        title = self.tr("Import scores")
        try:
            changes = services.read_score_sheet(source, self.main.session)
        except services.ProblemsError as exc:
            head, _, rest = str(exc).partition("\n")
            box = QMessageBox(QMessageBox.Icon.Warning, title, head, parent=self.window)
            box.setInformativeText(
                self.tr("Nothing was stored. Correct the sheet and import it again.")
            )
            box.setDetailedText(rest)
            box.exec()
            return False
        except (services.JudgeAppError, OSError) as exc:
            QMessageBox.warning(self.window, title, str(services.storage_or_text(exc)))
            return False
        label = self.tr("import of %1").replace("%1", source.name)
        if not self.main.workspace.apply(changes, label):
            return False
        self.main.saved_label.setText(
            self.tr("Imported %1 scores from %2")
            .replace("%1", str(len(changes)))
            .replace("%2", source.name)
        )
        return True

    def declare(self) -> bool:
        from judge_app.ui.declaration_dialog import DeclarationDialog

        if self.main.session is None or self.main.workspace is None:
            return False
        self.main.workspace.commit_pending()
        dialog = DeclarationDialog(self.main.session, self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            self.main.workspace.update_status()
            self.main.update_progress()
        return accepted

    def finalise(self) -> bool:
        from judge_app.ui.finalise_dialog import FinaliseDialog

        if self.main.session is None or self.main.workspace is None:
            return False
        self.main.workspace.commit_pending()
        if not self.main.session.declared:
            QMessageBox.information(
                self.window, self.tr("Finalise"), self.tr("Sign the declarations first.")
            )
            return False
        if self.main.session.locked_revision is not None:
            QMessageBox.information(
                self.window,
                self.tr("Finalise"),
                self.tr("Revision %1 is already signed.").replace(
                    "%1", str(self.main.session.locked_revision)
                ),
            )
            return False
        dialog = FinaliseDialog(self.main.session, self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.main.workspace.update_status()  # even a failed write may have signed and locked
        if not accepted or dialog.signed is None:
            return False
        self.main.workspace.update_status()
        path = dialog.signed.paths[0]
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Scores signed"))
        box.setText(
            self.tr("Revision %1 is signed and locked.\nSigned recap: %2")
            .replace("%1", str(dialog.signed.revision))
            .replace("%2", str(path))
        )
        open_button = box.addButton(self.tr("Open the PDF"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return True

    def hand_in(self) -> bool:
        """File → Return to the secretariat: a self-contained, checked copy of the package
        in a folder the judge chooses (a USB stick), and what it holds."""
        if self.main.session is None or self.main.workspace is None:
            return False
        self.main.workspace.commit_pending()
        self.main.session.refresh_status()
        title = self.tr("Return to the secretariat")
        if self.main.session.locked_revision is None:
            box = QMessageBox(QMessageBox.Icon.Warning, title, "", parent=self.window)
            box.setText(self.tr("Your scores are not signed yet."))
            box.setInformativeText(
                self.tr(
                    "Only signed scores count in the results. Sign them first (File → "
                    "Finalise and sign the scores), or hand in this draft so the "
                    "secretariat sees your progress."
                )
            )
            draft = box.addButton(self.tr("Hand in the draft"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not draft:
                return False
        settings = QSettings()
        start = settings.value("handin/folder", "") or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self.window, title, str(start))
        if not folder:
            return False
        settings.setValue("handin/folder", folder)
        return self.hand_in_to(Path(folder))

    def hand_in_to(self, folder: Path) -> bool:
        """Write and check the copy in a worker (a slow stick shows a progress bar)."""
        from judge_app import services
        from judge_app.ui.task_runner import Task, failure_text

        if self.main.session is None:
            return False
        title = self.tr("Return to the secretariat")
        package = self.main.session.path
        result: list[services.HandIn] = []

        def done(outcome: object) -> None:
            assert isinstance(outcome, services.HandIn)
            result.append(outcome)

        def failed(exc: Exception) -> None:
            QMessageBox.warning(self.window, title, failure_text(exc))

        task = Task(
            self.window, title, lambda progress: services.hand_in(package, folder, progress),
            done, failed,
        )  # fmt: skip
        loop = QEventLoop()
        task.ended.connect(loop.quit)
        if not task.done:
            loop.exec()
        if not result:
            return False
        outcome = result[0]
        box = QMessageBox(QMessageBox.Icon.Information, title, "", parent=self.window)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            (
                self.tr("Handed in, replacing the earlier copy: %1")
                if outcome.replaced
                else self.tr("Handed in: %1")
            ).replace("%1", f"<b>{escape(outcome.path.name)}</b>")
            + "<br>"
            + self.tr("in the folder %1").replace("%1", escape(str(outcome.path.parent)))
        )
        rows = "".join(
            f'<tr><td style="padding-right:12px">{escape(label)}</td><td>{escape(value)}</td></tr>'
            for label, value in services.described_hand_in(outcome.contents)
        )
        text = escape(self.tr("The copy was checked as the secretariat will check it."))
        text += f'<table style="margin-top:6px">{rows}</table>'
        warning = services.unsigned_warning(outcome.contents)
        if warning:
            box.setIcon(QMessageBox.Icon.Warning)
            text += f"<p><b>{escape(warning)}</b></p>"
        box.setInformativeText(text)
        box.exec()
        self.window.statusBar().showMessage(
            self.tr("Handed in: %1").replace("%1", outcome.path.name), 10000
        )
        return True

    def blank_sheets(self) -> None:
        from judge_app import services

        if self.main.session is None:
            return
        default = self.main.session.path.parent / f"lembar-kosong-{self.main.session.judge.id}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Blank score sheets"), str(default), self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        try:
            pages = services.blank_sheets(self.main.session.path, Path(path))
        except (services.JudgeAppError, OSError) as exc:
            QMessageBox.warning(
                self.window, self.tr("Blank score sheets"), str(services.storage_or_text(exc))
            )
            return
        self.main.saved_label.setText(
            self.tr("%1 pages written to %2").replace("%1", str(pages)).replace("%2", path)
        )

    def reopen(self) -> bool:
        """Ask for the key the scores were signed with, in a dialog that shows a refusal."""
        from judge_app.ui.reopen_dialog import ReopenDialog

        if (
            self.main.session is None
            or self.main.workspace is None
            or self.main.session.locked_revision is None
        ):
            return False
        dialog = ReopenDialog(self.main.session, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.main.workspace.update_status()
        return True
