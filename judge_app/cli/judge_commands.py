"""A judge's commands on a package: scores to and from CSV, the declaration, signing,
recaps, reopening and blank paper sheets."""

from __future__ import annotations

import argparse

from judge_app.base.errors import JudgeAppError
from judge_app.base.text import translate
from judge_app.cli.common import (
    Usage,
    bar,
    pages,
    parse_day,
    passphrase,
    rows,
    say,
    services,
    warnings,
)


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
    secret = passphrase(new=not services.has_signing_key(args.package))
    signed = services.declare(args.package, request, args.out_dir, secret)
    for path in signed.paths:
        say(translate("cli", "Signed {path}"), path=path)
    say(translate("cli", "Certificate fingerprint: {fingerprint}"), fingerprint=signed.fingerprint)
    print(translate("cli", "Scoring is now open in this package."))


def sign(args: argparse.Namespace) -> None:
    day = parse_day(args.date)  # None: today in the competition's time zone

    signed = services.finalise(args.package, args.output, passphrase(), args.place, bar(), day)
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
    revision = services.reopen(args.package, passphrase())
    say(
        translate(
            "cli", "Reopened: scores can be changed; the next signing will be revision {revision}"
        ),
        revision=revision,
    )


def handin(args: argparse.Namespace) -> None:
    from judge_app.judge.handin import described, padded, unsigned_warning

    warnings(services.returned_file_warnings(args.package))
    done = services.hand_in(args.package, args.folder, bar())
    template = (
        translate("cli", "{path}: handed in, replacing the earlier hand-in; checked")
        if done.replaced
        else translate("cli", "{path}: handed in; checked")
    )
    say(template, path=done.path)
    for line in padded(described(done.contents)):
        print(f"  {line}")
    warning = unsigned_warning(done.contents)
    if warning:
        warnings([warning])


def sheets(args: argparse.Namespace) -> None:
    count = services.blank_sheets(args.package, args.output)
    say(translate("cli", "{file}: {pages}, one per entry"), file=args.output, pages=pages(count))
