"""The one exception type users see: every message says what went wrong and where."""

from __future__ import annotations


class JudgeAppError(Exception):
    """An error caused by input or files, with a message fit to show a user as-is."""


class ProblemsError(JudgeAppError):
    """Several problems found in one pass, so a user fixes them all in one go."""

    def __init__(self, source: str, problems: list[str], limit: int = 50) -> None:
        self.source = source
        self.problems = list(problems)
        shown = self.problems[:limit]
        more = len(self.problems) - len(shown)
        noun = "problem" if len(self.problems) == 1 else "problems"
        lines = [f"{source}: {len(self.problems)} {noun}"]
        lines += [f"  - {p}" for p in shown]
        if more:
            lines.append(f"  ... and {more} more")
        super().__init__("\n".join(lines))


class DefinitionError(ProblemsError):
    """The competition definition (TOML) is invalid."""


class ImportProblems(ProblemsError):
    """A CSV/XLSX file could not be imported; nothing was written."""


class FileRefused(JudgeAppError):
    """A file is not a judge-app file, or one this version cannot open."""
