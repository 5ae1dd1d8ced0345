"""The secretariat's commands after the judging: merge, key changes, results and their
documents; and the commands on any judge-app file: verification, backups, what a file
holds, and the desktop file type."""

from __future__ import annotations

import argparse
from pathlib import Path

from judge_app import services
from judge_app.cli.common import (
    add_key_options,
    bar,
    entries,
    key_secret,
    megabytes,
    parse_day,
    say,
    warnings,
)
from judge_app.cli.options import Commands, csv_dialect_option
from judge_app.services import QT_TRANSLATE_NOOP, JudgeAppError, decimal_mark, translate

# a merge verdict's status is a code in the JSON report, a word on the terminal
STATUS_WORDS = (
    QT_TRANSLATE_NOOP("merge_status", "accepted"),
    QT_TRANSLATE_NOOP("merge_status", "ignored"),
    QT_TRANSLATE_NOOP("merge_status", "refused"),
    QT_TRANSLATE_NOOP("merge_status", "conflict"),
)


def status_word(status: str) -> str:
    return translate("merge_status", status)


def verify(args: argparse.Namespace) -> None:
    reports = services.verify(args.files, args.master, args.anchor, args.crl)
    failed = [r for r in reports if not r.ok]
    for report in reports:
        state = translate("cli", "OK") if report.ok else translate("cli", "FAILED")
        print(f"{report.path}: {state}")
        for line in report.lines:
            print(f"  {line}")
        for problem in report.problems:
            print(f"  ! {problem}")
    if failed:  # the reasons are above, each once; the last line says which files failed
        raise JudgeAppError(
            translate("cli", "verification failed for {files}").format(
                files=", ".join(str(r.path) for r in failed)
            )
        )


def desktop(args: argparse.Namespace) -> None:
    import sys

    for path in services.install_desktop():
        say(translate("cli", "written: {path}"), path=path)
    if sys.platform == "win32":
        print(translate("cli", "judge-app is now in the Open with list of .sqlite files"))
    else:
        print(
            translate(
                "cli",
                "judge-app files now open with judge-app in the file manager (log in again if not)",
            )
        )


def backups(args: argparse.Namespace) -> None:
    found = services.list_backups(args.file)
    if not found:
        say(translate("cli", "{file}: no backups yet"), file=args.file)
        return
    for backup, summary in found:
        when = backup.taken_at.strftime("%Y-%m-%d %H:%M:%S")
        if summary is None:
            held = translate("cli", "cannot be read")
        else:
            held = translate(
                "cli", "entries {entries}, judges {judges}, scores {scores}, signed sheets {sheets}"
            ).format(
                entries=summary.entries,
                judges=summary.judges,
                scores=summary.scores,
                sheets=summary.sheets,
            )
        print(f"{when}  {services.describe_reason(backup.reason)}: {held}\n  {backup.path}")


def restore(args: argparse.Namespace) -> None:
    before = services.restore_backup(args.file, args.backup)
    say(translate("cli", "{file}: restored from {backup}"), file=args.file, backup=args.backup)
    say(translate("cli", "What it held before is in {path}"), path=before)


def merge(args: argparse.Namespace) -> None:
    import json

    accept = {}
    for item in args.accept_key:
        judge, sep, fingerprint = item.partition("=")
        if not sep or not judge.strip() or not fingerprint.strip():
            raise JudgeAppError(
                translate("cli", "--accept-key {item}: write JUDGE=FINGERPRINT").format(
                    item=repr(item)
                )
            )
        accept[judge.strip()] = fingerprint
    outcome = services.merge(args.master, args.files, accept, bar())
    for verdict in outcome.verdicts:
        print(f"{verdict.path}: {status_word(verdict.status)}")
        for reason in verdict.reasons:
            print(f"  {reason}")
    if outcome.backup:
        say(translate("cli", "Backup of the master before merging: {path}"), path=outcome.backup)
    if args.report:
        report = json.dumps(outcome.as_json(), indent=2, ensure_ascii=False)
        services.write_bytes(args.report, report.encode("utf-8"))
    if outcome.refused:
        first = outcome.refused[0]
        reason = first.reasons[0].removeprefix(f"{first.path}: ")
        raise JudgeAppError(f"{first.path}: {status_word(first.status)}: {reason}")


def rekey(args: argparse.Namespace) -> None:
    retired = services.reregister_key(args.master, args.judge, args.reason)
    say(
        translate(
            "cli",
            "Judge {judge}: key {fingerprint} retired; it stays valid for signed revisions up "
            "to {revision} and nothing later.",
        ),
        judge=retired.judge_id,
        fingerprint=retired.fingerprint,
        revision=retired.last_revision,
    )
    say(
        translate(
            "cli",
            "Next: {command}; the judge's new declarations register the new key when merged.",
        ),
        command=f"judge-app package {args.master} --judge {retired.judge_id} -o NEW.sqlite",
    )


def method_word(code: str) -> str:
    words = {
        "mean": translate("method", "mean"),
        "median": translate("method", "median"),
        "trimmed": translate("method", "trimmed mean"),
        "zscore": translate("method", "z-score, normalised per judge"),
    }
    return words.get(code, code)


def results(args: argparse.Namespace) -> None:
    day = parse_day(args.date)
    # asked before anything is written: a missing number or a wrong or missing
    # passphrase leaves no half set
    number = berita_acara_number(args.number) if args.berita_acara else args.number.strip()
    secret = key_secret(args) if args.pdf or args.berita_acara else ""
    document = services.results_document(args.master, args.method)
    if args.json:
        services.results_json(args.master, args.json, args.method, bar())
    if args.csv:
        services.results_csv(args.master, args.csv, args.method, bar(), args.csv_dialect)
    if args.xlsx:
        services.results_xlsx(args.master, args.xlsx, args.method, bar())
    if args.sensitivity:
        _sensitivity(args)
    if args.pdf:
        services.results_pdf(
            args.master,
            args.pdf,
            secret,
            args.method,
            bar(),
            day,
            number=args.recap_number,
            berita_acara_number=number if args.berita_acara else "",
        )
        say(translate("cli", "Signed recap: {path}"), path=args.pdf)
    if args.berita_acara:
        services.berita_acara_pdf(
            args.master,
            args.berita_acara,
            secret,
            args.method,
            number,
            day,
            progress=bar(),
        )
        say(translate("cli", "Signed berita acara: {path}"), path=args.berita_acara)
    say(
        translate("cli", "{competition} — method {method}"),
        competition=document["competition"],
        method=method_word(document["method"]),
    )
    decimal = decimal_mark()
    rows = [
        (
            str(e["rank"] or "-"),
            "—" if e["final"] is None else services.format_display(e["final"], decimal),
            e["code"],
            e["category"],
            (e["band"] or "") + (" *" if e["award"] else ""),
            e["title"][:50],
        )
        for e in document["entries"]
    ]
    heading = (
        translate("cli", "Rank"),
        translate("cli", "Final"),
        translate("cli", "Code"),
        translate("cli", "Category"),
        translate("cli", "Band"),
        translate("cli", "Title"),
    )
    widths = [max(len(row[i]) for row in [heading, *rows]) for i in range(5)]
    for row in [heading, *rows]:
        cells = [row[0].rjust(widths[0]), row[1].rjust(widths[1])]
        cells += [row[i].ljust(widths[i]) for i in (2, 3, 4)]
        print("  ".join([*cells, row[5]]))
    if any(e["award"] for e in document["entries"]):
        print(translate("cli", "* an award (the categories' award places)"))
    for category in document.get("categories", ()):
        if category["note"]:  # fewer awards than places, and why (the document's words)
            print(f"{category['name']}: {category['note']}")


def berita_acara_number(given: str) -> str:
    """The Berita Acara's number: a signed blank "Nomor: ……" can never be filled in, so
    it is asked for on a terminal and refused elsewhere."""
    import sys

    number = given.strip()
    if number:
        return number
    if not sys.stdin.isatty():
        raise JudgeAppError(
            translate(
                "cli",
                "the Berita Acara needs its number: give --number (e.g. --number "
                "001/BA/TIM/XII/2023); a signed blank number can never be filled in",
            )
        )
    while not number:
        try:
            number = input(translate("cli", "Number (Nomor) of the Berita Acara: ")).strip()
        except EOFError:
            raise JudgeAppError(translate("cli", "no number given: nothing was signed")) from None
    return number


def _sensitivity(args: argparse.Namespace) -> None:
    changes = services.method_sensitivity(args.master)
    say(
        translate("cli", "Method sensitivity: {entries} change with the method"),
        entries=entries(len(changes)),
    )
    for item in changes:
        ranks = ", ".join(f"{m} {r or '-'}" for m, r in item.ranks.items())
        winners = [m for m, a in item.awards.items() if a]
        if winners:
            awards = translate("cli", "award under {methods}").format(methods=", ".join(winners))
        else:
            awards = translate("cli", "no award")
        say(
            translate("cli", "  {code}: category rank {ranks}; {awards}"),
            code=item.code,
            ranks=ranks,
            awards=awards,
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
    say(translate("cli", "  size:         {size}"), size=megabytes(found.size))
    if found.material_pieces:
        say(
            translate(
                "cli", "  material:     {entries}, {pieces} sections and files, {size} carried"
            ),
            entries=entries(found.material_entries),
            pieces=found.material_pieces,
            size=megabytes(found.material_bytes),
        )
        if found.material_held < found.material_pieces:
            say(
                translate(
                    "cli",
                    "                (the bytes of {missing} are not in this file: a hand-in "
                    "or a backup)",
                ),
                missing=found.material_pieces - found.material_held,
            )
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


def _package_state(path: Path) -> None:
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


# -- The commands' arguments, in the order `judge-app --help` lists them


def add_parsers(sub: Commands) -> None:
    """The commands after the judging and on any file: verify, desktop, backups, restore,
    merge, rekey, results, info."""
    _add_verify(sub)
    _add_desktop(sub)
    _add_backups(sub)
    _add_restore(sub)
    _add_merge(sub)
    _add_rekey(sub)
    _add_results(sub)
    _add_info(sub)


def _add_verify(sub: Commands) -> None:
    p = sub.add_parser(
        "verify", help=translate("cli", "check signatures and content of PDFs and judge-app files")
    )
    p.add_argument(
        "files",
        type=Path,
        nargs="+",
        metavar="FILE",
        help=translate(
            "cli",
            "signed PDFs (recap, declarations, Rekapitulasi Nilai, Berita Acara) and "
            "judge-app files (.sqlite) to check; the exit status is non-zero when any fails",
        ),
    )
    p.add_argument(
        "--master",
        type=Path,
        metavar="MASTER",
        help=translate(
            "cli",
            "trust what this master trusts: its imported root certificates and revocation "
            "lists, and the judge-app keys it registered; a PDF signature that nothing "
            "trusts then fails",
        ),
    )
    p.add_argument(
        "--anchor",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help=translate(
            "cli",
            "also trust this root certificate (PEM or DER; may be repeated); a PDF signature "
            "that nothing trusts then fails",
        ),
    )
    p.add_argument(
        "--crl",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help=translate(
            "cli",
            "a certificate revocation list (PEM or DER; may be repeated): a signature whose "
            "certificate it lists fails",
        ),
    )
    p.set_defaults(run=verify)


def _add_desktop(sub: Commands) -> None:
    p = sub.add_parser(
        "desktop",
        help=translate(
            "cli",
            "file manager: judge-app files get their own type, icon and 'open with' (Linux); "
            "judge-app joins the Open with list of .sqlite files (Windows)",
        ),
    )
    p.set_defaults(run=desktop)


def _add_backups(sub: Commands) -> None:
    p = sub.add_parser(
        "backups", help=translate("cli", "list a file's rolling backups and what each holds")
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(run=backups)


def _add_restore(sub: Commands) -> None:
    p = sub.add_parser(
        "restore",
        help=translate(
            "cli", "make a file what one of its backups holds (its state now is backed up)"
        ),
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("backup", type=Path, metavar="BACKUP")
    p.set_defaults(run=restore)


def _add_merge(sub: Commands) -> None:
    p = sub.add_parser(
        "merge",
        help=translate("cli", "merge returned judge files (or other masters) into a master"),
    )
    p.add_argument(
        "master",
        type=Path,
        metavar="MASTER",
        help=translate(
            "cli", "the secretariat's master file to merge into (backed up before merging)"
        ),
    )
    p.add_argument(
        "files",
        type=Path,
        nargs="+",
        metavar="FILE",
        help=translate(
            "cli", "returned judge packages (.sqlite), or other masters (a province's round)"
        ),
    )
    p.add_argument(
        "--report",
        type=Path,
        metavar="REPORT.json",
        help=translate(
            "cli", "also write what was accepted, ignored or refused in each file (JSON)"
        ),
    )
    p.add_argument(
        "--accept-key",
        action="append",
        default=[],
        metavar="JUDGE=FINGERPRINT",
        help=translate(
            "cli", "a judge's new key (lost laptop), confirmed with the judge by its fingerprint"
        ),
    )
    p.set_defaults(run=merge)


def _add_rekey(sub: Commands) -> None:
    p = sub.add_parser(
        "rekey",
        help=translate(
            "cli",
            "retire a judge's registered key (lost laptop): earlier signed sheets stay "
            "valid, a new package can be issued and its declarations register the new key",
        ),
    )
    p.add_argument("master", type=Path, metavar="MASTER")
    p.add_argument("judge", metavar="JUDGE_ID")
    p.add_argument("--reason", required=True, help=translate("cli", "why (kept in the audit log)"))
    p.set_defaults(run=rekey)


def _add_results(sub: Commands) -> None:
    p = sub.add_parser(
        "results", help=translate("cli", "rank the entries from the signed sheets in a master")
    )
    p.add_argument("master", type=Path, metavar="MASTER")
    p.add_argument(
        "--method",
        choices=["mean", "median", "trimmed", "zscore"],
        help=translate("cli", "how the judges' totals are combined (default: the definition's)"),
    )
    p.add_argument(
        "--json", type=Path, metavar="F", help=translate("cli", "every number, unrounded (JSON)")
    )
    p.add_argument(
        "--csv", type=Path, metavar="F", help=translate("cli", "one row per entry (CSV)")
    )
    csv_dialect_option(p)
    p.add_argument(
        "--xlsx",
        type=Path,
        metavar="F",
        help=translate("cli", "workbook: categories, scores, flags"),
    )
    p.add_argument(
        "--sensitivity",
        action="store_true",
        help=translate(
            "cli", "list the entries whose rank or award changes between the four methods"
        ),
    )
    p.add_argument(
        "--pdf", type=Path, metavar="F", help=translate("cli", "signed Rekapitulasi Nilai")
    )
    p.add_argument(
        "--berita-acara", type=Path, metavar="F", help=translate("cli", "signed Berita Acara")
    )
    p.add_argument(
        "--number",
        default="",
        metavar="NOMOR",
        help=translate(
            "cli",
            "the Berita Acara's number, e.g. 001/BA/TIM/XII/2023, required to sign it (asked "
            "for on a terminal when missing)",
        ),
    )
    p.add_argument(
        "--recap-number",
        default="",
        metavar="NOMOR",
        help=translate(
            "cli",
            "the Rekapitulasi Nilai's own number (optional); with --berita-acara the recap "
            "is also marked as the attachment of the Berita Acara's number",
        ),
    )
    p.add_argument(
        "--date",
        default="",
        help=translate(
            "cli",
            "date printed on the signed documents, e.g. 2023-12-20 (default: today); when it "
            "is not the signing day, each also states when it was signed",
        ),
    )
    add_key_options(p)
    p.set_defaults(run=results)


def _add_info(sub: Commands) -> None:
    p = sub.add_parser("info", help=translate("cli", "describe a master or package file"))
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(run=info)
