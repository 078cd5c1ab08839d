""""Idéer fra telefoner": open writing for a phase, straight onto the board or into the
inbox, for every table group or only some (:func:`app.operations.open_writing`)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import plain_label

if TYPE_CHECKING:
    from app.phones import WritingInfo

#: Table-group check boxes per row.
_GROUP_COLUMNS = 4


class WritingControls(QGroupBox):
    """The writing controls. They hold no state of their own: :meth:`show_state` draws
    what the core says, and each change the facilitator makes is asked for through
    ``writing_did_get_requested`` (or ``writing_did_get_closed``).

    Signals:
        writing_did_get_requested(object, str, object): phase id, mode, group ids (a
            tuple, empty for every group).
        writing_did_get_closed(): close writing.
    """

    writing_did_get_requested = Signal(object, str, object)
    writing_did_get_closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneWriting")
        self._open = False
        self._phones_open = False
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        self.phase_label = QLabel()
        self.phase = QComboBox()
        self.phase.setObjectName("phoneWritingPhase")
        self.phase_label.setBuddy(self.phase)
        row.addWidget(self.phase_label)
        row.addWidget(self.phase, 1)
        layout.addLayout(row)

        modes = QHBoxLayout()
        self.mode_label = plain_label()
        self.to_board = QRadioButton()
        self.to_board.setObjectName("phoneModeBoard")
        self.to_inbox = QRadioButton()
        self.to_inbox.setObjectName("phoneModeInbox")
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.to_board)
        self.modes.addButton(self.to_inbox)
        self.to_board.setChecked(True)
        modes.addWidget(self.mode_label)
        modes.addWidget(self.to_board)
        modes.addWidget(self.to_inbox)
        modes.addStretch(1)
        layout.addLayout(modes)

        self.groups_label = plain_label(wrap=True)
        layout.addWidget(self.groups_label)
        self.groups_box = QWidget()
        self.groups_grid = QGridLayout(self.groups_box)
        self.groups_grid.setContentsMargins(0, 0, 0, 0)
        self.group_boxes: list[QCheckBox] = []
        layout.addWidget(self.groups_box)

        buttons = QHBoxLayout()
        self.toggle = QPushButton()
        self.toggle.setObjectName("phoneWritingToggle")
        self.toggle.setProperty("role", "primary")
        buttons.addWidget(self.toggle)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = plain_label(wrap=True, name="phoneWritingStatus")
        layout.addWidget(self.status)

        self.toggle.clicked.connect(self._toggle)
        self.phase.activated.connect(lambda _index: self._changed())
        self.modes.buttonClicked.connect(lambda _button: self._changed())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ideas from phones"))
        self.phase_label.setText(self.tr("&Phase:"))
        self.phase.setAccessibleName(self.tr("Phase the ideas are for"))
        self.mode_label.setText(self.tr("Ideas go:"))
        self.to_board.setText(self.tr("Straight onto the &board"))
        self.to_board.setAccessibleName(self.tr("Ideas go straight onto the board"))
        self.to_inbox.setText(self.tr("To the &inbox"))
        self.to_inbox.setAccessibleName(self.tr("Ideas go to the inbox"))
        self.groups_label.setText(self.tr("Only these table groups (none ticked: every group):"))
        self._show_toggle()

    def _show_toggle(self) -> None:
        if self._open:
            self.toggle.setText(self.tr("Close for ideas from phones"))
        else:
            self.toggle.setText(self.tr("Open for ideas from phones"))
        self.toggle.setAccessibleName(self.toggle.text())

    # -- the state, drawn from the core ------------------------------------------------

    def show_state(
        self,
        phases: Sequence[tuple[uuid.UUID, str]],
        current_phase: uuid.UUID | None,
        groups: Sequence[tuple[uuid.UUID, str]],
        writing: WritingInfo | None,
        phones_open: bool,
    ) -> None:
        """Draw the phases and groups, and the writing state (``None``: closed)."""
        self._open = writing is not None
        self._phones_open = phones_open
        with QSignalBlocker(self.phase):
            self.phase.clear()
            for key, name in phases:
                self.phase.addItem(name, key)
            chosen = writing.phase_id if writing is not None else current_phase
            index = self.phase.findData(chosen)
            self.phase.setCurrentIndex(max(index, 0))
        with QSignalBlocker(self.modes):
            (self.to_inbox if writing is not None and writing.mode == "inbox" else self.to_board).setChecked(True)
        ticked = {g.id for g in writing.groups} if writing is not None and writing.group_required else set()
        self._set_groups(groups, ticked)
        self._show_toggle()
        self.toggle.setEnabled(self.phase.count() > 0)
        if writing is None:
            self.status.setText(self.tr("Phones cannot write ideas now."))
        else:
            where = (self.tr("straight onto the board") if writing.mode == "board" else self.tr("to the inbox"))
            text = self.tr("Phones can write ideas for the phase “%1”; they go %2.").replace("%1", writing.phase_name)
            self.status.setText(text.replace("%2", where))
            if not phones_open:
                self.status.setText(self.status.text() + " " + self.tr("Open the workshop to phones so that they can join."))

    def _set_groups(self, groups: Sequence[tuple[uuid.UUID, str]], ticked: set[uuid.UUID]) -> None:
        same = [(b.property("groupId"), b.text()) for b in self.group_boxes] == [(k, n) for k, n in groups]
        if not same:
            for box in self.group_boxes:
                box.deleteLater()
            self.group_boxes = []
            for n, (key, name) in enumerate(groups):
                box = QCheckBox(name)
                box.setProperty("groupId", key)
                box.setAccessibleName(name)
                box.toggled.connect(lambda _on: self._changed())
                self.groups_grid.addWidget(box, n // _GROUP_COLUMNS, n % _GROUP_COLUMNS)
                self.group_boxes.append(box)
        for box in self.group_boxes:
            with QSignalBlocker(box):
                box.setChecked(box.property("groupId") in ticked)
        self.groups_label.setVisible(bool(groups))
        self.groups_box.setVisible(bool(groups))

    # -- what the facilitator asks for --------------------------------------------------

    def chosen(self) -> tuple[uuid.UUID | None, str, tuple[uuid.UUID, ...]]:
        phase = self.phase.currentData()
        mode = "inbox" if self.to_inbox.isChecked() else "board"
        groups = tuple(b.property("groupId") for b in self.group_boxes if b.isChecked())
        return (phase if isinstance(phase, uuid.UUID) else None), mode, groups

    def _toggle(self) -> None:
        if self._open:
            self.writing_did_get_closed.emit()
        else:
            self._request()

    def _changed(self) -> None:
        """A choice changed: while writing is open it applies at once."""
        if self._open:
            self._request()

    def _request(self) -> None:
        phase, mode, groups = self.chosen()
        if phase is not None:
            self.writing_did_get_requested.emit(phase, mode, groups)

