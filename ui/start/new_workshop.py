"""The "New workshop" dialog: a template, then the workshop's details and people.

Participants are typed or pasted as lines "Name; Organisation" (a tab or a comma also
separates, so a column pasted from a spreadsheet works). The dialog checks them as the
facilitator types and keeps the dialog open with a clear message when something is
wrong: nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import DateField, FormDialog, SpinBox, plain_label

if TYPE_CHECKING:
    from ui.controller import Controller

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole


class NewWorkshopDialog(FormDialog):
    """Creates a workshop through ``create_workshop``; ``created_id`` tells which.

    Nothing typed is lost: Esc or the close button asks first, Enter moves to the next
    field, and only the button or Ctrl+Enter creates the workshop."""

    def __init__(self, controller: Controller, template_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui import catalog
        from ui.catalog import data_language, templates

        catalog.reload()  # a template saved or dropped in the folder since is offered too

        self.controller = controller
        self.created_id: uuid.UUID | None = None
        self.setObjectName("newWorkshopDialog")
        self.resize(980, 660)

        # Templates on the left, with the chosen one's description below.
        self.template_heading = plain_label(name="sectionTitle")
        self.template_list = QListWidget()
        self.template_list.setObjectName("templateList")
        self.template_list.setMinimumWidth(280)
        self.template_list.setWordWrap(True)
        language = data_language()
        for template in templates().values():
            own = catalog.is_own(template)
            item = QListWidgetItem(template.name.get(language) + ("  ·  " + self.tr("your own") if own else ""))
            item.setData(TEMPLATE_ROLE, template.id)
            item.setSizeHint(QSize(0, 34))
            self.template_list.addItem(item)
        # A template file that does not load is listed with its reason, greyed and not
        # selectable; the others are all there.
        for problem in catalog.template_problems():
            reason = problem.message(self.controller.language).removeprefix(f"{problem.path}: ")
            item = QListWidgetItem(self.tr("%1 cannot be used: %2").replace("%1", Path(problem.path).name)
                                   .replace("%2", reason))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setForeground(QColor("#5B6B7A"))  # greyed, yet 5.6:1 on white (WCAG AA)
            item.setToolTip(problem.path)
            self.template_list.addItem(item)
        self.template_description = plain_label(wrap=True)
        self.template_description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.template_phases = plain_label(wrap=True, role="hint")
        self.template_list.currentItemChanged.connect(self._template_did_change)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.template_heading)
        left.addWidget(self.template_list, 2)
        left.addWidget(self.template_phases)
        left.addWidget(self.template_description, 3)

        # The details on the right.
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.question_edit = QPlainTextEdit()
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setFixedHeight(70)
        self.date_edit = DateField(dt.date.today())
        self.date_edit.language = controller.language
        self.no_date = QCheckBox()
        self.no_date.toggled.connect(lambda on: self.date_edit.setEnabled(not on))
        date_row = QHBoxLayout()
        date_row.setSpacing(12)
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.no_date)
        date_row.addStretch(1)
        self.place_edit = QLineEdit()
        self.facilitator_edit = QLineEdit()
        self.participants_edit = QPlainTextEdit()
        self.participants_edit.setObjectName("participantsEdit")
        self.participants_edit.setTabChangesFocus(True)
        self.participants_edit.setMinimumHeight(120)
        self.participants_edit.textChanged.connect(self._participants_did_change)
        self.participants_status = plain_label(wrap=True, role="hint")
        self.groups_spin = SpinBox()
        self.groups_spin.setRange(0, 30)
        self.groups_spin.setValue(4)
        self.groups_hint = plain_label(role="hint")
        self.groups_spin.valueChanged.connect(self._groups_did_change)
        groups_row = QHBoxLayout()
        groups_row.addWidget(self.groups_spin)
        groups_row.addWidget(self.groups_hint, 1)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(10)
        self.labels: dict[str, QLabel] = {}
        for key, field in (
            ("title", self.title_edit),
            ("question", self.question_edit),
            ("date", date_row),
            ("place", self.place_edit),
            ("facilitator", self.facilitator_edit),
            ("participants", self.participants_edit),
            ("", self.participants_status),
            ("groups", groups_row),
        ):
            label = QLabel()
            self.labels[key] = label
            self.form.addRow(label, field)
        # Each label names its field for a screen reader (QFormLayout does not make it
        # the buddy when it is given a QLabel).
        for key, control in (("title", self.title_edit), ("question", self.question_edit), ("date", self.date_edit.edit),
                             ("place", self.place_edit), ("facilitator", self.facilitator_edit),
                             ("participants", self.participants_edit), ("groups", self.groups_spin)):
            self.labels[key].setBuddy(control)
        self.template_heading.setBuddy(self.template_list)

        self.error_label = plain_label(wrap=True, role="error")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setProperty("role", "primary")
        self.buttons.accepted.connect(self.create_workshop)
        self.buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(self._validate)

        self.details_heading = plain_label(name="sectionTitle")
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.details_heading)
        right.addLayout(self.form)
        right.addStretch(1)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(left, 4)
        columns.addLayout(right, 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(14)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

        self.retranslate()
        index = 0
        for row in range(self.template_list.count()):
            if self.template_list.item(row).data(TEMPLATE_ROLE) == template_id:
                index = row
        self.template_list.setCurrentRow(index)
        self.title_edit.setFocus()
        self._validate()
        self.remember_values()

    def form_values(self) -> object:
        return (self.title_edit.text(), self.question_edit.toPlainText(), self.date_edit.edit.text(),
                self.no_date.isChecked(), self.place_edit.text(), self.facilitator_edit.text(),
                self.participants_edit.toPlainText(), self.groups_spin.value())

    def submit(self) -> None:
        if self.create_button.isEnabled():
            self.create_workshop()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New workshop"))
        self.template_heading.setText(self.tr("1. Choose a template"))
        self.details_heading.setText(self.tr("2. Describe the workshop"))
        for key, text in (
            ("title", self.tr("Title")),
            ("question", self.tr("Innovation question")),
            ("date", self.tr("Date")),
            ("place", self.tr("Place")),
            ("facilitator", self.tr("Facilitator")),
            ("participants", self.tr("Participants")),
            ("groups", self.tr("Table groups")),
        ):
            self.labels[key].setText(text)
        self.title_edit.setPlaceholderText(self.tr("For example: Fewer forms in home care"))
        self.question_edit.setPlaceholderText(self.tr("How might we …?"))
        self.no_date.setText(self.tr("No date yet"))
        self.place_edit.setPlaceholderText(self.tr("For example: Town hall, meeting room 2"))
        self.facilitator_edit.setPlaceholderText(self.tr("Your name"))
        self.participants_edit.setPlaceholderText(self.tr(
            "One per line: Name; Organisation\nFor example:\nAnne Holm; Hjemmeplejen\nJonas Berg; Borgerservice"
        ))
        self.create_button.setText(self.tr("Create workshop"))
        self._participants_did_change()
        self._groups_did_change()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "labels"):
            self.retranslate()
        super().changeEvent(event)

    # -- live checks ------------------------------------------------------------

    def template_id(self) -> str | None:
        item = self.template_list.currentItem()
        if item is None:
            return None
        template_id: str | None = item.data(TEMPLATE_ROLE)
        return template_id

    def _template_did_change(self, *_: object) -> None:
        from ui.catalog import data_language, templates

        template = templates().get(self.template_id() or "")
        if template is None:
            self.template_description.setText("")
            self.template_phases.setText("")
        else:
            language = data_language()
            self.template_description.setText(template.description.get(language))
            self.template_phases.setText(" → ".join(p.name.get(language) for p in template.phases))
        self._validate()

    def _groups_did_change(self, *_: object) -> None:
        count = self.groups_spin.value()
        names = self.group_names()
        if not count:
            self.groups_hint.setText(self.tr("No table groups"))
        else:
            shown = ", ".join(names[:3]) + (" …" if count > 3 else "")
            self.groups_hint.setText(shown)

    def group_names(self) -> list[str]:
        return [self.tr("Table %1").replace("%1", str(n)) for n in range(1, self.groups_spin.value() + 1)]

    def participants(self) -> list[tuple[str, str]]:
        """The pasted participants; raises InvalidInput naming a bad line."""
        from app.operations import parse_participant_lines

        return parse_participant_lines(self.participants_edit.toPlainText())

    def _participants_did_change(self) -> None:
        from app.errors import SamskabError

        try:
            people = self.participants()
        except SamskabError as error:
            self.participants_status.setProperty("role", "error")
            self.participants_status.setText(error.message(self.controller.language))
        else:
            self.participants_status.setProperty("role", "hint")
            if not people:
                self.participants_status.setText(self.tr("You can also add participants later."))
            else:
                self.participants_status.setText(self.tr("%n participant(s)", "", len(people)))
        self.participants_status.style().unpolish(self.participants_status)
        self.participants_status.style().polish(self.participants_status)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.title_edit.text().strip()) and self.template_id() is not None
        self.create_button.setEnabled(ok)

    # -- create -----------------------------------------------------------------

    def create_workshop(self) -> None:
        """Create the workshop; on a problem say so and keep everything typed."""
        from app.errors import SamskabError
        from app.operations import create_workshop
        from ui.catalog import data_language, templates

        template = templates().get(self.template_id() or "")
        if template is None:
            return
        try:
            people = self.participants()
        except SamskabError as error:
            self._fail(error.message(self.controller.language))
            self.participants_edit.setFocus()
            return
        date: dt.date | None = None
        if not self.no_date.isChecked():
            try:
                date = self.date_edit.date()
            except SamskabError as error:
                self._fail(error.message(self.controller.language))
                self.date_edit.mark_invalid(error.message(self.controller.language))
                self.date_edit.setFocus()
                return
        failures: list[str] = []
        self.controller.operation_did_fail.connect(failures.append)
        try:
            changes = self.controller.run(
                self.tr("New workshop"),
                create_workshop,
                template,
                title=self.title_edit.text(),
                question=self.question_edit.toPlainText(),
                date=date,
                place=self.place_edit.text(),
                facilitator=self.facilitator_edit.text(),
                language=data_language(),
                participants=people,
                table_groups=self.group_names(),
            )
        finally:
            self.controller.operation_did_fail.disconnect(failures.append)
        if changes is None or changes.subject is None:
            self._fail(failures[0] if failures else self.tr("The workshop could not be created."))
            return
        self.created_id = changes.subject
        self.accept()

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


class WorkshopDetailsDialog(FormDialog):
    """Edit a workshop's title, question, date, place, facilitator and the
    facilitator's own notes (never shown on the projector), through ``update_workshop``."""

    def __init__(self, controller: Controller, workshop: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.workshop_id = workshop.id
        self.setObjectName("workshopDetailsDialog")
        self.setWindowTitle(self.tr("Workshop details"))
        self.title_edit = QLineEdit(workshop.title)
        self.title_edit.setMaxLength(200)
        self.question_edit = QPlainTextEdit(workshop.question)
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setFixedHeight(80)
        self.date_edit = DateField(workshop.date)
        self.date_edit.language = controller.language
        self.no_date = QCheckBox(self.tr("No date yet"))
        self.no_date.toggled.connect(lambda on: self.date_edit.setEnabled(not on))
        self.no_date.setChecked(workshop.date is None)
        date_row = QHBoxLayout()
        date_row.setSpacing(12)
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.no_date)
        date_row.addStretch(1)
        self.date_edit.edit.setAccessibleName(self.tr("Date"))
        self.place_edit = QLineEdit(workshop.place)
        self.facilitator_edit = QLineEdit(workshop.facilitator)
        self.notes_edit = QPlainTextEdit(workshop.notes)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_hint = plain_label(self.tr("Only for you: notes are never shown on the projector."), wrap=True, role="hint")
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Innovation question"), self.question_edit)
        form.addRow(self.tr("Date"), date_row)
        form.addRow(self.tr("Place"), self.place_edit)
        form.addRow(self.tr("Facilitator"), self.facilitator_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        form.addRow("", self.notes_hint)
        self.error_label = plain_label(wrap=True, role="error")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(620)
        self.remember_values()

    def form_values(self) -> object:
        return (self.title_edit.text(), self.question_edit.toPlainText(), self.date_edit.edit.text(),
                self.no_date.isChecked(), self.place_edit.text(), self.facilitator_edit.text(),
                self.notes_edit.toPlainText())

    def submit(self) -> None:
        self.save()

    def save(self) -> None:
        """Save through the core; on a refusal say why and keep everything typed."""
        from app.errors import SamskabError
        from app.operations import update_workshop

        date: dt.date | None = None
        if not self.no_date.isChecked():
            try:
                date = self.date_edit.date()
            except SamskabError as error:
                self.error_label.setText(error.message(self.controller.language))
                self.error_label.show()
                self.date_edit.mark_invalid(error.message(self.controller.language))
                self.date_edit.setFocus()
                return
        failures: list[str] = []
        self.controller.operation_did_fail.connect(failures.append)
        try:
            changes = self.controller.run(
                self.tr("Edit workshop details"), update_workshop, self.workshop_id,
                title=self.title_edit.text(), question=self.question_edit.toPlainText(), date=date,
                place=self.place_edit.text(), facilitator=self.facilitator_edit.text(),
                notes=self.notes_edit.toPlainText(),
            )
        finally:
            self.controller.operation_did_fail.disconnect(failures.append)
        if changes is None:
            self.error_label.setText(failures[0] if failures else self.tr("The details could not be saved."))
            self.error_label.show()
            return
        self.accept()
