"""A preview of the score sheet the definition gives a judge: per stage its criteria, each
with its scale, step and rubric levels, drawn from the document as it is now."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser

from judge_app import services
from judge_app.ui.definition_state import DefinitionState


class SheetPreview(QTextBrowser):
    def __init__(self, state: DefinitionState) -> None:
        super().__init__()
        self.state = state
        self.setOpenLinks(False)

    def _number(self, text: str) -> str:
        return text.replace(".", services.decimal_mark())

    def html(self) -> str:
        title = self.state.value("competition.title")
        parts = [f"<h2>{escape(str(title or ''))}</h2>"]
        parts.append(
            "<p style='color:#616161'>"
            + escape(self.tr("Score sheet: what a judge sees for each entry"))
            + "</p>"
        )
        for stage in self.state.doc.preview():
            parts.append(
                f"<h3>{escape(stage.name or stage.id)} "
                f"<span style='color:#616161; font-weight:normal'>("
                + escape(self.tr("stage weight %1").replace("%1", self._number(stage.weight)))
                + ")</span></h3>"
            )
            if not stage.criteria:
                parts.append("<p><i>" + escape(self.tr("No criterion in this stage")) + "</i></p>")
            header = (self.tr("Criterion"), self.tr("Weight"), self.tr("Score"), self.tr("Rubric"))
            parts.append(
                "<table cellspacing='0' cellpadding='4' border='1' "
                "style='border-collapse:collapse; border-color:#c0c0c0' width='100%'>"
                "<tr style='background:#eef3fa'>"
                + "".join(f"<th align='left'>{escape(h)}</th>" for h in header)
                + "</tr>"
            )
            for criterion in stage.criteria:
                scale = self.tr("%1–%2").replace("%1", self._number(criterion.min))
                scale = scale.replace("%2", self._number(criterion.max))
                if criterion.step not in ("1", ""):
                    scale += "<br>" + escape(
                        self.tr("steps of %1").replace("%1", self._number(criterion.step))
                    )
                levels = "<br>".join(
                    f"<b>{escape(self._number(level.min))}–{escape(self._number(level.max))} "
                    f"{escape(level.label)}</b>"
                    + (f": {escape(level.description)}" if level.description else "")
                    for level in criterion.levels
                )
                parts.append(
                    "<tr>"
                    f"<td width='32%'><b>{escape(criterion.id)} {escape(criterion.name)}</b>"
                    f"<br><span style='color:#424242'>{escape(criterion.description)}</span></td>"
                    f"<td align='center'>{escape(self._number(criterion.weight))}</td>"
                    f"<td align='center'>[ &nbsp;&nbsp;&nbsp;&nbsp; ]<br>{scale}</td>"
                    f"<td>{levels}</td></tr>"
                )
            parts.append("</table>")
        return "".join(parts)

    def refresh(self) -> None:
        bar = self.verticalScrollBar().value()
        self.setHtml(self.html())
        self.verticalScrollBar().setValue(bar)
