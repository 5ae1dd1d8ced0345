"""The files the secretariat writes from a master's results: JSON, CSV, XLSX, the signed
Rekapitulasi and the signed Berita Acara, each written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from judge_app.base import atomic
from judge_app.base.progress import Progress
from judge_app.integrity.credentials import Secret
from judge_app.secretariat import documents
from judge_app.sessions import counting
from judge_app.store import repository as repo
from judge_app.store.database import opened


def results_document(master: Path, method: str | None = None) -> dict:
    """The results document (what `results --json` writes) computed with `method`."""
    with opened(master, "master", write=False) as db:
        return counting.document(db, method)[1]


def _phases(progress: Progress | None, *names: str):
    """Coarse progress through the named phases of an export, with cancel between them."""
    progress = progress or Progress()
    for index, name in enumerate(names):
        progress.step(index, len(names), name)
        yield
    progress.report(len(names), len(names), "done")  # past the point of no return


def results_json(
    master: Path, out: Path, method: str | None = None, progress: Progress | None = None
) -> dict:
    """`judge-app results --json`: the results document, written whole or not at all."""
    import json

    from judge_app.interchange.results_csv import with_display_figures

    def write(tmp: Path, document: dict) -> None:
        shown = with_display_figures(document)  # the printed figures beside the unrounded
        tmp.write_text(json.dumps(shown, indent=2, ensure_ascii=False), encoding="utf-8")

    return _write_document(master, out, method, progress, write)


def results_csv(
    master: Path,
    out: Path,
    method: str | None = None,
    progress: Progress | None = None,
    dialect: str | None = None,
) -> dict:
    """One row per entry, the figures as printed; `dialect` "id" (semicolon, decimal
    comma) or "en" (comma, point), by default the competition's locale."""
    from judge_app.interchange.results_csv import csv_dialect, write_results_csv

    phases = _phases(progress, "computing the results", "writing the file")
    next(phases)
    with opened(master, "master", write=False) as db:
        definition, document = counting.document(db, method)
    locale = definition.competition.locale
    next(phases)
    with atomic.replacing(out) as tmp:
        write_results_csv(
            tmp,
            document,
            locale=locale,
            dialect=csv_dialect(dialect, locale),
            stages=[(s.id, s.name) for s in definition.stages if definition.criteria_of(s.id)],
            categories=[(c.id, c.name) for c in definition.categories],
        )
    next(phases, None)
    return document


def _write_document(master, out, method, progress, write) -> dict:
    phases = _phases(progress, "computing the results", "writing the file")
    next(phases)
    document = results_document(master, method)
    next(phases)
    with atomic.replacing(out) as tmp:
        write(tmp, document)
    next(phases, None)
    return document


def results_pdf(
    master: Path,
    out_pdf: Path,
    passphrase: Secret,
    method: str | None = None,
    progress: Progress | None = None,
    day=None,
    *,
    number: str = "",
    berita_acara_number: str = "",
    place: str = "",
) -> Path:
    """The signed Rekapitulasi Nilai (secretariat key, made at first use), numbered
    `number` and/or marked as the attachment of the Berita Acara `berita_acara_number`."""

    return _signed_results_pdf(
        master,
        out_pdf,
        method,
        progress,
        lambda db, document: documents.signed_recap_pdf(
            db,
            document,
            passphrase,
            place=place,
            day=day,
            number=number.strip(),
            berita_acara_number=berita_acara_number.strip(),
        ),
    )


def _signed_results_pdf(master, out_pdf, method, progress, render) -> Path:
    """Compute the results, lay out and sign a document of them, write it whole."""

    out_pdf = Path(out_pdf)
    phases = _phases(progress, "computing the results", "laying out and signing the PDF")
    next(phases)
    with opened(master, "master") as db:
        _, document = counting.document(db, method)
        next(phases)
        pdf = render(db, document)
    next(phases, None)
    atomic.write_bytes(out_pdf, pdf)
    return out_pdf


def berita_acara_pdf(
    master: Path,
    out_pdf: Path,
    passphrase: Secret,
    method: str | None = None,
    number: str = "",
    day=None,
    place: str = "",
    progress: Progress | None = None,
) -> Path:

    return _signed_results_pdf(
        master,
        out_pdf,
        method,
        progress,
        lambda db, document: documents.signed_berita_acara_pdf(
            db, document, passphrase, number, place, day
        ),
    )


def results_xlsx(
    master: Path, out: Path, method: str | None = None, progress: Progress | None = None
) -> Path:
    """Results workbook: a sheet per category, every judge's scores, the flags. The
    scores are streamed from the master's rows (the counted signed sheets, which verify
    checks), in judge, entry, criterion order."""
    from judge_app.interchange.results_xlsx import write_results_xlsx
    from judge_app.store import totals as totals_store

    phases = _phases(progress, "computing the results", "writing the workbook")
    next(phases)
    with opened(master, "master", write=False) as db:
        definition, document = counting.document(db, method)
        next(phases)
        categories = [(c.id, c.name) for c in definition.categories]
        write_results_xlsx(
            Path(out),
            document,
            categories,
            totals_store.every_score(db),
            definition.competition.locale,
            stages=[(s.id, s.name) for s in definition.stages if definition.criteria_of(s.id)],
            judges=repo.judges(db),
            conflicts=totals_store.conflicts(db),
        )
    next(phases, None)
    return Path(out)
