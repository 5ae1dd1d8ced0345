"""A PDF of an entry's proposal, drawn by Qt's own PDF module: every page in one scroll, the
page number and zoom, and search. The bytes come from the package in memory: reading a
proposal leaves no copy of it on the disk."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfLink, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from judge_app.ui.zoom import ZoomControls, add_zoom_keys, stepped

# how far above a search hit the view starts, in points: the line before it shows too
HIT_CONTEXT = 36.0


class PdfPane(QWidget):
    failed = Signal(str)  # the document turned out unreadable after loading began

    def __init__(self, name: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)  # the document reads from it as long as it is shown
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("PDF %1").replace("%1", name))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setDocument(self.document)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.view.setSearchModel(self.search_model)
        self._hits: list[QPdfLink] = []
        self._hit = -1
        self._searched = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._build_toolbar())
        layout.addWidget(self.view, 1)
        self.problem: str | None = None
        self.document.statusChanged.connect(self._status_changed)
        self.document.load(self._buffer)
        self.problem = self._problem()
        self._status_changed()
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.view.zoomFactorChanged.connect(lambda _f: self._show_zoom())
        self.view.zoomModeChanged.connect(lambda _m: self._show_zoom())
        self.view.viewport().installEventFilter(self)  # fitting the width: a new factor
        self._keys()

    def _build_toolbar(self) -> QHBoxLayout:
        """Pages, zoom and search on one row: the page keeps the height."""
        style = self.style()
        self.previous_button = QToolButton()
        self.previous_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.previous_button.setToolTip(self.tr("Previous page (PgUp)"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.previous_button.setAutoRaise(True)
        self.previous_button.clicked.connect(self.previous_page)
        self.page_box = QSpinBox()
        self.page_box.setObjectName("pageBox")
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.setToolTip(self.tr("The page shown: type a number to go there"))
        self.page_box.valueChanged.connect(self.go_to_page)
        self.of_label = QLabel()
        self.next_button = QToolButton()
        self.next_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.next_button.setToolTip(self.tr("Next page (PgDn)"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.next_button.setAutoRaise(True)
        self.next_button.clicked.connect(self.next_page)
        self.zoom = ZoomControls()
        self.zoom.zoomIn.connect(lambda: self.zoom_by(1))
        self.zoom.zoomOut.connect(lambda: self.zoom_by(-1))
        self.zoom.fitWidth.connect(self.fit_width)
        self.search = QLineEdit()
        self.search.setObjectName("pdfSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find in the PDF (Ctrl+Shift+F)"))
        self.search.setAccessibleName(self.tr("Find in the PDF"))
        self.search.setToolTip(
            self.tr("Enter: the next place it occurs; Shift+Enter: the one before")
        )
        self.search.returnPressed.connect(lambda: self.find_next(1))
        self.search.textEdited.connect(lambda _t: self._clear_hits())
        back = QShortcut(QKeySequence("Shift+Return"), self.search, lambda: self.find_next(-1))
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.hits_label = QLabel()
        self.hits_label.setObjectName("hitsLabel")
        row = QHBoxLayout()
        row.setSpacing(2)
        for widget in (self.previous_button, self.page_box, self.of_label, self.next_button):
            row.addWidget(widget)
        row.addSpacing(8)
        row.addWidget(self.zoom)
        row.addSpacing(8)
        row.addWidget(self.search, 1)
        row.addWidget(self.hits_label)
        return row

    def _keys(self) -> None:
        for sequence, action in (
            (QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), self.previous_page),
            (QKeySequence(QKeySequence.StandardKey.MoveToNextPage), self.next_page),
        ):
            shortcut = QShortcut(sequence, self, action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add_zoom_keys(self, lambda: self.zoom_by(1), lambda: self.zoom_by(-1), self.fit_width)

    # -- the document ----------------------------------------------------------------------

    def _problem(self) -> str | None:
        """Why the document cannot be shown, naming the file; None while it can."""
        if self.document.status() != QPdfDocument.Status.Error:
            return None
        error = self.document.error()
        if error in (
            QPdfDocument.Error.IncorrectPassword,
            QPdfDocument.Error.UnsupportedSecurityScheme,
        ):
            text = self.tr(
                "“%1” is protected by a password and cannot be shown here. Try “Open in the "
                "system viewer”."
            )
        else:
            text = self.tr(
                "“%1” cannot be shown here: it is not a readable PDF. Try “Open in the system "
                "viewer”, or ask the secretariat for a new copy."
            )
        return text.replace("%1", self.name)

    def _status_changed(self) -> None:
        pages = self.document.pageCount()
        self.page_box.setMaximum(max(pages, 1))
        self.of_label.setText(self.tr("of %1").replace("%1", str(pages)))
        self._show_zoom()
        problem = self._problem()
        if problem and not self.problem:  # unreadable only once loading went on
            self.problem = problem
            self.failed.emit(problem)

    def page_count(self) -> int:
        return self.document.pageCount()

    # -- pages -----------------------------------------------------------------------------

    def page(self) -> int:
        """The page shown, counted from 1."""
        return self.view.pageNavigator().currentPage() + 1

    def go_to_page(self, page: int) -> None:
        page = min(max(page, 1), max(self.page_count(), 1))
        navigator = self.view.pageNavigator()
        if page - 1 != navigator.currentPage():
            navigator.jump(page - 1, QPointF(), navigator.currentZoom())
        self._page_changed(navigator.currentPage())

    def previous_page(self) -> None:
        self.go_to_page(self.page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.page() + 1)

    def _page_changed(self, index: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < self.page_count())

    # -- zoom ------------------------------------------------------------------------------

    def factor(self) -> float:
        """The size shown, 1.0 = the paper's size: fitting the width gives any factor."""
        if self.view.zoomMode() != QPdfView.ZoomMode.FitToWidth or self.page_count() == 0:
            return self.view.zoomFactor()
        paper = self.document.pagePointSize(max(self.view.pageNavigator().currentPage(), 0))
        screen = QGuiApplication.primaryScreen()
        dots = (screen.logicalDotsPerInch() if screen else 96.0) / 72.0
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        return room / (paper.width() * dots) if paper.width() > 0 else 1.0

    def zoom_by(self, direction: int) -> None:
        factor = stepped(self.factor(), direction)
        self._keeping_place(QPdfView.ZoomMode.Custom, factor)

    def fit_width(self) -> None:
        self._keeping_place(QPdfView.ZoomMode.FitToWidth, self.view.zoomFactor())

    def _keeping_place(self, mode: QPdfView.ZoomMode, factor: float) -> None:
        """Zoom about the middle of the view: the lines being read stay in sight."""
        bar = self.view.verticalScrollBar()
        middle = (bar.value() + bar.pageStep() / 2) / max(bar.maximum() + bar.pageStep(), 1)
        self.view.setZoomMode(mode)
        self.view.setZoomFactor(factor)
        bar.setValue(round(middle * (bar.maximum() + bar.pageStep()) - bar.pageStep() / 2))
        self._show_zoom()

    def _show_zoom(self) -> None:
        self.zoom.show_factor(self.factor())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._show_zoom()
        return super().eventFilter(watched, event)

    # -- search ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _clear_hits(self) -> None:
        self._searched = ""
        self._hits = []
        self._hit = -1
        self.hits_label.clear()

    def find_next(self, step: int = 1) -> None:
        """Enter in the search box: the first place the text occurs from the page shown on,
        then the next (Shift+Enter the one before), round the document."""
        text = self.search.text().strip()
        if not text:
            self._clear_hits()
            self.search_model.setSearchString("")
            return
        if text != self._searched:
            self._searched = text
            self.search_model.setSearchString(text)
            # page by page here and now: the model alone finds one page a tick, slowly
            self._hits = [
                link
                for page in range(self.page_count())
                for link in self.search_model.resultsOnPage(page)
            ]
            shown = self.page() - 1
            after = [i for i, link in enumerate(self._hits) if link.page() >= shown]
            first = after[0] if after else 0
            self._hit = first if step > 0 else (first - 1) % max(len(self._hits), 1)
        elif self._hits:
            self._hit = (self._hit + step) % len(self._hits)
        if not self._hits:
            self.hits_label.setText(self.tr("not found"))
            return
        link = self._hits[self._hit]
        self.hits_label.setText(
            self.tr("%1 of %2")
            .replace("%1", str(self._hit + 1))
            .replace("%2", str(len(self._hits)))
        )
        self.view.setCurrentSearchResultIndex(self._hit)
        where = link.location()
        navigator = self.view.pageNavigator()
        navigator.jump(
            link.page(), QPointF(0.0, max(where.y() - HIT_CONTEXT, 0.0)), navigator.currentZoom()
        )
        self._page_changed(navigator.currentPage())

    def hit_page(self) -> int | None:
        """The page of the search hit shown, counted from 1 (None: none shown)."""
        return self._hits[self._hit].page() + 1 if 0 <= self._hit < len(self._hits) else None
