"""Save a workshop's plan as the facilitator's own template.

The template goes into the user's templates folder (``app.templates.user_templates_dir``),
checked by the same loader as the built-in ones; the next "New workshop" dialog offers
it beside them. Writing a file is not a change to the workshop, so there is nothing
to undo: a template is removed by deleting its file (the dialog says where it is).
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import FormDialog, fit_to_texts, plain_label

if TYPE_CHECKING:
    from app.templates import Template
    from ui.controller import Controller


class SaveTemplateDialog(FormDialog):
    """Name and describe the template; ``saved`` is the template once written."""

    def __init__(self, controller: Controller, workshop_id: uuid.UUID, title: str,
                 folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveTemplateDialog")
        self.controller = controller
        self.workshop_id = workshop_id
        self.folder = folder
        self.saved: Template | None = None
        self.setWindowTitle(self.tr("Save as template"))
        self.hint = plain_label(self.tr(
            "The phases, prompts, timeboxes, statements and criteria become a template of your own, "
            "offered under New workshop beside the built-in ones."), wrap=True, role="hint")
        self.name_edit = QLineEdit(title)
        self.name_edit.setMaxLength(200)
        self.name_edit.setAccessibleName(self.tr("Template name"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(70)
        self.description_edit.setAccessibleName(self.tr("Template description"))
        self.description_edit.setPlaceholderText(self.tr("When does this plan fit? (optional)"))
        self.replace_box = QCheckBox(self.tr("Replace a template with the same name"))
        form = QFormLayout()
        for text, field in ((self.tr("&Name"), self.name_edit), (self.tr("&Description"), self.description_edit)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.replace_box)
        self.error_label = plain_label(wrap=True, role="error")
        self.error_label.setObjectName("saveTemplateError")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setProperty("role", "primary")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        fit_to_texts(self)  # never narrower than the longest row (a long translation)
        self.name_edit.selectAll()
        self.remember_values()

    def form_values(self) -> object:
        return (self.name_edit.text(), self.description_edit.toPlainText(), self.replace_box.isChecked())

    def submit(self) -> None:
        """Write the template; on a refusal say why and keep what was typed."""
        from app.errors import SamskabError
        from app.operations.plan import save_as_template
        from ui import catalog

        try:
            self.saved = save_as_template(
                self.controller.library, self.workshop_id, self.name_edit.text(),
                description=self.description_edit.toPlainText(), folder=self.folder,
                replace=self.replace_box.isChecked(),
            )
        except SamskabError as error:
            self.error_label.setText(error.message(self.controller.language))
            self.error_label.show()
            return
        catalog.reload()
        self.accept()
