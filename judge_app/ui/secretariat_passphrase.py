"""The passphrase of the secretariat's signing key, asked before a document is signed: the
first time it is chosen (typed twice), as the key is made then. Its texts keep the
secretariat workspace's translation context, where they were first written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def ask_secretariat_passphrase(parent: QWidget, first_time: bool) -> str | None:
    """None when the secretariat cancels or the two passphrases differ."""
    title = QCoreApplication.translate("SecretariatWorkspace", "Sign as the secretariat")
    prompt = (
        QCoreApplication.translate(
            "SecretariatWorkspace",
            "The secretariat signs documents with its own key, made now. Choose a "
            "passphrase for it (at least 8 characters) and keep it safe:",
        )
        if first_time
        else QCoreApplication.translate(
            "SecretariatWorkspace", "Passphrase of the secretariat's signing key:"
        )
    )
    passphrase, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Password)
    if not ok:
        return None
    if first_time:
        again, ok = QInputDialog.getText(
            parent,
            title,
            QCoreApplication.translate("SecretariatWorkspace", "Repeat the passphrase:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        if again != passphrase:
            QMessageBox.warning(
                parent,
                title,
                QCoreApplication.translate(
                    "SecretariatWorkspace", "The two passphrases differ; nothing was signed."
                ),
            )
            return None
    return passphrase
