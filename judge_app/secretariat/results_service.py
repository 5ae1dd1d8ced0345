"""Official results from a master: only the highest signed revision of each judge counts
(drafts never do), computed by the domain rules and exported as JSON or CSV."""

from __future__ import annotations

import json
from collections.abc import Callable

import sqlite_utils

from judge_app.domain import awards
from judge_app.domain.dates import signing_moment
from judge_app.domain.model import Definition
from judge_app.domain.results import EntryResult, Inputs, compute
from judge_app.domain.scoring import IntegerTotals, StageTotaller, integer_totals
from judge_app.store import repository as repo
from judge_app.store import signing as sign_store
from judge_app.store import totals as totals_store


def inputs_from_sheets(db: sqlite_utils.Database, definition: Definition) -> Inputs:
    """What the results count. The master's score rows are the counted signed sheets
    (merge writes them from the sheets); SQLite sums them as exact integers when the
    criteria's grid allows, else each sheet is read and totalled in Python. Both give the
    same floats (tested)."""
    fast = inputs_from_tables(db, definition)
    return fast if fast is not None else inputs_from_signed_payloads(db, definition)


def inputs_from_signed_payloads(db: sqlite_utils.Database, definition: Definition) -> Inputs:
    from judge_app.store.merging import counted_sheets

    payloads = {j: json.loads(sheet.payload) for j, sheet in counted_sheets(db).items()}
    return inputs_from_payloads(definition, payloads)


# where the integer sums come from, quickest first: the judge totals merge keeps, the
# shares it stored on each row, the values themselves
SumSource = Callable[[sqlite_utils.Database, IntegerTotals], list[tuple] | None]
SUMS: tuple[SumSource, ...] = (
    totals_store.kept_stage_sums,
    totals_store.stored_stage_sums,
    totals_store.stage_sums,
)


def inputs_from_tables(
    db: sqlite_utils.Database,
    definition: Definition,
    sources: tuple[SumSource, ...] = SUMS,
) -> Inputs | None:
    """None when the definition's grid cannot be summed as integers, or no source has
    complete sums (verify asks each source on its own)."""
    plan = integer_totals({s.id: definition.criteria_of(s.id) for s in definition.stages})
    if plan is None:
        return None
    sums = next((rows for rows in (source(db, plan) for source in sources) if rows), None)
    if sums is None:
        return None
    conflicts = frozenset(totals_store.conflicts(db))
    totals: dict[tuple[str, str, str], float] = {}
    panels: dict[str, dict[str, dict[str, float]]] = {}
    for index, stage in enumerate(definition.stages):
        due = len(definition.criteria_of(stage.id))
        integer = plan.stages[stage.id]
        offset, denominator, at = integer.offset, integer.denominator, 2 + 2 * index
        stage_id = stage.id
        by_entry = panels[stage_id] = {}
        for row in sums:
            if row[at + 1] == due:
                judge_id, entry = row[0], row[1]
                total = (row[at] - offset) / denominator
                totals[(judge_id, entry, stage_id)] = total
                panel = by_entry.get(entry)
                if panel is None:
                    panel = by_entry[entry] = {}
                panel[judge_id] = total
        for judge_id, entry in conflicts:  # none has a score (a trigger refuses it): be sure
            panel = by_entry.get(entry)
            if panel is not None and panel.pop(judge_id, None) is not None and not panel:
                del by_entry[entry]
    criteria = {c.id: c for c in definition.criteria}
    normalised = {
        (judge_id, entry, criterion): _normalised(criteria[criterion], value)
        for judge_id, entry, criterion, value in totals_store.criterion_values(
            db, list(definition.aggregation.tie_break)
        )
    }
    return Inputs(totals, normalised, conflicts, panels)


def _normalised(criterion, value: float) -> float:
    return (value - criterion.min) / (criterion.max - criterion.min)


def inputs_from_payloads(definition: Definition, payloads: dict[str, dict]) -> Inputs:
    """From each judge's counted signed sheet (parsed): totals, normalised scores of the
    tie-break criteria, and conflicts."""
    criteria = {c.id: c for c in definition.criteria}
    tie_break = set(definition.aggregation.tie_break)
    totals: dict[tuple[str, str, str], float] = {}
    normalised: dict[tuple[str, str, str], float] = {}
    conflicts: set[tuple[str, str]] = set()
    totallers = {s.id: StageTotaller(definition.criteria_of(s.id)) for s in definition.stages}
    for judge_id, payload in payloads.items():
        values: dict[str, dict[str, float]] = {}
        for score in payload["scores"]:
            if score["value"] is None or score["criterion"] not in criteria:
                continue
            value = float(score["value"])
            values.setdefault(score["entry"], {})[score["criterion"]] = value
            if score["criterion"] in tie_break:
                c = criteria[score["criterion"]]
                normalised[(judge_id, score["entry"], c.id)] = _normalised(c, value)
        for conflict in payload["conflicts"]:
            conflicts.add((judge_id, conflict["entry"]))
        for entry, by_criterion in values.items():
            for stage in definition.stages:
                total = totallers[stage.id].total(by_criterion)
                if total is not None:
                    totals[(judge_id, entry, stage.id)] = total
    return Inputs(totals, normalised, frozenset(conflicts))


def results(
    db: sqlite_utils.Database, method: str | None = None
) -> tuple[Definition, list[EntryResult]]:
    definition = repo.read_definition(db)
    entries = repo.entries(db)
    return definition, compute(definition, entries, inputs_from_sheets(db, definition), method)


def document(db: sqlite_utils.Database, method: str | None = None) -> tuple[Definition, dict]:
    """The results as the JSON document every export starts from."""
    definition = repo.read_definition(db)
    entries = repo.entries(db)
    rows = compute(definition, entries, inputs_from_sheets(db, definition), method)
    titles = {e.code: e.title for e in entries}
    chosen = method or definition.aggregation.method
    return definition, as_json(db, definition, rows, chosen, titles)


def as_json(
    db: sqlite_utils.Database,
    definition: Definition,
    rows: list[EntryResult],
    method: str,
    titles: dict[str, str] | None = None,
) -> dict:
    if titles is None:
        titles = {e.code: e.title for e in repo.entries(db)}
    meta = repo.meta(db)
    return {
        "competition": definition.competition.title,
        "competition_id": meta.get("competition_id"),
        "definition_sha256": meta.get("definition_sha256"),
        "method": method,
        "sheets": [
            {"judge": s.judge_id, "revision": s.revision, "sha256": s.sha256}
            for s in sign_store.sheets(db, with_payload=False)
        ],
        "award_rule": {
            "min_final": definition.award_rule.min_final,
            "min_band": definition.award_rule.min_band or None,
            "words": awards.rule_words(definition, definition.competition.locale),
        },
        "categories": category_documents(definition, rows),
        "entries": entry_documents(rows, titles),
    }


def category_documents(definition: Definition, rows: list[EntryResult]) -> list[dict]:
    """How each category's award places were filled, with the sentence every output
    prints when fewer awards are given than there are places (the competition's
    language)."""
    names = {c.id: c.name for c in definition.categories}
    locale = definition.competition.locale
    return [
        {
            "id": s.category,
            "name": names[s.category],
            "award_places": s.places,
            "awards_given": s.given,
            "valid": s.valid,
            "qualified": s.qualified,
            "note": awards.note(definition, s, locale),
        }
        for s in awards.summarise(definition, rows)
    ]


def entry_documents(rows: list[EntryResult], titles: dict[str, str]) -> list[dict]:
    return [
        {
            "code": r.code,
            "title": titles.get(r.code, ""),
            "category": r.category,
            "final": r.final,
            "rank": r.rank,
            "category_rank": r.category_rank,
            "band": r.band,
            "award": r.award,
            "flags": sorted(r.flags),
            "stages": {
                stage_id: {
                    "score": s.score,
                    "judges": s.judges,
                    **({"adjusted": s.adjusted} if s.adjusted else {}),
                    "flags": sorted(s.flags),
                }
                for stage_id, s in r.stages.items()
            },
        }
        for r in rows
    ]


METHOD_WORDS = {  # Indonesian documents name the method in Indonesian only
    "mean": "rata-rata",
    "median": "median",
    "trimmed": "rata-rata terpangkas",
    "zscore": "skor-z ternormalisasi per juri",
}
METHOD_WORDS_EN = {
    "mean": "mean",
    "median": "median",
    "trimmed": "trimmed mean",
    "zscore": "z-scores normalised per judge",
}


def method_words(method: str, locale: str) -> str:
    """A method as the documents name it, in the competition's language."""
    return (METHOD_WORDS_EN if locale == "en" else METHOD_WORDS).get(method, method)


# default names of the files the secretariat writes, in the user's language
FILE_WORDS = {
    "id": {
        "results": "hasil",
        "recap": "rekapitulasi",
        "mean": "rata-rata",
        "median": "median",
        "trimmed": "rata-rata-terpangkas",
        "zscore": "skor-z",
    },
    "en": {
        "results": "results",
        "recap": "rekapitulasi",  # the document's own title, in either language
        "mean": "mean",
        "median": "median",
        "trimmed": "trimmed-mean",
        "zscore": "z-score",
    },
}


def default_file_stem(kind: str, method: str, language: str) -> str:
    """A proposed file name (without its suffix) for the results or the recap computed
    with `method`: 'hasil-rata-rata' in Indonesian, 'results-mean' in English."""
    words = FILE_WORDS.get(language, FILE_WORDS["id"])
    return f"{words.get(kind, kind)}-{words.get(method, method)}"


FLAG_WORDS = {
    "id": {
        "disagreement": "selisih antarjuri besar",
        "insufficient_judges": "juri belum cukup",
        "tie": "nilai sama",
        "tie_at_cutoff": "sama di batas penghargaan",
        "below_award_rule": "tidak memenuhi syarat penghargaan",
        "untrimmed": "tidak dipangkas",
        "unnormalised": "sebagian tanpa normalisasi",
    },
    "en": {
        "disagreement": "judges disagree",
        "insufficient_judges": "too few judges",
        "tie": "tied",
        "tie_at_cutoff": "tied at the award cut-off",
        "below_award_rule": "short of the award requirement",
        "untrimmed": "not trimmed",
        "unnormalised": "partly not normalised",
    },
}


def secretariat_keys(db: sqlite_utils.Database, definition: Definition, passphrase: str):
    """The secretariat's own key: made at first use, its certificate kept in the master."""
    import base64

    from judge_app.integrity import keys

    meta = repo.meta(db)
    identity = keys.Identity(
        name=definition.competition.organizer or "Sekretariat",
        nip="-",
        competition_id=meta["competition_id"],
        competition_title=definition.competition.title,
        role="secretariat",
        subject_id="secretariat",
    )
    stored = meta.get("secretariat_certificate")
    if stored:
        return keys.load_key_pair(identity, base64.b64decode(stored), passphrase)
    pair = keys.reuse_key_pair(identity, passphrase) or keys.create_key_pair(identity, passphrase)
    repo.set_meta(db, {"secretariat_certificate": base64.b64encode(pair.certificate_der).decode()})
    return pair


def recap_pdf(
    db: sqlite_utils.Database,
    document: dict,
    passphrase: str,
    place: str = "",
    day: object = None,
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
    from judge_app.domain.scoring import format_display
    from judge_app.reports import layout
    from judge_app.reports.results_recap import (
        RecapCategory,
        RecapJudge,
        RecapRow,
        ResultsRecap,
        Signer,
        basis_lines,
        judges_inline,
        legend_lines,
        render_results_recap,
        stage_shares,
    )

    definition = repo.read_definition(db)
    locale = definition.competition.locale
    en = locale == "en"
    decimal = "." if en else ","
    judges = repo.judges(db)
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
        categories.append(RecapCategory(category.name, tuple(rows), note))
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
) -> bytes:
    """The Rekapitulasi and the Berita Acara carry the same electronic stamp."""
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


def berita_acara_pdf(
    db: sqlite_utils.Database,
    document: dict,
    passphrase: str,
    number: str = "",
    place: str = "",
    day: object = None,
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
                notes.get(category.id, ""),
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
    pdf, placement = render_berita_acara(doc)
    pair = secretariat_keys(db, definition, passphrase)
    return _signed_by_secretariat(
        pdf, placement, pair, kind, place, signer_name, definition, locale, moment
    )
