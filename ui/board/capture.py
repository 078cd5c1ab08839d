"""Capturing ideas from the keyboard: the hot path in a noisy room.

The facilitator types what a table calls out and presses Enter; the note is on the
board at once, the field is empty again and keeps the focus. Ctrl+1…9 (or Alt+1…9)
picks table group N for the next notes, Alt+0 none; the chosen group is shown
beside the field in its colour. A refused note (empty, too long) shows why and keeps
the typed text. Where the note lands is the core's rule (:mod:`app.layout`), the same
for a note from the command line or a phone.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app import operations
from app.changes import Changes, Topic
from app.queries.board import table_groups
from ui.controller import Controller

_DIGITS = {int(Qt.Key.Key_0.value) + n: n for n in range(10)}


def _swatch(colour: str | None) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour) if colour else QColor(0, 0, 0, 0))
    return QIcon(pixmap)


class CaptureBar(QWidget):
    """A line to type ideas into, with the table group they come from.

    Signals:
        note_did_add(UUID): a note was captured (its idea's id).
    """

    note_did_add = Signal(object)

    def __init__(self, controller: Controller, workshop_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.workshop_id = workshop_id

        self.group_box = QComboBox(self)
        self.group_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.group_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        font = self.edit.font()
        font.setPixelSize(16)
        self.edit.setFont(font)
        self.edit.setMinimumHeight(34)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it may quote user text
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B00020;")
        self.message.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.group_box)
        row.addWidget(self.edit, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.setSpacing(4)
        column.addLayout(row)
        column.addWidget(self.message)
        self.setFocusProxy(self.edit)

        self.edit.returnPressed.connect(self.capture)
        self.edit.textEdited.connect(self._clear_message)
        self.edit.installEventFilter(self)
        controller.changes_did_happen.connect(self._changes_did_happen)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language (again after a language switch)."""
        self.group_box.setToolTip(self.tr("Table group of the next notes (Ctrl+1…9, Alt+0 for none)"))
        self.edit.setPlaceholderText(self.tr("Type an idea and press Enter"))
        self.edit.setAccessibleName(self.tr("New idea"))
        self._load_groups()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- table groups --------------------------------------------------------------------
    def _load_groups(self) -> None:
        groups = table_groups(self.controller.library, self.workshop_id)
        current = self.group_id()
        self.group_box.blockSignals(True)
        self.group_box.clear()
        self.group_box.addItem(_swatch(None), self.tr("No table group"), None)
        for number, group in enumerate(groups, start=1):
            label = f"{number}  {group.name}" if number <= 9 else group.name
            self.group_box.addItem(_swatch(group.colour), label, group.id)
        index = self.group_box.findData(current) if current is not None else 0
        self.group_box.setCurrentIndex(max(index, 0))
        self.group_box.blockSignals(False)

    def key_help(self) -> list[tuple[str, str]]:
        """The keys this line reads itself, for the keyboard shortcuts sheet: (keys,
        untranslated text in this class's context; translate with ``self.tr``)."""
        return [
            ("Ctrl+1…9", str(QT_TRANSLATE_NOOP("CaptureBar", "Table group 1…9 for the next notes"))),
            ("Alt+0", str(QT_TRANSLATE_NOOP("CaptureBar", "No table group for the next notes"))),
            ("Enter", str(QT_TRANSLATE_NOOP("CaptureBar", "Add the typed idea as a note"))),
        ]

    def group_id(self) -> uuid.UUID | None:
        """The table group the next note gets (``None``: no group)."""
        value = self.group_box.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def choose_group(self, number: int) -> bool:
        """Pick table group ``number`` (1-based, as listed; 0 for none)."""
        if not 0 <= number < self.group_box.count():
            self._show_message(self.tr("There is no table group %1.").replace("%1", str(number)))
            return False
        self.group_box.setCurrentIndex(number)
        self._clear_message()
        return True

    def _changes_did_happen(self, changes: Changes) -> None:
        if changes.workshop_id == self.workshop_id and changes.touches(Topic.PEOPLE):
            self._load_groups()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            key = int(event.key())
            # Ctrl+0 is the window's "fit board": none is Alt+0.
            if key in _DIGITS and modifiers in (
                Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
            ) and not (_DIGITS[key] == 0 and modifiers == Qt.KeyboardModifier.ControlModifier):
                # Claim the key before any window shortcut on the same keys.
                if event.type() == QEvent.Type.KeyPress:
                    self.choose_group(_DIGITS[key])
                event.accept()
                return True
        return super().eventFilter(watched, event)

    # -- capturing ---------------------------------------------------------------------------
    def capture(self) -> uuid.UUID | None:
        """Add the typed text as a note; returns the new idea's id, or ``None`` if refused."""
        text = self.edit.text()
        refusals: list[str] = []

        def refused(message: str) -> None:
            refusals.append(message)

        self.controller.operation_did_fail.connect(refused)
        try:
            changes = self.controller.run(
                self.tr("Add note"), operations.add_idea, self.workshop_id, text, table_group_id=self.group_id(),
            )
        finally:
            self.controller.operation_did_fail.disconnect(refused)
        if changes is None:
            self._show_message(refusals[-1] if refusals else self.tr("The note was not added."))
            self.edit.setFocus()
            return None
        self.edit.clear()
        self._clear_message()
        self.edit.setFocus()
        self.note_did_add.emit(changes.subject)
        return changes.subject

    def message_text(self) -> str:
        return self.message.text() if not self.message.isHidden() else ""

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _clear_message(self) -> None:
        if not self.message.isHidden():
            self.message.clear()
            self.message.hide()
