"""A judge's commands on a package: scores to and from CSV, the declaration, signing,
recaps, reopening and blank paper sheets."""

from __future__ import annotations

import argparse
from pathlib import Path

from judge_app import services
from judge_app.cli.common import (
    Usage,
    add_key_options,
    bar,
    key_secret,
    pages,
    parse_day,
    rows,
    say,
    warnings,
)
from judge_app.cli.options import Commands, csv_dialect_option, group
from judge_app.services import JudgeAppError, translate


def scores_import(args: argparse.Namespace) -> None:
    count = services.import_scores(args.package, args.file)
    say(
        translate("cli", "{file}: {rows} stored in {package}"),
        file=args.file,
        rows=rows(count),
        package=args.package,
    )


def scores_export(args: argparse.Namespace) -> None:
    count = services.export_scores(
        args.package, args.file, all_rows=args.all_rows, dialect=args.csv_dialect
    )
    say(translate("cli", "{file}: {rows} written"), file=args.file, rows=rows(count))


def declare(args: argparse.Namespace) -> None:
    if len(args.conflict) != len(args.reason):
        raise Usage(translate("cli", "give one --reason after each --conflict"))
    day = parse_day(args.date) or services.competition_today(args.package)
    image = None
    if args.signature_image:
        image = args.signature_image.read_bytes()
        if not image.startswith(b"\x89PNG"):
            raise JudgeAppError(
                translate("cli", "{file}: not a PNG image").format(file=args.signature_image)
            )
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
    secret = key_secret(args, new=not services.has_signing_key(args.package))
    signed = services.declare(args.package, request, args.out_dir, secret)
    for path in signed.paths:
        say(translate("cli", "Signed {path}"), path=path)
    say(translate("cli", "Certificate fingerprint: {fingerprint}"), fingerprint=signed.fingerprint)
    print(translate("cli", "Scoring is now open in this package."))


def sign(args: argparse.Namespace) -> None:
    day = parse_day(args.date)  # None: today in the competition's time zone

    signed = services.finalise(args.package, args.output, key_secret(args), args.place, bar(), day)
    say(
        translate("cli", "Signed revision {revision} (sheet sha256 {sha256}); scores locked"),
        revision=signed.revision,
        sha256=signed.sha256,
    )
    say(translate("cli", "Recap: {path}"), path=signed.paths[0])


def recap(args: argparse.Namespace) -> None:
    revision = services.export_recap(args.package, args.output, args.revision)
    say(
        translate("cli", "{file}: signed recap of revision {revision}"),
        file=args.output,
        revision=revision,
    )


def reopen(args: argparse.Namespace) -> None:
    revision = services.reopen(args.package, key_secret(args))
    say(
        translate(
            "cli", "Reopened: scores can be changed; the next signing will be revision {revision}"
        ),
        revision=revision,
    )


def handin(args: argparse.Namespace) -> None:
    warnings(services.returned_file_warnings(args.package))
    done = services.hand_in(args.package, args.folder, bar())
    template = (
        translate("cli", "{path}: handed in, replacing the earlier hand-in; checked")
        if done.replaced
        else translate("cli", "{path}: handed in; checked")
    )
    say(template, path=done.path)
    for line in services.padded_rows(services.described_hand_in(done.contents)):
        print(f"  {line}")
    warning = services.unsigned_warning(done.contents)
    if warning:
        warnings([warning])


def sheets(args: argparse.Namespace) -> None:
    count = services.blank_sheets(args.package, args.output)
    say(translate("cli", "{file}: {pages}, one per entry"), file=args.output, pages=pages(count))


# -- The commands' arguments, in the order `judge-app --help` lists them


def add_parsers(sub: Commands) -> None:
    """The judge's commands: scores, declare, sign, recap, reopen, handin, sheets."""
    _add_scores(sub)
    _add_declare(sub)
    _add_sign(sub)
    _add_recap(sub)
    _add_reopen(sub)
    _add_handin(sub)
    _add_sheets(sub)


def _add_scores(sub: Commands) -> None:
    p = sub.add_parser(
        "scores", help=translate("cli", "a judge's scores to and from CSV (paper to digital)")
    )
    ssub = group(p)
    s = ssub.add_parser(
        "import",
        help=translate(
            "cli",
            "store scores from CSV or XLSX with the columns entry,criterion,value[,note] "
            "(or their Indonesian names kode,kriteria,nilai[,catatan])",
        ),
    )
    s.add_argument("package", type=Path, metavar="PACKAGE")
    s.add_argument("file", type=Path, metavar="SCORES.csv")
    s.set_defaults(run=scores_import)
    s = ssub.add_parser(
        "export",
        help=translate(
            "cli",
            "write every score to CSV or XLSX, the columns named in the language of the "
            "messages: kode,kriteria,nilai,catatan or (--lang en) entry,criterion,value,note",
        ),
    )
    s.add_argument("package", type=Path, metavar="PACKAGE")
    s.add_argument("file", type=Path, metavar="SCORES.csv")
    s.add_argument(
        "--all-rows",
        action="store_true",
        help=translate(
            "cli", "a row for every entry and criterion, empty where unscored (a form to fill in)"
        ),
    )
    csv_dialect_option(s)
    s.set_defaults(run=scores_export)


def _add_declare(sub: Commands) -> None:
    p = sub.add_parser(
        "declare", help=translate("cli", "sign the integrity pact and conflict statement")
    )
    p.add_argument("package", type=Path, metavar="PACKAGE")
    p.add_argument(
        "--conflict",
        action="append",
        default=[],
        metavar="CODE",
        help=translate("cli", "an entry you have a conflict of interest with (repeatable)"),
    )
    p.add_argument(
        "--reason",
        action="append",
        default=[],
        metavar="TEXT",
        help=translate("cli", "why, after each --conflict (printed in the statement)"),
    )
    p.add_argument(
        "--signature-image",
        type=Path,
        metavar="PNG",
        help=translate("cli", "your scanned signature, printed on the declarations"),
    )
    p.add_argument(
        "--place",
        default="",
        help=translate("cli", "place of signing (default: the competition's)"),
    )
    p.add_argument(
        "--date",
        default="",
        help=translate("cli", "date of signing, e.g. 2023-12-20 (default: today)"),
    )
    p.add_argument("--rank", help=translate("cli", "pangkat/golongan, if not as registered"))
    p.add_argument("--position", help=translate("cli", "jabatan, if not as registered"))
    p.add_argument("--institution", help=translate("cli", "instansi, if not as registered"))
    p.add_argument(
        "-o",
        "--out-dir",
        type=Path,
        required=True,
        metavar="DIR",
        help=translate("cli", "folder for the two signed PDFs"),
    )
    add_key_options(p)
    p.set_defaults(run=declare, parser=p)


def _add_sign(sub: Commands) -> None:
    p = sub.add_parser(
        "sign", help=translate("cli", "finalise: lock the scores, sign the sheet, write the recap")
    )
    p.add_argument("package", type=Path, metavar="PACKAGE")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="RECAP.pdf")
    p.add_argument(
        "--place",
        default="",
        help=translate("cli", "place of signing (default: the competition's)"),
    )
    p.add_argument(
        "--date",
        default="",
        help=translate(
            "cli",
            "date printed on the recap, e.g. 2023-12-20 (default: today); when it is not "
            "today, the recap also states when it was signed",
        ),
    )
    add_key_options(p)
    p.set_defaults(run=sign)


def _add_recap(sub: Commands) -> None:
    p = sub.add_parser(
        "recap", help=translate("cli", "write a signed recap again (kept in the package)")
    )
    p.add_argument("package", type=Path, metavar="PACKAGE")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="RECAP.pdf")
    p.add_argument(
        "--revision", type=int, help=translate("cli", "default: the latest signed revision")
    )
    p.set_defaults(run=recap)


def _add_reopen(sub: Commands) -> None:
    p = sub.add_parser(
        "reopen", help=translate("cli", "unlock signed scores; the next signing is revision n+1")
    )
    p.add_argument("package", type=Path, metavar="PACKAGE")
    add_key_options(p)
    p.set_defaults(run=reopen)


def _add_handin(sub: Commands) -> None:
    p = sub.add_parser(
        "handin",
        help=translate(
            "cli",
            "return the package to the secretariat: a self-contained, checked copy named "
            "for the competition and the judge",
        ),
    )
    p.add_argument(
        "package", type=Path, metavar="PACKAGE", help=translate("cli", "your package file")
    )
    p.add_argument(
        "folder",
        type=Path,
        metavar="DIR",
        help=translate(
            "cli", "where the copy goes (a USB stick, the folder the secretariat collects from)"
        ),
    )
    p.set_defaults(run=handin)


def _add_sheets(sub: Commands) -> None:
    p = sub.add_parser(
        "sheets", help=translate("cli", "blank paper score sheets: a page per entry with a QR code")
    )
    p.add_argument("package", type=Path, metavar="PACKAGE")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="SHEETS.pdf")
    p.set_defaults(run=sheets)
