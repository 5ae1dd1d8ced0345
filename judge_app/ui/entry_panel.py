"""What the judge reads about an entry before scoring it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from judge_app.services import Entry


class EntryPanel(QWidget):
    def __init__(self, category_names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category_names = category_names
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("entryTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.title)
        layout = QFormLayout()
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setVerticalSpacing(3)
        outer.addLayout(layout)
        outer.addStretch(1)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("code", self.tr("Code")),
            ("acronym", self.tr("Acronym")),
            ("agency", self.tr("Agency")),
            ("region", self.tr("Region")),
            ("category", self.tr("Category")),
            ("replicates", self.tr("Replicates")),
            ("summary", self.tr("Summary")),
            ("link", self.tr("Link")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            if key == "link":
                value.setOpenExternalLinks(True)
                value.setTextFormat(Qt.TextFormat.RichText)
            else:
                value.setTextFormat(Qt.TextFormat.PlainText)
            layout.addRow(label, value)
            self.fields[key] = value

    def show_entry(self, entry: Entry | None) -> None:
        if entry is None:
            self.title.setText(self.tr("Choose an entry from the list"))
            for value in self.fields.values():
                value.clear()
            return
        self.title.setText(entry.title)
        for key, value in self.fields.items():
            text = getattr(entry, key)
            if key == "category":
                text = self.category_names.get(text, text)
            if key == "link" and text:
                from html import escape

                value.setText(f'<a href="{escape(text, quote=True)}">{escape(text)}</a>')
                continue
            value.setText(text or "—")
