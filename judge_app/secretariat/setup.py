"""Setting up a round: templates and definitions, a new master, its entries."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from judge_app import __version__
from judge_app.base.errors import DefinitionError, JudgeAppError
from judge_app.base.progress import Progress
from judge_app.base.resources import templates_dir
from judge_app.base.text import translate
from judge_app.domain.definition import definition_sha256, parse_definition
from judge_app.domain.model import Definition
from judge_app.files.info import FileInfo, describe
from judge_app.interchange.entries_import import read_entries
from judge_app.store import repository as repo
from judge_app.store.database import new_file, opened
from judge_app.store.definition_edits import PACKAGES_JUDGES


@dataclass(frozen=True)
class EntryImport:
    added: int
    changed: int
    unchanged: int
    kept: int  # in the file before, absent from this import, left in place


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


def create_master(definition_source: str | Path, entries: Path | None, out: Path) -> FileInfo:
    """Validate everything first, then write the master in one go (nothing on failure)."""
    text, definition = load_definition(definition_source)
    rows, _ = read_entries(Path(entries), definition) if entries else ([], frozenset())
    meta = {
        "competition_id": uuid.uuid4().hex,
        "definition_sha256": definition_sha256(text),
        "created_at": repo.now(),
        "created_by": f"judge-app {__version__}",
        PACKAGES_JUDGES: "[]",  # the master records the packages written (definition_change)
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


def list_entries(master: Path) -> list:
    with opened(master, write=False) as db:
        return repo.entries(db)
