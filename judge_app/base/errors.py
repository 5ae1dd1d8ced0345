"""The one exception type users see: every message says what went wrong and where."""

from __future__ import annotations

from judge_app.base.text import translate


class JudgeAppError(Exception):
    """An error caused by input or files, with a message fit to show a user as-is."""


class ProblemsError(JudgeAppError):
    """Several problems found in one pass, so a user fixes them all in one go."""

    def __init__(self, source: str, problems: list[str], limit: int = 50) -> None:
        self.source = source
        self.problems = list(problems)
        shown = self.problems[:limit]
        more = len(self.problems) - len(shown)
        if len(self.problems) == 1:
            heading = translate("errors", "{source}: 1 problem").format(source=source)
        else:
            heading = translate("errors", "{source}: {count} problems").format(
                source=source, count=len(self.problems)
            )
        lines = [heading]
        lines += [f"  - {p}" for p in shown]
        if more:
            lines.append(translate("errors", "  ... and {count} more").format(count=more))
        super().__init__("\n".join(lines))


class DefinitionError(ProblemsError):
    """The competition definition (TOML) is invalid."""


class ImportProblems(ProblemsError):
    """A CSV/XLSX file could not be imported; nothing was written."""


class FileRefused(JudgeAppError):
    """A file is not a judge-app file, or one this version cannot open."""


# errno values that mean the disk or folder refused, not that the name was wrong
STORAGE_ERRNOS = frozenset({5, 13, 27, 28, 30, 122})  # EIO EACCES EFBIG ENOSPC EROFS EDQUOT


class StorageError(JudgeAppError):
    """A file could not be read or written (disk full, read-only, removed, I/O error)."""


def storage_problem(exc: BaseException, path: object = None) -> StorageError:
    """A failed read or write, in words a user can act on. Nothing saved before is lost:
    every change is one SQLite transaction and every output is written whole and then
    renamed into place."""
    import errno

    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    where = f"{path}: " if path else ""
    if "disk is full" in text or code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        what = translate(
            "errors",
            "the disk is full; free some space and try again. Everything saved before is "
            "kept, and nothing was half-written",
        )
    elif "readonly" in text or "read-only" in text or code in (errno.EROFS, errno.EACCES):
        what = translate(
            "errors",
            "the file or its folder cannot be written to (read-only); copy the file to a "
            "folder you can write to",
        )
    elif "disk i/o error" in text or code == errno.EIO:
        what = translate(
            "errors",
            "the disk could not be read or written (was the USB stick taken out?); put it "
            "back and open the file again. Everything saved before is kept",
        )
    elif "locked" in text or "busy" in text:
        what = translate("errors", "the file is busy in another program; try again in a moment")
    elif "unable to open" in text or code == errno.ENOENT:
        what = translate(
            "errors",
            "the file cannot be opened (moved, removed, or the USB stick was taken out)",
        )
    else:
        what = translate("errors", "the file could not be read or written ({error})").format(
            error=exc
        )
    return StorageError(where + what)


def os_reason(exc: OSError) -> str:
    """Why the system refused, in the user's language: its own words (strerror) are English
    whatever the user reads, so the common cases are said here."""
    import errno

    denied = translate(
        "errors",
        "no permission to read or write it here; copy the file to a folder of your own",
    )
    texts: dict[int | None, str] = {
        # one wording for a missing file everywhere, the store's ("{path}: file not found")
        errno.ENOENT: translate("errors", "file not found"),
        errno.EISDIR: translate("errors", "is a folder, not a file"),
        errno.ENOTDIR: translate("errors", "a part of the path is not a folder"),
        errno.EEXIST: translate("errors", "already exists"),
        errno.ENAMETOOLONG: translate("errors", "the name is too long"),
        errno.ENOTEMPTY: translate("errors", "the folder is not empty"),
        errno.EACCES: denied,
        errno.EPERM: denied,
        errno.EROFS: translate("errors", "the disk is read-only"),
    }
    return texts.get(exc.errno) or exc.strerror or str(exc)


def file_problem(exc: OSError, path: object = None) -> JudgeAppError:
    """A failed file operation with the file named; disk troubles in storage words."""
    import errno

    where = path or exc.filename
    if exc.errno in STORAGE_ERRNOS and exc.errno != errno.EACCES:
        return storage_problem(exc, where)
    what = os_reason(exc)
    return JudgeAppError(f"{where}: {what}" if where else what)


def storage_or_text(exc: BaseException) -> object:
    """The user's message for a failure: a storage or file problem in words, else the
    error itself."""
    import sqlite3

    if isinstance(exc, sqlite3.Error):
        return storage_problem(exc, getattr(exc, "filename", None))
    if isinstance(exc, OSError) and not isinstance(exc, JudgeAppError):
        return file_problem(exc)
    return exc
