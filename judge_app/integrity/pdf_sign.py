"""PAdES signatures on the PDFs judge-app writes (pyHanko), and their verification."""

from __future__ import annotations

import datetime as dt
import functools
import io
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from asn1crypto import x509 as asn1_x509

from judge_app.base.text import translate
from judge_app.domain import dates
from judge_app.integrity.credentials import Credential
from judge_app.integrity.signature_fields import FieldOwner, add_owned_fields, field_box
from judge_app.integrity.trust import Trust, TrustSet, trust_of
from judge_app.reports.layout import BOLD, FONT, Placement, register_fonts

if TYPE_CHECKING:
    from pyhanko.pdf_utils.content import PdfContent
    from pyhanko.sign.signers import PdfSigner

FIELD = "TandaTangan"


def sign_pdf(
    pdf: bytes,
    pair: Credential,
    placement: Placement | None,
    *,
    reason: str,
    location: str,
    stamp_text: str,
    locale: str = "id",
    timezone: str = "WIB",
    moment: dt.datetime | None = None,
    field: str = FIELD,
    owned_fields: Sequence[FieldOwner] = (),
) -> bytes:
    """Sign the whole document with a visible stamp where the signature block put it.

    `stamp_text` is a template in pyHanko's manner: `%(ts)s` becomes the signing moment
    on the competition's clock ("6 Desember 2026 21.05 WIB"), `%(signer)s` the
    certificate's name, `%%` a percent sign. The stamp is drawn in the documents' own
    embedded font, so any name prints as written.

    `moment` is when the document is signed: a builder that printed the moment in the
    text (see `dates.signing_words`) passes the same moment here, and the signature
    records exactly it (CMS signing time and the signature dictionary's /M, both to the
    second), so the printed words, the stamp and what `pdfsig` shows tell one story.
    Without it the signature is made now. A naive moment is read on the zone's clock.

    `owned_fields` are empty fields added for others to sign later (the Berita Acara's
    grid). The signature is an approval signature, not a certifying one: a certifying
    signature would forbid an official to add a field of their own in another program,
    while `verify`'s modification analysis refuses any change but signatures all the
    same. Without a `placement` the signature goes into the existing empty field `field`
    (a panel member co-signing)."""
    # pyHanko is imported here, not at start-up: it pulls in aiohttp and costs 0.4 s
    from pyhanko import stamp
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    when = dates.in_zone(moment, timezone) if moment else dates.now_in(timezone)
    when = when.replace(microsecond=0)
    certificate = asn1_x509.Certificate.load(pair.certificate_der)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    add_owned_fields(writer, owned_fields)
    if placement is None:
        box = field_box(writer, field)
    else:
        x0, y0, x1, y1 = placement.box
        box = (round(x0), round(y0), round(x1), round(y1))  # pyHanko lays out in whole points
        fields.append_signature_field(
            writer, fields.SigFieldSpec(field, box=box, on_page=max(placement.page, 0))
        )
    params = _Params(
        ts=dates.stamp_time(when, timezone, locale),
        signer=certificate.subject.native.get("common_name", ""),
    )
    appearance = _stamp_pdf(stamp_text % params, box[2] - box[0], box[3] - box[1])
    style = stamp.StaticStampStyle(
        background=_stamp_content(appearance),
        background_opacity=1.0,
        border_width=0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins(left=0, right=0, top=0, bottom=0),
        ),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason,
        location=location,
    )
    out = io.BytesIO()
    with pair.signer() as signer:
        _signer_at(when, meta, signer=signer, stamp_style=style).sign_pdf(writer, output=out)
    return out.getvalue()


def stamp_template(*lines: str) -> str:
    """A stamp text for `sign_pdf`: the given lines (a '%' in a name printed as it is),
    then the signing moment."""
    return "\n".join([*(line.replace("%", "%%") for line in lines), "%(ts)s"])


class _Params(dict[str, str]):
    """Stamp template values; an unknown `%(name)s` prints nothing instead of failing."""

    def __missing__(self, key: str) -> str:
        return ""


def _stamp_pdf(text: str, width: float, height: float) -> bytes:
    """The stamp's appearance as a one-page PDF of the box's size, drawn by reportlab in
    the embedded DejaVu font (pyHanko's own text stamps use Courier, which is neither
    embedded nor able to print names beyond ASCII). Lines too long for the box wrap, and
    the type shrinks (down to 5 pt) until every line fits."""
    from reportlab.lib import colors
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    pad = 3.0
    size = 7.0
    while True:
        # the first line (who signs) is bold: wrapped at the bold type's widths
        lines = [
            (font, part)
            for i, raw in enumerate(text.splitlines())
            for font in [BOLD if i == 0 else FONT]
            for part in (simpleSplit(raw, font, size, width - 2 * pad) or [""])
        ]
        leading = size * 1.2
        if len(lines) * leading <= height - 2 or size <= 5:
            break
        size -= 0.5
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=(width, height),
        initialFontName=FONT,  # type: ignore[arg-type]  # types-reportlab says float; a name
        pageCompression=1,
    )
    canvas.setFillColor(colors.HexColor("#1a237e"))
    top = (height + len(lines) * leading) / 2 - size  # the block centred vertically
    for i, (font, line) in enumerate(lines):
        canvas.setFont(font, size)
        canvas.drawString(pad, top - i * leading, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@functools.cache
def _pyhanko_parts() -> tuple[Callable[[bytes], PdfContent], Callable[..., PdfSigner]]:
    """Two small pyHanko extensions, made on first use (pyHanko loads lazily):
    a stamp content taken from an in-memory PDF page (pyHanko's ImportedPdfPage only
    reads files), and a signer whose session signs at a given moment instead of now."""
    from pyhanko.pdf_utils.content import PdfContent
    from pyhanko.pdf_utils.layout import BoxConstraints
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import signers
    from pyhanko.sign.signers.pdf_signer import PdfSigningSession

    class PdfBytesPage(PdfContent):
        def __init__(self, data: bytes) -> None:
            super().__init__()
            self.data = data

        def render(self) -> bytes:
            xobj = self._ensure_writer.import_page_as_xobject(
                PdfFileReader(io.BytesIO(self.data)), page_ix=0
            )
            name = "/Stamp" + uuid.uuid4().hex
            self.resources.xobject[name] = xobj
            x1, y1, x2, y2 = xobj.get_object()["/BBox"]
            self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
            return name.encode("ascii") + b" Do"

    class AtMoment(signers.PdfSigner):
        # The session's system_time is what pyHanko writes as the CMS signing time, the
        # signature dictionary's /M and the stamp's own %(ts)s.
        def __init__(self, moment: dt.datetime, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.moment = moment

        def init_signing_session(self, *args: Any, **kwargs: Any) -> PdfSigningSession:
            session = super().init_signing_session(*args, **kwargs)
            session.system_time = self.moment
            return session

    return PdfBytesPage, AtMoment


def _stamp_content(data: bytes) -> PdfContent:
    return _pyhanko_parts()[0](data)


def _signer_at(moment: dt.datetime, *args: Any, **kwargs: Any) -> PdfSigner:
    return _pyhanko_parts()[1](moment, *args, **kwargs)


@dataclass(frozen=True)
class PdfCheck:
    ok: bool
    signer: str
    signed_at: str
    whole_document: bool
    subject: str  # the document's subject: the QR payload judge-app printed
    problem: str = ""
    certificate: bytes = b""
    revision: int = 0  # the revision the signature covers, counted from 1 (0: unknown)
    revisions: int = 0  # the document's revisions
    later: str = ""  # what later revisions did, when the signature is not the last word
    trust: Trust | None = None  # whom the certificate is trusted by, when that was asked


# what later revisions may do to a signed document without changing what was signed:
# add signatures (and their fields), timestamps and validation data
HARMLESS = ("NONE", "LTA_UPDATES", "FORM_FILLING")


def verify_pdf(data: bytes, *, trust: TrustSet | None = None) -> list[PdfCheck]:
    """Every signature in the PDF, in order: intact, who signed when, which revision it
    covers, and whether later revisions only added signatures, timestamps or validation
    data (pyHanko's modification analysis; anything else fails). With `trust`, also
    whether each signing certificate is certified, registered or untrusted (trust.py):
    `ok` stays about the document's integrity alone."""
    import logging

    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = list(reader.embedded_signatures)
        revisions = reader.xrefs.total_revisions
        subject = (
            str(reader.trailer["/Info"].get("/Subject", "")) if "/Info" in reader.trailer else ""
        )
    except Exception as exc:  # pyHanko raises many kinds on a damaged file
        problem = translate("pdf_sign", "not a readable PDF ({error})").format(error=exc)
        return [PdfCheck(False, "", "", False, "", problem)]
    if not signatures:
        problem = translate("pdf_sign", "the PDF carries no signature")
        return [PdfCheck(False, "", "", False, subject, problem)]
    # the analysis logs each suspicious change with a traceback; the verdict says it
    analysis = logging.getLogger("pyhanko.sign.diff_analysis")
    level = analysis.level
    analysis.setLevel(logging.CRITICAL)
    try:
        return [_check(signature, subject, revisions, trust) for signature in signatures]
    finally:
        analysis.setLevel(level)


def _check(signature: Any, subject: str, revisions: int, trust: TrustSet | None) -> PdfCheck:
    from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

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
        revision = int(signature.signed_revision) + 1
        level = getattr(status.modification_level, "name", "OTHER")
        later = ""
        problem = ""
        if not status.intact:
            problem = translate("pdf_sign", "the document was changed after it was signed")
        elif not status.valid:
            problem = translate("pdf_sign", "the signature does not match the signer's key")
        elif not whole and status.coverage != SignatureCoverageLevel.ENTIRE_REVISION:
            problem = translate("pdf_sign", "the signature does not cover the whole document")
        elif not whole and (level not in HARMLESS or not status.docmdp_ok):
            problem = translate(
                "pdf_sign",
                "a later revision changed the document after this signature (its content, "
                "pages or annotations), not only added signatures",
            )
        elif not whole:
            later = translate(
                "pdf_sign", "later revisions only add signatures, timestamps or validation data"
            )
        return PdfCheck(
            not problem,
            signer,
            when,
            whole,
            subject,
            problem,
            certificate.dump(),
            revision,
            revisions,
            later,
            None if trust is None else trust_of(certificate, signature.other_embedded_certs, trust),
        )
    except Exception as exc:
        problem = translate("pdf_sign", "signature unreadable ({error})").format(error=exc)
        return PdfCheck(False, "", "", False, subject, problem)
