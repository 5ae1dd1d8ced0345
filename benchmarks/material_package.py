"""A judge's package carrying proposal material at the issue's scale (issue 21): 200
entries, each with its own ~5 MB, 50-page PDF (scanned-looking pages: text over a noisy
JPEG, as supporting documents usually are) and its text sections, imported through
`import_material` and packaged as the secretariat does. Used by bench_judge.py."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from pathlib import Path

PAGES = 50


def scanned_pdf(pages: int, size_mb: float, seed: int) -> bytes:
    """A PDF of `pages` pages and about `size_mb` MB: each page a noisy picture (which does
    not compress) under a line of text, so rendering costs what a scan costs."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    per_page = int(size_mb * 1_000_000 / pages)

    def noise(side: int) -> bytes:
        image = Image.frombytes("L", (side, side), rng.randbytes(side * side))
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=85)
        return buffer.getvalue()

    side = 256
    side = max(64, int(side * (per_page / len(noise(side))) ** 0.5))  # JPEG bytes ~ area
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    width, height = A4
    for page in range(pages):
        picture = ImageReader(io.BytesIO(noise(side)))  # kept as JPEG in the PDF
        pdf.drawImage(picture, 50, 120, width - 100, height - 220)
        pdf.setFont("Helvetica", 14)
        pdf.drawString(50, height - 70, f"Dokumen pendukung {seed}, halaman {page + 1}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def write_source(folder: Path, codes: list[str], size_mb: float) -> Path:
    """The import source: one folder per entry with its PDF, and the sections' CSV."""
    folder.mkdir(parents=True, exist_ok=True)
    for index, code in enumerate(codes):
        (folder / code).mkdir()
        (folder / code / "dokumen-pendukung.pdf").write_bytes(scanned_pdf(PAGES, size_mb, index))
    with (folder / "sections.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Kode", "Ringkasan", "Latar Belakang", "Kebaruan", "Implementasi"])
        for code in codes:
            text = f"Inovasi {code} mempermudah layanan publik bagi warga. " * 20
            writer.writerow([code, text, text, text, text])
    return folder


def build_material_package(folder: Path, entries: int, size_mb: float) -> tuple[Path, float]:
    """(package, seconds the import took)."""
    import time

    from judge_app import services

    definition = folder / "def.toml"
    definition.write_text(
        '[competition]\ntitle = "Benchmark KIPP"\n[[categories]]\nid = "umum"\n'
        '[[criteria]]\nid = "K1"\nname = "Kebaruan"\nsection = "kebaruan"\n'
        '[[criteria]]\nid = "K2"\nname = "Implementasi"\nsection = "implementasi"\n',
        encoding="utf-8",
    )
    codes = [f"KIPP-{i:04d}" for i in range(entries)]
    source = folder / "entries.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "title", "agency", "region", "category"])
        for i, code in enumerate(codes):
            writer.writerow([code, f"Inovasi {i}", f"Dinas {i % 40}", f"Kota {i % 30}", "umum"])
    master = folder / "master.sqlite"
    services.create_master(definition, source, master)
    material = write_source(folder / "material", codes, size_mb)
    started = time.perf_counter()
    services.import_material(master, material)
    imported = time.perf_counter() - started
    services.add_judge(master, "Juri Satu", nip="197001011990031001")
    services.assign(master)
    [written] = services.make_packages(master, {"J1": folder / "package.sqlite"})
    request = services.DeclarationRequest("Jakarta", dt.date.today())
    services.declare(written.path, request, folder / "declarations", "benchmark-passphrase")
    return written.path, imported
