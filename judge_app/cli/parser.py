"""The command line's arguments (ARCHITECTURE §9), with their help in the user's language:
the top-level parser; each command group's module adds its own commands, and the options
they share are in judge_app.cli.options."""

from __future__ import annotations

import argparse

from judge_app.cli import cosign_commands as cosign
from judge_app.cli import judge_commands as judge
from judge_app.cli import material_commands as material
from judge_app.cli import secretariat_commands as secretariat
from judge_app.cli import setup_commands as setup
from judge_app.cli import trust_commands as trust
from judge_app.cli.options import Parser
from judge_app.services import translate


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="judge-app",
        description=translate(
            "cli",
            "Offline judging for public-service innovation competitions. "
            "Run without a command to open the desktop application.",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    setup.add_parsers(sub)  # gui ... package
    material.add_parsers(sub)  # dossiers
    judge.add_parsers(sub)  # scores ... sheets
    secretariat.add_parsers(sub)  # verify ... info
    cosign.add_parsers(sub)  # cosign
    trust.add_parsers(sub)  # trust
    return parser
