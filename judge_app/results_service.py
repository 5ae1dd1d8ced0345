"""Official results from a master: only the highest signed revision of each judge counts
(drafts never do), computed by the domain rules and exported as JSON or CSV."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import sqlite_utils

from judge_app.domain.model import Definition
from judge_app.domain.results import EntryResult, Inputs, compute
from judge_app.domain.scoring import judge_total
from judge_app.store import repository as repo
from judge_app.store import signing as sign_store


def inputs_from_sheets(db: sqlite_utils.Database, definition: Definition) -> Inputs:
    latest: dict[str, sign_store.Sheet] = {}
    for sheet in sign_store.sheets(db):
        if sheet.judge_id not in latest or sheet.revision > latest[sheet.judge_id].revision:
            latest[sheet.judge_id] = sheet
    criteria = {c.id: c for c in definition.criteria}
    totals: dict[tuple[str, str, str], float] = {}
    normalised: dict[tuple[str, str, str], float] = {}
    conflicts: set[tuple[str, str]] = set()
    for judge_id, sheet in latest.items():
        payload = json.loads(sheet.payload)
        values: dict[str, dict[str, float]] = {}
        for score in payload["scores"]:
            if score["value"] is None or score["criterion"] not in criteria:
                continue
            value = float(score["value"])
            values.setdefault(score["entry"], {})[score["criterion"]] = value
            c = criteria[score["criterion"]]
            normalised[(judge_id, score["entry"], c.id)] = (value - c.min) / (c.max - c.min)
        for conflict in payload["conflicts"]:
            conflicts.add((judge_id, conflict["entry"]))
        for entry, by_criterion in values.items():
            for stage in definition.stages:
                total = judge_total(definition.criteria_of(stage.id), by_criterion)
                if total is not None:
                    totals[(judge_id, entry, stage.id)] = total
    return Inputs(totals, normalised, frozenset(conflicts))


def results(
    db: sqlite_utils.Database, method: str | None = None
) -> tuple[Definition, list[EntryResult]]:
    definition = repo.read_definition(db)
    entries = repo.entries(db)
    return definition, compute(definition, entries, inputs_from_sheets(db, definition), method)


def as_json(
    db: sqlite_utils.Database, definition: Definition, rows: list[EntryResult], method: str
) -> dict:
    titles = {e.code: e.title for e in repo.entries(db)}
    meta = repo.meta(db)
    return {
        "competition": definition.competition.title,
        "competition_id": meta.get("competition_id"),
        "definition_sha256": meta.get("definition_sha256"),
        "method": method,
        "sheets": [
            {"judge": s.judge_id, "revision": s.revision, "sha256": s.sha256}
            for s in sign_store.sheets(db)
        ],
        "entries": [
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
        ],
    }


def write_csv(path: Path, document: dict) -> None:
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "code",
                "title",
                "category",
                "final",
                "rank",
                "category_rank",
                "band",
                "award",
                "flags",
            ]
        )
        for e in document["entries"]:
            writer.writerow(
                [
                    e["code"],
                    e["title"],
                    e["category"],
                    "" if e["final"] is None else repr(e["final"]),
                    e["rank"] or "",
                    e["category_rank"] or "",
                    e["band"] or "",
                    "yes" if e["award"] else "",
                    " ".join(e["flags"]),
                ]
            )
