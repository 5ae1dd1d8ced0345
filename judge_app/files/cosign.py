"""`judge-app cosign`: a panel member (or the acknowledging official) adds their signature
to the Berita Acara, into their own field of its signature grid, on their own laptop and
in any order. The field is found from the key: a judge-app key on this computer whose
certificate the Berita Acara names, or a certificate (PKCS#12 file, token) registered for
that person or naming their NIP. Another person's field, a field already signed, or a
document that no longer verifies is refused, and the file is left as it was."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from judge_app.base import atomic
from judge_app.base.errors import JudgeAppError, file_problem
from judge_app.base.text import translate
from judge_app.integrity import keys
from judge_app.integrity.credentials import OWN, Credential, Secret, as_unlock, open_external
from judge_app.integrity.pdf_sign import sign_pdf, stamp_template, verify_pdf
from judge_app.integrity.signature_fields import (
    FieldOwner,
    FieldState,
    belongs_to,
    field_states,
    signer_name,
)


@dataclass(frozen=True)
class Cosigned:
    path: Path
    owner: FieldOwner
    states: list[FieldState]  # every field after this signature


def signatories(path: Path) -> list[FieldState]:
    """The fields of the Berita Acara's grid and who has signed each (for the window)."""
    return field_states(_read(path))


def cosign(
    path: Path,
    secret: Secret,
    *,
    who: str = "",
    out: Path | None = None,
    place: str = "",
) -> Cosigned:
    """Sign the caller's own empty field; `who` (a judge id or the field's name) chooses
    when several fields could be the caller's (several judges' keys on one computer)."""
    path = Path(path)
    data = _read(path)
    broken = [c for c in verify_pdf(data) if not c.ok]
    if broken:
        raise JudgeAppError(
            translate(
                "cosign", "{path}: the document does not verify, so it is not signed ({problem})"
            ).format(path=path, problem=broken[0].problem)
        )
    states = field_states(data)
    if not states:
        raise JudgeAppError(
            translate(
                "cosign",
                "{path}: this PDF has no signature fields for the panel (a Berita Acara "
                "from an older judge-app has none: make it again)",
            ).format(path=path)
        )
    unlock = as_unlock(secret)
    chosen = [s for s in states if not who or who in (s.owner.person_id, s.owner.field)]
    if who and not chosen:
        raise JudgeAppError(
            translate(
                "cosign", "{path}: no signature field for {who}; the fields are: {list}"
            ).format(path=path, who=who, list=_listing(states))
        )
    if unlock.source.kind == OWN:
        state, credential = _own_key(path, chosen, unlock.secret)
    else:
        credential = open_external(unlock)
        state = _matching(path, chosen, credential.certificate_der, explicit=bool(who))
    owner = state.owner
    en = owner.locale == "en"
    words = "Signed electronically by" if en else "Ditandatangani secara elektronik oleh"
    signed = sign_pdf(
        data,
        credential,
        None,
        reason=owner.label(),
        location=place,
        stamp_text=stamp_template(words, owner.name or signer_name(credential.certificate_der)),
        locale=owner.locale,
        timezone=owner.timezone,
        field=owner.field,
    )
    target = Path(out) if out else path
    try:
        atomic.write_bytes(target, signed)
    except OSError as exc:
        raise file_problem(exc, target) from None
    return Cosigned(target, owner, field_states(signed))


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise file_problem(exc, Path(path)) from None


def _own_key(
    path: Path, states: list[FieldState], passphrase: str
) -> tuple[FieldState, Credential]:
    """The unsigned field whose registered certificate has its judge-app key here."""
    mine = [s for s in states if s.owner.certificate and _key_here(s.owner)]
    open_fields = [s for s in mine if not s.signed]
    if not mine:
        raise JudgeAppError(
            translate(
                "cosign",
                "{path}: none of the fields belongs to a judge-app key on this computer; sign "
                "on the laptop you judged on, or with your certificate (--p12, --pkcs11)",
            ).format(path=path)
        )
    if not open_fields:
        raise JudgeAppError(
            translate("cosign", "{path}: {who} has already signed").format(
                path=path, who=", ".join(s.owner.label() for s in mine)
            )
        )
    if len(open_fields) > 1:
        raise JudgeAppError(
            translate(
                "cosign",
                "{path}: keys of several panel members are on this computer; say whose "
                "signature this is with --as: {ids}",
            ).format(path=path, ids=", ".join(s.owner.person_id for s in open_fields))
        )
    state = open_fields[0]
    owner = state.owner
    return state, keys.load_key_pair(_identity(owner), owner.certificate, passphrase)


def _key_here(owner: FieldOwner) -> bool:
    return keys.key_path(_identity(owner)).exists()


def _identity(owner: FieldOwner) -> keys.Identity:
    """The judge a field names, as their judge-app key on this computer is filed."""
    return keys.Identity(
        name=owner.name,
        nip=owner.nip,
        competition_id=owner.competition_id,
        competition_title=owner.competition_title,
        subject_id=owner.person_id,
    )


def _matching(
    path: Path, states: list[FieldState], certificate: bytes, *, explicit: bool
) -> FieldState:
    """The field this certificate may sign: its owner's registered certificate, NIP or
    name; a field that names nobody only when chosen by name."""
    mine = [s for s in states if belongs_to(s.owner, certificate)]
    if not mine and explicit and len(states) == 1 and not states[0].owner.name:
        mine = states
    if not mine:
        raise JudgeAppError(
            translate(
                "cosign",
                "{path}: this certificate ({subject}) belongs to none of the signature "
                "fields, and nobody signs another person's field; the fields are: {list}",
            ).format(path=path, subject=signer_name(certificate), list=_listing(states))
        )
    open_fields = [s for s in mine if not s.signed]
    if not open_fields:
        raise JudgeAppError(
            translate("cosign", "{path}: {who} has already signed").format(
                path=path, who=", ".join(s.owner.label() for s in mine)
            )
        )
    return open_fields[0]


def _listing(states: list[FieldState]) -> str:
    return "; ".join(f"{s.owner.person_id or s.owner.field} ({s.owner.label()})" for s in states)
