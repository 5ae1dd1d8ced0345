"""Trust in a signing certificate, decided offline (issue 22): does its chain lead to a root
certificate the secretariat imported (a PSrE's root: *tersertifikasi*), is it a judge-app
key whose fingerprint the master registered (*tidak tersertifikasi*), or neither
(*tidak tepercaya*)? Revocation lists are given as files; nothing is fetched."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import NameOID

from judge_app.base.errors import JudgeAppError
from judge_app.base.text import translate
from judge_app.integrity.keys import fingerprint

if TYPE_CHECKING:
    from asn1crypto import x509 as asn1_x509

CERTIFIED = "certified"  # tersertifikasi: the chain leads to an imported root
REGISTERED = "registered"  # tidak tersertifikasi: a judge-app key the master registered
UNTRUSTED = "untrusted"  # tidak tepercaya: neither
REVOKED = "revoked"  # a given revocation list names the certificate (or one above it)

_PEM_BLOCK = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----.*?-----END \1-----", re.DOTALL)


@dataclass(frozen=True)
class TrustSet:
    """What verify trusts: root certificates and revocation lists (DER), and the judge-app
    keys the master registered (fingerprint -> whose key, in words). `asked`: the user gave
    a master or roots, so a signature nothing trusts fails the file."""

    anchors: tuple[bytes, ...] = ()
    crls: tuple[bytes, ...] = ()
    registered: Mapping[str, str] = field(default_factory=dict)
    asked: bool = False


@dataclass(frozen=True)
class Trust:
    """The verdict on one signing certificate."""

    verdict: str  # CERTIFIED | REGISTERED | UNTRUSTED | REVOKED
    issuer: str = ""  # who issued the signing certificate
    root: str = ""  # certified: the imported root the chain leads to
    holder: str = ""  # registered: whose key it is
    reason: str = ""  # untrusted or revoked: why, in words


def short_name(name: x509.Name) -> str:
    """A certificate name as people read it: its common name, or the whole name."""
    common = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(common[0].value) if common else name.rfc4514_string()


def read_trust_file(
    data: bytes, source: str
) -> tuple[list[x509.Certificate], list[x509.CertificateRevocationList]]:
    """The certificates and revocation lists of a file: PEM (any number of each) or DER
    (one of either)."""
    certificates: list[x509.Certificate] = []
    lists: list[x509.CertificateRevocationList] = []
    try:
        if b"-----BEGIN" in data:
            for match in _PEM_BLOCK.finditer(data):
                if match[1] == b"CERTIFICATE":
                    certificates.append(x509.load_pem_x509_certificate(match[0]))
                elif match[1] == b"X509 CRL":
                    lists.append(x509.load_pem_x509_crl(match[0]))
        else:
            certificates, lists = _read_der(data)
    except ValueError as exc:
        raise JudgeAppError(
            translate("trust", "{file}: damaged certificate or revocation list ({error})").format(
                file=source, error=exc
            )
        ) from None
    if not certificates and not lists:
        raise JudgeAppError(
            translate(
                "trust", "{file}: neither a certificate nor a revocation list (PEM or DER)"
            ).format(file=source)
        )
    return certificates, lists


def _read_der(
    data: bytes,
) -> tuple[list[x509.Certificate], list[x509.CertificateRevocationList]]:
    try:
        return [x509.load_der_x509_certificate(data)], []
    except ValueError:
        pass
    try:
        return [], [x509.load_der_x509_crl(data)]
    except ValueError:
        return [], []


def anchor_problem(cert: x509.Certificate, source: str, now: dt.datetime) -> str:
    """Why a certificate cannot be a trust anchor ("" when it can): it must be a CA
    certificate (basic constraints ca=true) that is valid today."""
    name = short_name(cert.subject)
    try:
        ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        ca = False
    if not ca:
        return translate(
            "trust", "{file}: {name} is not a CA certificate (it cannot issue certificates)"
        ).format(file=source, name=name)
    if cert.not_valid_after_utc < now:
        return translate("trust", "{file}: {name} expired on {date}").format(
            file=source, name=name, date=cert.not_valid_after_utc.date().isoformat()
        )
    if cert.not_valid_before_utc > now:
        return translate("trust", "{file}: {name} is valid only from {date}").format(
            file=source, name=name, date=cert.not_valid_before_utc.date().isoformat()
        )
    return ""


def crl_problem(crl: x509.CertificateRevocationList, source: str, anchors: Iterable[bytes]) -> str:
    """Why a revocation list cannot be imported ("" when it can): one issued in the name of
    an imported root must carry that root's signature. A list of an intermediate CA is
    checked when a chain through that CA is verified."""
    for der in anchors:
        root = x509.load_der_x509_certificate(der)
        if root.subject == crl.issuer and not _signed_by(crl, root):
            return translate(
                "trust",
                "{file}: the revocation list names {name} as its issuer but is not signed by "
                "that imported root",
            ).format(file=source, name=short_name(crl.issuer))
    return ""


def der_of(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def crl_der(crl: x509.CertificateRevocationList) -> bytes:
    return crl.public_bytes(serialization.Encoding.DER)


def trust_of(
    signer: asn1_x509.Certificate, others: Iterable[asn1_x509.Certificate], trust: TrustSet
) -> Trust:
    """The verdict on a signing certificate, with `others` the certificates embedded beside
    it (its chain). Revocation first: a given list that names the certificate or one above
    it refuses it whatever else holds, even a list past its next update (a revocation is
    not undone)."""
    try:
        return _verdict(signer, list(others), trust)
    except Exception as exc:  # a malformed embedded certificate: trusted by no one
        return Trust(
            UNTRUSTED,
            reason=translate("trust", "its certificates cannot be read ({error})").format(
                error=exc
            ),
        )


def _verdict(
    signer: asn1_x509.Certificate, others: list[asn1_x509.Certificate], trust: TrustSet
) -> Trust:
    leaf = x509.load_der_x509_certificate(signer.dump())
    chain = [x509.load_der_x509_certificate(c.dump()) for c in others]
    roots = [x509.load_der_x509_certificate(der) for der in trust.anchors]
    issuer = short_name(leaf.issuer)
    revoked = _revoked(leaf, chain + roots, trust.crls)
    if revoked:
        return Trust(REVOKED, issuer, reason=revoked)
    reason = ""
    if roots:
        root, reason, revoked_too = _chain(signer, others, trust)
        if revoked_too:
            return Trust(
                REVOKED,
                issuer,
                reason=translate("trust", "a revocation list names a certificate of the chain"),
            )
        if root:
            return Trust(CERTIFIED, issuer, root=root)
    holder = trust.registered.get(fingerprint(signer.dump()))
    if holder:
        return Trust(REGISTERED, issuer, holder=holder)
    if not reason:
        reason = (
            translate(
                "trust",
                "the certificate leads to no imported root certificate and is not registered "
                "in the master",
            )
            if trust.asked
            else translate("trust", "no root certificates or master were given to check it against")
        )
    return Trust(UNTRUSTED, issuer, reason=reason)


def _chain(
    signer: asn1_x509.Certificate, others: Iterable[asn1_x509.Certificate], trust: TrustSet
) -> tuple[str, str, bool]:
    """(the root the chain leads to, "", False) when it validates today; ("", why, False)
    when it does not ("" when it leads to no imported root); ("", "", True) when a list
    pyhanko-certvalidator checked revokes it."""
    import asyncio

    from asn1crypto import crl as asn1_crl
    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator import CertificateValidator, ValidationContext
    from pyhanko_certvalidator.errors import PathBuildingError, RevokedError, ValidationError

    if signer.issuer == signer.subject and signer.dump() not in trust.anchors:
        return "", "", False  # its own root, not an imported one
    context = ValidationContext(
        trust_roots=[asn1_x509.Certificate.load(der) for der in trust.anchors],
        other_certs=list(others),
        crls=[asn1_crl.CertificateList.load(der) for der in trust.crls],
        allow_fetching=False,
        # a certificate that names a revocation list we were not given is not refused for
        # that (nothing is fetched); one a given list names is (see _revoked)
        revocation_mode="soft-fail",
    )
    validator = CertificateValidator(signer, validation_context=context)
    try:
        path = asyncio.run(validator.async_validate_path())
    except RevokedError:
        return "", "", True
    except PathBuildingError:
        return "", "", False
    except ValidationError as exc:
        return (
            "",
            translate(
                "trust", "the chain to an imported root certificate does not hold ({error})"
            ).format(error=exc),
            False,
        )
    usage = signer.key_usage_value
    if usage is not None and not {"digital_signature", "non_repudiation"} & set(usage.native):
        return "", translate("trust", "the certificate was not issued for signing"), False
    root = path.trust_anchor.authority.name
    return str(root.native.get("common_name") or root.human_friendly), "", False


def _revoked(leaf: x509.Certificate, known: list[x509.Certificate], crls: Iterable[bytes]) -> str:
    """Why the certificate or one above it is revoked ("" when no given list says so). A
    list counts only when signed by the issuer's key, found among `known` (the embedded
    chain and the roots)."""
    lists = [x509.load_der_x509_crl(der) for der in crls]
    cert: x509.Certificate | None = leaf
    seen = 0
    while cert is not None and seen < 10:
        issuers = [c for c in known if c.subject == cert.issuer]
        for crl in lists:
            if crl.issuer != cert.issuer or not any(_signed_by(crl, i) for i in issuers):
                continue
            entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
            if entry is not None:
                return translate(
                    "trust",
                    "{name} was revoked on {date}, says the revocation list of {issuer} "
                    "dated {updated}",
                ).format(
                    name=short_name(cert.subject),
                    date=entry.revocation_date_utc.date().isoformat(),
                    issuer=short_name(crl.issuer),
                    updated=crl.last_update_utc.date().isoformat(),
                )
        if cert.issuer == cert.subject:
            break
        cert = next(iter(issuers), None)
        seen += 1
    return ""


def _signed_by(crl: x509.CertificateRevocationList, issuer: x509.Certificate) -> bool:
    try:
        return crl.is_signature_valid(issuer.public_key())  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
