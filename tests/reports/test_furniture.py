"""The furniture every document shares (issue 17): page numbers in words, the kop surat on
the first page (portrait and landscape), every font embedded, the meterai box beside the
signature, QR texts a person can read, and the dates the stamps print."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Table

from judge_app.domain import dates
from judge_app.domain.officials import Letterhead
from judge_app.reports import layout
from judge_app.reports.layout import Footer, Placement, para, qr_image, qr_text, styles
from judge_app.reports.signature_block import Signatory, signature_block

ROOT = Path(__file__).resolve().parents[2]
LOGO = ROOT / "resources" / "demo" / "logo.png"
KOP = Letterhead(
    lines=(
        "PEMERINTAH PROVINSI BANTEN",
        "SEKRETARIAT DAERAH",
        "Jl. Syekh Nawawi Al-Bantani, Serang",
    ),
    logo=LOGO.read_bytes(),
)


def _run(*command: str | Path) -> str:
    return subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, check=True
    ).stdout


def _pdf(tmp_path: Path, data: bytes, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _pages(tmp_path: Path, data: bytes) -> list[str]:
    return _run("pdftotext", "-layout", _pdf(tmp_path, data), "-").split("\f")[:-1]


def _three_pages(**kwargs) -> bytes:
    st = styles()
    story = [para("Satu", st["body"]), PageBreak(), para("Dua", st["body"]), PageBreak()]
    story.append(para("Tiga", st["body"]))
    return layout.build(story, Footer("judge-app · sha256 0123abcd"), "t", "a", **kwargs)


@pytest.mark.parametrize(("locale", "label"), [("id", "Halaman {} dari 3"), ("en", "Page {} of 3")])
def test_every_page_says_which_of_how_many(tmp_path: Path, locale: str, label: str) -> None:
    pages = _pages(tmp_path, _three_pages(locale=locale))
    assert len(pages) == 3
    for number, text in enumerate(pages, 1):
        assert label.format(number) in text
        assert "judge-app · sha256 0123abcd" in text


def test_the_technical_footer_is_small_and_the_page_label_readable(tmp_path: Path) -> None:
    path = _pdf(tmp_path, _three_pages())
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    heights = {}
    for line in xml.splitlines():
        if "<word" in line:
            word = line.rsplit(">", 2)[-2].split("<")[0]
            y_min = float(line.split('yMin="')[1].split('"')[0])
            y_max = float(line.split('yMax="')[1].split('"')[0])
            heights.setdefault(word, y_max - y_min)
    assert heights["0123abcd"] < heights["Halaman"]
    assert 5 < heights["0123abcd"] < 8  # about 6 pt type: small, still readable


@pytest.mark.parametrize("pagesize", [A4, landscape(A4)], ids=["portrait", "landscape"])
def test_the_letterhead_opens_the_first_page_only(tmp_path: Path, pagesize) -> None:
    data = _three_pages(letterhead=KOP, pagesize=pagesize)
    pages = _pages(tmp_path, data)
    first = pages[0]
    assert "PEMERINTAH PROVINSI BANTEN" in first
    assert first.index("PEMERINTAH PROVINSI BANTEN") < first.index("SEKRETARIAT DAERAH")
    assert first.index("Al-Bantani") < first.index("Satu")  # above the document's text
    assert all("PEMERINTAH" not in page for page in pages[1:])
    # the logo is drawn once, on the first page
    images = _run("pdfimages", "-list", _pdf(tmp_path, data))
    assert [line.split()[0] for line in images.splitlines()[2:]] == ["1", "1"]  # image + mask


def test_the_letterhead_lines_are_centred_on_the_page(tmp_path: Path) -> None:
    for pagesize in (A4, landscape(A4)):
        data = _three_pages(letterhead=KOP, pagesize=pagesize)
        path = _pdf(tmp_path, data)
        xml = subprocess.run(
            ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        words = [line for line in xml.splitlines() if "<word" in line]
        first = [w for w in words if ">PEMERINTAH<" in w or ">BANTEN<" in w]
        x_min = float(first[0].split('xMin="')[1].split('"')[0])
        x_max = float(first[-1].split('xMax="')[1].split('"')[0])
        assert abs((x_min + x_max) / 2 - pagesize[0] / 2) < 3  # points


def test_no_letterhead_when_none_or_empty(tmp_path: Path) -> None:
    for letterhead in (None, Letterhead()):
        pages = _pages(tmp_path, _three_pages(letterhead=letterhead))
        assert pages[0].split()[0] == "Satu"


def test_letterhead_flowables_without_logo_fit_the_width() -> None:
    flowables = layout.letterhead_flowables(Letterhead(("SATU", "dua")), 170 * mm)
    width, _ = flowables[0].wrap(170 * mm, 100 * mm)
    assert width == pytest.approx(170 * mm)
    assert any(isinstance(f, layout.DoubleRule) for f in flowables)


def test_every_font_is_embedded(tmp_path: Path) -> None:
    """Tables, letterhead, QR caption and the meterai box: nothing falls back to
    reportlab's Helvetica, which a PDF names without embedding."""
    placement = Placement()
    story = [
        Table([["plain", "cells"]]),  # a table with reportlab's default style
        signature_block(
            Signatory("Çağrı Ñúñez", "1", "Serang, 1 Mei 2024", "Juri,", meterai=True),
            placement,
            [qr_image("judge-app:test", 26 * mm, locale="id")],
        ),
    ]
    data = layout.build(story, Footer("f"), "t", "a", letterhead=KOP)
    fonts = _run("pdffonts", _pdf(tmp_path, data)).splitlines()[2:]
    assert fonts
    assert all(line.split()[-5] == "yes" for line in fonts), fonts
    assert not any("Helvetica" in line or "Courier" in line for line in fonts)


@pytest.mark.parametrize(
    ("locale", "words", "value"),
    [("id", "Meterai", "10.000"), ("en", "Duty stamp", "Rp10,000")],
)
def test_the_meterai_box_sits_level_with_the_signature(
    tmp_path: Path, locale: str, words: str, value: str
) -> None:
    placement = Placement()
    block = signature_block(
        Signatory("Nama Juri", "197205141998032004", "Serang, 1 Mei 2024", "Juri,", meterai=True),
        placement,
        locale=locale,
    )
    data = layout.build([block], Footer("f"), "t", "a", locale=locale)
    text = _pages(tmp_path, data)[0]
    assert words in text and value in text and "MATERAI" not in text.upper().replace("METERAI", "")
    lines = text.splitlines()
    caption = next(i for i, line in enumerate(lines) if "Juri," in line)
    stamp = next(i for i, line in enumerate(lines) if words in line)
    name = next(i for i, line in enumerate(lines) if "Nama Juri" in line)
    assert caption < stamp < name  # between the caption and the name: the signature's row
    # at the left of the signer's column, where the caption starts
    assert abs(lines[stamp].index(words[0]) - lines[caption].index("Juri,")) < 8


def test_the_old_spelling_still_asks_for_the_box(tmp_path: Path) -> None:
    block = signature_block(Signatory("N", "1", "p", "c", materai=True), Placement())
    assert "Meterai" in _pages(tmp_path, layout.build([block], Footer("f"), "t", "a"))[0]


def test_qr_text_says_what_a_person_needs_and_ends_with_the_machine_id() -> None:
    machine = "judge-app:results:abc:mean:0123"
    text = qr_text("Rekapitulasi Nilai KIPP 2023", "Sekretariat", "0123abcd", machine, "id")
    assert text.splitlines() == [
        "Rekapitulasi Nilai KIPP 2023",
        "Ditandatangani: Sekretariat",
        "Hash: 0123abcd",
        "Periksa: judge-app verify <berkas>",
        machine,
    ]
    english = qr_text("Score summary", "Çağrı", "0123abcd", machine, "en")
    assert "Signed by: Çağrı" in english and "Check: judge-app verify <file>" in english
    assert layout.machine_id(text) == machine
    assert layout.machine_id(machine) == machine  # a bare identifier (older documents)
    assert "Ditandatangani" not in qr_text("X", "", "", machine, "id")


def test_the_subject_stays_the_machine_id(tmp_path: Path) -> None:
    machine = "judge-app:berita-acara:abc:0123"
    data = _three_pages(subject=qr_text("Berita Acara", "S", "0123", machine, "id"))
    info = subprocess.run(
        ["pdfinfo", str(_pdf(tmp_path, data))], capture_output=True, text=True, check=True
    ).stdout
    assert f"Subject:         {machine}\n" in info


@pytest.mark.parametrize(("locale", "words"), [("id", "Pindai untuk memeriksa"), ("en", "Scan")])
def test_the_qr_code_has_a_caption_when_asked(tmp_path: Path, locale: str, words: str) -> None:
    data = layout.build([qr_image("judge-app:x", locale=locale)], Footer("f"), "t", "a")
    assert words in _pages(tmp_path, data)[0]
    assert isinstance(qr_image("judge-app:x"), layout.Image)  # unchanged without a locale


def test_signing_moments_in_the_competitions_zone() -> None:
    utc = dt.datetime(2026, 12, 6, 14, 5, 33, tzinfo=dt.UTC)
    assert dates.stamp_time(utc, "WIB") == "6 Desember 2026 21.05 WIB"
    assert dates.stamp_time(utc, "WIB", "en") == "6 December 2026 21:05 WIB"
    assert dates.signing_words(utc, "WIB") == "6 Desember 2026 pukul 21.05 WIB"
    assert dates.signing_words(utc, "WIB", "en") == "6 December 2026 at 21:05 WIB"
    # WIT is UTC+9: past midnight, the date moves on
    assert dates.signing_words(dt.datetime(2026, 12, 6, 15, 30, tzinfo=dt.UTC), "WIT") == (
        "7 Desember 2026 pukul 00.30 WIT"
    )
    assert dates.time_of_day(dt.datetime(2026, 1, 1, 8, 7), "id") == "08.07"
    # a naive moment is read on the zone's own clock
    assert dates.stamp_time(dt.datetime(2026, 12, 6, 21, 5), "WITA") == (
        "6 Desember 2026 21.05 WITA"
    )
    now = dates.now_in("WITA")
    assert now.utcoffset() == dt.timedelta(hours=8) and now.microsecond == 0
    with pytest.raises(ValueError):
        dates.now_in("UTC")


def test_furniture_registers_its_fonts_itself() -> None:
    """A fresh process that starts with the QR caption, the letterhead or the meterai
    box (no styles() called yet) still finds DejaVu."""
    code = (
        "from judge_app.reports import layout, signature_block as s\n"
        "from judge_app.domain.officials import Letterhead\n"
        "layout.qr_image('judge-app:x', locale='id')\n"
        "layout.letterhead_flowables(Letterhead(('A',)), 400)\n"
        "s.meterai_box('en')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_a_jpeg_logo_keeps_its_proportions(tmp_path: Path) -> None:
    from PIL import Image as PilImage

    buffer = io.BytesIO()
    PilImage.new("RGB", (600, 200), (20, 60, 120)).save(buffer, "JPEG")
    flowables = layout.letterhead_flowables(Letterhead(("SATU",), buffer.getvalue()), 170 * mm)
    logo = flowables[0]._cellvalues[0][0]
    assert logo.drawHeight == pytest.approx(40 * mm / 3)  # 3:1, capped at 40 mm wide
    assert logo.drawWidth == pytest.approx(40 * mm)
    letterhead = Letterhead(("SATU",), buffer.getvalue())
    data = layout.build([para("x", styles()["body"])], Footer("f"), "t", "a", letterhead=letterhead)
    assert "SATU" in _pages(tmp_path, data)[0]
