"""What every command shares: counts in words, the passphrase prompt, --date and the
terminal progress bar."""

from __future__ import annotations

import os
import sys
from datetime import date
from typing import TYPE_CHECKING

from judge_app import services
from judge_app.services import JudgeAppError, translate

if TYPE_CHECKING:
    from judge_app.services import Progress


class Usage(Exception):
    """Options that do not go together: argparse prints the usage with the reason."""


def count(n: int, one: str, many: str) -> str:
    """'1 entry' or '3 entries' from two templates with {n} (one text in Indonesian)."""
    return (one if n == 1 else many).format(n=n)


def entries(n: int) -> str:
    return count(n, translate("cli", "{n} entry"), translate("cli", "{n} entries"))


def judges(n: int) -> str:
    return count(n, translate("cli", "{n} judge"), translate("cli", "{n} judges"))


def rows(n: int) -> str:
    return count(n, translate("cli", "{n} row"), translate("cli", "{n} rows"))


def pages(n: int) -> str:
    return count(n, translate("cli", "{n} page"), translate("cli", "{n} pages"))


def megabytes(size: int) -> str:
    """A file's size as people read it: 0.8 MB (0,8 MB in Indonesian)."""
    return translate("cli", "{mb} MB").format(
        mb=f"{size / 1_000_000:.1f}".replace(".", services.decimal_mark())
    )


def say(template: str, **fields: object) -> None:
    """Print a translated template filled with named fields."""
    print(template.format(**fields))


def bar() -> Progress:
    """Progress on a terminal; nothing when the output goes to a file or a pipe."""
    return services.terminal()


def warnings(found: list[str]) -> None:
    for warning in found:
        say(translate("cli", "Warning: {warning}"), warning=warning)


def passphrase(*, new: bool = False) -> str:
    """From JUDGE_APP_PASSPHRASE in scripts, else asked for (twice for a new key)."""
    import getpass

    value = os.environ.get(services.PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise JudgeAppError(
            translate("cli", "a passphrase is needed: set {name} or run in a terminal").format(
                name=services.PASSPHRASE_ENV
            )
        )
    first = getpass.getpass(translate("cli", "Passphrase for your signing key: "))
    if new and getpass.getpass(translate("cli", "Repeat the passphrase: ")) != first:
        raise JudgeAppError(translate("cli", "the two passphrases differ; nothing was signed"))
    return first


def parse_day(value: str) -> date | None:
    """--date as a date (None when not given), or a message naming the option."""
    if not value:
        return None
    try:
        return services.parse_date(value)
    except ValueError as exc:
        raise JudgeAppError(f"--date: {exc}") from None
