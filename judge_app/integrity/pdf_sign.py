"""PAdES signatures on the PDFs judge-app writes (pyHanko), and their verification."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization

from judge_app.integrity.keys import KeyPair
from judge_app.reports.layout import Placement
from judge_app.text import translate

FIELD = "TandaTangan"


def sign_pdf(
    pdf: bytes,
    pair: KeyPair,
    placement: Placement,
    *,
    reason: str,
    location: str,
    stamp_text: str,
    locale: str = "id",
    timezone: str = "WIB",
) -> bytes:
    """Sign the whole document with a visible stamp where the signature block put it.
    `%(ts)s` in the stamp text is the signing moment in the competition's time zone."""
    # pyHanko is imported here, not at start-up: it pulls in aiohttp and costs 0.4 s
    from pyhanko import stamp
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    certificate = asn1_x509.Certificate.load(pair.certificate_der)
    key = asn1_keys.PrivateKeyInfo.load(
        pair.key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    signer = signers.SimpleSigner(
        signing_cert=certificate,
        signing_key=key,
        cert_registry=SimpleCertificateStore.from_certs([certificate]),
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    box = tuple(round(v) for v in placement.box)  # pyHanko lays out in whole points
    fields.append_signature_field(
        writer, fields.SigFieldSpec(FIELD, box=box, on_page=max(placement.page, 0))
    )
    # The stamp uses PDF's built-in font, which only knows ASCII: fold the text.
    ascii_text = unicodedata.normalize("NFKD", stamp_text).encode("ascii", "ignore").decode()
    style = stamp.TextStampStyle(
        stamp_text=ascii_text,
        text_box_style=TextBoxStyle(font_size=7, leading=9),  # whole points: pyHanko's layout
        border_width=0,
    )
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        location=location,
    )
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=signer, stamp_style=style).sign_pdf(writer, output=out)
    return out.getvalue()


@dataclass(frozen=True)
class PdfCheck:
    ok: bool
    signer: str
    signed_at: str
    whole_document: bool
    subject: str  # the document's subject: the QR payload judge-app printed
    problem: str = ""
    certificate: bytes = b""


def verify_pdf(data: bytes) -> list[PdfCheck]:
    """Every signature in the PDF: intact, covering the whole file, and who signed when."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = list(reader.embedded_signatures)
        subject = (
            str(reader.trailer["/Info"].get("/Subject", "")) if "/Info" in reader.trailer else ""
        )
    except Exception as exc:  # pyHanko raises many kinds on a damaged file
        problem = translate("pdf_sign", "not a readable PDF ({error})").format(error=exc)
        return [PdfCheck(False, "", "", False, "", problem)]
    if not signatures:
        problem = translate("pdf_sign", "the PDF carries no signature")
        return [PdfCheck(False, "", "", False, subject, problem)]
    checks = []
    for signature in signatures:
        try:
            certificate = signature.signer_cert
            status = validate_pdf_signature(
                signature, ValidationContext(trust_roots=[certificate], allow_fetching=False)
            )
            whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
            names = certificate.subject.native
            signer = names.get("common_name", "")
            if names.get("serial_number"):
                signer += f" (NIP/NIK {names['serial_number']})"
            when = status.signer_reported_dt.isoformat() if status.signer_reported_dt else ""
            problem = ""
            if not status.intact:
                problem = translate("pdf_sign", "the document was changed after it was signed")
            elif not status.valid:
                problem = translate("pdf_sign", "the signature does not match the signer's key")
            elif not whole:
                problem = translate("pdf_sign", "the signature does not cover the whole document")
            checks.append(
                PdfCheck(not problem, signer, when, whole, subject, problem, certificate.dump())
            )
        except Exception as exc:
            problem = translate("pdf_sign", "signature unreadable ({error})").format(error=exc)
            checks.append(PdfCheck(False, "", "", False, subject, problem))
    return checks
