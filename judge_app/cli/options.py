"""The options every command shares: --version and --lang on each (the Parser every
command's parser is made with) and --csv-dialect where a command writes CSV."""

from __future__ import annotations

import argparse
from typing import Any

from judge_app.services import LANGUAGES, __version__, translate


class Parser(argparse.ArgumentParser):
    """argparse that also offers --version and --lang on every command."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.add_argument(
            "--version",
            action="version",
            version=f"judge-app {__version__}",
            help=translate("argparse", "show program's version number and exit"),
        )
        self.add_argument(
            "--lang",
            choices=LANGUAGES,
            default=argparse.SUPPRESS,
            help=translate("cli", "language of the messages: id (Indonesian) or en (English)"),
        )


# what a command group's add_parsers adds its commands to: `judge-app COMMAND`
Commands = argparse._SubParsersAction


def group(parent: argparse.ArgumentParser) -> Commands:
    """The ACTION sub-commands of a command such as `judges` (add, import, ...)."""
    return parent.add_subparsers(
        dest="action", metavar="ACTION", parser_class=Parser, required=True
    )


def csv_dialect_option(p: argparse.ArgumentParser) -> None:
    """--csv-dialect: what Excel opens into columns with Indonesian or English settings."""
    p.add_argument(
        "--csv-dialect",
        choices=["id", "en"],
        help=translate(
            "cli",
            "CSV for Excel with Indonesian settings (id: semicolons, decimal comma) or "
            "English ones (en: commas, decimal point); default: the competition's language",
        ),
    )
