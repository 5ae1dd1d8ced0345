"""The criteria form for one entry and stage: type a score, see its rubric level and the
live weighted total; refused values are explained inline and never stored."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from judge_app.services import (
    Criterion,
    PackageSession,
    ScoreChange,
    format_display,
    format_number,
    judge_total,
    parse_score,
)
from judge_app.ui.grid_model import Apply


class _Row:
    def __init__(self, criterion: Criterion) -> None:
        self.criterion = criterion
        self.name = QLabel()
        self.score = QLineEdit()
        self.level = QLabel()
        self.note = QLineEdit()
        self.error = QLabel()


class ScoreForm(QWidget):
    finished = Signal()  # Enter on the last score: go to the next entry
    criterionFocused = Signal(str)  # a criterion's score or note box got the focus: its id

    def __init__(
        self,
        session: PackageSession,
        apply: Apply,
        decimal: str = ",",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.apply = apply
        self.decimal = decimal
        self.code: str | None = None
        self.stage: str | None = None
        self.rows: list[_Row] = []
        self._row_of: dict[QObject, _Row] = {}  # score and note boxes -> their row

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel()
        self.banner.setObjectName("conflictBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        outer.addWidget(self.banner)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.headers: list[QLabel] = []
        self.narrow: bool | None = None  # the note under the score (beside the proposal)
        self.scroll_area.setWidget(self.body)
        outer.addWidget(self.scroll_area, 1)
        self.total = QLabel()
        self.total.setObjectName("totalLabel")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        outer.addWidget(self.total)

    # -- building ------------------------------------------------------------------------

    def commit_pending(self) -> None:
        """Save whatever is typed but not yet committed, before the form shows something
        else: moving to another entry or stage must never drop a keystroke."""
        for row in self.rows:
            self._commit_score(row)
            self._commit_note(row)

    def set_stage(self, stage: str) -> None:
        if stage == self.stage:
            return
        self.commit_pending()
        self.stage = stage
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        self._row_of = {}
        headers = (self.tr("Criterion"), self.tr("Score"), self.tr("Rubric level"), self.tr("Note"))
        self.headers = [QLabel(f"<b>{text}</b>") for text in headers]
        for criterion in self.session.definition.criteria_of(stage):
            row = _Row(criterion)
            weight = format_number(criterion.weight, self.decimal)
            detail = (
                self.tr("weight %1 · %2")
                .replace("%1", weight)
                .replace("%2", self._scale(criterion))
            )
            row.name.setText(
                f"<b>{criterion.id}. {_html(criterion.name)}</b><br><small>{_html(detail)}</small>"
            )
            row.name.setWordWrap(True)
            row.name.setToolTip(criterion.description)
            row.name.setBuddy(row.score)
            row.score.setPlaceholderText(self._scale(criterion))
            row.score.setObjectName(f"score_{criterion.id}")
            row.score.setAccessibleName(self.tr("Score for %1").replace("%1", criterion.name))
            row.score.setToolTip(criterion.description)
            row.score.setMaximumWidth(110)
            row.score.setAlignment(Qt.AlignmentFlag.AlignRight)
            row.note.setObjectName(f"note_{criterion.id}")
            row.note.setPlaceholderText(self.tr("Note (optional)"))
            row.note.setAccessibleName(self.tr("Note for %1").replace("%1", criterion.name))
            row.level.setWordWrap(True)
            row.error.setObjectName("errorLabel")
            row.error.setWordWrap(True)
            row.error.hide()
            row.score.textEdited.connect(lambda _t, r=row: self._preview(r))
            row.score.editingFinished.connect(lambda r=row: self._commit_score(r))
            row.score.returnPressed.connect(lambda r=row: self._enter_on_score(r))
            row.note.editingFinished.connect(lambda r=row: self._commit_note(r))
            row.note.returnPressed.connect(lambda r=row: self._enter_on_note(r))
            for box in (row.score, row.note):
                box.installEventFilter(self)
                self._row_of[box] = row
            self.rows.append(row)
        self.narrow = None
        self._place()
        for a, b in zip(self.rows, self.rows[1:], strict=False):
            QWidget.setTabOrder(a.score, a.note)
            QWidget.setTabOrder(a.note, b.score)
        if self.rows:
            QWidget.setTabOrder(self.rows[-1].score, self.rows[-1].note)
        self.refresh()

    def _place(self) -> None:
        """Four columns when there is room; beside the proposal (narrower) each note goes
        under its score, so the rubric level keeps a readable width."""
        narrow = self.width() < 48 * self.fontMetrics().horizontalAdvance("M")
        if narrow == self.narrow:
            return
        self.narrow = narrow
        while self.grid.count():  # the widgets stay; only their places change
            self.grid.takeAt(0)
        for row_index in range(self.grid.rowCount()):
            self.grid.setRowStretch(row_index, 0)
        for column, stretch in enumerate((2, 0, 3, 0 if narrow else 3)):
            self.grid.setColumnStretch(column, stretch)
        for column, label in enumerate(self.headers):
            self.grid.addWidget(label, 0, column)  # in the form before shown: no window
            label.setVisible(not (narrow and column == 3))
        for i, row in enumerate(self.rows):
            base = 1 + 3 * i
            self.grid.addWidget(row.name, base, 0, 2 if narrow else 1, 1)
            self.grid.addWidget(row.score, base, 1)
            self.grid.addWidget(row.level, base, 2)
            if narrow:
                self.grid.addWidget(row.note, base + 1, 1, 1, 2)
                self.grid.addWidget(row.error, base + 2, 1, 1, 2)
            else:
                self.grid.addWidget(row.note, base, 3)
                self.grid.addWidget(row.error, base + 1, 1, 1, 3)
        self.grid.setRowStretch(1 + 3 * len(self.rows), 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def show_entry(self, code: str | None) -> None:
        if code != self.code:
            self.commit_pending()
        self.code = code
        self.refresh()

    def refresh(self) -> None:
        """Show what the file holds for the current entry."""
        code = self.code
        reason = self.session.conflict_reason(code) if code else None
        self.banner.setVisible(reason is not None)
        if reason is not None:
            self.banner.setText(
                self.tr("Conflict of interest declared: %1. This entry cannot be scored.").replace(
                    "%1", reason
                )
            )
        editable = (
            code is not None
            and reason is None
            and self.session.declared
            and self.session.locked_revision is None
        )
        # a signed sheet's scores are values to read, not greyed-out boxes
        locked = code is not None and reason is None and self.session.locked_revision is not None
        why = (
            QCoreApplication.translate(
                "JudgeWorkspace", "Revision %1 is signed: the scores are locked."
            ).replace("%1", str(self.session.locked_revision))
            if locked
            else ""
        )
        for row in self.rows:
            value = self.session.value(code, row.criterion.id) if code else None
            row.score.setText("" if value is None else format_number(value, self.decimal))
            row.note.setText(self.session.note(code, row.criterion.id) if code else "")
            # a stage assigned to other judges: read-only, saying so
            other = code is not None and not self.session.stage_assigned(code, row.criterion.stage)
            for box in (row.score, row.note):
                box.setEnabled(editable and not other)
                if bool(box.property("locked")) != locked:
                    box.setProperty("locked", locked)
                    box.style().unpolish(box)
                    box.style().polish(box)
            if other and code is not None:
                row.score.setToolTip(self.session.stage_refusal(code, row.criterion.stage))
            else:
                row.score.setToolTip(why if locked else row.criterion.description)
            # an empty locked box says nothing (no grey hint to mistake for a value)
            row.note.setPlaceholderText("" if locked else self.tr("Note (optional)"))
            row.score.setPlaceholderText("" if locked else self._scale(row.criterion))
            self._show_error(row, None)
            self._show_level(row, value)
        self._update_total()

    def refused_row(self) -> _Row | None:
        """The first box holding typed text that was refused: it is not in the file."""
        for row in self.rows:
            if row.score.isEnabled() and row.score.isModified() and self._typed(row)[1]:
                return row
        return None

    def problem(self, row: _Row) -> str | None:
        """Why the text in a row's score box is refused, if it is."""
        return self._typed(row)[1]

    def focus_row(self, row: _Row) -> None:
        """Put the cursor in a row's score box, also just after a question closed (the
        closing box hands the focus back to where it was first)."""

        def focus() -> None:
            self.window().activateWindow()
            row.score.setFocus(Qt.FocusReason.OtherFocusReason)
            row.score.selectAll()

        focus()
        QTimer.singleShot(0, focus)

    def focus_criterion(self, criterion_id: str) -> bool:
        """Back to a criterion's score box (Esc in the proposal reader)."""
        row = next((r for r in self.rows if r.criterion.id == criterion_id), None)
        if row is None or not row.score.isEnabled():
            return False
        row.score.setFocus(Qt.FocusReason.OtherFocusReason)
        row.score.selectAll()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the proposal section a criterion is judged on comes to the front with it
        if event.type() == QEvent.Type.FocusIn and watched in self._row_of:
            self.criterionFocused.emit(self._row_of[watched].criterion.id)
        return super().eventFilter(watched, event)

    def focus_first(self) -> None:
        if self.rows and self.rows[0].score.isEnabled():
            self.rows[0].score.setFocus(Qt.FocusReason.OtherFocusReason)
            self.rows[0].score.selectAll()

    # -- behaviour -----------------------------------------------------------------------

    def _typed(self, row: _Row) -> tuple[float | None, str | None]:
        """(value, problem) for the text in a score box; empty text is no score."""
        text = row.score.text()
        if not text.strip():
            return None, None
        try:
            value = parse_score(text)
        except ValueError:
            return None, self.tr("Refused: %1 is not a number. Allowed: %2").replace(
                "%1", text.strip()
            ).replace("%2", self._range(row.criterion))
        if row.criterion.problem_with(value) is None:
            return value, None
        c = row.criterion
        if c.min <= value <= c.max and c.step == 1:
            message = self.tr("Refused: %1 is not allowed. Allowed: whole numbers %2")
        elif c.min <= value <= c.max:
            message = self.tr("Refused: %1 is not allowed. Allowed: %2")
        else:
            message = self.tr("Refused: %1 is outside the allowed range %2")
        shown = format_number(value, self.decimal)
        return None, message.replace("%1", shown).replace("%2", self._range(c))

    def _scale(self, c: Criterion) -> str:
        """The hint beside and in a score box: 'whole number 0–100' where only whole numbers
        are allowed, else '0–3, steps of 0,5', in the interface language."""
        if c.step == 1 and float(c.min).is_integer():
            lo, hi = format_number(c.min, self.decimal), format_number(c.max, self.decimal)
            return self.tr("whole number %1–%2").replace("%1", lo).replace("%2", hi)
        return self._range(c)

    def _range(self, c: Criterion) -> str:
        """'0–100' or '0–3, steps of 0,5', for the messages that say what is allowed."""
        lo, hi = format_number(c.min, self.decimal), format_number(c.max, self.decimal)
        if c.step == 1:
            return f"{lo}–{hi}"
        step = format_number(c.step, self.decimal)
        return self.tr("%1–%2, steps of %3").replace("%1", lo).replace("%2", hi).replace("%3", step)

    def _preview(self, row: _Row) -> None:
        value, problem = self._typed(row)
        self._show_error(row, problem)
        self._show_level(row, value)
        self._update_total()

    def _commit_score(self, row: _Row) -> None:
        # only what the judge typed: a field the program filled is never "saved back"
        if self.code is None or not row.score.isEnabled() or not row.score.isModified():
            return
        value, problem = self._typed(row)
        if problem:
            self._show_error(row, problem)
            return
        if value == self.session.value(self.code, row.criterion.id):
            row.score.setModified(False)
            return
        note = self.session.note(self.code, row.criterion.id)
        change = ScoreChange(self.code, row.criterion.id, value, note)
        text = self.tr("Score %1 %2").replace("%1", self.code).replace("%2", row.criterion.id)
        if self.apply([change], text):
            row.score.setModified(False)

    def _commit_note(self, row: _Row) -> None:
        if self.code is None or not row.note.isEnabled() or not row.note.isModified():
            return
        note = row.note.text().strip()
        if note == self.session.note(self.code, row.criterion.id):
            row.note.setModified(False)
            return
        value = self.session.value(self.code, row.criterion.id)
        change = ScoreChange(self.code, row.criterion.id, value, note)
        text = self.tr("Note %1 %2").replace("%1", self.code).replace("%2", row.criterion.id)
        if self.apply([change], text):
            row.note.setModified(False)

    def _enter_on_score(self, row: _Row) -> None:
        # Save before moving on: Qt sends editingFinished only after returnPressed, by
        # which time the next entry would already be showing.
        self._commit_score(row)
        self._next(row)

    def _enter_on_note(self, row: _Row) -> None:
        self._commit_note(row)
        self._next(row)

    def _next(self, row: _Row) -> None:
        _, problem = self._typed(row)
        if problem:
            return
        index = self.rows.index(row)
        if index + 1 < len(self.rows):
            self.rows[index + 1].score.setFocus(Qt.FocusReason.TabFocusReason)
            self.rows[index + 1].score.selectAll()
        else:
            self.finished.emit()

    def _show_error(self, row: _Row, problem: str | None) -> None:
        row.error.setText(problem or "")
        row.error.setVisible(problem is not None)
        row.score.setProperty("invalid", problem is not None)
        row.score.style().unpolish(row.score)
        row.score.style().polish(row.score)

    def _show_level(self, row: _Row, value: float | None) -> None:
        level = row.criterion.level_for(value) if value is not None else None
        if level is None:
            row.level.setText("")
            return
        text = f"<b>{_html(level.label)}</b>"
        if level.description:
            text += f" — {_html(level.description)}"
        row.level.setText(text)

    def _update_total(self) -> None:
        if self.stage is None:
            return
        values: dict[str, float | None] = {}
        for row in self.rows:
            value, _ = self._typed(row)
            values[row.criterion.id] = value
        criteria = [r.criterion for r in self.rows]
        total = judge_total(criteria, values)
        done = sum(v is not None for v in values.values())
        if self.code and self.session.conflict_reason(self.code) is not None:
            self.total.setText(self.tr("Total: — (conflict of interest)"))
        elif total is None:
            self.total.setText(
                self.tr("Total: — (%1 of %2 criteria scored)")
                .replace("%1", str(done))
                .replace("%2", str(len(criteria)))
            )
        else:
            shown = format_display(total, self.decimal)
            self.total.setText(self.tr("Weighted total: %1 of 100").replace("%1", shown))


def _html(text: str) -> str:
    from html import escape

    return escape(text)
