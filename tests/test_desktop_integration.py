"""The file-type hint (issue 8): on a Linux desktop `judge-app desktop` gives judge-app's
files their own MIME type, recognised by the application id inside the file, so that a
package or master is "a judge-app file" and any other SQLite file stays what it was.
Checked with Qt's own reader of the freedesktop.org MIME database, in a fresh process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.test_cli import run

ASK = (
    "import sys\n"
    "from PySide6.QtCore import QMimeDatabase\n"
    "db = QMimeDatabase()\n"
    "print('\\n'.join(db.mimeTypeForFile(p).name() for p in sys.argv[1:]))\n"
)


def test_judge_app_files_get_their_own_type(demo, tmp_path: Path, monkeypatch) -> None:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    done = run("desktop")
    assert done.returncode == 0, done.stderr
    desktop = (home / "applications" / "judge-app.desktop").read_text(encoding="utf-8")
    command = next(line for line in desktop.splitlines() if line.startswith("Exec="))
    assert Path(command.split("=", 1)[1].split()[0]).exists()  # a program that is there
    assert "MimeType=application/x-judge-app;" in desktop
    assert (home / "icons" / "hicolor" / "256x256" / "apps" / "judge-app.png").exists()
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    files = [demo.master, demo.packages[0].path, other]
    found = subprocess.run(
        [sys.executable, "-c", ASK, *map(str, files)],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_DATA_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    ).stdout.split()
    assert found[:2] == ["application/x-judge-app"] * 2
    assert found[2] != "application/x-judge-app"  # another SQLite file keeps its type


def test_windows_open_with_entries_leave_the_default_program_alone() -> None:
    """The registry values `judge-app desktop` writes on Windows (written there with
    winreg; the plan is checked here): judge-app joins the Open with list of .sqlite
    files under the current user's classes, and the quoting survives spaces."""
    from judge_app.base.desktop_integration import PROG_ID, windows_entries

    command = [r"C:\Program Files\judge-app\judge-app-window.exe", "gui"]
    entries = windows_entries(command, r"C:\Program Files\judge-app\judge-app.ico")
    keys = {key: (name, data) for key, name, data in entries}
    assert all(key.startswith("Software\\Classes\\") for key in keys)
    assert keys["Software\\Classes\\.sqlite\\OpenWithProgids"] == (PROG_ID, "")
    assert keys[f"Software\\Classes\\{PROG_ID}\\shell\\open\\command"] == (
        "",
        '"C:\\Program Files\\judge-app\\judge-app-window.exe" "gui" "%1"',
    )
    assert keys[f"Software\\Classes\\{PROG_ID}\\DefaultIcon"][1].endswith('judge-app.ico",0')
    # nothing sets the default value of .sqlite itself: other programs keep their files
    assert "Software\\Classes\\.sqlite" not in keys
