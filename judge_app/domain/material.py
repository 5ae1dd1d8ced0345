"""An entry's proposal material (issue 21): its text sections and its files, each known by
SHA-256, so a signed sheet can say which version of the material a judge was given.

The sections are KIPP's proposal form (ringkasan … keberlanjutan); a criterion may name
the section it is judged on (`section = "kebaruan"` in the definition)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from judge_app.base.text import language

# kinds of material
SECTION, PDF, IMAGE, VIDEO = "section", "pdf", "image", "video"


@dataclass(frozen=True)
class Section:
    id: str
    name_id: str
    name_en: str
    headers: tuple[str, ...]  # what registration systems call the column, besides the names

    def name(self, locale: str | None = None) -> str:
        return self.name_en if (locale or language()) == "en" else self.name_id


SECTIONS: tuple[Section, ...] = (
    Section("ringkasan", "Ringkasan", "Summary", ("ringkasan inovasi", "abstrak", "abstract")),
    Section("latar_belakang", "Latar Belakang", "Background", ("latar belakang masalah",)),
    Section("kebaruan", "Kebaruan", "Novelty", ("kebaharuan", "keunikan", "originalitas")),
    Section("implementasi", "Implementasi", "Implementation", ("pelaksanaan", "penerapan")),
    Section("signifikansi", "Signifikansi", "Significance", ("dampak", "kemanfaatan", "manfaat")),
    Section(
        "adaptabilitas",
        "Adaptabilitas",
        "Adaptability",
        ("dapat direplikasi", "kemampuan replikasi"),
    ),
    Section("sumber_daya", "Sumber Daya", "Resources", ("sumber daya manusia",)),
    Section("keberlanjutan", "Keberlanjutan", "Sustainability", ("kesinambungan",)),
)
SECTION_IDS = tuple(s.id for s in SECTIONS)


def section(section_id: str) -> Section | None:
    return next((s for s in SECTIONS if s.id == section_id), None)


# file types by extension: kind and media type (the content is checked on import)
FILE_TYPES: dict[str, tuple[str, str]] = {
    ".pdf": (PDF, "application/pdf"),
    ".png": (IMAGE, "image/png"),
    ".jpg": (IMAGE, "image/jpeg"),
    ".jpeg": (IMAGE, "image/jpeg"),
    ".gif": (IMAGE, "image/gif"),
    ".webp": (IMAGE, "image/webp"),
    ".mp4": (VIDEO, "video/mp4"),
    ".m4v": (VIDEO, "video/mp4"),
    ".mov": (VIDEO, "video/quicktime"),
    ".webm": (VIDEO, "video/webm"),
    ".mkv": (VIDEO, "video/x-matroska"),
    ".avi": (VIDEO, "video/x-msvideo"),
}


@dataclass(frozen=True)
class MaterialItem:
    """One piece of an entry's material: a text section (name = section id) or a file
    (name = its file name)."""

    entry_code: str
    name: str
    kind: str
    media_type: str
    size: int
    sha256: str
    pages: int = 0  # a PDF's page count (0 otherwise)
    position: int = 0

    @property
    def is_section(self) -> bool:
        return self.kind == SECTION


def digest(items: Iterable[MaterialItem]) -> str:
    """One entry's material as one hash: every piece's name, kind and SHA-256, in order of
    name. Two versions of an entry's material have the same digest only if every piece is
    the same; what changed is found by comparing the pieces (`changes`)."""
    listed = sorted([i.kind, i.name, i.sha256] for i in items)
    return hashlib.sha256(
        json.dumps(listed, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    ).hexdigest()


def digests(items: Iterable[MaterialItem]) -> dict[str, str]:
    """Entry code -> digest of its material, for every entry that has any."""
    by_entry: dict[str, list[MaterialItem]] = {}
    for item in items:
        by_entry.setdefault(item.entry_code, []).append(item)
    return {code: digest(found) for code, found in sorted(by_entry.items())}


def combined(by_entry: dict[str, str]) -> str:
    """All entries' material digests as one hash, short enough to print on a signed
    recap: the same text as the sheet's "material" list (entry, sha256), hashed."""
    listed = [{"entry": code, "sha256": d} for code, d in sorted(by_entry.items())]
    text = json.dumps(listed, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Changes:
    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def changes(before: Iterable[MaterialItem], after: Iterable[MaterialItem]) -> Changes:
    """Which pieces (by name) were added, changed or removed from one version to another."""
    old = {(i.kind == SECTION, i.name): i.sha256 for i in before}
    new = {(i.kind == SECTION, i.name): i.sha256 for i in after}
    return Changes(
        added=tuple(name for key, name in sorted(new) if (key, name) not in old),
        changed=tuple(
            name
            for key, name in sorted(new)
            if (key, name) in old and old[key, name] != new[key, name]
        ),
        removed=tuple(name for key, name in sorted(old) if (key, name) not in new),
    )


def judged_differently(
    signed: dict[str, str], scored: Iterable[str], now: dict[str, str]
) -> list[str]:
    """The scored entries whose material the judge was given (`signed`: entry -> digest
    named in the signed sheet; absent: none given) differs from what is held `now`."""
    return sorted(
        code
        for code in set(scored)
        if signed.get(code) != now.get(code) and (code in now or code in signed)
    )
