"""The proposal reader beside the score form (issue 21), in real widgets on a real package:
text sections and the criterion that brings its section forward, a PDF drawn by Qt's PDF
module (pages, zoom, search), damaged files said in the tab, bytes read only when shown,
and the keyboard."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QObject, QPoint, Qt, Slot
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication

from judge_app.domain.material import IMAGE, PDF, SECTION, VIDEO, MaterialItem
from judge_app.sessions.package import PackageSession
from judge_app.store.database import open_database
from judge_app.store.material import replace_material
from judge_app.ui.judge_workspace import GRID
from judge_app.ui.material_file_tab import FileTab
from judge_app.ui.material_reader import DATA, FILES, PROPOSAL, paragraphs, tab_name
from judge_app.ui.pdf_pane import PdfPane

SECRET_PAGE = 37  # the page of the 50-page PDF that holds the word searched for


def pdf_bytes(pages: int, secret_page: int | None = None) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 14)
        pdf.drawString(72, 760, f"Halaman {number}")
        for line in range(30):
            pdf.drawString(72, 720 - 20 * line, f"Baris {line + 1} uraian inovasi pelayanan")
        if number == secret_page:
            pdf.drawString(72, 100, "Sertifikat kelurahan zamrud")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def png_bytes(width: int = 400, height: int = 300) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x2E7D32)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def section_text(name: str) -> str:
    paragraphs = [f"{name} paragraf {i}: uraian panjang tentang inovasi ini." for i in range(25)]
    return "\n\n".join(paragraphs) + "\nbaris terakhir & <tanda> khusus"


SECTION_IDS = ("ringkasan", "kebaruan", "implementasi", "signifikansi", "adaptabilitas")


def write_material(package: Path, codes: list[str]) -> dict[str, bytes]:
    """Entry 1: sections, a 50-page PDF, an image and a video; entry 2: an unreadable PDF
    (random bytes with their own SHA-256) and a PDF whose stored bytes were tampered
    with; entry 3: no material at all. Returns the stored bytes by file name."""
    blobs: dict[str, bytes] = {}

    def piece(code: str, name: str, kind: str, media: str, data: bytes, position: int, pages=0):
        blobs[name] = data
        digest = hashlib.sha256(data).hexdigest()
        return MaterialItem(code, name, kind, media, len(data), digest, pages, position)

    first, second, third = codes
    sections = [
        piece(first, s, SECTION, "text/plain; charset=utf-8", section_text(s).encode(), i)
        for i, s in enumerate(SECTION_IDS)
    ]
    files = [
        piece(first, "proposal & lampiran.pdf", PDF, "application/pdf", pdf_bytes(50, 37), 0, 50),
        piece(first, "poster.png", IMAGE, "image/png", png_bytes(), 1),
        piece(first, "video profil.mp4", VIDEO, "video/mp4", b"\x00\x00\x00\x18ftypmp42" * 9, 2),
    ]
    broken = [
        piece(second, "rusak.pdf", PDF, "application/pdf", bytes(range(256)) * 40, 0, 3),
        piece(second, "diubah.pdf", PDF, "application/pdf", pdf_bytes(3), 1, 3),
    ]
    db = open_database(package)
    try:
        replace_material(
            db,
            files_of={first: files, second: broken, third: []},
            sections_of={first: sections, second: [], third: []},
            read=lambda item: blobs[item.name],
            audit={},
        )
    finally:
        db.close()
    conn = sqlite3.connect(package)  # the stored bytes no longer match their SHA-256
    with conn:
        conn.execute(
            "UPDATE material_blobs SET data = ? WHERE sha256 = ?",
            [pdf_bytes(4), broken[1].sha256],
        )
    conn.close()
    return blobs


@pytest.fixture
def reading(window, demo, monkeypatch):
    """The window on the first demo package with material written into it; every read of
    material bytes counted: (window, workspace, codes, reads)."""
    package = demo.packages[0].path
    conn = sqlite3.connect(package)
    codes = [row[0] for row in conn.execute("SELECT code FROM entries ORDER BY code LIMIT 3")]
    conn.close()
    write_material(package, codes)
    reads: list[str] = []
    original = PackageSession.material_bytes

    def counted(self, item):
        reads.append(item.name)
        return original(self, item)

    monkeypatch.setattr(PackageSession, "material_bytes", counted)
    assert window.open_path(str(package))
    ws = window.workspace
    QApplication.processEvents()
    return window, ws, codes, reads


def files_read(reads: list[str]) -> list[str]:
    return [name for name in reads if name not in SECTION_IDS]


def show_tab(qtbot, ws, index: int) -> None:
    ws.reader.tabs.setCurrentIndex(index)
    QApplication.processEvents()


def test_opening_reads_no_file_and_the_text_only_when_shown(qtbot, reading) -> None:
    _, ws, codes, reads = reading
    ws.select_code(codes[0])
    assert files_read(reads) == []  # the window opened and an entry shown: no file read
    reader = ws.reader
    assert [reader.tabs.tabText(i) for i in range(reader.tabs.count())] == [
        "Data",
        "Proposal",
        "proposal && lampiran.pdf",
        "poster.png",
        "video profil.mp4",
    ]
    show_tab(qtbot, ws, DATA)
    reads.clear()
    for code in (codes[1], codes[2], codes[0], codes[1]):
        ws.select_code(code)  # the judge keeps to the Data tab: nothing read
    assert reads == []
    ws.select_code(codes[0])
    show_tab(qtbot, ws, PROPOSAL)
    assert sorted(reads) == sorted(SECTION_IDS)  # the text, shown: read once
    reads.clear()
    for code in (codes[2], codes[0], codes[2], codes[0]):
        ws.select_code(code)
    assert files_read(reads) == []  # the files were never shown
    ws.select_code(codes[1])  # no text: its first file is shown, and read; not the second
    assert files_read(reads) == ["rusak.pdf"]
    ws.select_code(codes[0])
    assert reader.tabs.currentIndex() == PROPOSAL  # the judge's choice holds
    reads.clear()
    show_tab(qtbot, ws, FILES)
    assert files_read(reads) == ["proposal & lampiran.pdf"]
    assert not reader.file_tabs()[1].loaded and not reader.file_tabs()[2].loaded


def test_sections_shown_and_a_criterion_brings_its_section_forward(qtbot, reading) -> None:
    _, ws, codes, _ = reading
    ws.select_code(codes[0])
    reader = ws.reader
    show_tab(qtbot, ws, DATA)
    assert ws.panel.title.text() == ws.session.entry(codes[0]).title  # the data, as before
    k2 = next(r for r in ws.form.rows if r.criterion.id == "K2")
    assert k2.criterion.section == "implementasi"
    # beside the proposal the form is narrow: each note under its score
    assert ws.form.narrow and k2.note.geometry().top() > k2.score.geometry().bottom()
    k2.score.setFocus()
    qtbot.waitUntil(lambda: reader.tabs.currentIndex() == PROPOSAL)
    html_text = reader.proposal.toPlainText()
    assert "Summary" in html_text and "Novelty" in html_text  # the names in the UI language
    assert "baris terakhir & <tanda> khusus" in html_text  # plain text, escaped
    browser = reader.proposal

    def top_line() -> str:
        return browser.cursorForPosition(QPoint(10, 12)).block().text()

    qtbot.waitUntil(lambda: top_line() == "Implementation")
    assert browser.verticalScrollBar().value() > 0
    k3 = next(r for r in ws.form.rows if r.criterion.id == "K3")
    k3.score.setFocus()
    qtbot.waitUntil(lambda: top_line() == "Significance")
    # an entry without that section: the reader stays as it is
    assert not reader.show_section("keberlanjutan")
    assert reader.show_section("kebaruan")


def test_paragraphs_are_escaped_and_kept() -> None:
    assert paragraphs("a & b\nc\n\n\n<d>") == "<p>a &amp; b<br>c</p><p>&lt;d&gt;</p>"
    assert tab_name("a&b.pdf") == "a&&b.pdf"
    assert tab_name("Lampiran-3-foto-kegiatan-2023.pdf") == "Lampiran-3-…an-2023.pdf"


def test_pdf_is_drawn_with_pages_zoom_and_search(qtbot, reading) -> None:
    _, ws, codes, _ = reading
    ws.select_code(codes[0])
    show_tab(qtbot, ws, FILES)
    tab = ws.reader.tabs.currentWidget()
    assert isinstance(tab, FileTab) and isinstance(tab.pane, PdfPane)
    pane = tab.pane
    assert tab.problem() is None
    assert pane.page_count() == 50
    assert pane.of_label.text() == "of 50"
    assert "50 pages" in tab.info.text()
    pane.page_box.setValue(20)
    assert pane.page() == 20
    pane.next_page()
    assert pane.page() == 21 and pane.page_box.value() == 21
    pane.previous_page()
    assert pane.page() == 20
    # search: Enter finds the word on its page and says where it is among the hits
    pane.search.setFocus()
    qtbot.keyClicks(pane.search, "zamrud")
    qtbot.keyClick(pane.search, Qt.Key.Key_Return)
    assert pane.hits_label.text() == "1 of 1"
    assert pane.hit_page() == SECRET_PAGE
    assert pane.page() == SECRET_PAGE
    pane.search.clear()
    qtbot.keyClicks(pane.search, "halaman 4")  # Halaman 4 and 40–49: 11 hits
    qtbot.keyClick(pane.search, Qt.Key.Key_Return)
    assert pane.hits_label.text().endswith("of 11")
    first = pane.hit_page()
    qtbot.keyClick(pane.search, Qt.Key.Key_Return)
    assert pane.hit_page() != first
    pane.search.clear()
    qtbot.keyClicks(pane.search, "tidak-ada-di-sini")
    qtbot.keyClick(pane.search, Qt.Key.Key_Return)
    assert pane.hits_label.text() == "not found"
    # zoom: larger, smaller, the page's width again
    pane.fit_width()
    fitted = pane.factor()
    pane.zoom_by(1)
    assert pane.view.zoomMode() == QPdfView.ZoomMode.Custom and pane.factor() > fitted
    pane.zoom_by(-1)
    pane.zoom_by(-1)
    assert pane.factor() < fitted
    pane.fit_width()
    assert pane.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_image_and_video_tabs(qtbot, reading) -> None:
    _, ws, codes, _ = reading
    ws.select_code(codes[0])
    show_tab(qtbot, ws, FILES + 1)
    image = ws.reader.tabs.currentWidget()
    assert image.problem() is None and image.pane is not None
    assert image.pane.picture.pixmap().width() > 0
    before = image.pane.shown_factor()
    image.pane.zoom_by(1)
    assert image.pane.shown_factor() > before
    show_tab(qtbot, ws, FILES + 2)
    video = ws.reader.tabs.currentWidget()
    assert video.pane is None and video.problem() is None
    assert "video profil.mp4" in video.note.text() and "video player" in video.note.text()
    assert video.open_button.isVisibleTo(video)


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot("QUrl")
    def open(self, url) -> None:
        self.urls.append(url.toLocalFile())


def test_open_in_the_system_viewer_writes_a_temporary_copy(qtbot, reading) -> None:
    _, ws, codes, _ = reading
    ws.select_code(codes[0])
    show_tab(qtbot, ws, FILES)
    tab = ws.reader.tabs.currentWidget()
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert len(opened.urls) == 1
    copy = Path(opened.urls[0])
    assert copy.name == "proposal & lampiran.pdf"
    assert copy.parent.name == codes[0]
    assert copy.read_bytes()[:5] == b"%PDF-"
    assert str(copy) in tab.info.text()


def test_damaged_files_are_said_in_their_tab(qtbot, reading) -> None:
    _, ws, codes, _ = reading
    ws.select_code(codes[1])
    reader = ws.reader
    assert reader.tabs.currentIndex() == FILES  # no text: the first file
    unreadable, tampered = reader.file_tabs()
    assert unreadable.problem() is not None
    assert "“rusak.pdf”" in unreadable.problem() and "not a readable PDF" in unreadable.problem()
    assert unreadable.open_button.isVisibleTo(unreadable)  # another viewer may manage
    show_tab(qtbot, ws, FILES + 1)
    assert tampered.problem() is not None
    assert "diubah.pdf" in tampered.problem() and "SHA-256" in tampered.problem()
    assert not tampered.open_button.isVisibleTo(tampered)  # no wrong bytes handed on
    show_tab(qtbot, ws, PROPOSAL)
    assert "no text sections" in reader.proposal.toPlainText()


def test_an_entry_without_material_says_so_calmly(qtbot, reading) -> None:
    _, ws, codes, _ = reading
    ws.select_code(codes[2])
    reader = ws.reader
    assert reader.tabs.currentIndex() == DATA
    assert reader.no_material.isVisibleTo(reader)
    assert reader.no_material.text() == "No proposal material for this entry."
    assert reader.tabs.count() == 2
    assert not reader.show_section("kebaruan")
    show_tab(qtbot, ws, PROPOSAL)
    assert reader.proposal.toPlainText() == "No proposal material for this entry."


def key(qtbot, keys, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), keys, modifier)
    QApplication.processEvents()


def test_keyboard(qtbot, reading) -> None:
    _, ws, codes, _ = reading
    ctrl = Qt.KeyboardModifier.ControlModifier
    ws.select_code(codes[0])
    reader = ws.reader
    k3 = next(r for r in ws.form.rows if r.criterion.id == "K3")
    k3.score.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is k3.score)
    assert reader.tabs.currentIndex() == PROPOSAL
    key(qtbot, Qt.Key.Key_R, ctrl)  # Ctrl+R: read
    assert QApplication.focusWidget() is reader.proposal
    key(qtbot, Qt.Key.Key_PageDown, ctrl)  # Ctrl+PgDn: the next tab, the PDF
    assert reader.tabs.currentIndex() == FILES
    pane = reader.tabs.currentWidget().pane
    assert QApplication.focusWidget() is pane.view
    key(qtbot, Qt.Key.Key_PageDown)
    key(qtbot, Qt.Key.Key_PageDown)
    assert pane.page() == 3
    key(qtbot, Qt.Key.Key_PageUp)
    assert pane.page() == 2
    fitted = pane.factor()
    key(qtbot, Qt.Key.Key_Plus, ctrl)
    assert pane.factor() > fitted
    key(qtbot, Qt.Key.Key_0, ctrl)
    assert pane.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    key(qtbot, Qt.Key.Key_Minus, ctrl)
    assert pane.factor() < fitted
    key(qtbot, Qt.Key.Key_F, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is pane.search
    qtbot.keyClicks(pane.search, "zamrud")
    key(qtbot, Qt.Key.Key_Return)
    assert pane.page() == SECRET_PAGE
    key(qtbot, Qt.Key.Key_PageUp, ctrl)  # back to the text
    assert reader.tabs.currentIndex() == PROPOSAL
    key(qtbot, Qt.Key.Key_Escape)  # Esc: back to the criterion being scored
    assert QApplication.focusWidget() is k3.score
    assert reader.tabs.currentIndex() == PROPOSAL  # coming back leaves the reader be
    key(qtbot, Qt.Key.Key_F, ctrl)  # Ctrl+F is still the entry search
    assert QApplication.focusWidget() is ws.search
    # from the search: Ctrl+Shift+F goes to the PDF's own search
    key(qtbot, Qt.Key.Key_F, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is pane.search
    ws.set_mode(GRID)  # the reader is not shown: its keys do nothing
    key(qtbot, Qt.Key.Key_R, ctrl)
    key(qtbot, Qt.Key.Key_F, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is ws.grid_view


def test_score_saved_keeps_the_pdf_where_it_is(qtbot, reading) -> None:
    """Each saved score repaints the entry: the PDF is not read or reset again."""
    _, ws, codes, reads = reading
    ws.select_code(codes[0])
    show_tab(qtbot, ws, FILES)
    pane = ws.reader.tabs.currentWidget().pane
    pane.go_to_page(12)
    reads.clear()
    row = ws.form.rows[3]
    row.score.setText("80")
    row.score.setModified(True)
    ws.form._commit_score(row)
    assert ws.session.value(codes[0], row.criterion.id) == 80
    assert reads == [] and ws.reader.tabs.currentWidget().pane is pane
    assert pane.page() == 12
