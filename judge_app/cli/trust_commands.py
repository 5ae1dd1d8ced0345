"""`judge-app trust`: the root certificates and revocation lists a master trusts (issue 22),
against which `verify --master` checks certified signatures offline."""

from __future__ import annotations

import argparse
from pathlib import Path

from judge_app import services
from judge_app.cli.common import count, say
from judge_app.cli.options import Commands, group
from judge_app.services import translate


def trust_import(args: argparse.Namespace) -> None:
    done = services.import_trust(args.master, args.files)
    for anchor in done.anchors:
        say(
            translate("cli", "root certificate imported: {subject} ({fingerprint})"),
            subject=anchor.subject,
            fingerprint=anchor.fingerprint,
        )
    for crl in done.lists:
        say(
            translate("cli", "revocation list imported: {issuer} of {date} ({fingerprint})"),
            issuer=crl.issuer,
            date=crl.this_update,
            fingerprint=crl.fingerprint,
        )
    if done.known:
        print(
            count(
                done.known,
                translate("cli", "{n} item was already in the master"),
                translate("cli", "{n} items were already in the master"),
            )
        )


def trust_list(args: argparse.Namespace) -> None:
    anchors, lists = services.trusted(args.master)
    if not anchors and not lists:
        say(
            translate("cli", "{master}: no root certificates or revocation lists imported"),
            master=args.master,
        )
    for anchor in anchors:
        say(
            translate("cli", "root\t{fingerprint}\t{subject}\tvalid until {until}\t{source}"),
            fingerprint=anchor.fingerprint,
            subject=anchor.subject,
            until=anchor.not_after,
            source=anchor.source,
        )
    for crl in lists:
        say(
            translate("cli", "CRL\t{fingerprint}\t{issuer}\t{date}, next {next}\t{source}"),
            fingerprint=crl.fingerprint,
            issuer=crl.issuer,
            date=crl.this_update,
            next=crl.next_update or "-",
            source=crl.source,
        )


def trust_remove(args: argparse.Namespace) -> None:
    gone = services.remove_trusted(args.master, args.fingerprint)
    name = gone.subject if isinstance(gone, services.TrustAnchor) else gone.issuer
    say(
        translate("cli", "removed: {name} ({fingerprint})"),
        name=name,
        fingerprint=gone.fingerprint,
    )


def add_parsers(sub: Commands) -> None:
    p = sub.add_parser(
        "trust",
        help=translate(
            "cli",
            "root certificates (a PSrE's) and revocation lists the master trusts, for verify",
        ),
    )
    tsub = group(p)
    t = tsub.add_parser(
        "import",
        help=translate(
            "cli",
            "import root certificates and certificate revocation lists (PEM or DER files)",
        ),
    )
    t.add_argument("master", type=Path, metavar="MASTER")
    t.add_argument("files", type=Path, nargs="+", metavar="FILE")
    t.set_defaults(run=trust_import)
    t = tsub.add_parser(
        "list", help=translate("cli", "print the imported root certificates and revocation lists")
    )
    t.add_argument("master", type=Path, metavar="MASTER")
    t.set_defaults(run=trust_list)
    t = tsub.add_parser(
        "remove",
        help=translate(
            "cli", "remove a root certificate or revocation list, named by its fingerprint"
        ),
    )
    t.add_argument("master", type=Path, metavar="MASTER")
    t.add_argument(
        "fingerprint",
        metavar="FINGERPRINT",
        help=translate("cli", "as `trust list` prints it, or its first 8 or more digits"),
    )
    t.set_defaults(run=trust_remove)
