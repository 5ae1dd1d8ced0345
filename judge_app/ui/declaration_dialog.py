"""Before the first score: the judge fills in and signs the integrity pact and the
conflict-of-interest statement."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from judge_app import services
from judge_app.services import (
    CONFLICT_TABLE_HEADER,
    MIN_PASSPHRASE,
    JudgeAppError,
    PackageSession,
    WrongPassphrase,
    conflict_names,
    declaration_words,
    identity_rows,
    place_and_date,
    storage_or_text,
)
from judge_app.ui.key_source_box import KeySourceBox
from judge_app.ui.signature_pad import SignaturePad

ROLE_LABELS = {"ketua": "Ketua", "sekretaris": "Sekretaris", "anggota": "Anggota"}


class DeclarationDialog(QDialog):
    def __init__(self, session: PackageSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.signed: services.Signed | None = None
        self.new_key = not services.has_signing_key_in(session)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        self.setWindowTitle(self.tr("Integrity pact and conflict-of-interest statement"))
        intro = QLabel(
            self.tr(
                "Before scoring, sign the integrity pact and the statement on conflicts of "
                "interest. Both are written as PDF files and signed with your personal key."
            )
        )
        intro.setWordWrap(True)
        # built in the order they are filled in: Qt's default tab order follows it
        identity = self._identity_box()
        signing = self._place_and_date_box()
        conflicts = self._conflicts_box()
        signature = self._signature_box()
        secret = self._key_box()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(
            self.tr("&Sign both documents"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_button.setObjectName("signButton")
        self._build_documents()
        self._lay_out(intro, (identity, signing, conflicts, signature), secret)
        for edit in (self.rank, self.position, self.institution, self.place):
            edit.textChanged.connect(self.show_documents)
        self.date.dateChanged.connect(self.show_documents)
        self.show_documents()
        self.buttons.rejected.connect(self.reject)
        self.sign_button.clicked.connect(self.sign)
        self.sign_button.setDefault(True)  # Enter signs
        self.keys.focus_first()

    # -- building --------------------------------------------------------------------------

    def _identity_box(self) -> QGroupBox:
        """Who signs: name, NIP and role as registered; rank, position and institution
        as printed, which the judge may correct."""
        judge = self.session.judge
        identity = QGroupBox(self.tr("Your identity"))
        form = QFormLayout(identity)
        self.name = QLabel(judge.name)
        self.nip = QLabel(judge.nip or "-")
        self.rank = QLineEdit(judge.rank)
        self.position = QLineEdit(judge.position)
        self.institution = QLineEdit(judge.institution)
        as_printed = self.tr(
            "Printed in your declarations; correct it if it changed since the secretariat "
            "registered you"
        )
        for field in (self.rank, self.position, self.institution):
            field.setToolTip(as_printed)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("NIP/NIK"), self.nip)
        form.addRow(self.tr("&Rank/grade"), self.rank)
        form.addRow(self.tr("P&osition"), self.position)
        form.addRow(self.tr("&Institution"), self.institution)
        form.addRow(self.tr("Role on the panel"), QLabel(ROLE_LABELS.get(judge.role, judge.role)))
        return identity

    def _place_and_date_box(self) -> QGroupBox:
        signing = QGroupBox(self.tr("Place and date"))
        where = QFormLayout(signing)
        self.place = QLineEdit(self.session.definition.competition.place)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.place.setToolTip(self.tr("Printed above your signature, before the date"))
        self.date.setToolTip(self.tr("The day you sign, written out in the declarations"))
        where.addRow(self.tr("P&lace"), self.place)
        where.addRow(self.tr("&Date"), self.date)
        return signing

    def _conflicts_box(self) -> QGroupBox:
        """The entries the judge will not score, with the reasons; those already declared
        in the file are listed."""
        session = self.session
        conflicts = QGroupBox(self.tr("Entries you have a conflict of interest with"))
        box = QVBoxLayout(conflicts)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Innovation"), self.tr("Reason")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(110)
        add_row = QHBoxLayout()
        self.entry_box = QComboBox()
        self.entry_box.setEditable(False)
        self.entry_box.setToolTip(self.tr("An entry you may not judge impartially"))
        for entry in session.entries:
            self.entry_box.addItem(f"{entry.code} — {entry.title}", entry.code)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason, e.g. family tie, employment"))
        self.reason.setToolTip(
            self.tr("Why you cannot judge this entry impartially; printed in the statement")
        )
        add = QPushButton(self.tr("&Add"))
        add.setToolTip(
            self.tr("Add the chosen entry: you will not score it, and its scores are removed")
        )
        remove = QPushButton(self.tr("Re&move"))
        remove.setToolTip(self.tr("Take the selected entry off the list"))
        self.entry_box.setMinimumContentsLength(18)
        self.entry_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        add_row.addWidget(self.entry_box, 2)
        add_row.addWidget(self.reason, 3)
        add_row.addWidget(add)
        add_row.addWidget(remove)
        box.addWidget(self.table)
        box.addLayout(add_row)
        hint = QLabel(self.tr("Leave the list empty if you have no conflict of interest."))
        hint.setObjectName("hint")
        box.addWidget(hint)
        for entry in session.entries:
            reason = session.conflict_reason(entry.code)
            if reason is not None:
                self._add_conflict(entry.code, reason)
        add.clicked.connect(
            lambda: self._add_conflict(self.entry_box.currentData(), self.reason.text())
        )
        remove.clicked.connect(self._remove_conflict)
        return conflicts

    def _signature_box(self) -> QGroupBox:
        """The pad to draw on, or a scanned signature loaded from a PNG."""
        signature = QGroupBox(self.tr("Signature"))
        sig = QVBoxLayout(signature)
        self.pad = SignaturePad()
        sig_buttons = QHBoxLayout()
        load = QPushButton(self.tr("Load P&NG…"))
        load.setToolTip(self.tr("Use a scanned signature (a PNG image) instead of drawing"))
        clear = QPushButton(self.tr("&Clear"))
        clear.setToolTip(self.tr("Erase the signature and draw it again"))
        sig_buttons.addWidget(load)
        sig_buttons.addWidget(clear)
        sig_buttons.addStretch(1)
        sig.addWidget(self.pad)
        sig.addLayout(sig_buttons)
        load.clicked.connect(self._load_png)
        clear.clicked.connect(self.pad.clear)
        return signature

    def _key_box(self) -> KeySourceBox:
        """The key to sign with and its secret; judge-app's own key's passphrase twice, with
        a word on what it protects, when the key is new."""
        notes: dict[str, str] = {}
        if self.new_key:
            notes["own"] = self.tr(
                "A personal signing key is created now and kept, encrypted with this "
                "passphrase, on this computer only (at least %1 characters). "
                "Do not forget it: it is needed to sign your scores."
            ).replace("%1", str(MIN_PASSPHRASE))
            certificate = self.tr(
                "The certificate you sign with now is registered as yours: your scores are "
                "signed with it, and only with it, from now on."
            )
            notes["pkcs12"] = notes["pkcs11"] = certificate
        self.keys = KeySourceBox(
            "judge",
            new_key=self.new_key,
            own_tooltip=self.tr(
                "Protects your signing key on this laptop; you need it to sign and to reopen "
                "scores. Nobody can recover it for you"
            ),
            notes=notes,
            wide=True,
        )
        self.passphrase = self.keys.secret
        self.repeat = self.keys.repeat
        return self.keys

    def _build_documents(self) -> None:
        """What is signed, word for word as the PDFs print it, to read before signing."""
        self.documents = QTabWidget()
        self.documents.setObjectName("documents")
        self.pakta_text = QTextBrowser()
        self.pakta_text.setObjectName("paktaText")
        self.konflik_text = QTextBrowser()
        self.konflik_text.setObjectName("konflikText")
        self.documents.addTab(self.pakta_text, self.tr("Integrity pact"))
        self.documents.addTab(self.konflik_text, self.tr("Conflict-of-interest statement"))
        self.documents.setToolTip(
            self.tr("The full text you sign, as the signed PDF prints it; read both pages")
        )

    def _lay_out(self, intro: QLabel, groups: tuple[QGroupBox, ...], secret: QGroupBox) -> None:
        """The documents on the left, the fields (scrolling) on the right, the passphrase
        below both; sized to the screen, the fields whole."""
        details = QWidget()
        fields = QVBoxLayout(details)
        fields.setContentsMargins(0, 0, 6, 0)
        identity, signing, conflicts, signature = groups
        fields.addWidget(identity)
        fields.addWidget(signing)
        fields.addWidget(conflicts, 1)
        fields.addWidget(signature)
        scroll = QScrollArea()
        scroll.setWidget(details)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.documents)
        split.addWidget(scroll)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(secret)  # last, after the text it signs: never scrolled away
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for edit in (self.rank, self.position, self.institution, self.place):
            edit.setMinimumWidth(220)
        self.table.setMinimumHeight(90)
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1240, screen.width() - 40), min(740, screen.height() - 40))
        # the fields whole (no sideways scrolling at 150%): the text gives way, it scrolls
        need = details.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        right = max(self.width() // 2, need + 4)
        split.setSizes([self.width() - right, right])

    # -- conflicts -----------------------------------------------------------------------

    def _add_conflict(self, code: str, reason: str) -> None:
        reason = reason.strip()
        if not reason:
            self._show_error(self.tr("Give the reason for the conflict of interest."))
            return
        for row in range(self.table.rowCount()):
            if self._item(row, 0).text() == code:
                self._item(row, 2).setText(reason)
                self.show_documents()
                return
        row = self.table.rowCount()
        self.table.insertRow(row)
        title = self.session.entry(code).title
        for column, text in enumerate((code, title, reason)):
            item = QTableWidgetItem(text)
            if column < 2:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)
        self.reason.clear()
        self._show_error(None)
        self.show_documents()

    def _remove_conflict(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            code = self._item(row, 0).text()
            if self.session.conflict_reason(code) is not None:
                self._show_error(
                    self.tr(
                        "%1 is already declared; withdraw it from the workspace (Ctrl+K)."
                    ).replace("%1", code)
                )
                return
            self.table.removeRow(row)
            self.show_documents()

    # -- the documents ---------------------------------------------------------------------

    def show_documents(self) -> None:
        """Both documents as they will be signed, with what is filled in now: the words
        come from the same source as the signed PDFs (domain.declaration_texts), in the
        competition's language, the language of the PDFs."""
        if not hasattr(self, "documents"):
            return  # conflicts listed while the dialog is being built
        session = self.session
        competition = session.definition.competition
        locale = competition.locale if competition.locale in ("id", "en") else "id"
        judge = session.judge
        rows = identity_rows(
            locale,
            judge.name,
            judge.nip,
            self.rank.text().strip(),
            self.position.text().strip(),
            self.institution.text().strip(),
            judge.role,
        )
        conflicts = [
            (code, session.entry(code).title, reason) for code, reason in self.conflicts().items()
        ]
        qdate = self.date.date()
        import datetime as dt

        day = dt.date(qdate.year(), qdate.month(), qdate.day())
        signed_at = place_and_date(self.place.text().strip() or "…", day, locale)
        for kind, view in (("pakta", self.pakta_text), ("konflik", self.konflik_text)):
            words = declaration_words(
                kind,
                locale,
                competition.title,
                session.definition.declarations,
                conflict_names(conflicts) if kind == "konflik" else [],
            )
            html = _document_html(
                words, competition.organizer, rows, conflicts if kind == "konflik" else [],
                signed_at, judge.name, locale,
            )  # fmt: skip
            position = view.verticalScrollBar().value()
            view.setHtml(html)
            view.verticalScrollBar().setValue(position)

    def conflicts(self) -> dict[str, str]:
        return {
            self._item(r, 0).text(): self._item(r, 2).text().strip()
            for r in range(self.table.rowCount())
        }

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        """A cell of the conflicts table (every row is added with all three)."""
        item = self.table.item(row, column)
        assert item is not None
        return item

    def _load_png(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Signature image"), "", self.tr("PNG images (*.png)")
        )
        if path and not self.pad.set_image(Path(path).read_bytes()):
            self._show_error(self.tr("%1 is not a readable PNG image.").replace("%1", path))

    # -- signing -------------------------------------------------------------------------

    def _show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def out_dir(self) -> Path:
        return self.session.path.parent / "pernyataan"

    def sign(self) -> None:
        problem = self.keys.problem()
        if problem:
            self._show_error(problem)
            return
        if not self.place.text().strip():
            self._show_error(self.tr("Fill in the place of signing."))
            return
        if any(not reason for reason in self.conflicts().values()):
            self._show_error(self.tr("Every conflict of interest needs a reason."))
            return
        qdate = self.date.date()
        import datetime as dt

        request = services.DeclarationRequest(
            place=self.place.text().strip(),
            date=dt.date(qdate.year(), qdate.month(), qdate.day()),
            conflicts=self.conflicts(),
            rank=self.rank.text().strip(),
            position=self.position.text().strip(),
            institution=self.institution.text().strip(),
            signature_png=self.pad.png(),
        )
        self.keys.remember()
        unlock = self.keys.unlock()
        try:
            self.signed = services.declare_in(self.session, request, self.out_dir(), unlock)
        except WrongPassphrase:
            self._show_error(self.tr("Wrong passphrase. Try again."))
            self.keys.focus_secret()
            return
        except (JudgeAppError, OSError) as exc:
            # a certificate's own message: wrong password or PIN, no module, expired, ...
            self._show_error(str(storage_or_text(exc)))
            self.keys.focus_secret()
            return
        QMessageBox.information(
            self,
            self.tr("Declarations signed"),
            self.tr(
                "Signed and saved:\n%1\n\nYour certificate fingerprint:\n%2\n\nScoring is now open."
            )
            .replace("%1", "\n".join(str(p) for p in self.signed.paths))
            .replace("%2", self.signed.fingerprint),
        )
        self.accept()


def _document_html(words, organizer, rows, conflicts, signed_at, name, locale) -> str:
    """A declaration as rich text: title, identity, the numbered clauses (the table of
    conflicts inside the first where the statement has one), the closing sentence."""
    from html import escape

    parts = [
        f"<h3 align='center'>{escape(words.title)}</h3>",
        f"<p align='center'>{escape(organizer)}</p>",
        f"<p>{escape(words.undersigned)}</p><table cellpadding='1'>",
    ]
    parts += [
        f"<tr><td>{escape(label)}</td><td>&nbsp;:&nbsp;</td><td>{escape(value)}</td></tr>"
        for label, value in rows
    ]
    parts.append(f"</table><p>{escape(words.lead)}</p><ol>")
    for clause in words.clauses:
        parts.append(f"<li>{escape(clause.text)}")
        if clause.table:
            parts.append("<table border='1' cellspacing='0' cellpadding='3'><tr>")
            parts += [f"<th>{h}</th>" for h in CONFLICT_TABLE_HEADER[locale]]
            parts.append("</tr>")
            for i, (code, title, reason) in enumerate(conflicts, start=1):
                cells = (str(i), code, title, reason)
                parts.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
            parts.append("</table>")
        if clause.sub:
            parts.append("<ol type='a'>")
            parts += [f"<li>{escape(c)}</li>" for c in clause.sub]
            parts.append("</ol>")
        parts.append("</li>")
    parts.append(f"</ol><p>{escape(words.closing)}</p>")
    parts.append(f"<p align='right'>{escape(signed_at)}<br><br><b>{escape(name)}</b></p>")
    return "".join(parts)
