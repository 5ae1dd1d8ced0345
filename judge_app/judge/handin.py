"""Handing a package back to the secretariat.

A judge copies "the file" to a stick, often with the window still open. The hand-in
writes one self-contained copy (no `-wal` or journal to forget), named for the
competition and the judge, checks the copy as the secretariat will (verify) and says
what it holds; before replacing an earlier hand-in it makes sure that file is this
judge's package of this competition. What a returned file's surroundings say about it:
returned_file.py."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from judge_app.base.errors import FileRefused, JudgeAppError
from judge_app.base.file_names import whole_word_slug
from judge_app.base.progress import Progress
from judge_app.base.text import translate
from judge_app.files.verification import verify_file
from judge_app.sessions.package import PackageSession
from judge_app.store import repository as repo
from judge_app.store import signing as sign_store
from judge_app.store.database import make_self_contained


@dataclass(frozen=True)
class Contents:
    """What a package holds, as the secretariat will count it."""

    competition_id: str
    title: str
    judge_id: str
    judge_name: str
    declared: bool
    done: int
    due: int
    locked_revision: int | None  # the signed revision the scores are locked at
    last_signed: int  # the highest signed revision (0: never signed)

    @property
    def signed(self) -> bool:
        return self.locked_revision is not None


@dataclass(frozen=True)
class HandIn:
    path: Path
    contents: Contents
    replaced: bool  # an earlier hand-in of the same package was there


def contents(session: PackageSession) -> Contents:
    done = session.progress()
    sheets = sign_store.sheets(session.db, session.judge.id)
    return Contents(
        competition_id=repo.meta(session.db).get("competition_id", ""),
        title=session.definition.competition.title,
        judge_id=session.judge.id,
        judge_name=session.judge.name,
        declared=session.declared,
        done=done.done,
        due=done.due,
        locked_revision=session.locked_revision,
        last_signed=max((s.revision for s in sheets), default=0),
    )


def handin_name(found: Contents) -> str:
    """`<competition>_<judge id>-<judge name>.sqlite`: what the secretariat sorts by."""
    competition = whole_word_slug(found.title, 64) or found.competition_id[:8]
    judge = whole_word_slug(found.judge_name, 40)
    return f"{competition}_{found.judge_id}{'-' + judge if judge else ''}.sqlite"


def hand_in(session: PackageSession, folder: Path, progress: Progress | None = None) -> HandIn:
    """Write the open package's self-contained copy into `folder` and check it."""
    progress = progress or Progress()
    folder = Path(folder)
    if not folder.is_dir():
        raise FileRefused(translate("handin", "{folder}: folder not found").format(folder=folder))
    found = contents(session)
    target = folder / handin_name(found)
    with contextlib.suppress(OSError):
        if target.exists() and target.samefile(session.path):
            raise FileRefused(
                translate(
                    "handin",
                    "{path}: this is the package itself; choose another folder (a USB stick "
                    "or the folder the secretariat collects from)",
                ).format(path=target)
            )
    replaced = target.exists()
    if replaced:
        _check_earlier(target, found)
    tmp = folder / f".{target.name}.handin"
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        progress.step(0, 2, "writing the file")
        session.save_copy(tmp)
        make_self_contained(tmp)
        progress.step(1, 2, f"checking {target.name}")
        _check_copy(tmp, target, found)
        tmp.chmod(0o644)  # the temporary name was private; the secretariat must read it
        os.replace(tmp, target)
        _sync_folder(folder)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    progress.step(2, 2, "done")
    return HandIn(target, found, replaced)


def hand_in_file(package: Path, folder: Path, progress: Progress | None = None) -> HandIn:
    """The command line's hand-in: reads the package (it may be open in a window)."""
    session = PackageSession(package, write=False)
    try:
        return hand_in(session, folder, progress)
    finally:
        session.close()


def _check_earlier(target: Path, found: Contents) -> None:
    """Replace only an earlier hand-in of this judge's package, never another file."""
    try:
        earlier = PackageSession(target, migrate=False, write=False)
    except JudgeAppError as exc:
        raise FileRefused(_not_ours(target) + f" ({exc})") from None
    try:
        theirs = contents(earlier)
    finally:
        earlier.close()
    if (theirs.competition_id, theirs.judge_id) != (found.competition_id, found.judge_id):
        raise FileRefused(_not_ours(target))


def _not_ours(target: Path) -> str:
    return translate(
        "handin",
        "{path}: already exists and is not an earlier hand-in of this package; "
        "move it away or choose another folder",
    ).format(path=target)


def _check_copy(copy: Path, target: Path, found: Contents) -> None:
    """The copy as the secretariat will read it: verify passes and it counts the same."""
    report = verify_file(copy)
    if not report.ok:
        problems = "; ".join(p.replace(str(copy), target.name) for p in report.problems)
        raise JudgeAppError(
            translate("handin", "{path}: the copy did not pass the check: {problems}").format(
                path=target, problems=problems
            )
        )
    written = PackageSession(copy, migrate=False, write=False)
    try:
        again = contents(written)
    finally:
        written.close()
    if again != found:
        raise JudgeAppError(
            translate(
                "handin",
                "{path}: the copy does not hold what the package holds; nothing was "
                "handed in. Try again, or another folder",
            ).format(path=target)
        )


def _sync_folder(folder: Path) -> None:
    """The rename itself survives a stick pulled right after (POSIX only)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def described(found: Contents) -> list[tuple[str, str]]:
    """What the handed-in file holds, as (label, value) rows for the judge to read back:
    the terminal pads the labels, the window sets them in a table."""
    if found.signed:
        signed = translate("handin", "revision {revision}, scores locked").format(
            revision=found.locked_revision
        )
    elif found.last_signed:
        signed = translate("handin", "no (revision {revision} was reopened)").format(
            revision=found.last_signed
        )
    else:
        signed = translate("handin", "not yet")
    declared = (
        translate("handin", "signed") if found.declared else translate("handin", "not signed")
    )
    return [
        (translate("handin", "competition"), found.title),
        (translate("handin", "judge"), f"{found.judge_id} {found.judge_name}"),
        (translate("handin", "declarations"), declared),
        (
            translate("handin", "scores"),
            translate("handin", "{done} of {due}").format(done=found.done, due=found.due),
        ),
        (translate("handin", "signature"), signed),
    ]


def padded(rows: list[tuple[str, str]]) -> list[str]:
    """Rows for a terminal, the values lined up."""
    width = max((len(label) for label, _ in rows), default=0) + 2
    return [f"{label + ':':<{width}}{value}" for label, value in rows]


def unsigned_warning(found: Contents) -> str | None:
    """The one thing a judge must hear before handing in: unsigned scores do not count."""
    if found.signed:
        return None
    if found.last_signed:
        return translate(
            "handin",
            "The scores are not signed: revision {revision} was reopened and the changes "
            "since are not signed. Only signed scores count; sign them (Finalise and sign) "
            "and hand in again.",
        ).format(revision=found.last_signed)
    return translate(
        "handin",
        "The scores are not signed yet. Only signed scores count; sign them (Finalise and "
        "sign) and hand in again.",
    )
