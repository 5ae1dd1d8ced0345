"""The secretariat's panel of judges: add, edit, remove (only a judge without work) and
import a list, with the NIP/NIK checks of the command line; the chair (ketua) and the
secretary (sekretaris) sign the documents, so the role warnings stay in view. Every
change is saved at once and undoable."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from judge_app import services
from judge_app.services import Definition, Judge, JudgeAppError, JudgeStatus, MasterSession
from judge_app.ui.overview import RecordsModel, records_view
from judge_app.ui.screen_fit import fit_on_screen
from judge_app.ui.setup_screen import SetupScreen
from judge_app.ui.task_runner import failure_text

ROLES = ("ketua", "sekretaris", "anggota")


class JudgesEditor(SetupScreen):
    def __init__(
        self,
        session: MasterSession | Path,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
        *,
        read_only: bool | None = None,
    ) -> None:
        super().__init__(
            session,
            undo_stack,
            parent,
            read_only,
            QCoreApplication.translate("JudgesEditor", "Judges"),
        )
        self.dialog: JudgeDialog | None = None
        self.statuses: list[JudgeStatus] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.warnings = QLabel()
        self.warnings.setObjectName("roleWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(
            "QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid #e0c36a;"
            " padding: 4px; }"
        )
        layout.addWidget(self.warnings)
        self.model = RecordsModel(
            [
                self.tr("ID"),
                self.tr("Name"),
                self.tr("NIP/NIK"),
                self.tr("Role"),
                self.tr("Rank"),
                self.tr("Position"),
                self.tr("Institution"),
                self.tr("Region"),
                self.tr("Expertise"),
                self.tr("Entries"),
            ],
            [],
            self,
        )
        self.view = records_view(self.model, ())
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        layout.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Im&port list…"))
        self.import_button.setToolTip(
            self.tr(
                "Register the judges of a CSV or XLSX file; those already registered (same "
                "id, NIP/NIK or name) are updated"
            )
        )
        self.import_button.clicked.connect(self.import_dialog)
        self.add_button = QPushButton(self.tr("A&dd…"))
        self.add_button.clicked.connect(self.add_judge)
        self.edit_button = QPushButton(self.tr("Edi&t…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Rem&ove"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()
        self._size_columns()

    # -- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the judges and their load from the master again; the selection stays."""
        chosen = self.selected_id()
        self.statuses = services.judge_dashboard(self.master)
        self.model.set_rows(
            [
                (
                    j.id,
                    j.name,
                    j.nip or "-",
                    role_name(j.role),
                    j.rank,
                    j.position,
                    j.institution,
                    j.region,
                    ", ".join(j.expertise.split()),  # the ids: short; the dialog names them
                    s.assigned,
                )
                for s in self.statuses
                for j in (s.judge,)
            ]
        )
        chairs = sum(1 for s in self.statuses if s.judge.role == "ketua")
        secretaries = sum(1 for s in self.statuses if s.judge.role == "sekretaris")
        self.summary.setText(
            self.tr("%1 judges · chair: %2 · secretary: %3")
            .replace("%1", str(len(self.statuses)))
            .replace("%2", str(chairs))
            .replace("%3", str(secretaries))
        )
        warnings = list(services.panel_warnings(self.master))
        if self.statuses and not chairs:
            warnings.append(self.tr("No judge is chair (ketua): the chair signs the documents"))
        if self.statuses and not secretaries:
            warnings.append(
                self.tr("No judge is secretary (sekretaris): the secretary signs the documents")
            )
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))
        if chosen:
            self.select(chosen)
        self._update_buttons()

    def _size_columns(self) -> None:
        width = self.view.fontMetrics().horizontalAdvance
        for column, sample in enumerate(
            ("J00", "x" * 30, "0" * 18, "Sekretaris", "x" * 20, "x" * 24, "x" * 26, "x" * 14)
        ):
            self.view.setColumnWidth(column, width(sample) + 18)
        self.view.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(3, max(width(role_name(r)) for r in ROLES) + 18)
        self.view.setColumnWidth(8, width("x" * 18))
        self.view.setColumnWidth(9, width(self.tr("Entries")) + 24)

    def selected_status(self) -> JudgeStatus | None:
        rows = self.view.selectionModel().selectedRows()
        return self.statuses[rows[0].row()] if rows else None

    def selected_id(self) -> str | None:
        status = self.selected_status()
        return status.judge.id if status else None

    def select(self, judge_id: str) -> bool:
        for row, status in enumerate(self.statuses):
            if status.judge.id == judge_id:
                self.view.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        status = self.selected_status()
        writable = not self.read_only
        for button in (self.import_button, self.add_button):
            button.setEnabled(writable)
        self.edit_button.setEnabled(writable and status is not None)
        has_work = status is not None and status.revision is not None
        self.remove_button.setEnabled(writable and status is not None and not has_work)
        self.remove_button.setToolTip(
            self.tr("%1 has returned signed scores and stays in the panel").replace(
                "%1", status.judge.name
            )
            if status is not None and has_work
            else self.tr("Remove a judge who has no scores yet (their assignments go too)")
        )

    # -- changes ------------------------------------------------------------------------------

    def add_judge(self) -> bool:
        if self.read_only:
            return False
        master = self.master

        def save(judge: Judge) -> Judge:
            return services.add_judge(
                master,
                judge.name,
                judge.nip,
                judge.position,
                judge.id,
                judge.institution,
                judge.rank,
                judge.role,
                judge.region,
                judge.expertise,
            )

        self.dialog = JudgeDialog(self.definition, Judge("", ""), save, self, new=True)
        if self.dialog.exec() != QDialog.DialogCode.Accepted or self.dialog.saved is None:
            return False
        added = services.RemovedJudge(self.dialog.saved, ())
        self._push(
            self.tr("Add judge %1").replace("%1", added.judge.id),
            lambda: services.restore_judge(master, added),
            lambda: services.remove_judge(master, added.judge.id),
            added.judge.id,
        )
        return True

    def edit_selected(self) -> bool:
        status = self.selected_status()
        if status is None or self.read_only:
            return False
        before = status.judge
        master = self.master
        self.dialog = JudgeDialog(
            self.definition, before, lambda j: services.update_judge(master, j), self
        )
        if self.dialog.exec() != QDialog.DialogCode.Accepted or self.dialog.saved is None:
            return False
        after = self.dialog.saved
        if after == before:
            return False
        self._push(
            self.tr("Edit judge %1").replace("%1", before.id),
            lambda: services.update_judge(master, after),
            lambda: services.update_judge(master, before),
            before.id,
        )
        return True

    def remove_selected(self) -> bool:
        status = self.selected_status()
        if status is None or self.read_only:
            return False
        master = self.master
        judge_id = status.judge.id
        removed: list = []

        def forward() -> None:
            removed[:] = [services.remove_judge_keeping(master, judge_id)]

        if not self.guard(forward):
            return False
        self._push(
            self.tr("Remove judge %1").replace("%1", judge_id),
            forward,
            lambda: services.restore_judge(master, removed[0]),
            judge_id,
        )
        self.status.emit(
            self.tr("%1 removed with %2 assignments")
            .replace("%1", status.judge.name)
            .replace("%2", str(len(removed[0].entries)))
        )
        return True

    def import_dialog(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import judges"),
            str(self.master.parent),
            self.tr("Judge lists (*.csv *.xlsx);;All files (*)"),
        )
        return bool(path) and self.import_file(Path(path))

    def import_file(self, source: Path) -> bool:
        """Register the file's judges (all or nothing), show the importer's report; undo
        removes those added and puts back the fields of those updated."""
        master = self.master
        before = {s.judge.id: s.judge for s in self.statuses}
        results: list = []

        def forward() -> None:
            results[:] = [services.import_judges(master, source)]

        title = self.tr("Import judges")
        try:
            forward()
        except (JudgeAppError, OSError) as exc:
            self._problems_box(title, exc)
            return False
        result = results[0]
        added = [services.RemovedJudge(j, ()) for j in result.added]
        updated = [(before[j.id], j) for j in result.updated if j.id in before]

        def undo() -> None:
            for judge in added:
                services.remove_judge(master, judge.judge.id)
            for old, _ in updated:
                services.update_judge(master, old)

        def redo() -> None:
            for judge in added:
                services.restore_judge(master, judge)
            for _, new in updated:
                services.update_judge(master, new)

        self._push(
            self.tr("Import %1").replace("%1", source.name),
            redo,
            undo,
            (result.added or result.updated or [Judge("", "")])[0].id,
        )
        text = (
            self.tr("%1: %2 added, %3 updated, %4 unchanged")
            .replace("%1", source.name)
            .replace("%2", str(len(result.added)))
            .replace("%3", str(len(result.updated)))
            .replace("%4", str(result.unchanged))
        )
        self.status.emit(text)
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self)
        if result.warnings:
            box.setInformativeText("\n".join(result.warnings))
        names = [f"+ {j.id} {j.name}" for j in result.added]
        names += [f"~ {j.id} {j.name}" for j in result.updated]
        box.setDetailedText("\n".join(names))
        box.open()
        self.report = box
        return True

    def _problems_box(self, title: str, exc: Exception) -> None:
        problems = getattr(exc, "problems", None)
        if problems and len(problems) > 5:
            head, _, rest = str(exc).partition("\n")
            box = QMessageBox(QMessageBox.Icon.Warning, title, head, parent=self)
            box.setInformativeText(rest.splitlines()[0].strip(" -"))
            box.setDetailedText(rest)
            box.exec()
        else:
            QMessageBox.warning(self, title, failure_text(exc))


def role_name(role: str) -> str:
    names = {
        "ketua": QCoreApplication.translate("JudgesEditor", "Chair (ketua)"),
        "sekretaris": QCoreApplication.translate("JudgesEditor", "Secretary (sekretaris)"),
        "anggota": QCoreApplication.translate("JudgesEditor", "Member (anggota)"),
    }
    return names.get(role, role)


# the command line's option names in add_judge's messages, as the dialog names the fields
OPTION_FIELDS = ("name", "nip", "id", "role", "region", "expertise")


class JudgeDialog(QDialog):
    """One judge's fields; OK saves through `save`, whose refusal (NIP/NIK, id, role,
    expertise, a NIP registered to another judge) is shown here and keeps it open."""

    def __init__(
        self,
        definition: Definition,
        judge: Judge,
        save,
        parent: QWidget | None = None,
        *,
        new: bool = False,
    ) -> None:
        super().__init__(parent)
        self.judge = judge
        self.save = save
        self.saved: Judge | None = None
        self.setWindowTitle(
            self.tr("New judge") if new else self.tr("Judge %1").replace("%1", judge.id)
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.id_edit = QLineEdit(judge.id)
        self.id_edit.setReadOnly(not new)
        self.id_edit.setPlaceholderText(self.tr("empty: J1, J2, … given in turn"))
        self.name_edit = QLineEdit(judge.name)
        self.name_edit.setPlaceholderText(self.tr("with academic titles, as printed"))
        self.nip_edit = QLineEdit(judge.nip)
        self.nip_edit.setPlaceholderText(self.tr("NIP 18 digits, NIK 16, or -"))
        self.rank_edit = QLineEdit(judge.rank)
        self.rank_edit.setPlaceholderText(self.tr("e.g. Pembina (IV/a)"))
        self.position_edit = QLineEdit(judge.position)
        self.institution_edit = QLineEdit(judge.institution)
        self.institution_edit.setToolTip(
            self.tr(
                "Entries of this agency are likely conflicts: the automatic assignment keeps "
                "them apart"
            )
        )
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        self.role.setCurrentIndex(max(self.role.findData(judge.role), 0))
        self.role.setToolTip(
            self.tr(
                "The chair and the secretary sign the Rekapitulasi Nilai and the Berita Acara: "
                "one of each"
            )
        )
        self.region_edit = QLineEdit(judge.region)
        self.region_edit.setPlaceholderText(self.tr("e.g. Kota Serang"))
        form.addRow(self.tr("&ID"), self.id_edit)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("NIP/NI&K"), self.nip_edit)
        form.addRow(self.tr("R&ank"), self.rank_edit)
        form.addRow(self.tr("&Position"), self.position_edit)
        form.addRow(self.tr("Ins&titution"), self.institution_edit)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("Re&gion"), self.region_edit)
        layout.addLayout(form)
        expertise = QGroupBox(self.tr("Expertise (categories this judge knows best)"))
        grid = QGridLayout(expertise)
        chosen = set(judge.expertise.split())
        self.expertise: dict[str, QCheckBox] = {}
        for index, category in enumerate(definition.categories):
            check = QCheckBox(category.name)
            check.setToolTip(category.id)
            check.setChecked(category.id in chosen)
            self.expertise[category.id] = check
            grid.addWidget(check, index // 2, index % 2)
        layout.addWidget(expertise)
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        layout.addWidget(self.problems)
        layout.addStretch(1)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        (self.id_edit if new else self.name_edit).setFocus()
        fit_on_screen(self, 600, 480)

    def value(self) -> Judge:
        return replace(
            self.judge,
            id=self.id_edit.text().strip(),
            name=self.name_edit.text(),
            nip=self.nip_edit.text(),
            rank=self.rank_edit.text(),
            position=self.position_edit.text(),
            institution=self.institution_edit.text(),
            role=self.role.currentData() or "anggota",
            region=self.region_edit.text(),
            expertise=" ".join(c for c, box in self.expertise.items() if box.isChecked()),
        )

    def accept(self) -> None:
        try:
            self.saved = self.save(self.value())
        except (JudgeAppError, OSError) as exc:
            self.show_problems(exc)
            return
        super().accept()

    def show_problems(self, exc: Exception) -> None:
        problems = getattr(exc, "problems", None)
        if not problems:
            self.problems.setText(failure_text(exc))
        else:
            labels = {
                "name": self.tr("Name"),
                "nip": "NIP/NIK",
                "id": self.tr("ID"),
                "role": self.tr("Role"),
                "region": self.tr("Region"),
                "expertise": self.tr("Expertise"),
            }
            lines = []
            for problem in problems:
                for option in OPTION_FIELDS:  # "--nip: …" reads "NIP/NIK: …" here
                    if problem.startswith(f"--{option}:"):
                        problem = labels[option] + problem[len(option) + 2 :]
                        break
                lines.append(f"• {problem}")
            self.problems.setText("\n".join(lines))
        self.problems.show()
