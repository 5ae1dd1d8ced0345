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
