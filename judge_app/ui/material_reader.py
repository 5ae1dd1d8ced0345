"""The judge reads an entry's proposal beside the score form, offline: its data, its text
sections (one tab, each section a heading), then one tab per file. Nothing is read from
the package until it is shown: listing an entry's material is cheap, its bytes are not."""

from __future__ import annotations

import re
import sqlite3
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from judge_app.services import (
    PDF,
    Entry,
    JudgeAppError,
    MaterialItem,
    PackageSession,
    material_section,
    storage_problem,
)
from judge_app.ui.entry_panel import EntryPanel
from judge_app.ui.material_file_tab import FileTab
from judge_app.ui.pdf_pane import PdfPane

DATA, PROPOSAL, FILES = 0, 1, 2  # the tabs every entry has, then its files
TAB_NAME_LENGTH = 24  # a file's name on its tab (the whole name in the tooltip)


def anchor(section_id: str) -> str:
    return f"section-{section_id}"


def paragraphs(text: str) -> str:
    """Plain text as HTML: escaped, a blank line between paragraphs, line breaks kept."""
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n"))]
    return "".join(
        "<p>" + escape(block).replace("\n", "<br>") + "</p>" for block in blocks if block.strip()
    )


def tab_name(name: str) -> str:
    """A file's name short enough for a tab, its '&' not taken for a mnemonic."""
    if len(name) > TAB_NAME_LENGTH:
        half = (TAB_NAME_LENGTH - 1) // 2
        name = name[:half] + "…" + name[-half:]
    return name.replace("&", "&&")


class ElidedLabel(QLabel):
    """One line that ends in '…' when the pane is narrow (the whole text in the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumWidth(40)

    def set_full_text(self, text: str) -> None:
        self.full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, self.width())
        if shown != self.text():
            self.setText(shown)


class MaterialReader(QWidget):
    leaveRequested = Signal()  # Esc: back to the score form

    def __init__(
        self, session: PackageSession, panel: EntryPanel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.panel = panel
        self.code: str | None = None
        self.sections: list[MaterialItem] = []
        self.files: list[MaterialItem] = []
        self._proposal_for: str | None = None  # the entry whose sections the tab holds
        self._wanted = (PROPOSAL, 0)  # the kind of tab the judge chose last, kept per entry
        self._rebuilding = False
        self._pending = False  # something to read once the reader is shown
        self.heading = ElidedLabel()
        self.heading.setObjectName("readerHeading")
        self.heading.setStyleSheet("font-weight: 600;")
        self.facts = ElidedLabel()
        self.facts.setObjectName("hint")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("materialTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self._build_data_tab(), self.tr("Data"))
        self.tabs.setTabToolTip(DATA, self.tr("The entry's registration data"))
        self.proposal = QTextBrowser()
        self.proposal.setObjectName("proposalText")
        self.proposal.setOpenLinks(False)
        self.proposal.setAccessibleName(self.tr("Proposal text"))
        self.proposal.document().setDocumentMargin(8)
        self.tabs.addTab(self.proposal, self.tr("Proposal"))
        self.tabs.setTabToolTip(
            PROPOSAL,
            self.tr(
                "The proposal's text sections; its files are in the tabs after it. Ctrl+R: "
                "read here, Esc: back to the scores, Ctrl+PgUp/PgDn: another tab"
            ),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._keys()

    def _build_data_tab(self) -> QScrollArea:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.panel)
        self.no_material = QLabel(self.tr("No proposal material for this entry."))
        self.no_material.setObjectName("noMaterial")
        self.no_material.setWordWrap(True)
        self.no_material.hide()
        column.addWidget(self.no_material)
        column.addStretch(1)
        self.data_scroll = QScrollArea()
        self.data_scroll.setWidget(page)
        self.data_scroll.setWidgetResizable(True)
        self.data_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.data_scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return self.data_scroll

    def _keys(self) -> None:
        """Ctrl+R reads, Esc goes back to scoring, Ctrl+PgUp/PgDn (or Ctrl+Tab) turn the
        tabs, Ctrl+Shift+F finds in a PDF (Ctrl+F finds entries)."""
        window_keys = (
            ("Ctrl+R", self.focus_reader),
            ("Ctrl+Shift+F", self.focus_pdf_search),
        )
        for key, action in window_keys:
            QShortcut(QKeySequence(key), self, action)
        inside_keys = (
            ("Ctrl+PgDown", lambda: self.turn_tab(1)),
            ("Ctrl+PgUp", lambda: self.turn_tab(-1)),
            ("Escape", self.leaveRequested.emit),
        )
        for key, action in inside_keys:
            shortcut = QShortcut(QKeySequence(key), self, action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- the entry shown -------------------------------------------------------------------

    def show_entry(self, entry: Entry | None) -> None:
        """Show an entry: its data now, its material listed (cheap), read when shown."""
        self.panel.show_entry(entry)
        self._show_heading(entry)
        code = entry.code if entry is not None else None
        if code == self.code:
            return  # a score saved repaints the entry: its material stays as it is
        self.code = code
        self._proposal_for = None
        self._rebuilding = True
        try:
            while self.tabs.count() > FILES:
                gone = self.tabs.widget(FILES)
                self.tabs.removeTab(FILES)
                if gone is not None:
                    gone.deleteLater()
            items, problem = self._items(code)
            self.sections = [i for i in items if i.is_section]
            self.files = [i for i in items if not i.is_section]
            for item in self.files:
                index = self.tabs.addTab(FileTab(item, self.session.material_bytes), "")
                self.tabs.setTabText(index, tab_name(item.name))
                self.tabs.setTabToolTip(index, self._file_tip(item))
            self.no_material.setText(problem or self.tr("No proposal material for this entry."))
            self.no_material.setVisible(code is not None and not items)
            self.tabs.setCurrentIndex(self._tab_for_entry(bool(items)))
        finally:
            self._rebuilding = False
        self._load_current()

    def _file_tip(self, item: MaterialItem) -> str:
        return self.tr("%1 (Ctrl+R: read here, Esc: back to the scores)").replace("%1", item.name)

    def _items(self, code: str | None) -> tuple[list[MaterialItem], str | None]:
        if code is None:
            return [], None
        try:
            return self.session.material(code), None
        except (JudgeAppError, sqlite3.Error, OSError) as exc:
            message = self.tr("The proposal material could not be listed: %1")
            return [], message.replace("%1", str(storage_problem(exc)))

    def _show_heading(self, entry: Entry | None) -> None:
        if entry is None:
            self.heading.set_full_text("")
            self.facts.set_full_text("")
            return
        self.heading.set_full_text(f"{entry.code} · {entry.title}")
        category = self.panel.category_names.get(entry.category, entry.category)
        facts = [f for f in (entry.agency, entry.region, category) if f]
        self.facts.set_full_text(" · ".join(facts))

    def _tab_for_entry(self, has_material: bool) -> int:
        """The kind of tab the judge chose last: their data, the text, or the n-th file;
        an entry without material shows its data (with a line saying so)."""
        kind, number = self._wanted
        if not has_material:
            return DATA
        if kind == DATA:
            return DATA
        if kind == FILES and number < len(self.files):
            return FILES + number
        return PROPOSAL if self.sections or not self.files else FILES

    def _tab_changed(self, index: int) -> None:
        if self._rebuilding or index < 0:
            return
        self._wanted = (min(index, FILES), max(index - FILES, 0))
        self._load_current()

    def _load_current(self) -> None:
        """Read what the current tab shows, once, and only when it can be seen."""
        if not self.isVisible():
            self._pending = True
            return
        self._pending = False
        widget = self.tabs.currentWidget()
        if isinstance(widget, FileTab):
            widget.load()
        elif widget is self.proposal and self._proposal_for != self.code:
            self._render_proposal()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pending:
            self._load_current()

    def _render_proposal(self) -> None:
        self._proposal_for = self.code
        if not self.sections:
            if self.files:
                text = self.tr("This entry has no text sections; its files are in the next tabs.")
            else:
                text = self.tr("No proposal material for this entry.")
            self.proposal.setHtml(f"<p>{escape(text)}</p>")
            return
        parts = []
        for item in self.sections:
            section = material_section(item.name)
            title = section.name() if section is not None else item.name
            try:
                body = paragraphs(self.session.material_bytes(item).decode("utf-8", "replace"))
            except JudgeAppError as exc:
                body = f'<p style="color:#b3261e">{escape(str(exc))}</p>'
            except (sqlite3.Error, OSError) as exc:
                body = f'<p style="color:#b3261e">{escape(str(storage_problem(exc)))}</p>'
            parts.append(f'<h3><a name="{anchor(item.name)}"></a>{escape(title)}</h3>{body}')
        self.proposal.setHtml("".join(parts))

    def show_section(self, section_id: str) -> bool:
        """The Proposal tab in front, scrolled to the section (False: the entry has none
        by that id, and nothing changes)."""
        if not any(item.name == section_id for item in self.sections):
            return False
        self.tabs.setCurrentIndex(PROPOSAL)
        if self._proposal_for != self.code:
            self._render_proposal()
        target = anchor(section_id)
        self.proposal.scrollToAnchor(target)
        # once more after the layout settles: a pane just shown lays out its text later
        QTimer.singleShot(0, self.proposal, lambda: self.proposal.scrollToAnchor(target))
        return True

    # -- the keyboard ----------------------------------------------------------------------

    def file_tabs(self) -> list[FileTab]:
        return [
            w for i in range(self.tabs.count()) if isinstance(w := self.tabs.widget(i), FileTab)
        ]

    def turn_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        self.focus_reader()

    def focus_reader(self) -> None:
        """Ctrl+R: the keys go to what the tab shows (the arrows and PgUp/PgDn scroll)."""
        if not self.isVisible():
            return
        widget = self.tabs.currentWidget()
        if isinstance(widget, FileTab):
            widget.focus_content()
        elif widget is not None:
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_pdf_search(self) -> None:
        """Ctrl+Shift+F: the search box of the PDF shown, or of the entry's first PDF."""
        if not self.isVisible():
            return
        current = self.tabs.currentWidget()
        tab = current if isinstance(current, FileTab) and current.item.kind == PDF else None
        if tab is None:
            tab = next((t for t in self.file_tabs() if t.item.kind == PDF), None)
            if tab is None:
                return
            self.tabs.setCurrentWidget(tab)
        if isinstance(tab.pane, PdfPane) and not tab.problem():
            tab.pane.focus_search()
        else:
            tab.focus_content()
