"""The command line end to end, as a user runs it (separate processes, real files)."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from judge_app import __version__
from judge_app.cli import build_parser, main
from tests.conftest import ENTRY_HEADER, file_hash, write_csv


def judge_app_command() -> list[str]:
    script = Path(sys.executable).parent / "judge-app"
    return [str(script)] if script.exists() else [sys.executable, "-m", "judge_app"]


def run(
    *args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run(
        [*judge_app_command(), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=120,
    )


def all_commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list:
    found = [prefix]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += all_commands(sub, (*prefix, name))
    return found


COMMANDS = all_commands(build_parser())


def test_contract_commands_exist() -> None:
    names = {" ".join(c) for c in COMMANDS}
    for needed in (
        "demo",
        "template list",
        "template show",
        "new",
        "judges add",
        "judges import",
        "assign",
        "package",
    ):
        assert needed in names


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "judge-app")
def test_every_command_has_help_and_version(command: tuple, capsys: pytest.CaptureFixture) -> None:
    for flag in ("--help", "--version"):
        with pytest.raises(SystemExit) as caught:
            main([*command, flag])
        assert caught.value.code == 0
        out = capsys.readouterr().out
        assert (f"judge-app {__version__}" in out) if flag == "--version" else ("usage:" in out)


def test_demo_end_to_end(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    result = run("demo", folder)
    assert result.returncode == 0, result.stderr
    assert "Demo competition built in" in result.stdout
    master = folder / "master.sqlite"
    packages = sorted((folder / "packages").glob("*.sqlite"))
    assert len(packages) == 5
    info = run("info", master)
    assert info.returncode == 0
    assert "Kompetisi Inovasi Pelayanan Publik Provinsi Banten 2023" in info.stdout
    assert "entries:      22" in info.stdout
    conn = sqlite3.connect(master)
    assert conn.execute("SELECT count(*) FROM judges").fetchone()[0] == 5
    assert conn.execute("SELECT count(*) FROM assignments").fetchone()[0] == 5 * 22
    conn.close()
    before = file_hash(master)
    again = run("demo", folder)  # README step 1 run again: the demo is there, not refused
    assert again.returncode == 0, again.stderr
    assert f"Demo competition already in {folder}" in again.stdout
    assert f"package:  {packages[0]}" in again.stdout
    assert file_hash(master) == before
    signed = run("demo", folder, "--signed")
    assert signed.returncode == 1 and "--signed needs a new or empty folder" in signed.stderr
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.txt").write_text("mine", encoding="utf-8")
    refused = run("demo", other)
    assert refused.returncode == 1
    assert "folder is not empty and holds no demo" in refused.stderr
    assert sorted(p.name for p in other.iterdir()) == ["notes.txt"]


def test_secretariat_flow(tmp_path: Path) -> None:
    definition = tmp_path / "lomba.toml"
    shown = run("template", "show", "kipp")
    assert shown.returncode == 0
    definition.write_text(shown.stdout, encoding="utf-8")
    listing = run("template", "list")
    assert {line.split()[0] for line in listing.stdout.splitlines()} == {"iga", "kipp", "ombudsman"}
    entries = write_csv(
        tmp_path / "entries.csv",
        [ENTRY_HEADER, ["E1", "Banten Pusaka", "Dispusip", "Provinsi Banten", "umum"]],
        delimiter=";",
    )
    master = tmp_path / "master.sqlite"
    created = run("new", "-d", definition, "-e", entries, "-o", master)
    assert created.returncode == 0, created.stderr
    assert "1 entry;" in created.stdout
    added = run("judges", "add", master, "--name", "Rina Marlina", "--nip", "197205141998032004")
    assert added.returncode == 0 and "Registered J1: Rina Marlina" in added.stdout
    assert run("assign", master).returncode == 0
    package = tmp_path / "J1.sqlite"
    made = run("package", master, "--judge", "J1", "-o", package)
    assert made.returncode == 0, made.stderr
    assert package.exists()
    out_dir = tmp_path / "all"
    assert run("package", master, "--all", "--out-dir", out_dir).returncode == 0
    assert len(list(out_dir.glob("*.sqlite"))) == 1


def test_bad_definition_lists_every_problem(tmp_path: Path) -> None:
    definition = tmp_path / "bad.toml"
    definition.write_text(
        '[competition]\ntitle = "x"\n[[categories]]\nid = "a"\nawards = -1\n'
        '[[criteria]]\nid = "K1"\nname = "n"\nweight = 0\n',
        encoding="utf-8",
    )
    out = tmp_path / "m.sqlite"
    result = run("new", "-d", definition, "-o", out)
    assert result.returncode == 1
    first, *rest = result.stderr.splitlines()
    assert first.startswith(f"judge-app: {definition}: ")
    assert "(and 1 more)" in first
    assert any("categories[1].awards" in line for line in rest)
    assert any("criteria[1].weight" in line for line in rest)
    assert not out.exists()


def test_bad_entries_exit_non_zero_and_master_unchanged(tmp_path: Path) -> None:
    master = tmp_path / "master.sqlite"
    good = write_csv(tmp_path / "ok.csv", [ENTRY_HEADER, ["E1", "A", "b", "c", "umum"]])
    assert run("new", "-d", "kipp", "-e", good, "-o", master).returncode == 0
    before = file_hash(master)
    bad = write_csv(tmp_path / "bad.csv", [ENTRY_HEADER, ["E2", "B", "b", "c", "istimewa"]])
    result = run("entries", "import", master, bad)
    assert result.returncode == 1
    assert "bad.csv: row 2, column category: unknown category 'istimewa'" in result.stderr
    assert result.stdout == ""
    assert file_hash(master) == before


def test_foreign_file_refused_on_command_line(tmp_path: Path) -> None:
    junk = tmp_path / "notes.sqlite"
    junk.write_bytes(b"hello world" * 20)
    result = run("info", junk)
    assert result.returncode == 1
    assert (
        result.stderr.strip() == f"judge-app: {junk}: not a judge-app file (not an SQLite database)"
    )


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    result = run("package", tmp_path / "m.sqlite", "--all")
    assert result.returncode == 2
    assert "--out-dir" in result.stderr


def test_info_tells_where_a_judge_stands(signed, undeclared_demo) -> None:
    fresh = run("info", undeclared_demo.packages[0].path)
    assert fresh.returncode == 0, fresh.stderr
    assert "declarations: not signed yet (scoring is locked until they are)" in fresh.stdout
    assert "scores:       0 of 154" in fresh.stdout and "signed:       not yet" in fresh.stdout
    done = run("info", signed.packages[0].path)
    assert "declarations: signed" in done.stdout
    assert "signed:       revision 1, scores locked" in done.stdout
