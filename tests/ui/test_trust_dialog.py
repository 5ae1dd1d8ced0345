"""The secretariat's Trusted certificates dialog (issue 22, point 3): reached from the
Secretariat menu, it lists the master's root certificates and revocation lists, imports
files (a refusal names the file and imports nothing) and removes one, after asking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from judge_app import services
from tests.trust_ca import TestCA
from tests.ui.conftest import answer_dialogs


def test_trusted_certificates_dialog(window, master: Path, tmp_path: Path, qtbot) -> None:
    from judge_app.ui.trust_dialog import TrustDialog

    assert window.open_path(str(master))
    assert window.trust_action.isEnabled()
    shown: list[str] = []
    answer_dialogs(lambda d: (shown.append(d.windowTitle()), d.reject()))
    window.trust_action.trigger()
    assert shown == ["Trusted certificates"]

    dialog = TrustDialog(master, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.empty.isHidden()
    assert not dialog.remove_button.isEnabled()

    ca = TestCA.make()
    root = ca.root.write(tmp_path / "psre-root.pem")
    crl = ca.crl(tmp_path / "psre.crl", [5])
    assert dialog.import_files([root, crl])
    cells = [
        [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
        for r in range(dialog.table.rowCount())
    ]
    assert [row[0] for row in cells] == ["Root certificate", "Revocation list"]
    assert cells[0][1] == "CN=Uji PSrE Root,O=Uji PSrE,C=ID"
    assert cells[0][3] == "psre-root.pem" and cells[1][3] == "psre.crl"
    assert cells[1][2].startswith("next update ")
    anchor = services.trusted(master)[0][0]
    assert cells[0][4] == anchor.fingerprint[:29] + " …"
    assert dialog.empty.isHidden()

    # a refusal names the file and changes nothing
    leaf = ca.leaf("Pejabat", 9).write(tmp_path / "pejabat.pem")
    said: list[str] = []
    answer_dialogs(lambda d: (said.append(d.text()), d.accept()))
    assert not dialog.import_files([leaf, root])
    assert "Nothing was imported." in said[0]
    assert f"{leaf}: Pejabat is not a CA certificate" in said[0]
    assert dialog.table.rowCount() == 2

    # remove the root, after a question; the whole fingerprint is shown to read out
    dialog.table.selectRow(0)
    assert dialog.remove_button.isEnabled()
    assert anchor.fingerprint in dialog.detail.text()
    answer_dialogs(QMessageBox.StandardButton.No)
    assert not dialog.remove_selected()
    assert dialog.table.rowCount() == 2
    answer_dialogs(QMessageBox.StandardButton.Yes)
    assert dialog.remove_selected()
    assert dialog.table.rowCount() == 1
    assert services.trusted(master)[0] == []
