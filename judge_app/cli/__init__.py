"""Command line (ARCHITECTURE §9): a thin layer that parses arguments, calls services and prints
a short summary in the user's language. Errors go to stderr, first line the reason, with a
non-zero exit."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import traceback
from collections.abc import Callable, Sequence

from judge_app.cli.common import Usage
from judge_app.services import (
    LANGUAGES,
    JudgeAppError,
    ProblemsError,
    explicit_language,
    file_problem,
    language,
    quiet_warnings,
    set_language,
    storage_problem,
    translate,
)

EXIT_ERROR = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    from judge_app.cli.parser import build_parser as build

    return build()


def _file_of(args: argparse.Namespace) -> object:
    """The file a command works on, to name it in a message."""
    for name in ("package", "master", "file", "dir"):
        value = getattr(args, name, None)
        if value:
            return value
    return None


def _report(message: str) -> None:
    print(f"judge-app: {message}", file=sys.stderr)


def _problems_text(error: ProblemsError) -> str:
    """First line is the reason; the full list follows for the rest."""
    first = f"{error.source}: {error.problems[0]}"
    if len(error.problems) == 1:
        return first
    more = translate("cli", "{first} (and {count} more)").format(
        first=first, count=len(error.problems) - 1
    )
    return more + "\n" + str(error).split("\n", 1)[1]


def _language_in(argv: Sequence[str]) -> str | None:
    """--lang, read before argparse so that its own help and errors are in that language."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        return value if value in LANGUAGES else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:  # run as the program (console script, python -m, frozen exe)
        quiet_warnings()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:  # answered before anything else is loaded
        from judge_app.services import __version__

        print(f"judge-app {__version__}")
        raise SystemExit(0)  # as argparse's --version does on every command
    from judge_app.cli import argparse_text

    before = explicit_language()
    # fixed once for the whole command (the window, too, opens in it)
    set_language(_language_in(argv) or language())
    restore_argparse = argparse_text.install()
    try:
        return _main(argv)
    finally:
        restore_argparse()
        set_language(before)


def _main(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "run", None) is None:
        from judge_app.cli.setup_commands import gui

        args.run = gui
    run: Callable[[argparse.Namespace], None] = args.run
    if not hasattr(args, "file"):
        args.file = None
    try:
        run(args)
    except Usage as exc:
        getattr(args, "parser", parser).error(str(exc))
    except ProblemsError as exc:
        _report(_problems_text(exc))
        return EXIT_ERROR
    except JudgeAppError as exc:
        _report(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _report(translate("cli", "interrupted"))
        return 130
    except BrokenPipeError:  # output piped into `head`: not an error of ours
        sys.stderr.close()
        return 0
    except OSError as exc:
        _report(str(file_problem(exc)))
        return EXIT_ERROR
    except sqlite3.Error as exc:  # disk full, read-only, a stick taken out, ...
        _report(str(storage_problem(exc, _file_of(args))))
        return EXIT_ERROR
    except Exception as exc:  # a bug: say so plainly, full trace on request
        _report(
            translate("cli", "internal error: {error} (set JUDGE_APP_DEBUG=1 for details)").format(
                error=repr(exc)
            )
        )
        if os.environ.get("JUDGE_APP_DEBUG"):
            traceback.print_exc()
        return EXIT_ERROR
    return 0
