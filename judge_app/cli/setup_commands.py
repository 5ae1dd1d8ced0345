"""The secretariat's set-up commands: a competition, its entries, judges, assignments and
the judges' packages (and the demo that does all of it, and the window)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from judge_app import services
from judge_app.cli.common import (
    Usage,
    bar,
    entries,
    judges,
    megabytes,
    passphrase,
    say,
    warnings,
)
from judge_app.cli.options import Commands, group
from judge_app.services import JudgeAppError, translate


def gui(args: argparse.Namespace) -> None:
    services.require_screen()  # before Qt is loaded: Qt itself would abort without a word of ours
    from judge_app.ui.app import run_gui

    raise SystemExit(run_gui(str(args.file) if args.file else None))


def demo(args: argparse.Namespace) -> None:
    if args.open:  # say at once when no window can open, before a minute of building
        services.require_screen()
    built = services.find_demo(args.dir)
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
        args.region,
        args.expertise,
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
    if source.startswith("auto:"):
        say(
            translate("cli", "Next: {command}"),
            command=f"judge-app assign {master} {source.removeprefix('auto:')}",
        )
    elif source == "hand":
        say(
            translate("cli", "Next: give the new judges entries in the window, or: {command}"),
            command=f"judge-app assign {master} --per-entry K",
        )
    elif source.startswith("csv:"):
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
        print(
            f"{judge.id}\t{judge.name}\t{judge.nip or '-'}\t{judge.role}\t{entries(count)}"
            f"\t{judge.region or '-'}\t{judge.expertise or '-'}"
        )


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
    if not (args.name or "").strip():  # blank: the same as none (set_official would remove it)
        raise Usage(translate("cli", "--name is required (or --remove)"))
    added = services.set_official(args.master, args.role, args.name, args.nip, args.position)
    assert added is not None  # a name was given
    say(
        translate("cli", "Registered {role}: {name} (NIP {nip}), {position}"),
        role=args.role,
        name=added.name,
        nip=added.nip or "-",
        position=added.position or "-",
    )


AUTO_OPTIONS = (
    ("seed", "--seed"),
    ("allow_own_institution", "--allow-own-institution"),
    ("avoid_same_region", "--avoid-same-region"),
    ("by_expertise", "--by-expertise"),
    ("category", "--category"),
    ("dry_run", "--dry-run"),
)


def assign(args: argparse.Namespace) -> None:
    if args.per_entry is not None or args.per_stage is not None:
        auto_assign(args)
        return
    given = [flag for name, flag in AUTO_OPTIONS if getattr(args, name) not in (None, False)]
    if given:
        raise Usage(
            translate("cli", "{options}: only with --per-entry K or --per-stage").format(
                options=", ".join(given)
            )
        )
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


def per_stage_option(text: str) -> dict[str, int]:
    """`proposal=2,presentasi=5` as {stage id: judges per entry}."""
    found: dict[str, int] = {}
    for part in text.split(","):
        stage, equals, k = part.strip().partition("=")
        if not equals or not stage.strip() or not k.strip().isdigit():
            raise Usage(
                translate(
                    "cli",
                    "--per-stage: {part} is not STAGE=K (for example proposal=2,presentasi=5)",
                ).format(part=repr(part.strip()))
            )
        found[stage.strip()] = int(k)
    return found


def auto_assign(args: argparse.Namespace) -> None:
    """k judges per entry (or per stage), planned under the rules, explained, and written
    unless --dry-run."""
    per_stage = None if args.per_stage is None else per_stage_option(args.per_stage)
    rules = services.AssignmentRules(
        per_entry=args.per_entry if per_stage is None else max(per_stage.values(), default=1),
        per_stage=per_stage,
        seed=args.seed or 0,
        avoid_own_institution=not args.allow_own_institution,
        avoid_same_region=args.avoid_same_region,
        by_expertise=args.by_expertise,
        category=args.category,
    )
    proposal = services.propose_assignment(args.master, rules, bar())
    if not args.dry_run:
        services.apply_assignment(args.master, proposal, bar())
    names = {j.id: j.name for j in services.describe(args.master).judges}
    if args.dry_run:
        say(translate("cli", "Planned loads (nothing written, --dry-run):"))
    else:
        say(translate("cli", "Assignments written; each judge's load:"))
    width = max((len(j) for j in proposal.loads), default=0)
    for judge_id, load in proposal.loads.items():
        print(f"  {judge_id:<{width}}  {entries(load):>12}  {names.get(judge_id, '')}")
    for sentence in proposal.words:
        print(sentence)
    if args.dry_run:
        say(
            translate("cli", "To write it: {command}"),
            command=f"judge-app assign {args.master} {rules.options()}",
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
            translate("cli", "{path}: {id} {name}, {entries}, {size}"),
            path=made.path,
            id=made.judge.id,
            name=made.judge.name,
            entries=entries(made.entries),
            size=megabytes(made.size),
        )
        if made.material_bytes:
            say(
                translate("cli", "  of which proposal material: {size}"),
                size=megabytes(made.material_bytes),
            )


# -- The commands' arguments, in the order `judge-app --help` lists them


def add_parsers(sub: Commands) -> None:
    """The window and the set-up commands: gui, demo, template, new, entries, judges,
    letterhead, official, assign, package."""
    _add_gui(sub)
    _add_demo(sub)
    _add_template(sub)
    _add_new(sub)
    _add_entries(sub)
    _add_judges(sub)
    _add_letterhead(sub)
    _add_official(sub)
    _add_assign(sub)
    _add_package(sub)


def _add_gui(sub: Commands) -> None:
    p = sub.add_parser(
        "gui", help=translate("cli", "open the desktop application (optionally on FILE)")
    )
    p.add_argument("file", nargs="?", type=Path, metavar="FILE")
    p.set_defaults(run=gui)


def _add_demo(sub: Commands) -> None:
    p = sub.add_parser(
        "demo", help=translate("cli", "build the KIPP Banten 2023 sample competition")
    )
    p.add_argument(
        "dir",
        type=Path,
        metavar="DIR",
        help=translate(
            "cli", "a new or empty folder, or one holding the demo built earlier (opened again)"
        ),
    )
    p.add_argument(
        "--open",
        action="store_true",
        help=translate("cli", "then open the first judge's package in the GUI"),
    )
    p.add_argument(
        "--signed",
        action="store_true",
        help=translate(
            "cli", "also play the five judges: declare, score and sign (to try merge and results)"
        ),
    )
    p.set_defaults(run=demo)


def _add_template(sub: Commands) -> None:
    p = sub.add_parser("template", help=translate("cli", "competition definition templates"))
    tsub = group(p)
    t = tsub.add_parser("list", help=translate("cli", "list the bundled templates"))
    t.set_defaults(run=template_list)
    t = tsub.add_parser(
        "show", help=translate("cli", "print a template's TOML (redirect it to a file to edit)")
    )
    t.add_argument("name", metavar="NAME")
    t.set_defaults(run=template_show)


def _add_new(sub: Commands) -> None:
    p = sub.add_parser("new", help=translate("cli", "create a secretariat master file"))
    p.add_argument(
        "-d",
        "--definition",
        required=True,
        metavar="DEF.toml",
        help=translate(
            "cli", "competition definition (TOML file, or a template name such as kipp)"
        ),
    )
    p.add_argument(
        "-e",
        "--entries",
        type=Path,
        metavar="ENTRIES",
        help=translate("cli", "entry list (.csv/.xlsx)"),
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="MASTER.sqlite")
    p.set_defaults(run=new)


def _add_entries(sub: Commands) -> None:
    p = sub.add_parser("entries", help=translate("cli", "entry list of a master"))
    esub = group(p)
    e = esub.add_parser(
        "import", help=translate("cli", "add or update entries by code from CSV/XLSX")
    )
    e.add_argument("master", type=Path, metavar="MASTER")
    e.add_argument("file", type=Path, metavar="ENTRIES")
    e.set_defaults(run=entries_import)
    e = esub.add_parser("list", help=translate("cli", "print the entries"))
    e.add_argument("master", type=Path, metavar="MASTER")
    e.set_defaults(run=entries_list)


def _add_judges(sub: Commands) -> None:
    p = sub.add_parser("judges", help=translate("cli", "register judges"))
    jsub = group(p)
    j = jsub.add_parser("add", help=translate("cli", "register one judge"))
    j.add_argument("master", type=Path, metavar="MASTER")
    j.add_argument("--name", required=True)
    j.add_argument(
        "--nip", default="", help=translate("cli", "NIP (18 digits), NIK (16 digits) or -")
    )
    j.add_argument("--position", default="", help=translate("cli", "jabatan"))
    j.add_argument("--institution", default="", help=translate("cli", "instansi"))
    j.add_argument("--rank", default="", help=translate("cli", "pangkat/golongan"))
    j.add_argument(
        "--role", default="anggota", help=translate("cli", "ketua, sekretaris or anggota")
    )
    j.add_argument(
        "--id", default="", dest="judge_id", help=translate("cli", "default: next free J<n>")
    )
    j.add_argument(
        "--region",
        default="",
        help=translate("cli", "where the judge works (for --avoid-same-region)"),
    )
    j.add_argument(
        "--expertise",
        default="",
        metavar="CATEGORIES",
        help=translate(
            "cli", "the category ids the judge knows best, separated by spaces (for --by-expertise)"
        ),
    )
    j.set_defaults(run=judges_add)
    j = jsub.add_parser("import", help=translate("cli", "register judges from CSV/XLSX"))
    j.add_argument("master", type=Path, metavar="MASTER")
    j.add_argument("file", type=Path, metavar="JUDGES.csv")
    j.set_defaults(run=judges_import)
    j = jsub.add_parser(
        "remove", help=translate("cli", "unregister a judge who has not scored yet")
    )
    j.add_argument("master", type=Path, metavar="MASTER")
    j.add_argument("judge_id", metavar="ID")
    j.set_defaults(run=judges_remove)
    j = jsub.add_parser("list", help=translate("cli", "print the judges"))
    j.add_argument("master", type=Path, metavar="MASTER")
    j.set_defaults(run=judges_list)


def _add_letterhead(sub: Commands) -> None:
    p = sub.add_parser(
        "letterhead",
        help=translate(
            "cli", "set the organiser's letterhead (kop surat) printed on every document"
        ),
    )
    p.add_argument("master", type=Path, metavar="MASTER")
    p.add_argument(
        "--line",
        action="append",
        metavar="TEXT",
        help=translate(
            "cli", "a line of the letterhead, the first printed largest (repeat, up to 5)"
        ),
    )
    p.add_argument(
        "--logo",
        type=Path,
        metavar="IMAGE",
        help=translate("cli", "the logo: PNG or JPEG, up to 1 MB"),
    )
    p.add_argument("--no-logo", action="store_true", help=translate("cli", "remove the logo"))
    p.set_defaults(run=letterhead)


def _add_official(sub: Commands) -> None:
    p = sub.add_parser(
        "official",
        help=translate(
            "cli", "register who signs for the secretariat or acknowledges the berita acara"
        ),
    )
    p.add_argument("master", type=Path, metavar="MASTER")
    p.add_argument(
        "role",
        nargs="?",
        choices=("sekretariat", "mengetahui"),
        help=translate(
            "cli",
            "sekretariat: signs the Rekapitulasi and the Berita Acara; mengetahui: the "
            "acknowledging official (without a role: list them)",
        ),
    )
    p.add_argument("--name", default=None, help=translate("cli", "full name with titles"))
    p.add_argument(
        "--nip", default="", help=translate("cli", "NIP (18 digits), NIK (16 digits) or -")
    )
    p.add_argument("--position", default="", help=translate("cli", "jabatan"))
    p.add_argument("--remove", action="store_true", help=translate("cli", "remove the official"))
    p.set_defaults(run=official)


def _add_assign(sub: Commands) -> None:
    p = sub.add_parser("assign", help=translate("cli", "assign entries to judges"))
    p.add_argument("master", type=Path, metavar="MASTER")
    how = p.add_mutually_exclusive_group()
    how.add_argument(
        "--csv",
        type=Path,
        metavar="ASSIGNMENTS.csv",
        help=translate("cli", "columns judge,entry; default: every judge scores every entry"),
    )
    how.add_argument(
        "--everyone",
        action="store_true",
        help=translate(
            "cli",
            "give every judge every entry even when the assignments came from a CSV or a plan",
        ),
    )
    how.add_argument(
        "--per-entry",
        type=int,
        metavar="K",
        help=translate(
            "cli",
            "plan K judges per entry, loads balanced, never a declared conflict nor (by "
            "default) the judge's own institution; entries that hold scores keep their judges",
        ),
    )
    how.add_argument(
        "--per-stage",
        metavar="STAGE=K,...",
        help=translate(
            "cli",
            "plan K judges per entry for each stage on its own (for example "
            "proposal=2,presentasi=5), with the same rules as --per-entry",
        ),
    )
    p.add_argument(
        "--seed",
        type=int,
        metavar="N",
        help=translate("cli", "with --per-entry: the same seed gives the same plan (default 0)"),
    )
    p.add_argument(
        "--allow-own-institution",
        action="store_true",
        help=translate("cli", "with --per-entry: judges may get their own institution's entries"),
    )
    p.add_argument(
        "--avoid-same-region",
        action="store_true",
        help=translate("cli", "with --per-entry: no judge gets an entry of their own region"),
    )
    p.add_argument(
        "--by-expertise",
        action="store_true",
        help=translate(
            "cli",
            "with --per-entry: judges whose expertise lists the entry's category first",
        ),
    )
    p.add_argument(
        "--category",
        metavar="ID",
        help=translate(
            "cli", "with --per-entry: plan only this category; the others keep their judges"
        ),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "with --per-entry: show the plan without writing it"),
    )
    p.set_defaults(run=assign, parser=p)


def _add_package(sub: Commands) -> None:
    p = sub.add_parser("package", help=translate("cli", "write judge package files"))
    p.add_argument("master", type=Path, metavar="MASTER")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--judge", metavar="ID", help=translate("cli", "one judge (with -o)"))
    which.add_argument(
        "--all", action="store_true", help=translate("cli", "every judge (with --out-dir)")
    )
    p.add_argument("-o", "--output", type=Path, metavar="PACKAGE.sqlite")
    p.add_argument("--out-dir", type=Path, metavar="DIR")
    p.set_defaults(run=package, parser=p)
