"""A judge's (or the secretariat's) key pair: ECDSA P-256, so ordinary PDF readers can
check the signatures, with a self-signed certificate naming the person and the
competition. The private key never leaves the user's data folder and is encrypted with
the passphrase."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from judge_app.base import atomic
from judge_app.base.errors import JudgeAppError
from judge_app.base.paths import app_home
from judge_app.base.text import translate

if TYPE_CHECKING:
    from pyhanko.sign.signers import SimpleSigner

PASSPHRASE_ENV = "JUDGE_APP_PASSPHRASE"
MIN_PASSPHRASE = 8


class WrongPassphrase(JudgeAppError):
    """The passphrase does not open the private key."""


@dataclass(frozen=True)
class Identity:
    """Who a certificate names."""

    name: str
    nip: str
    competition_id: str
    competition_title: str
    role: str = "judge"  # judge | secretariat
    subject_id: str = ""  # judge id, or "secretariat"


@dataclass(frozen=True)
class KeyPair:
    """A key held in memory: judge-app's own, or one opened from a PKCS#12 file (then
    possibly RSA, with the issuing chain to embed in each signature)."""

    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def certificate_der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)

    @contextmanager
    def signer(self) -> Iterator[SimpleSigner]:
        from asn1crypto import keys as asn1_keys
        from asn1crypto import x509 as asn1_x509
        from pyhanko.sign.signers import SimpleSigner
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        der = [
            self.certificate_der,
            *(c.public_bytes(serialization.Encoding.DER) for c in self.chain),
        ]
        certificates = [asn1_x509.Certificate.load(d) for d in der]
        key = asn1_keys.PrivateKeyInfo.load(
            self.key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        yield SimpleSigner(
            signing_cert=certificates[0],
            signing_key=key,
            # pyhanko-certvalidator leaves from_certs unannotated
            cert_registry=SimpleCertificateStore.from_certs(certificates),  # type: ignore[no-untyped-call]
        )

    def sign_raw(self, data: bytes) -> bytes:
        if isinstance(self.key, rsa.RSAPrivateKey):
            return self.key.sign(data, padding.PKCS1v15(), hashes.SHA256())
        return self.key.sign(data, ec.ECDSA(hashes.SHA256()))


def key_folder() -> Path:
    folder = app_home() / "keys"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def key_path(identity: Identity) -> Path:
    return key_folder() / identity.competition_id / f"{identity.subject_id}.key.pem"


def fingerprint(certificate_der: bytes) -> str:
    """SHA-256 of the certificate, in groups of four for reading aloud over the phone."""
    digest = hashlib.sha256(certificate_der).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise JudgeAppError(
            translate("keys", "the passphrase must have at least {count} characters").format(
                count=MIN_PASSPHRASE
            )
        )
    _secret(passphrase)


def _secret(passphrase: str) -> bytes:
    """The passphrase as bytes; never quoted in a message."""
    try:
        return passphrase.encode("utf-8")
    except UnicodeEncodeError:
        raise JudgeAppError(
            translate("keys", "the passphrase contains characters that cannot be used")
        ) from None


def _name_part(text: str, limit: int = 64) -> str:
    """X.509 limits names to 64 bytes, not characters: cut on a character boundary."""
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore") or "-"


def create_key_pair(identity: Identity, passphrase: str) -> KeyPair:
    """Make the key pair and store the key encrypted (refuses to replace an existing one)."""
    check_passphrase(passphrase)
    path = key_path(identity)
    if path.exists():
        raise JudgeAppError(
            translate("keys", "{path}: a key already exists for {name}").format(
                path=path, name=identity.name
            )
        )
    key = ec.generate_private_key(ec.SECP256R1())
    attributes = [
        x509.NameAttribute(NameOID.COMMON_NAME, _name_part(identity.name)),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, _name_part(identity.competition_title)),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, identity.competition_id),
        x509.NameAttribute(NameOID.TITLE, identity.role),
    ]
    if identity.nip and identity.nip != "-":
        attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, identity.nip))
    name = x509.Name(attributes)
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
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
        .sign(key, hashes.SHA256())
    )
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(_secret(passphrase)),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_bytes(path, pem)  # owner-only (0600), whole or absent
    atomic.write_bytes(
        path.with_name(path.name.replace(".key.pem", ".crt.pem")),
        certificate.public_bytes(serialization.Encoding.PEM),
    )
    return KeyPair(key, certificate)


def load_key_pair(identity: Identity, certificate_der: bytes, passphrase: str) -> KeyPair:
    """Open the stored key with the passphrase and check it belongs to the certificate."""
    path = key_path(identity)
    if not path.exists():
        raise JudgeAppError(
            translate(
                "keys",
                "no private key for {name} on this computer ({path}); sign on the laptop that "
                "made the declarations, or ask the secretariat to re-register you",
            ).format(name=identity.name, path=path)
        )
    key = _open_key(path, passphrase)
    certificate = x509.load_der_x509_certificate(certificate_der)
    if not isinstance(key, ec.EllipticCurvePrivateKey) or not _matches(key, certificate):
        raise JudgeAppError(
            translate("keys", "{path}: this key does not match the certificate in the file").format(
                path=path
            )
        )
    return KeyPair(key, certificate)


def _matches(key: ec.EllipticCurvePrivateKey, certificate: x509.Certificate) -> bool:
    """The certificate certifies this key (a certificate of another kind of key does not)."""
    public = certificate.public_key()
    return (
        isinstance(public, ec.EllipticCurvePublicKey)
        and key.public_key().public_numbers() == public.public_numbers()
    )


def _open_key(path: Path, passphrase: str) -> ec.EllipticCurvePrivateKey:
    data = path.read_bytes()
    if b"-----BEGIN ENCRYPTED PRIVATE KEY-----" not in data or b"-----END" not in data:
        raise JudgeAppError(
            translate("keys", "{path}: the key file is damaged (it is not a complete key)").format(
                path=path
            )
        )
    try:
        key = serialization.load_pem_private_key(data, _secret(passphrase))
    except (ValueError, TypeError) as exc:
        if "password" in str(exc).lower() or "decrypt" in str(exc).lower():
            raise WrongPassphrase(
                translate("keys", "wrong passphrase for the signing key; try again")
            ) from None
        raise JudgeAppError(
            translate("keys", "{path}: the key file is damaged and cannot be read").format(
                path=path
            )
        ) from None
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise JudgeAppError(
            translate("keys", "{path}: not a judge-app signing key").format(path=path)
        )
    return key


def set_aside_if_retired(identity: Identity, retired: list[str]) -> Path | None:
    """Rename this computer's key for `identity` out of the way when its certificate is
    one the secretariat retired, so that a new key is made instead of the old one reused."""
    path = key_path(identity)
    cert_path = path.with_name(path.name.replace(".key.pem", ".crt.pem"))
    if not retired or not cert_path.exists():
        return None
    certificate = x509.load_pem_x509_certificate(cert_path.read_bytes())
    der = certificate.public_bytes(serialization.Encoding.DER)
    if fingerprint(der) not in retired:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for old in (path, cert_path):
        if old.exists():
            old.rename(old.with_name(f"{old.name}.retired-{stamp}"))
    return path


def reuse_key_pair(identity: Identity, passphrase: str) -> KeyPair | None:
    """A key made earlier on this computer whose certificate never reached the file (for
    example the file was busy): open it rather than refuse forever."""
    path = key_path(identity)
    cert_path = path.with_name(path.name.replace(".key.pem", ".crt.pem"))
    if not path.exists() or not cert_path.exists():
        return None
    key = _open_key(path, passphrase)
    certificate = x509.load_pem_x509_certificate(cert_path.read_bytes())
    if not _matches(key, certificate):
        return None
    return KeyPair(key, certificate)


def verify_signature(certificate_der: bytes, data: bytes, signature: bytes) -> bool:
    """A score sheet's signature: ECDSA (judge-app's keys, many tokens) or RSA PKCS#1 v1.5
    (most PSrE certificates), both over SHA-256."""
    certificate = x509.load_der_x509_certificate(certificate_der)
    public_key = certificate.public_key()
    try:
        if isinstance(public_key, ec.EllipticCurvePublicKey):
            public_key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
        elif isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
        else:
            return False
    except InvalidSignature:
        return False
    return True


def certificate_subject(certificate_der: bytes) -> str:
    return x509.load_der_x509_certificate(certificate_der).subject.rfc4514_string()
