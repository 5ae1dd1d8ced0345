"""`judge-app cosign`: a panel member or the acknowledging official signs the Berita Acara
in their own field of its signature grid, on their own computer, in any order."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from judge_app import services
from judge_app.cli.common import add_key_options, key_secret, say
from judge_app.services import translate

if TYPE_CHECKING:
    from judge_app.cli.options import Commands


def cosign(args: argparse.Namespace) -> None:
    signed = services.cosign(
        args.file, key_secret(args), who=args.who, out=args.output, place=args.place
    )
    say(
        translate("cli", "{file}: signed in the field of {field}"),
        file=signed.path,
        field=signed.owner.label(),
    )
    waiting = [s.owner.label() for s in signed.states if not s.signed]
    say(
        translate("cli", "Signed {signed} of {total}; not yet signed: {list}"),
        signed=len(signed.states) - len(waiting),
        total=len(signed.states),
        list="; ".join(waiting) if waiting else "-",
    )


def add_parsers(sub: Commands) -> None:
    p = sub.add_parser(
        "cosign",
        help=translate(
            "cli",
            "sign the Berita Acara in your own field of its signature grid (panel members "
            "and the acknowledging official, in any order)",
        ),
    )
    p.add_argument("file", type=Path, metavar="BERITA_ACARA.pdf")
    p.add_argument(
        "--as",
        dest="who",
        default="",
        metavar="ID",
        help=translate(
            "cli",
            "whose field: a judge's id (J1) or a field's name (TTD_Mengetahui); needed only "
            "when several could be yours",
        ),
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        metavar="FILE.pdf",
        help=translate("cli", "write the signed copy here (default: sign the file in place)"),
    )
    p.add_argument(
        "--place", default="", help=translate("cli", "where you sign, recorded in the signature")
    )
    add_key_options(p)
    p.set_defaults(run=cosign)
