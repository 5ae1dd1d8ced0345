"""The command line's words (issue 18): every argument of merge and verify described, an
error said once, one wording for a missing file, no English in the Indonesian help."""

from __future__ import annotations

import argparse
import os
import subprocess
from pathlib import Path

import pytest

from judge_app.cli import build_parser
from tests.test_cli import judge_app_command, run


def subparser(*names: str) -> argparse.ArgumentParser:
    parser = build_parser()
    for name in names:
        action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = action.choices[name]
    return parser


@pytest.mark.parametrize("command", ["merge", "verify"])
def test_every_argument_is_described(command: str) -> None:
    parser = subparser(command)
    for action in parser._actions:
        assert action.help and action.help != argparse.SUPPRESS, action.dest
    shown = run(command, "--help")
    assert shown.returncode == 0
    for action in parser._actions:
        assert action.help.split()[0] in shown.stdout


def test_verify_says_a_non_sqlite_file_once(tmp_path: Path) -> None:
    odd = tmp_path / "paket.sqlite"
    odd.write_text("not a database", encoding="utf-8")
    done = run("verify", odd)
    assert done.returncode == 1
    said = done.stdout + done.stderr
    assert said.count("not a judge-app file") == 1, said
    assert done.stderr == f"judge-app: verification failed for {odd}\n"


def test_one_wording_for_a_missing_file(demo, tmp_path: Path) -> None:
    missing = tmp_path / "hilang.sqlite"
    package = demo.packages[0].path
    for args in (
        ("info", missing),
        ("verify", missing),
        ("merge", demo.master, missing),
        ("scores", "import", package, tmp_path / "hilang.csv"),
        ("entries", "import", demo.master, tmp_path / "hilang.xlsx"),
    ):
        done = run(*args)
        assert done.returncode == 1, args
        said = done.stdout + done.stderr
        assert ": file not found" in said, (args, said)
        assert "no such file" not in said and "does not exist" not in said, (args, said)


def indonesian_help(*command: str) -> str:
    env = {**os.environ, "JUDGE_APP_LANG": "id", "COLUMNS": "200"}
    done = subprocess.run(
        [*judge_app_command(), *command, "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )
    assert done.returncode == 0
    return done.stdout


def test_the_indonesian_help_has_no_english_open_with() -> None:
    """Windows in Indonesian calls the menu 'Buka dengan' (needs the catalogue's
    translation of the `desktop` help, see /tmp/i18/strings-A.md)."""
    assert "Open with" not in indonesian_help()
    assert "Open with" not in indonesian_help("desktop")


def test_the_indonesian_score_sheet_help_names_the_indonesian_columns() -> None:
    shown = indonesian_help("scores")
    assert "kode,kriteria,nilai" in shown
