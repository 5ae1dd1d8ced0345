"""Signature fields that belong to someone: the Berita Acara's grid, one empty field per
panel member and one for the acknowledging official, each naming its owner inside the
signed first revision. Whoever signs later signs into their own field; `verify` reads who
has signed and whether each signer is the field's owner."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from cryptography import x509
from cryptography.x509.oid import NameOID

from judge_app.integrity.keys import certificate_subject

OWNER_KEY = "/JudgeAppOwner"  # a field dictionary entry of our own: the owner, as JSON


@dataclass(frozen=True)
class FieldOwner:
    """Whose a signature field is. `certificate` is the certificate the secretariat has
    registered for that judge (DER, empty for an official or a judge not yet registered):
    only it may sign the field then; otherwise the name or NIP in the certificate must
    match."""

    field: str
    role: str
    name: str
    nip: str = ""
    person_id: str = ""
    competition_id: str = ""
    competition_title: str = ""
    certificate: bytes = b""
    page: int = 0
    box: tuple[int, int, int, int] = (0, 0, 0, 0)
    locale: str = "id"  # the document's, for the stamp drawn when the field is signed
    timezone: str = "WIB"

    def to_json(self) -> str:
        data = asdict(self)
        data["certificate"] = base64.b64encode(self.certificate).decode()
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> FieldOwner:
        data = json.loads(text)
        data["certificate"] = base64.b64decode(data.get("certificate", ""))
        data["box"] = tuple(data.get("box", (0, 0, 0, 0)))
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})

    def label(self) -> str:
        return f"{self.role}: {self.name}" if self.name else self.role


@dataclass(frozen=True)
class FieldState:
    owner: FieldOwner
    signed: bool
    signer_certificate: bytes = b""  # DER of whoever signed it

    @property
    def signer(self) -> str:
        return signer_name(self.signer_certificate) if self.signer_certificate else ""

    @property
    def by_owner(self) -> bool:
        """Signed by the field's owner (a field naming nobody: by anybody)."""
        return bool(self.signer_certificate) and (
            not self.owner.name or belongs_to(self.owner, self.signer_certificate)
        )


def add_owned_fields(writer: object, owners: Iterable[FieldOwner]) -> None:
    """Empty signature fields, each with its owner written into the field dictionary, in
    the revision the secretariat's signature then covers."""
    from pyhanko.pdf_utils import generic
    from pyhanko.sign import fields

    for owner in owners:
        fields.append_signature_field(
            writer,  # type: ignore[arg-type]
            fields.SigFieldSpec(
                owner.field,
                box=owner.box,
                on_page=max(owner.page, 0),
                readable_field_name=owner.label(),
                empty_field_appearance=False,
            ),
        )
        (_name, _value, ref) = next(
            fields.enumerate_sig_fields(writer, with_name=owner.field)  # type: ignore[arg-type]
        )
        ref.get_object()[generic.NameObject(OWNER_KEY)] = generic.TextStringObject(owner.to_json())


def field_states(data: bytes) -> list[FieldState]:
    """Every owned signature field of the PDF, in the document's order, with who signed it."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    signers = {s.field_name: s.signer_cert.dump() for s in reader.embedded_signatures}
    states = []
    for name, value, ref in fields.enumerate_sig_fields(reader):
        text = ref.get_object().get(OWNER_KEY)
        if text is None:
            continue
        owner = FieldOwner.from_json(str(text))
        states.append(FieldState(owner, value is not None, signers.get(name, b"")))
    return states


def field_box(handler: object, name: str) -> tuple[int, int, int, int]:
    """The box of an owned field, for the stamp drawn when it is signed, read through the
    writer that signs it (the document is not parsed again)."""
    from pyhanko.sign import fields

    (_name, _value, ref) = next(
        fields.enumerate_sig_fields(handler, with_name=name)  # type: ignore[arg-type]
    )
    return FieldOwner.from_json(str(ref.get_object()[OWNER_KEY])).box


def belongs_to(owner: FieldOwner, certificate_der: bytes) -> bool:
    """Whether this certificate may sign the owner's field: the registered certificate
    itself; without one, a certificate whose serial number holds the owner's NIP/NIK, or
    one carrying no serial number that names the owner exactly. A field naming nobody
    belongs to nobody in particular."""
    if owner.certificate:
        return certificate_der == owner.certificate
    names, serials = _subject_parts(certificate_der)
    nip = "".join(owner.nip.split())
    if nip and nip != "-" and serials:
        return any(nip in "".join(s.split()) for s in serials)
    return bool(owner.name) and any(_same_name(owner.name, n) for n in names)


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def signer_name(certificate_der: bytes) -> str:
    """The name a certificate gives its holder, with the NIP/NIK when it carries one."""
    names, serials = _subject_parts(certificate_der)
    name = names[0] if names else certificate_subject(certificate_der)
    return f"{name} (NIP/NIK {serials[0]})" if serials else name


def _subject_parts(certificate_der: bytes) -> tuple[list[str], list[str]]:
    """The subject's common names and serial numbers (where a PSrE puts the NIP/NIK)."""
    subject = x509.load_der_x509_certificate(certificate_der).subject
    names = [str(a.value) for a in subject.get_attributes_for_oid(NameOID.COMMON_NAME)]
    serials = [str(a.value) for a in subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)]
    return names, serials
