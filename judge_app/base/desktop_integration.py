"""The file-type hint (issue 8), for the current user only, by `judge-app desktop`.

Linux: judge-app's .sqlite files get their own type (recognised by judge-app's application
id inside the file, so other SQLite files are untouched), its icon, and "open with
judge-app" in the file manager. Windows knows types by extension only: judge-app is added
to the "Open with" list of .sqlite files (the default program stays as it is). macOS: the
app bundle declares the type (build_installer.spec) and the window opens what Finder hands
it (ui/app.py)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from judge_app.base.errors import JudgeAppError
from judge_app.base.resources import resources_dir
from judge_app.base.text import translate


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
    if sys.platform == "win32":
        return _install_windows()
    if sys.platform == "darwin":
        raise JudgeAppError(
            translate(
                "desktop_integration",
                "on macOS the judge-app application declares its file type itself: move "
                "judge-app.app to Applications and open it once",
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


PROG_ID = "judge-app.file"


def window_program() -> list[str]:
    """The command that opens the window without a console (Windows): the frozen
    judge-app-window beside this program, else pythonw."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).with_name("judge-app-window.exe")), "gui"]
    pythonw = Path(sys.executable).with_name("pythonw.exe")
    return [str(pythonw if pythonw.exists() else sys.executable), "-m", "judge_app", "gui"]


def windows_entries(command: list[str], icon: str) -> list[tuple[str, str, str]]:
    """The per-user registry values (key under HKEY_CURRENT_USER, value name, data) that
    add judge-app to the "Open with" list of .sqlite files without taking them over."""
    quoted = " ".join(f'"{part}"' for part in command)
    classes = r"Software\Classes"
    return [
        (rf"{classes}\{PROG_ID}", "", translate("desktop_integration", "judge-app file")),
        (rf"{classes}\{PROG_ID}\DefaultIcon", "", f'"{icon}",0'),
        (rf"{classes}\{PROG_ID}\shell\open\command", "", f'{quoted} "%1"'),
        (rf"{classes}\.sqlite\OpenWithProgids", PROG_ID, ""),
    ]


def _install_windows() -> list[Path]:  # pragma: no cover - runs on Windows only
    if sys.platform != "win32":  # winreg and ctypes.windll exist there only
        raise AssertionError("Windows only")
    import ctypes
    import winreg

    icon = str(resources_dir() / "icons" / "judge-app.ico")
    for key, name, data in windows_entries(window_program(), icon):
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, data)
    ctypes.windll.shell32.SHChangeNotify(0x08000000, 0, None, None)  # SHCNE_ASSOCCHANGED
    return [Path(rf"HKEY_CURRENT_USER\Software\Classes\{PROG_ID}")]
