"""The secretariat's use cases on a master: merge, key re-registration, results and
their exports, the judges dashboard. Reached through `judge_app.services` like every
other use case."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from judge_app.base import atomic
from judge_app.base.errors import ImportProblems, JudgeAppError, file_problem
from judge_app.base.progress import Progress
from judge_app.base.text import translate
from judge_app.domain.model import Judge
from judge_app.domain.officials import Letterhead, Official
from judge_app.store import package_reads
from judge_app.store import repository as repo
from judge_app.store import signing as sign_store
from judge_app.store.database import opened


def reregister_key(master: Path, judge_id: str, reason: str) -> sign_store.RetiredKey:
    """Retire a judge's registered key (lost laptop or key): the signed sheets already
    merged stay valid, anything later signed with that key is refused, a new package can be
    issued and the judge's next declarations register the new key. Backed up and logged."""
    from judge_app.integrity.keys import fingerprint
    from judge_app.store.database import backup_copy

    if not reason.strip():
        raise JudgeAppError(
            translate("secretariat_services", "a reason is required (it is kept in the audit log)")
        )
    with opened(master, "master") as db:
        judge = repo.find_judge(db, judge_id)
        der = sign_store.certificate(db, judge.id)
        if der is None:
            raise JudgeAppError(
                translate(
                    "secretariat_services",
                    "judge {id} has no registered key yet; the first accepted "
                    "declarations will register one",
                ).format(id=judge.id)
            )
        backup_copy(db, Path(master), "before-rekey")
        return sign_store.retire_certificate(db, judge.id, fingerprint(der), reason.strip())


@dataclass(frozen=True)
class MergeOutcome:
    verdicts: list
    backup: Path | None

    @property
    def refused(self) -> list:
        return [v for v in self.verdicts if v.status in ("refused", "conflict")]

    def as_json(self) -> dict:
        """Statuses are codes; reasons are sentences in `language` (as on the screen)."""
        from judge_app.base.text import language

        return {
            "language": language(),
            "files": [
                {
                    "path": v.path,
                    "status": v.status,
                    "reasons": v.reasons,
                    **({"unconfirmed_keys": v.pending_keys} if v.pending_keys else {}),
                }
                for v in self.verdicts
            ],
        }


def merge(
    master: Path,
    files: list[Path],
    accept_keys: dict[str, str] | None = None,
    progress: Progress | None = None,
) -> MergeOutcome:
    """Plan read-only, then apply everything accepted in one transaction after a backup;
    refused files change nothing. `accept_keys`: judge id -> the fingerprint of a new key
    the secretariat confirmed with the judge (lost laptop)."""
    from judge_app.secretariat.merge.plan import plan_merge
    from judge_app.store import merging
    from judge_app.store.database import backup_copy, use_bulk_cache

    with opened(master, "master") as db:
        meta = repo.meta(db)
        registered = {j.id: sign_store.certificate(db, j.id) for j in repo.judges(db)}
        held = sign_store.sheets(db, with_payload=False)
        existing = {(s.judge_id, s.revision): s.sha256 for s in held}
        retired: dict[str, dict[bytes, int]] = {}
        for r in sign_store.retired_keys(db):
            retired.setdefault(r.judge_id, {})[r.certificate] = r.last_revision
        plan = plan_merge(
            meta,
            registered,
            existing,
            [Path(f) for f in files],
            merging.disputed(db),
            merging.progress(db),
            retired,
            {repo.find_judge(db, j).id: fp for j, fp in (accept_keys or {}).items()},
            progress,
        )
        backup = None
        if plan.changes:
            step = progress or Progress()
            step.step(len(files), len(files) + 1, "backing up the master")
            backup = backup_copy(db, Path(master), "before-merge")
            use_bulk_cache(db)
            staged = _stage(db, plan, step, len(files))
            step.step(len(files), len(files) + 1, "writing the merge")
            with merging.without_foreign_keys(db):
                merging.apply(
                    db,
                    plan.sheets,
                    plan.declarations,
                    plan.certificates,
                    plan.progress,
                    plan.disputed,
                    plan.retire,
                    staged,
                    step.report,  # reported, not a cancel point: the transaction is on
                )
            package_reads.drop_staged(db, staged.values())
    if progress is not None:
        progress.report(1, 1, "done")  # a terminal bar ends its line
    return MergeOutcome(plan.verdicts, backup)


def _stage(db: sqlite_utils.Database, plan, step: Progress, files: int) -> dict[str, str]:
    """Copy the cells of each package proven equal to its sheet into the master's
    temporary tables, and keep only those whose staged rows are exactly the signed cells
    (the file may have changed since it was checked); the others are parsed from the
    signed sheet."""
    import sqlite3

    from judge_app.integrity.sheet import split_scores

    signed = {sheet.sha256: sheet for sheet in plan.sheets}
    staged = {}
    for index, (sha, proof) in enumerate(sorted(plan.copy_from.items())):
        step.step(index, len(plan.copy_from), "reading the signed scores")
        name = f"merge_staged_{index}"
        try:
            package_reads.stage_scores(db, proof.path, proof.judge_id, name)
        except sqlite3.Error:  # the file changed into something unreadable: parse the sheet
            package_reads.drop_staged(db, [name])
            continue
        header, inner = split_scores(signed[sha].payload)
        if header is not None and package_reads.staged_matches(db, name, proof.judge_id, inner):
            staged[sha] = name
        else:
            package_reads.drop_staged(db, [name])
    return staged


def results(master: Path, method: str | None = None) -> dict:
    from judge_app.secretariat import results_service

    with opened(master, "master", write=False) as db:
        return results_service.document(db, method)[1]


def _phases(progress: Progress | None, *names: str):
    """Coarse progress through the named phases of an export, with cancel between them."""
    progress = progress or Progress()
    for index, name in enumerate(names):
        progress.step(index, len(names), name)
        yield
    progress.report(len(names), len(names), "done")  # past the point of no return


def results_json(
    master: Path, out: Path, method: str | None = None, progress: Progress | None = None
) -> dict:
    """`judge-app results --json`: the results document, written whole or not at all."""
    import json

    from judge_app.interchange.results_csv import with_display_figures

    def write(tmp: Path, document: dict) -> None:
        shown = with_display_figures(document)  # the printed figures beside the unrounded
        tmp.write_text(json.dumps(shown, indent=2, ensure_ascii=False), encoding="utf-8")

    return _write_document(master, out, method, progress, write)


def results_csv(
    master: Path,
    out: Path,
    method: str | None = None,
    progress: Progress | None = None,
    dialect: str | None = None,
) -> dict:
    """One row per entry, the figures as printed; `dialect` "id" (semicolon, decimal
    comma) or "en" (comma, point), by default the competition's locale."""
    from judge_app.interchange.results_csv import csv_dialect, write_results_csv
    from judge_app.secretariat import results_service

    phases = _phases(progress, "computing the results", "writing the file")
    next(phases)
    with opened(master, "master", write=False) as db:
        definition, document = results_service.document(db, method)
    locale = definition.competition.locale
    next(phases)
    with atomic.replacing(out) as tmp:
        write_results_csv(
            tmp,
            document,
            locale=locale,
            dialect=csv_dialect(dialect, locale),
            stages=[(s.id, s.name) for s in definition.stages if definition.criteria_of(s.id)],
            categories=[(c.id, c.name) for c in definition.categories],
        )
    next(phases, None)
    return document


def _write_document(master, out, method, progress, write) -> dict:
    phases = _phases(progress, "computing the results", "writing the file")
    next(phases)
    document = results(master, method)
    next(phases)
    with atomic.replacing(out) as tmp:
        write(tmp, document)
    next(phases, None)
    return document


def results_pdf(
    master: Path,
    out_pdf: Path,
    passphrase: str,
    method: str | None = None,
    progress: Progress | None = None,
    day=None,
    *,
    number: str = "",
    berita_acara_number: str = "",
    place: str = "",
) -> Path:
    """The signed Rekapitulasi Nilai (secretariat key, made at first use), numbered
    `number` and/or marked as the attachment of the Berita Acara `berita_acara_number`."""
    from judge_app.secretariat import results_service

    return _signed_results_pdf(
        master,
        out_pdf,
        method,
        progress,
        lambda db, document: results_service.recap_pdf(
            db,
            document,
            passphrase,
            place=place,
            day=day,
            number=number.strip(),
            berita_acara_number=berita_acara_number.strip(),
        ),
    )


def _signed_results_pdf(master, out_pdf, method, progress, render) -> Path:
    """Compute the results, lay out and sign a document of them, write it whole."""
    from judge_app.secretariat import results_service

    out_pdf = Path(out_pdf)
    phases = _phases(progress, "computing the results", "laying out and signing the PDF")
    next(phases)
    with opened(master, "master") as db:
        _, document = results_service.document(db, method)
        next(phases)
        pdf = render(db, document)
    next(phases, None)
    atomic.write_bytes(out_pdf, pdf)
    return out_pdf


def berita_acara_pdf(
    master: Path,
    out_pdf: Path,
    passphrase: str,
    method: str | None = None,
    number: str = "",
    day=None,
    place: str = "",
    progress: Progress | None = None,
) -> Path:
    from judge_app.secretariat import results_service

    return _signed_results_pdf(
        master,
        out_pdf,
        method,
        progress,
        lambda db, document: results_service.berita_acara_pdf(
            db, document, passphrase, number, place, day
        ),
    )


def results_xlsx(
    master: Path, out: Path, method: str | None = None, progress: Progress | None = None
) -> Path:
    """Results workbook: a sheet per category, every judge's scores, the flags. The
    scores are streamed from the master's rows (the counted signed sheets, which verify
    checks), in judge, entry, criterion order."""
    from judge_app.interchange.results_xlsx import write_results_xlsx
    from judge_app.secretariat import results_service
    from judge_app.store import totals as totals_store

    phases = _phases(progress, "computing the results", "writing the workbook")
    next(phases)
    with opened(master, "master", write=False) as db:
        definition, document = results_service.document(db, method)
        next(phases)
        categories = [(c.id, c.name) for c in definition.categories]
        write_results_xlsx(
            Path(out),
            document,
            categories,
            totals_store.every_score(db),
            definition.competition.locale,
            stages=[(s.id, s.name) for s in definition.stages if definition.criteria_of(s.id)],
            judges=repo.judges(db),
            conflicts=totals_store.conflicts(db),
        )
    next(phases, None)
    return Path(out)


@dataclass(frozen=True)
class JudgeStatus:
    judge: Judge
    assigned: int
    declared: bool
    revision: int | None  # highest signed revision merged
    progress: str  # "done/due" from a draft, or "" when unknown
    fingerprint: str
    merged_at: str = ""  # when the latest signed sheet was merged
    retired: int = 0  # keys the secretariat retired (lost laptop)


def judge_dashboard(master: Path) -> list[JudgeStatus]:
    """What the secretariat needs to see per judge: declarations, progress, signed
    revision and the certificate fingerprint to compare by phone."""
    with opened(master, "master", write=False) as db:
        return dashboard_of(db)


def dashboard_of(db: sqlite_utils.Database) -> list[JudgeStatus]:
    from judge_app.integrity.keys import fingerprint
    from judge_app.store import merging

    counts = repo.assignment_counts(db)
    progress = merging.progress(db)
    counted = merging.counted_sheets(db, with_payload=False)
    merged = merging.merged_at(db)
    retired: dict[str, int] = {}
    for key in sign_store.retired_keys(db):
        retired[key.judge_id] = retired.get(key.judge_id, 0) + 1
    out = []
    for judge in repo.judges(db):
        declared = set(sign_store.declarations(db, judge.id)) >= {"pakta", "konflik"}
        certificate = sign_store.certificate(db, judge.id)
        done_due = progress.get(judge.id)
        sheet = counted.get(judge.id)
        out.append(
            JudgeStatus(
                judge,
                counts.get(judge.id, 0),
                declared,
                sheet.revision if sheet else None,
                f"{done_due[0]}/{done_due[1]}" if done_due else "",
                fingerprint(certificate) if certificate else "",
                merged.get(judge.id, ""),
                retired.get(judge.id, 0),
            )
        )
    return out


def method_sensitivity(master: Path) -> list:
    """Entries whose category rank or award changes between the four methods."""
    from judge_app.domain.results import method_sensitivity as sensitivity
    from judge_app.secretariat.results_service import inputs_from_sheets

    with opened(master, "master", write=False) as db:
        definition = repo.read_definition(db)
        return sensitivity(definition, repo.entries(db), inputs_from_sheets(db, definition))


# -- the documents' letterhead and signing officials -----------------------------------


def letterhead(master: Path) -> Letterhead:
    with opened(master, "master", write=False) as db:
        return repo.letterhead(db)


def set_letterhead(
    master: Path, lines: list[str], logo: Path | None = None, keep_logo: bool = True
) -> Letterhead:
    """Set the kop surat printed on the first page of every document. `logo`: a PNG or
    JPEG file; without one the stored logo is kept (`keep_logo`) or removed. Packages
    written afterwards carry it to the judges."""
    from judge_app.domain.officials import MAX_LETTERHEAD_LINES, MAX_LOGO_BYTES

    problems = []
    cleaned = [line.strip() for line in lines if line.strip()]
    if len(cleaned) > MAX_LETTERHEAD_LINES:
        problems.append(
            translate("secretariat_services", "--line: at most {count} lines, got {got}").format(
                count=MAX_LETTERHEAD_LINES, got=len(cleaned)
            )
        )
    for number, line in enumerate(cleaned, start=1):
        if len(line) > 150:
            problems.append(
                translate(
                    "secretariat_services", "line {number}: longer than 150 characters"
                ).format(number=number)
            )
        if any(ch < " " for ch in line):
            problems.append(
                translate(
                    "secretariat_services", "line {number}: contains a control character"
                ).format(number=number)
            )
    image: bytes | None = None
    if logo is not None:
        try:
            image = Path(logo).read_bytes()
        except OSError as exc:
            raise file_problem(exc, logo) from None
        if len(image) > MAX_LOGO_BYTES:
            problems.append(
                translate("secretariat_services", "{file}: larger than 1 MB").format(file=logo)
            )
        elif not _readable_image(image):
            problems.append(
                translate("secretariat_services", "{file}: not a PNG or JPEG image").format(
                    file=logo
                )
            )
    if problems:
        raise ImportProblems("letterhead", problems)
    with opened(master, "master") as db:
        if image is None and keep_logo:
            image = repo.letterhead(db).logo
        value = Letterhead(tuple(cleaned), image)
        repo.set_letterhead(db, value)
    return value


def _readable_image(data: bytes) -> bool:
    """PNG or JPEG that the PDF library can draw."""
    import io

    from reportlab.lib.utils import ImageReader

    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        return False
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # any decoder failure means: not an image we can print
        return False
    return width > 0 and height > 0


def officials(master: Path) -> dict[str, Official]:
    with opened(master, "master", write=False) as db:
        return repo.officials(db)


def official_problems(role: str, nip: str) -> list[str]:
    """What is wrong with an official's registration (empty: nothing)."""
    from judge_app.domain.officials import OFFICIAL_ROLES
    from judge_app.interchange.judges_import import nip_problem

    problems = []
    if role not in OFFICIAL_ROLES:
        problems.append(
            translate("secretariat_services", "{role} is not one of: {roles}").format(
                role=repr(role), roles=", ".join(OFFICIAL_ROLES)
            )
        )
    nip = nip.strip()
    if nip and nip != "-" and (problem := nip_problem(nip)):
        problems.append(f"--nip: {problem}")
    return problems


def set_official(
    master: Path, role: str, name: str, nip: str = "", position: str = ""
) -> Official | None:
    """Register who signs for the secretariat ('sekretariat') or acknowledges the Berita
    Acara ('mengetahui'); an empty name removes the registration."""
    if problems := official_problems(role, nip):
        raise ImportProblems("official", problems)
    official = Official(role, name.strip(), nip.strip(), position.strip()) if name.strip() else None
    with opened(master, "master") as db:
        repo.set_official(db, official, role)
    return official
