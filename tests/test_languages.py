"""The core speaks the user's language: Indonesian by default, English on request, chosen
by --lang, JUDGE_APP_LANG or the window's setting; numbers with a decimal comma."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from judge_app import services
from judge_app.base import text
from judge_app.base.errors import JudgeAppError
from tests.conftest import ENTRY_HEADER, TEST_PASSPHRASE, write_csv
from tests.test_cli import judge_app_command


def run_as_user(home: Path, *args: object, env: dict | None = None):
    """A command in a clean environment: no language chosen, a fresh data folder."""
    clean = {k: v for k, v in os.environ.items() if k != text.LANGUAGE_ENV}
    clean |= {"JUDGE_APP_HOME": str(home), "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run(
        [*judge_app_command(), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=clean,
        timeout=300,
    )


@pytest.fixture
def language_reset():
    yield
    text.set_language(None)


def test_language_comes_from_option_then_environment_then_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language_reset
) -> None:
    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path))
    monkeypatch.delenv(text.LANGUAGE_ENV)
    assert text.language() == "id"  # nothing chosen: Indonesian
    (tmp_path / "settings.ini").write_text("[General]\nlanguage=en\n", encoding="utf-8")
    assert text.language() == "en"  # the window's setting
    monkeypatch.setenv(text.LANGUAGE_ENV, "id")
    assert text.language() == "id"  # the environment beats the setting
    text.set_language("en")
    assert text.language() == "en"  # --lang (or the window) beats both
    text.set_language(None)
    assert text.language() == "id"


def test_a_message_in_both_languages(language_reset) -> None:
    source = "{path}: not a judge-app file (not an SQLite database)"
    text.set_language("id")
    assert text.translate("database", source).format(path="a.sqlite") == (
        "a.sqlite: bukan berkas judge-app (bukan basis data SQLite)"
    )
    text.set_language("en")
    assert text.translate("database", source).format(path="a.sqlite") == (
        "a.sqlite: not a judge-app file (not an SQLite database)"
    )


def test_errors_raised_in_indonesian_name_the_place(
    master: Path, tmp_path: Path, language_reset
) -> None:
    """A rejected entry list: the file, the row and the column stay, the words change."""
    bad = write_csv(tmp_path / "bad.csv", [ENTRY_HEADER, ["E9", "", "Dinas X", "Kota Y", "umum"]])
    text.set_language("id")
    with pytest.raises(JudgeAppError) as caught:
        services.import_entries(master, bad)
    message = str(caught.value)
    assert "bad.csv" in message and "baris 2" in message and "title" in message
    assert "masalah" in message and "problem" not in message


def test_cli_speaks_indonesian_unless_asked(tmp_path: Path) -> None:
    home = tmp_path / "home"
    helped = run_as_user(home, "--help")
    assert helped.returncode == 0
    assert helped.stdout.startswith("penggunaan: judge-app")
    assert "Penilaian luring untuk kompetisi inovasi pelayanan publik" in helped.stdout
    assert "tampilkan bantuan ini lalu keluar" in helped.stdout

    wrong = run_as_user(home, "info")
    assert wrong.returncode == 2
    assert "argumen berikut wajib diisi: FILE" in wrong.stderr

    built = run_as_user(home, "demo", tmp_path / "demo")
    assert built.returncode == 0, built.stderr
    assert built.stdout.startswith(f"Kompetisi contoh dibuat di {tmp_path / 'demo'}")
    assert "(22 inovasi, 5 juri)" in built.stdout

    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database at all" * 100)
    refused = run_as_user(home, "info", broken)
    assert refused.returncode == 1
    assert refused.stderr == (
        f"judge-app: {broken}: bukan berkas judge-app (bukan basis data SQLite)\n"
    )
    english = run_as_user(home, "--lang", "en", "info", broken)
    assert english.stderr == (
        f"judge-app: {broken}: not a judge-app file (not an SQLite database)\n"
    )
    after = run_as_user(home, "info", broken, "--lang=en")
    assert after.stderr == english.stderr


def test_cli_follows_the_window_setting(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.ini").write_text("[General]\nlanguage=en\n", encoding="utf-8")
    assert run_as_user(home, "--help").stdout.startswith("usage: judge-app")
    assert run_as_user(home, "--help", env={"JUDGE_APP_LANG": "id"}).stdout.startswith(
        "penggunaan:"
    )


def test_results_on_the_terminal_use_decimal_commas(signed, tmp_path: Path) -> None:
    home = Path(os.environ["JUDGE_APP_HOME"])
    report = tmp_path / "gabung.json"
    merged = run_as_user(
        home, "merge", signed.master, *(p.path for p in signed.packages), "--report", report
    )
    assert merged.returncode == 0, merged.stderr
    assert ": diterima" in merged.stdout
    import json

    written = json.loads(report.read_text(encoding="utf-8"))
    assert written["language"] == "id"  # the reasons' language; statuses stay codes
    assert {f["status"] for f in written["files"]} == {"accepted"}
    shown = run_as_user(home, "results", signed.master)
    assert shown.returncode == 0, shown.stderr
    head, heading, *rows = shown.stdout.splitlines()
    assert head.endswith("— metode rata-rata")
    assert heading.split() == [
        "Peringkat",
        "Nilai",
        "akhir",
        "Kode",
        "Kelompok",
        "Predikat",
        "Judul",
    ]
    notes = []  # after the legend: the categories that give fewer awards than places
    while not rows[-1].startswith("* "):
        notes.append(rows.pop())
    legend = rows.pop()
    assert legend.startswith("* penerima penghargaan")
    assert any(n.startswith("Kelompok Khusus: Tidak ada inovasi") for n in notes), notes
    finals = [row.split()[1] for row in rows]
    assert len(finals) == 22 and all("," in final and "." not in final for final in finals)
    signed_pdf = run_as_user(
        home,
        "results",
        signed.master,
        "--pdf",
        tmp_path / "rekap.pdf",
        "--date",
        "2023-12-20",
        env={"JUDGE_APP_PASSPHRASE": TEST_PASSPHRASE},
    )
    assert signed_pdf.returncode == 0, signed_pdf.stderr
    assert f"Rekap bertanda tangan: {tmp_path / 'rekap.pdf'}" in signed_pdf.stdout
    recap = subprocess.run(
        ["pdftotext", str(tmp_path / "rekap.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Serang, 20 Desember 2023" in recap  # --date dates the recap as the minutes
    assert "Metode: rata-rata." in recap  # the method in Indonesian only
    assert "(mean)" not in recap


def test_system_errors_in_the_users_words(tmp_path: Path, language_reset) -> None:
    """The operating system's own words are English whatever the user reads."""
    missing = tmp_path / "hilang.sqlite"
    assert services.verify([missing])[0].problems == [f"{missing}: file not found"]
    text.set_language("id")
    assert services.verify([missing])[0].problems == [f"{missing}: berkas tidak ditemukan"]
    from judge_app.base.errors import storage_or_text

    folder_error = IsADirectoryError(21, "Is a directory", str(tmp_path))
    assert str(storage_or_text(folder_error)) == f"{tmp_path}: merupakan folder, bukan berkas"


def test_commands_run_where_the_data_folder_cannot_be_made(tmp_path: Path) -> None:
    """Looking for the language setting creates nothing and fails nothing."""
    nowhere = Path("/proc/judge-app-cannot-be-here")
    assert run_as_user(nowhere, "--version").returncode == 0
    helped = run_as_user(nowhere, "--help")
    assert helped.returncode == 0 and helped.stdout.startswith("penggunaan:")


def test_the_window_opens_in_the_language_of_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language_reset
) -> None:
    from judge_app.ui.app import window_language

    monkeypatch.setenv("JUDGE_APP_HOME", str(tmp_path))
    monkeypatch.delenv(text.LANGUAGE_ENV)  # nothing chosen but the window's setting
    (tmp_path / "settings.ini").write_text("[General]\nlanguage=id\n", encoding="utf-8")
    assert window_language() == "id"
    text.set_language("en")  # what `judge-app --lang en` (or JUDGE_APP_LANG=en) fixed
    assert window_language() == "en"


def test_main_puts_argparse_and_the_language_back(language_reset) -> None:
    import argparse

    from judge_app.cli import main

    before = argparse._
    with pytest.raises(SystemExit):
        main(["--lang", "id", "--help"])
    assert argparse._ is before
    assert text.explicit_language() is None


def test_no_permission_is_not_called_read_only(tmp_path: Path, language_reset) -> None:
    from judge_app.base.errors import storage_or_text

    denied = PermissionError(13, "Permission denied", str(tmp_path / "a.sqlite"))
    said = str(storage_or_text(denied))
    assert said == (
        f"{tmp_path / 'a.sqlite'}: no permission to read or write it here; copy the file to "
        "a folder of your own"
    )
    text.set_language("id")
    assert "tidak ada izin untuk membaca atau menulisnya" in str(storage_or_text(denied))
