"""Importing proposal material into a master (issue 21) with real files: PDFs made by
reportlab, images by Pillow, a truncated PDF, random bytes, a spreadsheet in CSV and XLSX.
Every problem of a source is named at once, by entry, file and reason, and the master is
left byte for byte as it was; a re-import says what each entry gained, changed and lost."""

from __future__ import annotations

import io
import random
import sqlite3
from pathlib import Path

import pytest

from judge_app import services
from judge_app.base.errors import ImportProblems
from tests.conftest import file_hash, write_csv

HEADERS = ["Kode", "Ringkasan", "Latar Belakang", "Kebaruan", "Implementasi"]


def pdf_bytes(pages: int = 2, words: str = "Proposal") -> bytes:
    """A real PDF of `pages` pages (Helvetica: a couple of kilobytes)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    for page in range(pages):
        canvas.drawString(72, 720, f"{words}, halaman {page + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def png_bytes(colour: str = "#2f6f9f", size: tuple[int, int] = (80, 60)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def noise_png(size: int) -> bytes:
    """A PNG that does not compress: about `size` bytes of seeded noise."""
    from PIL import Image

    side = int((size / 3) ** 0.5) + 1
    data = random.Random(7).randbytes(side * side * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (side, side), data).save(out, "PNG")
    return out.getvalue()


def put(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def sections_row(code: str, tag: str = "") -> list[str]:
    return [
        code,
        f"Ringkasan {code}{tag}",
        f"Latar belakang {code}",
        f"Kebaruan {code}{tag}",
        f"Implementasi {code}",
    ]


@pytest.fixture
def good_source(tmp_path: Path) -> Path:
    """E1 and E2 with files, E3 with sections only; the sections CSV at the top."""
    source = tmp_path / "materi"
    put(source / "E1" / "proposal.pdf", pdf_bytes(3))
    put(source / "E1" / "lampiran" / "sk.pdf", pdf_bytes(1, "Surat keputusan"))
    put(source / "E2" / "proposal.pdf", pdf_bytes(2))
    put(source / "E2" / "foto.png", png_bytes())
    write_csv(
        source / "sections.csv",
        [HEADERS, sections_row("E1"), sections_row("E2"), sections_row("E3")],
    )
    return source


def stored(master: Path) -> dict[str, dict[str, str]]:
    """Entry -> {piece name: kind} as the master lists them."""
    out: dict[str, dict[str, str]] = {}
    for item in services.list_material(master):
        out.setdefault(item.entry_code, {})[item.name] = item.kind
    return out


def section_text(master: Path, code: str, section: str) -> str:
    conn = sqlite3.connect(master)
    try:
        (data,) = conn.execute(
            "SELECT b.data FROM material m JOIN material_blobs b ON b.sha256 = m.sha256 "
            "WHERE m.entry_code = ? AND m.name = ? AND m.kind = 'section'",
            [code, section],
        ).fetchone()
    finally:
        conn.close()
    return bytes(data).decode("utf-8")


def test_a_good_source_is_stored(master: Path, good_source: Path) -> None:
    done = services.import_material(master, good_source)
    assert (done.entries, done.files, done.sections) == (3, 4, 12)
    assert done.sections_file == good_source / "sections.csv"
    assert done.new == ("E1", "E2", "E3") and done.changed == {} and done.unchanged == 0
    held = stored(master)
    assert held["E1"] == {
        "proposal.pdf": "pdf",
        "lampiran/sk.pdf": "pdf",
        "ringkasan": "section",
        "latar_belakang": "section",
        "kebaruan": "section",
        "implementasi": "section",
    }
    assert held["E2"]["foto.png"] == "image"
    assert set(held["E3"]) == {"ringkasan", "latar_belakang", "kebaruan", "implementasi"}
    pages = {i.name: i.pages for i in services.list_material(master, "E1") if i.kind == "pdf"}
    assert pages == {"proposal.pdf": 3, "lampiran/sk.pdf": 1}
    assert section_text(master, "E2", "kebaruan") == "Kebaruan E2"


def test_every_problem_at_once_and_nothing_written(master: Path, tmp_path: Path) -> None:
    source = tmp_path / "materi"
    whole = pdf_bytes(4)
    put(source / "E1" / "proposal.pdf", whole)
    put(source / "E1" / "rusak.pdf", random.Random(3).randbytes(4000))  # not a PDF at all
    put(source / "E1" / "terpotong.pdf", whole[: len(whole) // 3])  # cut off mid-file
    put(source / "E1" / "besar.png", noise_png(150_000))
    put(source / "E2" / "proposal.docx", b"PK\x03\x04 a Word file")
    put(source / "E2" / "video.mp4", b"\x00\x00\x00\x18ftypmp42" + bytes(100))
    put(source / "E9" / "proposal.pdf", pdf_bytes(2))  # no entry E9
    put(source / "catatan.txt", b"loose at the top")
    write_csv(
        source / "sections.csv",
        [HEADERS, sections_row("E1"), sections_row("E7"), sections_row("E1", " lagi")],
    )
    before = file_hash(master)
    with pytest.raises(ImportProblems) as raised:
        services.import_material(master, source, max_mb=0.1)
    problems = raised.value.problems
    text = "\n".join(problems)

    def one(*fragments: str) -> str:
        found = [p for p in problems if all(f in p for f in fragments)]
        assert len(found) == 1, (fragments, text)
        return found[0]

    one("folder E9", "unknown entry code")
    one("entry E3", "no material")
    one("entry E1", "E1/rusak.pdf", "damaged or unreadable PDF", "does not start as a PDF")
    one("entry E1", "E1/terpotong.pdf", "damaged or unreadable PDF")
    one("entry E2", "E2/proposal.docx", "unsupported type .docx")
    one("entry E2", "E2/video.mp4", "a video file")
    one("entry E1", "E1/besar.png", "over the limit of 0.1 MB")
    one("sections.csv, row 3", "unknown entry code 'E7'")
    one("sections.csv, row 4", "entry E1 again (already on row 2)")
    one("catatan.txt", "a file outside the entries' folders")
    assert len(problems) == 10, text
    assert not any("E1/proposal.pdf" in p for p in problems)  # the good file is not blamed
    assert file_hash(master) == before
    assert services.list_material(master) == []


def test_a_reimport_says_what_changed(master: Path, good_source: Path) -> None:
    services.import_material(master, good_source)
    again = services.import_material(master, good_source)
    assert again.changed == {} and again.new == () and again.unchanged == 3

    (good_source / "E1" / "lampiran" / "sk.pdf").unlink()
    put(good_source / "E1" / "anggaran.pdf", pdf_bytes(1, "Anggaran"))
    put(good_source / "E2" / "foto.png", png_bytes("#aa3333"))
    write_csv(
        good_source / "sections.csv",
        [HEADERS, sections_row("E1"), sections_row("E2", " (revisi)"), sections_row("E3")],
    )
    done = services.import_material(master, good_source)
    assert set(done.changed) == {"E1", "E2"} and done.unchanged == 1
    e1, e2 = done.changed["E1"], done.changed["E2"]
    assert (e1.added, e1.changed, e1.removed) == (("anggaran.pdf",), (), ("lampiran/sk.pdf",))
    assert e2.added == () and e2.removed == ()
    assert set(e2.changed) == {"foto.png", "ringkasan", "kebaruan"}
    assert section_text(master, "E2", "ringkasan") == "Ringkasan E2 (revisi)"
    assert "lampiran/sk.pdf" not in stored(master)["E1"]


def test_only_files_keeps_the_sections(master: Path, good_source: Path) -> None:
    """A folder without a spreadsheet replaces files only; the sections stay."""
    services.import_material(master, good_source)
    (good_source / "sections.csv").unlink()
    done = services.import_material(master, good_source)
    assert done.sections_file is None and done.sections == 0
    assert section_text(master, "E3", "kebaruan") == "Kebaruan E3"


def test_videos_when_asked(master: Path, good_source: Path) -> None:
    put(good_source / "E2" / "video.mp4", b"\x00\x00\x00\x18ftypmp42" + bytes(2000))
    with pytest.raises(ImportProblems, match="a video file"):
        services.import_material(master, good_source)
    done = services.import_material(master, good_source, videos=True)
    assert done.files == 5
    assert stored(master)["E2"]["video.mp4"] == "video"


def test_xlsx_sections_with_indonesian_headers_and_odd_unicode(
    master: Path, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    source = tmp_path / "materi"
    put(source / "E1" / "proposal.pdf", pdf_bytes(2))
    book = Workbook()
    sheet = book.active
    sheet.append(
        [
            "Kode",
            "Ringkasan",
            "Latar Belakang",
            "Kebaruan",
            "Implementasi",
            "Signifikansi",
            "Adaptabilitas",
            "Sumber Daya",
            "Keberlanjutan",
        ]
    )
    odd = "Layanan 🚑 cepat untuk warga — \u062e\u062f\u0645\u0629 (Arab) dan 日本語 ✓"
    sheet.append(["E2", odd, "Dua\nbaris", "Keunikan", "Penerapan", "Dampak", "Bisa", "SDM", "Ya"])
    sheet.append(["e3", "Huruf kecil pada kode tetap dikenali"])
    book.save(source / "bagian.xlsx")
    done = services.import_material(master, source)
    assert done.sections_file == source / "bagian.xlsx"
    assert done.sections == 9
    assert section_text(master, "E2", "ringkasan") == odd
    assert section_text(master, "E2", "latar_belakang") == "Dua\nbaris"
    assert set(stored(master)["E2"]) == {
        "ringkasan",
        "latar_belakang",
        "kebaruan",
        "implementasi",
        "signifikansi",
        "adaptabilitas",
        "sumber_daya",
        "keberlanjutan",
    }
    assert set(stored(master)["E3"]) == {"ringkasan"}

    # an invisible direction control could make a section read backwards: refused
    sheet.append(["E1", "Teks \u202eterbalik"])
    book.save(source / "bagian.xlsx")
    before = file_hash(master)
    with pytest.raises(ImportProblems) as raised:
        services.import_material(master, source)
    (problem,) = raised.value.problems
    assert "bagian.xlsx" in problem and "row 4" in problem
    assert "direction control (U+202E)" in problem
    assert file_hash(master) == before


def test_several_spreadsheets_need_one_named(master: Path, good_source: Path) -> None:
    write_csv(good_source / "lain.csv", [HEADERS, sections_row("E1")])
    with pytest.raises(ImportProblems, match="several spreadsheets"):
        services.import_material(master, good_source)
    outside = write_csv(
        good_source.parent / "bagian.csv", [HEADERS, sections_row("E1"), sections_row("E3")]
    )
    (good_source / "lain.csv").unlink()
    (good_source / "sections.csv").unlink()
    done = services.import_material(master, good_source, outside)
    assert done.sections_file == outside and done.entries == 3


def test_naming_one_of_several_spreadsheets_is_enough(master: Path, good_source: Path) -> None:
    write_csv(good_source / "lain.csv", [HEADERS, sections_row("E1")])
    done = services.import_material(master, good_source, good_source / "sections.csv")
    assert done.entries == 3
