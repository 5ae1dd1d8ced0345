"""Trust in a PDF signature, decided offline (issue 22, point 3): real certificates of a test
CA (root, intermediate, signing certificates), PDFs signed by pyHanko, revocation lists
made with `cryptography`. Each verdict: certified, registered, untrusted, revoked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from judge_app.integrity.keys import fingerprint
from judge_app.integrity.pdf_sign import verify_pdf
from judge_app.integrity.trust import (
    CERTIFIED,
    REGISTERED,
    REVOKED,
    UNTRUSTED,
    Trust,
    TrustSet,
)
from tests.trust_ca import NOW, TestCA, issue, plain_pdf, sign_with


@pytest.fixture(scope="module")
def ca() -> TestCA:
    return TestCA.make()


def der(issued) -> bytes:
    return issued.cert.public_bytes(Encoding.DER)


def crl_der(path: Path) -> bytes:
    from cryptography import x509

    return x509.load_pem_x509_crl(path.read_bytes()).public_bytes(Encoding.DER)


def verdict(pdf: Path, trust: TrustSet) -> Trust:
    checks = verify_pdf(pdf.read_bytes(), trust=trust)
    assert len(checks) == 1 and checks[0].ok, checks  # the document itself is intact
    assert checks[0].trust is not None
    return checks[0].trust


def test_a_chain_to_an_imported_root_is_certified(ca: TestCA, tmp_path: Path) -> None:
    leaf = ca.leaf("Pejabat Yang Mengetahui", 10)
    pdf = sign_with(plain_pdf(), tmp_path / "signed.pdf", leaf, [ca.intermediate, ca.root])
    trust = verdict(pdf, TrustSet((der(ca.root),), asked=True))
    assert trust == Trust(CERTIFIED, issuer="Uji PSrE Intermediate", root="Uji PSrE Root")
    # the intermediate alone may be the anchor a secretariat chose to trust
    assert verdict(pdf, TrustSet((der(ca.intermediate),), asked=True)).verdict == CERTIFIED
    # without the intermediate in the signature, the chain does not reach the root
    bare = sign_with(plain_pdf(), tmp_path / "bare.pdf", leaf, [])
    assert verdict(bare, TrustSet((der(ca.root),), asked=True)).verdict == UNTRUSTED
    # verify_pdf without trust says nothing about it (the declarations' checks)
    assert verify_pdf(pdf.read_bytes())[0].trust is None


def test_a_certificate_a_given_list_names_is_revoked(ca: TestCA, tmp_path: Path) -> None:
    leaf = ca.leaf("Pejabat Dicabut", 20)
    pdf = sign_with(plain_pdf(), tmp_path / "signed.pdf", leaf, [ca.intermediate])
    roots = (der(ca.root),)

    fresh = crl_der(ca.crl(tmp_path / "fresh.crl", [20]))
    trust = verdict(pdf, TrustSet(roots, (fresh,), asked=True))
    assert trust.verdict == REVOKED
    assert "Pejabat Dicabut was revoked on" in trust.reason
    assert "revocation list of Uji PSrE Intermediate" in trust.reason

    # a list past its next update still counts: a revocation is not undone
    stale = crl_der(
        ca.crl(
            tmp_path / "stale.crl",
            [20],
            this_update=NOW - dt.timedelta(days=10),
            next_update=NOW - dt.timedelta(days=3),
        )
    )
    assert verdict(pdf, TrustSet(roots, (stale,), asked=True)).verdict == REVOKED
    # the root revoking the intermediate revokes everything below it
    above = crl_der(ca.crl(tmp_path / "root.crl", [2], by=ca.root))
    trust = verdict(pdf, TrustSet(roots, (above,), asked=True))
    assert trust.verdict == REVOKED and "Uji PSrE Intermediate was revoked" in trust.reason
    # even without the root: the list is checked against the issuer's key in the signature
    assert verdict(pdf, TrustSet((), (fresh,))).verdict == REVOKED

    # a list in the intermediate's name signed by another key is not believed
    forged = crl_der(ca.crl(tmp_path / "forged.crl", [20], signed_by=ca.root))
    assert verdict(pdf, TrustSet(roots, (forged,), asked=True)).verdict == CERTIFIED
    # nor does a list of other serial numbers touch it
    other = crl_der(ca.crl(tmp_path / "other.crl", [99]))
    assert verdict(pdf, TrustSet(roots, (other,), asked=True)).verdict == CERTIFIED


def test_other_certificates_are_untrusted_and_say_why(ca: TestCA, tmp_path: Path) -> None:
    roots = (der(ca.root),)
    elsewhere = TestCA.make("Lain")
    stranger = elsewhere.leaf("Orang Lain", 30)
    pdf = sign_with(plain_pdf(), tmp_path / "stranger.pdf", stranger, [elsewhere.intermediate])
    trust = verdict(pdf, TrustSet(roots, asked=True))
    assert trust.verdict == UNTRUSTED
    assert trust.reason == (
        "the certificate leads to no imported root certificate and is not registered in the master"
    )
    self_signed = issue("Swatanda", None, ca=False, serial=31)
    pdf = sign_with(plain_pdf(), tmp_path / "self.pdf", self_signed, [])
    assert verdict(pdf, TrustSet(roots, asked=True)).verdict == UNTRUSTED
    # nothing given to trust: said so
    trust = verdict(pdf, TrustSet())
    assert trust.reason == "no root certificates or master were given to check it against"

    expired = ca.leaf("Kedaluwarsa", 32, days=(-60, -1))
    pdf = sign_with(plain_pdf(), tmp_path / "expired.pdf", expired, [ca.intermediate])
    trust = verdict(pdf, TrustSet(roots, asked=True))
    assert trust.verdict == UNTRUSTED and "does not hold" in trust.reason
    assert "expired" in trust.reason

    server = ca.leaf("Bukan Penanda Tangan", 33, signing=False)
    pdf = sign_with(plain_pdf(), tmp_path / "server.pdf", server, [ca.intermediate])
    trust = verdict(pdf, TrustSet(roots, asked=True))
    assert trust == Trust(
        UNTRUSTED,
        issuer="Uji PSrE Intermediate",
        reason="the certificate was not issued for signing",
    )


def test_a_registered_judge_app_key_is_not_certified_but_known(ca: TestCA, tmp_path: Path) -> None:
    key = issue("Dr. Rina Wulandari", None, ca=False, serial=40)
    pdf = sign_with(plain_pdf(), tmp_path / "judge.pdf", key, [])
    registered = {fingerprint(der(key)): "judge Dr. Rina Wulandari (J1)"}
    trust = verdict(pdf, TrustSet((der(ca.root),), registered=registered, asked=True))
    assert trust == Trust(
        REGISTERED, issuer="Dr. Rina Wulandari", holder="judge Dr. Rina Wulandari (J1)"
    )
    # a revoked certificate stays revoked even when also registered
    leaf = ca.leaf("Terdaftar Dicabut", 41)
    pdf = sign_with(plain_pdf(), tmp_path / "both.pdf", leaf, [ca.intermediate])
    revoked = crl_der(ca.crl(tmp_path / "r.crl", [41]))
    both = TrustSet((der(ca.root),), (revoked,), {fingerprint(der(leaf)): "x"}, asked=True)
    assert verdict(pdf, both).verdict == REVOKED
