"""Parse and validate a competition definition (TOML, ARCHITECTURE §4).

Validation collects every problem in one pass; each names its key path (arrays of tables
count from 1, as a person reading the file would) and what is wrong.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from typing import Any

from judge_app.base.errors import DefinitionError
from judge_app.base.text import translate
from judge_app.domain.material import SECTION_IDS
from judge_app.domain.model import (
    AGGREGATION_METHODS,
    IMPLICIT_STAGE_ID,
    LOCALES,
    PANEL_ROLES,
    TIMEZONES,
    Aggregation,
    AwardRule,
    Band,
    Category,
    Competition,
    Criterion,
    DeclarationTexts,
    Definition,
    DocumentRules,
    Level,
    Stage,
    Unassessed,
    fmt,
    is_multiple,
)

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,49}$")
COLOR_PATTERN = re.compile(r"^#[0-9A-Fa-f]{6}$")

TOP_KEYS = {
    "competition",
    "stages",
    "categories",
    "criteria",
    "aggregation",
    "bands",
    "unassessed",
    "declarations",
    "awards",
    "documents",
}


def definition_sha256(text: str) -> str:
    """Hash of the exact TOML text: anyone can recompute it with sha256sum."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_definition(text: str, source: str = "definition") -> Definition:
    """Parse TOML text into a Definition, or raise DefinitionError listing every problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DefinitionError(
            source, [translate("definition", "not valid TOML: {error}").format(error=exc)]
        ) from None
    reader = _Reader()
    definition = reader.definition(data)
    if reader.problems:
        raise DefinitionError(source, reader.problems)
    assert definition is not None
    return definition


class _Reader:
    """Reads one TOML document, noting problems instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.about = ""  # e.g. "(criterion K4)": which item an indexed path points at

    def bad(self, path: str, message: str) -> None:
        about = f" {self.about}" if self.about else ""
        self.problems.append(f"{path}: {message}{about}")

    # -- typed accessors -------------------------------------------------------------

    def keys(self, table: dict[str, Any], path: str, allowed: set[str]) -> None:
        for key in table:
            if key not in allowed:
                where = f"{path}.{key}" if path else key
                self.bad(
                    where,
                    translate("definition", "unknown key (expected one of: {keys})").format(
                        keys=", ".join(sorted(allowed))
                    ),
                )

    def text(self, table: dict[str, Any], key: str, path: str, *, required: bool = False) -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.bad(f"{path}.{key}", translate("definition", "is required"))
            return ""
        if not isinstance(value, str):
            self.bad(
                f"{path}.{key}",
                translate("definition", "must be text, got {value}").format(value=_show(value)),
            )
            return ""
        if required and not value.strip():
            self.bad(f"{path}.{key}", translate("definition", "must not be empty"))
        control = next((ch for ch in value if ch < " " and ch not in "\n\t"), None)
        if control is not None:
            self.bad(
                f"{path}.{key}",
                translate("definition", "contains a control character (U+{code:04X})").format(
                    code=ord(control)
                ),
            )
        return value.strip()

    def choice(self, table: dict[str, Any], key: str, path: str, allowed: tuple[str, ...]) -> str:
        """One of `allowed`, the first when the key is absent."""
        value = self.text(table, key, path) or allowed[0]
        if value not in allowed:
            self.bad(
                f"{path}.{key}",
                translate("definition", "must be one of {locales}, got {locale}").format(
                    locales=", ".join(allowed), locale=repr(value)
                ),
            )
        return value

    def number(
        self, table: dict[str, Any], key: str, path: str, default: float | None = None
    ) -> float | None:
        value = table.get(key, default)
        if value is None:
            self.bad(f"{path}.{key}", translate("definition", "is required"))
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.bad(
                f"{path}.{key}",
                translate("definition", "must be a number, got {value}").format(value=_show(value)),
            )
            return None
        if isinstance(value, int) and abs(value) > 10**15:
            self.bad(f"{path}.{key}", translate("definition", "number too large"))
            return None
        if value != value or value in (float("inf"), float("-inf")):
            self.bad(
                f"{path}.{key}",
                translate("definition", "must be a finite number, got {value}").format(value=value),
            )
            return None
        return float(value)

    def integer(self, table: dict[str, Any], key: str, path: str, default: int) -> int | None:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            self.bad(f"{path}.{key}", _whole_number(value))
            return None
        if abs(value) > 10**9:
            self.bad(f"{path}.{key}", translate("definition", "number too large"))
            return None
        return value

    def ident(self, table: dict[str, Any], path: str, seen: set[str]) -> str:
        value = self.text(table, "id", path, required=True)
        if not value:
            return ""
        if not ID_PATTERN.match(value):
            self.bad(
                f"{path}.id",
                translate(
                    "definition",
                    "{value} is not a valid id (letters, digits, '_', '-', '.'; at most 50)",
                ).format(value=repr(value)),
            )
        elif value in seen:
            self.bad(
                f"{path}.id",
                translate("definition", "duplicate id {value}").format(value=repr(value)),
            )
        seen.add(value)
        return value

    def tables(self, data: dict[str, Any], key: str) -> list[tuple[str, dict[str, Any]]]:
        value = data.get(key, [])
        if not isinstance(value, list):
            self.bad(
                key,
                translate(
                    "definition", "must be an array of tables ([[{key}]]), got {value}"
                ).format(key=key, value=_show(value)),
            )
            return []
        out = []
        for i, item in enumerate(value, start=1):
            path = f"{key}[{i}]"
            if isinstance(item, dict):
                out.append((path, item))
            else:
                self.bad(
                    path,
                    translate("definition", "must be a table, got {value}").format(
                        value=_show(item)
                    ),
                )
        return out

    def table(self, data: dict[str, Any], key: str, *, required: bool = False) -> dict[str, Any]:
        value = data.get(key)
        if value is None:
            if required:
                self.bad(
                    key, translate("definition", "the [{key}] table is required").format(key=key)
                )
            return {}
        if not isinstance(value, dict):
            self.bad(
                key,
                translate("definition", "must be a table ([{key}]), got {value}").format(
                    key=key, value=_show(value)
                ),
            )
            return {}
        return value

    # -- sections --------------------------------------------------------------------

    def definition(self, data: dict[str, Any]) -> Definition | None:
        self.keys(data, "", TOP_KEYS)
        competition = self.competition(self.table(data, "competition", required=True))
        stages, stages_declared = self.stages(data)
        categories = self.categories(data)
        criteria = self.criteria(data, {s.id for s in stages}, stages_declared)
        for i, stage in enumerate(stages, start=1):
            if stages_declared and stage.id and not any(c.stage == stage.id for c in criteria):
                self.bad(
                    f"stages[{i}]",
                    translate("definition", "no criterion belongs to stage {stage}").format(
                        stage=repr(stage.id)
                    ),
                )
        aggregation = self.aggregation(self.table(data, "aggregation"), {c.id for c in criteria})
        bands = self.bands(data)
        unassessed = self.unassessed(self.table(data, "unassessed"))
        declarations = self.declarations(self.table(data, "declarations"))
        award_rule = self.award_rule(self.table(data, "awards"), bands)
        documents = self.documents(self.table(data, "documents"))
        if self.problems:
            return None
        return Definition(
            competition=competition,
            stages=tuple(stages),
            categories=tuple(categories),
            criteria=tuple(criteria),
            aggregation=aggregation,
            bands=tuple(bands),
            unassessed=unassessed,
            declarations=declarations,
            award_rule=award_rule,
            documents=documents,
        )

    def competition(self, table: dict[str, Any]) -> Competition:
        path = "competition"
        self.keys(table, path, {"title", "organizer", "place", "locale", "year", "timezone"})
        timezone = self.choice(table, "timezone", path, tuple(TIMEZONES))
        locale = self.choice(table, "locale", path, LOCALES)
        year = table.get("year")
        if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
            self.bad(f"{path}.year", _whole_number(year))
            year = None
        return Competition(
            title=self.text(table, "title", path, required=True),
            organizer=self.text(table, "organizer", path),
            place=self.text(table, "place", path),
            locale=locale,
            year=year,
            timezone=timezone,
        )

    def stages(self, data: dict[str, Any]) -> tuple[list[Stage], bool]:
        items = self.tables(data, "stages")
        if "stages" not in data:
            return [Stage(IMPLICIT_STAGE_ID, "Penilaian", 100.0)], False
        if not items:
            self.bad(
                "stages",
                translate(
                    "definition", "at least one [[stages]] is needed when the key is present"
                ),
            )
        seen: set[str] = set()
        stages = []
        for path, table in items:
            self.keys(table, path, {"id", "name", "weight"})
            sid = self.ident(table, path, seen)
            self.about = translate("definition", "(stage {id})").format(id=sid) if sid else ""
            weight = self.number(table, "weight", path, default=1)
            if weight is not None and weight < 0:
                self.bad(f"{path}.weight", _at_least(0, fmt(weight)))
            name = self.text(table, "name", path) or sid
            stages.append(Stage(sid, name, weight if weight is not None else 0.0))
        self.about = ""
        if stages and all(s.weight <= 0 for s in stages):
            self.bad(
                "stages",
                translate("definition", "at least one stage needs a weight greater than 0"),
            )
        return stages, True

    def categories(self, data: dict[str, Any]) -> list[Category]:
        items = self.tables(data, "categories")
        if not items and "categories" not in data:
            self.bad(
                "categories", translate("definition", "at least one [[categories]] is required")
            )
        seen: set[str] = set()
        out = []
        for path, table in items:
            self.keys(table, path, {"id", "name", "awards"})
            cid = self.ident(table, path, seen)
            self.about = translate("definition", "(category {id})").format(id=cid) if cid else ""
            awards = self.integer(table, "awards", path, default=0)
            if awards is not None and awards < 0:
                self.bad(f"{path}.awards", _at_least(0, awards))
            out.append(Category(cid, self.text(table, "name", path) or cid, max(awards or 0, 0)))
        self.about = ""
        # entry lists may name a category by id or by name: neither may mean two things
        labels: dict[str, str] = {}
        for i, cat in enumerate(out, start=1):
            for label in {cat.id.casefold(), cat.name.casefold()}:
                if label in labels and labels[label] != cat.id:
                    self.bad(
                        f"categories[{i}]",
                        translate(
                            "definition",
                            "{label} already names category {category} (as id or name)",
                        ).format(label=repr(label), category=repr(labels[label])),
                    )
                labels.setdefault(label, cat.id)
        return out

    def criteria(
        self, data: dict[str, Any], stage_ids: set[str], stages_declared: bool
    ) -> list[Criterion]:
        items = self.tables(data, "criteria")
        if not items and "criteria" not in data:
            self.bad("criteria", translate("definition", "at least one [[criteria]] is required"))
        allowed = {
            "id",
            "stage",
            "name",
            "description",
            "weight",
            "min",
            "max",
            "step",
            "levels",
            "section",
        }
        seen: set[str] = set()
        out = []
        for path, table in items:
            self.keys(table, path, allowed)
            cid = self.ident(table, path, seen)
            self.about = translate("definition", "(criterion {id})").format(id=cid) if cid else ""
            stage = self.text(table, "stage", path)
            if stages_declared:
                if not stage:
                    self.bad(
                        f"{path}.stage",
                        translate("definition", "is required when [[stages]] are declared"),
                    )
                elif stage not in stage_ids:
                    self.bad(
                        f"{path}.stage",
                        translate("definition", "unknown stage {stage} (known: {known})").format(
                            stage=repr(stage), known=", ".join(sorted(stage_ids))
                        ),
                    )
            elif stage:
                self.bad(
                    f"{path}.stage",
                    translate(
                        "definition", "unknown stage {stage}: no [[stages]] are declared"
                    ).format(stage=repr(stage)),
                )
            else:
                stage = IMPLICIT_STAGE_ID
            weight = self.number(table, "weight", path, default=1)
            if weight is not None and weight <= 0:
                self.bad(f"{path}.weight", _positive(fmt(weight)))
            lo = self.number(table, "min", path, default=0)
            hi = self.number(table, "max", path, default=100)
            step = self.number(table, "step", path, default=1)
            scale = (lo, hi) if lo is not None and hi is not None else None
            if scale is not None and scale[0] >= scale[1]:
                self.bad(
                    f"{path}.min",
                    translate("definition", "must be less than max ({min} ≥ {max})").format(
                        min=fmt(scale[0]), max=fmt(scale[1])
                    ),
                )
                scale = None
            if step is not None and step <= 0:
                self.bad(f"{path}.step", _positive(fmt(step)))
            elif (
                scale is not None and step is not None and not is_multiple(scale[1], scale[0], step)
            ):
                self.bad(
                    f"{path}.step",
                    translate(
                        "definition", "{step} does not divide the range {min}–{max} evenly"
                    ).format(step=fmt(step), min=fmt(scale[0]), max=fmt(scale[1])),
                )
            levels = self.levels(table, path, scale)
            out.append(
                Criterion(
                    id=cid,
                    stage=stage,
                    name=self.text(table, "name", path, required=True),
                    weight=weight or 0.0,
                    min=lo or 0.0,
                    max=hi or 0.0,
                    step=step or 1.0,
                    description=self.text(table, "description", path),
                    levels=tuple(levels),
                    section=self.proposal_section(table, path),
                )
            )
        self.about = ""
        return out

    def proposal_section(self, table: dict[str, Any], path: str) -> str:
        """The proposal section the criterion is judged on (domain/material.py), if any: the
        judge's reader brings it to the front when the criterion has focus."""
        value = self.text(table, "section", path)
        if value and value not in SECTION_IDS:
            self.bad(
                f"{path}.section",
                translate(
                    "definition", "unknown proposal section {section} (known: {known})"
                ).format(section=repr(value), known=", ".join(SECTION_IDS)),
            )
            return ""
        return value

    def levels(
        self, table: dict[str, Any], path: str, scale: tuple[float, float] | None
    ) -> list[Level]:
        raw = table.get("levels", [])
        if not isinstance(raw, list):
            self.bad(
                f"{path}.levels",
                translate("definition", "must be an array of tables, got {value}").format(
                    value=_show(raw)
                ),
            )
            return []
        out: list[Level] = []
        for i, item in enumerate(raw, start=1):
            lpath = f"{path}.levels[{i}]"
            if not isinstance(item, dict):
                self.bad(
                    lpath,
                    translate("definition", "must be a table, got {value}").format(
                        value=_show(item)
                    ),
                )
                continue
            self.keys(item, lpath, {"min", "max", "label", "description"})
            lo = self.number(item, "min", lpath)
            hi = self.number(item, "max", lpath)
            label = self.text(item, "label", lpath, required=True)
            if lo is None or hi is None:
                continue
            if lo > hi:
                self.bad(
                    lpath,
                    translate("definition", "min {min} is greater than max {max}").format(
                        min=fmt(lo), max=fmt(hi)
                    ),
                )
                continue
            if scale and (lo < scale[0] or hi > scale[1]):
                self.bad(
                    lpath,
                    translate(
                        "definition",
                        "{min}–{max} lies outside the criterion's scale {low}–{high}",
                    ).format(min=fmt(lo), max=fmt(hi), low=fmt(scale[0]), high=fmt(scale[1])),
                )
            for other_index, other in enumerate(out, start=1):
                if lo <= other.max and other.min <= hi:
                    self.bad(
                        lpath,
                        translate("definition", "overlaps {other} ({label})").format(
                            other=f"{path}.levels[{other_index}]", label=other.label
                        ),
                    )
                    break
            out.append(Level(lo, hi, label, self.text(item, "description", lpath)))
        return out

    def aggregation(self, table: dict[str, Any], criterion_ids: set[str]) -> Aggregation:
        path = "aggregation"
        self.keys(table, path, {"method", "trim", "min_judges", "outlier_points", "tie_break"})
        method = self.text(table, "method", path) or "mean"
        if method not in AGGREGATION_METHODS:
            self.bad(
                f"{path}.method",
                translate(
                    "definition", "unknown method {method} (expected one of: {methods})"
                ).format(method=repr(method), methods=", ".join(AGGREGATION_METHODS)),
            )
        trim = self.integer(table, "trim", path, default=1)
        if trim is not None and (trim < 0 or (method == "trimmed" and trim < 1)):
            least = 1 if method == "trimmed" else 0
            self.bad(f"{path}.trim", _at_least(least, trim))
        min_judges = self.integer(table, "min_judges", path, default=1)
        if min_judges is not None and min_judges < 1:
            self.bad(f"{path}.min_judges", _at_least(1, min_judges))
        outlier = self.number(table, "outlier_points", path, default=15)
        if outlier is not None and outlier <= 0:
            self.bad(f"{path}.outlier_points", _positive(fmt(outlier)))
        tie_break = table.get("tie_break", [])
        if not isinstance(tie_break, list) or not all(isinstance(t, str) for t in tie_break):
            self.bad(
                f"{path}.tie_break", translate("definition", "must be a list of criterion ids")
            )
            tie_break = []
        for i, cid in enumerate(tie_break, start=1):
            if cid not in criterion_ids:
                self.bad(
                    f"{path}.tie_break[{i}]",
                    translate("definition", "unknown criterion {id}").format(id=repr(cid)),
                )
        return Aggregation(
            method=method,
            trim=trim if trim is not None else 1,
            min_judges=min_judges or 1,
            outlier_points=outlier or 15.0,
            tie_break=tuple(tie_break),
        )

    def bands(self, data: dict[str, Any]) -> list[Band]:
        out: list[Band] = []
        for path, table in self.tables(data, "bands"):
            self.keys(table, path, {"min", "label", "name", "color"})
            lo = self.number(table, "min", path)
            label = self.text(table, "label", path, required=True)
            color = self.color(table, path)
            if lo is None:
                continue
            if not 0 <= lo <= 100:
                self.bad(
                    f"{path}.min",
                    translate("definition", "must lie within 0–100, got {value}").format(
                        value=fmt(lo)
                    ),
                )
            if out and lo >= out[-1].min:
                self.bad(
                    f"{path}.min",
                    translate(
                        "definition",
                        "bands must be strictly descending: {value} is not below "
                        "the previous band's {previous}",
                    ).format(value=fmt(lo), previous=fmt(out[-1].min)),
                )
            out.append(Band(lo, label, self.text(table, "name", path), color))
        return out

    def unassessed(self, table: dict[str, Any]) -> Unassessed:
        path = "unassessed"
        self.keys(table, path, {"label", "name", "color"})
        default = Unassessed()
        return Unassessed(
            label=self.text(table, "label", path) or default.label,
            name=self.text(table, "name", path),
            color=self.color(table, path) or default.color,
        )

    def declarations(self, table: dict[str, Any]) -> DeclarationTexts:
        path = "declarations"
        self.keys(table, path, {"pakta", "konflik", "sanctions"})
        lists = {}
        for key in ("pakta", "konflik"):
            value = table.get(key, [])
            if not isinstance(value, list) or not all(
                isinstance(v, str) and v.strip() for v in value
            ):
                self.bad(f"{path}.{key}", translate("definition", "must be a list of clause texts"))
                value = []
            lists[key] = tuple(v.strip() for v in value)
        return DeclarationTexts(
            pakta=lists["pakta"],
            konflik=lists["konflik"],
            sanctions=self.text(table, "sanctions", path),
        )

    def award_rule(self, table: dict[str, Any], bands: list[Band]) -> AwardRule:
        """[awards]: what every award requires, checked against the bands it names."""
        path = "awards"
        self.keys(table, path, {"min_final", "min_band"})
        min_final = (
            self.number(table, "min_final", path, default=None) if ("min_final" in table) else None
        )
        if min_final is not None and not 0 <= min_final <= 100:
            self.bad(
                f"{path}.min_final",
                translate("definition", "must lie within 0–100, got {value}").format(
                    value=fmt(min_final)
                ),
            )
        min_band = self.text(table, "min_band", path)
        if min_band and min_band not in {b.label for b in bands}:
            self.bad(
                f"{path}.min_band",
                translate("definition", "unknown band {band} (known: {known})").format(
                    band=repr(min_band), known=", ".join(b.label for b in bands) or "-"
                ),
            )
        return AwardRule(min_final, min_band)

    def documents(self, table: dict[str, Any]) -> DocumentRules:
        path = "documents"
        self.keys(table, path, {"recap_signers"})
        signers = table.get("recap_signers", [])
        if not isinstance(signers, list) or not all(
            isinstance(s, str) and s in PANEL_ROLES for s in signers
        ):
            self.bad(
                f"{path}.recap_signers",
                translate("definition", "must be a list of panel roles ({roles})").format(
                    roles=", ".join(PANEL_ROLES)
                ),
            )
            signers = []
        return DocumentRules(recap_signers=tuple(dict.fromkeys(signers)))

    def color(self, table: dict[str, Any], path: str) -> str:
        value = self.text(table, "color", path)
        if value and not COLOR_PATTERN.match(value):
            self.bad(
                f"{path}.color",
                translate("definition", "must look like #1a9850, got {value}").format(
                    value=repr(value)
                ),
            )
        return value


def _whole_number(value: Any) -> str:
    return translate("definition", "must be a whole number, got {value}").format(value=_show(value))


def _at_least(least: int, value: object) -> str:
    return translate("definition", "must be {least} or more, got {value}").format(
        least=least, value=value
    )


def _positive(value: str) -> str:
    return translate("definition", "must be greater than 0, got {value}").format(value=value)


def _show(value: Any) -> str:
    """What a wrong value is, for a problem line: 'text 'abc'', 'a list'."""
    if type(value) is list:
        return translate("definition", "a list")
    if type(value) is dict:
        return translate("definition", "a table")
    if type(value) is bool:
        kind = translate("definition", "true/false")
    elif type(value) is str:
        kind = translate("definition", "text")
    else:
        kind = type(value).__name__
    return f"{kind} {value!r}" if not isinstance(value, dict | list) else kind
