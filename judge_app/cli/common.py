"""What every command shares: the services (loaded on first use), counts in words, the
passphrase prompt and the terminal progress bar."""

from __future__ import annotations

import os
import sys

from judge_app.base.errors import JudgeAppError
from judge_app.base.text import translate


class _LazyServices:
    """judge_app.services, imported on first use: `judge-app` with no command opens the
    window without loading what the commands need (SQLite layer, reportlab, signing)."""

    def __getattr__(self, name: str):
        from judge_app import services as real

        return getattr(real, name)


services = _LazyServices()


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


def say(template: str, **fields: object) -> None:
    """Print a translated template filled with named fields."""
    print(template.format(**fields))


def bar():
    """Progress on a terminal; nothing when the output goes to a file or a pipe."""
    from judge_app.base.progress import terminal

    return terminal()


def warnings(found: list[str]) -> None:
    for warning in found:
        say(translate("cli", "Warning: {warning}"), warning=warning)


def passphrase(*, new: bool = False) -> str:
    """From JUDGE_APP_PASSPHRASE in scripts, else asked for (twice for a new key)."""
    import getpass

    from judge_app.integrity.keys import PASSPHRASE_ENV

    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise JudgeAppError(
            translate("cli", "a passphrase is needed: set {name} or run in a terminal").format(
                name=PASSPHRASE_ENV
            )
        )
    first = getpass.getpass(translate("cli", "Passphrase for your signing key: "))
    if new and getpass.getpass(translate("cli", "Repeat the passphrase: ")) != first:
        raise JudgeAppError(translate("cli", "the two passphrases differ; nothing was signed"))
    return first


def parse_day(value: str):
    """--date as a date (None when not given), or a message naming the option."""
    from judge_app.domain.dates import parse_date

    if not value:
        return None
    try:
        return parse_date(value)
    except ValueError as exc:
        raise JudgeAppError(f"--date: {exc}") from None
