"""The window's start on Linux: without a screen, or with a library Qt's xcb plugin needs
missing, judge-app says so in one line (and the apt-get line) instead of Qt's abort; the
install scripts install every library the plugin needs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from judge_app.base import screen_check
from tests.test_cli import judge_app_command

ROOT = Path(__file__).resolve().parent.parent
linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
QT = screen_check.qt_dir()


def run_without(*names: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in names}
    env.update(extra)
    return subprocess.run(
        [*judge_app_command(), "gui"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@linux
def test_no_display_is_said_in_one_line_not_an_abort() -> None:
    result = run_without("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    assert result.returncode == 1, result
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("judge-app: no screen to open the window on")
    assert "DISPLAY" in result.stderr


@linux
def test_a_display_that_does_not_answer_is_said() -> None:
    result = run_without("WAYLAND_DISPLAY", "QT_QPA_PLATFORM", DISPLAY=":9731")
    assert result.returncode == 1, result
    assert "the display :9731 does not answer" in result.stderr


def test_demo_open_without_a_screen_stops_before_building(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("Linux only")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [*judge_app_command(), "demo", str(tmp_path / "demo"), "--open"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "no screen" in result.stderr
    assert not (tmp_path / "demo").exists()


def test_other_platforms_are_not_checked() -> None:
    assert screen_check.screen_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert screen_check.screen_problem({"QT_QPA_PLATFORM": "wayland"}) is None
    if sys.platform.startswith("linux"):
        assert "DISPLAY" in screen_check.screen_problem({"QT_QPA_PLATFORM": "xcb"})


def test_debian_names_follow_the_soname() -> None:
    assert screen_check.debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert screen_check.debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert screen_check.debian_package("libdbus-1.so.3") == "libdbus-1-3"
    assert screen_check.debian_package("libX11-xcb.so.1") == "libx11-xcb1"
    assert screen_check.debian_package("libglib-2.0.so.0") == "libglib2.0-0"


def test_a_file_that_is_not_elf_needs_nothing(tmp_path: Path) -> None:
    odd = tmp_path / "libqxcb.so"
    odd.write_bytes(b"not a library")
    assert screen_check.needed_libraries(odd) == []
    assert screen_check.needed_libraries(tmp_path / "missing.so") == []


@linux
@pytest.mark.skipif(QT is None, reason="PySide6 not found")
def test_a_missing_library_is_named_with_its_install_line(tmp_path: Path) -> None:
    """A copy of the real xcb plugin whose header asks for a library that does not exist
    (one letter changed): the message names it and the package to install."""
    qt = tmp_path / "Qt"
    (qt / "plugins" / "platforms").mkdir(parents=True)
    (qt / "lib").symlink_to(QT / "lib")
    plugin = (QT / "plugins" / "platforms" / "libqxcb.so").read_bytes()
    assert plugin.count(b"libxcb-icccm.so.4\0") == 1
    patched = plugin.replace(b"libxcb-icccm.so.4\0", b"libxcb-icccq.so.4\0")
    (qt / "plugins" / "platforms" / "libqxcb.so").write_bytes(patched)
    assert screen_check.missing_libraries(qt) == ["libxcb-icccq.so.4"]
    problem = screen_check.screen_problem({"DISPLAY": ":0"}, qt)
    assert problem is not None and "libxcb-icccq.so.4" in problem
    if shutil.which("apt-get"):
        assert "sudo apt-get install libxcb-icccq4" in problem
    assert screen_check.missing_libraries(QT) == []  # the real one: all there


# what dpkg and apt themselves need: on every Debian system
ESSENTIAL = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g", "libzstd1"}


def listed_packages(script: Path) -> set[str]:
    text = script.read_text(encoding="utf-8")
    body = re.search(r"qt_debs=\((.*?)\)", text, re.S)
    assert body
    return set(body.group(1).split())


@linux
@pytest.mark.skipif(
    QT is None or shutil.which("dpkg") is None, reason="needs PySide6 and dpkg (Debian)"
)
def test_install_scripts_list_every_library_the_xcb_plugin_needs() -> None:
    """Each library the plugin and the Qt libraries under it need, mapped to its package
    with dpkg -S, is in scripts/system_packages.sh (used by install.sh and test.sh),
    except the ones every Debian system has; and the message's naming rule agrees."""
    listed = listed_packages(ROOT / "scripts" / "system_packages.sh")
    bundled = {p.name for p in (QT / "lib").glob("*.so*")}
    needed = {
        name
        for file in screen_check.QT_FILES
        for name in screen_check.needed_libraries(QT / file)
        if name not in bundled and not name.startswith("ld-linux")
    }
    assert "libxcb-icccm.so.4" in needed and "libxcb-keysyms.so.1" in needed
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    for name in sorted(needed):
        where = re.search(rf"^\s*{re.escape(name)} .*=> (\S+)$", cache, re.M)
        assert where, f"{name} is not installed here"
        owner = ""
        for path in (os.path.realpath(where.group(1)), where.group(1)):
            found = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
            owner = owner or found.stdout.split(":", 1)[0].strip()
        assert owner, f"no package owns {name}"
        assert screen_check.debian_package(name) == owner.removesuffix("t64"), name
        if owner not in ESSENTIAL:
            assert owner.removesuffix("t64") in listed, f"{name} ({owner}) is not installed"
    test_sh = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    install_sh = (ROOT / "scripts" / "install.sh").read_text(encoding="utf-8")
    assert '"${qt_debs[@]}"' in test_sh and '"${qt_debs[@]}"' in install_sh
