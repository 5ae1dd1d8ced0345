"""The notice a read-only view shows (one writer per file, issue 7)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from judge_app.services import FileInUse, WriteRefused


def read_only_text(reason: WriteRefused | None) -> str:
    """Why the file is read-only here, in the interface's language."""
    if isinstance(reason, FileInUse) and reason.holder:
        where = (
            QCoreApplication.translate("ReadOnly", "judge-app on %1 (process %2, since %3)")
            .replace("%1", reason.holder["host"])
            .replace("%2", reason.holder["pid"])
            .replace("%3", reason.holder["since"])
        )
    elif isinstance(reason, FileInUse):
        where = QCoreApplication.translate("ReadOnly", "another judge-app window")
    else:
        return QCoreApplication.translate(
            "ReadOnly",
            "Read-only: this folder cannot be written to. You can look at everything; to "
            "work on the file, copy it to a folder you can write to.",
        )
    return QCoreApplication.translate(
        "ReadOnly",
        "Read-only: this file is open for changes in %1. You can look at everything here; "
        "to change it, close it there and open it here again.",
    ).replace("%1", where)


def read_only_banner(parent: QWidget, reason: WriteRefused | None) -> QLabel:
    label = QLabel(read_only_text(reason), parent)
    label.setObjectName("readOnlyBanner")
    label.setWordWrap(True)
    label.setStyleSheet(
        "QLabel#readOnlyBanner { background: #fff4ce; color: #4a3b00; padding: 6px; "
        "border: 1px solid #e0c060; border-radius: 4px; }"
    )
    return label
