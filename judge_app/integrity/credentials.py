"""Signing with a certificate from elsewhere: a PKCS#12 file (.p12/.pfx) or a PKCS#11 token
(a PSrE's or BSrE's smart card or USB token, SoftHSM in tests), beside judge-app's own key.

Everything that signs asks for a `Credential`: its certificate, a pyHanko signer for PDFs
and a raw signature for the score sheet. judge-app's own key (`keys.KeyPair`) is one; the
two kinds here are the others. A key source is chosen by the user and remembered; the
secret (password or PIN) never is."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from judge_app.base.errors import JudgeAppError
from judge_app.base.text import translate

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer

OWN = "own"
PKCS12 = "pkcs12"
PKCS11 = "pkcs11"
KINDS = (OWN, PKCS12, PKCS11)
PIN_ENV = "JUDGE_APP_PIN"  # the certificate's password or the token's PIN, in scripts


@dataclass(frozen=True)
class KeySource:
    """Where the signing key lives. For a PKCS#11 token `path` is the token's module (the
    .so/.dll its maker ships) and `token` its label; `key_label` picks one key when the
    token holds several."""

    kind: str = OWN
    path: str = ""
    token: str = ""
    key_label: str = ""

    def describe(self) -> str:
        if self.kind == PKCS12:
            return translate("credentials", "certificate file {path}").format(path=self.path)
        if self.kind == PKCS11:
            return translate("credentials", "token {token} ({module})").format(
                token=self.token or "?", module=self.path
            )
        return translate("credentials", "judge-app's own key")


@dataclass(frozen=True)
class Unlock:
    """A key source and the secret that opens it: the passphrase of judge-app's own key,
    the PKCS#12 file's password or the token's PIN."""

    secret: str
    source: KeySource = field(default_factory=KeySource)


Secret = str | Unlock  # a bare string is the passphrase of judge-app's own key


def as_unlock(secret: Secret) -> Unlock:
    return secret if isinstance(secret, Unlock) else Unlock(secret)


class Credential(Protocol):
    """What signing needs of a key, wherever it lives."""

    @property
    def certificate_der(self) -> bytes: ...

    def signer(self) -> Any:
        """A context manager giving a pyHanko `Signer` for as long as the PDF is signed."""
        ...

    def sign_raw(self, data: bytes) -> bytes: ...


def raw_signature(signer: Signer, data: bytes) -> bytes:
    """The signature of `data` with SHA-256, in the form `keys.verify_signature` reads
    (DER ECDSA or PKCS#1 v1.5), as the signer makes it for a CMS."""
    return asyncio.run(signer.async_sign_raw(data, "sha256"))


@dataclass(frozen=True)
class Pkcs11Key:
    """A key that never leaves its token: each signing opens a session, logs in with the
    PIN, signs and closes."""

    source: KeySource
    pin: str
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def certificate_der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)

    @contextmanager
    def signer(self) -> Iterator[Signer]:
        from pyhanko.sign.pkcs11 import PKCS11Signer

        with _token_session(self.source, self.pin) as session:
            yield PKCS11Signer(
                session,
                key_label=self.source.key_label or None,
                cert_label=self.source.key_label or None,
                signing_cert=_asn1(self.certificate),
                ca_chain=[_asn1(c) for c in self.chain],
                # tokens (SoftHSM among them) often lack ECDSA-with-SHA-256 but all have
                # plain ECDSA over a digest made here
                use_raw_mechanism=isinstance(
                    self.certificate.public_key(), ec.EllipticCurvePublicKey
                ),
            )

    def sign_raw(self, data: bytes) -> bytes:
        with self.signer() as signer:
            return raw_signature(signer, data)


def open_pkcs12(path: Path, password: str) -> tuple[Any, x509.Certificate, tuple[Any, ...]]:
    """The key, certificate and chain in a .p12/.pfx file, or a message naming the file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise JudgeAppError(
            translate(
                "credentials", "{path}: the certificate file cannot be read ({error})"
            ).format(path=path, error=exc.strerror or exc)
        ) from None
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(
            data, password.encode("utf-8") if password else None
        )
    except ValueError as exc:
        wrong = "password" in str(exc).lower() or "mac" in str(exc).lower()
        raise JudgeAppError(
            translate("credentials", "{path}: wrong password for the certificate file").format(
                path=path
            )
            if wrong
            else translate(
                "credentials", "{path}: not a PKCS#12 certificate file (.p12/.pfx) ({error})"
            ).format(path=path, error=exc)
        ) from None
    if key is None or certificate is None:
        raise JudgeAppError(
            translate(
                "credentials", "{path}: the file holds no private key with its certificate"
            ).format(path=path)
        )
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise JudgeAppError(
            translate(
                "credentials", "{path}: only RSA and elliptic-curve keys can sign here"
            ).format(path=path)
        )
    check_current(certificate, str(path))
    return key, certificate, tuple(chain)


def open_pkcs11(source: KeySource, pin: str) -> Pkcs11Key:
    """Find the signing certificate on the token (checks the PIN on the way)."""
    from pkcs11 import Attribute, ObjectClass

    where = source.describe()
    with _token_session(source, pin) as session:
        query: dict[Any, Any] = {Attribute.CLASS: ObjectClass.CERTIFICATE}
        if source.key_label:
            query[Attribute.LABEL] = source.key_label
        found = [
            x509.load_der_x509_certificate(bytes(obj[Attribute.VALUE]))
            for obj in session.get_objects(query)
        ]
        keys_query: dict[Any, Any] = {Attribute.CLASS: ObjectClass.PRIVATE_KEY}
        labels = [str(obj[Attribute.LABEL]) for obj in session.get_objects(keys_query)]
    signing = [c for c in found if not _is_ca(c)]
    if not signing:
        raise JudgeAppError(
            translate("credentials", "{where}: no signing certificate {label}on the token").format(
                where=where, label=f"'{source.key_label}' " if source.key_label else ""
            )
        )
    if len(signing) > 1 or (not source.key_label and len(labels) > 1):
        raise JudgeAppError(
            translate(
                "credentials",
                "{where}: the token holds several keys; choose one by label: {labels}",
            ).format(where=where, labels=", ".join(sorted(labels)) or "?")
        )
    certificate = signing[0]
    check_current(certificate, where)
    chain = tuple(c for c in found if _is_ca(c))
    return Pkcs11Key(source, pin, certificate, chain)


@contextmanager
def _token_session(source: KeySource, pin: str) -> Iterator[Any]:
    """A logged-in session on the token, with messages that name the module and token."""
    import pkcs11
    from pyhanko.sign.pkcs11 import TokenCriteria, open_pkcs11_session

    where = source.describe()
    if not Path(source.path).is_file():
        raise JudgeAppError(
            translate("credentials", "{path}: no PKCS#11 module at this path").format(
                path=source.path
            )
        )
    try:
        session = open_pkcs11_session(
            source.path,
            token_criteria=TokenCriteria(label=source.token) if source.token else None,
            user_pin=pin,
        )
    except pkcs11.PinIncorrect:
        raise JudgeAppError(
            translate("credentials", "{where}: wrong PIN").format(where=where)
        ) from None
    except pkcs11.PinLocked:
        raise JudgeAppError(
            translate("credentials", "{where}: the PIN is locked; ask the token's issuer").format(
                where=where
            )
        ) from None
    except Exception as exc:  # the module's own errors: no token, cannot load, ...
        raise JudgeAppError(
            translate("credentials", "{where}: the token cannot be opened ({error})").format(
                where=where, error=str(exc) or type(exc).__name__
            )
        ) from None
    try:
        yield session
    finally:
        session.close()


def check_current(certificate: x509.Certificate, where: str) -> None:
    """Refuse a certificate outside its validity period: a signature made with it would
    be refused by every reader."""
    now = dt.datetime.now(dt.UTC)
    if certificate.not_valid_after_utc < now:
        raise JudgeAppError(
            translate("credentials", "{where}: the certificate expired on {date}").format(
                where=where, date=certificate.not_valid_after_utc.date().isoformat()
            )
        )
    if certificate.not_valid_before_utc > now:
        raise JudgeAppError(
            translate("credentials", "{where}: the certificate is valid only from {date}").format(
                where=where, date=certificate.not_valid_before_utc.date().isoformat()
            )
        )


def _is_ca(certificate: x509.Certificate) -> bool:
    try:
        return bool(certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _asn1(certificate: x509.Certificate) -> Any:
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def open_external(unlock: Unlock) -> Credential:
    """The certificate and key the unlock names (not judge-app's own key, which needs the
    signer's identity to find: see judge/keys.py and secretariat/keys.py)."""
    from judge_app.integrity.keys import KeyPair

    source = unlock.source
    if source.kind == PKCS12:
        key, certificate, chain = open_pkcs12(Path(source.path), unlock.secret)
        return KeyPair(key, certificate, chain)
    if source.kind == PKCS11:
        return open_pkcs11(source, unlock.secret)
    raise JudgeAppError(
        translate("credentials", "unknown kind of key source: {kind}").format(kind=source.kind)
    )
