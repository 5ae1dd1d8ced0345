"""argparse's own words (usage, errors, headings) in the user's language: argparse asks
gettext for them, and gettext has no Indonesian catalogue, so they come from ours."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from judge_app.services import QT_TRANSLATE_NOOP, translate

# listed so that lupdate puts them in the catalogue; the texts are argparse's, verbatim
TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def gettext(message: str) -> str:
    return translate("argparse", message)


def install() -> Callable[[], None]:
    """argparse looks its gettext up as the module's `_` each time it needs a text;
    returns what puts argparse's own back."""
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = gettext  # type: ignore[attr-defined]

    def restore() -> None:
        argparse._ = original  # type: ignore[attr-defined]

    return restore
