"""The small dialogs that ask how to export: the PDF handout, the role cards for
printing and the paper ballots. Each returns a frozen options value."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.settings import Settings
from ui.widgets import SpinBox, fit_to_texts, plain_label


class OptionsDialog(QDialog):
    """A small form: a one-line intro, a few choices, OK and Cancel."""

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = plain_label(intro, wrap=True, role="muted")
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(10)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setProperty("role", "primary")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(14)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)

    def add_choice(self, label: str, widget: QWidget, hint: str = "") -> None:
        self.form.addRow(label, widget)
        if hint:
            self.form.addRow("", plain_label(hint, wrap=True, role="hint"))

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        fit_to_texts(self)
        super().showEvent(event)


@dataclass(frozen=True)
class PdfOptions:
    without_names: bool = False
    language: str = "da"
    #: What the handout adds from the settings (see exports.handout.HandoutOptions).
    municipality: str = ""
    logo: str = ""
    contact: str = ""
    next_step: str = ""


@dataclass(frozen=True)
class CardOptions:
    with_names: bool = True


@dataclass(frozen=True)
class BallotOptions:
    round_id: uuid.UUID
    copies: int | None = None  # None: one per participant


class PdfOptionsDialog(OptionsDialog):
    """The handout's options. The municipality, its logo and the innovation unit's
    contact are remembered for every workshop; the next step for this workshop."""

    def __init__(self, language: str, parent: QWidget | None = None, *, settings: Settings | None = None,
                 workshop_id: uuid.UUID | None = None) -> None:
        super().__init__(
            self.tr("PDF handout"),
            self.tr("The handout for the participants: the question, the ideas, the votes and the action plan."),
            self.tr("Choose file…"), parent,
        )
        self.names_box = QCheckBox(self.tr("Without names"))
        self.language_box = QComboBox()
        self.language_box.addItem("Dansk", "da")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.add_choice(self.tr("Participants"), self.names_box,
                        self.tr("Without names the handout shows only how many took part (for sharing outside the room)."))
        self.add_choice(self.tr("Language"), self.language_box)
        self.settings = settings
        self.next_key = f"next_step/{workshop_id}"
        remembered = settings.handout_text if settings is not None else (lambda _key: "")
        self.municipality = self._line(self.tr("Municipality"), remembered("municipality"),
                                       self.tr("For example: Gentofte Kommune"))
        self.logo = self._line(self.tr("Logo file"), remembered("logo"), self.tr("PNG or JPEG, printed on the cover"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAccessibleName(self.tr("Choose the logo file"))
        choose.clicked.connect(self._choose_logo)
        row = QHBoxLayout()
        row.addWidget(self.logo, 1)
        row.addWidget(choose)
        self.add_choice(self.tr("Logo"), self._wrap(row))
        self.contact = self._line(self.tr("Contact"), remembered("contact"),
                                  self.tr("The innovation unit: name, e-mail, phone"))
        self.next_step = self._line(self.tr("Next step"), remembered(self.next_key),
                                    self.tr("Empty: the action plan's earliest first test"))
        for label, edit in ((self.tr("Municipality"), self.municipality), (self.tr("Contact"), self.contact),
                            (self.tr("Next step"), self.next_step)):
            self.add_choice(label, edit)

    def _line(self, name: str, text: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        edit.setClearButtonEnabled(True)
        return edit

    @staticmethod
    def _wrap(layout: QHBoxLayout) -> QWidget:
        holder = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(layout)
        return holder

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the logo file"), self.logo.text(),
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    def options(self) -> PdfOptions:
        texts = {"municipality": self.municipality.text().strip(), "logo": self.logo.text().strip(),
                 "contact": self.contact.text().strip(), self.next_key: self.next_step.text().strip()}
        if self.settings is not None:
            for key, value in texts.items():
                self.settings.set_handout_text(key, value)
        return PdfOptions(self.names_box.isChecked(), str(self.language_box.currentData()), texts["municipality"],
                          texts["logo"], texts["contact"], texts[self.next_key])


class CardOptionsDialog(OptionsDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Role cards for printing"),
            self.tr("Igangsætter, Facilitator and Katalysator with their arena and tasks, four to a page with cutting marks."),
            self.tr("Choose file…"), parent,
        )
        self.names_box = QCheckBox(self.tr("Print the participants' names on the cards"))
        self.names_box.setChecked(True)
        self.add_choice(self.tr("Names"), self.names_box,
                        self.tr("Without names, one card is printed for each role card dealt, to hand out freely."))

    def options(self) -> CardOptions:
        return CardOptions(self.names_box.isChecked())


@dataclass(frozen=True)
class BoardPictureOptions:
    theme_id: uuid.UUID | None = None  # None: the whole board
    png: bool = False


class BoardPictureDialog(OptionsDialog):
    """The board as a picture: the whole board or one theme, as PDF or PNG."""

    def __init__(self, themes: list[tuple[uuid.UUID, str]], parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("The board as a picture"),
            self.tr("The notes as they lie on the board, in their themes: a PDF to print, or a PNG for a slide."),
            self.tr("Choose file…"), parent,
        )
        self.what_box = QComboBox()
        self.what_box.setAccessibleName(self.tr("What"))
        self.what_box.addItem(self.tr("The whole board"), None)
        for theme_id, title in themes:
            self.what_box.addItem(self.tr("Theme: %1").replace("%1", title), theme_id)
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(self.tr("Format"))
        self.format_box.addItem(self.tr("PDF (for printing)"), False)
        self.format_box.addItem(self.tr("PNG (a picture)"), True)
        self.add_choice(self.tr("What"), self.what_box)
        self.add_choice(self.tr("Format"), self.format_box)

    def options(self) -> BoardPictureOptions:
        return BoardPictureOptions(self.what_box.currentData(), bool(self.format_box.currentData()))


class BallotOptionsDialog(OptionsDialog):
    def __init__(self, rounds: list[tuple[uuid.UUID, str]], parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Ballots for printing"),
            self.tr("Paper ballots for rooms without phones. Enter the counts in the app afterwards."),
            self.tr("Choose file…"), parent,
        )
        self.round_box = QComboBox()
        for round_id, title in rounds:
            self.round_box.addItem(title, round_id)
        self.copies_spin = SpinBox()
        self.copies_spin.setRange(0, 999)
        self.copies_spin.setSpecialValueText(self.tr("One per participant"))
        self.copies_spin.setValue(0)
        self.add_choice(self.tr("Vote"), self.round_box)
        self.add_choice(self.tr("Ballots"), self.copies_spin)

    def options(self) -> BallotOptions:
        copies = self.copies_spin.value()
        return BallotOptions(self.round_box.currentData(), copies or None)
