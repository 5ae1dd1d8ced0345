"""What a judge-app file is (a master or a judge's package), what it holds, and its backups."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from judge_app.base.errors import FileRefused, JudgeAppError
from judge_app.base.text import translate
from judge_app.domain.model import Judge
from judge_app.files.verification import Report, verify_file
from judge_app.store import backup_files, backups
from judge_app.store import material as material_store
from judge_app.store import repository as repo
from judge_app.store.database import opened


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
    size: int = 0  # bytes of the file on disk
    material_entries: int = 0  # entries with proposal material
    material_pieces: int = 0  # sections and files listed
    material_held: int = 0  # of which the file carries the bytes
    material_bytes: int = 0  # bytes of material the file carries


def list_backups(path: str | Path) -> list[tuple[backup_files.Backup, backups.Summary | None]]:
    """The file's rolling backups, newest first, each with what it holds (None when the
    backup cannot be read)."""
    out: list[tuple[backup_files.Backup, backups.Summary | None]] = []
    for backup in backup_files.list_backups(Path(path)):
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


def file_role(path: str | Path) -> str:
    """'master' or 'package', after every check that opening the file makes."""
    with opened(path, write=False) as db:
        return repo.meta(db)["role"]


def describe(path: str | Path) -> FileInfo:
    with opened(path, write=False) as db:
        meta = repo.meta(db)
        definition = repo.read_definition(db)
        held, listed = material_store.carried(db)
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
            size=Path(path).stat().st_size,
            material_entries=len(material_store.entries_with_material(db)),
            material_pieces=listed,
            material_held=held,
            material_bytes=material_store.blob_bytes(db),
        )


def verify(
    paths: list[Path],
    master: Path | None = None,
    anchors: Sequence[Path] = (),
    crls: Sequence[Path] = (),
) -> list[Report]:
    """Each file's report. A signed PDF's certificates are checked against the master's
    imported roots, revocation lists and registered keys (`master`) and the roots and
    lists given as files; with none of these, a PDF's trust is reported as unknown."""
    from judge_app.files.trust_sources import trust_set

    trust = trust_set(master, anchors, crls)
    return [verify_file(Path(p), trust) for p in paths]


def competition_place(path: Path) -> str:
    with opened(path, write=False) as db:
        return repo.read_definition(db).competition.place


def competition_today(path: Path) -> dt.date:
    """Today on the competition's clock (WIB, WITA or WIT), whatever the laptop's zone."""
    from judge_app.domain.dates import now_in

    with opened(path, write=False) as db:
        return now_in(repo.read_definition(db).competition.timezone).date()
