"""A test certification authority, as a PSrE runs one: a root, an intermediate that issues
signing certificates, revocation lists; and PDFs signed with its certificates by pyHanko.
Real certificates and files, made with `cryptography`, for the trust tests."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers

NOW = dt.datetime.now(dt.UTC)
PEM = serialization.Encoding.PEM
DER = serialization.Encoding.DER


def name(common_name: str) -> x509.Name:
    """Country, organisation, then common name, in the order real certificates have them."""
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Uji PSrE"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def usage(*, ca: bool, signing: bool = True) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=signing and not ca,
        content_commitment=signing and not ca,
        key_encipherment=not signing,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


@dataclass
class Issued:
    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey

    def write(self, path: Path, encoding: serialization.Encoding = PEM) -> Path:
        path.write_bytes(self.cert.public_bytes(encoding))
        return path


def issue(
    common_name: str,
    issuer: Issued | None,
    *,
    ca: bool,
    serial: int,
    signing: bool = True,
    days: tuple[int, int] = (-1, 30),
) -> Issued:
    """A certificate; `issuer` None makes it self-signed. `days`: valid from, until (from
    today)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = name(common_name)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(serial)
        .not_valid_before(NOW + dt.timedelta(days=days[0]))
        .not_valid_after(NOW + dt.timedelta(days=days[1]))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(usage(ca=ca, signing=signing), critical=True)
    )
    cert = builder.sign(issuer.key if issuer else key, hashes.SHA256())
    return Issued(cert, key)


@dataclass
class TestCA:
    __test__ = False  # not a test class, though its name starts so

    root: Issued
    intermediate: Issued

    @classmethod
    def make(cls, title: str = "Uji PSrE") -> TestCA:
        root = issue(f"{title} Root", None, ca=True, serial=1)
        return cls(root, issue(f"{title} Intermediate", root, ca=True, serial=2))

    def leaf(self, common_name: str, serial: int, **kwargs: object) -> Issued:
        return issue(common_name, self.intermediate, ca=False, serial=serial, **kwargs)  # type: ignore[arg-type]

    def crl(
        self,
        path: Path,
        revoked: list[int],
        *,
        by: Issued | None = None,
        signed_by: Issued | None = None,
        this_update: dt.datetime | None = None,
        next_update: dt.datetime | None = None,
        encoding: serialization.Encoding = PEM,
    ) -> Path:
        """A revocation list of `by` (the intermediate) listing the serial numbers;
        `signed_by` another key forges one."""
        issuer = by or self.intermediate
        builder = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(issuer.cert.subject)
            .last_update(this_update or NOW - dt.timedelta(hours=2))
            .next_update(next_update or NOW + dt.timedelta(days=7))
        )
        for serial in revoked:
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder()
                .serial_number(serial)
                .revocation_date(NOW - dt.timedelta(hours=1))
                .build()
            )
        crl = builder.sign((signed_by or issuer).key, hashes.SHA256())
        path.write_bytes(crl.public_bytes(encoding))
        return path


def plain_pdf(text: str = "Berita Acara uji") -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def sign_with(
    source: bytes | Path, out: Path, holder: Issued, chain: list[Issued], field: str = "Pejabat"
) -> Path:
    """Sign (or co-sign) a PDF with `holder`'s certificate, embedding `chain` in the CMS as a
    PSrE's signing software does."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    data = source.read_bytes() if isinstance(source, Path) else source
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(holder.cert.public_bytes(DER)),
        signing_key=asn1_keys.PrivateKeyInfo.load(
            holder.key.private_bytes(
                DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
        cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
            [asn1_x509.Certificate.load(c.cert.public_bytes(DER)) for c in chain]
        ),
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    spec = fields.SigFieldSpec(field, box=(60, 40, 220, 90), on_page=0)
    pdf = signers.PdfSigner(
        signers.PdfSignatureMetadata(field_name=field), signer, new_field_spec=spec
    )
    with out.open("wb") as target:
        pdf.sign_pdf(writer, output=target)
    return out
