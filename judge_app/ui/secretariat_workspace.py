"""The secretariat's workspace on a master: judges dashboard, results, charts, method
sensitivity and entries; merge by drag-and-drop or file dialog; every export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from judge_app import services
from judge_app.services import (
    JudgeAppError,
    MasterSession,
    ProblemsError,
    WriteRefused,
    WrongPassphrase,
)
from judge_app.ui.assignment_view import AssignmentView
from judge_app.ui.berita_acara_dialog import BeritaAcaraDialog
from judge_app.ui.charts_view import ChartsView
from judge_app.ui.entries_editor import EntriesEditor
from judge_app.ui.judges_dashboard import JudgesDashboard
from judge_app.ui.judges_editor import JudgesEditor
from judge_app.ui.key_prompts import ask_rekey, confirm_new_key
from judge_app.ui.merge_dialog import MergeReportDialog
from judge_app.ui.packages_dialog import PackagesDialog
from judge_app.ui.read_only import read_only_banner
from judge_app.ui.results_view import ResultsView
from judge_app.ui.secretariat_passphrase import ask_secretariat_passphrase
from judge_app.ui.sensitivity_view import SensitivityView
from judge_app.ui.task_runner import Task, failure_text

(
    JUDGES_TAB,
    RESULTS_TAB,
    CHARTS_TAB,
    SENSITIVITY_TAB,
    ENTRIES_TAB,
    ASSIGNMENTS_TAB,
    PANEL_TAB,
) = range(7)


class SecretariatWorkspace(QWidget):
    status = Signal(str)
    # judge × entry pairs computed at once on the GUI thread (about 0.1 s); a larger
    # master's results are computed by a worker with a progress dialog
    SYNC_LIMIT = 40_000

    def __init__(
        self,
        path: Path,
        decimal: str,
        parent: QWidget | None = None,
        *,
        read_only: WriteRefused | None = None,
    ) -> None:
        """`read_only`: why the master may not be changed here (a read-only view)."""
        super().__init__(parent)
        self.session = MasterSession(path, read_only=read_only is not None)
        try:
            self._build(decimal, read_only)
        except BaseException:
            self.session.close()  # gives the master back
            raise

    def _build(self, decimal: str, read_only: WriteRefused | None) -> None:
        self.read_only = read_only
        self.setAcceptDrops(read_only is None)
        self.task: Task | None = None
        self.compute_task: Task | None = None
        self.notice: QMessageBox | None = None
        self.computing = False  # results are being computed by a worker
        self._waiting: list[tuple[list[str], object]] = []
        self.running = False  # a merge or export (with its questions) is under way
        self.result = None  # what the last one produced: the report dialog or the path
        self.undo_stack = QUndoStack(self)  # set-up changes: judges, entries, assignments
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        top.addWidget(self.heading, 1)
        self.merge_button = QPushButton(self.tr("&Merge judges' files…"))
        self.merge_button.setToolTip(
            self.tr("Or drop the judges' .sqlite files on this window (Ctrl+M)")
        )
        self.merge_button.clicked.connect(self.merge_dialog)
        # a push button with a menu: a tool button's arrow covered the end of its text
        self.export_button = QPushButton(self.tr("E&xport"))
        self.export_button.setToolTip(
            self.tr("Signed Rekapitulasi and Berita Acara (PDF), or the results as XLSX, CSV, JSON")
        )
        self.export_menu = QMenu(self)
        self.fill_export_menu(self.export_menu)
        self.export_button.setMenu(self.export_menu)
        top.addWidget(self.merge_button)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        if read_only is not None:
            self.merge_button.setEnabled(False)
            layout.addWidget(read_only_banner(self, read_only))

        self.tabs = QTabWidget()
        self.judges = JudgesDashboard(self.session)
        self.judges.rekeyRequested.connect(self.rekey)
        self.decimal = decimal
        self._result_views()
        self.entries = EntriesEditor(self.session, self.undo_stack, read_only=read_only is not None)
        self.entries.importRequested.connect(self.import_entries_dialog)
        self.panel = JudgesEditor(self.session, self.undo_stack, read_only=read_only is not None)
        self.tabs.addTab(self.judges, self.tr("&Judges"))
        self.tabs.addTab(self.results, self.tr("&Results"))
        self.tabs.addTab(self.charts, self.tr("&Charts"))
        self.tabs.addTab(self.sensitivity, self.tr("Method sens&itivity"))
        self.tabs.addTab(self.entries, self.tr("E&ntries"))
        self.assignments = AssignmentView(
            self.session, self.undo_stack, read_only=read_only is not None
        )
        self.tabs.addTab(self.assignments, self.tr("Assi&gnments"))
        self.tabs.addTab(self.panel, self.tr("J&udge panel"))
        for screen in (self.entries, self.panel, self.assignments):
            screen.changed.connect(self.reload)  # already saved: the other tabs read again
        self.assignments.loadsChanged.connect(self.loads_changed)
        for screen in (self.entries, self.panel):
            screen.status.connect(self.status)
        layout.addWidget(self.tabs, 1)
        self._update_heading()
        if self.session.has_sheets:
            self.tabs.setCurrentIndex(RESULTS_TAB)
        elif not self.session.judges:  # a round being set up: its panel comes first
            self.tabs.setCurrentIndex(PANEL_TAB)

    def _result_views(self) -> None:
        """The views built on the definition's stages and categories."""
        self.results = ResultsView(self.session, self.decimal, ensure=self.ensure)
        self.charts = ChartsView(self.session)
        self.sensitivity = SensitivityView(self.session)
        self.charts.ensure = self.sensitivity.ensure = self.ensure
        self.results.methodChanged.connect(self.charts.set_method)
        self.sensitivity.entryActivated.connect(self._show_entry)

    @property
    def path(self) -> Path:
        return self.session.path

    @property
    def method(self) -> str:
        return self.results.method

    def fill_export_menu(self, menu: QMenu) -> None:
        menu.addAction(self.tr("Rekapitulasi Nilai (signed PDF)…"), self.export_recap)
        menu.addAction(self.tr("Berita Acara (signed PDF)…"), self.export_berita_acara)
        menu.addSeparator()
        menu.addAction(self.tr("Spreadsheet (XLSX)…"), self.export_xlsx)
        menu.addAction(self.tr("Table (CSV)…"), self.export_csv)
        menu.addAction(self.tr("Data (JSON)…"), self.export_json)

    def _update_heading(self) -> None:
        s = self.session
        sheets = sum(1 for d in s.dashboard if d.revision)
        self.heading.setText(
            f"<h2>{_escape(s.definition.competition.title)}</h2>"
            + self.tr("Secretariat · %1 entries · %2 judges · %3 signed sheets merged")
            .replace("%1", str(len(s.entries)))
            .replace("%2", str(len(s.judges)))
            .replace("%3", str(sheets))
        )

    def reload(self) -> None:
        """After a merge, a re-registration or a change on a set-up screen (already
        saved): read the master again, keep the view state."""
        self.session.reload()
        self._update_heading()
        self.judges.refresh()
        self.results.recompute()
        self.charts.mark_stale()
        self.sensitivity.mark_stale()
        for screen in (self.entries, self.panel, self.assignments):
            if self.sender() is not screen:  # the one that changed has reloaded itself
                screen.reload()

    def loads_changed(self) -> None:
        """A pair assigned or unassigned by hand: only the judges' loads are stale (results,
        entries and charts do not depend on who is assigned)."""
        self.session.dashboard = services.judge_dashboard(self.path)
        self.judges.refresh()
        self.panel.reload()

    def _show_entry(self, code: str) -> None:
        self.tabs.setCurrentIndex(RESULTS_TAB)
        self.results.show_code(code)

    # -- merge --------------------------------------------------------------------------------

    def merge_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Merge judges' files"),
            str(self.path.parent),
            self.tr("judge-app files (*.sqlite);;All files (*)"),
        )
        if paths:
            self.merge_files([Path(p) for p in paths])

    def merge_files(self, paths: list[Path]) -> bool:
        """Merge in a worker (progress, cancel); unconfirmed new keys are asked about, then
        merged again with them accepted; the report follows. False if nothing started."""
        paths = [p for p in paths if p.resolve() != self.path.resolve()]
        if not paths or self.running:
            return False
        self._begin()
        self._merge(paths, {})
        return True

    def _merge(self, paths: list[Path], accept: dict[str, str]) -> None:
        def merged(outcome) -> None:
            pending = {j: fp for v in outcome.verdicts for j, fp in v.pending_keys.items()}
            chosen = {j: fp for j, fp in sorted(pending.items()) if fp not in accept.values()}
            confirmed = {j: fp for j, fp in chosen.items() if self._confirm_key(j, fp)}
            if confirmed:
                self._merge(paths, {**accept, **confirmed})
                return
            self.reload()
            done = sum(1 for v in outcome.verdicts if v.status == "accepted")
            self.status.emit(
                self.tr("Merged: %1 of %2 files accepted")
                .replace("%1", str(done))
                .replace("%2", str(len(outcome.verdicts)))
            )
            dialog = MergeReportDialog(outcome, self)
            dialog.open()
            self._finish(dialog)

        self.task = Task(
            self,
            self.tr("Merge judges' files"),
            lambda progress: services.merge(self.path, paths, accept, progress),
            merged,
            lambda exc: self._failed(self.tr("Merge"), exc),
            self._cancelled,
        )

    # -- entries and packages -----------------------------------------------------------------

    def import_entries_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import entries"),
            str(self.path.parent),
            self.tr("Entry lists (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.import_entries(Path(path))

    def import_entries(self, source: Path) -> bool:
        """Add or update entries by code from CSV/XLSX in a worker; the file is read and
        checked in full before the one transaction that writes."""
        title = self.tr("Import entries")

        def imported(result) -> None:
            self.reload()
            text = (
                self.tr("%1: %2 added, %3 changed, %4 unchanged")
                .replace("%1", source.name)
                .replace("%2", str(result.added))
                .replace("%3", str(result.changed))
                .replace("%4", str(result.unchanged))
            )
            if result.kept:
                text += "\n" + self.tr(
                    "%1 entries of the master are not in this file and were kept"
                ).replace("%1", str(result.kept))
            self.status.emit(text.splitlines()[0])
            self._notice(title, text)
            self._finish(result)

        return self._start(
            title, lambda progress: services.import_entries(self.path, source, progress), imported
        )

    def edit_definition(self) -> None:
        """The round's definition on the editor's screens; a change is saved to the
        master only when nothing merged depends on it (packages are re-issued)."""
        from judge_app.ui.definition_round import RoundDefinitionEditor

        dialog = RoundDefinitionEditor(
            self.path, self, undo_stack=self.undo_stack, reload=self.definition_changed
        )
        dialog.changed.connect(lambda _master: self.definition_changed())
        self.definition_dialog = dialog
        dialog.exec()

    def definition_changed(self) -> None:
        """A new definition: stages, categories and criteria may all have changed, so the
        views built on them are built again (the change is refused once scores exist)."""
        self.session.reload()
        current = self.tabs.currentIndex()
        old = (self.results, self.charts, self.sensitivity)
        self._result_views()
        for index, view in zip(
            (RESULTS_TAB, CHARTS_TAB, SENSITIVITY_TAB),
            (self.results, self.charts, self.sensitivity),
            strict=True,
        ):
            label = self.tabs.tabText(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, view, label)
        for view in old:
            view.deleteLater()
        self.tabs.setCurrentIndex(current)
        self.assignments.reload_categories()
        self.reload()

    def auto_assign(self) -> None:
        self.tabs.setCurrentWidget(self.assignments)
        self.assignments.auto_assign()

    def packages_dialog(self) -> None:
        """Each judge's load first, then the folder; the packages are written in a worker."""
        dialog = PackagesDialog(self.session, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.write_packages(dialog.chosen())

    def write_packages(self, folder: Path) -> bool:
        """One package per registered judge, in a worker; all or none are written."""
        title = self.tr("Write the judges' packages")

        def written(packages) -> None:
            text = (
                self.tr("%1 packages written to %2")
                .replace("%1", str(len(packages)))
                .replace("%2", str(folder))
            )
            self.status.emit(text)
            self._notice(
                title,
                text,
                self.tr("Give each judge their own file; it holds only their entries."),
                "\n".join(
                    f"{p.path.name}: {p.judge.name} ({p.entries}, "
                    + QLocale().formattedDataSize(
                        p.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat
                    )
                    + ")"
                    for p in packages
                ),
            )
            self._finish(packages)

        return self._start(
            title, lambda progress: services.package_all(self.path, folder, progress), written
        )

    def _start(self, title: str, work, done) -> bool:
        """Run `work` in a worker under `title` unless another task is under way; a
        failure is shown and a cancel reported, then `done` gets the result."""
        if self.running:
            return False
        self._begin()
        self.task = Task(
            self, title, work, done, lambda exc: self._failed(title, exc), self._cancelled
        )
        return True

    def _notice(self, title: str, text: str, more: str = "", details: str = "") -> None:
        """What a finished task did, in a box that does not block (kept as `notice`)."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self)
        box.setInformativeText(more)
        box.setDetailedText(details)
        box.open()
        self.notice = box

    # -- running work -------------------------------------------------------------------------

    def ensure(self, methods: list[str], then) -> None:
        """Compute the methods' results, then call `then`: at once for a small master,
        else in a worker while the window stays responsive (requests made meanwhile wait
        their turn)."""
        if self.session.computed(methods) or self.session.size <= self.SYNC_LIMIT:
            self.session.compute(methods)
            then()
            return
        if self.computing:
            self._waiting.append((methods, then))
            return
        self.computing = True

        def finished(_result=None) -> None:
            self.computing = False
            then()
            self._next()

        def failed(exc: Exception) -> None:
            self.computing = False
            QMessageBox.warning(self, self.tr("Results"), failure_text(exc))
            self._waiting.clear()

        def cancelled() -> None:
            self.computing = False
            self._waiting.clear()

        self.compute_task = Task(
            self,
            self.tr("Computing the results"),
            lambda progress: self.session.compute(methods, progress),
            finished,
            failed,
            cancelled,
        )

    def _next(self) -> None:
        if self._waiting and not self.computing:
            methods, then = self._waiting.pop(0)
            self.ensure(methods, then)

    def stop_work(self) -> None:
        """Before the file closes: stop a running task (nothing is left half-written)."""
        for task in (self.task, self.compute_task):
            if task is not None and not task.done:
                task.cancel()
                task.worker_thread.quit()
                task.worker_thread.wait()

    def close(self) -> bool:
        """The file is closed: stop the work and give the file back (writer lock)."""
        self.stop_work()
        self.session.close(backup=True)
        return super().close()

    def _begin(self) -> None:
        self.running = True
        self.result = None

    def _finish(self, result=None) -> None:
        self.result = result
        self.running = False

    def _failed(self, title: str, exc: Exception) -> None:
        if isinstance(exc, ProblemsError) and len(exc.problems) > 5:
            # a long list goes under "Show Details…" so the dialog fits on a laptop screen
            head, _, rest = str(exc).partition("\n")
            box = QMessageBox(QMessageBox.Icon.Warning, title, head, parent=self)
            box.setInformativeText(rest.splitlines()[0].strip(" -"))
            box.setDetailedText(rest)
            box.exec()
        else:
            QMessageBox.warning(self, title, failure_text(exc))
        self._finish()

    def _cancelled(self) -> None:
        self.status.emit(self.tr("Cancelled; nothing was changed"))
        self._finish()

    def _confirm_key(self, judge_id: str, fingerprint: str) -> bool:
        name = next((j.name for j in self.session.judges if j.id == judge_id), judge_id)
        return confirm_new_key(self, name, judge_id, fingerprint)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.merge_files(paths)

    # -- exports ------------------------------------------------------------------------------

    def _target(self, title: str, name: str, pattern: str) -> Path | None:
        return self._target_and_filter(title, name, [pattern])[0]

    def _target_and_filter(
        self, title: str, name: str, patterns: list[str]
    ) -> tuple[Path | None, str]:
        """The file chosen and which of the file types offered (the first by default)."""
        default = self.path.parent / name
        path, chosen = QFileDialog.getSaveFileName(
            self, title, str(default), ";;".join(patterns), patterns[0]
        )
        return (Path(path) if path else None), chosen or patterns[0]

    def _stem(self, kind: str = "results") -> str:
        """'hasil-rata-rata' or 'results-mean': the method named in the user's language."""
        return services.default_file_stem(kind, self.method, services.language())

    def _written(self, path: Path, open_it: bool = False) -> None:
        self.status.emit(self.tr("Written: %1").replace("%1", str(path)))
        if open_it:
            box = QMessageBox(self)
            box.setWindowTitle(self.tr("Document signed"))
            box.setText(self.tr("Signed and written to %1").replace("%1", str(path)))
            open_button = box.addButton(self.tr("Open the PDF"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is open_button:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def export_json(self) -> bool:
        return self._export(".json", "JSON (*.json)", services.results_json)

    def export_csv(self) -> bool:
        """Semicolons and decimal commas for Excel set to Indonesian, commas and points for
        English; the competition's language first."""
        dialects = {
            "id": self.tr("CSV for Excel in Indonesian: semicolons, decimal comma (*.csv)"),
            "en": self.tr("CSV for Excel in English: commas, decimal point (*.csv)"),
        }
        first = "en" if self.session.definition.competition.locale == "en" else "id"
        order = [first, *(d for d in dialects if d != first)]
        path, chosen = self._target_and_filter(
            self.tr("Export results"), self._stem() + ".csv", [dialects[d] for d in order]
        )
        dialect = next((d for d in order if dialects[d] == chosen), first)
        return self._export(
            ".csv",
            "",
            lambda master, out, method, progress: services.results_csv(
                master, out, method, progress, dialect
            ),
            path,
        )

    def export_xlsx(self) -> bool:
        return self._export(".xlsx", "Excel (*.xlsx)", services.results_xlsx)

    def _export(self, suffix: str, pattern: str, write, path: Path | None = None) -> bool:
        title = self.tr("Export results")
        if path is None and pattern:
            path = self._target(title, self._stem() + suffix, pattern)
        if path is None:
            return False
        method = self.method

        def written(_result) -> None:
            self._written(path)
            self._finish(path)

        return self._start(
            title, lambda progress: write(self.path, path, method, progress), written
        )

    def passphrase(self, error: str = "") -> str | services.Unlock | None:
        """The secretariat key's passphrase (chosen twice the first time) or an official's
        certificate; `error` says why the last one was refused."""
        first_time = not self.session.meta.get("secretariat_certificate")
        return ask_secretariat_passphrase(self, first_time, error)

    def _signed(self, title: str, path: Path, work, error: str = "") -> bool:
        """Ask for the key here, sign in a worker; a wrong passphrase, password or PIN
        (a certificate's own message) is asked again, with the reason in the prompt."""
        passphrase = self.passphrase(error)
        if passphrase is None:
            self._finish()
            return False

        def failed(exc: Exception) -> None:
            if isinstance(exc, WrongPassphrase):
                self._signed(title, path, work, self.tr("Wrong passphrase. Try again."))
            elif isinstance(passphrase, services.Unlock) and _about_the_key(exc):
                self._signed(title, path, work, str(exc))
            else:
                self._failed(title, exc)

        def signed(_result) -> None:
            self.session.reload()  # the secretariat certificate is now in the master
            self._written(path, open_it=True)
            self._finish(path)

        self.task = Task(
            self, title, lambda progress: work(passphrase, progress), signed, failed,
            self._cancelled,
        )  # fmt: skip
        return True

    def export_recap(self) -> bool:
        return self._export_signed(recap=True)

    def export_berita_acara(self) -> bool:
        return self._export_signed(recap=False)

    def _export_signed(self, *, recap: bool) -> bool:
        """The Rekapitulasi Nilai or the Berita Acara: number, day and place, then where to
        write it, then the key, signed in a worker."""
        dialog = BeritaAcaraDialog(self.session.definition.competition.place, self, recap=recap)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if recap:
            title, name = self.tr("Rekapitulasi Nilai"), self._stem("recap") + ".pdf"
        else:
            title, name = self.tr("Berita Acara Hasil Penilaian"), "berita-acara.pdf"
        path = self._target(title, name, "PDF (*.pdf)")
        if path is None or self.running:
            return False
        self._begin()
        method = self.method
        number, day, place = dialog.number.text().strip(), dialog.day(), dialog.place.text().strip()

        def write(secret, progress):
            if recap:
                return services.results_pdf(
                    self.path, path, secret, method, progress, day, number=number, place=place
                )
            return services.berita_acara_pdf(
                self.path, path, secret, method, number, day, place, progress
            )

        return self._signed(title, path, write)

    def officials_dialog(self) -> bool:
        """The documents' letterhead and signing officials (kept in the master)."""
        from judge_app.ui.officials_dialog import OfficialsDialog

        if self.running or self.read_only is not None:
            return False
        return OfficialsDialog(self.path, self).exec() == QDialog.DialogCode.Accepted

    def trust_dialog(self) -> bool:
        """The root certificates and revocation lists verify trusts (kept in the master)."""
        from judge_app.ui.trust_dialog import TrustDialog

        if self.running or self.read_only is not None:
            return False
        TrustDialog(self.path, self).exec()
        return True

    # -- keys ---------------------------------------------------------------------------------

    def rekey(self, judge_id: str = "") -> bool:
        """Retire a judge's key after asking which judge and why (logged)."""
        retired = ask_rekey(self, self.session.dashboard, self.path, judge_id)
        if retired is None:
            return False
        self.reload()
        self.status.emit(
            self.tr("Key of %1 retired after revision %2; logged")
            .replace("%1", retired.judge_id)
            .replace("%2", str(retired.last_revision))
        )
        return True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _about_the_key(exc: Exception) -> bool:
    """A certificate's or token's refusal (wrong password or PIN, no module, expired), to
    try again at once; a list of problems with the results is not one."""
    return isinstance(exc, JudgeAppError) and not isinstance(exc, ProblemsError)
