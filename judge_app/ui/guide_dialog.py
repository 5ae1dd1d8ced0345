"""Help → the built-in guides (issue 8): what a judge and what the secretariat do, in
which order, in ten steps each, in the interface's language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from judge_app.ui.screen_fit import fit_on_screen


class GuideDialog(QDialog):
    JUDGE, SECRETARIAT = 0, 1

    def __init__(self, page: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("judge-app guide"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.pages = []
        for title, steps in (
            (self.tr("For judges"), self.judge_steps()),
            (self.tr("For the secretariat"), self.secretariat_steps()),
        ):
            view = QTextBrowser()
            view.setOpenExternalLinks(False)
            view.setHtml("<ol>" + "".join(f"<li><p>{step}</p></li>" for step in steps) + "</ol>")
            self.tabs.addTab(view, title)
            self.pages.append(view)
        self.tabs.setCurrentIndex(page)
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_on_screen(self, 720, 620)

    def judge_steps(self) -> list[str]:
        return [
            self.tr(
                "Copy the package file the secretariat gave you (<i>J1-….sqlite</i>) to "
                "your laptop and open it: <b>File → Open</b> (Ctrl+O)."
            ),
            self.tr(
                "Sign the integrity pact and the conflict-of-interest statement: the "
                "banner's button (Ctrl+Shift+D). Choose a passphrase of at least 8 "
                "characters and keep it: it protects your signing key. To sign with a "
                "certificate from a PSrE or BSrE instead (a .p12/.pfx file or a token), "
                "choose it under <i>Sign with</i>; judge-app remembers the choice, never "
                "the password or PIN."
            ),
            self.tr(
                "Name every entry you have a conflict of interest with, and why. You will "
                "not score those entries."
            ),
            self.tr(
                "Choose an entry on the left and read its proposal in the middle: its "
                "sections and files, no network needed (Ctrl+R reads, Esc goes back to the "
                "scores). Score its criteria in the form (Enter moves on) or in the grid "
                "(Ctrl+2). Every score is saved the moment you enter it; there is no Save "
                "button."
            ),
            self.tr(
                "Paper scores: File → Import scores (CSV/XLSX); Ctrl+Z takes an import "
                "back. Notes go in the column beside each score."
            ),
            self.tr(
                "Watch the progress bar at the bottom; the filters show what is still "
                "missing (Ctrl+F searches)."
            ),
            self.tr(
                "When everything is scored: File → Finalise and sign (Ctrl+Shift+S). This "
                "locks the scores and writes your signed recap PDF."
            ),
            self.tr(
                "To change a signed score: File → Reopen signed scores (passphrase), "
                "change it, and sign again: the new revision counts."
            ),
            self.tr(
                "Hand in: File → Return to the secretariat (Ctrl+Shift+H) writes a checked "
                "copy of your package onto your USB stick; give that file (not only the "
                "PDF) to the secretariat."
            ),
            self.tr(
                "Read the fingerprint on your signed declaration to the secretariat when "
                "they call: it proves the signatures are yours."
            ),
        ]

    def secretariat_steps(self) -> list[str]:
        return [
            self.tr(
                "File → New competition (Ctrl+N): start from a template (KIPP, IGA, "
                "Ombudsman) and set the title, stages, categories, criteria with their "
                "rubrics, bands and aggregation on screens; problems are listed as you "
                "type. Save the definition (TOML) and create the round."
            ),
            self.tr(
                "Entries tab: import the entry list (CSV/XLSX, Ctrl+I; every problem named "
                "by row and column, nothing stored until the file is right), search, "
                "edit, or withdraw an entry with a reason (its scores are kept)."
            ),
            self.tr(
                "Entries tab → Import material…: each entry's proposal (a folder per entry "
                "code with its PDFs and images, and the sections' CSV/XLSX). Every problem "
                "is named and nothing is stored until all is right; each judge's package "
                "then carries the material of that judge's entries."
            ),
            self.tr(
                "Judge panel tab: add, edit or import the judges, with their role (chair, "
                "secretary, member), region and expertise."
            ),
            self.tr(
                "Assignments tab: Automatic assignment (Ctrl+Shift+A) gives each entry k "
                "judges with balanced loads, away from declared conflicts and the judges' "
                "own institutions; preview the plan, apply it, change ticks by hand. "
                "Every change is saved at once and undone with Ctrl+Z."
            ),
            self.tr(
                "Write the judges' packages: Secretariat → Write the judges' packages "
                "(Ctrl+Shift+P) shows each judge's load; hand each judge their own file."
            ),
            self.tr(
                "When files come back, drop them on the window or use Merge (Ctrl+M). The "
                "report says for each file: accepted, nothing new, refused or conflict, "
                "and why."
            ),
            self.tr(
                "Compare each new judge's fingerprint (Judges tab) with the one on their "
                "signed declaration, by phone."
            ),
            self.tr(
                "Results: choose the aggregation method; click an entry to see every "
                "judge's scores; the Method sensitivity tab shows which ranks depend on "
                "the method."
            ),
            self.tr(
                "Export the signed Rekapitulasi and the Berita Acara (Export menu), signed "
                "with the secretariat's key or an official's certificate; the XLSX, CSV and "
                "JSON exports are for further work."
            ),
            self.tr(
                "Anyone can check a file or a PDF: <i>judge-app verify FILE</i>. Keep the "
                "master and the returned packages together."
            ),
            self.tr(
                "Backups are made before every merge: File → Restore from a backup brings "
                "an earlier state back, and can itself be undone."
            ),
        ]
