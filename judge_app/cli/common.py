"""What every command shares: counts in words, the passphrase prompt, --date and the
terminal progress bar."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
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


def add_key_options(p: argparse.ArgumentParser) -> None:
    """Signing with a certificate of one's own (a PSrE's or BSrE's) instead of judge-app's key."""
    group = p.add_argument_group(
        translate("cli", "signing with a certificate (instead of judge-app's own key)")
    )
    group.add_argument(
        "--p12",
        metavar="FILE",
        default="",
        help=translate(
            "cli",
            "sign with the key and certificate in this PKCS#12 file (.p12/.pfx); its "
            "password from {name} or asked for",
        ).format(name=services.PIN_ENV),
    )
    group.add_argument(
        "--pkcs11",
        metavar="MODULE",
        default="",
        help=translate(
            "cli",
            "sign with a token through this PKCS#11 module (the .so/.dll its maker ships); "
            "its PIN from {name} or asked for",
        ).format(name=services.PIN_ENV),
    )
    group.add_argument(
        "--token", metavar="LABEL", default="", help=translate("cli", "the token's label")
    )
    group.add_argument(
        "--key-label",
        metavar="LABEL",
        default="",
        help=translate("cli", "the key's label, when the token holds several"),
    )


def key_secret(args: argparse.Namespace, *, new: bool = False) -> str | services.Unlock:
    """The passphrase of judge-app's own key, or the certificate the options name with its
    password or PIN (from JUDGE_APP_PIN in scripts, else asked for)."""
    import getpass

    if getattr(args, "p12", "") and getattr(args, "pkcs11", ""):
        raise JudgeAppError(translate("cli", "--p12 and --pkcs11: choose one"))
    if getattr(args, "p12", ""):
        source = services.KeySource("pkcs12", str(Path(args.p12).expanduser().resolve()))
        prompt = translate("cli", "Password of {file}: ").format(file=args.p12)
    elif getattr(args, "pkcs11", ""):
        source = services.KeySource("pkcs11", args.pkcs11, args.token, args.key_label)
        prompt = translate("cli", "PIN of {token}: ").format(token=args.token or args.pkcs11)
    else:
        return passphrase(new=new)
    value = os.environ.get(services.PIN_ENV)
    if value is None:
        if not sys.stdin.isatty():
            raise JudgeAppError(
                translate(
                    "cli", "a password or PIN is needed: set {name} or run in a terminal"
                ).format(name=services.PIN_ENV)
            )
        value = getpass.getpass(prompt)
    return services.Unlock(value, source)


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
