"""Can the window open here? Checked before Qt is loaded, because on Linux Qt aborts the
whole process (exit 134, a message that names the wrong library) when it has no screen or
when its xcb platform plugin lacks a system library; the user gets one line in their
language instead, naming what is missing and the apt-get line that installs it.

No Qt import here: the libraries the plugin needs are read from its ELF header and each is
loaded with ctypes, which finds exactly what Qt's own loading would find."""

from __future__ import annotations

import ctypes
import os
import shutil
import struct
import sys
from importlib.util import find_spec
from pathlib import Path

from judge_app.base.errors import JudgeAppError
from judge_app.base.text import translate

# what the window loads on Linux: the xcb plugin and the Qt libraries under it
QT_FILES = (
    "plugins/platforms/libqxcb.so",
    "lib/libQt6XcbQpa.so.6",
    "lib/libQt6Gui.so.6",
    "lib/libQt6Widgets.so.6",
    "lib/libQt6DBus.so.6",
    "lib/libQt6Core.so.6",
)

# Debian names a library package after its soname (libxcb-icccm.so.4 -> libxcb-icccm4,
# libdbus-1.so.3 -> libdbus-1-3); these do not follow the rule
PACKAGE_EXCEPTIONS = {
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libgcc_s.so.1": "libgcc-s1",
    "libstdc++.so.6": "libstdc++6",
    "libz.so.1": "zlib1g",
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
}


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships a library, by Debian's naming rule."""
    if soname in PACKAGE_EXCEPTIONS:
        return PACKAGE_EXCEPTIONS[soname]
    stem, _, version = soname.partition(".so")
    stem = stem.lower()
    version = version.lstrip(".")
    if not version:
        return stem
    return f"{stem}-{version}" if stem[-1].isdigit() else f"{stem}{version}"


def needed_libraries(path: Path) -> list[str]:
    """The DT_NEEDED entries of a 64-bit little-endian ELF file (every Linux PySide6
    wheel); [] for anything else, so that an unknown file never blocks the window."""
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
            if head[:6] != b"\x7fELF\x02\x01":
                return []
            (phoff,) = struct.unpack_from("<Q", head, 0x20)
            phentsize, phnum = struct.unpack_from("<HH", head, 0x36)
            handle.seek(phoff)
            table = handle.read(phentsize * phnum)
            loads: list[tuple[int, int, int]] = []
            dynamic: tuple[int, int] | None = None
            for i in range(phnum):
                kind, _flags, offset, vaddr, _paddr, filesz = struct.unpack_from(
                    "<IIQQQQ", table, i * phentsize
                )
                if kind == 1:  # PT_LOAD
                    loads.append((vaddr, offset, filesz))
                elif kind == 2:  # PT_DYNAMIC
                    dynamic = (offset, filesz)
            if dynamic is None:
                return []
            handle.seek(dynamic[0])
            entries = handle.read(dynamic[1])
            names: list[int] = []
            strtab = None
            for tag, value in struct.iter_unpack("<qQ", entries[: len(entries) // 16 * 16]):
                if tag == 0:  # DT_NULL
                    break
                if tag == 1:  # DT_NEEDED
                    names.append(value)
                elif tag == 5:  # DT_STRTAB, an address: find it in the file
                    strtab = next(
                        (off + value - va for va, off, size in loads if va <= value < va + size),
                        None,
                    )
            if strtab is None:
                return []
            found = []
            for offset in names:
                handle.seek(strtab + offset)
                found.append(handle.read(256).split(b"\0", 1)[0].decode("ascii", "replace"))
            return found
    except (OSError, struct.error):
        return []


def qt_dir() -> Path | None:
    """PySide6's Qt folder, found without importing PySide6 (a frozen build included)."""
    try:
        spec = find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    for location in (spec.submodule_search_locations or []) if spec else []:
        folder = Path(location) / "Qt"
        if folder.is_dir():
            return folder
    return None


def missing_libraries(qt: Path) -> list[str]:
    """The system libraries Qt's xcb plugin and Qt's own libraries need that cannot be
    loaded here (the bundled Qt libraries are not asked about)."""
    bundled = {p.name for p in (qt / "lib").glob("*.so*")}
    wanted: list[str] = []
    for name in QT_FILES:
        for needed in needed_libraries(qt / name):
            if needed not in bundled and needed not in wanted:
                wanted.append(needed)
    return unloadable(wanted)


def unloadable(names: list[str]) -> list[str]:
    """The libraries among `names` that the dynamic loader cannot load."""
    missing = []
    for name in names:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return missing


def display_reachable(display: str) -> bool:
    """Whether an X server answers on `display` (with libxcb, as Qt connects); True when
    that cannot be asked, so that only a sure 'no' stops the window."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
        xcb.xcb_connect.restype = ctypes.c_void_p
        xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
        xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    except (OSError, AttributeError):
        return True
    connection = xcb.xcb_connect(display.encode(), None)
    if not connection:
        return False
    try:
        return bool(xcb.xcb_connection_has_error(connection) == 0)
    finally:
        xcb.xcb_disconnect(connection)


def install_command(packages: list[str]) -> str:
    return "sudo apt-get install " + " ".join(packages)


def screen_problem(environ: dict[str, str] | None = None, qt: Path | None = None) -> str | None:
    """Why the window cannot open on this machine, in the user's language; None when it
    can, when Qt is asked for another platform (QT_QPA_PLATFORM=offscreen, wayland, ...)
    or when this is not Linux."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if platform and platform != "xcb":
        return None
    if env.get("WAYLAND_DISPLAY") and platform != "xcb":
        return None  # Qt may take its Wayland plugin; it says itself if that fails
    qt = qt or qt_dir()
    missing = missing_libraries(qt) if qt else []
    if missing:  # first: they are needed on any X display
        packages = sorted({debian_package(name) for name in missing})
        if shutil.which("apt-get"):
            return translate(
                "screen",
                "the window cannot open: Qt needs system libraries that are missing "
                "({libraries}); install them with: {command}",
            ).format(libraries=", ".join(missing), command=install_command(packages))
        return translate(
            "screen",
            "the window cannot open: Qt needs system libraries that are missing "
            "({libraries}); install the packages that provide them",
        ).format(libraries=", ".join(missing))
    if not env.get("DISPLAY"):
        return translate(
            "screen",
            "no screen to open the window on (DISPLAY is not set): start judge-app in a "
            "desktop session, or run a command instead (judge-app --help)",
        )
    if not display_reachable(env["DISPLAY"]):
        return translate(
            "screen",
            "no screen to open the window on: the display {display} does not answer "
            "(is the desktop session still running?)",
        ).format(display=env["DISPLAY"])
    return None


def require_screen() -> None:
    """Stop with the reason, as every command does, when the window cannot open."""
    problem = screen_problem()
    if problem:
        raise JudgeAppError(problem)
