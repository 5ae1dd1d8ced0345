"""Plain, immutable domain objects shared by every layer."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from decimal import Decimal

from judge_app.base.text import decimal_mark, translate

AGGREGATION_METHODS = ("mean", "median", "trimmed", "zscore")
LOCALES = ("id", "en")
# Indonesia's three time zones (no daylight saving): name -> hours ahead of UTC
TIMEZONES = {"WIB": 7, "WITA": 8, "WIT": 9}
PANEL_ROLES = ("ketua", "sekretaris", "anggota")
IMPLICIT_STAGE_ID = "penilaian"


@dataclass(frozen=True)
class Level:
    """A rubric descriptor: what a score in [min, max] means."""

    min: float
    max: float
    label: str
    description: str = ""


@dataclass(frozen=True)
class Criterion:
    id: str
    stage: str
    name: str
    weight: float
    min: float
    max: float
    step: float
    description: str = ""
    levels: tuple[Level, ...] = ()
    section: str = ""  # the proposal section it is judged on (domain/material.py), if any

    def level_for(self, value: float) -> Level | None:
        """The rubric level a value falls in, for showing its descriptor next to the score."""
        for level in self.levels:
            if level.min <= value <= level.max:
                return level
        return None

    def scale_text(self, locale: str | None = None) -> str:
        """'0–100' or '0–3 in steps of 0.5', for messages and form labels, in the user's
        language; with `locale` ("id"/"en"), in that language for a printed document."""
        if locale is not None:
            mark = "," if locale == "id" else "."
            low, high, step = (fmt(v).replace(".", mark) for v in (self.min, self.max, self.step))
            if self.step == 1:
                return f"{low}–{high}"
            steps = " in steps of" if locale == "en" else ", kelipatan"
            return f"{low}–{high}{steps} {step}"
        low, high = shown_number(self.min), shown_number(self.max)
        if self.step == 1:
            return f"{low}–{high}"
        return translate("model", "{min}–{max} in steps of {step}").format(
            min=low, max=high, step=shown_number(self.step)
        )

    def problem_with(self, value: float) -> str | None:
        """Why a score is not acceptable for this criterion, or None when it is."""
        if value != value or value in (float("inf"), float("-inf")):
            return translate("model", "not a number")
        if not self.min <= value <= self.max:
            return translate("model", "{value} is outside the allowed range {scale}").format(
                value=shown_number(value), scale=self.scale_text()
            )
        if not is_multiple(value, self.min, self.step):
            if self.step == 1 and float(self.min).is_integer():
                return translate(
                    "model", "{value} is not allowed: whole numbers only, {scale}"
                ).format(value=shown_number(value), scale=self.scale_text())
            return translate("model", "{value} is not allowed: {scale}").format(
                value=shown_number(value), scale=self.scale_text()
            )
        return None


@dataclass(frozen=True)
class Stage:
    id: str
    name: str
    weight: float


@dataclass(frozen=True)
class Category:
    id: str
    name: str
    awards: int = 0


@dataclass(frozen=True)
class Aggregation:
    method: str = "mean"
    trim: int = 1
    min_judges: int = 1
    outlier_points: float = 15.0
    tie_break: tuple[str, ...] = ()


@dataclass(frozen=True)
class Band:
    min: float
    label: str
    name: str = ""
    color: str = ""


@dataclass(frozen=True)
class Unassessed:
    label: str = "Tidak Dapat Dinilai"
    name: str = ""
    color: str = "#9e9e9e"


@dataclass(frozen=True)
class Competition:
    title: str
    organizer: str = ""
    place: str = ""
    locale: str = "id"
    year: int | None = None
    timezone: str = "WIB"  # WIB | WITA | WIT: the time printed on signed documents


@dataclass(frozen=True)
class AwardRule:
    """What an award requires besides a place among the category's first `awards`: a
    minimum final score (as printed, 2 decimals) and/or a band at least as high as
    `min_band` (KIPP: the passing grade, band 'Lulus' at 85). Empty: places alone."""

    min_final: float | None = None
    min_band: str = ""

    def __bool__(self) -> bool:
        return self.min_final is not None or bool(self.min_band)


@dataclass(frozen=True)
class DocumentRules:
    """Who signs what, where the competition says so."""

    # panel roles (ketua, sekretaris) who sign the Rekapitulasi beside the secretariat
    recap_signers: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeclarationTexts:
    """Clause texts from the definition; empty means the built-in text for the locale."""

    pakta: tuple[str, ...] = ()
    konflik: tuple[str, ...] = ()
    sanctions: str = ""


@dataclass(frozen=True)
class Definition:
    competition: Competition
    stages: tuple[Stage, ...]
    categories: tuple[Category, ...]
    criteria: tuple[Criterion, ...]
    aggregation: Aggregation = field(default_factory=Aggregation)
    bands: tuple[Band, ...] = ()
    unassessed: Unassessed = field(default_factory=Unassessed)
    declarations: DeclarationTexts = field(default_factory=DeclarationTexts)
    award_rule: AwardRule = field(default_factory=AwardRule)
    documents: DocumentRules = field(default_factory=DocumentRules)

    def category(self, key: str) -> Category | None:
        """Find a category by id or by name, ignoring case: spreadsheets use either."""
        wanted = key.strip().casefold()
        for cat in self.categories:
            if cat.id.casefold() == wanted:
                return cat
        for cat in self.categories:
            if cat.name.casefold() == wanted:
                return cat
        return None

    def criteria_of(self, stage_id: str) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if c.stage == stage_id)


@dataclass(frozen=True)
class Entry:
    code: str
    title: str
    category: str
    agency: str = ""
    region: str = ""
    acronym: str = ""
    replicates: str = ""
    summary: str = ""
    link: str = ""
    withdrawn: str = ""  # why the entry left the round; empty while it takes part


@dataclass(frozen=True)
class Judge:
    id: str
    name: str
    nip: str = ""
    position: str = ""
    institution: str = ""
    rank: str = ""
    role: str = "anggota"
    region: str = ""  # where the judge works, for "not from the entry's region"
    expertise: str = ""  # category ids the judge knows best, separated by spaces


JUDGE_FIELDS = tuple(f.name for f in fields(Judge))  # a judge's columns, in order


@dataclass(frozen=True)
class ScoreChange:
    """One cell of a judge's score sheet as it should be: value None means no score."""

    entry: str
    criterion: str
    value: float | None
    note: str


def is_multiple(value: float, origin: float, step: float) -> bool:
    """Whether value is origin plus a whole number of steps, tested in exact decimals so
    that 0.3 counts as a multiple of 0.1 despite binary floats."""
    quotient = (_dec(value) - _dec(origin)) / _dec(step)
    return quotient == quotient.to_integral_value()


def _dec(value: float) -> Decimal:
    return Decimal(repr(float(value)))


def fmt(value: float) -> str:
    """Short number for messages: 100 rather than 100.0."""
    return f"{value:g}"


def shown_number(value: float) -> str:
    """`fmt` with the decimal mark of the user's language: 7.5 in English, 7,5 in
    Indonesian (English text stays exactly as `fmt` writes it)."""
    return fmt(value).replace(".", decimal_mark())
