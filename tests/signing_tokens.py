"""Certificates as a PSrE issues them, made here for the tests: a test CA, an official's or
a judge's certificate (RSA like most PSrE certificates, or elliptic-curve), a PKCS#12 file
and a real PKCS#11 token in SoftHSM (Debian's softhsm2, which the test command installs)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from judge_app import services

SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"


@dataclass(frozen=True)
class Issued:
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)


def _name(common_name: str, nip: str = "") -> x509.Name:
    parts = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if nip:
        parts.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, nip))
    parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Uji PSrE"))
    return x509.Name(parts)


def make_ca(common_name: str = "Uji PSrE Root CA") -> Issued:
    """A root CA as a PSrE's, valid for a month."""
    now = dt.datetime.now(dt.UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name(common_name)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return Issued(key, certificate)


def issue(
    ca: Issued, common_name: str, nip: str = "", *, kind: str = "rsa", days: int = 30
) -> Issued:
    """A signing certificate from `ca` for a person (NIP as the subject's serialNumber)."""
    now = dt.datetime.now(dt.UTC)
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey = (
        rsa.generate_private_key(public_exponent=65537, key_size=2048)
        if kind == "rsa"
        else ec.generate_private_key(ec.SECP256R1())
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name, nip))
        .issuer_name(ca.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=2))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca.key, hashes.SHA256())
    )
    return Issued(key, certificate, (ca.certificate,))


def write_p12(path: Path, issued: Issued, password: str) -> Path:
    data = pkcs12.serialize_key_and_certificates(
        b"signer",
        issued.key,
        issued.certificate,
        list(issued.chain),
        serialization.BestAvailableEncryption(password.encode()),
    )
    path.write_bytes(data)
    return path


def softhsm_token(
    folder: Path, label: str, pin: str, issued: Issued, key_label: str = "tanda-tangan"
) -> services.KeySource:
    """A SoftHSM token holding `issued`'s key and certificate (and its CA's certificate),
    in a token folder of its own; SOFTHSM2_CONF points there for this process and the
    commands it starts."""
    tokens = folder / "softhsm-tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(
        [
            "softhsm2-util",
            "--init-token",
            "--free",
            "--label",
            label,
            "--pin",
            pin,
            "--so-pin",
            "12345678",
        ],
        check=True,
        capture_output=True,
    )
    key_file = folder / f"{key_label}.pem"
    key_file.write_bytes(
        issued.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    subprocess.run(
        [
            "softhsm2-util",
            "--import",
            str(key_file),
            "--token",
            label,
            "--label",
            key_label,
            "--id",
            "01",
            "--pin",
            pin,
        ],
        check=True,
        capture_output=True,
    )
    key_file.unlink()
    # the certificates are written by a process of their own: SoftHSM lists its tokens
    # once per process, and this one may open a token made later
    certificates = [issued.der, *(c.public_bytes(serialization.Encoding.DER) for c in issued.chain)]
    subprocess.run(
        [
            sys.executable,
            "-c",
            _WRITE_CERTIFICATES,
            SOFTHSM_MODULE,
            label,
            pin,
            key_label,
            *(c.hex() for c in certificates),
        ],
        check=True,
        capture_output=True,
    )
    return services.KeySource("pkcs11", SOFTHSM_MODULE, label, "")


_WRITE_CERTIFICATES = """
import sys
import pkcs11
from cryptography import x509
from pkcs11 import Attribute, CertificateType, ObjectClass

module, label, pin, key_label, *certificates = sys.argv[1:]
token = pkcs11.lib(module).get_token(token_label=label)
with token.open(rw=True, user_pin=pin) as session:
    for i, value in enumerate(certificates):
        der = bytes.fromhex(value)
        session.create_object({
            Attribute.CLASS: ObjectClass.CERTIFICATE,
            Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
            Attribute.TOKEN: True,
            Attribute.LABEL: key_label if i == 0 else f"ca-{i}",
            Attribute.ID: b"\\x01" if i == 0 else bytes([0x10 + i]),
            Attribute.VALUE: der,
            Attribute.SUBJECT: x509.load_der_x509_certificate(der).subject.public_bytes(),
        })
"""
