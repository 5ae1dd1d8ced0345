"""The pages of the New competition window, one per part of the definition: identity and
documents, stages, categories and the award rule, criteria with their rubric, bands, and
aggregation. Each page reads and writes the document through DefinitionState and can show
the field a problem names (`focus_path`)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from judge_app import services
from judge_app.ui.definition_fields import ChoiceField, ClausesField, LineField, TextField
from judge_app.ui.definition_state import DefinitionState
from judge_app.ui.definition_tables import Column, ItemsTable

_ITEM = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?(?:\[(\d+)\])?(?:\.(\w+))?")


def split_path(path: str) -> tuple[str, int, str, int, str]:
    """'criteria[3].levels[2].label' -> ('criteria', 2, 'levels', 1, 'label'), rows from 0,
    -1 and '' where the path stops."""
    match = _ITEM.match(path)
    if match is None:
        return path.split(".")[0], -1, "", -1, ""
    array, row, key, sub, subkey = match.groups()
    return array, int(row) - 1, key or "", int(sub) - 1 if sub else -1, subkey or ""


def free_id(state: DefinitionState, array: str, stem: str) -> str:
    """The first of stem1, stem2, … that no item of the array has as its id yet."""
    items = state.value(array)
    used = {str(i.get("id")) for i in items if isinstance(i, dict)} if items else set()
    n = 1
    while f"{stem}{n}" in used:
        n += 1
    return f"{stem}{n}"


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("hint")
    return label


class Page(QWidget):
    """A page: fields and tables that refresh from the state."""

    prefixes: tuple[str, ...] = ()

    def __init__(self, state: DefinitionState) -> None:
        super().__init__()
        self.state = state
        self.fields: dict[str, QWidget] = {}  # key path -> its field
        self.tables: dict[str, ItemsTable] = {}  # array key -> its table

    def refresh(self) -> None:
        for field in self.fields.values():
            field.refresh()  # type: ignore[attr-defined]
        for table in self.tables.values():
            table.refresh()

    def owns(self, path: str) -> bool:
        head = split_path(path)[0]
        return head in self.prefixes

    def focus_path(self, path: str) -> None:
        if path in self.fields:
            self.fields[path].setFocus()
            return
        array, row, key, _sub, _subkey = split_path(path)
        table = self.tables.get(array)
        if table is not None:
            if row >= 0:
                columns = [c.key for c in table.model.columns]
                table.select(row, columns.index(key) if key in columns else 0)
            table.view.setFocus()
            return
        head = path.split(".")[0]
        for key, field in self.fields.items():
            if key.startswith(head):
                field.setFocus()
                return


class IdentityPage(Page):
    prefixes = ("competition", "documents", "")

    def __init__(self, state: DefinitionState) -> None:
        super().__init__(state)
        form = QFormLayout()
        add = self._add_line
        add(form, "competition.title", self.tr("&Title:"), self.tr("Printed on every document"))
        add(form, "competition.organizer", self.tr("Or&ganiser:"))
        add(form, "competition.place", self.tr("&Place:"), self.tr("Where documents are signed"))
        add(form, "competition.year", self.tr("&Year:"), number=True)
        locale = ChoiceField(
            state,
            "competition.locale",
            [("id", self.tr("Indonesian")), ("en", self.tr("English"))],
        )
        form.addRow(self.tr("Documents' &language:"), locale)
        self.fields["competition.locale"] = locale
        timezone = ChoiceField(
            state,
            "competition.timezone",
            [
                ("WIB", self.tr("WIB (UTC+7)")),
                ("WITA", self.tr("WITA (UTC+8)")),
                ("WIT", self.tr("WIT (UTC+9)")),
            ],
        )
        form.addRow(self.tr("Time &zone:"), timezone)
        self.fields["competition.timezone"] = timezone
        box = QGroupBox(self.tr("Competition"))
        box.setLayout(form)

        signers = QGroupBox(self.tr("Who signs the Rekapitulasi Nilai beside the secretariat"))
        signers_layout = QVBoxLayout(signers)
        self.signers: dict[str, QCheckBox] = {}
        for role, label in (
            ("ketua", self.tr("The panel's c&hair (ketua)")),
            ("sekretaris", self.tr("The panel's s&ecretary (sekretaris)")),
        ):
            check = QCheckBox(label)
            check.toggled.connect(self._set_signers)
            signers_layout.addWidget(check)
            self.signers[role] = check
        signers_layout.addWidget(
            hint_label(
                self.tr(
                    "The letterhead and the secretariat's officials are set in the round "
                    "itself, after it is created (Letterhead and officials): they may "
                    "change after the packages went out; a changed definition needs new "
                    "packages for every judge."
                )
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(signers)
        layout.addStretch(1)

    def _add_line(
        self, form: QFormLayout, path: str, label: str, hint: str = "", *, number: bool = False
    ) -> None:
        field = LineField(self.state, path, number=number, hint=hint)
        form.addRow(label, field)
        self.fields[path] = field

    def _set_signers(self) -> None:
        chosen = [role for role, check in self.signers.items() if check.isChecked()]
        current = self.state.value("documents.recap_signers")
        if chosen == (current or []):
            return
        self.state.set_value(
            "documents.recap_signers", chosen or None, self.tr("Signers of the recap")
        )

    def refresh(self) -> None:
        super().refresh()
        current = self.state.value("documents.recap_signers")
        current = current if isinstance(current, list) else []
        for role, check in self.signers.items():
            check.blockSignals(True)
            check.setChecked(role in current)
            check.blockSignals(False)

    def focus_path(self, path: str) -> None:
        if path.startswith("documents"):
            next(iter(self.signers.values())).setFocus()
        else:
            super().focus_path(path)


class StagesPage(Page):
    prefixes = ("stages",)

    def __init__(self, state: DefinitionState) -> None:
        super().__init__(state)
        table = ItemsTable(
            state,
            "stages",
            [
                Column("id", self.tr("Id")),
                Column("name", self.tr("Name")),
                Column("weight", self.tr("Weight"), number=True),
            ],
            lambda n: {
                "id": free_id(state, "stages", "tahap"),
                "name": self.tr("Stage %1").replace("%1", str(n)),
            },
            self.tr("stage"),
            stretch=1,
        )
        self.tables["stages"] = table
        self.implicit = hint_label("")
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Each stage is scored on its own criteria. The final score is the "
                    "weighted mean of the stages: a stage of weight 0 is scored and ranked "
                    "(a selection gate) but does not enter it."
                )
            )
        )
        layout.addWidget(self.implicit)
        layout.addWidget(table, 1)

    def refresh(self) -> None:
        super().refresh()
        implicit = self.state.doc.count("stages") == 0
        self.implicit.setVisible(implicit)
        self.implicit.setText(
            self.tr(
                "No stages are declared: every criterion belongs to one stage, Penilaian, "
                "of weight 100. The first stage you add takes every criterion."
            )
        )


class CategoriesPage(Page):
    prefixes = ("categories", "awards")

    def __init__(self, state: DefinitionState) -> None:
        super().__init__(state)
        table = ItemsTable(
            state,
            "categories",
            [
                Column("id", self.tr("Id")),
                Column("name", self.tr("Name")),
                Column("awards", self.tr("Awards"), number=True),
            ],
            lambda n: {
                "id": free_id(state, "categories", "kategori"),
                "name": self.tr("Category %1").replace("%1", str(n)),
                "awards": 3,
            },
            self.tr("category"),
            stretch=1,
        )
        self.tables["categories"] = table
        rule = QGroupBox(self.tr("Award rule: what an award needs besides a place"))
        form = QFormLayout(rule)
        min_final = LineField(
            state,
            "awards.min_final",
            number=True,
            hint=self.tr("Empty: no minimum. Compared with the printed final score"),
        )
        form.addRow(self.tr("Mi&nimum final score:"), min_final)
        min_band = ChoiceField(state, "awards.min_band", self._band_choices)
        form.addRow(self.tr("At least the &band:"), min_band)
        self.fields["awards.min_final"] = min_final
        self.fields["awards.min_band"] = min_band
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Entry lists name a category by its id or its name. Awards: how many "
                    "places each category awards (0: ranked only)."
                )
            )
        )
        layout.addWidget(table, 1)
        layout.addWidget(rule)

    def _band_choices(self) -> list[tuple[str, str]]:
        bands = self.state.value("bands")
        labels = [b.get("label") for b in bands if isinstance(b, dict)] if bands else []
        none = ("", self.tr("(any band)"))
        return [none, *((str(label), str(label)) for label in labels if label)]


class CriteriaPage(Page):
    prefixes = ("criteria",)

    def __init__(self, state: DefinitionState) -> None:
        super().__init__(state)
        self.list = ItemsTable(
            state,
            "criteria",
            [
                Column("id", self.tr("Id")),
                Column("name", self.tr("Name")),
                Column("stage", self.tr("Stage")),
                Column("weight", self.tr("Weight"), number=True),
            ],
            self._new_criterion,
            self.tr("criterion"),
            stretch=1,
        )
        self.tables["criteria"] = self.list
        self.list.selected.connect(lambda _row: self._show_selected())

        detail = QWidget()
        form = QFormLayout()
        self.detail_fields: dict[str, QWidget] = {}

        def at(key: str):
            return lambda: self._selected_path(key)

        for key, label, number in (
            ("id", self.tr("&Id:"), False),
            ("name", self.tr("&Name:"), False),
            ("weight", self.tr("&Weight:"), True),
        ):
            field = LineField(state, at(key), number=number)
            form.addRow(label, field)
            self.detail_fields[key] = field
        stage = ChoiceField(state, at("stage"), self._stage_choices)
        form.addRow(self.tr("S&tage:"), stage)
        self.detail_fields["stage"] = stage
        description = TextField(state, at("description"), lines=3)
        form.addRow(self.tr("&Description:"), description)
        self.detail_fields["description"] = description
        scale = QHBoxLayout()
        for key, label in (
            ("min", self.tr("from")),
            ("max", self.tr("to")),
            ("step", self.tr("in steps of")),
        ):
            field = LineField(state, at(key), number=True)
            field.setMaximumWidth(80)
            self.detail_fields[key] = field
            scale.addWidget(QLabel(label))
            scale.addWidget(field)
        scale.addStretch(1)
        form.addRow(self.tr("Scale:"), scale)
        self.levels = ItemsTable(
            state,
            lambda: self._selected_path("levels"),
            [
                Column("min", self.tr("From"), number=True),
                Column("max", self.tr("To"), number=True),
                Column("label", self.tr("Label")),
                Column("description", self.tr("Descriptor")),
            ],
            self._new_level,
            self.tr("level"),
        )
        self.levels.view.setColumnWidth(0, 55)
        self.levels.view.setColumnWidth(1, 55)
        self.levels.view.setColumnWidth(2, 110)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(form)
        detail_layout.addWidget(QLabel(self.tr("Rubric levels (what a score means):")))
        detail_layout.addWidget(self.levels, 1)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

    def _selected_path(self, key: str) -> str | None:
        row = self.list.current_row()
        if row < 0 or row >= self.state.doc.count("criteria"):
            return None
        return f"criteria[{row + 1}].{key}"

    def _stage_choices(self) -> list[tuple[str, str]]:
        stages = self.state.value("stages")
        if not stages:
            return [("", self.tr("(the one stage)"))]
        return [
            (str(s.get("id", "")), f"{s.get('id', '')}: {s.get('name', '')}")
            for s in stages
            if isinstance(s, dict)
        ]

    def _new_criterion(self, n: int) -> dict[str, object]:
        values: dict[str, object] = {
            "id": free_id(self.state, "criteria", "C"),
            "name": self.tr("Criterion %1").replace("%1", str(n)),
            "weight": 10,
            "min": 0,
            "max": 100,
            "step": 1,
        }
        row = self.list.current_row()
        stage = self.state.value(f"criteria[{row + 1}].stage") if row >= 0 else None
        stages = self.state.value("stages")
        if stage is None and stages:
            stage = stages[-1].get("id")
        if stage:
            values = {
                "id": values["id"],
                "stage": stage,
                **{k: v for k, v in values.items() if k != "id"},
            }
        return values

    def _new_level(self, n: int) -> dict[str, object]:
        path = self._selected_path("levels")
        last = self.state.value(f"{path}[{n - 1}].max") if path and n > 1 else None
        high = self.state.value(self._selected_path("max") or "") or 100
        low = (last + 1) if isinstance(last, int | float) else 0
        return {"min": low, "max": high, "label": self.tr("Level %1").replace("%1", str(n))}

    def _show_selected(self) -> None:
        for field in self.detail_fields.values():
            field.refresh()  # type: ignore[attr-defined]
        self.levels.refresh()

    def refresh(self) -> None:
        super().refresh()
        self._show_selected()

    def focus_path(self, path: str) -> None:
        _array, row, key, sub, subkey = split_path(path)
        if row < 0:
            self.list.view.setFocus()
            return
        self.list.select(row)
        self._show_selected()
        if key == "levels" and sub >= 0:
            columns = [c.key for c in self.levels.model.columns]
            self.levels.select(sub, columns.index(subkey) if subkey in columns else 0)
            self.levels.view.setFocus()
        elif key in self.detail_fields:
            self.detail_fields[key].setFocus()


class BandsPage(Page):
    prefixes = ("bands", "unassessed")

    def __init__(self, state: DefinitionState) -> None:
        super().__init__(state)
        table = ItemsTable(
            state,
            "bands",
            [
                Column("min", self.tr("From score"), number=True),
                Column("label", self.tr("Label")),
                Column("name", self.tr("Meaning")),
                Column("color", self.tr("Colour"), color=True),
            ],
            lambda n: {
                "min": 0,
                "label": self.tr("Band %1").replace("%1", str(n)),
                "color": "#9e9e9e",
            },
            self.tr("band"),
            stretch=2,
        )
        self.tables["bands"] = table
        box = QGroupBox(self.tr("Entries without a final score"))
        form = QFormLayout(box)
        for key, label in (
            ("label", self.tr("&Label:")),
            ("name", self.tr("M&eaning:")),
            ("color", self.tr("Colou&r:")),
        ):
            field = LineField(state, f"unassessed.{key}")
            form.addRow(label, field)
            self.fields[f"unassessed.{key}"] = field
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Bands (predikat), highest first: an entry gets the first band whose "
                    "lower limit its final score reaches. Colours as #rrggbb."
                )
            )
        )
        layout.addWidget(table, 1)
        layout.addWidget(box)


class AggregationPage(Page):
    prefixes = ("aggregation",)

    def __init__(self, state: DefinitionState) -> None:
        super().__init__(state)
        form = QFormLayout()
        methods = {
            "mean": self.tr("Mean of the judges' totals"),
            "median": self.tr("Median"),
            "trimmed": self.tr("Trimmed mean (drop the highest and lowest)"),
            "zscore": self.tr("Normalised per judge (z-score)"),
        }
        method = ChoiceField(
            state,
            "aggregation.method",
            [(m, methods.get(m, m)) for m in services.AGGREGATION_METHODS],
        )
        form.addRow(self.tr("M&ethod:"), method)
        self.fields["aggregation.method"] = method
        for key, label, hint in (
            ("trim", self.tr("&Trim:"), self.tr("Totals dropped at each end (trimmed mean)")),
            ("min_judges", self.tr("Minimum &judges:"), self.tr("Fewer totals: no score")),
            (
                "outlier_points",
                self.tr("&Disagreement above:"),
                self.tr("Points from the panel's median that flag a judge's total"),
            ),
        ):
            field = LineField(state, f"aggregation.{key}", number=True, hint=hint)
            field.setMaximumWidth(100)
            form.addRow(label, field)
            self.fields[f"aggregation.{key}"] = field
        box = QGroupBox(self.tr("Scoring"))
        box.setLayout(form)

        ties = QGroupBox(self.tr("Tie-break: equal final scores are ordered by these criteria"))
        self.ties = QListWidget()
        self.tie_choice = QComboBox()
        self.add_tie = QPushButton(self.tr("Add"))
        self.remove_tie = QPushButton(self.tr("Remove"))
        self.tie_up = QPushButton(self.tr("Up"))
        self.add_tie.clicked.connect(self._add_tie)
        self.remove_tie.clicked.connect(self._remove_tie)
        self.tie_up.clicked.connect(self._tie_up)
        row = QHBoxLayout()
        row.addWidget(self.tie_choice, 1)
        for button in (self.add_tie, self.remove_tie, self.tie_up):
            row.addWidget(button)
        ties_layout = QVBoxLayout(ties)
        ties_layout.addWidget(self.ties, 1)
        ties_layout.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(ties, 1)

    def _ties(self) -> list[str]:
        value = self.state.value("aggregation.tie_break")
        return [str(v) for v in value] if isinstance(value, list) else []

    def _set_ties(self, ties: list[str]) -> None:
        self.state.set_value("aggregation.tie_break", ties, self.tr("Tie-break"))

    def _add_tie(self) -> None:
        cid = self.tie_choice.currentData()
        if cid and cid not in self._ties():
            self._set_ties([*self._ties(), cid])

    def _remove_tie(self) -> None:
        row = self.ties.currentRow()
        ties = self._ties()
        if 0 <= row < len(ties):
            del ties[row]
            self._set_ties(ties)

    def _tie_up(self) -> None:
        row = self.ties.currentRow()
        ties = self._ties()
        if 0 < row < len(ties):
            ties[row - 1], ties[row] = ties[row], ties[row - 1]
            self._set_ties(ties)
            self.ties.setCurrentRow(row - 1)

    def refresh(self) -> None:
        super().refresh()
        criteria = self.state.value("criteria") or []
        names = {str(c.get("id")): str(c.get("name", "")) for c in criteria if isinstance(c, dict)}
        row = self.ties.currentRow()
        self.ties.clear()
        unknown = self.tr("(no such criterion)")
        for i, cid in enumerate(self._ties(), start=1):
            self.ties.addItem(f"{i}. {cid}: {names.get(cid, unknown)}")
        self.ties.setCurrentRow(min(row, self.ties.count() - 1))
        self.tie_choice.clear()
        for cid, name in names.items():
            if cid not in self._ties():
                self.tie_choice.addItem(f"{cid}: {name}", cid)
        self.add_tie.setEnabled(self.tie_choice.count() > 0)

    def focus_path(self, path: str) -> None:
        if path.startswith("aggregation.tie_break"):
            self.ties.setFocus()
        else:
            super().focus_path(path)


class DeclarationsPage(Page):
    """The texts of the judges' declarations; empty keeps the built-in text, shown greyed in
    the documents' language."""

    prefixes = ("declarations",)

    def __init__(self, state: DefinitionState) -> None:
        super().__init__(state)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "What each judge signs before scoring. Left empty, the built-in text "
                    "(shown greyed) is used in the documents' language. One clause per line."
                )
            )
        )
        self.boxes: dict[str, TextField] = {}
        for key, title, lines, share in (
            ("pakta", self.tr("Integrity pact (Pakta Integritas): its clauses"), 5, 3),
            ("konflik", self.tr("Statement of no conflict of interest: its clauses"), 4, 2),
            ("sanctions", self.tr("Integrity pact: the sanctions accepted"), 2, 1),
        ):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            path = f"declarations.{key}"
            field = (
                TextField(state, path, lines)
                if key == "sanctions"
                else ClausesField(state, path, lines)
            )
            field.setMinimumHeight(field.minimumHeight())  # grows with the window
            field.setMaximumHeight(16777215)
            field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            box_layout.addWidget(field)
            layout.addWidget(box, share)
            self.fields[path] = field
            self.boxes[key] = field

    def refresh(self) -> None:
        super().refresh()
        locale = self.state.value("competition.locale")
        locale = locale if locale in ("id", "en") else "id"
        builtin = {
            "pakta": "\n".join(services.BUILTIN_PAKTA[locale]),
            "konflik": "\n".join(services.BUILTIN_KONFLIK[locale]),
            "sanctions": services.BUILTIN_SANCTIONS[locale],
        }
        for key, field in self.boxes.items():
            field.setPlaceholderText(builtin[key])
