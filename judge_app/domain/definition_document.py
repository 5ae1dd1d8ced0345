"""A competition definition being edited on screens (ARCHITECTURE §4): a thin layer over a
`tomlkit` document, so the TOML text stays the contract and keeps its comments and layout.

Values are read and written at the validator's key paths ("competition.title",
"criteria[3].weight", "criteria[3].levels[2].label": arrays of tables counted from 1 as the
problems name them). The screens write exactly what the user typed, and `problems()` are the
validator's own messages on the resulting text (`definition.parse_definition`), so the screens
and a hand-edited file obey the same rules in the same words. The weights summary and the
score-sheet preview read the document tolerantly: they are shown while problems remain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import tomlkit
from tomlkit.container import Container
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import AoT, Array, Comment, InlineTable, Item, Table, Whitespace

from judge_app.base.errors import DefinitionError
from judge_app.base.text import translate
from judge_app.domain.definition import parse_definition
from judge_app.domain.model import IMPLICIT_STAGE_ID, Definition

Path = tuple[str | int, ...]  # ("criteria", 2, "levels", 0, "label"): indexes from 0

ITEM_ARRAYS = ("stages", "categories", "criteria", "bands")  # [[...]] at the top
LEVELS = "levels"  # the one array of (inline) tables inside an item: a criterion's levels
_STEP = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+)\])?")
_INTEGER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def parse_path(text: str) -> Path:
    """'criteria[3].levels[2].label' -> ('criteria', 2, 'levels', 1, 'label')."""
    out: list[str | int] = []
    for part in text.split("."):
        match = _STEP.fullmatch(part)
        if match is None:
            raise ValueError(f"not a key path: {text!r}")
        out.append(match.group(1))
        if match.group(2) is not None:
            index = int(match.group(2))
            if index < 1:
                raise ValueError(f"arrays count from 1: {text!r}")
            out.append(index - 1)
    return tuple(out)


def path_text(path: Path) -> str:
    """The inverse of parse_path, in the validator's words."""
    text = ""
    for step in path:
        if isinstance(step, int):
            text += f"[{step + 1}]"
        else:
            text += f".{step}" if text else step
    return text


def problem_path(problem: str) -> str:
    """The key path a validator message names ('criteria[3].weight: must be …' ->
    'criteria[3].weight'), or '' when it names none."""
    head, sep, _ = problem.partition(": ")
    if not sep:
        return ""
    try:
        parse_path(head)
    except ValueError:
        return ""
    return head


def typed_number(text: str) -> int | float | str | None:
    """What a number field writes: nothing for empty (the default applies), an integer or a
    decimal (',' or '.' as the decimal mark), else the text as typed, so that the validator
    names it ('must be a number, got text 'abc'')."""
    value = text.strip()
    if not value:
        return None
    if value.count(",") == 1 and "." not in value:
        value = value.replace(",", ".")
    if _INTEGER.match(value):
        return int(value)
    if _DECIMAL.match(value):
        return float(value)
    return text.strip()


@dataclass(frozen=True)
class CriterionWeight:
    id: str
    name: str
    weight: float | None  # None: not a number
    share: float | None  # percent of its stage's total


@dataclass(frozen=True)
class StageWeights:
    id: str
    name: str
    weight: float | None  # None: not a number
    share: float | None  # percent of the final score (0 for a gate stage of weight 0)
    criteria: tuple[CriterionWeight, ...]
    total: float  # the criteria's weights added up
    adds_up: bool  # every criterion weighs more than 0 and there is at least one


@dataclass(frozen=True)
class WeightsSummary:
    stages: tuple[StageWeights, ...]
    total: float  # the stage weights added up
    adds_up: bool  # no stage below 0 and at least one above (the validator's rule)
    implicit: bool  # no [[stages]]: one stage of weight 100 holds every criterion


@dataclass(frozen=True)
class PreviewLevel:
    min: str
    max: str
    label: str
    description: str


@dataclass(frozen=True)
class PreviewCriterion:
    id: str
    name: str
    description: str
    min: str
    max: str
    step: str
    weight: str
    levels: tuple[PreviewLevel, ...]


@dataclass(frozen=True)
class PreviewStage:
    id: str
    name: str
    weight: str
    criteria: tuple[PreviewCriterion, ...]


class DefinitionDocument:
    """One definition's TOML text, edited in place; `text()` is what is saved."""

    def __init__(self, text: str, source: str = "definition") -> None:
        try:
            self._doc = tomlkit.parse(text)
        except TOMLKitError as exc:
            raise DefinitionError(
                source, [translate("definition", "not valid TOML: {error}").format(error=exc)]
            ) from None
        self.source = source

    def text(self) -> str:
        return self._doc.as_string()

    # -- reading -----------------------------------------------------------------------

    def _node(self, path: Path) -> Any:
        node: Any = self._doc
        for step in path:
            if isinstance(step, int):
                if not isinstance(node, list) or not 0 <= step < len(node):
                    return None
                node = node[step]
            else:
                if not isinstance(node, dict) or step not in node:
                    return None
                node = node[step]
        return node

    def value(self, path: str) -> Any:
        """The plain value at a key path (str, int, float, bool, list, dict), None if absent."""
        node = self._node(parse_path(path))
        if isinstance(node, Item | Container):
            return node.unwrap()
        return node

    def count(self, path: str) -> int:
        """How many items an array holds (0 when absent or not an array)."""
        node = self._node(parse_path(path))
        return len(node) if isinstance(node, list) else 0

    def has(self, path: str) -> bool:
        return self._node(parse_path(path)) is not None

    # -- writing -----------------------------------------------------------------------

    def set(self, path: str, value: Any) -> None:
        """Write a value (None removes the key). An id or band label that others refer to
        is renamed there too: a stage's criteria, a criterion in the tie-break, the band
        the award rule names."""
        steps = parse_path(path)
        parent_path, key = steps[:-1], steps[-1]
        if not isinstance(key, str):
            raise ValueError(f"{path}: a value is set on a key, not an array item")
        parent = self._table(parent_path, create=value is not None)
        if parent is None:
            return
        old = parent.get(key)
        old_plain = old.unwrap() if isinstance(old, Item) else old
        if value is None:
            if key in parent:
                del parent[key]
            return
        if old_plain == value and type(old_plain) is type(value):
            return  # unchanged: the text stays byte for byte as it was
        parent[key] = value
        if isinstance(old_plain, str) and isinstance(value, str) and old_plain and value:
            self._rename(parent_path, key, old_plain, value)

    def _rename(self, where: Path, key: str, old: str, new: str) -> None:
        if len(where) != 2 or not isinstance(where[1], int):
            return
        array = where[0]
        if array == "stages" and key == "id":
            for i in range(self.count("criteria")):
                if self.value(f"criteria[{i + 1}].stage") == old:
                    self.set(f"criteria[{i + 1}].stage", new)
        elif array == "criteria" and key == "id":
            ties = self.value("aggregation.tie_break")
            if isinstance(ties, list) and old in ties:
                self.set("aggregation.tie_break", [new if t == old else t for t in ties])
        elif array == "bands" and key == "label" and self.value("awards.min_band") == old:
            self.set("awards.min_band", new)

    def _table(self, path: Path, *, create: bool) -> Any:
        """The table (or inline table) at path; a missing top-level table is created."""
        node = self._node(path)
        if node is None and create and len(path) == 1 and isinstance(path[0], str):
            self._doc[path[0]] = tomlkit.table()
            node = self._doc[path[0]]
        if node is not None and not isinstance(node, dict):
            raise ValueError(f"{path_text(path)}: not a table")
        return node

    def add(self, path: str, values: dict[str, Any], at: int | None = None) -> str:
        """Add an item to an array of tables ('criteria', 'criteria[2].levels'), before the
        1-based position `at` or last; returns the new item's path. The first stage added
        to a definition without stages takes every criterion."""
        steps = parse_path(path)
        node = self._node(steps)
        if steps[-1] == LEVELS:
            item: Table | InlineTable = tomlkit.inline_table()
            item.update(values)
            if not isinstance(node, Array):
                owner = self._table(steps[:-1], create=False)
                if owner is None:
                    raise ValueError(f"{path}: no such item")
                array = tomlkit.array()
                array.multiline(True)
                owner[LEVELS] = array
                node = owner[LEVELS]
        else:
            if len(steps) != 1 or steps[0] not in ITEM_ARRAYS:
                raise ValueError(f"{path}: not an array of tables")
            # parsed from text, the table ends with a blank line and keys added to it later
            # go before that line, as in a table of the template
            snippet = tomlkit.parse(tomlkit.dumps({str(steps[0]): [values]}) + "\n")
            item = snippet[str(steps[0])][0]
            if node is None:
                if not self.text().endswith("\n\n"):
                    item.trivia.indent = "\n"
                self._doc.append(str(steps[0]), tomlkit.aot())
                node = self._doc[str(steps[0])]
                if steps[0] == "stages":  # the first stage holds the criteria there are
                    for i in range(self.count("criteria")):
                        if not self.value(f"criteria[{i + 1}].stage"):
                            self.set(f"criteria[{i + 1}].stage", values.get("id", ""))
            elif isinstance(node, Array):  # written inline: stages = [{ id = "a" }, ...]
                item = tomlkit.inline_table()
                item.update(values)
            elif not isinstance(node, AoT):
                raise ValueError(f"{path}: not an array of tables")
        if at is None or at > len(node):
            node.append(item)
            index = len(node)
        else:
            index = max(at, 1)
            node.insert(index - 1, item)
        return f"{path}[{index}]"

    def remove(self, item_path: str) -> None:
        """Remove one item of an array ('criteria[3]'); the last one removes the array. The
        blank lines and comments between [[tables]] stay where they were (a comment heading
        the next item is kept)."""
        steps = parse_path(item_path)
        array, index = self._array_of(steps)
        gaps = _take_gaps(array)
        if gaps:
            last = index == len(gaps) - 1
            if index > 0 and (
                last or (_has_comment(gaps[index]) and not _has_comment(gaps[index - 1]))
            ):
                del gaps[index - 1]
            else:
                del gaps[index]
        del array[index]
        _give_gaps(array, gaps)
        if steps[-2] in ITEM_ARRAYS and not len(array):
            del self._doc[str(steps[-2])]

    def move(self, item_path: str, to: int) -> str:
        """Move an item of an array to the 1-based position `to`; returns its new path. The
        blank lines and comments between [[tables]] keep their places."""
        steps = parse_path(item_path)
        array, index = self._array_of(steps)
        to = min(max(to, 1), len(array))
        if to - 1 == index:
            return item_path
        gaps = _take_gaps(array)
        item = array[index]
        del array[index]
        array.insert(to - 1, item)
        _give_gaps(array, gaps)
        return path_text((*steps[:-1], to - 1))

    def _array_of(self, steps: Path) -> tuple[Any, int]:
        index = steps[-1]
        array = self._node(steps[:-1])
        if not isinstance(index, int) or not isinstance(array, AoT | Array):
            raise ValueError(f"{path_text(steps)}: not an item of an array")
        if not 0 <= index < len(array):
            raise ValueError(f"{path_text(steps)}: no such item")
        return array, index

    # -- checking and summaries ---------------------------------------------------------

    def problems(self) -> list[str]:
        """The validator's messages on the current text, each naming its key path."""
        try:
            parse_definition(self.text(), self.source)
        except DefinitionError as exc:
            return list(exc.problems)
        return []

    def definition(self) -> Definition | None:
        try:
            return parse_definition(self.text(), self.source)
        except DefinitionError:
            return None

    def _items(self, key: str) -> list[dict[str, Any]]:
        raw = self.value(key)
        if not isinstance(raw, list):
            return []
        return [item for item in raw if isinstance(item, dict)]

    def _stages(self) -> tuple[list[dict[str, Any]], bool]:
        if "stages" in self._doc:
            return self._items("stages"), False
        return [{"id": IMPLICIT_STAGE_ID, "name": "Penilaian", "weight": 100}], True

    def _stage_of(self, criterion: dict[str, Any], implicit: bool) -> Any:
        return IMPLICIT_STAGE_ID if implicit else criterion.get("stage")

    def weights(self) -> WeightsSummary:
        """Per stage the criteria's weights added up, and the stages' weights over all:
        each criterion counts w/Σw of its stage, each stage W/ΣW of the final score."""
        stages, implicit = self._stages()
        criteria = self._items("criteria")
        stage_weights = [_number(s.get("weight", 1)) for s in stages]
        total = sum(w for w in stage_weights if w is not None and w > 0)
        out = []
        for stage, weight in zip(stages, stage_weights, strict=True):
            mine = [c for c in criteria if self._stage_of(c, implicit) == stage.get("id")]
            raw = [_number(c.get("weight", 1)) for c in mine]
            sum_c = sum(w for w in raw if w is not None and w > 0)
            out.append(
                StageWeights(
                    id=_text(stage.get("id")),
                    name=_text(stage.get("name")) or _text(stage.get("id")),
                    weight=weight,
                    share=(100 * max(weight, 0) / total) if weight is not None and total else None,
                    criteria=tuple(
                        CriterionWeight(
                            _text(c.get("id")),
                            _text(c.get("name")),
                            w,
                            (100 * w / sum_c) if w is not None and w > 0 and sum_c else None,
                        )
                        for c, w in zip(mine, raw, strict=True)
                    ),
                    total=sum_c,
                    adds_up=bool(mine) and all(w is not None and w > 0 for w in raw),
                )
            )
        adds_up = (
            bool(stages)
            and all(w is not None and w >= 0 for w in stage_weights)
            and any(w is not None and w > 0 for w in stage_weights)
        )
        return WeightsSummary(tuple(out), total, adds_up, implicit)

    def preview(self) -> list[PreviewStage]:
        """The score sheet as a judge will see it: per stage its criteria with their scale,
        step and rubric levels (as far as the document says, problems or not)."""
        stages, implicit = self._stages()
        criteria = self._items("criteria")
        out = []
        for stage in stages:
            mine = [c for c in criteria if self._stage_of(c, implicit) == stage.get("id")]
            out.append(
                PreviewStage(
                    id=_text(stage.get("id")),
                    name=_text(stage.get("name")) or _text(stage.get("id")),
                    weight=_shown(stage.get("weight", 1)),
                    criteria=tuple(_preview_criterion(c) for c in mine),
                )
            )
        return out


def _take_gaps(array: Any) -> list[list[Item]]:
    """For an array of [[tables]]: the blank lines and comments that end each table's body
    (what separates it from the next), taken out. Empty for an inline array."""
    if not isinstance(array, AoT):
        return []
    gaps = []
    for table in array:
        body = table.value.body
        gap: list[Item] = []
        while body and body[-1][0] is None and isinstance(body[-1][1], Whitespace | Comment):
            gap.insert(0, body.pop()[1])
        gaps.append(gap)
    return gaps


def _give_gaps(array: Any, gaps: list[list[Item]]) -> None:
    if not isinstance(array, AoT):
        return
    for table, gap in zip(array, gaps, strict=False):
        for item in gap:
            table.value.body.append((None, item))


def _has_comment(gap: list[Item]) -> bool:
    return any(isinstance(item, Comment) for item in gap)


def _preview_criterion(table: dict[str, Any]) -> PreviewCriterion:
    levels = table.get(LEVELS, [])
    return PreviewCriterion(
        id=_text(table.get("id")),
        name=_text(table.get("name")),
        description=_text(table.get("description")),
        min=_shown(table.get("min", 0)),
        max=_shown(table.get("max", 100)),
        step=_shown(table.get("step", 1)),
        weight=_shown(table.get("weight", 1)),
        levels=tuple(
            PreviewLevel(
                _shown(level.get("min")),
                _shown(level.get("max")),
                _text(level.get("label")),
                _text(level.get("description")),
            )
            for level in (levels if isinstance(levels, list) else [])
            if isinstance(level, dict)
        ),
    )


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _shown(value: Any) -> str:
    """A raw value as a field shows it: numbers short (100, 0.5), text as typed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = repr(value)  # every digit: the field is edited and written back
        return text[:-2] if text.endswith(".0") else text
    return str(value)


def shown_value(value: Any) -> str:
    """How a field shows a raw value of the document (see `_shown`)."""
    return _shown(value)
