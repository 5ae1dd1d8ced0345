"""One writer per file (issue 7): a window or a command that changes a judge-app file holds
an operating-system lock on a small file next to it (`NAME.sqlite.lock`). The system
releases the lock when the process ends, however it ends, so a crash or a pulled plug
leaves no stale lock. Another process that wants to change the file is told who holds
it; reading needs no lock. Within one process the lock is shared (a window and its
background tasks are one writer)."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import sys
import threading
from datetime import datetime
from pathlib import Path

from judge_app.base.errors import JudgeAppError, os_reason
from judge_app.base.text import translate

LOCK_SUFFIX = ".lock"
_WINDOWS_BYTE = 1 << 20  # Windows locks a byte range: one far from the holder's note


class WriteRefused(JudgeAppError):
    """The file may be read here but not changed."""


class FileInUse(WriteRefused):
    """Another judge-app window or command has the file open for changes: `holder` says
    where (host, process, since: empty when the lock file says nothing readable)."""

    def __init__(self, message: str, holder: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.holder = holder or {}


_held: dict[str, list[int]] = {}  # real path -> [descriptor, users]
_guard = threading.Lock()


def lock_path(path: str | os.PathLike[str]) -> Path:
    path = Path(path)
    return path.with_name(path.name + LOCK_SUFFIX)


def acquire(path: str | os.PathLike[str]) -> None:
    """Hold the file for changes, or raise FileInUse (another process has it) or
    WriteRefused (the folder cannot be written)."""
    key = _key(path)
    with _guard:
        if key in _held:
            _held[key][1] += 1
            return
        _held[key] = [_take(Path(path), Path(key)), 1]


def release(path: str | os.PathLike[str]) -> None:
    key = _key(path)
    with _guard:
        held = _held.get(key)
        if held is None:
            return
        held[1] -= 1
        if held[1] == 0:
            del _held[key]
            _give_back(Path(key), held[0])


def holds(path: str | os.PathLike[str]) -> bool:
    """This process has the file open for changes."""
    with _guard:
        return _key(path) in _held


def holder(path: str | os.PathLike[str]) -> dict[str, str] | None:
    """Who has the file open for changes (host, pid, since), or None when nobody does."""
    if holds(path):
        return None
    try:
        _give_back(Path(_key(path)), _take(Path(path), Path(_key(path))))
    except FileInUse as exc:
        return exc.holder
    except WriteRefused:
        return None
    return None


def _key(path: str | os.PathLike[str]) -> str:
    return os.path.normcase(os.path.realpath(path))


def _take(shown: Path, real: Path) -> int:
    target = lock_path(real)
    while True:
        try:
            fd = os.open(target, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) and not target.exists():
                why = (
                    translate("writer_lock", "the disk is read-only")
                    if exc.errno == errno.EROFS
                    else translate("writer_lock", "no permission to write here")
                )
                raise WriteRefused(
                    translate(
                        "writer_lock",
                        "{path}: cannot be changed in this folder ({error}); it is opened "
                        "read-only. Copy it to a folder you can write to, to work on it",
                    ).format(path=shown, error=why)
                ) from None
            raise WriteRefused(
                translate(
                    "writer_lock",
                    "{path}: cannot be held for changes: {lock} beside it cannot be opened "
                    "({error}); if no judge-app has the file open, remove {lock} and try again",
                ).format(path=shown, lock=target.name, error=os_reason(exc))
            ) from None
        if not _lock(fd):
            note = _read_note(fd)
            os.close(fd)
            raise FileInUse(_in_use(shown, note), note)
        if _same_file(fd, target):
            break
        os.close(fd)  # the holder removed the lock file as we opened it: take a fresh one
    _write_note(fd)
    return fd


def _give_back(real: Path, fd: int) -> None:
    target = lock_path(real)
    if sys.platform == "win32":
        import msvcrt

        with contextlib.suppress(OSError):  # unlocking at close may come late on Windows
            os.lseek(fd, _WINDOWS_BYTE, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        os.close(fd)
        with contextlib.suppress(OSError):
            target.unlink()
    else:
        # removed while still locked, so whoever opened the old file sees it is gone
        with contextlib.suppress(OSError):
            target.unlink()
        os.close(fd)


def _lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _same_file(fd: int, target: Path) -> bool:
    try:
        now = os.stat(target)
    except OSError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino)


def _write_note(fd: int) -> None:
    note = {
        "app": "judge-app",
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": datetime.now().astimezone().isoformat(timespec="seconds"),
    }
    data = json.dumps(note).encode("utf-8")
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)


def _read_note(fd: int) -> dict[str, str]:
    """{host, pid, since (HH:MM)} of the holder, or {} when the note cannot be read."""
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        note = json.loads(os.read(fd, 4096).decode("utf-8"))
        since = datetime.fromisoformat(note["since"]).strftime("%H:%M")
        return {"host": str(note["host"]), "pid": str(note["pid"]), "since": since}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _in_use(shown: Path, note: dict[str, str]) -> str:
    """The refusal when another process holds the file, as one sentence per case."""
    if not note:
        return translate(
            "writer_lock",
            "{path}: already open for changes in another judge-app window or command; close "
            "it there first (it can be opened here read-only)",
        ).format(path=shown)
    return translate(
        "writer_lock",
        "{path}: already open for changes in judge-app on {host} (process {pid}, since "
        "{since}); close it there first (it can be opened here read-only)",
    ).format(path=shown, host=note["host"], pid=note["pid"], since=note["since"])


def describe(note: dict[str, str]) -> str:
    """'judge-app on LAPTOP-1 (process 4242, since 10:32)', or a plain phrase."""
    if not note:
        return translate("writer_lock", "another judge-app window or command")
    return translate("writer_lock", "judge-app on {host} (process {pid}, since {since})").format(
        host=note["host"], pid=note["pid"], since=note["since"]
    )
