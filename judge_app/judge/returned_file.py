"""What lies beside a returned package that the file alone lacks.

Judges copy "the file"; a `-wal` beside it holds saves not yet folded in, a non-empty
`-journal` an interrupted save. Merge and `info` say so instead of reading a stale file
silently. Look before the file is opened: the last connection to close folds a `-wal`
in and removes it."""

from __future__ import annotations

from pathlib import Path

from judge_app.base.errors import JudgeAppError
from judge_app.base.text import translate
from judge_app.store.database import companions, file_role, opened, saved_in_wal_mode


def beside_warnings(path: Path) -> list[str]:
    """Warnings, in the user's language, naming the file and what lies beside it."""
    path = Path(path)
    found = []
    for side in companions(path):
        if side.kind == "wal":
            found.append(
                translate(
                    "returned_file",
                    "{path}: saves not yet in the file itself lie in {side} beside it "
                    "({kb} KB); they are read here, but a copy of {name} alone lacks them. "
                    "Ask the judge for a hand-in (File → Return to the secretariat…)",
                ).format(path=path, kb=-(-side.size // 1024), side=side.path.name, name=path.name)
            )
        else:
            found.append(
                translate(
                    "returned_file",
                    "{path}: a save was interrupted ({side} beside it); opening the file "
                    "undoes that save, but a copy of {name} alone may be damaged. Ask the "
                    "judge for a hand-in (File → Return to the secretariat…)",
                ).format(path=path, side=side.path.name, name=path.name)
            )
    if not found and saved_in_wal_mode(path) and _is_package(path):
        found.append(
            translate(
                "returned_file",
                "{path}: last saved by an earlier judge-app, which kept the latest saves in "
                "a separate {name}-wal file; if only {name} was copied, the latest saves may "
                "be missing. Compare with the judge's signed recap, or ask for a hand-in",
            ).format(path=path, name=path.name)
        )
    return found


def _is_package(path: Path) -> bool:
    """Only a package is copied around; the master stays in WAL mode on purpose."""
    try:
        with opened(path, write=False) as db:
            return file_role(db) == "package"
    except (JudgeAppError, OSError):
        return False
