"""Use cases shared by the command line and the GUI; the only API the UI calls."""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from judge_app import __version__
from judge_app.base.errors import DefinitionError, FileRefused, ImportProblems, JudgeAppError
from judge_app.base.file_names import ascii_words
from judge_app.base.progress import Progress
from judge_app.base.resources import templates_dir
from judge_app.base.text import translate
from judge_app.demo import Demo, build_demo, demo_package, sign_demo  # noqa: F401 - re-exported
from judge_app.domain.definition import definition_sha256, parse_definition
from judge_app.domain.judges import JUDGE_FIELDS, plan_judges, role_warnings
from judge_app.domain.model import Definition, Judge, ScoreChange
from judge_app.files.verification import Report, verify_file
from judge_app.interchange.assignments_import import read_assignments
from judge_app.interchange.entries_import import read_entries
from judge_app.interchange.judges_import import (
    ID_PATTERN,
    nip_problem,
    normalise_nip,
    read_judges,
    role_of,
)
from judge_app.judge import handin, judging, returned_file
from judge_app.judge.judging import DeclarationRequest, Signed
from judge_app.secretariat.secretariat_services import (  # the secretariat's use cases, re-exported
    JudgeStatus as JudgeStatus,
)
from judge_app.secretariat.secretariat_services import (
    MergeOutcome as MergeOutcome,
)
from judge_app.secretariat.secretariat_services import (
    berita_acara_pdf as berita_acara_pdf,
)
from judge_app.secretariat.secretariat_services import (
    judge_dashboard as judge_dashboard,
)
from judge_app.secretariat.secretariat_services import (
    letterhead as letterhead,
)
from judge_app.secretariat.secretariat_services import (
    merge as merge,
)
from judge_app.secretariat.secretariat_services import (
    method_sensitivity as method_sensitivity,
)
from judge_app.secretariat.secretariat_services import (
    official_problems as official_problems,
)
from judge_app.secretariat.secretariat_services import (
    officials as officials,
)
from judge_app.secretariat.secretariat_services import (
    reregister_key as reregister_key,
)
from judge_app.secretariat.secretariat_services import (
    results as results,
)
from judge_app.secretariat.secretariat_services import (
    results_csv as results_csv,
)
from judge_app.secretariat.secretariat_services import (
    results_json as results_json,
)
from judge_app.secretariat.secretariat_services import (
    results_pdf as results_pdf,
)
from judge_app.secretariat.secretariat_services import (
    results_xlsx as results_xlsx,
)
from judge_app.secretariat.secretariat_services import (
    set_letterhead as set_letterhead,
)
from judge_app.secretariat.secretariat_services import (
    set_official as set_official,
)
from judge_app.sessions.package import PackageSession
from judge_app.store import backups
from judge_app.store import repository as repo
from judge_app.store import signing as sign_store
from judge_app.store.database import new_file, opened
from judge_app.store.packaging import write_package

# -- results of use cases (printed by the CLI, shown by the GUI) ------------------------


@dataclass(frozen=True)
class EntryImport:
    added: int
    changed: int
    unchanged: int
    kept: int  # in the file before, absent from this import, left in place


@dataclass(frozen=True)
class FileInfo:
    path: Path
    role: str
    title: str
    competition_id: str
    definition_sha256: str
    entries: int
    judges: list[Judge]
    assignments: dict[str, int]
    package_judge: str | None


@dataclass(frozen=True)
class PackageWritten:
    judge: Judge
    path: Path
    entries: int


# -- templates and definitions ----------------------------------------------------------


def template_names() -> list[str]:
    return sorted(p.stem for p in templates_dir().glob("*.toml"))


def template_text(name: str) -> str:
    path = templates_dir() / f"{name}.toml"
    if name not in template_names():
        known = ", ".join(template_names())
        raise JudgeAppError(
            translate("services", "no template named {name} (available: {known})").format(
                name=repr(name), known=known
            )
        )
    return path.read_text(encoding="utf-8")


def template_title(name: str) -> str:
    return parse_definition(template_text(name), name).competition.title


def load_definition(source: str | Path) -> tuple[str, Definition]:
    """Read a definition from a TOML file, or from a bundled template by name."""
    path = Path(source)
    if not path.exists() and str(source) in template_names():
        text = template_text(str(source))
        return text, parse_definition(
            text, translate("services", "template {name}").format(name=source)
        )
    if not path.is_file():
        raise JudgeAppError(translate("services", "{path}: file not found").format(path=path))
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        problem = translate("services", "not UTF-8 text ({reason})").format(reason=exc.reason)
        raise DefinitionError(str(path), [problem]) from None
    return text, parse_definition(text, str(path))


# -- backups ------------------------------------------------------------------------------


def list_backups(path: str | Path) -> list[tuple[backups.Backup, backups.Summary | None]]:
    """The file's rolling backups, newest first, each with what it holds (None when the
    backup cannot be read)."""
    out = []
    for backup in backups.list_backups(Path(path)):
        try:
            out.append((backup, backups.summary(backup.path)))
        except (JudgeAppError, sqlite3.Error, OSError):
            out.append((backup, None))
    return out


def restore_backup(path: str | Path, backup: str | Path) -> Path:
    """Make the file what `backup` holds; what it held before is itself backed up first
    (returned), so a restore can be undone."""
    path, backup = Path(path), Path(backup)
    if not backup.exists():
        raise FileRefused(translate("services", "{path}: file not found").format(path=backup))
    return backups.restore(path, backup)


# -- opening files ----------------------------------------------------------------------


def file_role(path: str | Path) -> str:
    """'master' or 'package', after every check that opening the file makes."""
    with opened(path, write=False) as db:
        return repo.meta(db)["role"]


def describe(path: str | Path) -> FileInfo:
    with opened(path, write=False) as db:
        meta = repo.meta(db)
        definition = repo.read_definition(db)
        return FileInfo(
            path=Path(path),
            role=meta["role"],
            title=definition.competition.title,
            competition_id=meta.get("competition_id", ""),
            definition_sha256=repo.definition_text(db)[1],
            entries=repo.entry_count(db),
            judges=repo.judges(db),
            assignments=repo.assignment_counts(db),
            package_judge=meta.get("judge_id"),
        )


# -- master: create, entries, judges, assignments ----------------------------------------


def create_master(definition_source: str | Path, entries: Path | None, out: Path) -> FileInfo:
    """Validate everything first, then write the master in one go (nothing on failure)."""
    text, definition = load_definition(definition_source)
    rows, _ = read_entries(Path(entries), definition) if entries else ([], frozenset())
    meta = {
        "competition_id": uuid.uuid4().hex,
        "definition_sha256": definition_sha256(text),
        "created_at": repo.now(),
        "created_by": f"judge-app {__version__}",
    }
    with new_file(out, "master", meta) as db:
        with db.atomic():
            repo.write_definition(db, text, definition)
        repo.upsert_entries(db, rows)
    return describe(out)


def import_entries(master: Path, source: Path, progress: Progress | None = None) -> EntryImport:
    """Everything is read and checked before the one transaction that writes; a cancel
    before that transaction leaves the master as it was."""
    step = progress or Progress()
    with opened(master, "master") as db:
        definition = repo.read_definition(db)
        step.step(0, 2, f"reading {Path(source).name}")
        rows, present = read_entries(Path(source), definition)
        step.step(1, 2, "writing the entries")
        before = repo.entry_count(db)
        added, changed, unchanged = repo.upsert_entries(db, rows, present)
    step.report(2, 2, "done")
    return EntryImport(added, changed, unchanged, before - changed - unchanged)


@dataclass(frozen=True)
class JudgesRegistered:
    added: list[Judge]
    updated: list[Judge]
    unchanged: int
    warnings: list[str]


def _register(
    master: Path,
    incoming: list[tuple[str, Judge]],
    source: str,
    *,
    update_existing: bool,
    present: frozenset[str] = frozenset(JUDGE_FIELDS),
) -> JudgesRegistered:
    with opened(master, "master") as db:
        registered = repo.judges(db)
        plan = plan_judges(registered, incoming, update_existing=update_existing, present=present)
        if plan.problems:
            raise ImportProblems(source, plan.problems)
        repo.save_judges(db, plan.added, plan.updated)
        warnings = role_warnings(repo.judges(db))
    return JudgesRegistered(plan.added, plan.updated, plan.unchanged, warnings)


def add_judge(
    master: Path,
    name: str,
    nip: str = "",
    position: str = "",
    judge_id: str = "",
    institution: str = "",
    rank: str = "",
    role: str = "anggota",
) -> Judge:
    problems = []
    if not name.strip():
        problems.append(translate("services", "--name: must not be empty"))
    if judge_id and not ID_PATTERN.match(judge_id):
        problems.append(
            translate(
                "services", "--id: {id} is not a valid id (letters, digits, '_', '-', '.')"
            ).format(id=repr(judge_id))
        )
    if nip and (problem := nip_problem(nip.strip())):
        problems.append(f"--nip: {problem}")
    if role_of(role) is None:
        problems.append(
            translate("services", "--role: {role} is not ketua, sekretaris or anggota").format(
                role=repr(role)
            )
        )
    if problems:
        raise ImportProblems("judges add", problems)
    judge = Judge(
        id=judge_id,
        name=name.strip(),
        nip=normalise_nip(nip.strip()),
        position=position.strip(),
        institution=institution.strip(),
        rank=rank.strip(),
        role=role_of(role) or "anggota",
    )
    result = _register(master, [("--name", judge)], "judges add", update_existing=False)
    return result.added[0]


def panel_warnings(master: Path) -> list[str]:
    with opened(master, "master", write=False) as db:
        return role_warnings(repo.judges(db))


def import_judges(master: Path, source: Path) -> JudgesRegistered:
    """Register new judges and update the ones already registered (matched by id, else by
    NIP/NIK, else by name), so a corrected list can be imported again."""
    incoming, present = read_judges(Path(source))
    return _register(master, incoming, str(source), update_existing=True, present=present)


def remove_judge(master: Path, judge_id: str) -> Judge:
    """Unregister a judge who has not scored anything yet (their assignments go too)."""
    with opened(master, "master") as db:
        judge = repo.find_judge(db, judge_id)
        if repo.judge_has_work(db, judge.id):
            raise JudgeAppError(
                translate(
                    "services",
                    "{master}: {id} ({name}) already has scores or declarations "
                    "in this master and cannot be removed",
                ).format(master=master, id=judge.id, name=judge.name)
            )
        repo.remove_judge(db, judge.id)
        return judge


@dataclass(frozen=True)
class Assignment:
    counts: dict[str, int]  # judge id -> entries assigned
    judges_without: list[str]
    entries_without: list[str]


def assign(master: Path, csv: Path | None = None, *, everyone: bool = False) -> Assignment:
    """Default: every judge scores every entry. With a CSV: exactly the listed pairs. A
    master whose assignments came from a CSV is not silently reset to everyone."""
    with opened(master, "master") as db:
        judges = repo.judges(db)
        if not judges:
            raise JudgeAppError(
                translate(
                    "services", "{master}: no judges registered yet (judge-app judges add)"
                ).format(master=master)
            )
        source = repo.meta(db).get("assignment_source", "")
        if csv is None:
            if source.startswith("csv:") and not everyone:
                name = source[4:]
                raise JudgeAppError(
                    translate(
                        "services",
                        "{master}: the assignments come from {name}; without --csv every judge "
                        "would get every entry. Add the new judges or entries to {name} and run "
                        "judge-app assign {master} --csv {name}, or use --everyone on purpose",
                    ).format(master=master, name=name)
                )
            repo.assign_everyone(db)
        else:
            judge_ids = {j.id for j in judges}
            codes = {e.code for e in repo.entries(db)}
            pairs = read_assignments(Path(csv), judge_ids, codes)
            orphaned = sorted(repo.scored_pairs(db) - set(pairs))
            if orphaned:
                raise ImportProblems(
                    str(csv),
                    [
                        translate(
                            "services",
                            "judge {judge} already has scores for entry {entry}; keep it assigned",
                        ).format(judge=j, entry=e)
                        for j, e in orphaned
                    ],
                )
            repo.replace_assignments(db, pairs, Path(csv).name)
        counts = repo.assignment_counts(db)
        return Assignment(
            counts={j.id: counts.get(j.id, 0) for j in judges},
            judges_without=[j.id for j in judges if not counts.get(j.id)],
            entries_without=repo.unassigned_entries(db),
        )


def assignment_source(master: Path) -> str:
    with opened(master, "master", write=False) as db:
        return repo.meta(db).get("assignment_source", "")


# -- packages ---------------------------------------------------------------------------


def package_name(judge: Judge) -> str:
    slug = "-".join(ascii_words(judge.name))[:40].strip("-")
    return f"{judge.id}-{slug}.sqlite" if slug else f"{judge.id}.sqlite"


def make_packages(
    master: Path, out: dict[str, Path], progress: Progress | None = None
) -> list[PackageWritten]:
    """Write one package per judge id in `out`; everything is checked before any write,
    and a failure or a cancel removes the packages already written (all or none)."""
    step = progress or Progress()
    master = Path(master)
    with opened(master, "master", write=False) as db:
        meta = repo.meta(db)
        judges = {j.id: j for j in repo.judges(db)}
        counts = repo.assignment_counts(db)
        returned = {s.judge_id for s in sign_store.sheets(db, with_payload=False)}
        rekeyed = {
            r.judge_id
            for r in sign_store.retired_keys(db)
            if not sign_store.certificate(db, r.judge_id)
        }
    spelled = {j.casefold(): j for j in judges}
    out = {spelled.get(j.casefold(), j): p for j, p in out.items()}
    problems = []
    for judge_id, path in out.items():
        if judge_id not in judges:
            problems.append(
                translate("services", "unknown judge {id} (known: {known})").format(
                    id=repr(judge_id), known=", ".join(judges) or translate("services", "none")
                )
            )
        elif not counts.get(judge_id):
            problems.append(
                translate(
                    "services", "judge {id} has no assigned entries; run: judge-app assign {master}"
                ).format(id=judge_id, master=master)
            )
        if judge_id in returned and judge_id not in rekeyed:
            problems.append(
                translate(
                    "services",
                    "judge {id} has already returned signed scores to this master; a new "
                    "package (lost laptop) needs the judge's key re-registered first: "
                    "judge-app rekey {master} {id} --reason TEXT",
                ).format(id=judge_id, master=master)
            )
        if Path(path).exists():
            problems.append(
                translate(
                    "services", "{path}: already exists; choose another name or remove it first"
                ).format(path=path)
            )
    if problems:
        raise ImportProblems(str(master), problems)
    written: list[PackageWritten] = []
    try:
        for index, (judge_id, path) in enumerate(out.items()):
            step.step(index, len(out), f"writing the package of {judge_id}")
            written.append(
                _write_one_package(
                    master, meta, judges[judge_id], Path(path), reissue=judge_id in rekeyed
                )
            )
    except BaseException:
        for package in written:  # all or none: no partial set of packages on disk
            package.path.unlink(missing_ok=True)
        raise
    step.report(len(out), len(out), "done")
    return written


def _write_one_package(
    master: Path, meta: dict[str, str], judge: Judge, path: Path, reissue: bool = False
) -> PackageWritten:
    package_meta = {
        "competition_id": meta["competition_id"],
        "definition_sha256": meta["definition_sha256"],
        "judge_id": judge.id,
        "created_at": repo.now(),
        "created_by": f"judge-app {__version__}",
        # the organiser's kop surat, for the judge's own documents
        **({"letterhead": meta["letterhead"]} if meta.get("letterhead") else {}),
    }
    if reissue:
        from judge_app.store.packaging import write_reissued_package

        entries = write_reissued_package(master, judge.id, path, package_meta)
    else:
        entries = write_package(master, judge.id, path, package_meta)
    return PackageWritten(judge, path, entries)


def package_all(
    master: Path, out_dir: Path, progress: Progress | None = None
) -> list[PackageWritten]:
    out_dir = Path(out_dir)
    with opened(master, "master", write=False) as db:
        judges = repo.judges(db)
    if not judges:
        raise JudgeAppError(
            translate(
                "services", "{master}: no judges registered yet (judge-app judges add)"
            ).format(master=master)
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    return make_packages(master, {j.id: out_dir / package_name(j) for j in judges}, progress)


def list_entries(master: Path) -> list:
    with opened(master, write=False) as db:
        return repo.entries(db)


# -- scoring (a judge's package) ----------------------------------------------------------


def open_package(path: str | Path, *, read_only: bool = False) -> PackageSession:
    """The judge's package for scoring (held for changes: one writer per file), or a
    read-only view of it."""
    return PackageSession(path, write=not read_only)


def import_scores(package: Path, source: Path) -> int:
    """Paper to digital: validate every row, then store them all in one transaction."""
    session = PackageSession(package)
    try:
        changes = read_score_sheet(Path(source), session)
        session.set_cells(changes)
        return len(changes)
    finally:
        session.close()


def read_score_sheet(source: Path, session: PackageSession) -> list[ScoreChange]:
    """A CSV/XLSX score sheet read and checked against the open package (every problem
    named by row and column), not yet stored: the window stores it as one undoable step."""
    from judge_app.judge.scores_csv import read_score_changes

    return read_score_changes(Path(source), session)


def export_scores(
    package: Path, target: Path, *, all_rows: bool = False, dialect: str | None = None
) -> int:
    """Every stored score and note; with all_rows, a row for every entry × criterion so
    the file can serve as a form to type paper scores into. `dialect`: the CSV's ("id" or
    "en"), by default the competition's locale."""
    from judge_app.judge.scores_csv import write_scores_csv

    session = PackageSession(package, write=False)
    try:
        return write_scores_csv(session, target, all_rows=all_rows, dialect=dialect)
    finally:
        session.close()


# -- integrity (declarations, signing, verification) --------------------------------------


def declare(package: Path, request: DeclarationRequest, out_dir: Path, passphrase: str) -> Signed:
    session = PackageSession(package)
    try:
        return judging.declare(session, request, Path(out_dir), passphrase)
    finally:
        session.close()


def finalise(
    package: Path,
    out_pdf: Path,
    passphrase: str,
    place: str = "",
    progress: Progress | None = None,
    day: dt.date | None = None,
) -> Signed:
    """Lock, sign and write the recap dated `day` (default: today on the competition's
    clock); a recap dated another day also says when it was signed."""
    session = PackageSession(package)
    try:
        return judging.finalise(session, Path(out_pdf), passphrase, place, day, progress)
    finally:
        session.close()


def reopen(package: Path, passphrase: str) -> int:
    session = PackageSession(package)
    try:
        return judging.reopen(session, passphrase)
    finally:
        session.close()


def has_signing_key(package: Path) -> bool:
    with opened(package, "package", write=False) as db:
        return sign_store.certificate(db, repo.meta(db)["judge_id"]) is not None


def verify(paths: list[Path]) -> list[Report]:
    return [verify_file(Path(p)) for p in paths]


def competition_place(path: Path) -> str:
    with opened(path, write=False) as db:
        return repo.read_definition(db).competition.place


def competition_today(path: Path) -> dt.date:
    """Today on the competition's clock (WIB, WITA or WIT), whatever the laptop's zone."""
    from judge_app.domain.dates import now_in

    with opened(path, write=False) as db:
        return now_in(repo.read_definition(db).competition.timezone).date()


def declare_in(
    session: PackageSession, request: DeclarationRequest, out_dir: Path, passphrase: str
) -> Signed:
    """The same, on a package the window already has open."""
    signed = judging.declare(session, request, Path(out_dir), passphrase)
    session.refresh_status()
    return signed


def finalise_in(
    session: PackageSession,
    out_pdf: Path,
    passphrase: str,
    place: str = "",
    day: dt.date | None = None,
) -> Signed:
    return judging.finalise(session, Path(out_pdf), passphrase, place, day)


def reopen_in(session: PackageSession, passphrase: str) -> int:
    return judging.reopen(session, passphrase)


def missing_scores(session: PackageSession) -> list[str]:
    return judging.missing_scores(session)


def signing_key_exists(session: PackageSession) -> bool:
    return sign_store.certificate(session.db, session.judge.id) is not None


def signed_revisions(session: PackageSession) -> int:
    return max((s.revision for s in sign_store.sheets(session.db, session.judge.id)), default=0)


def hand_in(package: Path, folder: Path, progress: Progress | None = None) -> handin.HandIn:
    """The package's self-contained, checked copy for the secretariat, in `folder`."""
    return handin.hand_in_file(Path(package), Path(folder), progress)


def hand_in_from(
    session: PackageSession, folder: Path, progress: Progress | None = None
) -> handin.HandIn:
    return handin.hand_in(session, Path(folder), progress)


def returned_file_warnings(path: Path) -> list[str]:
    """A returned package that the file alone may not hold whole (see handin.py); ask
    before opening it."""
    return returned_file.beside_warnings(Path(path))


def blank_sheets(package: Path, out_pdf: Path) -> int:
    session = PackageSession(package, write=False)
    try:
        return judging.blank_sheets(session, Path(out_pdf))
    finally:
        session.close()


def export_recap(package: Path, out_pdf: Path, revision: int | None = None) -> int:
    session = PackageSession(package, write=False)
    try:
        return judging.export_recap(session, Path(out_pdf), revision)
    finally:
        session.close()
