"""The settings dialog: language, projector screen, note size, shared
database address (never a password: that goes to the system keyring when the shared
database is used). The timer's chime is muted on the timer itself."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.settings import NOTE_FONT_SIZES, Settings, strip_password
from ui.widgets import SpinBox, plain_label


class SettingsDialog(QDialog):
    """Edits :class:`ui.settings.Settings`; saved when the facilitator presses OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.language_box = QComboBox()
        self.language_box.addItem("Dansk", "da")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(settings.language)))
        self.screen_box = QComboBox()
        self.screen_box.addItem(self.tr("Automatic (any second screen)"), "")
        for screen in QGuiApplication.screens():
            size = screen.size()
            self.screen_box.addItem(f"{screen.name()}  ({size.width()}×{size.height()})", screen.name())
        if settings.projector_screen and self.screen_box.findData(settings.projector_screen) < 0:
            self.screen_box.addItem(self.tr("%1 (not connected)").replace("%1", settings.projector_screen), settings.projector_screen)
        self.screen_box.setCurrentIndex(max(0, self.screen_box.findData(settings.projector_screen)))
        self.font_spin = SpinBox()
        self.font_spin.setRange(NOTE_FONT_SIZES.start, NOTE_FONT_SIZES.stop - 1)
        self.font_spin.setSuffix(" px")
        self.font_spin.setValue(settings.note_font_size)
        self.address_edit = QLineEdit(settings.shared_database)
        self.address_edit.setPlaceholderText("postgresql://bruger@server/samskab")
        self.address_hint = plain_label(self.tr("A password typed here is not saved."), wrap=True, role="hint")

        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Language"), self.language_box)
        form.addRow(self.tr("Projector screen"), self.screen_box)
        form.addRow(self.tr("Text size on notes"), self.font_spin)
        form.addRow(self.tr("Shared database"), self.address_edit)
        form.addRow("", self.address_hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # The window grows with its contents (longer words in another language).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(520)

    @property
    def language(self) -> str:
        return str(self.language_box.currentData())

    def accept(self) -> None:
        self.settings.language = self.language
        self.settings.projector_screen = str(self.screen_box.currentData() or "")
        self.settings.note_font_size = self.font_spin.value()
        self.settings.shared_database = strip_password(self.address_edit.text())
        self.settings.sync()
        super().accept()
