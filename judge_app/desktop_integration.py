"""The file-type hint on Linux desktops (issue 8): judge-app's .sqlite files get their own
type (recognised by judge-app's application id inside the file, so other SQLite files are
untouched), its icon, and "open with judge-app" in the file manager. Installed for the
current user only, by `judge-app desktop`."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from judge_app.errors import JudgeAppError
from judge_app.resources import resources_dir
from judge_app.text import translate


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def program() -> list[str]:
    """The command that starts this judge-app: the frozen program, the installed
    script beside this Python, or this Python with -m judge_app."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).parent / "judge-app"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "judge_app"]


def install() -> list[Path]:
    """Write the MIME type, the desktop entry and the icon under the user's data folder
    and refresh the desktop's databases where their tools exist; the files written."""
    if sys.platform == "win32" or sys.platform == "darwin":
        raise JudgeAppError(
            translate(
                "desktop_integration",
                "file types are registered by the installer on Windows and macOS; this "
                "command is for Linux desktops",
            )
        )
    source = resources_dir() / "desktop"
    home = data_home()
    written = []
    targets = {
        source / "judge-app.xml": home / "mime" / "packages" / "judge-app.xml",
        resources_dir() / "icons" / "judge-app.png": home
        / "icons"
        / "hicolor"
        / "256x256"
        / "apps"
        / "judge-app.png",
    }
    for origin, target in targets.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(origin, target)
        written.append(target)
    entry = (source / "judge-app.desktop").read_text(encoding="utf-8")
    command = " ".join(shlex.quote(part) for part in program())
    entry = entry.replace("Exec=judge-app gui %f", f"Exec={command} gui %f")
    desktop = home / "applications" / "judge-app.desktop"
    desktop.parent.mkdir(parents=True, exist_ok=True)
    desktop.write_text(entry, encoding="utf-8")
    written.append(desktop)
    for tool, folder in (
        ("update-mime-database", home / "mime"),
        ("update-desktop-database", home / "applications"),
    ):
        found = shutil.which(tool)
        if found:
            subprocess.run([found, str(folder)], check=False, capture_output=True)
    return written
