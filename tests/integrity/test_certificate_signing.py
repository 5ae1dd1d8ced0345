"""Signing with a certificate from a PSrE instead of judge-app's own key (issue 22, point 2):
a PKCS#12 file and a real PKCS#11 token (SoftHSM). Real packages, real PDFs checked by
`pdfsig`, the score sheet's own signature checked by merge and verify."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from judge_app import services
from judge_app.integrity.keys import fingerprint
from tests.integrity.test_signing import fill, pdfsig
from tests.signing_tokens import issue, make_ca, softhsm_token, write_p12
from tests.test_cli import run

REQUEST = services.DeclarationRequest("Serang", dt.date(2023, 12, 20))


def _registered(package: Path) -> bytes:
    with sqlite3.connect(package) as conn:
        (der,) = conn.execute("SELECT certificate FROM sheets ORDER BY revision DESC").fetchone()
    return bytes(der)


def test_a_judge_signs_everything_with_a_pkcs12_file_on_the_command_line(
    undeclared_demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = undeclared_demo.packages[0]
    ca = make_ca()
    issued = issue(ca, package.judge.name, package.judge.nip, kind="rsa")
    p12 = write_p12(tmp_path / "juri.p12", issued, "sandi-p12")
    monkeypatch.setenv("JUDGE_APP_PIN", "sandi-p12")
    monkeypatch.delenv("JUDGE_APP_PASSPHRASE", raising=False)

    declared = run("declare", package.path, "-o", tmp_path / "d", "--p12", p12)
    assert declared.returncode == 0, declared.stderr
    fill(package.path)
    signed = run("sign", package.path, "-o", tmp_path / "rekap.pdf", "--p12", p12)
    assert signed.returncode == 0, signed.stderr

    # the signed sheet in the package records the certificate that signed it
    assert _registered(package.path) == issued.der
    for pdf in [tmp_path / "rekap.pdf", *sorted((tmp_path / "d").glob("*.pdf"))]:
        report = pdfsig(pdf)
        assert "Signature is Valid" in report, pdf
        assert f"serialNumber={package.judge.nip}" in report
    # the secretariat registers it for the judge, as with judge-app's own key
    outcome = services.merge(undeclared_demo.master, [package.path])
    assert outcome.verdicts[0].status == "accepted", outcome.verdicts[0].reasons
    registered = fingerprint(issued.der)
    assert any(registered in reason for reason in outcome.verdicts[0].reasons)
    checked = run("verify", package.path, tmp_path / "rekap.pdf")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "valid" in checked.stdout

    # reopening proves who it is with the same certificate; another one is refused
    stranger = write_p12(tmp_path / "lain.p12", issue(ca, "Orang Lain"), "sandi-p12")
    refused = run("reopen", package.path, "--p12", stranger)
    assert refused.returncode != 0
    assert "not the certificate you registered" in refused.stderr
    assert registered in refused.stderr
    assert "Traceback" not in refused.stderr
    assert run("reopen", package.path, "--p12", p12).returncode == 0


def test_a_judge_signs_with_a_token_through_pkcs11(undeclared_demo, tmp_path: Path) -> None:
    package = undeclared_demo.packages[1]
    issued = issue(make_ca(), package.judge.name, package.judge.nip, kind="ec")
    source = softhsm_token(tmp_path, "Token Juri", "246810", issued)
    other = undeclared_demo.packages[2]
    issued_other = issue(make_ca(), other.judge.name, other.judge.nip, kind="ec")
    # a second token on the same SoftHSM, told apart by label (made before the module is
    # first opened here: SoftHSM lists its tokens once per process)
    token = softhsm_token(tmp_path, "Token Kedua", "135790", issued_other)

    wrong = services.Unlock("000000", source)
    with pytest.raises(services.JudgeAppError, match="wrong PIN"):
        services.declare(package.path, REQUEST, tmp_path / "d", wrong)
    assert not services.has_signing_key(package.path)  # nothing registered on a refusal

    unlock = services.Unlock("246810", source)
    signed = services.declare(package.path, REQUEST, tmp_path / "d", unlock)
    assert signed.fingerprint == fingerprint(issued.der)
    fill(package.path)
    services.finalise(package.path, tmp_path / "rekap.pdf", unlock)
    assert "Signature is Valid" in pdfsig(tmp_path / "rekap.pdf")
    assert _registered(package.path) == issued.der
    outcome = services.merge(undeclared_demo.master, [package.path])
    assert outcome.verdicts[0].status == "accepted", outcome.verdicts[0].reasons
    (report,) = services.verify([package.path])
    assert report.ok, report.problems

    # the same from the command line, PIN from the environment
    env_run = run(
        "declare", other.path, "-o", tmp_path / "d2",
        "--pkcs11", token.path, "--token", "Token Kedua",
    )  # fmt: skip
    assert env_run.returncode != 0  # no PIN in the environment and no terminal
    assert "JUDGE_APP_PIN" in env_run.stderr
    pin_run = run(
        "declare", other.path, "-o", tmp_path / "d2",
        "--pkcs11", token.path, "--token", "Token Kedua",
        env={"JUDGE_APP_PIN": "135790"},
    )  # fmt: skip
    assert pin_run.returncode == 0, pin_run.stderr
    assert "Signature is Valid" in pdfsig(next((tmp_path / "d2").glob("pakta-*.pdf")))


def test_the_secretariat_signs_the_rekapitulasi_with_a_certificate(
    signed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.merge(signed.master, [p.path for p in signed.packages])
    official = issue(make_ca(), "Kepala Sekretariat KIPP", "196501011990031001")
    p12 = write_p12(tmp_path / "sekretariat.p12", official, "sandi-p12")
    monkeypatch.setenv("JUDGE_APP_PIN", "sandi-p12")
    result = run(
        "results", signed.master, "--pdf", tmp_path / "rekap.pdf",
        "--berita-acara", tmp_path / "ba.pdf", "--number", "001/BA/2023", "--p12", p12,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    for pdf in ("rekap.pdf", "ba.pdf"):
        report = pdfsig(tmp_path / pdf)
        assert "Signature is Valid" in report
        assert "Kepala Sekretariat KIPP" in report


def test_bad_certificate_files_are_named_and_nothing_is_signed(
    undeclared_demo, tmp_path: Path
) -> None:
    package = undeclared_demo.packages[0]
    ca = make_ca()
    good = write_p12(tmp_path / "juri.p12", issue(ca, package.judge.name), "benar")
    expired = write_p12(tmp_path / "lama.p12", issue(ca, package.judge.name, days=-1), "benar")
    junk = tmp_path / "rusak.p12"
    junk.write_bytes(b"bukan sertifikat")
    cases = [
        (services.KeySource("pkcs12", str(good)), "salah", "wrong password"),
        (services.KeySource("pkcs12", str(junk)), "benar", "not a PKCS#12"),
        (services.KeySource("pkcs12", str(expired)), "benar", "expired on"),
        (services.KeySource("pkcs12", str(tmp_path / "tidak-ada.p12")), "x", "cannot be read"),
        (services.KeySource("pkcs11", str(tmp_path / "tidak-ada.so")), "1", "no PKCS#11 module"),
    ]
    before = package.path.read_bytes()
    for source, secret, words in cases:
        with pytest.raises(services.JudgeAppError, match=words) as caught:
            services.declare(package.path, REQUEST, tmp_path / "d", services.Unlock(secret, source))
        assert Path(source.path).name in str(caught.value)
    assert package.path.read_bytes() == before
    assert not (tmp_path / "d").exists() or not list((tmp_path / "d").iterdir())


def test_a_pkcs12_key_signs_the_sheet_in_a_form_verify_reads(tmp_path: Path) -> None:
    """The score sheet's own signature (beside the PDF's) with RSA and elliptic-curve keys."""
    from judge_app.integrity.credentials import Unlock, open_external
    from judge_app.integrity.keys import verify_signature

    ca = make_ca()
    for kind in ("rsa", "ec"):
        issued = issue(ca, "Juri", kind=kind)
        p12 = write_p12(tmp_path / f"{kind}.p12", issued, "pw")
        credential = open_external(Unlock("pw", services.KeySource("pkcs12", str(p12))))
        signature = credential.sign_raw(b"lembar nilai")
        der = issued.certificate.public_bytes(serialization.Encoding.DER)
        assert verify_signature(der, b"lembar nilai", signature)
        assert not verify_signature(der, b"lembar nilai!", signature)
