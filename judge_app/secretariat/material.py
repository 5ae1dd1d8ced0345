"""Importing the entries' proposal material into a master (issue 21): all or nothing.

SOURCE is a folder with one subfolder per entry code holding its files, and optionally
the registration system's export of the proposals' text sections (CSV/XLSX; given, or the
one spreadsheet at SOURCE's top level). Everything is read and checked first; any problem
refuses the whole import, naming entry, file and reason, and the master is left as it
was. A re-import replaces, entry by entry, what it brings (files for an entry with a
folder, sections for an entry with a row) and reports what changed."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from judge_app.base.errors import ImportProblems
from judge_app.base.progress import Progress
from judge_app.base.text import translate
from judge_app.domain.material import Changes, MaterialItem, changes, digests
from judge_app.interchange.material_files import FileRules, FoundFile, entry_files
from judge_app.interchange.sections_import import read_sections
from judge_app.store import material as material_store
from judge_app.store import repository as repo
from judge_app.store.database import opened

DEFAULT_MAX_MB = 50
SPREADSHEETS = (".csv", ".xlsx")


@dataclass(frozen=True)
class MaterialImport:
    """What an import stored and what it changed, entry by entry."""

    source: Path
    sections_file: Path | None
    entries: int  # entries the import brought material for
    files: int
    sections: int
    bytes: int  # of the files and sections brought
    changed: dict[str, Changes] = field(default_factory=dict)  # entries whose material differs
    new: tuple[str, ...] = ()  # entries that had no material before

    @property
    def unchanged(self) -> int:
        return self.entries - len(self.changed) - len(self.new)


def import_material(
    master: Path,
    source: Path,
    sections: Path | None = None,
    *,
    max_mb: float = DEFAULT_MAX_MB,
    videos: bool = False,
    progress: Progress | None = None,
) -> MaterialImport:
    step = progress or Progress()
    master, source = Path(master), Path(source)
    with opened(master, "master", write=False) as db:
        entries = repo.entries(db)
        before = material_store.items(db)
    codes = {e.code.casefold(): e.code for e in entries}
    problems: list[str] = []
    if not source.is_dir():
        raise ImportProblems(
            str(source),
            [translate("material_import", "not a folder (one subfolder per entry code)")],
        )
    sections = sections if sections is not None else _spreadsheet(source, problems)
    rules = FileRules(max_bytes=int(max_mb * 1_000_000), videos=videos)
    folders = _entry_folders(source, codes, problems, sections)
    files_of: dict[str, list[FoundFile]] = {}
    for index, (code, folder) in enumerate(sorted(folders.items())):
        step.step(index, len(folders), f"checking the material of {code}")
        count = len(problems)
        found = entry_files(folder, code, rules, problems, folder.name)
        if not found and len(problems) == count:
            problems.append(
                translate("material_import", "entry {code}, folder {folder}: no files").format(
                    code=code, folder=folder.name
                )
            )
        files_of[code] = found
    texts: dict[str, bytes] = {}
    sections_of: dict[str, list[MaterialItem]] = {}
    if sections is not None:
        sections_of = read_sections(Path(sections), codes, problems, texts)
    had = {i.entry_code for i in before}
    for entry in entries:
        if entry.withdrawn or entry.code in had:
            continue
        if entry.code not in files_of and not sections_of.get(entry.code):
            problems.append(
                translate(
                    "material_import",
                    "entry {code}: no material (no folder {code} in {source} and no sections "
                    "in the sections file)",
                ).format(code=entry.code, source=source.name)
            )
    if problems:
        raise ImportProblems(str(source), problems)
    paths = {f.item.sha256: f.path for found in files_of.values() for f in found}

    def read(item: MaterialItem) -> bytes:
        if item.is_section:
            return texts[item.sha256]
        data = paths[item.sha256].read_bytes()
        if hashlib.sha256(data).hexdigest() != item.sha256:  # changed while importing
            raise ImportProblems(
                str(source),
                [
                    translate(
                        "material_import",
                        "entry {code}, file {file}: changed while it was being imported; "
                        "import again",
                    ).format(code=item.entry_code, file=item.name)
                ],
            )
        return data

    by_entry: dict[str, list[MaterialItem]] = {}
    for item in before:
        by_entry.setdefault(item.entry_code, []).append(item)
    brought = {
        code: [f.item for f in files_of.get(code, [])] + sections_of.get(code, [])
        for code in files_of.keys() | sections_of.keys()
    }
    changed: dict[str, Changes] = {}
    new: list[str] = []
    after_all: list[MaterialItem] = []
    for code in sorted(brought):
        old = by_entry.get(code, [])
        kept = [
            i
            for i in old
            if (i.is_section and code not in sections_of)
            or (not i.is_section and code not in files_of)
        ]
        after = kept + brought[code]
        after_all += after
        if not old:
            new.append(code)
        elif found_changes := changes(old, after):
            changed[code] = found_changes
    step.step(len(folders), len(folders) + 1, "storing the material")
    with opened(master, "master") as db:
        material_store.replace_material(
            db,
            {code: [f.item for f in found] for code, found in files_of.items()},
            sections_of,
            read,
            {
                "source": source.name,
                "entries": len(brought),
                "changed": sorted([*changed, *new]),
                "digests": {
                    c: d for c, d in digests(after_all).items() if c in changed or c in new
                },
            },
        )
    step.report(1, 1, "done")
    pieces = [i for found in brought.values() for i in found]
    return MaterialImport(
        source=source,
        sections_file=Path(sections) if sections is not None else None,
        entries=len(brought),
        files=sum(not i.is_section for i in pieces),
        sections=sum(i.is_section for i in pieces),
        bytes=sum(i.size for i in pieces),
        changed=changed,
        new=tuple(new),
    )


def _spreadsheet(source: Path, problems: list[str]) -> Path | None:
    """The one CSV/XLSX at the source's top level, if any (several: the user names one)."""
    found = sorted(
        p for p in source.iterdir() if p.is_file() and p.suffix.casefold() in SPREADSHEETS
    )
    if len(found) > 1:
        problems.append(
            translate(
                "material_import",
                "several spreadsheets at the top of the folder ({files}); name the sections "
                "file (--sections FILE)",
            ).format(files=", ".join(p.name for p in found))
        )
        return None
    return found[0] if found else None


def _entry_folders(
    source: Path, codes: dict[str, str], problems: list[str], sections: Path | None
) -> dict[str, Path]:
    """Entry code -> its folder; a folder or a loose file that names no entry is a problem."""
    out: dict[str, Path] = {}
    for path in sorted(source.iterdir()):
        if path.name.startswith(".") or path.name.casefold() in {"thumbs.db", "desktop.ini"}:
            continue
        if path.is_file():
            # another spreadsheet beside the sections file the user named is left alone
            chosen = sections is not None and path.suffix.casefold() in SPREADSHEETS
            if not chosen:
                problems.append(
                    translate(
                        "material_import",
                        "{file}: a file outside the entries' folders (each entry's files go in "
                        "a folder named for its code)",
                    ).format(file=path.name)
                )
            continue
        code = codes.get(path.name.casefold())
        if code is None:
            problems.append(
                translate(
                    "material_import", "folder {folder}: unknown entry code (no entry {folder})"
                ).format(folder=path.name)
            )
        elif code in out:
            problems.append(
                translate(
                    "material_import", "folder {folder}: entry {code} has two folders"
                ).format(folder=path.name, code=code)
            )
        else:
            out[code] = path
    return out


def package_material(db_path: Path) -> tuple[int, int]:
    """(pieces, bytes) of material a file holds: for `info` and the packaging report."""
    with opened(db_path, write=False) as db:
        held, _listed = material_store.carried(db)
        return held, material_store.blob_bytes(db)


def list_material(master: Path, code: str | None = None) -> list[MaterialItem]:
    """Every piece of material in a file (of one entry), without its bytes."""
    with opened(master, write=False) as db:
        if code is not None:
            code = repo.find_entry(db, code).code
        return material_store.items(db, code)
