"""Confidentiality (issue 7): a whole demo competition run through the command line, as
judges and secretariat do it; then every byte of every file written (packages, master,
backups, keys, PDFs, spreadsheets, reports) and everything printed is searched for the
passphrases, and each judge's package for anything of the other judges."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from tests.test_cli import run

JUDGE_PASSPHRASE = "rahasia-Juri-7f3a9c"
SECRETARIAT_PASSPHRASE = "rahasia-Sekretariat-41d8"


def encodings(text: str) -> list[bytes]:
    """The ways a passphrase could be written down: UTF-8, UTF-16 (Windows, Qt), hex."""
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode().hex().encode()]


def every_file(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.rglob("*") if p.is_file()]


def note_of(judge: str) -> str:
    return f"catatan-khusus-{judge}-9e1b"


def test_no_passphrase_anywhere_and_no_judge_sees_another(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("JUDGE_APP_HOME", str(home))
    monkeypatch.setenv("JUDGE_APP_PASSPHRASE", JUDGE_PASSPHRASE)
    printed: list[str] = []

    def step(*args) -> None:
        done = run(*args)
        printed.extend([done.stdout, done.stderr])
        assert done.returncode == 0, (args, done.stderr)

    folder = tmp_path / "kipp"
    step("demo", folder)
    packages = sorted((folder / "packages").glob("*.sqlite"))
    judges = [p.name.split("-")[0] for p in packages]
    out = tmp_path / "out"
    secrets: dict[str, list[bytes]] = {}  # judge -> what only that judge's files may hold
    for judge, package in zip(judges, packages, strict=True):
        step("declare", package, "-o", out / "declarations")
        sheet = tmp_path / f"{judge}.csv"
        step("scores", "export", package, sheet, "--all-rows", "--csv-dialect", "en")
        rows = list(csv.reader(sheet.open(encoding="utf-8")))
        header, body = rows[0], rows[1:]
        value, note = header.index("value"), header.index("note")
        for n, row in enumerate(body):
            row[value] = str(60 + (n * 7 + len(judge)) % 40)
            row[note] = note_of(judge) if n == 0 else ""
        with sheet.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([header, *body])
        step("scores", "import", package, sheet)
        step("sign", package, "-o", out / f"rekap-{judge}.pdf")
        conn = sqlite3.connect(package)
        sha, signature, certificate = conn.execute(
            "SELECT sha256, signature, certificate FROM sheets"
        ).fetchone()
        conn.close()
        secrets[judge] = [note_of(judge).encode(), sha.encode(), signature, certificate]
    master = folder / "master.sqlite"
    step("merge", master, *packages, "--report", out / "merge.json")
    monkeypatch.setenv("JUDGE_APP_PASSPHRASE", SECRETARIAT_PASSPHRASE)
    step(
        "results", master, "--pdf", out / "rekap.pdf", "--xlsx", out / "hasil.xlsx",
        "--csv", out / "hasil.csv", "--json", out / "hasil.json",
        "--berita-acara", out / "berita-acara.pdf", "--number", "001/BA/2023",
    )  # fmt: skip
    step("verify", master, *packages, out / "rekap.pdf")
    assert json.loads((out / "hasil.json").read_text(encoding="utf-8"))["entries"]

    written = every_file(folder, home, out)
    assert len(written) > 20
    for path in written:
        data = path.read_bytes()
        for passphrase in (JUDGE_PASSPHRASE, SECRETARIAT_PASSPHRASE):
            for form in encodings(passphrase):
                assert form not in data, f"{path} holds a passphrase"
        if "keys" not in path.relative_to(path.anchor).parts:
            assert b"PRIVATE KEY" not in data, f"{path} holds a private key"
    for text in printed:
        assert JUDGE_PASSPHRASE not in text and SECRETARIAT_PASSPHRASE not in text

    key_files = [p for p in every_file(home) if p.name.endswith(".key.pem")]
    assert len(key_files) == len(judges) + 1  # each judge's and the secretariat's
    assert all(b"ENCRYPTED PRIVATE KEY" in p.read_bytes() for p in key_files)

    for judge, package in zip(judges, packages, strict=True):
        data = package.read_bytes()
        assert secrets[judge][0] in data  # the search finds what is there
        for other, marks in secrets.items():
            if other != judge:
                for mark in marks:
                    assert mark not in data, f"{package.name} holds something of {other}"
        conn = sqlite3.connect(package)
        try:
            for table in ("scores", "sheets", "declarations", "conflicts", "judges"):
                column = "id" if table == "judges" else "judge_id"
                owners = {r[0] for r in conn.execute(f"SELECT DISTINCT {column} FROM {table}")}
                assert owners <= {judge}, (package.name, table, owners)
        finally:
            conn.close()
