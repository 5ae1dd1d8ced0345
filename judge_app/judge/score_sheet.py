"""The judge's score sheet (ARCHITECTURE §7): finalising signs it and locks the package,
reopening starts the next revision; the recap and blank sheets are its PDFs."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from judge_app.base import atomic
from judge_app.base.errors import JudgeAppError
from judge_app.base.progress import Progress
from judge_app.base.text import translate
from judge_app.domain.dates import signing_moment
from judge_app.domain.material import combined, digests
from judge_app.domain.scoring import format_display, format_number, weighted_parts
from judge_app.integrity import keys
from judge_app.integrity.credentials import Secret
from judge_app.integrity.pdf_sign import sign_pdf
from judge_app.integrity.sheet import payload_text, sha256_text
from judge_app.judge.declarations import (
    Signed,
    declarations_done,
    page_footer,
    signed_stamp,
    stored_signature,
)
from judge_app.judge.keys import key_pair
from judge_app.reports.judge_recap import (
    JudgeRecap,
    RecapEntry,
    RecapRow,
    RecapStage,
    render_recap,
)
from judge_app.reports.layout import qr_text
from judge_app.sessions.package import PackageSession
from judge_app.sessions.sheet import sheet_content
from judge_app.store import material as material_store
from judge_app.store import repository as repo
from judge_app.store import signing as sign_store
from judge_app.store.signing import Sheet


def missing_scores(session: PackageSession) -> list[str]:
    """'KIPP23-004: K1, K2' for every open entry with criteria still unscored."""
    out = []
    for entry in session.entries:
        if session.conflict_reason(entry.code) is not None:
            continue
        gaps = [
            c.id
            for c in session.assigned_criteria(entry.code)
            if session.value(entry.code, c.id) is None
        ]
        if gaps:
            out.append(f"{entry.code}: {', '.join(gaps)}")
    return out


def finalise(
    session: PackageSession,
    out_pdf: Path,
    passphrase: Secret,
    place: str = "",
    day: dt.date | None = None,
    progress: Progress | None = None,
) -> Signed:
    """Check completeness, sign the sheet, lock the scores and write the signed recap,
    dated `day` (default: today in the competition's time zone). Cancel (through
    `progress`) works until the scores are locked; nothing is kept."""
    progress = progress or Progress()
    if not declarations_done(session):
        raise JudgeAppError(
            translate(
                "judging",
                "sign the integrity pact and the conflict-of-interest statement first "
                "(judge-app declare)",
            )
        )
    if session.locked_revision is not None:
        raise JudgeAppError(
            translate(
                "judging", "revision {revision} is already signed; reopen it to change scores"
            ).format(revision=session.locked_revision)
        )
    out_pdf = check_pdf_target(out_pdf, session.path)
    missing = missing_scores(session)
    if len(missing) > 20:
        raise JudgeAppError(
            translate(
                "judging", "not every score is in yet — missing {missing}; and {count} more"
            ).format(missing="; ".join(missing[:20]), count=len(missing) - 20)
        )
    if missing:
        raise JudgeAppError(
            translate("judging", "not every score is in yet — missing {missing}").format(
                missing="; ".join(missing)
            )
        )
    pair = key_pair(session, passphrase, create=False)
    # a re-issued package continues after the revisions the master already holds
    base = int(repo.meta(session.db).get("revision_base", "0"))
    revision = (
        max((s.revision for s in sign_store.sheets(session.db, session.judge.id)), default=base) + 1
    )
    signed_at = repo.now()
    content = sheet_content(session, revision, signed_at)
    text = payload_text(content)
    digest = sha256_text(text)
    signature = pair.sign_raw(text.encode("utf-8"))
    definition = session.definition
    moment, day, signed_note = signing_moment(
        definition.competition.timezone, definition.competition.locale, day
    )
    recap = replace(
        _recap(session, revision, digest, place, day),
        signed_note=signed_note,
        letterhead=repo.letterhead(session.db),
    )
    progress.step(0, 1, "laying out the recap")
    pdf, placement = render_recap(
        recap, lambda done, total: progress.step(done, total, "laying out the recap")
    )
    progress.step(1, 1, "signing the recap")
    signed_pdf = sign_pdf(
        pdf,
        pair,
        placement,
        reason=(
            f"Judge score sheet, revision {revision}"
            if recap.locale == "en"
            else f"Lembar penilaian, revisi {revision}"
        ),
        location=recap.place,
        stamp_text=signed_stamp(session.judge.name, session.judge.nip, recap.locale),
        locale=recap.locale,
        timezone=definition.competition.timezone,
        moment=moment,
    )
    sheet = Sheet(
        session.judge.id,
        revision,
        text,
        digest,
        signature,
        pair.certificate_der,
        signed_at,
        signed_pdf,
    )
    progress.step(1, 1, "locking the signed scores")
    session.lock(sheet)  # sheet, recap and lock in one transaction
    try:
        atomic.write_bytes(out_pdf, signed_pdf)
    except (OSError, JudgeAppError) as exc:
        raise JudgeAppError(
            translate(
                "judging",
                "revision {revision} is signed and locked, but the recap could not be written to "
                "{path} ({error}); write it again with: judge-app recap {package} -o FILE.pdf",
            ).format(revision=revision, path=out_pdf, error=exc, package=session.path)
        ) from None
    return Signed([out_pdf], keys.fingerprint(pair.certificate_der), revision, digest)


def check_pdf_target(target: Path, package: Path) -> Path:
    """Refuse to write a PDF over the package or anything that is not a PDF."""
    target = Path(target)
    if target.suffix.lower() != ".pdf":
        raise JudgeAppError(
            translate(
                "judging", "{path}: the recap is a PDF; give a file name ending in .pdf"
            ).format(path=target)
        )
    if target.is_dir():
        raise JudgeAppError(
            translate("judging", "{path}: is a folder; give a file name ending in .pdf").format(
                path=target
            )
        )
    if target.exists() and target.resolve() == Path(package).resolve():
        raise JudgeAppError(
            translate("judging", "{path}: that is the package itself").format(path=target)
        )
    if target.exists() and not target.read_bytes()[:5] == b"%PDF-":
        raise JudgeAppError(
            translate("judging", "{path}: exists and is not a PDF; choose another name").format(
                path=target
            )
        )
    if not target.parent.is_dir():
        raise JudgeAppError(
            translate("judging", "{folder}: folder not found").format(folder=target.parent)
        )
    return target


def export_recap(session: PackageSession, out_pdf: Path, revision: int | None = None) -> int:
    """Write a signed recap again (it is kept in the package with its sheet)."""
    out_pdf = check_pdf_target(out_pdf, session.path)
    sheets = sign_store.sheets(session.db, session.judge.id)
    if not sheets:
        raise JudgeAppError(translate("judging", "nothing signed yet: finalise the scores first"))
    chosen = [s for s in sheets if revision is None or s.revision == revision]
    if not chosen or chosen[-1].recap is None:
        raise JudgeAppError(
            translate("judging", "no signed recap for revision {revision}").format(
                revision=revision
            )
        )
    atomic.write_bytes(out_pdf, chosen[-1].recap)
    return chosen[-1].revision


def reopen(session: PackageSession, passphrase: Secret) -> int:
    """Unlock a signed revision (the passphrase proves it is the judge); the next signing
    becomes revision n+1 and the signed revisions stay in the file."""
    if session.locked_revision is None:
        raise JudgeAppError(translate("judging", "nothing to reopen: the scores are not signed"))
    key_pair(session, passphrase, create=False)
    next_revision = session.locked_revision + 1
    session.unlock(next_revision)
    return next_revision


def _scored(value: float | None) -> float:
    """A finalised sheet has every cell of an entry without a conflict scored."""
    if value is None:
        raise TypeError("an unscored cell on a finalised sheet")
    return value


def _recap(
    session: PackageSession, revision: int, digest: str, place: str, today: dt.date
) -> JudgeRecap:
    definition = session.definition
    locale = definition.competition.locale
    decimal = "," if locale == "id" else "."
    categories = {c.id: c.name for c in definition.categories}
    material = digests(material_store.items(session.db))
    entries = []
    for entry in session.entries:
        reason = session.conflict_reason(entry.code)
        stages = []
        if reason is None:
            for stage in definition.stages:
                if not session.stage_assigned(entry.code, stage.id):
                    continue  # scored by the judges assigned to that stage
                criteria = definition.criteria_of(stage.id)
                values = {c.id: session.value(entry.code, c.id) for c in criteria}
                parts = weighted_parts(criteria, values)
                rows = tuple(
                    RecapRow(
                        criterion=f"{c.id}. {c.name}",
                        weight=format_number(c.weight, decimal),
                        score=format_number(_scored(values[c.id]), decimal),
                        weighted=format_display(parts[c.id], decimal),
                        note=session.note(entry.code, c.id),
                    )
                    for c in criteria
                )
                total = _scored(session.total(entry.code, stage.id))
                stages.append(RecapStage(stage.name, rows, format_display(total, decimal)))
        entries.append(
            RecapEntry(
                entry.code,
                entry.title,
                entry.agency,
                categories.get(entry.category, entry.category),
                reason,
                tuple(stages),
                material.get(entry.code, ""),
            )
        )
    meta = repo.meta(session.db)
    judge = session.judge
    return JudgeRecap(
        locale=locale,
        competition_title=definition.competition.title,
        organizer=definition.competition.organizer,
        judge=judge,
        place=place or definition.competition.place,
        date=today,
        revision=revision,
        stage_names=tuple(s.name for s in definition.stages),
        entries=tuple(entries),
        qr_payload=qr_text(
            f"{'Judge score sheet' if locale == 'en' else 'Lembar penilaian juri'} "
            f"({'revision' if locale == 'en' else 'revisi'} {revision})",
            judge.name,
            digest[:16],
            f"judge-app:sheet:{meta['competition_id']}:{judge.id}:r{revision}:{digest}",
            locale,
        ),
        footer=page_footer(session) + f" · sha256 {digest[:16]}",
        signature_png=stored_signature(session),
        material=combined(material) if material else "",
    )


def blank_sheets(session: PackageSession, out_pdf: Path) -> int:
    """Paper forms for this judge: one page per assigned, non-conflicted entry."""
    from judge_app.reports.blank_sheets import (
        BlankEntry,
        BlankSheets,
        paper_stage,
        render_blank_sheets,
    )

    definition = session.definition
    locale = definition.competition.locale
    decimal = "," if locale == "id" else "."
    meta = repo.meta(session.db)
    categories = {c.id: c.name for c in definition.categories}
    stages = tuple(
        paper_stage(stage, definition.criteria_of(stage.id), locale, decimal)
        for stage in definition.stages
    )
    entries = tuple(
        BlankEntry(
            e.code,
            e.title,
            e.agency,
            categories.get(e.category, e.category),
            # a paper form is not signed: what it is and for whom, then its identifier
            f"{'Score sheet' if locale == 'en' else 'Lembar penilaian'} {e.code} · "
            f"{session.judge.id} {session.judge.name}\n"
            f"judge-app:paper:{meta['competition_id']}:{session.judge.id}:{e.code}:"
            f"{meta['definition_sha256'][:16]}",
        )
        for e in session.entries
        if session.conflict_reason(e.code) is None
    )
    if not entries:
        raise JudgeAppError(translate("judging", "no entries left to score on paper"))
    pdf = render_blank_sheets(
        BlankSheets(
            locale,
            definition.competition.title,
            session.judge.name,
            session.judge.nip,
            stages,
            entries,
            page_footer(session),
            repo.letterhead(session.db),
        )
    )
    atomic.write_bytes(Path(out_pdf), pdf)
    return len(entries)
