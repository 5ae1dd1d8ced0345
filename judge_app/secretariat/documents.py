"""The secretariat's signed documents: the Rekapitulasi and the Berita Acara, rendered from the
results document and signed with the secretariat's key."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

import sqlite_utils

from judge_app.domain.dates import signing_moment
from judge_app.domain.model import Definition
from judge_app.domain.result_words import FLAG_WORDS, method_words
from judge_app.integrity.credentials import Secret
from judge_app.integrity.signature_fields import FieldOwner
from judge_app.secretariat.keys import secretariat_keys
from judge_app.store import repository as repo
from judge_app.store import signing as sign_store
from judge_app.store import totals as totals_store

if TYPE_CHECKING:
    from judge_app.domain.model import Judge
    from judge_app.domain.officials import Official
    from judge_app.reports.results_recap import RecapCategory, Signer


def signed_recap_pdf(
    db: sqlite_utils.Database,
    document: dict,
    passphrase: Secret,
    place: str = "",
    day: dt.date | None = None,
    number: str = "",
    berita_acara_number: str = "",
) -> bytes:
    """The signed Rekapitulasi Nilai for the results `document` (as_json), dated `day`
    (default today), as the berita acara it goes with: numbered `number`, or labelled
    as the attachment of the Berita Acara `berita_acara_number`; signed electronically
    by the registered secretariat official, with spaces for the panel's chair and
    secretary to sign by hand where the definition's recap_signers says so."""
    import hashlib

    from judge_app.domain.dates import place_and_date
    from judge_app.reports import layout
    from judge_app.reports.results_recap import (
        RecapJudge,
        ResultsRecap,
        basis_lines,
        judges_inline,
        legend_lines,
        render_results_recap,
        stage_shares,
    )

    definition = repo.read_definition(db)
    locale = definition.competition.locale
    en = locale == "en"
    judges = repo.judges(db)
    categories = _recap_categories(db, definition, document, judges)
    method = method_words(document["method"], locale)
    recap_judges = tuple(RecapJudge(j.id, j.name, j.nip) for j in judges)
    award_words = document.get("award_rule", {}).get("words", "")
    basis = [
        *basis_lines(definition, document["method"], method, locale, award_words),
        f"{'Competition definition' if en else 'Definisi kompetisi'} sha256 "
        f"{document['definition_sha256']}",
    ] + [
        (
            f"Judge sheet {s['judge']} revision {s['revision']}: sha256 {s['sha256']}"
            if en
            else f"Lembar juri {s['judge']} revisi {s['revision']}: sha256 {s['sha256']}"
        )
        for s in document["sheets"]
    ]
    pair = secretariat_keys(db, definition, passphrase)
    place = place or definition.competition.place
    moment, day, signed_note = signing_moment(definition.competition.timezone, locale, day)
    official = repo.officials(db).get("sekretariat")
    secretariat, panel_signers = _recap_signers(official, definition, judges)
    digest = hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()
    kind = "Score recapitulation" if en else "Rekapitulasi Nilai"
    signer_name = _secretariat_signer(official, definition, en)
    machine = f"judge-app:results:{document['competition_id']}:{document['method']}:{digest}"
    recap = ResultsRecap(
        locale=locale,
        competition_title=definition.competition.title,
        organizer=definition.competition.organizer,
        method_line=f"{'Aggregation method' if en else 'Metode agregasi'}: {method}",
        judges=recap_judges,
        stages=stage_shares(definition, locale),
        categories=tuple(categories),
        legend=(),
        basis=tuple(basis),
        place_date=place_and_date(place, day, locale),
        secretariat=secretariat,
        panel_signers=panel_signers,
        footer=_footer(document, digest, locale),
        qr_payload=layout.qr_text(
            f"{kind} · {definition.competition.title}", signer_name, digest[:16], machine, locale
        ),
        number=number,
        attachment_of=berita_acara_number,
        signed_note=signed_note,
        letterhead=repo.letterhead(db),
    )
    legend = legend_lines(definition, recap_judges, judges_inline(recap), locale)
    from dataclasses import replace

    pdf, placement = render_results_recap(replace(recap, legend=legend))
    return _signed_by_secretariat(
        pdf, placement, pair, kind, place, signer_name, definition, locale, moment
    )


def _recap_categories(
    db: sqlite_utils.Database, definition: Definition, document: dict, judges: list[Judge]
) -> list[RecapCategory]:
    """Each category's rows as the Rekapitulasi prints them, in rank order: every judge's
    stage totals ("K" where the judge declared a conflict), the stage and final scores,
    the band, the award mark and the flags, in the competition's language."""
    from judge_app.domain.scoring import format_display
    from judge_app.reports.results_recap import RecapCategory, RecapRow

    locale = definition.competition.locale
    en = locale == "en"
    decimal = "." if en else ","
    bands = {b.label: b.color for b in definition.bands}
    bands[definition.unassessed.label] = definition.unassessed.color
    stage_ids = [s.id for s in definition.stages]
    conflicts = set(totals_store.conflicts(db))  # those of the counted sheets
    agencies = {e.code: e.agency for e in repo.entries(db)}
    notes = {c["id"]: c.get("note", "") for c in document.get("categories", [])}

    def shown(value: float | None) -> str:
        return "" if value is None else format_display(value, decimal)

    categories = []
    for category in definition.categories:
        rows = []
        for e in document["entries"]:
            if e["category"] != category.id:
                continue
            stages = [e["stages"].get(s, {}) for s in stage_ids]
            totals = tuple(
                tuple(
                    "K" if (j.id, e["code"]) in conflicts
                    else shown(stage.get("judges", {}).get(j.id))
                    for j in judges
                )
                for stage in stages
            )  # fmt: skip
            rank = e["category_rank"]
            rows.append(
                RecapRow(
                    rank=str(rank or "-"),
                    code=e["code"],
                    title=e["title"],
                    agency=agencies.get(e["code"], ""),
                    judge_totals=totals,
                    stages=tuple(shown(stage.get("score")) for stage in stages),
                    final=shown(e["final"]),
                    band=e["band"] or "",
                    band_color=bands.get(e["band"] or "", ""),
                    award=_award_mark(rank, locale) if e["award"] else "",
                    flags=", ".join(FLAG_WORDS[locale].get(f, f) for f in e["flags"]),
                )
            )
        rows.sort(
            key=lambda r: (not r.rank.isdigit(), int(r.rank) if r.rank.isdigit() else 0, r.code)
        )
        note = notes.get(category.id, "")
        if not note and not any(r.final for r in rows):
            note = (
                "No entry of this category has a valid final score."
                if en
                else "Tidak ada inovasi dengan nilai akhir yang sah pada kelompok ini."
            )
        note = " ".join(filter(None, [note, _withdrawn_line(document, category.id, en)]))
        categories.append(RecapCategory(category.name, tuple(rows), note))
    return categories


def _withdrawn_line(document: dict, category_id: str, en: bool) -> str:
    """The category's entries withdrawn from the round, named with their reason: a signed
    document never drops an entry without saying so."""
    gone = [w for w in document.get("withdrawn", []) if w["category"] == category_id]
    if not gone:
        return ""
    reason = "reason" if en else "alasan"
    items = "; ".join(f"{w['code']} {w['title']} ({reason}: {w['reason']})" for w in gone)
    head = (
        "Withdrawn from the competition, not ranked"
        if en
        else "Ditarik dari kompetisi dan tidak diperingkat"
    )
    return f"{head}: {items}."


def _recap_signers(
    official: Official | None, definition: Definition, judges: list[Judge]
) -> tuple[Signer, tuple[Signer, ...]]:
    """The secretariat's official, who signs electronically, and the panel members the
    definition's recap_signers name, who sign by hand."""
    from judge_app.reports.results_recap import Signer

    en = definition.competition.locale == "en"
    caption = "Secretariat," if en else "Sekretariat,"
    if official is not None and official.position:
        caption += f"\n{official.position}"
    secretariat = Signer(
        caption, official.name if official else "", official.nip if official else ""
    )
    role_captions = {
        "ketua": "Chair of the assessment panel," if en else "Ketua Tim Penilai,",
        "sekretaris": "Secretary of the assessment panel," if en else "Sekretaris Tim Penilai,",
        "anggota": "Member of the assessment panel," if en else "Anggota Tim Penilai,",
    }
    panel_signers = tuple(
        Signer(role_captions.get(role, role), judge.name, judge.nip)
        for role in definition.documents.recap_signers
        for judge in [next((j for j in judges if j.role == role), None)]
        if judge is not None
    )
    return secretariat, panel_signers


def _secretariat_signer(official, definition: Definition, en: bool) -> str:
    """Who signs for the secretariat: the official named in the master, else the
    organiser, else the word itself."""
    return (official.name if official and official.name else "") or (
        definition.competition.organizer or ("Secretariat" if en else "Sekretariat")
    )


def _signed_by_secretariat(
    pdf: bytes,
    placement,
    pair,
    kind: str,
    place: str,
    signer_name: str,
    definition: Definition,
    locale: str,
    moment,
    owned_fields: Sequence[FieldOwner] = (),
) -> bytes:
    """The Rekapitulasi and the Berita Acara carry the same electronic stamp. With
    `owned_fields` (the Berita Acara's grid) the secretariat's signature covers those
    empty fields, each naming its owner, for the panel and the official to sign later."""
    from judge_app.integrity.pdf_sign import sign_pdf, stamp_template  # pyHanko: on use

    en = locale == "en"
    return sign_pdf(
        pdf,
        pair,
        placement,
        reason=kind,
        location=place,
        stamp_text=stamp_template(
            "Signed electronically by" if en else "Ditandatangani secara elektronik oleh",
            signer_name,
        ),
        locale=locale,
        timezone=definition.competition.timezone,
        moment=moment,
        owned_fields=owned_fields,
    )


def _award_mark(rank: int | None, locale: str) -> str:
    """The award column's mark: a star and the place, seen in print and in pdftotext."""
    if locale != "en":
        return f"★ Juara {rank}" if rank else "★ Ya"
    if not rank:
        return "★ Yes"
    suffix = "th" if 10 <= rank % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(rank % 10, "th")
    return f"★ {rank}{suffix} place"


def _footer(document: dict, digest: str, locale: str) -> str:
    word = "results" if locale == "en" else "hasil"
    return f"judge-app · {document['competition_id'][:12]} · {word} sha256 {digest[:16]}"


def signed_berita_acara_pdf(
    db: sqlite_utils.Database,
    document: dict,
    passphrase: Secret,
    number: str = "",
    place: str = "",
    day: dt.date | None = None,
) -> bytes:
    """The signed Berita Acara for the results `document` (as_json). A signed blank
    number can never be filled in: without one it is refused."""
    import hashlib

    from judge_app.base.errors import JudgeAppError
    from judge_app.base.text import translate
    from judge_app.domain.scoring import format_display
    from judge_app.reports import layout
    from judge_app.reports.berita_acara import (
        Acknowledger,
        BeritaAcara,
        Winner,
        render_berita_acara,
    )

    if not number.strip():
        raise JudgeAppError(
            translate(
                "results",
                "The Berita Acara needs its number (Nomor) before it is signed: a signed "
                "blank can never be filled in.",
            )
        )
    definition = repo.read_definition(db)
    locale = definition.competition.locale
    en = locale == "en"
    agencies = {e.code: e.agency for e in repo.entries(db)}
    notes = {c["id"]: c.get("note", "") for c in document.get("categories", [])}
    winners = []
    for category in definition.categories:
        chosen = sorted(
            (e for e in document["entries"] if e["category"] == category.id and e["award"]),
            key=lambda e: (e["category_rank"], e["code"]),
        )
        winners.append(
            (
                category.name,
                tuple(
                    Winner(
                        str(e["category_rank"]),
                        e["code"],
                        e["title"],
                        agencies.get(e["code"], ""),
                        format_display(e["final"], "." if en else ","),
                        e["band"] or "",
                    )
                    for e in chosen
                ),
                " ".join(
                    filter(
                        None,
                        [notes.get(category.id, ""), _withdrawn_line(document, category.id, en)],
                    )
                ),
            )
        )
    digest = hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()
    place = place or definition.competition.place
    moment, day, signed_note = signing_moment(definition.competition.timezone, locale, day)
    officials = repo.officials(db)
    official = officials.get("mengetahui")
    secretariat = officials.get("sekretariat")
    signer_name = _secretariat_signer(secretariat, definition, en)
    kind = "Minutes of the assessment results" if en else "Berita Acara Hasil Penilaian"
    machine = f"judge-app:berita-acara:{document['competition_id']}:{digest}"
    doc = BeritaAcara(
        number=number.strip(),
        competition_title=definition.competition.title,
        organizer=definition.competition.organizer,
        place=place,
        date=day,
        entries_assessed=sum(1 for e in document["entries"] if e["final"] is not None),
        panel=tuple(repo.judges(db)),
        winners=tuple(winners),
        method_line=method_words(document["method"], locale),
        footer=_footer(document, digest, locale),
        qr_payload=layout.qr_text(
            f"{kind} · {definition.competition.title}", signer_name, digest[:16], machine, locale
        ),
        locale=locale,
        acknowledger=Acknowledger(official.position, official.name, official.nip)
        if official is not None
        else None,
        secretariat=signer_name,
        signed_note=signed_note,
        letterhead=repo.letterhead(db),
    )
    pdf, placement, slots = render_berita_acara(doc)
    pair = secretariat_keys(db, definition, passphrase)
    owners = _field_owners(db, slots, document["competition_id"], definition)
    return _signed_by_secretariat(
        pdf, placement, pair, kind, place, signer_name, definition, locale, moment, owners
    )


def _field_owners(
    db: sqlite_utils.Database, slots: list, competition_id: str, definition: Definition
) -> list[FieldOwner]:
    """Each cell of the grid as a field with its owner: a judge's registered certificate
    (when the master has one) decides who may sign it."""
    owners = []
    for slot in slots:
        x0, y0, x1, y1 = slot.placement.box
        certificate = sign_store.certificate(db, slot.person_id) if slot.person_id else None
        owners.append(
            FieldOwner(
                field=slot.field,
                role=slot.role,
                name=slot.name,
                nip=slot.nip,
                person_id=slot.person_id,
                competition_id=competition_id,
                competition_title=definition.competition.title,
                certificate=certificate or b"",
                page=slot.placement.page,
                box=(round(x0), round(y0), round(x1), round(y1)),
                locale=definition.competition.locale,
                timezone=definition.competition.timezone,
            )
        )
    return owners
