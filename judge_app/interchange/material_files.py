"""Reading a folder of proposal material (issue 21): one subfolder per entry code, holding
that entry's files. Every file is read, hashed and checked for what it claims to be (a
PDF that opens and counts its pages, an image that decodes), so a damaged file is found
at the secretariat's desk, not on a judge's laptop without network."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from judge_app.base.text import translate
from judge_app.domain.material import FILE_TYPES, IMAGE, PDF, VIDEO, MaterialItem

# what file managers and cameras leave in folders; never material
IGNORED_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})


@dataclass(frozen=True)
class FileRules:
    max_bytes: int  # a file over this is refused
    videos: bool = False  # video files are refused unless the secretariat asks for them


@dataclass(frozen=True)
class FoundFile:
    """A checked file and where it is, to read it again when it is stored."""

    item: MaterialItem
    path: Path


def entry_files(
    folder: Path, code: str, rules: FileRules, problems: list[str], label: str
) -> list[FoundFile]:
    """The checked files of one entry's folder (subfolders included, named by their path
    inside it); each problem names the entry, the file and the reason."""
    found: list[FoundFile] = []
    paths = sorted(
        (p for p in folder.rglob("*") if p.is_file() and not _ignored(p, folder)),
        key=lambda p: p.relative_to(folder).as_posix().casefold(),
    )
    for position, path in enumerate(paths):
        name = path.relative_to(folder).as_posix()
        where = translate("material_import", "entry {code}, file {file}").format(
            code=code, file=f"{label}/{name}"
        )
        item = check_file(path, code, name, position, rules, _prefixed(problems, where))
        if item is not None:
            found.append(FoundFile(item, path))
    return found


def _prefixed(problems: list[str], where: str) -> Callable[[str], None]:
    return lambda why: problems.append(f"{where}: {why}")


def _ignored(path: Path, folder: Path) -> bool:
    parts = path.relative_to(folder).parts
    return path.name.casefold() in IGNORED_NAMES or any(p.startswith(".") for p in parts)


def check_file(
    path: Path,
    code: str,
    name: str,
    position: int,
    rules: FileRules,
    problem: Callable[[str], None],
) -> MaterialItem | None:
    kind_type = FILE_TYPES.get(path.suffix.casefold())
    if kind_type is None:
        known = ", ".join(
            sorted({e for e, (k, _) in FILE_TYPES.items() if k != VIDEO or rules.videos})
        )
        problem(
            translate("material_import", "unsupported type {suffix} (accepted: {known})").format(
                suffix=path.suffix or translate("material_import", "(no extension)"), known=known
            )
        )
        return None
    kind, media_type = kind_type
    if kind == VIDEO and not rules.videos:
        problem(
            translate(
                "material_import",
                "a video file; videos are left out unless the secretariat asks for them "
                "(--video, or 'Include video files' in the window)",
            )
        )
        return None
    try:
        size = path.stat().st_size
        if size > rules.max_bytes:
            problem(
                translate(
                    "material_import", "{size} MB is over the limit of {limit} MB per file"
                ).format(size=_mb(size), limit=_mb(rules.max_bytes))
            )
            return None
        if size == 0:
            problem(translate("material_import", "the file is empty"))
            return None
        data = path.read_bytes()
    except OSError as exc:
        problem(
            translate("material_import", "cannot be read ({error})").format(
                error=exc.strerror or exc
            )
        )
        return None
    pages = 0
    if kind == PDF:
        pages_or_why = pdf_pages(data)
        if isinstance(pages_or_why, str):
            problem(
                translate("material_import", "damaged or unreadable PDF ({reason})").format(
                    reason=pages_or_why
                )
            )
            return None
        pages = pages_or_why
    elif kind == IMAGE:
        why = image_problem(data)
        if why:
            problem(
                translate("material_import", "damaged or unreadable image ({reason})").format(
                    reason=why
                )
            )
            return None
    return MaterialItem(
        entry_code=code,
        name=name,
        kind=kind,
        media_type=media_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        pages=pages,
        position=position,
    )


def pdf_pages(data: bytes) -> int | str:
    """The page count of a PDF that opens, or why it does not."""
    if not data.startswith(b"%PDF-"):
        return translate("material_import", "it does not start as a PDF does")
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted:
            return translate("material_import", "it is password-protected")
        pages = int(reader.root["/Pages"]["/Count"])
    except Exception as exc:  # any parser failure means: damaged
        return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
    if pages <= 0:
        return translate("material_import", "it has no pages")
    return pages


def image_problem(data: bytes) -> str:
    """Why an image cannot be shown ('' when it decodes)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
    return ""


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f}".rstrip("0").rstrip(".")
