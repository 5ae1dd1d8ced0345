"""The judge's use cases as the command line and the window call them: on a package given by its
path (opened, used and closed here) or on a session the window holds open."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from judge_app.base.progress import Progress
from judge_app.domain.model import ScoreChange
from judge_app.integrity.credentials import Secret
from judge_app.judge import declarations, handin, returned_file, score_sheet
from judge_app.judge.declarations import DeclarationRequest, Signed
from judge_app.sessions.package import PackageSession
from judge_app.store import repository as repo
from judge_app.store import signing as sign_store
from judge_app.store.database import opened


def open_package(path: str | Path, *, read_only: bool = False) -> PackageSession:
    """The judge's package for scoring (held for changes: one writer per file), or a
    read-only view of it."""
    return PackageSession(path, write=not read_only)


def import_scores(package: Path, source: Path) -> int:
    """Paper to digital: validate every row, then store them all in one transaction."""
    with PackageSession(package) as session:
        changes = read_score_sheet(Path(source), session)
        session.set_cells(changes)
        return len(changes)


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

    with PackageSession(package, write=False) as session:
        return write_scores_csv(session, target, all_rows=all_rows, dialect=dialect)


def declare(
    package: Path, request: DeclarationRequest, out_dir: Path, passphrase: Secret
) -> Signed:
    with PackageSession(package) as session:
        return declarations.declare(session, request, Path(out_dir), passphrase)


def finalise(
    package: Path,
    out_pdf: Path,
    passphrase: Secret,
    place: str = "",
    progress: Progress | None = None,
    day: dt.date | None = None,
) -> Signed:
    """Lock, sign and write the recap dated `day` (default: today on the competition's
    clock); a recap dated another day also says when it was signed."""
    with PackageSession(package) as session:
        return score_sheet.finalise(session, Path(out_pdf), passphrase, place, day, progress)


def reopen(package: Path, passphrase: Secret) -> int:
    with PackageSession(package) as session:
        return score_sheet.reopen(session, passphrase)


def has_signing_key(package: Path) -> bool:
    with opened(package, "package", write=False) as db:
        return sign_store.certificate(db, repo.meta(db)["judge_id"]) is not None


def declare_in(
    session: PackageSession, request: DeclarationRequest, out_dir: Path, passphrase: Secret
) -> Signed:
    """The same, on a package the window already has open."""
    signed = declarations.declare(session, request, Path(out_dir), passphrase)
    session.refresh_status()
    return signed


def finalise_in(
    session: PackageSession,
    out_pdf: Path,
    passphrase: Secret,
    place: str = "",
    day: dt.date | None = None,
) -> Signed:
    return score_sheet.finalise(session, Path(out_pdf), passphrase, place, day)


def reopen_in(session: PackageSession, passphrase: Secret) -> int:
    return score_sheet.reopen(session, passphrase)


def missing_scores(session: PackageSession) -> list[str]:
    return score_sheet.missing_scores(session)


def has_signing_key_in(session: PackageSession) -> bool:
    return sign_store.certificate(session.db, session.judge.id) is not None


def signed_revisions(session: PackageSession) -> int:
    return max((s.revision for s in sign_store.sheets(session.db, session.judge.id)), default=0)


def hand_in(package: Path, folder: Path, progress: Progress | None = None) -> handin.HandIn:
    """The package's self-contained, checked copy for the secretariat, in `folder`."""
    return handin.hand_in_file(Path(package), Path(folder), progress)


def returned_file_warnings(path: Path) -> list[str]:
    """A returned package that the file alone may not hold whole (see handin.py); ask
    before opening it."""
    return returned_file.beside_warnings(Path(path))


def blank_sheets(package: Path, out_pdf: Path) -> int:
    with PackageSession(package, write=False) as session:
        return score_sheet.blank_sheets(session, Path(out_pdf))


def export_recap(package: Path, out_pdf: Path, revision: int | None = None) -> int:
    with PackageSession(package, write=False) as session:
        return score_sheet.export_recap(session, Path(out_pdf), revision)
