"""New competition (Berkas → Kompetisi baru…): a competition definition made on screens from a
template (KIPP, IGA, Ombudsman) or an existing TOML file, checked live by the same validator
with the same messages as a hand-edited file, saved as TOML (the file format stays the
contract: the screens write it), and turned into a new round's master file."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from judge_app import services
from judge_app.services import JudgeAppError
from judge_app.ui.definition_checks import ProblemsView, WeightsView
from judge_app.ui.definition_pages import (
    AggregationPage,
    BandsPage,
    CategoriesPage,
    CriteriaPage,
    DeclarationsPage,
    IdentityPage,
    Page,
    StagesPage,
)
from judge_app.ui.definition_preview import SheetPreview
from judge_app.ui.definition_state import DefinitionState
from judge_app.ui.screen_fit import fit_on_screen

TEMPLATE_ORDER = ("kipp", "iga", "ombudsman")
TOML_FILTER = "TOML (*.toml);;All files (*)"


class DefinitionEditor(QDialog):
    """Emits `created` with the new master's path once the round is created."""

    created = Signal(Path)

    def __init__(
        self,
        parent: QWidget | None = None,
        template: str = "kipp",
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder or Path.home()
        self.path: Path | None = None  # the TOML file being edited, once saved or opened
        self.confirm_discard = True  # tests turn the questions off
        self.state = DefinitionState(services.template_text(template), template, parent=self)
        self.state.changed.connect(self.refresh)
        self.state.undo_stack.cleanChanged.connect(self._clean_changed)

        # -- the top: where the definition comes from and where it goes
        self.template = QComboBox()
        names = [n for n in TEMPLATE_ORDER if n in services.template_names()]
        names += [n for n in services.template_names() if n not in names]
        for name in names:
            self.template.addItem(f"{name.upper()}: {services.template_title(name)}", name)
        self.template.setCurrentIndex(max(self.template.findData(template), 0))
        self.template.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template.setMinimumContentsLength(16)
        self.template.activated.connect(lambda i: self.start_from(self.template.itemData(i)))
        template_label = QLabel(self.tr("Start from te&mplate:"))
        template_label.setBuddy(self.template)
        self.open_button = QPushButton(self.tr("&Open TOML…"))
        self.save_button = QPushButton(self.tr("&Save TOML"))
        self.save_as_button = QPushButton(self.tr("Save &as…"))
        self.open_button.clicked.connect(self.open_dialog)
        self.save_button.clicked.connect(self.save)
        self.save_as_button.clicked.connect(self.save_as_dialog)
        self.source_label = QLabel()
        self.source_label.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(template_label)
        top.addWidget(self.template, 1)
        for button in (self.open_button, self.save_button, self.save_as_button):
            top.addWidget(button)

        # -- the pages
        self.pages: list[tuple[str, QWidget]] = [
            (self.tr("Identity"), IdentityPage(self.state)),
            (self.tr("Stages"), StagesPage(self.state)),
            (self.tr("Categories and awards"), CategoriesPage(self.state)),
            (self.tr("Criteria and rubric"), CriteriaPage(self.state)),
            (self.tr("Bands"), BandsPage(self.state)),
            (self.tr("Aggregation"), AggregationPage(self.state)),
            (self.tr("Declarations"), DeclarationsPage(self.state)),
        ]
        self.preview = SheetPreview(self.state)
        self.pages.append((self.tr("Score sheet preview"), self.preview))
        self.page_list = QListWidget()
        self.stack = QStackedWidget()
        for title, page in self.pages:
            self.page_list.addItem(title)
            if page is self.preview:
                self.stack.addWidget(page)
                continue
            scroll = QScrollArea()  # on a small screen the page scrolls, the window fits
            scroll.setWidget(page)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            self.stack.addWidget(scroll)
        self.page_list.currentRowChanged.connect(self._show_page)
        self.page_list.setWordWrap(True)  # a narrow list (a small screen) wraps its titles
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # -- beside them: the weights and the problems
        self.weights = WeightsView(self.state)
        self.problems = ProblemsView(self.state)
        self.problems.chosen.connect(self.show_problem)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.weights)
        side.addWidget(self.problems)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)
        side.setChildrenCollapsible(False)

        self.body = QSplitter()  # the pages' list, a page, the weights and problems
        self.body.addWidget(self.page_list)
        self.body.addWidget(self.stack)
        self.body.addWidget(side)
        self.body.setStretchFactor(1, 1)
        self.body.setChildrenCollapsible(False)

        # -- below: undo, redo, create
        self.undo_action = self.state.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.state.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.triggered.connect(self.save)
        for action in (self.undo_action, self.redo_action, save_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.undo_button.setToolTip(self.tr("Undo the last edit (Ctrl+Z)"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.undo_button.clicked.connect(self.state.undo_stack.undo)
        self.redo_button.clicked.connect(self.state.undo_stack.redo)
        self.state.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.state.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.create_button = QPushButton(self.tr("&Create round…"))
        self.create_button.clicked.connect(self.create_round_dialog)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addWidget(self.source_label, 1)
        bottom.addWidget(self.create_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        layout.addLayout(bottom)
        # Enter finishes a field's edit: no button of the window takes it
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.page_list.setCurrentRow(0)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.refresh()
        fit_on_screen(self, 1300, 740)
        width = self.width()
        pages = min(self.page_list.sizeHintForColumn(0) + 16, width // 6)
        side_width = (width - pages) * 2 // 7
        self.body.setSizes([pages, width - pages - side_width, side_width])

    # -- showing ---------------------------------------------------------------------------

    def _show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        if self.current_page() is self.preview:
            self.preview.refresh()

    def current_page(self) -> QWidget:
        return self.pages[max(self.stack.currentIndex(), 0)][1]

    def refresh(self) -> None:
        for _title, page in self.pages:
            if isinstance(page, Page):
                page.refresh()
        if self.current_page() is self.preview:
            self.preview.refresh()
        self.weights.refresh()
        self.problems.refresh()
        problems = self.state.problems
        self.create_button.setEnabled(not problems)
        self.create_button.setToolTip(self.tr("Fix the problems listed first") if problems else "")
        self._show_title()

    def _clean_changed(self, _clean: bool) -> None:
        # the stack also says so while the window is being destroyed (it is a child)
        if isValid(self) and isValid(self.state.undo_stack):
            self._show_title()

    def _show_title(self) -> None:
        where = str(self.path) if self.path else self.tr("not saved yet")
        mark = "*" if self.state.modified else ""
        self.setWindowTitle(self.tr("New competition") + f" – {where}{mark}")
        self.source_label.setText(
            self.tr("TOML: %1").replace("%1", where) + (self.tr(" (changed)") if mark else "")
        )

    def show_problem(self, path: str) -> None:
        """Go to the page and field a problem names."""
        for row, (_title, page) in enumerate(self.pages):
            if isinstance(page, Page) and page.owns(path):
                self.page_list.setCurrentRow(row)
                page.focus_path(path)
                return

    # -- where the definition comes from ----------------------------------------------------

    def _may_discard(self) -> bool:
        if not self.state.modified or not self.confirm_discard:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("New competition"),
            self.tr("Discard the changes that are not saved?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def start_from(self, name: str) -> bool:
        """Start again from a bundled template."""
        if not self._may_discard():
            self.template.setCurrentIndex(self.template.findData(self.state.doc.source))
            return False
        self.state.load(services.template_text(name), name)
        self.path = None
        self.template.setCurrentIndex(max(self.template.findData(name), 0))
        self._show_title()
        return True

    def open_dialog(self) -> None:
        if not self._may_discard():
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a competition definition"), str(self.folder), TOML_FILTER
        )
        if name:
            self.open_file(Path(name), ask=False)

    def open_file(self, path: Path, *, ask: bool = True) -> bool:
        """Edit an existing definition (it may have problems; they are listed)."""
        if ask and not self._may_discard():
            return False
        try:
            text = path.read_text(encoding="utf-8-sig")
            self.state.load(text, str(path))
        except (OSError, UnicodeDecodeError, JudgeAppError) as exc:
            QMessageBox.warning(self, self.tr("Open a competition definition"), str(exc))
            return False
        self.path = path
        self.folder = path.parent
        self._show_title()
        return True

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        if self.path is None:
            return self.save_as_dialog()
        return self.save_to(self.path)

    def save_as_dialog(self) -> bool:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the competition definition"),
            str(self.folder / self._suggested_name(".toml")),
            TOML_FILTER,
        )
        if not name:
            return False
        path = Path(name)
        return self.save_to(path if path.suffix else path.with_suffix(".toml"))

    def _suggested_name(self, suffix: str) -> str:
        """'kompetisi-inovasi-pelayanan-publik-provinsi-banten-2023.toml' from the title."""
        title = self.state.value("competition.title")
        words = re.findall(r"[a-z0-9]+", title.casefold()) if isinstance(title, str) else []
        return f"{'-'.join(words)[:60].strip('-') or 'kompetisi'}{suffix}"

    def save_to(self, path: Path) -> bool:
        """Write the TOML text as it is (problems or not: a draft may be saved)."""
        try:
            services.write_bytes(path, self.state.doc.text().encode("utf-8"))
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Save the competition definition"), f"{path}: {exc.strerror}"
            )
            return False
        self.path = path
        self.folder = path.parent
        self.state.mark_saved()
        self._show_title()
        return True

    # -- the round --------------------------------------------------------------------------

    def create_round_dialog(self) -> None:
        if self.state.problems:
            return
        if (self.path is None or self.state.modified) and not self.save():
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Create the round's master file"),
            str(self.folder / self._suggested_name(".sqlite")),
            self.tr("judge-app files (*.sqlite);;All files (*)"),
        )
        if name:
            path = Path(name)
            self.create_round(path if path.suffix else path.with_suffix(".sqlite"))

    def create_round(self, master: Path) -> bool:
        """Save the TOML, then create the master from it exactly as `judge-app new -d` does.
        Refused while the validator finds a problem."""
        if self.state.problems:
            return False
        if self.path is None:
            raise ValueError("save the TOML before creating the round")
        if self.state.modified and not self.save_to(self.path):
            return False
        if master.exists():
            QMessageBox.warning(
                self,
                self.tr("Create the round"),
                self.tr("%1 exists already: choose another name.").replace("%1", str(master)),
            )
            return False
        try:
            services.create_master(self.path, None, master)
        except JudgeAppError as exc:
            QMessageBox.warning(self, self.tr("Create the round"), str(exc))
            return False
        self.created.emit(master)
        self.accept()
        return True

    # -- closing ----------------------------------------------------------------------------

    def reject(self) -> None:
        if self._may_discard():
            super().reject()
