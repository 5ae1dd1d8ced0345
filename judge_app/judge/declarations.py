"""The judge's declarations (ARCHITECTURE §7): the integrity pact and the conflict-of-interest
declaration, each a signed PDF, before any score."""

from __future__ import annotations

import base64
import datetime as dt
import io
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from judge_app.base import atomic
from judge_app.base.errors import JudgeAppError
from judge_app.base.text import translate
from judge_app.domain.dates import signing_moment
from judge_app.domain.model import Definition
from judge_app.integrity import keys
from judge_app.integrity.credentials import Secret
from judge_app.integrity.pdf_sign import sign_pdf, stamp_template
from judge_app.judge.keys import key_pair
from judge_app.reports.declarations import DeclarationForm, document_title, render_declaration
from judge_app.reports.layout import qr_text
from judge_app.sessions.package import PackageSession
from judge_app.store import repository as repo
from judge_app.store import signing as sign_store
from judge_app.store.signing import Declaration

KINDS = ("pakta", "konflik")


@dataclass(frozen=True)
class DeclarationRequest:
    place: str
    date: dt.date
    conflicts: dict[str, str] = field(default_factory=dict)  # entry code -> reason
    rank: str | None = None
    position: str | None = None
    institution: str | None = None
    signature_png: bytes | None = None


@dataclass(frozen=True)
class Signed:
    paths: list[Path]
    fingerprint: str
    revision: int = 0
    sha256: str = ""


def page_footer(session: PackageSession) -> str:
    """The technical footer, in the document's language."""
    meta = repo.meta(session.db)
    word = "definition" if session.definition.competition.locale == "en" else "definisi"
    return (
        f"judge-app · {meta['competition_id'][:12]} · {word} {meta['definition_sha256'][:12]}"
        f" · {session.judge.id}"
    )


def signed_stamp(name: str, nip: str, locale: str = "id") -> str:
    """The visible stamp's text, in the document's language (drawn in the documents' own
    font, so a name prints as written; the NIP stands in for an empty one)."""
    said = "Signed electronically" if locale == "en" else "Ditandatangani secara elektronik"
    return stamp_template(said, name.strip() or f"NIP/NIK {nip}")


def declarations_done(session: PackageSession) -> bool:
    return set(sign_store.declarations(session.db, session.judge.id)) >= set(KINDS)


def declare(
    session: PackageSession, request: DeclarationRequest, out_dir: Path, passphrase: Secret
) -> Signed:
    """Record conflicts, write and sign both declarations, store them in the package."""
    if not request.place.strip():
        raise JudgeAppError(
            translate("judging", "the place of signing is required (for example: Serang)")
        )
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for code in request.conflicts:
        if session.canonical_code(code) not in {e.code for e in session.entries}:
            raise JudgeAppError(
                translate(
                    "judging", "--conflict {code}: not an entry assigned to this judge"
                ).format(code=code)
            )
    if request.signature_png:
        _check_png(request.signature_png)
    wanted = {
        session.canonical_code(code): reason.strip() for code, reason in request.conflicts.items()
    }
    for entry in session.entries:
        reason = session.conflict_reason(entry.code)
        if reason is not None:
            wanted.setdefault(entry.code, reason)
    pair = key_pair(session, passphrase, create=True)
    judge = session.judge
    corrections = {
        "rank": request.rank,
        "position": request.position,
        "institution": request.institution,
    }
    identity = replace(judge, **{k: v for k, v in corrections.items() if v is not None})
    definition: Definition = session.definition
    locale = definition.competition.locale
    meta = repo.meta(session.db)
    conflicts = tuple(
        (e.code, e.title, wanted[e.code]) for e in session.entries if e.code in wanted
    )
    fingerprint = keys.fingerprint(pair.certificate_der)
    letterhead = repo.letterhead(session.db)
    moment, _day, signed_note = signing_moment(
        definition.competition.timezone, locale, request.date
    )
    written, records = [], []
    for kind in KINDS:
        form = DeclarationForm(
            kind=kind,
            locale=locale,
            competition_title=definition.competition.title,
            organizer=definition.competition.organizer,
            identity=identity,
            place=request.place.strip(),
            date=request.date,
            conflicts=conflicts if kind == "konflik" else (),
            texts=definition.declarations,
            signature_png=request.signature_png or stored_signature(session),
            qr_payload=f"judge-app:declaration:{meta['competition_id']}:{judge.id}:{kind}:"
            f"{fingerprint.replace(' ', '')[:16]}",
            footer=page_footer(session),
            fingerprint=fingerprint,
            signed_note=signed_note,
            letterhead=letterhead,
        )
        # the QR code says in words what this is and who signed it, then its identifier
        form = replace(
            form,
            qr_payload=qr_text(
                document_title(form),
                identity.name,
                fingerprint.replace(" ", "")[:16],
                form.qr_payload,
                locale,
            ),
        )
        pdf, placement = render_declaration(form)
        signed = sign_pdf(
            pdf,
            pair,
            placement,
            reason=document_title(form),
            location=request.place.strip(),
            stamp_text=signed_stamp(judge.name, judge.nip, locale),
            locale=locale,
            timezone=definition.competition.timezone,
            moment=moment,
        )
        path = out_dir / f"{kind}-{judge.id}.pdf"
        atomic.write_bytes(path, signed)
        written.append(path)
        form_text = sign_store.form_text(
            {
                "kind": kind,
                "identity": asdict(identity),
                "place": request.place.strip(),
                "date": request.date.isoformat(),
                "conflicts": [list(c) for c in conflicts] if kind == "konflik" else [],
            }
        )
        records.append(
            Declaration(judge.id, kind, repo.now(), form_text, signed, sha256_bytes(signed))
        )
    # Only now that both signed PDFs exist does the package change.
    for code, reason in wanted.items():
        if session.conflict_reason(code) != reason:
            session.declare_conflict(code, reason)
    if request.signature_png:
        repo.set_meta(
            session.db, {"signature_png": base64.b64encode(request.signature_png).decode()}
        )
    sign_store.save_declarations(session.db, records)
    return Signed(written, fingerprint)


def _check_png(data: bytes) -> None:
    from reportlab.lib.utils import ImageReader

    try:
        ImageReader(io.BytesIO(data)).getSize()
    except Exception:
        raise JudgeAppError(
            translate("judging", "the signature image is not a readable PNG image")
        ) from None


def sha256_bytes(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def stored_signature(session: PackageSession) -> bytes | None:
    text = repo.meta(session.db).get("signature_png")
    return base64.b64decode(text) if text else None
