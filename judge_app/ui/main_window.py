"""The main window: welcome screen, judge workspace or master overview, with menus,
shortcuts, recent files, remembered geometry and a status bar that says what is saved."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
)

# the language only, at start-up: the front door loads just these names, the rest of the core
# is loaded in the background (warm_up)
from judge_app.services import DEFAULT_LANGUAGE, set_language
from judge_app.ui import i18n
from judge_app.ui.backup_actions import BackupActions
from judge_app.ui.judge_actions import JudgeActions
from judge_app.ui.welcome import WelcomePage

if TYPE_CHECKING:
    from judge_app.services import PackageSession
    from judge_app.ui.judge_workspace import JudgeWorkspace
    from judge_app.ui.secretariat_workspace import SecretariatWorkspace

# The workspaces, the services and what they bring (SQLite, reportlab, cryptography) are
# imported when a file opens, and meanwhile in the background: the window shows at once.
HEAVY_MODULES = (
    "judge_app.ui.judge_workspace",
    "judge_app.ui.secretariat_workspace",
    "judge_app.ui.declaration_dialog",
    "judge_app.ui.finalise_dialog",
)
FORM, GRID = 0, 1  # the judge workspace's modes (judge_workspace.FORM, GRID)


def warm_up() -> None:
    """Import the heavy modules in a background thread, after the window is shown."""

    def load() -> None:
        services = importlib.import_module("judge_app.services")
        for name in services.__all__:  # the front door loads a name on first use: use them all
            getattr(services, name)
        for name in HEAVY_MODULES:
            importlib.import_module(name)

    threading.Thread(target=load, name="warm-up", daemon=True).start()


MAX_RECENT = 8


class MainWindow(QMainWindow):
    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        super().__init__()
        self.language = language
        self.decimal = i18n.decimal_mark(language)
        set_language(language)
        self.session: PackageSession | None = None
        self.workspace: JudgeWorkspace | None = None
        self.secretariat: SecretariatWorkspace | None = None
        self.current_path: Path | None = None
        self.judge_actions = JudgeActions(self, main=self)
        self.backup_actions = BackupActions(self, main=self)
        self.setWindowTitle("judge-app")
        self.setMinimumSize(720, 440)  # fits 1366×768 at 150% (910×512 logical)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._build_welcome()

        self.saved_label = QLabel()
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(180)
        self.progress_bar.setTextVisible(True)
        self.statusBar().addWidget(self.saved_label, 1)
        self.statusBar().addPermanentWidget(self.progress_label)
        self.statusBar().addPermanentWidget(self.progress_bar)
        self._build_menus()
        self._refresh_recent()
        self._show_scoring_widgets(False)
        geometry = i18n.settings().value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 780)

    def _build_welcome(self) -> None:
        self.welcome = WelcomePage()
        self.stack.insertWidget(0, self.welcome)
        self.welcome.browseRequested.connect(self.browse)
        self.welcome.demoRequested.connect(self.open_demo)
        self.welcome.newRequested.connect(self.new_competition)
        self.welcome.openRequested.connect(self.open_path)

    # -- menus ----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.open_action = self._action(
            file_menu, self.tr("&Open…"), self.browse, QKeySequence.StandardKey.Open
        )
        self._action(file_menu, self.tr("Open the de&mo competition"), self.open_demo)
        self.new_action = self._action(
            file_menu,
            self.tr("&New competition…"),
            self.new_competition,
            QKeySequence.StandardKey.New,
        )
        self.recent_menu = file_menu.addMenu(self.tr("&Recent files"))
        file_menu.addSeparator()
        self.declare_action = self._action(
            file_menu,
            self.tr("Sign the &declarations…"),
            self.judge_actions.declare,
            "Ctrl+Shift+D",
        )
        self.finalise_action = self._action(
            file_menu,
            self.tr("&Finalise and sign the scores…"),
            self.judge_actions.finalise,
            "Ctrl+Shift+S",
        )
        self.reopen_action = self._action(
            file_menu, self.tr("R&eopen signed scores…"), self.judge_actions.reopen
        )
        self.import_scores_action = self._action(
            file_menu,
            self.tr("&Import scores (CSV/XLSX)…"),
            self.judge_actions.import_scores_dialog,
        )
        self.paper_action = self._action(
            file_menu, self.tr("Print &blank score sheets…"), self.judge_actions.blank_sheets
        )
        self.handin_action = self._action(
            file_menu,
            self.tr("Re&turn to the secretariat…"),
            self.judge_actions.hand_in,
            "Ctrl+Shift+H",
        )
        self.cosign_action = self._action(
            file_menu, self.tr("Sign the Berita &Acara…"), self.cosign_berita_acara
        )
        self.restore_action = self._action(
            file_menu, self.tr("Restore from a bac&kup…"), self.backup_actions.restore_dialog
        )
        self.restore_action.setEnabled(False)
        file_menu.addSeparator()
        self.close_action = self._action(
            file_menu, self.tr("&Close file"), self.close_file, QKeySequence.StandardKey.Close
        )
        self._action(file_menu, self.tr("&Quit"), self.request_quit, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(
            edit_menu, self.tr("&Undo"), self._undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(edit_menu, self.tr("&Redo"), self._redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addSeparator()
        self.conflict_action = self._action(
            edit_menu,
            self.tr("Declare or withdraw a &conflict of interest…"),
            self._conflict,
            "Ctrl+K",
        )
        self.paste_action = self._action(edit_menu, self.tr("&Paste into grid"), self._paste)

        view_menu = bar.addMenu(self.tr("&View"))
        self.form_action = self._action(
            view_menu, self.tr("&Form mode"), lambda: self._mode(FORM), "Ctrl+1"
        )
        self.grid_action = self._action(
            view_menu, self.tr("&Grid mode"), lambda: self._mode(GRID), "Ctrl+2"
        )
        self.search_action = self._action(view_menu, self.tr("&Search entries"), self._search)
        self.next_action = self._action(
            view_menu, self.tr("&Next entry (Ctrl+Down)"), lambda: self._move(1)
        )
        self.prev_action = self._action(
            view_menu, self.tr("&Previous entry (Ctrl+Up)"), lambda: self._move(-1)
        )
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)

        self.secretariat_menu = bar.addMenu(self.tr("&Secretariat"))
        self.merge_action = self._action(
            self.secretariat_menu,
            self.tr("&Merge judges' files…"),
            self._in_secretariat(lambda s: s.merge_dialog()),
            "Ctrl+M",
        )
        self.import_entries_action = self._action(
            self.secretariat_menu,
            self.tr("&Import entries (CSV/XLSX)…"),
            self._in_secretariat(lambda s: s.import_entries_dialog()),
            "Ctrl+I",
        )
        self.material_action = self._action(
            self.secretariat_menu,
            self.tr("Import proposal ma&terial…"),
            self._in_secretariat(lambda s: s.entries.import_material()),
        )
        self.definition_action = self._action(
            self.secretariat_menu,
            self.tr("Edit the competition &definition…"),
            self._in_secretariat(lambda s: s.edit_definition()),
        )
        self.assign_action = self._action(
            self.secretariat_menu,
            self.tr("&Automatic assignment…"),
            self._in_secretariat(lambda s: s.auto_assign()),
            "Ctrl+Shift+A",
        )
        self.packages_action = self._action(
            self.secretariat_menu,
            self.tr("Write the judges' &packages…"),
            self._in_secretariat(lambda s: s.packages_dialog()),
            "Ctrl+Shift+P",
        )
        self.officials_action = self._action(
            self.secretariat_menu,
            self.tr("&Letterhead and signing officials…"),
            self._in_secretariat(lambda s: s.officials_dialog()),
        )
        self.secretariat_menu.addSeparator()
        self.trust_action = self._action(
            self.secretariat_menu,
            self.tr("Tr&usted certificates…"),
            self._in_secretariat(lambda s: s.trust_dialog()),
        )
        self.rekey_action = self._action(
            self.secretariat_menu,
            self.tr("&Re-register a judge's key…"),
            self._in_secretariat(lambda s: s.rekey(s.judges.selected_judge() or "")),
        )
        self.export_menu = self.secretariat_menu.addMenu(self.tr("&Export results"))
        self.secretariat_menu.setEnabled(False)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Guide for &judges"), lambda: self.guide(0), "F1")
        self._action(help_menu, self.tr("Guide for the &secretariat"), lambda: self.guide(1))
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About judge-app"), self.about)

    def cosign_berita_acara(self) -> None:
        """A panel member's or the official's own signature on the Berita Acara: works with
        any file open, or none."""
        from judge_app.ui.cosign_dialog import CosignDialog

        CosignDialog(parent=self).exec()

    def _in_secretariat(self, act: Callable[[SecretariatWorkspace], object]) -> Callable[[], None]:
        """A menu slot that acts on the open master's workspace (none open: nothing)."""

        def run() -> None:
            if self.secretariat:
                act(self.secretariat)

        return run

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut) if isinstance(shortcut, str) else shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _show_scoring_widgets(self, on: bool) -> None:
        for action in (
            self.undo_action,
            self.redo_action,
            self.conflict_action,
            self.paste_action,
            self.form_action,
            self.grid_action,
            self.search_action,
            self.next_action,
            self.prev_action,
            self.declare_action,
            self.finalise_action,
            self.reopen_action,
            self.paper_action,
            self.import_scores_action,
            self.handin_action,
        ):
            action.setEnabled(on)
        if on and self.session is not None and self.session.read_only:
            for action in (
                self.import_scores_action,
                self.declare_action,
                self.finalise_action,
                self.reopen_action,
                self.conflict_action,
                self.paste_action,
            ):
                action.setEnabled(False)
        if not on and self.secretariat is not None:  # the set-up screens' undo
            self.undo_action.setEnabled(self.secretariat.undo_stack.canUndo())
            self.redo_action.setEnabled(self.secretariat.undo_stack.canRedo())
        self.close_action.setEnabled(self.current_path is not None)
        self.progress_bar.setVisible(on)
        self.progress_label.setVisible(on)

    # -- opening and closing ----------------------------------------------------------------

    def browse(self) -> None:
        start = str(self.current_path.parent) if self.current_path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a judge-app file"),
            start,
            self.tr("judge-app files (*.sqlite);;All files (*)"),
        )
        if path:
            self.open_path(path)

    def new_competition(self) -> None:
        """The definition editor; the round it creates opens here as a master."""
        from judge_app.ui.definition_editor import DefinitionEditor

        start = self.current_path.parent if self.current_path else Path.home()
        self.definition_editor = DefinitionEditor(parent=self, template="kipp", folder=start)
        self.definition_editor.created.connect(lambda path: self.open_path(str(path)))
        self.definition_editor.open()

    def open_demo(self) -> None:
        from judge_app import services

        try:
            self.open_path(str(services.demo_package()))
        except services.JudgeAppError as exc:
            QMessageBox.warning(self, self.tr("Demo"), str(services.storage_or_text(exc)))

    def open_path(self, path: str) -> bool:
        import sqlite3

        from judge_app.services import (
            DamagedFile,
            JudgeAppError,
            PackageSession,
            WriteRefused,
            storage_or_text,
        )
        from judge_app.ui.secretariat_workspace import SecretariatWorkspace

        target = Path(path)
        if self.current_path is not None and self.current_path == target:
            self.close_file()  # opened again (e.g. for changes once the other window closed)
        read_only: WriteRefused | None = None
        try:
            role = self._role_of(target)
            if role == "package":
                try:
                    session = PackageSession(target)
                except WriteRefused as exc:  # open elsewhere for changes: look, not touch
                    read_only = exc
                    session = PackageSession(target, write=False)
                session.refused_write = read_only
                try:
                    self.close_file()
                    self._open_package(session)
                except BaseException:
                    session.close()
                    self.session = None if self.session is session else self.session
                    raise
            else:
                try:
                    workspace = SecretariatWorkspace(target, self.decimal)
                except WriteRefused as exc:
                    read_only = exc
                    workspace = SecretariatWorkspace(target, self.decimal, read_only=exc)
                try:
                    self.close_file()
                    self._open_master(workspace)
                except BaseException:
                    workspace.session.close()
                    raise
            self.current_path = target
        except DamagedFile as exc:
            self.backup_actions.damaged(target, str(exc))
            return False
        except (JudgeAppError, OSError, sqlite3.Error) as exc:
            QMessageBox.warning(self, self.tr("Cannot open file"), str(storage_or_text(exc)))
            return False
        self._remember(target)
        self.restore_action.setEnabled(read_only is None)
        title = f"{target.name} — judge-app"
        if read_only is not None:
            title = self.tr("%1 (read-only)").replace("%1", title)
        self.setWindowTitle(title)
        self._show_scoring_widgets(self.session is not None)
        return True

    @staticmethod
    def _role_of(path: Path) -> str:
        from judge_app import services

        return services.file_role(path)

    def _open_package(self, session: PackageSession) -> None:
        from judge_app.ui.judge_workspace import JudgeWorkspace

        self.session = session
        self.workspace = JudgeWorkspace(session, self.decimal)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.saved.connect(self._saved)
        self.workspace.refused.connect(self._refused)
        self.workspace.progressChanged.connect(self.update_progress)
        self.workspace.declareRequested.connect(self.judge_actions.declare)
        self.workspace.reopenRequested.connect(self.judge_actions.reopen)
        self.workspace.reopenForChangesRequested.connect(lambda: self.open_path(str(session.path)))
        self.workspace.copySaved.connect(self.open_path)
        self.workspace.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.workspace.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        saving = (
            self.tr("%1 — read-only view: nothing can be changed here")
            if session.read_only
            else self.tr("%1 — every score is saved the moment you enter it")
        )
        self.saved_label.setText(saving.replace("%1", session.judge.name))
        self.update_progress()
        self.workspace.form.focus_first()

    def _open_master(self, workspace: SecretariatWorkspace) -> None:
        self.secretariat = workspace
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        workspace.status.connect(self.saved_label.setText)
        self.export_menu.clear()
        workspace.fill_export_menu(self.export_menu)
        self.secretariat_menu.setEnabled(True)
        for action in (
            self.merge_action,
            self.import_entries_action,
            self.material_action,
            self.definition_action,
            self.assign_action,
            self.packages_action,
            self.officials_action,
            self.trust_action,
            self.rekey_action,
        ):
            action.setEnabled(workspace.read_only is None)
        # the set-up screens' changes (judges, entries, assignments) undo from Edit
        workspace.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        workspace.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.saved_label.setText(
            self.tr("Master file: drop the judges' returned files here to merge them")
        )

    def close_file(self) -> None:
        if self.secretariat is not None:
            self.secretariat.close()
        self.secretariat = None
        if hasattr(self, "secretariat_menu"):
            self.secretariat_menu.setEnabled(False)
        if self.workspace is not None:
            self.workspace.commit_pending()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if self.session is not None:
            self.session.close(backup=True)  # a rolling backup when scores changed
            self.session = None
        while self.stack.count() > 1:
            widget = self.stack.widget(1)
            if widget is None:
                break
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.current_path = None
        if hasattr(self, "restore_action"):
            self.restore_action.setEnabled(False)
        self.stack.setCurrentWidget(self.welcome)
        self.setWindowTitle("judge-app")
        self.saved_label.clear()
        self.statusBar().clearMessage()  # a note about the file just closed
        self._refresh_recent()
        self._show_scoring_widgets(False)

    # -- status -------------------------------------------------------------------------------

    def _saved(self, when: str) -> None:
        self.saved_label.setText(self.tr("✓ Saved to file at %1").replace("%1", when))

    def _refused(self, message: str) -> None:
        self.saved_label.setText(self.tr("Not saved: %1").replace("%1", message))

    def update_progress(self) -> None:
        if self.session is None:
            return
        parts = []
        for stage in self.session.definition.stages:
            p = self.session.progress(stage.id)
            parts.append(f"{stage.name} {p.done}/{p.due}")
        overall = self.session.progress()
        if len(self.session.definition.stages) > 1:
            parts.append(
                self.tr("all %1/%2")
                .replace("%1", str(overall.done))
                .replace("%2", str(overall.due))
            )
        self.progress_label.setText(" · ".join(parts))
        self.progress_bar.setMaximum(max(overall.due, 1))
        self.progress_bar.setValue(overall.done)
        self.progress_bar.setFormat(self.tr("%p% scored"))

    # -- commands forwarded to the workspace -----------------------------------------------------

    def _undo(self) -> None:
        if self.workspace:
            self.workspace.undo_stack.undo()
        elif self.secretariat:
            self.secretariat.undo_stack.undo()

    def _redo(self) -> None:
        if self.workspace:
            self.workspace.undo_stack.redo()
        elif self.secretariat:
            self.secretariat.undo_stack.redo()

    def _conflict(self) -> None:
        if self.workspace:
            self.workspace.toggle_conflict()

    def _paste(self) -> None:
        if self.workspace:
            self.workspace.set_mode(GRID)
            self.workspace.grid_view.paste_clipboard()

    def _mode(self, mode: int) -> None:
        if self.workspace:
            self.workspace.set_mode(mode)

    def _search(self) -> None:
        if self.workspace:
            self.workspace.focus_search()

    def _move(self, step: int) -> None:
        if self.workspace:
            self.workspace.move_entry(step)

    # -- settings ---------------------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = i18n.settings().value("recent", [])
        paths = (
            [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        )
        return [p for p in paths if Path(p).exists()]

    def _remember(self, path: Path) -> None:
        resolved = str(path.resolve())
        paths = [resolved] + [p for p in self.recent_files() if p != resolved]
        i18n.settings().setValue("recent", paths[:MAX_RECENT])
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        paths = self.recent_files()
        self.welcome.set_recent(paths)
        self.recent_menu.clear()
        for path in paths:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(paths))

    def set_language(self, language: str) -> None:
        """Switch at once: everything shown is rebuilt in the new language; the open file
        is reopened where it was (every score is already in the file)."""
        if language == self.language:
            return
        i18n.settings().setValue("language", language)
        app = QApplication.instance()
        assert app is not None  # a window lives inside an application
        i18n.install_translator(app, language)
        self.language = language
        self.decimal = i18n.decimal_mark(language)
        path = self.current_path
        code = self.workspace.current_code() if self.workspace else None
        self.close_file()
        old = self.welcome
        self.stack.removeWidget(old)
        old.deleteLater()
        self._build_welcome()
        self.menuBar().clear()
        self._build_menus()
        self._refresh_recent()
        self._show_scoring_widgets(False)
        if path is not None and self.open_path(str(path)) and code and self.workspace:
            self.workspace.select_code(code)

    def guide(self, page: int | None = None) -> None:
        """The built-in guide, on the page for the file that is open (F1)."""
        from judge_app.ui.guide_dialog import GuideDialog

        if page is None or page is False:
            page = GuideDialog.SECRETARIAT if self.secretariat is not None else GuideDialog.JUDGE
        GuideDialog(page, self).exec()

    def about(self) -> None:
        from judge_app.services import app_home
        from judge_app.ui.about_dialog import AboutDialog

        AboutDialog(str(app_home()), self).exec()

    confirm_quit = True  # scripted runs (screenshots) quit without asking

    def request_quit(self) -> None:
        """File → Quit (Ctrl+Q): ask, then close."""
        if self._may_quit():
            self.close()

    def _may_quit(self) -> bool:
        """With a file open, say that nothing needs saving and ask."""
        if self.workspace is not None and not self.workspace.may_leave():
            return False  # a refused value is still in a box: the judge goes back to it
        if self.current_path is None or not self.confirm_quit:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Quit judge-app"),
            self.tr(
                "Nothing needs saving: every change was written to %1 the moment it was "
                "made. Quit judge-app?"
            ).replace("%1", self.current_path.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        # the user closing the window asks; a program closing it (scripts, tests) does not
        if event.spontaneous() and not self._may_quit():
            event.ignore()
            return
        i18n.settings().setValue("geometry", self.saveGeometry())
        self.close_file()
        super().closeEvent(event)
