"""What the menu actions (judge_actions, backup_actions) read and drive in the main window:
the open package and its workspace, the open file, the status line, opening and closing a
file. MainWindow is one; the actions take it as this, so that they need not import
main_window, which imports them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from judge_app.services import PackageSession
    from judge_app.ui.judge_workspace import JudgeWorkspace


class WindowState(Protocol):
    session: PackageSession | None  # the judge's package, when one is open
    workspace: JudgeWorkspace | None  # and the workspace showing it
    current_path: Path | None  # the file open, package or master
    saved_label: QLabel  # the status line: what was saved or written

    def update_progress(self) -> None:
        """Show the scoring progress again (after the signing state changed)."""
        ...

    def close_file(self) -> None: ...

    def open_path(self, path: str) -> bool:
        """Open a package or master file; False (and said why) when it cannot be opened."""
        ...
