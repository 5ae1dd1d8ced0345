"""The demo's proposal material (issue 21), generated rather than bundled: for each demo
entry a proposal PDF of a few pages (cover, then KIPP's eight sections), for some a
one-page decree PDF or a chart image, and the sections' spreadsheet as a registration
system exports it. Written as an import SOURCE folder, so the demo shows at once what
`import_material` takes and every package carries its judge's material.

Everything is made from the entry's own title, agency, region and summary with templated
sentences and numbers drawn from a generator seeded by the entry's code: the same entries
give the same bytes on every build (reportlab's invariant mode, PNGs without metadata),
so a rebuilt demo hashes as the last one did. The text is Indonesian, as a KIPP proposal
is; it is sample content, not part of the interface."""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, SimpleDocTemplate, Spacer, Table

from judge_app.base.resources import resources_dir
from judge_app.domain.material import SECTIONS
from judge_app.domain.model import Entry
from judge_app.reports.layout import (
    FONT,
    GREY,
    MARGIN,
    PAGE,
    grid_table,
    page_label,
    para,
    register_fonts,
    styles,
)

SECTIONS_FILE = "proposal-sections.csv"
PROPOSAL, DECREE, CHART = "proposal.pdf", "surat-keputusan.pdf", "grafik-capaian.png"
NOTICE = "Dokumen contoh buatan judge-app untuk demo; nama, angka dan nomor bersifat rekaan."
LAST_YEAR = 2023  # the demo round's year: KIPP Banten 2023


@dataclass(frozen=True)
class Theme:
    """What a kind of innovation is about, in the words its proposal would use."""

    keywords: tuple[str, ...]
    people: str  # who benefits
    problem: str  # the situation before the innovation ({region})
    approach: str  # what is new about it
    old_way: str  # what users no longer have to do
    indicator: str  # what the innovation improves, measured each year
    unit: str  # of the indicator
    rising: bool  # whether a better indicator is a higher number
    partners: str
    next_step: str
    sdg: str


THEMES: dict[str, Theme] = {
    "keluarga": Theme(
        ("keluarga berencana",),
        "pasangan usia subur dan keluarga muda",
        "kesertaan ber-KB di sejumlah desa di {region} masih di bawah rata-rata daerah. "
        "Penyuluh lapangan melayani wilayah yang luas, pencatatan akseptor dilakukan manual, "
        "dan jadwal layanan ulang sering terlewat",
        "melibatkan tokoh agama dan tokoh masyarakat sebagai penggerak, didukung pengingat "
        "jadwal layanan yang dikirim langsung kepada setiap akseptor",
        "datang ke fasilitas kesehatan tanpa mengetahui jadwal layanan ulangnya",
        "angka kesertaan KB aktif",
        "persen",
        True,
        "penyuluh KB, tokoh agama, tokoh masyarakat dan kader desa",
        "pencatatan akseptor di seluruh desa dan kelurahan",
        "3 (kehidupan sehat dan sejahtera) dan 5 (kesetaraan gender)",
    ),
    "pendidikan": Theme(
        ("pendidikan", "sekolah", "sakola", "paud"),
        "anak usia sekolah dan orang tuanya",
        "masih ada anak usia sekolah di {region} yang tidak bersekolah atau putus sekolah "
        "karena alasan ekonomi, jarak dan kurangnya pendampingan keluarga. Data anak tidak "
        "sekolah tersebar di berbagai instansi dan jarang diperbarui",
        "menjemput anak satu per satu berdasarkan data bersama RT, RW, kelurahan dan "
        "sekolah, lalu mencarikan jalur pendidikan yang paling sesuai bagi setiap anak",
        "mengurus sendiri pendaftaran kembali ke sekolah tanpa pendampingan",
        "angka partisipasi sekolah",
        "persen",
        True,
        "sekolah, pengurus RT dan RW, kelurahan, PKBM dan komite sekolah",
        "pendampingan belajar bagi anak yang telah kembali bersekolah",
        "4 (pendidikan berkualitas)",
    ),
    "kesehatan": Theme(
        ("kesehatan", "rsud", "rumah sakit", "stunting", "jiwa"),
        "warga yang membutuhkan layanan kesehatan dan keluarganya",
        "layanan kesehatan dasar di {region} belum menjangkau semua keluarga yang "
        "membutuhkannya. Data sasaran tersebar di puskesmas, posyandu dan desa, rujukan "
        "kerap terlambat, dan keluarga di permukiman padat maupun desa terpencil sulit "
        "mencapai fasilitas kesehatan",
        "menggabungkan pendampingan oleh kader dengan pencatatan sasaran yang sama di "
        "puskesmas dan desa, sehingga setiap keluarga berisiko diketahui dan diikuti sampai "
        "tuntas",
        "menunggu jadwal layanan bulanan untuk mendapatkan pemeriksaan",
        "cakupan layanan bagi sasaran",
        "persen",
        True,
        "puskesmas, kader posyandu, bidan desa dan organisasi profesi kesehatan",
        "pemantauan sasaran secara berkala oleh kader di setiap desa",
        "3 (kehidupan sehat dan sejahtera)",
    ),
    "tata_kelola": Theme(
        ("inspektorat", "kepegawaian", "desa", "penanaman modal", "investasi", "suap"),
        "aparatur, pelaku usaha dan pengguna layanan",
        "proses administrasi di lingkungan pemerintah daerah {region} masih bergantung pada "
        "berkas fisik dan tatap muka, sehingga lambat, sulit diawasi dan membuka peluang "
        "pungutan di luar ketentuan",
        "memindahkan seluruh alur layanan ke satu sistem elektronik dengan jejak yang dapat "
        "diperiksa, sehingga setiap berkas dan keputusan tercatat",
        "mengantarkan berkas dan menanyakan perkembangannya dari meja ke meja",
        "rata-rata waktu penyelesaian layanan",
        "hari kerja",
        False,
        "inspektorat, perangkat daerah pengampu layanan dan asosiasi pelaku usaha",
        "integrasi dengan sistem informasi pemerintah pusat",
        "16 (perdamaian, keadilan dan kelembagaan yang tangguh)",
    ),
    "digital": Theme(
        (),
        "warga dan pelaku usaha",
        "warga {region} harus mendatangi beberapa kantor untuk satu urusan, berkas kertas "
        "mudah tercecer dan status permohonan sulit dilacak. Keluhan tentang lamanya layanan "
        "menjadi temuan berulang dalam survei kepuasan masyarakat",
        "menyatukan beberapa layanan dalam satu pintu daring dengan satu akun warga dan "
        "pelacakan status permohonan",
        "mengantre di loket dan membawa berkas yang sama berulang kali",
        "porsi layanan yang diselesaikan secara daring",
        "persen",
        True,
        "perangkat daerah penyedia layanan, kecamatan, kelurahan dan komunitas teknologi lokal",
        "layanan baru yang diusulkan warga melalui kanal pengaduan",
        "9 (industri, inovasi dan infrastruktur) dan 16 (kelembagaan yang tangguh)",
    ),
}


def theme_of(entry: Entry) -> Theme:
    """The theme its title and agency name (the summary may list other fields in passing)."""
    words = f"{entry.title} {entry.agency}".casefold()
    for theme in THEMES.values():
        if any(k in words for k in theme.keywords):
            return theme
    return THEMES["digital"]


@dataclass(frozen=True)
class Figures:
    """An entry's numbers, drawn once from a generator seeded by its code."""

    start: int  # the year the innovation began
    series: tuple[int, ...]  # the indicator from the year before `start` to LAST_YEAR
    beneficiaries: int
    pilots: int
    staff: int
    volunteers: int
    budget: int  # rupiah per year
    visits: int
    copies: int
    ikm_before: float
    ikm_after: float
    regulation_no: int
    decree_no: int

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(range(self.start - 1, LAST_YEAR + 1))


def figures(entry: Entry, theme: Theme) -> Figures:
    rng = random.Random(f"demo-material:{entry.code}")
    start = rng.randint(2019, 2021)
    count = LAST_YEAR - start + 2
    if theme.rising:
        first = rng.randint(38, 62)
        last = min(97, first + rng.randint(18, 32))
    else:
        first = rng.randint(9, 16)
        last = max(1, first - rng.randint(5, 8))
    series = [first + round((last - first) * i / (count - 1)) for i in range(count)]
    for i in range(1, count - 1):  # a little unevenness, never past the end values
        series[i] = min(max(series[i] + rng.randint(-2, 2), min(first, last)), max(first, last))
    ikm_before = rng.randint(7050, 7800) / 100
    return Figures(
        start=start,
        series=tuple(series),
        beneficiaries=rng.randint(12, 480) * 25,
        pilots=rng.randint(2, 6),
        staff=rng.randint(6, 24),
        volunteers=rng.randint(20, 160),
        budget=rng.randint(18, 95) * 10_000_000,
        visits=rng.randint(2, 14),
        copies=rng.randint(0, 4),
        ikm_before=ikm_before,
        ikm_after=min(96.5, ikm_before + rng.randint(600, 1500) / 100),
        regulation_no=rng.randint(3, 48),
        decree_no=rng.randint(100, 899),
    )


def thousands(amount: int) -> str:
    """12.500, as Indonesian writes it."""
    return f"{amount:,}".replace(",", ".")


def rupiah(amount: int) -> str:
    return "Rp" + thousands(amount)


def decimal(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def head_of_region(region: str) -> str:
    """'Kota Serang' -> 'Wali Kota Serang', 'Kabupaten Lebak' -> 'Bupati Lebak'."""
    for prefix, head in (("Kota ", "Wali Kota "), ("Kabupaten ", "Bupati ")):
        if region.startswith(prefix):
            return head + region.removeprefix(prefix)
    return "Gubernur " + region.removeprefix("Provinsi ")


def regulation(region: str, number: int, year: int) -> str:
    return f"Peraturan {head_of_region(region)} Nomor {number} Tahun {year}"


def ikm_grade(value: float) -> str:
    return "sangat baik" if value >= 88.31 else "baik" if value >= 76.61 else "kurang baik"


def sections_of(entry: Entry) -> dict[str, list[str]]:
    """Section id -> its paragraphs, for one entry: the same words in the PDF and the CSV."""
    theme = theme_of(entry)
    f = figures(entry, theme)
    rng = random.Random(f"demo-paragraphs:{entry.code}")
    name = f"{entry.title} ({entry.acronym})" if entry.acronym else entry.title
    short = entry.acronym or entry.title
    region = entry.region or "daerah ini"
    replica = bool(entry.replicates)
    a, b = f.series[0], f.series[-1]
    trend = "naik" if theme.rising else "turun"
    summary = entry.summary.strip() or f"{entry.title} adalah inovasi pelayanan publik."
    if summary[-1] not in ".!?":
        summary += "."

    out: dict[str, list[str]] = {}
    out["ringkasan"] = [
        f"{summary} Inovasi {name} dikembangkan oleh {entry.agency} dan diterapkan di "
        f"{region} sejak tahun {f.start}.",
        "Proposal ini menguraikan masalah yang melatarbelakangi inovasi, kebaruannya, cara "
        "penerapannya, hasil yang telah dicapai, serta langkah yang ditempuh agar inovasi "
        "tetap berjalan dan dapat ditiru daerah lain.",
    ]
    out["latar_belakang"] = [
        f"Sebelum inovasi ini, {theme.problem.format(region=region)}.",
        f"Pada tahun {f.years[0]}, {theme.indicator} "
        f"{'baru mencapai' if theme.rising else 'masih'} {a} {theme.unit}. Angka ini masih "
        "jauh dari sasaran rencana pembangunan jangka menengah daerah dan menjadi catatan "
        f"dalam evaluasi kinerja {entry.agency}.",
    ]
    if rng.random() < 0.6:
        out["latar_belakang"].append(
            "Masalah yang sama muncul dalam musyawarah perencanaan pembangunan dan dalam "
            "pengaduan masyarakat melalui SP4N-LAPOR!, sehingga pimpinan daerah menjadikannya "
            "prioritas untuk diselesaikan."
        )
    if replica:
        novelty = (
            f"{short} mereplikasi {entry.replicates}. Kebaruannya terletak pada penyesuaian "
            f"dengan kondisi {region}: inovasi ini {theme.approach}, dengan melibatkan "
            f"{theme.partners} setempat."
        )
    else:
        novelty = (
            f"Kebaruan {short} terletak pada caranya {theme.approach}. Pendekatan seperti ini "
            f"belum pernah diterapkan di {region} sebelumnya."
        )
    out["kebaruan"] = [
        novelty,
        f"Dibandingkan cara lama, {theme.people} tidak perlu lagi {theme.old_way}.",
    ]
    out["implementasi"] = [
        f"Inovasi dilaksanakan dalam tiga tahap. Tahap persiapan ({f.start}) meliputi "
        f"penyusunan rancangan, pendataan sasaran dan penetapan dasar hukum. Tahap uji coba "
        f"({f.start + 1}) dilakukan di {f.pilots} lokasi percontohan. Tahap perluasan "
        f"({min(f.start + 2, LAST_YEAR)}) menjangkau seluruh wilayah {region}.",
        f"Pelaksanaan dikoordinasikan oleh {entry.agency} bersama {theme.partners}. Setiap "
        "bulan tim pelaksana mengadakan rapat evaluasi untuk membahas kendala di lapangan "
        "dan menyepakati perbaikan.",
    ]
    if rng.random() < 0.5:
        out["implementasi"].append(
            "Kendala terbesar pada awal penerapan adalah kebiasaan lama dan keterbatasan "
            "jaringan di beberapa lokasi. Kendala ini diatasi dengan pelatihan berjenjang, "
            "pendamping di setiap lokasi, dan pencatatan luring yang dikirim begitu jaringan "
            "tersedia."
        )
    out["signifikansi"] = [
        f"Sejak inovasi diterapkan, {theme.indicator} {trend} dari {a} {theme.unit} pada "
        f"{f.years[0]} menjadi {b} {theme.unit} pada {LAST_YEAR}. Sebanyak "
        f"{thousands(f.beneficiaries)} orang dari kalangan {theme.people} telah merasakan "
        "manfaatnya secara langsung.",
        f"Survei kepuasan masyarakat tahun {LAST_YEAR} menghasilkan indeks "
        f"{decimal(f.ikm_after)} (kategori {ikm_grade(f.ikm_after)}), naik dari "
        f"{decimal(f.ikm_before)} sebelum inovasi. Inovasi ini juga mendukung Tujuan "
        f"Pembangunan Berkelanjutan nomor {theme.sdg}.",
    ]
    visits = (
        f"Sepanjang {f.start + 1}–{LAST_YEAR}, {f.visits} pemerintah daerah melakukan kunjungan "
        "belajar, dan "
        + (
            f"{f.copies} di antaranya telah menerapkan inovasi serupa."
            if f.copies
            else "beberapa di antaranya sedang menyiapkan penerapannya."
        )
    )
    if replica:
        out["adaptabilitas"] = [
            f"Sebagai replikasi {entry.replicates}, inovasi ini sekaligus menunjukkan bahwa "
            "model tersebut dapat diterapkan di daerah dengan kondisi yang berbeda, asalkan "
            "datanya disesuaikan dan pelaksana setempat dilatih lebih dahulu.",
            visits,
        ]
    else:
        out["adaptabilitas"] = [
            f"{short} dirancang agar mudah ditiru: prosedurnya tertulis dalam standar "
            "operasional prosedur, biayanya rendah, dan sarana yang dipakai sudah tersedia "
            "di hampir semua daerah.",
            visits,
        ]
    out["sumber_daya"] = [
        f"Pelaksanaan didukung oleh {f.staff} aparatur sebagai tim pelaksana dan "
        f"{f.volunteers} kader atau relawan yang telah mengikuti pelatihan.",
        f"Anggaran bersumber dari APBD sebesar {rupiah(f.budget)} per tahun, terutama untuk "
        "pelatihan, pemeliharaan sistem dan operasional lapangan. Sarana yang digunakan "
        "memanfaatkan gedung, jaringan dan perangkat yang sudah dimiliki pemerintah daerah.",
    ]
    out["keberlanjutan"] = [
        f"Inovasi ini telah ditetapkan dengan {regulation(region, f.regulation_no, f.start)}, "
        f"sehingga pelaksanaannya menjadi bagian dari tugas rutin {entry.agency} dan tidak "
        "bergantung pada pejabat tertentu.",
        "Anggaran pelaksanaan telah masuk dalam rencana kerja tahunan. Pada tahun-tahun "
        f"berikutnya inovasi akan dikembangkan dengan {theme.next_step}.",
    ]
    return out


# -- the PDFs -----------------------------------------------------------------------------


class _NumberedCanvas(Canvas):
    """Keeps each page until the total is known, then prints "Halaman n dari m" and the
    demo notice on every page (the usual reportlab two-step)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own, not in the stubs

    def save(self) -> None:
        for state in self._pages:
            self.__dict__.update(state)
            self.saveState()
            self.setFillColor(GREY)
            self.setFont(FONT, 7)
            self.drawString(MARGIN, 10 * mm, NOTICE)
            self.setFont(FONT, 8)
            label = page_label(self.getPageNumber(), len(self._pages), "id")
            self.drawRightString(PAGE[0] - MARGIN, 10 * mm, label)
            self.restoreState()
            super().showPage()
        super().save()


def _pdf(story: list, title: str, author: str) -> bytes:
    """A4 in the documents' own fonts and margins, with reproducible bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        author=author,
        creator="judge-app (demo)",
        initialFontName=FONT,
        invariant=1,  # no dates or random ids: the same bytes on every build
    )
    doc.build(story, canvasmaker=_NumberedCanvas)
    return buffer.getvalue()


def proposal_pdf(entry: Entry, category: str, texts: Mapping[str, list[str]]) -> bytes:
    """The proposal: a cover (title, agency, region, category, an identity table and the
    contents), then the eight sections with their paragraphs and two small tables."""
    s = styles()
    width = PAGE[0] - 2 * MARGIN
    theme = theme_of(entry)
    f = figures(entry, theme)
    story: list = [
        Spacer(1, 25 * mm),
        para("PROPOSAL INOVASI PELAYANAN PUBLIK", s["subtitle"]),
        para(f"Kompetisi Inovasi Pelayanan Publik Provinsi Banten {LAST_YEAR}", s["subtitle"]),
        Spacer(1, 15 * mm),
        para(entry.title, s["title"]),
    ]
    if entry.acronym:
        story.append(para(f"({entry.acronym})", s["subtitle"]))
    rows = [
        ("Kode", entry.code),
        ("Perangkat Daerah", entry.agency),
        ("Kabupaten/Kota", entry.region),
        ("Kelompok", category),
        ("Mulai diterapkan", str(f.start)),
    ]
    if entry.replicates:
        rows.append(("Replikasi dari", entry.replicates))
    if entry.link:
        rows.append(("Tautan", entry.link))
    cells = [[para(k, s["cellb"]), para(v, s["cell"])] for k, v in rows]
    story += [Spacer(1, 15 * mm), grid_table(cells, [45 * mm, width - 45 * mm], header_rows=0)]
    story += [Spacer(1, 20 * mm), para("Daftar isi", s["heading"])]
    story += [para(f"{n}. {x.name_id}", s["body"]) for n, x in enumerate(SECTIONS, start=1)]
    story.append(PageBreak())
    for number, section in enumerate(SECTIONS, start=1):
        story.append(para(f"{number}. {section.name_id}", s["heading"]))
        for paragraph in texts[section.id]:
            story += [para(paragraph, s["justify"]), Spacer(1, 2.5 * mm)]
        if section.id == "implementasi":
            story += [_stages_table(f, entry, width), Spacer(1, 2.5 * mm)]
        elif section.id == "signifikansi":
            story += [_series_table(f, theme, width), Spacer(1, 2.5 * mm)]
    return _pdf(story, f"Proposal {entry.title}", entry.agency)


def _stages_table(f: Figures, entry: Entry, width: float) -> Table:
    rows = [
        ("Tahap", "Tahun", "Kegiatan"),
        ("Persiapan", str(f.start), "Rancangan, pendataan sasaran, dasar hukum, pelatihan"),
        ("Uji coba", str(f.start + 1), f"Penerapan di {f.pilots} lokasi percontohan"),
        (
            "Perluasan",
            f"{min(f.start + 2, LAST_YEAR)}–{LAST_YEAR}",
            f"Seluruh wilayah {entry.region}; evaluasi bulanan",
        ),
    ]
    # plain strings: short enough not to wrap, and far quicker than paragraphs
    return grid_table([list(row) for row in rows], [30 * mm, 28 * mm, width - 58 * mm])


def _series_table(f: Figures, theme: Theme, width: float) -> Table:
    s = styles()
    label = f"{theme.indicator[0].upper()}{theme.indicator[1:]} ({theme.unit})"
    header = [para(label, s["cellb"])] + [str(y) for y in f.years]
    values = ["Capaian"] + [str(v) for v in f.series]
    rest = (width - 62 * mm) / len(f.years)
    return grid_table([header, values], [62 * mm] + [rest] * len(f.years))


def decree_pdf(entry: Entry) -> bytes:
    """A one-page decree naming the innovation (the kind of paper KIPP asks to attach)."""
    s = styles()
    f = figures(entry, theme_of(entry))
    head = entry.agency.upper()
    month = ("Januari", "Februari", "Maret")[f.decree_no % 3]
    city = entry.region.removeprefix("Kota ").removeprefix("Kabupaten ")
    city = city.removeprefix("Provinsi ")
    story: list = [
        para(f"KEPUTUSAN KEPALA {head}", s["title"]),
        para(f"NOMOR: 800/{f.decree_no}/{entry.code}/{f.start}", s["subtitle"]),
        Spacer(1, 4 * mm),
        para("TENTANG", s["subtitle"]),
        para(f"PENETAPAN {entry.title.upper()} SEBAGAI INOVASI PELAYANAN PUBLIK", s["title"]),
        Spacer(1, 8 * mm),
        para("Menimbang:", s["heading"]),
        para(
            f"a. bahwa untuk meningkatkan kualitas pelayanan publik di {entry.region} perlu "
            "diterapkan cara kerja baru yang lebih mudah, cepat dan terjangkau;",
            s["justify"],
        ),
        para(
            f"b. bahwa {entry.title} telah diuji coba dan memberikan manfaat bagi masyarakat;",
            s["justify"],
        ),
        para("Mengingat:", s["heading"]),
        para("1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;", s["justify"]),
        para("2. Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;", s["justify"]),
        para("MEMUTUSKAN:", s["heading"]),
        para(
            f"KESATU: Menetapkan {entry.title} sebagai inovasi pelayanan publik pada "
            f"{entry.agency}.",
            s["justify"],
        ),
        para(
            "KEDUA: Pelaksanaan inovasi dibiayai dari Anggaran Pendapatan dan Belanja Daerah "
            "dan dilaporkan setiap semester.",
            s["justify"],
        ),
        para("KETIGA: Keputusan ini berlaku sejak tanggal ditetapkan.", s["justify"]),
        Spacer(1, 12 * mm),
        para(
            f"Ditetapkan di {city}\npada tanggal {f.decree_no % 27 + 1} {month} {f.start}",
            s["body"],
        ),
        Spacer(1, 18 * mm),
        para(f"KEPALA {head}", s["body"]),
    ]
    return _pdf(story, f"Keputusan {entry.title}", entry.agency)


# -- the chart -----------------------------------------------------------------------------


def chart_png(entry: Entry) -> bytes:
    """A bar chart of the entry's indicator year by year, as a proposal pastes one in."""
    from PIL import Image, ImageDraw, ImageFont

    theme = theme_of(entry)
    f = figures(entry, theme)
    width, height = 640, 400
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    fonts = resources_dir() / "fonts"
    bold = ImageFont.truetype(str(fonts / "DejaVuSans-Bold.ttf"), 15)
    small = ImageFont.truetype(str(fonts / "DejaVuSans.ttf"), 12)
    title = f"Capaian: {theme.indicator} ({theme.unit})"
    draw.text((20, 14), title, font=bold, fill="#1f2d3d")
    draw.text(
        (20, 38), f"{entry.code} · {entry.acronym or entry.title}"[:90], font=small, fill="#555555"
    )
    left, right, top, bottom = 60, width - 20, 70, height - 50
    top_value = 100 if theme.rising else max(f.series) + 4
    for step in range(0, top_value + 1, 20 if theme.rising else 4):
        y = bottom - (bottom - top) * step / top_value
        draw.line((left, y, right, y), fill="#e3e7ec")
        draw.text((left - 8, y), str(step), font=small, fill="#555555", anchor="rm")
    slot = (right - left) / len(f.series)
    for i, (year, value) in enumerate(zip(f.years, f.series, strict=True)):
        x0, x1 = left + slot * (i + 0.2), left + slot * (i + 0.8)
        y = bottom - (bottom - top) * value / top_value
        draw.rectangle((x0, y, x1, bottom), fill="#9aa9b8" if year < f.start else "#2f6f9f")
        draw.text(((x0 + x1) / 2, y - 4), str(value), font=small, fill="#1f2d3d", anchor="md")
        draw.text(((x0 + x1) / 2, bottom + 8), str(year), font=small, fill="#1f2d3d", anchor="ma")
    draw.line((left, bottom, right, bottom), fill="#1f2d3d")
    draw.text((20, height - 22), NOTICE, font=small, fill="#888888")
    out = io.BytesIO()
    image.quantize(64, Image.Quantize.FASTOCTREE).save(
        out, "PNG", optimize=True
    )  # a few kB; no metadata
    return out.getvalue()


# -- the source folder ---------------------------------------------------------------------


@lru_cache(maxsize=256)
def entry_files(entry: Entry, category: str, index: int) -> tuple[tuple[str, bytes], ...]:
    """The files of one entry's folder: the proposal, a decree for every third entry and a
    chart for every other one. Kept once made: a process that builds the demo again (the
    tests do, dozens of times) writes the same bytes without drawing them again."""
    files = [(PROPOSAL, proposal_pdf(entry, category, sections_of(entry)))]
    if index % 3 == 1:
        files.append((DECREE, decree_pdf(entry)))
    if index % 2 == 0:
        files.append((CHART, chart_png(entry)))
    return tuple(files)


def write_demo_material(
    entries: Sequence[Entry], folder: Path, categories: Mapping[str, str] | None = None
) -> Path:
    """Write the import SOURCE for `entries` into `folder` (new or empty): one subfolder
    per entry code with its files, and the sections' CSV at the top. Returns the folder."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    names = dict(categories or {})
    rows = [["Kode", *(s.name_id for s in SECTIONS)]]
    for index, entry in enumerate(entries):
        texts = sections_of(entry)
        rows.append([entry.code, *("\n\n".join(texts[s.id]) for s in SECTIONS)])
        target = folder / entry.code
        target.mkdir(exist_ok=True)
        for name, data in entry_files(entry, names.get(entry.category, entry.category), index):
            (target / name).write_bytes(data)
    # as registration systems export it for Excel: UTF-8 with BOM, semicolons, CRLF
    with (folder / SECTIONS_FILE).open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return folder
