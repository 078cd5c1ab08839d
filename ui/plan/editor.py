"""The plan editor: a workshop's phases, its poll's statements and its criteria.

Opened from the desk's Workshop menu (``Plan…``) while preparing and while the workshop
runs. Three pages, one per part of the plan; each is a list with Add, Remove, Up and
Down (Ctrl+↑ / Ctrl+↓ move the chosen row) beside a form for the chosen row. The form
is saved by its button, by Ctrl+Enter, or on its own when another row is chosen or the
editor is closed; a refused edit keeps what was typed and says why.

Every change is a core operation (:mod:`app.operations.plan`) run by the desk's
controller, so it is undoable with the desk's Ctrl+Z, and the projector shows a
changed phase at once (the desk window re-reads the phases on the change signal).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes, Topic
from app.operations import plan as ops
from app.queries import load_workshop
from app.templates import PHASE_KINDS
from ui.widgets import SpinBox, plain_label

if TYPE_CHECKING:
    from app.model import Workshop
    from ui.controller import Controller

ID_ROLE = Qt.ItemDataRole.UserRole
#: The operations of this editor (an undo keeps its operation's label).
PLAN_LABELS = frozenset(
    name for name in ops.__all__ if name.split("_")[0] in ("add", "update", "remove", "move")
)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class _PartEditor(QWidget):
    """One part of the plan: a list, its buttons, and a form for the chosen row.

    Subclasses give the rows, the form's fields and the operations."""

    def __init__(self, editor: PlanDialog) -> None:
        super().__init__()
        self.editor = editor
        self.controller = editor.controller
        self.workshop_id = editor.workshop_id
        # The row the form was last filled for, with the values it was filled with.
        self._filled: tuple[uuid.UUID, dict[str, Any]] | None = None

        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._row_did_change)
        self.list.installEventFilter(self)  # Ctrl+Up/Down before the list's own use of them
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        for keys, offset in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda o=offset: self.move_row(o))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(buttons)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.save_button = QPushButton()
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.note = plain_label(wrap=True, role="hint")
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.note)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        right.addLayout(save_row)
        right.addStretch(1)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 4)
        layout.addSpacing(12)
        layout.addLayout(right, 6)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_row(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def add_field(self, label: QLabel, field: QWidget) -> None:
        label.setBuddy(field)
        self.form.addRow(label, field)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.up_button.setToolTip(self.tr("Move earlier (Ctrl+Up)"))
        self.down_button.setToolTip(self.tr("Move later (Ctrl+Down)"))
        self.save_button.setText(self.tr("Save changes"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button, self.save_button):
            button.setAccessibleName(button.text())

    # -- what subclasses give -----------------------------------------------------------
    def rows(self, workshop: Workshop) -> list[tuple[uuid.UUID, str]]:
        raise NotImplementedError

    def fill(self, workshop: Workshop, row_id: uuid.UUID | None) -> None:
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def add(self) -> None:
        raise NotImplementedError

    def removable(self, row_id: uuid.UUID) -> bool:
        return True

    remove_operation: Callable[..., Changes]
    move_operation: Callable[..., Changes]
    update_operation: Callable[..., Changes]
    first_field: QWidget

    # -- the list -----------------------------------------------------------------------
    def current_id(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def show_workshop(self, workshop: Workshop, select: uuid.UUID | None = None) -> None:
        """Redraw the list from the model; the form too, unless it holds unsaved typing."""
        chosen = select or self.current_id()
        rows = self.rows(workshop)
        with QSignalBlocker(self.list):
            self.list.clear()
            for row_id, text in rows:
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, row_id)
                self.list.addItem(item)
            index = next((i for i, (row_id, _) in enumerate(rows) if row_id == chosen), 0 if rows else -1)
            self.list.setCurrentRow(index)
        typing = self.dirty() and self._filled is not None and self._filled[0] == self.current_id()
        if select is not None or not typing:
            self._fill(workshop)
        self._enable()

    def _fill(self, workshop: Workshop) -> None:
        row_id = self.current_id()
        self.fill(workshop, row_id)
        self._filled = (row_id, self.values()) if row_id is not None else None

    def _enable(self) -> None:
        row_id = self.current_id()
        row = self.list.currentRow()
        self.remove_button.setEnabled(row_id is not None and self.removable(row_id))
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
        for index in range(self.form.rowCount()):
            field = self.form.itemAt(index, QFormLayout.ItemRole.FieldRole)
            widget = field.widget() if field is not None else None
            if widget is not None:
                widget.setEnabled(row_id is not None)
        self.save_button.setEnabled(row_id is not None)

    def dirty(self) -> bool:
        """Whether the form holds typing not yet saved (for the row it was filled for)."""
        return self._filled is not None and self.values() != self._filled[1]

    def _row_did_change(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self.dirty() and not self.save() and previous is not None:
            with QSignalBlocker(self.list):
                self.list.setCurrentItem(previous)  # keep the typing and its message
            return
        if self.editor.workshop is not None:
            self._fill(self.editor.workshop)
        self._enable()

    # -- commands -----------------------------------------------------------------------
    def save(self) -> bool:
        """Save the form's typing; ``False`` if refused (the reason is shown)."""
        if self._filled is None or not self.dirty():
            return True
        row_id, _ = self._filled
        changes = self.editor.run(self.tr("Edit plan"), self.update_operation, row_id, **self.values())
        if changes is not None and self.editor.workshop is not None:
            self._fill(self.editor.workshop)  # as stored (trimmed)
        return changes is not None

    def remove(self) -> None:
        row_id = self.current_id()
        if row_id is not None:
            row = self.list.currentRow()
            if self.editor.run(self.tr("Remove from plan"), self.remove_operation, row_id) is not None:
                self.list.setCurrentRow(min(row, self.list.count() - 1))

    def move_row(self, offset: int) -> None:
        row_id = self.current_id()
        if row_id is not None and self.save():
            self.editor.run(self.tr("Reorder plan"), self.move_operation, row_id, offset)
            self.list.setFocus()

    def added(self, changes: Changes | None) -> None:
        """Show a row just added, with its first field ready for typing."""
        if changes is not None and changes.subject is not None and self.editor.workshop is not None:
            self.show_workshop(self.editor.workshop, select=changes.subject)
            self.first_field.setFocus()
            if isinstance(self.first_field, (QLineEdit, QPlainTextEdit)):
                self.first_field.selectAll()


class PhasesEditor(_PartEditor):
    """The phases: name, kind, goal, prompts (one per line) and timebox."""

    remove_operation = staticmethod(ops.remove_phase)
    move_operation = staticmethod(ops.move_phase)
    update_operation = staticmethod(ops.update_phase)

    def __init__(self, editor: PlanDialog) -> None:
        super().__init__(editor)
        self.list.setObjectName("planPhases")
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.kind_box = QComboBox()
        for kind in PHASE_KINDS:
            self.kind_box.addItem(kind, kind)
        self.goal_edit = QPlainTextEdit()
        self.goal_edit.setTabChangesFocus(True)
        self.goal_edit.setFixedHeight(64)
        self.prompts_edit = QPlainTextEdit()
        self.prompts_edit.setTabChangesFocus(True)
        self.prompts_edit.setMinimumHeight(150)
        # One prompt per line: a wrapped prompt would look like two.
        self.prompts_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.timebox = SpinBox()
        self.timebox.setRange(ops.MIN_TIMEBOX, ops.MAX_TIMEBOX)
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(self.labels, (self.name_edit, self.kind_box, self.goal_edit, self.prompts_edit, self.timebox),
                                strict=True):
            self.add_field(label, field)
        self.first_field = self.name_edit
        self._current_phase: uuid.UUID | None = None
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.list.setAccessibleName(self.tr("Phases"))
        for label, text in zip(self.labels, (self.tr("&Name"), self.tr("&Kind"), self.tr("&Goal"),
                                             self.tr("&Prompts"), self.tr("&Timebox")), strict=True):
            label.setText(text)
        self.name_edit.setAccessibleName(self.tr("Phase name"))
        self.kind_box.setAccessibleName(self.tr("Kind of phase"))
        self.goal_edit.setAccessibleName(self.tr("Goal of the phase"))
        self.prompts_edit.setAccessibleName(self.tr("Prompts, one per line"))
        self.prompts_edit.setPlaceholderText(self.tr("One prompt per line"))
        self.timebox.setAccessibleName(self.tr("Timebox in minutes"))
        self.timebox.setSuffix(self.tr(" min"))
        names = {
            "explore": self.tr("Explore"), "diverge": self.tr("Open up (ideas)"), "converge": self.tr("Narrow down"),
            "decide": self.tr("Decide"), "act": self.tr("Act"), "reflect": self.tr("Reflect"), "spread": self.tr("Spread"),
        }
        for index in range(self.kind_box.count()):
            self.kind_box.setItemText(index, names.get(self.kind_box.itemData(index), self.kind_box.itemData(index)))
        self.note.setText(self.tr("The running phase cannot be removed: go to another phase first. "
                                  "Its changes show on the projector at once."))

    def rows(self, workshop: Workshop) -> list[tuple[uuid.UUID, str]]:
        self._current_phase = workshop.current_phase_id
        rows = []
        for number, phase in enumerate(sorted(workshop.phases, key=lambda p: p.position), start=1):
            text = f"{number}. {phase.name}  ·  " + self.tr("%1 min").replace("%1", str(phase.timebox_minutes))
            if phase.id == workshop.current_phase_id:
                text += "  ·  " + self.tr("running")
            rows.append((phase.id, text))
        return rows

    def fill(self, workshop: Workshop, row_id: uuid.UUID | None) -> None:
        phase = next((p for p in workshop.phases if p.id == row_id), None)
        self.name_edit.setText(phase.name if phase else "")
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(phase.kind if phase else "")))
        self.goal_edit.setPlainText(phase.goal if phase else "")
        self.prompts_edit.setPlainText("\n".join(phase.prompts) if phase else "")
        self.timebox.setValue(phase.timebox_minutes if phase else ops.DEFAULT_TIMEBOX)

    def values(self) -> dict[str, Any]:
        return dict(name=self.name_edit.text(), kind=self.kind_box.currentData(), goal=self.goal_edit.toPlainText(),
                    prompts=_lines(self.prompts_edit.toPlainText()), timebox_minutes=self.timebox.value())

    def removable(self, row_id: uuid.UUID) -> bool:
        return row_id != self._current_phase and self.list.count() > 1

    def add(self) -> None:
        if self.save():
            self.added(self.editor.run(self.tr("Add phase"), ops.add_phase, self.workshop_id,
                                       self.tr("New phase"), after=self.current_id()))


class StatementsEditor(_PartEditor):
    """The statements of the workshop's poll (Enig / Uenig / Ved ikke)."""

    remove_operation = staticmethod(ops.remove_statement)
    move_operation = staticmethod(ops.move_statement)
    update_operation = staticmethod(ops.update_statement)

    def __init__(self, editor: PlanDialog) -> None:
        super().__init__(editor)
        self.list.setObjectName("planStatements")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(110)
        self.label = QLabel()
        self.add_field(self.label, self.text_edit)
        self.first_field = self.text_edit
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.list.setAccessibleName(self.tr("Statements"))
        self.label.setText(self.tr("&Statement"))
        self.text_edit.setAccessibleName(self.tr("Statement text"))
        self.note.setText(self.tr("A statement that has been answered keeps its words; write a new one instead. "
                                  "Choose which statements a poll asks in the Votes tab."))

    def rows(self, workshop: Workshop) -> list[tuple[uuid.UUID, str]]:
        ordered = sorted(workshop.statements, key=lambda s: s.position)
        return [(s.id, f"{n}. {' '.join(s.text.split())}") for n, s in enumerate(ordered, start=1)]

    def fill(self, workshop: Workshop, row_id: uuid.UUID | None) -> None:
        statement = next((s for s in workshop.statements if s.id == row_id), None)
        self.text_edit.setPlainText(statement.text if statement else "")

    def values(self) -> dict[str, Any]:
        return dict(text=self.text_edit.toPlainText())

    def add(self) -> None:
        if self.save():
            self.added(self.editor.run(self.tr("Add statement"), ops.add_statement, self.workshop_id,
                                       self.tr("New statement")))


class CriteriaEditor(_PartEditor):
    """The criteria ideas are scored 1–5 on."""

    remove_operation = staticmethod(ops.remove_criterion)
    move_operation = staticmethod(ops.move_criterion)
    update_operation = staticmethod(ops.update_criterion)

    def __init__(self, editor: PlanDialog) -> None:
        super().__init__(editor)
        self.list.setObjectName("planCriteria")
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(90)
        self.labels = [QLabel(), QLabel()]
        self.add_field(self.labels[0], self.name_edit)
        self.add_field(self.labels[1], self.description_edit)
        self.first_field = self.name_edit
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.list.setAccessibleName(self.tr("Criteria"))
        self.labels[0].setText(self.tr("&Name"))
        self.labels[1].setText(self.tr("&Description"))
        self.name_edit.setAccessibleName(self.tr("Criterion name"))
        self.description_edit.setAccessibleName(self.tr("Criterion description"))
        self.note.setText(self.tr("Ideas are scored 1–5 on every criterion. A criterion ideas have been scored on "
                                  "cannot be removed."))

    def rows(self, workshop: Workshop) -> list[tuple[uuid.UUID, str]]:
        ordered = sorted(workshop.criteria, key=lambda c: c.position)
        return [(c.id, f"{n}. {c.name}") for n, c in enumerate(ordered, start=1)]

    def fill(self, workshop: Workshop, row_id: uuid.UUID | None) -> None:
        criterion = next((c for c in workshop.criteria if c.id == row_id), None)
        self.name_edit.setText(criterion.name if criterion else "")
        self.description_edit.setPlainText(criterion.description if criterion else "")

    def values(self) -> dict[str, Any]:
        return dict(name=self.name_edit.text(), description=self.description_edit.toPlainText())

    def add(self) -> None:
        if self.save():
            self.added(self.editor.run(self.tr("Add criterion"), ops.add_criterion, self.workshop_id,
                                       self.tr("New criterion")))


class PlanDialog(QDialog):
    """The plan of one workshop, editable while preparing and while it runs.

    Not modal: the facilitator can keep it open beside the desk. It redraws when
    the plan changes (an edit here, an undo at the desk)."""

    def __init__(self, controller: Controller, workshop_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planDialog")
        self.controller = controller
        self.workshop_id = workshop_id
        self.workshop: Workshop | None = None
        self.template_dialog: QDialog | None = None
        self.resize(900, 600)

        self.heading = plain_label(wrap=True, role="muted")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("planTabs")
        self.phases = PhasesEditor(self)
        self.statements = StatementsEditor(self)
        self.criteria = CriteriaEditor(self)
        self.parts: Sequence[_PartEditor] = (self.phases, self.statements, self.criteria)
        for part in self.parts:
            self.tabs.addTab(part, "")
        self.tabs.currentChanged.connect(self._tab_did_change)
        self.error_label = plain_label(wrap=True, role="error")
        self.error_label.setObjectName("planError")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.template_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.template_button.setObjectName("saveAsTemplate")
        self.template_button.clicked.connect(self.save_as_template)
        self.saved_label = plain_label(wrap=True, role="hint")
        self.saved_label.setObjectName("planSaved")
        self.saved_label.hide()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda: self.current_part().save())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        controller.changes_did_happen.connect(self._changes_did_happen)
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Plan"))
        self.heading.setText(self.tr("Change the workshop's plan while preparing or while it runs. "
                                     "Every change can be undone with Ctrl+Z at the desk."))
        for index, title in enumerate((self.tr("Phases"), self.tr("Statements"), self.tr("Criteria"))):
            self.tabs.setTabText(index, title)
        self.template_button.setText(self.tr("Save as template…"))
        self.template_button.setToolTip(self.tr("Save this plan as your own template for new workshops"))
        for part in self.parts:
            part.retranslate()
        if self.workshop is not None:
            for part in self.parts:
                part.show_workshop(self.workshop)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "parts"):
            self.retranslate()
        super().changeEvent(event)

    def current_part(self) -> _PartEditor:
        return self.parts[self.tabs.currentIndex()]

    def reload(self) -> None:
        self.workshop = load_workshop(self.controller.library, self.workshop_id, ("phases", "statements", "criteria"))
        for part in self.parts:
            part.show_workshop(self.workshop)

    def run(self, label: str, operation: Callable[..., Changes], /, *args: Any, **kwargs: Any) -> Changes | None:
        """Run an operation through the desk's controller; show why if refused."""
        failures: list[str] = []
        self.controller.operation_did_fail.connect(failures.append)
        try:
            # The keywords are the operation's (a statement's ``text``), not the controller's.
            changes = self.controller.run(label, partial(operation, **kwargs), *args)
        finally:
            self.controller.operation_did_fail.disconnect(failures.append)
        self.error_label.setText(failures[0] if failures else "")
        self.error_label.setVisible(bool(failures))
        return changes

    def _changes_did_happen(self, changes: Changes) -> None:
        if changes.workshop_id != self.workshop_id:
            return
        if changes.touches(Topic.PHASES, Topic.WORKSHOP) or changes.label in PLAN_LABELS:
            self.reload()

    def _tab_did_change(self, _index: int) -> None:
        for part in self.parts:
            if part is not self.current_part() and not part.save():
                with QSignalBlocker(self.tabs):
                    self.tabs.setCurrentWidget(part)
                return

    def save_as_template(self) -> None:
        """Ask for a name and save the plan (as saved: typing is saved first) as a template."""
        from ui import catalog
        from ui.plan.save import SaveTemplateDialog

        if not self.current_part().save() or self.workshop is None:
            return
        dialog = SaveTemplateDialog(self.controller, self.workshop_id, self.workshop.title,
                                    folder=catalog.user_folder(), parent=self)
        self.template_dialog = dialog
        if dialog.exec() and dialog.saved is not None:
            self.saved_label.setText(
                self.tr("Saved as the template “%1” in %2. New workshops can start from it.")
                .replace("%1", dialog.saved.name.get(self.controller.language))
                .replace("%2", str(dialog.saved.path.parent)))
            self.saved_label.show()

    def reject(self) -> None:
        """Close (Esc, the button, the window's close box; Qt's close event comes here
        too), saving what was typed; a refusal keeps the editor open with its reason."""
        if self.current_part().save():
            super().reject()
