"""Finalise: check that every score is in, sign the sheet, lock it, write the recap."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from judge_app import services
from judge_app.services import PackageSession, WrongPassphrase
from judge_app.ui.key_source_box import KeySourceBox, fit_height
from judge_app.ui.task_runner import Task, failure_text


class FinaliseDialog(QDialog):
    def __init__(self, session: PackageSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.signed: services.Signed | None = None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Finalise and sign the scores"))
        layout = QVBoxLayout(self)
        missing = services.missing_scores(session)
        progress = session.progress()
        summary = QLabel(
            self.tr("%1 of %2 scores are in.")
            .replace("%1", str(progress.done))
            .replace("%2", str(progress.due))
        )
        layout.addWidget(summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(
            self.tr("&Sign and lock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_button.setObjectName("signButton")
        self.missing = QListWidget()
        self.missing.setObjectName("missingList")
        if missing:
            text = QLabel(
                self.tr("These entries still have criteria without a score; complete them first:")
            )
            text.setWordWrap(True)
            layout.addWidget(text)
            self.missing.addItems(missing)
            layout.addWidget(self.missing, 1)
            self.sign_button.setEnabled(False)
        else:
            text = QLabel(
                self.tr(
                    "Signing locks your scores as revision %1 and writes your signed recap. "
                    "To change a score afterwards you reopen the scores with your passphrase; "
                    "the signed revision stays in the file."
                ).replace("%1", str(self._next_revision()))
            )
            text.setWordWrap(True)
            layout.addWidget(text)
        form = QFormLayout()
        self.place = QLineEdit(session.definition.competition.place)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("recapDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setToolTip(
            self.tr(
                "The date printed above your signature on the recap; if it is not today, the "
                "recap also says when it was signed"
            )
        )
        self.output = QLineEdit(str(self._default_output()))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setToolTip(self.tr("Where to save your signed recap (PDF)"))
        self.place.setToolTip(self.tr("Printed above your signature on the recap"))
        self.output.setToolTip(
            self.tr("The signed recap to hand in; the package keeps it, so it can be written again")
        )
        row = QHBoxLayout()
        row.addWidget(self.output, 1)
        row.addWidget(browse)
        form.addRow(self.tr("P&lace"), self.place)
        form.addRow(self.tr("&Date"), self.date)
        recap_label = QLabel(self.tr("&Recap PDF"))
        recap_label.setBuddy(self.output)
        form.addRow(recap_label, row)
        layout.addLayout(form)
        self.keys = KeySourceBox(
            "judge",
            own_tooltip=self.tr("The passphrase you chose when you signed the declarations"),
        )
        self.passphrase = self.keys.secret
        layout.addWidget(self.keys)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for widget in (self.place, self.date, self.output, browse, self.keys):
            widget.setEnabled(not missing)
        browse.clicked.connect(self._browse)
        browse.setAutoDefault(False)  # Enter signs
        self.buttons.rejected.connect(self.reject)
        self.sign_button.clicked.connect(self.sign)
        self.sign_button.setDefault(True)
        self.resize(680, 420 if missing else 300)
        if not missing:
            fit_height(self)
            self.keys.kind_changed.connect(lambda _kind: fit_height(self))
        if not missing:
            self.keys.focus_first()

    def _next_revision(self) -> int:
        return services.signed_revisions(self.session) + 1

    def _default_output(self) -> Path:
        judge = self.session.judge.id
        return self.session.path.parent / f"rekap-{judge}-revisi-{self._next_revision()}.pdf"

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the signed recap"), self.output.text(), self.tr("PDF (*.pdf)")
        )
        if path:
            self.output.setText(path)

    def sign(self) -> None:
        """Sign in a worker with its own connection (a large recap takes a while): a
        progress dialog shows the layout, Cancel stops it before anything is locked."""
        if self.task is not None and not self.task.done:
            return
        problem = self.keys.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.keys.remember()
        path, out = self.session.path, Path(self.output.text())
        passphrase, place = self.keys.unlock(), self.place.text()
        chosen = self.date.date()
        day = dt.date(chosen.year(), chosen.month(), chosen.day())
        self.error.hide()
        self.task = Task(
            self,
            self.tr("Signing the scores"),
            lambda progress: services.finalise(path, out, passphrase, place, progress, day),
            self._signed,
            self._failed,
            lambda: None,
        )

    def _signed(self, signed) -> None:
        self.signed = signed
        self.session.refresh_status()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.session.refresh_status()  # a failed write may still have signed and locked
        if isinstance(exc, WrongPassphrase):
            self.error.setText(self.tr("Wrong passphrase. Try again."))
            self.error.show()
            self.keys.focus_secret()
            return
        # a certificate's own message (wrong password or PIN, no module, expired, not the
        # registered one) as it is
        self.error.setText(failure_text(exc))
        self.error.show()
        self.keys.focus_secret()
