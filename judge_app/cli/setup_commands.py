"""The secretariat's set-up commands: a competition, its entries, judges, assignments and
the judges' packages (and the demo that does all of it)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from judge_app.base.errors import JudgeAppError
from judge_app.base.text import translate
from judge_app.cli.common import (
    Usage,
    bar,
    entries,
    judges,
    passphrase,
    say,
    services,
    warnings,
)


def gui(args: argparse.Namespace) -> None:
    from judge_app.base.screen_check import require_screen

    require_screen()  # before Qt is loaded: Qt itself would abort without a word of ours
    from judge_app.ui.app import run_gui

    raise SystemExit(run_gui(str(args.file) if args.file else None))


def demo(args: argparse.Namespace) -> None:
    from judge_app.demo import find_demo

    if args.open:  # say at once when no window can open, before a minute of building
        from judge_app.base.screen_check import require_screen

        require_screen()
    built = find_demo(args.dir)
    if built is not None and args.signed:
        raise JudgeAppError(
            translate(
                "cli",
                "{folder}: holds the demo built earlier; --signed needs a new or empty folder",
            ).format(folder=built.folder)
        )
    if built is None:
        built = services.build_demo(args.dir)
        recaps = services.sign_demo(built, passphrase(new=True)) if args.signed else []
        say(translate("cli", "Demo competition built in {folder}"), folder=built.folder)
    else:
        recaps = []
        say(translate("cli", "Demo competition already in {folder}"), folder=built.folder)
    say(
        translate("cli", "  master:   {path} ({entries}, {judges})"),
        path=built.master,
        entries=entries(built.entries),
        judges=judges(len(built.packages)),
    )
    for package in built.packages:
        say(
            translate("cli", "  package:  {path} ({name})"),
            path=package.path,
            name=package.judge.name,
        )
    if args.open:
        from judge_app.ui.app import run_gui

        raise SystemExit(run_gui(str(built.packages[0].path)))
    if recaps:
        say(
            translate("cli", "The five judges declared, scored and signed; recaps in {folder}"),
            folder=recaps[0].parent,
        )
        say(
            translate("cli", "Next: {command}"),
            command=f"judge-app merge {built.master} {built.folder / 'packages'}/*.sqlite && "
            f"judge-app results {built.master}",
        )
    else:
        say(
            translate("cli", "Open it: {command}"),
            command=f"judge-app gui {built.packages[0].path}",
        )


def template_list(args: argparse.Namespace) -> None:
    for name in services.template_names():
        print(f"{name:<12} {services.template_title(name)}")


def template_show(args: argparse.Namespace) -> None:
    sys.stdout.write(services.template_text(args.name))


def new(args: argparse.Namespace) -> None:
    info = services.create_master(args.definition, args.entries, args.output)
    say(translate("cli", "Created {path}: {title}"), path=info.path, title=info.title)
    say(
        translate("cli", "  {entries}; definition sha256 {sha256}"),
        entries=entries(info.entries),
        sha256=info.definition_sha256,
    )


def entries_import(args: argparse.Namespace) -> None:
    result = services.import_entries(args.master, args.file, bar())
    say(
        translate(
            "cli", "{file}: {total} read: {added} added, {changed} changed, {unchanged} unchanged"
        ),
        file=args.file,
        total=entries(result.added + result.changed + result.unchanged),
        added=result.added,
        changed=result.changed,
        unchanged=result.unchanged,
    )
    if result.kept:
        say(
            translate("cli", "  {entries} of the master are not in this file and were kept"),
            entries=entries(result.kept),
        )


def entries_list(args: argparse.Namespace) -> None:
    for entry in services.list_entries(args.master):
        print(f"{entry.code}\t{entry.category}\t{entry.title}\t{entry.agency}")


def judges_add(args: argparse.Namespace) -> None:
    judge = services.add_judge(
        args.master,
        args.name,
        args.nip,
        args.position,
        args.judge_id,
        args.institution,
        args.rank,
        args.role,
    )
    if judge.nip:
        say(
            translate("cli", "Registered {id}: {name} (NIP/NIK {nip})"),
            id=judge.id,
            name=judge.name,
            nip=judge.nip,
        )
    else:
        say(translate("cli", "Registered {id}: {name}"), id=judge.id, name=judge.name)
    warnings(services.panel_warnings(args.master))
    _next_assign_hint(args.master)


def _next_assign_hint(master: Path) -> None:
    source = services.assignment_source(master)
    if source.startswith("csv:"):
        name = source[4:]
        say(
            translate("cli", "Next: add the new judges to {name}, then: {command}"),
            name=name,
            command=f"judge-app assign {master} --csv {name}",
        )
    else:
        say(translate("cli", "Next: {command}"), command=f"judge-app assign {master}")


def judges_import(args: argparse.Namespace) -> None:
    result = services.import_judges(args.master, args.file)
    say(
        translate("cli", "{file}: {judges} registered, {updated} updated, {unchanged} unchanged"),
        file=args.file,
        judges=judges(len(result.added)),
        updated=len(result.updated),
        unchanged=result.unchanged,
    )
    for judge in result.added:
        print(f"  {judge.id}  {judge.name}")
    warnings(result.warnings)
    if result.added:
        _next_assign_hint(args.master)


def judges_remove(args: argparse.Namespace) -> None:
    judge = services.remove_judge(args.master, args.judge_id)
    say(
        translate("cli", "Removed {id}: {name} (and their assignments)"),
        id=judge.id,
        name=judge.name,
    )


def judges_list(args: argparse.Namespace) -> None:
    info = services.describe(args.master)
    for judge in info.judges:
        count = info.assignments.get(judge.id, 0)
        print(f"{judge.id}\t{judge.name}\t{judge.nip or '-'}\t{judge.role}\t{entries(count)}")


def letterhead(args: argparse.Namespace) -> None:
    if args.line is None and args.logo is None and not args.no_logo:
        current = services.letterhead(args.master)
    else:
        lines = args.line if args.line is not None else list(services.letterhead(args.master).lines)
        current = services.set_letterhead(args.master, lines, args.logo, keep_logo=not args.no_logo)
        say(translate("cli", "Letterhead saved in {master}"), master=args.master)
    if not current:
        say(translate("cli", "No letterhead: documents start with their title"))
        return
    for line in current.lines:
        print(f"  {line}")
    if current.logo:
        say(translate("cli", "  logo: {size} bytes"), size=len(current.logo))


def official(args: argparse.Namespace) -> None:
    if args.role is None:
        registered = services.officials(args.master)
        if not registered:
            say(
                translate(
                    "cli", "No officials registered (judge-app official MASTER ROLE --name …)"
                )
            )
        for role, o in registered.items():
            print(f"{role}\t{o.name}\t{o.nip or '-'}\t{o.position}")
        return
    if args.remove:
        services.set_official(args.master, args.role, "")
        say(translate("cli", "Removed the {role} official"), role=args.role)
        return
    if not args.name:
        raise Usage(translate("cli", "--name is required (or --remove)"))
    o = services.set_official(args.master, args.role, args.name, args.nip, args.position)
    say(
        translate("cli", "Registered {role}: {name} (NIP {nip}), {position}"),
        role=args.role,
        name=o.name,
        nip=o.nip or "-",
        position=o.position or "-",
    )


def assign(args: argparse.Namespace) -> None:
    result = services.assign(args.master, args.csv, everyone=args.everyone)
    say(
        translate("cli", "Assignments: {list}"),
        list=", ".join(f"{j} {entries(n)}" for j, n in result.counts.items()),
    )
    if result.judges_without:
        say(
            translate("cli", "Warning: no entries for {judges}"),
            judges=", ".join(result.judges_without),
        )
    if result.entries_without:
        shown = ", ".join(result.entries_without[:10])
        more = len(result.entries_without) - 10
        if more > 0:
            shown = translate("cli", "{shown} and {more} more").format(shown=shown, more=more)
        say(
            translate("cli", "Warning: {entries} without any judge: {shown}"),
            entries=entries(len(result.entries_without)),
            shown=shown,
        )


def package(args: argparse.Namespace) -> None:
    if args.all:
        if args.out_dir is None or args.output is not None:
            raise Usage(translate("cli", "package --all needs --out-dir DIR (and no -o)"))
        written = services.package_all(args.master, args.out_dir, bar())
    else:
        if args.output is None or args.out_dir is not None:
            raise Usage(
                translate("cli", "package --judge ID needs -o PACKAGE.sqlite (and no --out-dir)")
            )
        written = services.make_packages(args.master, {args.judge: args.output})
    for made in written:
        say(
            translate("cli", "{path}: {id} {name}, {entries}"),
            path=made.path,
            id=made.judge.id,
            name=made.judge.name,
            entries=entries(made.entries),
        )


def info(args: argparse.Namespace) -> None:
    beside = services.returned_file_warnings(args.file)  # before opening folds a -wal in
    found = services.describe(args.file)
    role = (
        translate("cli", "judge package")
        if found.role == "package"
        else translate("cli", "secretariat master")
    )
    print(f"{found.path}: {role}")
    say(
        translate("cli", "  competition:  {title} ({id})"),
        title=found.title,
        id=found.competition_id,
    )
    say(translate("cli", "  definition:   sha256 {sha256}"), sha256=found.definition_sha256)
    say(translate("cli", "  entries:      {count}"), count=found.entries)
    for judge in found.judges:
        say(
            translate("cli", "  judge {id}: {name}, {entries} assigned"),
            id=judge.id,
            name=judge.name,
            entries=entries(found.assignments.get(judge.id, 0)),
        )
    if found.role == "package":
        _package_state(args.file)
    warnings(beside)


def _package_state(path) -> None:
    """Where the judge stands: declarations, scores entered, signed revisions."""
    session = services.open_package(path, read_only=True)
    try:
        done = session.progress()
        say(
            translate("cli", "  declarations: {state}"),
            state=translate("cli", "signed")
            if session.declared
            else translate("cli", "not signed yet (scoring is locked until they are)"),
        )
        say(translate("cli", "  scores:       {done} of {due}"), done=done.done, due=done.due)
        latest = services.signed_revisions(session)
        if session.locked_revision is not None:
            say(
                translate("cli", "  signed:       revision {revision}, scores locked"),
                revision=session.locked_revision,
            )
        elif latest:
            say(
                translate("cli", "  signed:       revision {revision}; reopened for changes"),
                revision=latest,
            )
        else:
            print(translate("cli", "  signed:       not yet"))
    finally:
        session.close()
