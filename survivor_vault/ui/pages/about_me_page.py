"""About me: what the survivor chooses to say about themselves. Every field is optional."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from survivor_vault.model.about_me import AboutMe
from survivor_vault.model.drafts import DraftKind
from survivor_vault.model.errors import VaultError
from survivor_vault.ui import wording
from survivor_vault.ui.components.page_header import PageHeader
from survivor_vault.ui.draft_keeper import DraftKeeper, FormDraft, fill_fields, read_fields
from survivor_vault.ui.form_parts import button, line_edit, optional_label, stacked_row, text_box
from survivor_vault.ui.unsaved_strip import throw_away_when_sure


class AboutMePage(QWidget):
    def __init__(self, vault, parent: QWidget | None = None, drafts: DraftKeeper | None = None):
        super().__init__(parent)
        self.setObjectName("aboutMePage")
        self._vault = vault
        header = PageHeader(
            self.tr("About me"),
            self.tr("Only what you want to say, in your own words. Every box is optional. "
            "Nothing here is shared unless you choose."), self)

        body = QWidget(self)
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields = {
            "preferred_name": line_edit("aboutPreferredName", body),
            "pronouns": line_edit("aboutPronouns", body),
            "languages": line_edit("aboutLanguages", body),
            "contact_ways": text_box("aboutContactWays", body, 2),
            "contact_times": line_edit("aboutContactTimes", body),
            "accessibility": text_box("aboutAccessibility", body, 2),
            "strengths": text_box("aboutStrengths", body, 3),
            "want_providers_to_know": text_box("aboutWantProvidersToKnow", body, 3),
        }
        for name, widget in self.fields.items():
            stacked_row(form, optional_label(wording.about_me_label(name), widget, body), widget)
        scroll = QScrollArea(self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside, not to an unseen frame
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveAboutMe")
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.throw_away_button = button(self.tr("Throw away my changes"), "throwAwayAboutMe", self._throw_away, self)
        self.throw_away_button.hide()
        self.message = QLabel(self)
        self.message.setObjectName("aboutMeMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.throw_away_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.load()
        self.draft = FormDraft(drafts, DraftKind.ABOUT_ME, "", lambda: read_fields(self.fields),
                               lambda f: fill_fields(self.fields, f), self.isVisible)
        if self.draft.restored:
            self.message.setText(self.tr("You were writing here and had not saved it. Here it is. "
                                         "Press Save to keep it."))
            self.throw_away_button.show()

    def _throw_away(self) -> None:
        throw_away_when_sure(self, self.draft, self.message.setText, self.throw_away_button)

    def load(self) -> None:
        try:
            about = self._vault.about_me.get()
        except VaultError as error:
            self.message.setText(wording.error_message(error))
            return
        fill_fields(self.fields, {name: getattr(about, name) for name in self.fields})

    def save(self) -> None:
        about = AboutMe(**read_fields(self.fields))
        if not wording.attempt(lambda: self._vault.about_me.save(about), self.message.setText):
            return
        self.load()  # as stored (trimmed), so the form and the baseline agree
        self.draft.saved()
        self.throw_away_button.hide()
        self.message.setText(self.tr("Saved."))
