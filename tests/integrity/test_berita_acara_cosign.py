"""The panel signs the Berita Acara in turn (issue 22, point 4): the secretariat signs
first; each of the five demo judges adds a signature into their own field of the grid,
in an order of their choosing; the acknowledging official signs with a certificate on a
token. Nobody signs another person's field; `verify` says who has signed and who has
not; `pdfsig` reports every signature valid. Real files throughout."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers

from judge_app import services
from tests.conftest import TEST_PASSPHRASE
from tests.integrity.test_cosigned_pdf import change_later
from tests.integrity.test_signing import pdfsig
from tests.signing_tokens import issue, make_ca, softhsm_token, write_p12
from tests.test_cli import run

ORDER = ["J3", "J1", "J5", "J2", "J4"]


def _minutes(signed, folder: Path) -> Path:
    services.merge(signed.master, [p.path for p in signed.packages])
    return services.berita_acara_pdf(
        signed.master,
        folder / "berita-acara.pdf",
        TEST_PASSPHRASE,
        number="001/BA/2023",
        day=dt.date(2023, 12, 20),
    )


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_whole_panel_and_the_official_sign_in_turn(
    signed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    official = services.officials(signed.master)["mengetahui"]
    issued = issue(make_ca(), official.name, official.nip, kind="ec")
    token = softhsm_token(tmp_path, "Token Pejabat", "112233", issued)
    stranger = write_p12(tmp_path / "lain.p12", issue(make_ca(), "Orang Lain", "1990"), "pw")
    minutes = _minutes(signed, tmp_path)

    first = run("verify", minutes)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "signature grid: 0 of 6 signed" in first.stdout
    report = pdfsig(minutes)
    assert report.count("The signature form field is not signed.") == 6
    assert report.count("Signature is Valid.") == 1

    monkeypatch.setenv("JUDGE_APP_PASSPHRASE", TEST_PASSPHRASE)
    # this test's computer holds all five judges' keys: who signs must be said
    several = run("cosign", minutes)
    assert several.returncode != 0 and "--as" in several.stderr
    names = {p.judge.id: p.judge.name for p in signed.packages}
    for count, judge in enumerate(ORDER, start=1):
        done = run("cosign", minutes, "--as", judge, "--place", "Serang")
        assert done.returncode == 0, done.stderr
        assert names[judge] in done.stdout
        assert f"Signed {count} of 6" in done.stdout
        assert pdfsig(minutes).count("Signature is Valid.") == 1 + count
        checked = run("verify", minutes)
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert f"signature grid: {count} of 6 signed" in checked.stdout

    again = run("cosign", minutes, "--as", "J1")
    assert again.returncode != 0 and "has already signed" in again.stderr
    before = _sha(minutes)
    monkeypatch.setenv("JUDGE_APP_PIN", "pw")
    refused = run("cosign", minutes, "--p12", stranger)
    assert refused.returncode != 0
    assert "nobody signs another person's field" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert _sha(minutes) == before  # a refusal leaves the file as it was

    # the official, with a certificate on a token naming the NIP
    done = run(
        "cosign", minutes, "--pkcs11", token.path, "--token", "Token Pejabat",
        env={"JUDGE_APP_PIN": "112233"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Signed 6 of 6; not yet signed: -" in done.stdout

    final = pdfsig(minutes)
    assert final.count("Signature is Valid.") == 7
    assert "not signed" not in final
    checked = run("verify", minutes)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "signature grid: 6 of 6 signed; not yet signed: -" in checked.stdout
    assert "7 signatures, each valid" in checked.stdout
    for judge in ORDER:
        assert f": {names[judge]}: signed by {names[judge]}" in checked.stdout
    assert f"Mengetahui: {official.name}: signed by {official.name}" in checked.stdout

    # and a change after all that is still caught
    changed = change_later(minutes, tmp_path / "changed.pdf")
    caught = run("verify", changed)
    assert caught.returncode == 1
    assert "FAILED" in caught.stdout


def test_a_field_signed_by_somebody_else_fails_verification(signed, tmp_path: Path) -> None:
    """Signing J2's field with another certificate in another program is possible, but
    `verify` names it and fails."""
    minutes = _minutes(signed, tmp_path)
    intruder = issue(make_ca(), "Bukan Juri", kind="ec")
    p12 = write_p12(tmp_path / "intruder.p12", intruder, "pw")
    signer = signers.SimpleSigner.load_pkcs12(str(p12), passphrase=b"pw")
    out = tmp_path / "forged.pdf"
    with minutes.open("rb") as handle:
        writer = IncrementalPdfFileWriter(handle, strict=False)
        with out.open("wb") as target:
            signers.PdfSigner(signers.PdfSignatureMetadata(field_name="TTD_J2"), signer).sign_pdf(
                writer, output=target
            )
    assert pdfsig(out).count("Signature is Valid.") == 2  # the PDF itself is in order
    checked = run("verify", out)
    assert checked.returncode == 1
    assert "was signed by somebody else (Bukan Juri)" in checked.stdout
    judge = next(p.judge for p in signed.packages if p.judge.id == "J2")
    assert judge.name in checked.stdout


def test_cosign_refuses_what_is_not_a_berita_acara(signed, tmp_path: Path) -> None:
    recap = tmp_path / "J1.pdf"  # the judge's own signed recap (the fixture's): no grid
    done = run("cosign", recap, "--as", "J1", env={"JUDGE_APP_PASSPHRASE": TEST_PASSPHRASE})
    assert done.returncode != 0
    assert "no signature fields for the panel" in done.stderr
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\nrusak")
    done = run("cosign", broken, env={"JUDGE_APP_PASSPHRASE": TEST_PASSPHRASE})
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "broken.pdf" in done.stderr
