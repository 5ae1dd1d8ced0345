"""The secretariat's questions about judges' keys: confirm a new key a returned package
brings (compared with the judge by phone), and re-register a lost one. Their texts keep
the secretariat workspace's translation context, where they were first written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from judge_app import services
from judge_app.services import JudgeAppError, storage_or_text


def confirm_new_key(parent: QWidget, name: str, judge_id: str, fingerprint: str) -> bool:
    """A judge's new key counts only when the secretariat has compared it with the
    judge: a thief with a stolen package can make a key, not this confirmation."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SecretariatWorkspace", "A new key for %1").replace(
            "%1", judge_id
        ),
        QCoreApplication.translate(
            "SecretariatWorkspace",
            "%1 returned scores signed with a key this master does not know:\n\n%2\n\n"
            "Call the judge and have them read the fingerprint printed on their new "
            "declaration, group by group. Accept this key only if every group matches: "
            "the judge's old key is then retired (the sheets it signed stay valid).",
        )
        .replace("%1", name)
        .replace("%2", fingerprint),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_rekey(parent: QWidget, dashboard: list, master: Path, judge_id: str = ""):
    """Retire a judge's key after asking which judge and why (logged): the retired key,
    or None when nothing was done."""
    title = QCoreApplication.translate("SecretariatWorkspace", "Re-register a judge's key")
    keyed = [d for d in dashboard if d.fingerprint]
    if not keyed:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "SecretariatWorkspace", "No judge has a registered key yet; nothing to do."
            ),
        )
        return None
    labels = [f"{d.judge.id} · {d.judge.name}" for d in keyed]
    current = next((i for i, d in enumerate(keyed) if d.judge.id == judge_id), 0)
    label, ok = QInputDialog.getItem(
        parent,
        title,
        QCoreApplication.translate("SecretariatWorkspace", "Judge whose key is lost:"),
        labels,
        current,
        False,
    )
    if not ok:
        return None
    status = keyed[labels.index(label)]
    reason, ok = QInputDialog.getText(
        parent,
        title,
        QCoreApplication.translate(
            "SecretariatWorkspace",
            "Key %1 of %2 will be retired. Merge any file you already received from "
            "this judge first: the sheets already merged stay valid, anything signed "
            "later with this key is refused. Then issue a new package to the judge "
            "(judge-app package); when it comes back, compare the new key's fingerprint "
            "with the judge before accepting it.\n\nReason (kept in the audit log):",
        )
        .replace("%1", status.fingerprint)
        .replace("%2", status.judge.name),
    )
    if not ok:
        return None
    try:
        return services.reregister_key(master, status.judge.id, reason)
    except (JudgeAppError, OSError) as exc:
        QMessageBox.warning(parent, title, str(storage_or_text(exc)))
        return None
