"""The window's way to co-sign the Berita Acara (issue 22, point 4): a panel member opens
the PDF, sees who has signed, signs their own field with their passphrase."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from judge_app import services
from tests.conftest import TEST_PASSPHRASE
from tests.integrity.test_signing import pdfsig
from tests.signing_tokens import issue, make_ca, write_p12


def _status(dialog) -> dict[str, str]:
    table = dialog.table
    return {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}


def test_a_judge_signs_their_field_in_the_window(qtbot, signed, tmp_path: Path) -> None:
    from judge_app.ui.app import create_app
    from judge_app.ui.cosign_dialog import CosignDialog

    create_app()
    services.merge(signed.master, [p.path for p in signed.packages])
    minutes = services.berita_acara_pdf(
        signed.master, tmp_path / "ba.pdf", TEST_PASSPHRASE, number="7/BA/2023",
        day=dt.date(2023, 12, 20),
    )  # fmt: skip
    dialog = CosignDialog(minutes)
    qtbot.addWidget(dialog)
    names = {p.judge.id: p.judge.name for p in signed.packages}
    assert set(_status(dialog).values()) == {"Not yet signed"}
    assert dialog.summary.text() == "0 of 6 have signed."

    # all five keys are on this computer: without a choice the window says to choose
    qtbot.keyClicks(dialog.key.secret, TEST_PASSPHRASE)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isHidden() and "several panel members" in dialog.error.text()

    dialog.who.setCurrentIndex(dialog.who.findData("J2"))
    dialog.key.secret.setText("salah-sekali-123")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert "Wrong passphrase" in dialog.error.text()
    assert pdfsig(minutes).count("Signature is Valid.") == 1  # nothing signed

    dialog.key.secret.setText(TEST_PASSPHRASE)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isHidden(), dialog.error.text()
    status = _status(dialog)
    assert status[names["J2"]] == "Signed"
    assert sum(1 for s in status.values() if s == "Signed") == 1
    assert "1 of 6 have signed." in dialog.summary.text()
    assert dialog.who.findData("J2") == -1  # a signed field is no longer offered
    assert pdfsig(minutes).count("Signature is Valid.") == 2
    (report,) = services.verify([minutes])
    assert report.ok, report.problems

    # the official, with a certificate file chosen in the same box
    official = services.officials(signed.master)["mengetahui"]
    p12 = write_p12(tmp_path / "pejabat.p12", issue(make_ca(), official.name, official.nip), "pw")
    dialog.who.setCurrentIndex(0)  # found from the certificate
    dialog.key.kind.setCurrentIndex(dialog.key.kind.findData("pkcs12"))
    dialog.key.file.setText(str(p12))
    dialog.key.secret.setText("pw")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isHidden(), dialog.error.text()
    assert _status(dialog)[official.name] == "Signed"
    assert pdfsig(minutes).count("Signature is Valid.") == 3


def test_a_pdf_without_a_grid_is_named(qtbot, signed, tmp_path: Path) -> None:
    from judge_app.ui.app import create_app
    from judge_app.ui.cosign_dialog import CosignDialog

    create_app()
    dialog = CosignDialog(tmp_path / "J1.pdf")  # a judge's recap: no grid
    qtbot.addWidget(dialog)
    assert "J1.pdf has no signature fields for the panel" in dialog.error.text()
    assert dialog.key.current_kind() == "own"  # judge-app's key unless chosen otherwise
    assert not dialog.sign_button.isEnabled()
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"%PDF-1.4 rusak")
    dialog.load(broken)
    assert "rusak.pdf cannot be read as a PDF" in dialog.error.text()
