"""Declaring, finalising and reopening through the real dialogs."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtWidgets import QMessageBox

from judge_app import services
from judge_app.domain.model import ScoreChange
from judge_app.ui.declaration_dialog import DeclarationDialog
from judge_app.ui.finalise_dialog import FinaliseDialog
from tests.conftest import TEST_PASSPHRASE
from tests.ui.conftest import answer_dialogs


def test_declare_through_the_dialog_opens_scoring(qtbot, window, undeclared_demo) -> None:
    package = undeclared_demo.packages[0].path
    window.open_path(str(package))
    ws = window.workspace
    assert not ws.banner_box.isHidden()
    assert not ws.form.rows[0].score.isEnabled()

    def fill(dialog: DeclarationDialog) -> None:
        assert dialog.new_key
        dialog.entry_box.setCurrentIndex(dialog.entry_box.findData("KIPP23-007"))
        dialog.reason.setText("Adik saya bekerja di Dindikbud Kota Serang")
        dialog._add_conflict(dialog.entry_box.currentData(), dialog.reason.text())
        dialog.passphrase.setText(TEST_PASSPHRASE)
        dialog.repeat.setText("something else")
        dialog.sign_button.click()  # refused: passphrases differ
        assert "differ" in dialog.error.text()
        dialog.repeat.setText(TEST_PASSPHRASE)
        dialog.sign_button.click()

    answer_dialogs(fill, None)  # then the confirmation message
    assert window.judge_actions.declare()
    assert ws.banner_box.isHidden()
    assert ws.session.declared
    assert ws.session.conflict_reason("KIPP23-007") == "Adik saya bekerja di Dindikbud Kota Serang"
    assert ws.form.rows[0].score.isEnabled()
    out = package.parent / "pernyataan"
    for name in ("pakta-J1.pdf", "konflik-J1.pdf"):
        report = subprocess.run(["pdfsig", str(out / name)], capture_output=True, text=True).stdout
        assert "Signature is Valid." in report


def test_finalise_and_reopen(qtbot, window, demo) -> None:
    package = demo.packages[0].path
    window.open_path(str(package))
    session = window.session

    def look(dialog: FinaliseDialog) -> None:
        assert not dialog.sign_button.isEnabled()
        assert dialog.missing.count() == len(session.entries)
        dialog.reject()

    answer_dialogs(look)
    assert not window.judge_actions.finalise()
    session.set_cells(
        ScoreChange(e.code, c.id, 75.0, "")
        for e in session.entries
        for c in session.definition.criteria
    )

    def sign(dialog: FinaliseDialog) -> None:
        dialog.passphrase.setText("keliru-keliru")
        dialog.sign_button.click()  # signs in a worker; the dialog stays responsive
        qtbot.waitUntil(lambda: dialog.task.done, timeout=60000)  # a busy machine is slow
        assert "Wrong passphrase" in dialog.error.text()
        dialog.passphrase.setText(TEST_PASSPHRASE)
        dialog.sign_button.click()
        qtbot.waitUntil(lambda: dialog.task.done, timeout=60000)
        assert any(what == "laying out the recap" for _d, _t, what in dialog.task.seen)

    answer_dialogs(sign, QMessageBox.StandardButton.Close)
    assert window.judge_actions.finalise()
    ws = window.workspace
    assert session.locked_revision == 1
    assert "Revision 1 is signed" in ws.status_banner.text()
    assert not ws.form.rows[0].score.isEnabled()
    assert (package.parent / "rekap-J1-revisi-1.pdf").exists()

    def reopen(dialog) -> None:
        dialog.keys.secret.setText("salah-kata-sandi")
        dialog.sign_button.click()  # refused in the dialog, which stays open
        assert "Wrong passphrase" in dialog.error.text()
        assert dialog.isVisible() and session.locked_revision == 1
        dialog.keys.secret.setText(TEST_PASSPHRASE)
        dialog.sign_button.click()

    answer_dialogs(reopen)
    assert window.judge_actions.reopen()
    assert session.locked_revision is None
    assert ws.banner_box.isHidden() and ws.form.rows[0].score.isEnabled()


@pytest.mark.parametrize("language", ["en"])
def test_declaration_dialog_lists_existing_conflicts(qtbot, demo, language) -> None:
    session = services.open_package(demo.packages[1].path)
    session.declare_conflict("KIPP23-002", "Pernah menjadi pembina")
    dialog = DeclarationDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.conflicts() == {"KIPP23-002": "Pernah menjadi pembina"}
    assert not dialog.new_key
    session.close()
