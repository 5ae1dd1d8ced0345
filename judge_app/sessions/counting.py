"""What a master's results count: only the highest signed revision of each judge (drafts never
do), read from the counted sheets; the ranked entries and the results document."""

from __future__ import annotations

import json
from collections.abc import Callable

import sqlite_utils

from judge_app.domain import awards
from judge_app.domain.model import Definition
from judge_app.domain.results import EntryResult, Inputs, compute
from judge_app.domain.scoring import IntegerTotals, StageTotaller, integer_totals
from judge_app.store import entry_edits
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


def ranked(
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
        "withdrawn": [
            {"code": e.code, "title": e.title, "category": e.category, "reason": e.withdrawn}
            for e in entry_edits.withdrawn_entries(db)
        ],
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
