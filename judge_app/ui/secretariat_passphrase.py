"""The key the secretariat signs a document with, asked before it is signed: the
secretariat's own key (its passphrase chosen, typed twice, the first time, as the key is
made then) or an official's certificate from a file or a token. Its texts keep the
secretariat workspace's translation context, where they were first written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from judge_app import services
from judge_app.ui.key_source_box import KeySourceBox, fit_height


class SecretariatSigningDialog(QDialog):
    """`error`: why the last try was refused (a wrong passphrase, the certificate's own
    message), shown above the fields."""

    def __init__(self, parent: QWidget | None, first_time: bool, error: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("SecretariatWorkspace", "Sign as the secretariat")
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "SecretariatWorkspace",
                "The secretariat signs with its own key, or with an official's certificate "
                "from a certificate file or a token.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        notes: dict[str, str] = {}
        if first_time:
            notes["own"] = QCoreApplication.translate(
                "SecretariatWorkspace",
                "The secretariat's key is made now: choose a passphrase of at least 8 "
                "characters and keep it safe.",
            )
        self.keys = KeySourceBox(
            "secretariat",
            new_key=first_time,
            own_tooltip=QCoreApplication.translate(
                "SecretariatWorkspace", "The passphrase of the secretariat's signing key"
            ),
            notes=notes,
        )
        layout.addWidget(self.keys)
        self.error = QLabel(error)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setVisible(bool(error))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = buttons.addButton(
            QCoreApplication.translate("SecretariatWorkspace", "&Sign"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.sign_button.setObjectName("signButton")
        self.sign_button.setDefault(True)  # Enter signs
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.sign_button.clicked.connect(self._sign)
        self.resize(620, self.sizeHint().height())
        fit_height(self)
        self.keys.kind_changed.connect(lambda _kind: fit_height(self))
        if error:
            self.keys.focus_secret()
        else:
            self.keys.focus_first()

    def _sign(self) -> None:
        problem = self.keys.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        self.keys.remember()
        self.accept()


def ask_secretariat_passphrase(
    parent: QWidget, first_time: bool, error: str = ""
) -> str | services.Unlock | None:
    """The passphrase of the secretariat's own key, or an official's certificate with its
    password or PIN; None when the secretariat cancels."""
    dialog = SecretariatSigningDialog(parent, first_time, error)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.keys.unlock()
