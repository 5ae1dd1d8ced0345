"""Signing with a certificate from a PKCS#12 file or a PKCS#11 token in the window (issue 22,
point 2): the key box in every signing dialog, the choice remembered per user without the
secret, a judge's whole journey with a .p12 file and the secretariat's documents, on real
widgets, packages and PDFs (pdfsig checks the signatures)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from judge_app import services
from judge_app.domain.model import ScoreChange
from judge_app.ui.declaration_dialog import DeclarationDialog
from judge_app.ui.finalise_dialog import FinaliseDialog
from judge_app.ui.key_source_box import OWN, PKCS11, PKCS12, KeySourceBox, default_module
from judge_app.ui.secretariat_passphrase import SecretariatSigningDialog
from tests.signing_tokens import SOFTHSM_MODULE, issue, make_ca, write_p12
from tests.test_merge import fresh_master
from tests.ui.conftest import answer_dialogs


def pdfsig(path: Path) -> str:
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout


def tab_order(box: KeySourceBox) -> list:
    """The fields Tab visits in the box, from the choice of key on (a button as "browse")."""
    from PySide6.QtWidgets import QPushButton

    order, widget = [], box.kind
    while widget not in order:
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget)
        widget = widget.nextInFocusChain()
    return ["browse" if isinstance(w, QPushButton) else w for w in order if box.isAncestorOf(w)]


def choose(box: KeySourceBox, kind: str) -> None:
    box.kind.setCurrentIndex(box.kind.findData(kind))


def test_the_box_gives_the_chosen_key_and_remembers_all_but_the_secret(
    qtbot, private_home: Path, tmp_path: Path
) -> None:
    assert services.KEY_KINDS == (OWN, PKCS12, PKCS11)
    box = KeySourceBox("judge", new_key=True)
    qtbot.addWidget(box)
    box.show()
    # judge-app's own key, new: its passphrase twice, given as a plain string
    assert box.current_kind() == OWN and box.secret_label.text() == "Pass&phrase"
    assert box.repeat.isVisible() and not box.file.isVisible() and not box.module.isVisible()
    box.secret.setText("rahasia-123")
    box.repeat.setText("rahasia-124")
    assert "differ" in (box.problem() or "")
    box.repeat.setText("rahasia-123")
    assert box.problem() is None and box.unlock() == "rahasia-123"

    # a certificate file: its password, once
    choose(box, PKCS12)
    assert box.secret_label.text() == "File pass&word"
    assert box.file.isVisible() and not box.repeat.isVisible() and not box.module.isVisible()
    assert "certificate file" in (box.problem() or "")
    p12 = tmp_path / "juri.p12"
    box.file.setText(str(p12))
    box.secret.setText("sandi-p12")
    assert box.problem() is None
    assert box.unlock() == services.Unlock("sandi-p12", services.KeySource(PKCS12, str(p12)))

    # a token: its module (offered when one is installed), label, key label and PIN
    choose(box, PKCS11)
    assert box.secret_label.text() == "&PIN"
    assert box.module.isVisible() and box.token.isVisible() and not box.file.isVisible()
    assert box.module.text() == default_module()
    assert default_module() == "" or Path(default_module()).is_file()
    assert tab_order(box) == [box.kind, box.module, "browse", box.token, box.key_label, box.secret]
    box.module.setText(SOFTHSM_MODULE)
    box.token.setText("Token Juri")
    box.key_label.setText("tanda-tangan")
    box.secret.setText("246810")
    source = services.KeySource(PKCS11, SOFTHSM_MODULE, "Token Juri", "tanda-tangan")
    assert box.unlock() == services.Unlock("246810", source)
    box.remember()

    # the next box for the judge: the same choice, no secret; the secretariat's is its own
    again = KeySourceBox("judge")
    qtbot.addWidget(again)
    assert again.current_kind() == PKCS11 and again.secret.text() == ""
    assert (again.module.text(), again.token.text(), again.key_label.text()) == (
        SOFTHSM_MODULE,
        "Token Juri",
        "tanda-tangan",
    )
    assert again.file.text() == str(p12)
    # beside the choice (the declarations' short height), Tab still goes the same way
    wide = KeySourceBox("judge", wide=True)
    qtbot.addWidget(wide)
    wide.show()
    fields = [wide.kind, wide.module, "browse", wide.token, wide.key_label, wide.secret]
    assert tab_order(wide) == fields
    secretariat = KeySourceBox("secretariat")
    qtbot.addWidget(secretariat)
    assert secretariat.current_kind() == OWN
    settings = (private_home / "settings.ini").read_text(encoding="utf-8")
    assert "Token Juri" in settings
    assert "246810" not in settings and "sandi-p12" not in settings
    assert "rahasia" not in settings


def test_a_token_refusal_is_shown_in_the_declaration_dialog_and_the_choice_kept(
    qtbot, window, undeclared_demo, tmp_path: Path
) -> None:
    package = undeclared_demo.packages[0].path
    assert window.open_path(str(package))
    dialog = DeclarationDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(dialog.keys, PKCS11)
    missing = tmp_path / "tidak-ada-pkcs11.so"
    dialog.keys.module.setText(str(missing))
    dialog.keys.token.setText("Token Juri")
    dialog.passphrase.setText("246810")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # Enter signs
    # the core's own message, naming the module, not "wrong passphrase"
    assert "no PKCS#11 module" in dialog.error.text() and str(missing) in dialog.error.text()
    assert dialog.isVisible() and dialog.signed is None
    assert not services.has_signing_key_in(window.session)
    out = package.parent / "pernyataan"
    assert not out.exists() or not list(out.iterdir())
    assert dialog.focusWidget() is dialog.passphrase  # to type it again
    dialog.reject()

    later = DeclarationDialog(window.session, window)
    qtbot.addWidget(later)
    assert later.keys.current_kind() == PKCS11
    assert later.keys.module.text() == str(missing) and later.keys.token.text() == "Token Juri"
    assert later.passphrase.text() == ""


def test_a_judge_signs_reopens_and_signs_again_with_a_p12_file(
    qtbot, window, undeclared_demo, tmp_path: Path
) -> None:
    package = undeclared_demo.packages[0]
    issued = issue(make_ca(), package.judge.name, package.judge.nip)
    p12 = write_p12(tmp_path / "juri.p12", issued, "sandi-p12")
    assert window.open_path(str(package.path))
    session = window.session
    out = package.path.parent / "pernyataan"

    def declare(dialog: DeclarationDialog) -> None:
        assert dialog.new_key and dialog.keys.current_kind() == OWN
        choose(dialog.keys, PKCS12)
        assert not dialog.repeat.isVisibleTo(dialog)  # a certificate is not made here
        assert "registered as yours" in dialog.keys.note.text()
        dialog.keys.file.setText(str(p12))
        dialog.passphrase.setText("salah")
        dialog.sign_button.click()
        # refused with the file's own message, in the dialog; nothing signed or registered
        assert "wrong password for the certificate file" in dialog.error.text()
        assert "juri.p12" in dialog.error.text()
        assert dialog.isVisible() and not services.has_signing_key_in(session)
        assert not out.exists() or not list(out.iterdir())
        dialog.passphrase.setText("sandi-p12")
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)

    answer_dialogs(declare, None)  # then "Declarations signed"
    assert window.judge_actions.declare()
    assert session.declared
    for name in (f"pakta-{package.judge.id}.pdf", f"konflik-{package.judge.id}.pdf"):
        report = pdfsig(out / name)
        assert "Signature is Valid." in report
        assert f"serialNumber={package.judge.nip}" in report  # the PSrE certificate signed

    session.set_cells(
        ScoreChange(e.code, c.id, 80.0, "")
        for e in session.entries
        for c in session.definition.criteria
    )

    def finalise(dialog: FinaliseDialog) -> None:
        # the choice is remembered from the declarations; the password is not
        assert dialog.keys.current_kind() == PKCS12 and dialog.keys.file.text() == str(p12)
        assert dialog.passphrase.text() == "" and dialog.focusWidget() is dialog.passphrase
        dialog.passphrase.setText("sandi-p12")
        dialog.sign_button.click()
        qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=60000)

    answer_dialogs(finalise, QMessageBox.StandardButton.Close)
    assert window.judge_actions.finalise()
    assert session.locked_revision == 1
    recap = package.path.parent / f"rekap-{package.judge.id}-revisi-1.pdf"
    assert "Signature is Valid." in pdfsig(recap)

    stranger = write_p12(tmp_path / "lain.p12", issue(make_ca(), "Orang Lain"), "sandi-p12")

    def reopen(dialog) -> None:
        assert dialog.keys.current_kind() == PKCS12 and dialog.keys.file.text() == str(p12)
        dialog.keys.file.setText(str(stranger))
        dialog.keys.secret.setText("sandi-p12")
        dialog.sign_button.click()  # another certificate: refused, said so in the dialog
        assert "not the certificate you registered" in dialog.error.text()
        assert dialog.isVisible() and session.locked_revision == 1
        dialog.keys.file.setText(str(p12))
        dialog.keys.secret.setText("sandi-p12")
        dialog.sign_button.click()

    answer_dialogs(reopen)
    assert window.judge_actions.reopen()
    assert session.locked_revision is None


def test_the_secretariat_signs_the_recap_with_an_official_certificate(
    qtbot, window, signed, tmp_path: Path
) -> None:
    from tests.ui.test_secretariat import save_as

    master = fresh_master(signed, tmp_path, "m.sqlite")
    services.merge(master, [p.path for p in signed.packages])
    official = issue(make_ca(), "Kepala Sekretariat KIPP", "196501011990031001")
    p12 = write_p12(tmp_path / "pejabat.p12", official, "sandi-pejabat")
    assert window.open_path(str(master))
    ws = window.secretariat
    recap = tmp_path / "rekap.pdf"

    def wrong(dialog: SecretariatSigningDialog) -> None:
        # the first time the secretariat's own key would be made; a certificate is not
        assert dialog.keys.repeat.isVisibleTo(dialog)
        choose(dialog.keys, PKCS12)
        assert not dialog.keys.repeat.isVisibleTo(dialog)
        dialog.keys.file.setText(str(p12))
        dialog.keys.secret.setText("salah")
        dialog.sign_button.click()

    def right(dialog: SecretariatSigningDialog) -> None:
        # asked again with the file's own message; the choice kept, the password not
        assert "wrong password for the certificate file" in dialog.error.text()
        assert dialog.keys.current_kind() == PKCS12 and dialog.keys.secret.text() == ""
        dialog.keys.secret.setText("sandi-pejabat")
        dialog.sign_button.click()

    answer_dialogs(
        lambda dialog: dialog.accept(), save_as(recap), wrong, right,
        QMessageBox.StandardButton.Close,
    )  # fmt: skip
    assert ws.export_recap()
    qtbot.waitUntil(lambda: not ws.running, timeout=60000)
    assert ws.result == recap
    report = pdfsig(recap)
    assert "Signature is Valid." in report and "Kepala Sekretariat KIPP" in report
