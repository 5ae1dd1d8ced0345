"""Command line (DESIGN §9): a thin layer that parses arguments, calls services and prints
a short summary. Errors go to stderr, first line the reason, with a non-zero exit."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from judge_app import __version__
from judge_app.errors import STORAGE_ERRNOS, JudgeAppError, ProblemsError, storage_problem


class _LazyServices:
    """judge_app.services, imported on first use: `judge-app` with no command opens the
    window without loading what the commands need (SQLite layer, reportlab, signing)."""

    def __getattr__(self, name: str):
        from judge_app import services as real

        return getattr(real, name)


services = _LazyServices()

EXIT_ERROR = 1


def _file_of(args: argparse.Namespace) -> object:
    """The file a command works on, to name it in a message."""
    for name in ("package", "master", "file", "dir"):
        value = getattr(args, name, None)
        if value:
            return value
    return None


EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that also offers --version on every command."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.add_argument("--version", action="version", version=f"judge-app {__version__}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="judge-app",
        description="Offline judging for public-service innovation competitions. "
        "Run without a command to open the desktop application.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("gui", help="open the desktop application (optionally on FILE)")
    p.add_argument("file", nargs="?", type=Path, metavar="FILE")
    p.set_defaults(run=_gui)

    p = sub.add_parser("demo", help="build the KIPP Banten 2023 sample competition")
    p.add_argument("dir", type=Path, metavar="DIR", help="new or empty folder")
    p.add_argument(
        "--open", action="store_true", help="then open the first judge's package in the GUI"
    )
    p.add_argument(
        "--signed",
        action="store_true",
        help="also play the five judges: declare, score and sign (to try merge and results)",
    )
    p.set_defaults(run=_demo)

    p = sub.add_parser("template", help="competition definition templates")
    tsub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    t = tsub.add_parser("list", help="list the bundled templates")
    t.set_defaults(run=_template_list)
    t = tsub.add_parser("show", help="print a template's TOML (redirect it to a file to edit)")
    t.add_argument("name", metavar="NAME")
    t.set_defaults(run=_template_show)

    p = sub.add_parser("new", help="create a secretariat master file")
    p.add_argument(
        "-d",
        "--definition",
        required=True,
        metavar="DEF.toml",
        help="competition definition (TOML file, or a template name such as kipp)",
    )
    p.add_argument("-e", "--entries", type=Path, metavar="ENTRIES", help="entry list (.csv/.xlsx)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="MASTER.sqlite")
    p.set_defaults(run=_new)

    p = sub.add_parser("entries", help="entry list of a master")
    esub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    e = esub.add_parser("import", help="add or update entries by code from CSV/XLSX")
    e.add_argument("master", type=Path, metavar="MASTER")
    e.add_argument("file", type=Path, metavar="ENTRIES")
    e.set_defaults(run=_entries_import)
    e = esub.add_parser("list", help="print the entries")
    e.add_argument("master", type=Path, metavar="MASTER")
    e.set_defaults(run=_entries_list)

    p = sub.add_parser("judges", help="register judges")
    jsub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    j = jsub.add_parser("add", help="register one judge")
    j.add_argument("master", type=Path, metavar="MASTER")
    j.add_argument("--name", required=True)
    j.add_argument("--nip", default="", help="NIP (18 digits), NIK (16 digits) or -")
    j.add_argument("--position", default="", help="jabatan")
    j.add_argument("--institution", default="", help="instansi")
    j.add_argument("--rank", default="", help="pangkat/golongan")
    j.add_argument("--role", default="anggota", help="ketua, sekretaris or anggota")
    j.add_argument("--id", default="", dest="judge_id", help="default: next free J<n>")
    j.set_defaults(run=_judges_add)
    j = jsub.add_parser("import", help="register judges from CSV/XLSX")
    j.add_argument("master", type=Path, metavar="MASTER")
    j.add_argument("file", type=Path, metavar="JUDGES.csv")
    j.set_defaults(run=_judges_import)
    j = jsub.add_parser("remove", help="unregister a judge who has not scored yet")
    j.add_argument("master", type=Path, metavar="MASTER")
    j.add_argument("judge_id", metavar="ID")
    j.set_defaults(run=_judges_remove)
    j = jsub.add_parser("list", help="print the judges")
    j.add_argument("master", type=Path, metavar="MASTER")
    j.set_defaults(run=_judges_list)

    p = sub.add_parser("assign", help="assign entries to judges")
    p.add_argument("master", type=Path, metavar="MASTER")
    p.add_argument(
        "--csv",
        type=Path,
        metavar="ASSIGNMENTS.csv",
        help="columns judge,entry; default: every judge scores every entry",
    )
    p.add_argument(
        "--everyone",
        action="store_true",
        help="give every judge every entry even when the assignments came from a CSV",
    )
    p.set_defaults(run=_assign)

    p = sub.add_parser("package", help="write judge package files")
    p.add_argument("master", type=Path, metavar="MASTER")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--judge", metavar="ID", help="one judge (with -o)")
    which.add_argument("--all", action="store_true", help="every judge (with --out-dir)")
    p.add_argument("-o", "--output", type=Path, metavar="PACKAGE.sqlite")
    p.add_argument("--out-dir", type=Path, metavar="DIR")
    p.set_defaults(run=_package, parser=p)

    p = sub.add_parser("scores", help="a judge's scores to and from CSV (paper to digital)")
    ssub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    s = ssub.add_parser("import", help="store scores from CSV: entry,criterion,value[,note]")
    s.add_argument("package", type=Path, metavar="PACKAGE")
    s.add_argument("file", type=Path, metavar="SCORES.csv")
    s.set_defaults(run=_scores_import)
    s = ssub.add_parser("export", help="write every score to CSV: entry,criterion,value,note")
    s.add_argument("package", type=Path, metavar="PACKAGE")
    s.add_argument("file", type=Path, metavar="SCORES.csv")
    s.add_argument(
        "--all-rows",
        action="store_true",
        help="a row for every entry and criterion, empty where unscored (a form to fill in)",
    )
    s.set_defaults(run=_scores_export)

    p = sub.add_parser("declare", help="sign the integrity pact and conflict statement")
    p.add_argument("package", type=Path, metavar="PACKAGE")
    p.add_argument("--conflict", action="append", default=[], metavar="CODE")
    p.add_argument("--reason", action="append", default=[], metavar="TEXT")
    p.add_argument("--signature-image", type=Path, metavar="PNG")
    p.add_argument("--place", default="", help="place of signing (default: the competition's)")
    p.add_argument("--date", default="", help="date of signing, e.g. 2023-12-20 (default: today)")
    p.add_argument("--rank", help="pangkat/golongan, if not as registered")
    p.add_argument("--position", help="jabatan, if not as registered")
    p.add_argument("--institution", help="instansi, if not as registered")
    p.add_argument("-o", "--out-dir", type=Path, required=True, metavar="DIR")
    p.set_defaults(run=_declare, parser=p)

    p = sub.add_parser("sign", help="finalise: lock the scores, sign the sheet, write the recap")
    p.add_argument("package", type=Path, metavar="PACKAGE")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="RECAP.pdf")
    p.add_argument("--place", default="", help="place of signing (default: the competition's)")
    p.set_defaults(run=_sign)

    p = sub.add_parser("recap", help="write a signed recap again (kept in the package)")
    p.add_argument("package", type=Path, metavar="PACKAGE")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="RECAP.pdf")
    p.add_argument("--revision", type=int, help="default: the latest signed revision")
    p.set_defaults(run=_recap)

    p = sub.add_parser("reopen", help="unlock signed scores; the next signing is revision n+1")
    p.add_argument("package", type=Path, metavar="PACKAGE")
    p.set_defaults(run=_reopen)

    p = sub.add_parser("sheets", help="blank paper score sheets: a page per entry with a QR code")
    p.add_argument("package", type=Path, metavar="PACKAGE")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="SHEETS.pdf")
    p.set_defaults(run=_sheets)

    p = sub.add_parser("verify", help="check signatures and content of PDFs and judge-app files")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.set_defaults(run=_verify)

    p = sub.add_parser(
        "desktop", help="Linux: give judge-app files their own type, icon and 'open with'"
    )
    p.set_defaults(run=_desktop)

    p = sub.add_parser("backups", help="list a file's rolling backups and what each holds")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(run=_backups)

    p = sub.add_parser(
        "restore", help="make a file what one of its backups holds (its state now is backed up)"
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("backup", type=Path, metavar="BACKUP")
    p.set_defaults(run=_restore)

    p = sub.add_parser("merge", help="merge returned judge files (or other masters) into a master")
    p.add_argument("master", type=Path, metavar="MASTER")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument("--report", type=Path, metavar="REPORT.json")
    p.add_argument(
        "--accept-key",
        action="append",
        default=[],
        metavar="JUDGE=FINGERPRINT",
        help="a judge's new key (lost laptop), confirmed with the judge by its fingerprint",
    )
    p.set_defaults(run=_merge)

    p = sub.add_parser(
        "rekey",
        help="retire a judge's registered key (lost laptop): earlier signed sheets stay "
        "valid, a new package can be issued and its declarations register the new key",
    )
    p.add_argument("master", type=Path, metavar="MASTER")
    p.add_argument("judge", metavar="JUDGE_ID")
    p.add_argument("--reason", required=True, help="why (kept in the audit log)")
    p.set_defaults(run=_rekey)

    p = sub.add_parser("results", help="rank the entries from the signed sheets in a master")
    p.add_argument("master", type=Path, metavar="MASTER")
    p.add_argument("--method", choices=["mean", "median", "trimmed", "zscore"])
    p.add_argument("--json", type=Path, metavar="F")
    p.add_argument("--csv", type=Path, metavar="F")
    p.add_argument("--xlsx", type=Path, metavar="F", help="workbook: categories, scores, flags")
    p.add_argument(
        "--sensitivity",
        action="store_true",
        help="list the entries whose rank or award changes between the four methods",
    )
    p.add_argument("--pdf", type=Path, metavar="F", help="signed Rekapitulasi Nilai")
    p.add_argument("--berita-acara", type=Path, metavar="F", help="signed Berita Acara")
    p.add_argument("--number", default="", help="the berita acara's number")
    p.add_argument("--date", default="", help="date of the berita acara (default: today)")
    p.set_defaults(run=_results)

    p = sub.add_parser("info", help="describe a master or package file")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(run=_info)
    return parser


# -- commands ---------------------------------------------------------------------------


def _gui(args: argparse.Namespace) -> None:
    from judge_app.ui.app import run_gui

    raise SystemExit(run_gui(str(args.file) if args.file else None))


def _demo(args: argparse.Namespace) -> None:
    demo = services.build_demo(args.dir)
    recaps = services.sign_demo(demo, _passphrase(new=True)) if args.signed else []
    print(f"Demo competition built in {demo.folder}")
    print(f"  master:   {demo.master} ({demo.entries} entries, {len(demo.packages)} judges)")
    for package in demo.packages:
        print(f"  package:  {package.path} ({package.judge.name})")
    if args.open:
        from judge_app.ui.app import run_gui

        raise SystemExit(run_gui(str(demo.packages[0].path)))
    if recaps:
        print(f"The five judges declared, scored and signed; recaps in {recaps[0].parent}")
        print(
            f"Next: judge-app merge {demo.master} {demo.folder / 'packages'}/*.sqlite && "
            f"judge-app results {demo.master}"
        )
    else:
        print(f"Open it: judge-app gui {demo.packages[0].path}")


def _template_list(args: argparse.Namespace) -> None:
    for name in services.template_names():
        print(f"{name:<12} {services.template_title(name)}")


def _template_show(args: argparse.Namespace) -> None:
    sys.stdout.write(services.template_text(args.name))


def _new(args: argparse.Namespace) -> None:
    info = services.create_master(args.definition, args.entries, args.output)
    print(f"Created {info.path}: {info.title}")
    print(f"  {_count(info.entries, 'entry')}; definition sha256 {info.definition_sha256}")


def _bar():
    """Progress on a terminal; nothing when the output goes to a file or a pipe."""
    from judge_app.progress import terminal

    return terminal()


def _entries_import(args: argparse.Namespace) -> None:
    result = services.import_entries(args.master, args.file, _bar())
    total = result.added + result.changed + result.unchanged
    print(
        f"{args.file}: {total} entries read: {result.added} added, {result.changed} changed, "
        f"{result.unchanged} unchanged"
    )
    if result.kept:
        print(f"  {result.kept} entries of the master are not in this file and were kept")


def _entries_list(args: argparse.Namespace) -> None:
    for entry in services.list_entries(args.master):
        print(f"{entry.code}\t{entry.category}\t{entry.title}\t{entry.agency}")


def _judges_add(args: argparse.Namespace) -> None:
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
    print(f"Registered {judge.id}: {judge.name}" + (f" (NIP/NIK {judge.nip})" if judge.nip else ""))
    _print_warnings(services.panel_warnings(args.master))
    _next_assign_hint(args.master)


def _next_assign_hint(master: Path) -> None:
    source = services.assignment_source(master)
    if source.startswith("csv:"):
        name = source[4:]
        print(f"Next: add the new judges to {name}, then: judge-app assign {master} --csv {name}")
    else:
        print(f"Next: judge-app assign {master}")


def _print_warnings(warnings: list[str]) -> None:
    for warning in warnings:
        print(f"Warning: {warning}")


def _judges_import(args: argparse.Namespace) -> None:
    result = services.import_judges(args.master, args.file)
    print(
        f"{args.file}: {_count(len(result.added), 'judge')} registered, "
        f"{len(result.updated)} updated, {result.unchanged} unchanged"
    )
    for judge in result.added:
        print(f"  {judge.id}  {judge.name}")
    _print_warnings(result.warnings)
    if result.added:
        _next_assign_hint(args.master)


def _judges_remove(args: argparse.Namespace) -> None:
    judge = services.remove_judge(args.master, args.judge_id)
    print(f"Removed {judge.id}: {judge.name} (and their assignments)")


def _judges_list(args: argparse.Namespace) -> None:
    info = services.describe(args.master)
    for judge in info.judges:
        count = info.assignments.get(judge.id, 0)
        print(
            f"{judge.id}\t{judge.name}\t{judge.nip or '-'}\t{judge.role}\t{_count(count, 'entry')}"
        )


def _assign(args: argparse.Namespace) -> None:
    result = services.assign(args.master, args.csv, everyone=args.everyone)
    print(
        "Assignments: " + ", ".join(f"{j} {_count(n, 'entry')}" for j, n in result.counts.items())
    )
    if result.judges_without:
        print(f"Warning: no entries for {', '.join(result.judges_without)}")
    if result.entries_without:
        shown = ", ".join(result.entries_without[:10])
        more = len(result.entries_without) - 10
        print(
            f"Warning: {_count(len(result.entries_without), 'entry')} without any judge: {shown}"
            + (f" and {more} more" if more > 0 else "")
        )


def _count(n: int, noun: str) -> str:
    plural = {"entry": "entries"}.get(noun, noun + "s")
    return f"{n} {noun if n == 1 else plural}"


def _package(args: argparse.Namespace) -> None:
    if args.all:
        if args.out_dir is None or args.output is not None:
            raise _Usage("package --all needs --out-dir DIR (and no -o)")
        written = services.package_all(args.master, args.out_dir, _bar())
    else:
        if args.output is None or args.out_dir is not None:
            raise _Usage("package --judge ID needs -o PACKAGE.sqlite (and no --out-dir)")
        written = services.make_packages(args.master, {args.judge: args.output})
    for package in written:
        print(f"{package.path}: {package.judge.id} {package.judge.name}, {package.entries} entries")


def _scores_import(args: argparse.Namespace) -> None:
    count = services.import_scores(args.package, args.file)
    print(f"{args.file}: {_count(count, 'row')} stored in {args.package}")


def _scores_export(args: argparse.Namespace) -> None:
    count = services.export_scores(args.package, args.file, all_rows=args.all_rows)
    print(f"{args.file}: {_count(count, 'row')} written")


def _passphrase(*, new: bool = False) -> str:
    """From JUDGE_APP_PASSPHRASE in scripts, else asked for (twice for a new key)."""
    import getpass

    from judge_app.integrity.keys import PASSPHRASE_ENV

    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise JudgeAppError(f"a passphrase is needed: set {PASSPHRASE_ENV} or run in a terminal")
    first = getpass.getpass("Passphrase for your signing key: ")
    if new and getpass.getpass("Repeat the passphrase: ") != first:
        raise JudgeAppError("the two passphrases differ; nothing was signed")
    return first


def _declare(args: argparse.Namespace) -> None:
    import datetime as dt

    from judge_app.domain.dates import parse_date

    if len(args.conflict) != len(args.reason):
        raise _Usage("give one --reason after each --conflict")
    try:
        day = parse_date(args.date) if args.date else dt.date.today()
    except ValueError as exc:
        raise JudgeAppError(f"--date: {exc}") from None
    image = None
    if args.signature_image:
        image = args.signature_image.read_bytes()
        if not image.startswith(b"\x89PNG"):
            raise JudgeAppError(f"{args.signature_image}: not a PNG image")
    place = args.place or services.competition_place(args.package)
    request = services.DeclarationRequest(
        place=place,
        date=day,
        conflicts=dict(zip(args.conflict, args.reason, strict=True)),
        rank=args.rank,
        position=args.position,
        institution=args.institution,
        signature_png=image,
    )
    passphrase = _passphrase(new=not services.has_signing_key(args.package))
    signed = services.declare(args.package, request, args.out_dir, passphrase)
    for path in signed.paths:
        print(f"Signed {path}")
    print(f"Certificate fingerprint: {signed.fingerprint}")
    print("Scoring is now open in this package.")


def _sign(args: argparse.Namespace) -> None:
    signed = services.finalise(args.package, args.output, _passphrase(), args.place, _bar())
    print(f"Signed revision {signed.revision} (sheet sha256 {signed.sha256}); scores locked")
    print(f"Recap: {signed.paths[0]}")


def _recap(args: argparse.Namespace) -> None:
    revision = services.export_recap(args.package, args.output, args.revision)
    print(f"{args.output}: signed recap of revision {revision}")


def _reopen(args: argparse.Namespace) -> None:
    revision = services.reopen(args.package, _passphrase())
    print(f"Reopened: scores can be changed; the next signing will be revision {revision}")


def _sheets(args: argparse.Namespace) -> None:
    pages = services.blank_sheets(args.package, args.output)
    print(f"{args.output}: {_count(pages, 'page')}, one per entry")


def _desktop(args: argparse.Namespace) -> None:
    from judge_app.desktop_integration import install

    for path in install():
        print(f"written: {path}")
    print("judge-app files now open with judge-app in the file manager (log in again if not)")


def _backups(args: argparse.Namespace) -> None:
    from judge_app import services
    from judge_app.store.backups import describe_reason

    found = services.list_backups(args.file)
    if not found:
        print(f"{args.file}: no backups yet")
        return
    for backup, summary in found:
        when = backup.taken_at.strftime("%Y-%m-%d %H:%M:%S")
        held = (
            "cannot be read"
            if summary is None
            else f"entries {summary.entries}, judges {summary.judges}, scores "
            f"{summary.scores}, signed sheets {summary.sheets}"
        )
        print(f"{when}  {describe_reason(backup.reason)}: {held}\n  {backup.path}")


def _restore(args: argparse.Namespace) -> None:
    from judge_app import services

    before = services.restore_backup(args.file, args.backup)
    print(f"{args.file}: restored from {args.backup}")
    print(f"What it held before is in {before}")


def _verify(args: argparse.Namespace) -> None:
    reports = services.verify(args.files)
    failed = [r for r in reports if not r.ok]
    for report in reports:
        print(f"{report.path}: {'OK' if report.ok else 'FAILED'}")
        for line in report.lines:
            print(f"  {line}")
        for problem in report.problems:
            print(f"  ! {problem}")
    if failed:
        raise JudgeAppError(failed[0].problems[0])


def _merge(args: argparse.Namespace) -> None:
    import json

    from judge_app import atomic

    accept = {}
    for item in args.accept_key:
        judge, sep, fingerprint = item.partition("=")
        if not sep or not judge.strip() or not fingerprint.strip():
            raise JudgeAppError(f"--accept-key {item!r}: write JUDGE=FINGERPRINT")
        accept[judge.strip()] = fingerprint
    outcome = services.merge(args.master, args.files, accept, _bar())
    for verdict in outcome.verdicts:
        print(f"{verdict.path}: {verdict.status}")
        for reason in verdict.reasons:
            print(f"  {reason}")
    if outcome.backup:
        print(f"Backup of the master before merging: {outcome.backup}")
    if args.report:
        report = json.dumps(outcome.as_json(), indent=2, ensure_ascii=False)
        atomic.write_bytes(args.report, report.encode("utf-8"))
    if outcome.refused:
        first = outcome.refused[0]
        reason = first.reasons[0].removeprefix(f"{first.path}: ")
        raise JudgeAppError(f"{first.path}: {first.status}: {reason}")


def _rekey(args: argparse.Namespace) -> None:
    retired = services.reregister_key(args.master, args.judge, args.reason)
    print(
        f"Judge {retired.judge_id}: key {retired.fingerprint} retired; it stays valid for "
        f"signed revisions up to {retired.last_revision} and nothing later."
    )
    print(
        f"Next: judge-app package {args.master} --judge {retired.judge_id} -o NEW.sqlite; "
        "the judge's new declarations register the new key when merged."
    )


def _results(args: argparse.Namespace) -> None:

    from judge_app.domain.scoring import format_display

    document = services.results(args.master, args.method)
    if args.json:
        services.results_json(args.master, args.json, args.method, _bar())
    if args.csv:
        services.results_csv(args.master, args.csv, args.method, _bar())
    if args.xlsx:
        services.results_xlsx(args.master, args.xlsx, args.method, _bar())
    if args.sensitivity:
        changes = services.method_sensitivity(args.master)
        print(f"Method sensitivity: {_count(len(changes), 'entry')} change with the method")
        for item in changes:
            ranks = ", ".join(f"{m} {r or '-'}" for m, r in item.ranks.items())
            winners = [m for m, a in item.awards.items() if a]
            awards = f"award under {', '.join(winners)}" if winners else "no award"
            print(f"  {item.code}: category rank {ranks}; {awards}")
    if args.pdf:
        services.results_pdf(args.master, args.pdf, _passphrase(), args.method, progress=_bar())
        print(f"Signed recap: {args.pdf}")
    if args.berita_acara:
        passphrase = _passphrase()
        from judge_app.domain.dates import parse_date

        try:
            day = parse_date(args.date) if args.date else None
        except ValueError as exc:
            raise JudgeAppError(f"--date: {exc}") from None
        services.berita_acara_pdf(
            args.master,
            args.berita_acara,
            passphrase,
            args.method,
            args.number,
            day,
            progress=_bar(),
        )
        print(f"Signed berita acara: {args.berita_acara}")
    print(f"{document['competition']} — method {document['method']}")
    for e in document["entries"]:
        final = "—" if e["final"] is None else format_display(e["final"], ".")
        rank = e["rank"] or "-"
        award = " *" if e["award"] else ""
        print(
            f"{rank:>4}  {final:>7}  {e['code']:<14} {e['band'] or '':<14} {e['title'][:50]}{award}"
        )


def _info(args: argparse.Namespace) -> None:
    info = services.describe(args.file)
    print(f"{info.path}: {'judge package' if info.role == 'package' else 'secretariat master'}")
    print(f"  competition:  {info.title} ({info.competition_id})")
    print(f"  definition:   sha256 {info.definition_sha256}")
    print(f"  entries:      {info.entries}")
    for judge in info.judges:
        count = info.assignments.get(judge.id, 0)
        print(f"  judge {judge.id}: {judge.name}, {count} entries assigned")


# -- entry point ------------------------------------------------------------------------


class _Usage(Exception):
    pass


def _report(message: str) -> None:
    print(f"judge-app: {message}", file=sys.stderr)


def _problems_text(error: ProblemsError) -> str:
    """First line is the reason; the full list follows for the rest."""
    first = f"{error.source}: {error.problems[0]}"
    if len(error.problems) == 1:
        return first
    return f"{first} (and {len(error.problems) - 1} more)\n" + str(error).split("\n", 1)[1]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], None] = getattr(args, "run", _gui)
    if not hasattr(args, "file"):
        args.file = None
    try:
        run(args)
    except _Usage as exc:
        getattr(args, "parser", parser).error(str(exc))
    except ProblemsError as exc:
        _report(_problems_text(exc))
        return EXIT_ERROR
    except JudgeAppError as exc:
        _report(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _report("interrupted")
        return 130
    except BrokenPipeError:  # output piped into `head`: not an error of ours
        sys.stderr.close()
        return 0
    except OSError as exc:
        if exc.errno in STORAGE_ERRNOS:
            _report(str(storage_problem(exc, exc.filename)))
        else:
            _report(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        return EXIT_ERROR
    except sqlite3.Error as exc:  # disk full, read-only, a stick taken out, ...
        _report(str(storage_problem(exc, _file_of(args))))
        return EXIT_ERROR
    except Exception as exc:  # a bug: say so plainly, full trace on request
        _report(f"internal error: {exc!r} (set JUDGE_APP_DEBUG=1 for details)")
        if os.environ.get("JUDGE_APP_DEBUG"):
            traceback.print_exc()
        return EXIT_ERROR
    return 0
