"""One file of an entry's proposal in the reader: empty until the judge first shows it (a
package may carry 200 entries × 5 MB), then the file drawn, or a clear line saying why it
cannot be, and a button that hands it to the system's own viewer."""

from __future__ import annotations

import atexit
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from judge_app.services import IMAGE, PDF, VIDEO, JudgeAppError, MaterialItem, storage_problem
from judge_app.ui.image_pane import ImagePane
from judge_app.ui.pdf_pane import PdfPane

Read = Callable[[MaterialItem], bytes]

_temp: list[Path] = []  # this run's folder for files handed to the system viewer


def temp_folder() -> Path:
    """One folder per run of the app, removed when it ends: a proposal handed to another
    program lies on the disk no longer than needed."""
    if not _temp or not _temp[0].is_dir():
        _temp[:] = [Path(tempfile.mkdtemp(prefix="judge-app-material-"))]
        atexit.register(shutil.rmtree, _temp[0], True)
    return _temp[0]


def _safe(name: str) -> str:
    """A file name any system accepts, as close to the original as possible."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", Path(name.replace("\\", "/")).name)
    return cleaned.strip(" .") or "file"


def temp_copy(item: MaterialItem, data: bytes) -> Path:
    """The file under its own name (in a folder per entry: two entries may both send
    'proposal.pdf'), written again only if it differs (a viewer may hold it open)."""
    folder = temp_folder() / _safe(item.entry_code)
    folder.mkdir(exist_ok=True)
    path = folder / _safe(item.name)
    if not (path.exists() and path.read_bytes() == data):
        path.write_bytes(data)
    return path


class FileTab(QWidget):
    def __init__(self, item: MaterialItem, read: Read, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.read = read
        self.loaded = False
        self.data: bytes | None = None
        self.pane: PdfPane | ImagePane | None = None
        self._problem: str | None = None
        self.message = QLabel()
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message.hide()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.note.hide()
        self.info = QLabel(self._info())
        self.info.setObjectName("hint")
        self.open_button = QPushButton(self.tr("Open in the system viewer"))
        self.open_button.setObjectName("openOutside")
        self.open_button.setToolTip(
            self.tr(
                "Opens a copy of the file in the program your computer uses for it (the copy "
                "is removed when judge-app closes)"
            )
        )
        self.open_button.clicked.connect(self.open_outside)
        self.open_button.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.open_button)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.message)
        self.body.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.body, 1)
        layout.addLayout(bottom)

    def _info(self) -> str:
        """The file's name, size and pages, below whatever shows it."""
        size = QLocale().formattedDataSize(
            self.item.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat
        )
        parts = [self.item.name, size]
        if self.item.kind == PDF and self.item.pages:
            pages = self.tr("%1 page") if self.item.pages == 1 else self.tr("%1 pages")
            parts.append(pages.replace("%1", str(self.item.pages)))
        return " · ".join(parts)

    def load(self) -> None:
        """Read the bytes and show them: done once, when the tab is first shown."""
        if self.loaded:
            return
        self.loaded = True
        try:
            self.data = self.read(self.item)
        except JudgeAppError as exc:  # MaterialMissing: not carried, or damaged
            self.show_problem(str(exc))
            return
        except (sqlite3.Error, OSError) as exc:
            self.show_problem(
                self.tr("“%1” could not be read: %2")
                .replace("%1", self.item.name)
                .replace("%2", str(storage_problem(exc)))
            )
            return
        self.open_button.show()
        if self.item.kind == PDF:
            self.pane = PdfPane(self.item.name, self.data)
            self.pane.failed.connect(self.show_problem)
        elif self.item.kind == IMAGE:
            self.pane = ImagePane(self.item.name, self.data)
        else:  # a video, or a kind this version does not know: the system plays it
            self.note.setText(
                self.tr("“%1” is a video: it opens in your system's video player.").replace(
                    "%1", self.item.name
                )
                if self.item.kind == VIDEO
                else self.tr("“%1” opens in the program your system uses for it.").replace(
                    "%1", self.item.name
                )
            )
            self.note.show()
            self.body.addStretch(1)
            return
        if self.pane.problem:
            self.show_problem(self.pane.problem)
            return
        self.body.addWidget(self.pane, 1)
        self.pane.show()

    def show_problem(self, text: str) -> None:
        """Why the file is not shown, in the tab itself (never a dialog per entry)."""
        self._problem = text
        if self.pane is not None:
            self.pane.hide()
        self.message.setText(text)
        self.message.show()

    def problem(self) -> str | None:
        """Why the file is not shown, if it is not."""
        return self._problem

    def focus_content(self) -> None:
        """Ctrl+R: the page to scroll with the keys, else the button that opens it."""
        pane = None if self._problem else self.pane
        if isinstance(pane, PdfPane):
            pane.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif isinstance(pane, ImagePane):
            pane.area.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif self.open_button.isVisibleTo(self):
            self.open_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_outside(self) -> None:
        """A copy in this run's temporary folder, opened by the system's program."""
        if self.data is None:
            return
        try:
            path = temp_copy(self.item, self.data)
        except OSError as exc:
            self.info.setText(
                self.tr("Could not write a copy to open: %1").replace(
                    "%1", str(storage_problem(exc))
                )
            )
            return
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.info.setText(self.tr("Opened in the system viewer: %1").replace("%1", str(path)))
        else:
            self.info.setText(
                self.tr("No program opened it; the copy is at %1").replace("%1", str(path))
            )
