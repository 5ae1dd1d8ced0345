"""`judge-app dossiers`: the entries' proposal material (issue 21)."""

from __future__ import annotations

import argparse
from pathlib import Path

from judge_app import services
from judge_app.cli.common import bar, count, entries, megabytes, say
from judge_app.cli.options import Commands, group
from judge_app.services import translate


def files(n: int) -> str:
    return count(n, translate("cli", "{n} file"), translate("cli", "{n} files"))


def dossiers_import(args: argparse.Namespace) -> None:
    done = services.import_material(
        args.master,
        args.source,
        args.sections,
        max_mb=args.max_size,
        videos=args.video,
        progress=bar(),
    )
    say(
        translate(
            "cli",
            "{source}: material of {entries} stored: {files}, {sections} sections, {size}",
        ),
        source=done.source,
        entries=entries(done.entries),
        files=files(done.files),
        sections=done.sections,
        size=megabytes(done.bytes),
    )
    if done.sections_file is not None:
        say(translate("cli", "  sections read from {file}"), file=done.sections_file)
    say(
        translate("cli", "  {new} new, {changed} changed, {unchanged} unchanged"),
        new=len(done.new),
        changed=len(done.changed),
        unchanged=done.unchanged,
    )
    for code, found in sorted(done.changed.items()):
        parts = []
        if found.added:
            parts.append(translate("cli", "added {names}").format(names=", ".join(found.added)))
        if found.changed:
            parts.append(translate("cli", "changed {names}").format(names=", ".join(found.changed)))
        if found.removed:
            parts.append(translate("cli", "removed {names}").format(names=", ".join(found.removed)))
        print(f"  {code}: {'; '.join(parts)}")
    if done.changed:
        say(
            translate(
                "cli",
                "Judges given the earlier material see it changed when they hand in; "
                "re-issue their packages if they should read the new version.",
            )
        )


def dossiers_list(args: argparse.Namespace) -> None:
    for item in services.list_material(args.master, args.code):
        pages = f"{item.pages}p" if item.pages else ""
        print(f"{item.entry_code}\t{item.kind}\t{item.name}\t{item.size}\t{pages}\t{item.sha256}")


def add_parsers(sub: Commands) -> None:
    p = sub.add_parser(
        "dossiers", help=translate("cli", "the entries' proposal material (sections and files)")
    )
    dsub = group(p)
    d = dsub.add_parser(
        "import",
        help=translate(
            "cli",
            "import from a folder with one subfolder per entry code (PDF, images) and the "
            "proposals' sections from a CSV/XLSX",
        ),
    )
    d.add_argument("master", type=Path, metavar="MASTER")
    d.add_argument("source", type=Path, metavar="SOURCE")
    d.add_argument(
        "--sections",
        type=Path,
        metavar="FILE",
        help=translate(
            "cli",
            "the sections' CSV/XLSX (one column per section); default: the one spreadsheet "
            "at the top of SOURCE",
        ),
    )
    d.add_argument(
        "--max-size",
        type=float,
        default=services.DEFAULT_MAX_MB,
        metavar="MB",
        help=translate("cli", "refuse files larger than this (default: %(default)s MB)"),
    )
    d.add_argument("--video", action="store_true", help=translate("cli", "also accept video files"))
    d.set_defaults(run=dossiers_import)
    d = dsub.add_parser(
        "list", help=translate("cli", "print each piece of material with its SHA-256")
    )
    d.add_argument("master", type=Path, metavar="MASTER")
    d.add_argument("code", nargs="?", metavar="CODE")
    d.set_defaults(run=dossiers_list)
