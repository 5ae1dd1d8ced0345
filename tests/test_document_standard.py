"""Every document the demo produces meets what the README states (issue 17): every font
embedded, a structurally sound PDF (qpdf --check), a valid signature (pdfsig), a page
label and the letterhead on the first page."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

from judge_app import services
from tests.conftest import TEST_PASSPHRASE


def run(*args: object) -> str:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, check=True).stdout


def test_every_document_embeds_its_fonts_and_is_sound(
    signed, undeclared_demo, tmp_path: Path
) -> None:
    master = tmp_path / "m.sqlite"
    shutil.copyfile(signed.master, master)
    services.merge(master, [p.path for p in signed.packages])
    day = dt.date(2023, 12, 20)
    documents = [
        services.results_pdf(master, tmp_path / "rekap.pdf", TEST_PASSPHRASE, day=day),
        services.berita_acara_pdf(
            master, tmp_path / "ba.pdf", TEST_PASSPHRASE, number="001/BA/2023", day=day
        ),
        *sorted(tmp_path.glob("J*.pdf")),  # the judges' signed recaps (the fixture's)
    ]
    request = services.DeclarationRequest(
        "Serang", day, conflicts={"KIPP23-009": "Narasumber penyusunan proposal"}
    )
    package = undeclared_demo.packages[2].path
    services.declare(package, request, tmp_path / "pernyataan", TEST_PASSPHRASE)
    documents += sorted((tmp_path / "pernyataan").glob("*.pdf"))  # pakta and konflik
    blank = tmp_path / "blank.pdf"
    services.blank_sheets(signed.packages[0].path, blank)
    assert len(documents) == 2 + 5 + 2
    for path in [*documents, blank]:
        fonts = run("pdffonts", path).splitlines()[2:]
        assert fonts, path
        for line in fonts:
            assert line.split()[-5] == "yes", f"{path.name}: not embedded: {line}"
        assert "No syntax or stream encoding errors found" in run("qpdf", "--check", path)
        first = run("pdftotext", "-l", "1", path, "-")
        assert "PEMERINTAH PROVINSI BANTEN" in first, path.name  # the demo's letterhead
        assert "Halaman 1 dari" in first, path.name
        # reportlab writes PDF 1.4; pyHanko's signing revision declares PDF 2.0
        version = "2.0" if path in documents else "1.4"
        assert f"PDF version:     {version}" in run("pdfinfo", path), path.name
    for path in documents:
        assert "Signature is Valid." in run("pdfsig", path), path.name
