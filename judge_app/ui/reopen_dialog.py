"""Reopening signed scores: the judge proves who it is with the key the scores were signed
with (judge-app's own key, or the certificate registered at the first signing); a refusal
is shown in the dialog, to try again."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from judge_app import services
from judge_app.services import PackageSession
from judge_app.ui.key_source_box import KeySourceBox, fit_height


class ReopenDialog(QDialog):
    def __init__(self, session: PackageSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        revision = session.locked_revision or 0
        self.setWindowTitle(self.tr("Reopen signed scores"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Revision %1 stays in the file as signed. To change scores, unlock the key "
                "you signed it with; the next signing becomes revision %2."
            )
            .replace("%1", str(revision))
            .replace("%2", str(revision + 1))
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.keys = KeySourceBox(
            "judge",
            own_tooltip=self.tr("The passphrase you chose when you signed the declarations"),
        )
        layout.addWidget(self.keys)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = buttons.addButton(
            self.tr("&Reopen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_button.setObjectName("signButton")
        self.sign_button.setDefault(True)  # Enter reopens
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.sign_button.clicked.connect(self.reopen)
        self.resize(600, self.sizeHint().height())
        fit_height(self)
        self.keys.kind_changed.connect(lambda _kind: fit_height(self))
        self.keys.focus_first()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.keys.focus_secret()

    def reopen(self) -> None:
        problem = self.keys.problem()
        if problem:
            self._show_error(problem)
            return
        self.keys.remember()
        try:
            services.reopen_in(self.session, self.keys.unlock())
        except services.WrongPassphrase:
            self._show_error(self.tr("Wrong passphrase. Try again."))
            return
        except (services.JudgeAppError, OSError) as exc:
            # a certificate's own message: wrong password or PIN, not the registered one, ...
            self._show_error(str(services.storage_or_text(exc)))
            return
        self.accept()
