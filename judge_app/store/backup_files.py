"""Where a file's rolling backups live and how they are named, listed and pruned. Kept apart
from backups.py (summaries, restore) so that database.py can take a backup before a
migration without importing what imports it."""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

FOLDER = "judge-app-backups"


KEEP = 10


# reasons in the names (describe_reason says what each means, in words)
REASONS = ("before-merge", "before-rekey", "before-restore", "closed")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str  # as in the name (REASONS, or before-vN: before updating to schema N)
    size: int
    number: int = 1  # the n-th backup taken in the same second


def folder_of(path: Path) -> Path:
    return Path(path).parent / FOLDER


def new_backup_path(path: Path, reason: str) -> Path:
    folder = folder_of(path)
    folder.mkdir(exist_ok=True)
    taken = datetime.now().replace(microsecond=0)
    stamp = taken.strftime("%Y%m%d-%H%M%S")
    same_second = [b for b in list_backups(path) if b.taken_at == taken]
    n = 1 + max((b.number for b in same_second), default=0)  # after any pruned one
    suffix = f"-{n}" if n > 1 else ""
    return folder / f"{path.stem}.{reason}.{stamp}{suffix}{path.suffix}"


def list_backups(path: str | os.PathLike[str]) -> list[Backup]:
    """The file's backups, newest first."""
    path = Path(path)
    pattern = re.compile(
        rf"^{re.escape(path.stem)}\.(?P<reason>[a-z0-9-]+)\."
        rf"(?P<stamp>\d{{8}}-\d{{6}})(?:-(?P<n>\d+))?{re.escape(path.suffix)}$"
    )
    found = []
    folder = folder_of(path)
    if not folder.is_dir():
        return []
    for candidate in folder.iterdir():
        match = pattern.match(candidate.name)
        if not match:
            continue
        taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        number = int(match["n"] or 1)
        size = candidate.stat().st_size
        found.append(((taken, number), Backup(candidate, taken, match["reason"], size, number)))
    return [backup for _, backup in sorted(found, key=lambda item: item[0], reverse=True)]


def prune(path: Path, keep: int = KEEP, protect: tuple[Path, ...] = ()) -> list[Path]:
    """Remove all but the newest `keep` backups of the file, never one in `protect` (the
    one just taken, whatever another computer's clock put in the names; the one being
    restored); the removed paths."""
    removed = []
    kept = {Path(p).resolve() for p in protect}
    for backup in list_backups(path)[keep:]:
        if backup.path.resolve() in kept:
            continue
        with contextlib.suppress(OSError):
            backup.path.unlink()
            removed.append(backup.path)
    return removed
