"""The desk's "Indbakke": the writing controls above, and the ideas from phones that
wait for the facilitator — accept (onto the board, as a typed idea), merge into an
idea on the board, or hide. Every action is an operation of
:mod:`app.operations.phones` run through the controller (accept, merge and hide are
undoable; several chosen ideas are one undo step).

The list follows the phones live: the phone server runs the core in its own threads
and reaches the controller through a queued signal (``Controller.notify``); the page
redraws on ``changes_did_happen`` — at most once per turn of the event loop, however
many ideas arrive together.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import operations as ops
from app import phones
from app.changes import Topic
from app.queries import idea_choices
from ui.phones.merge import MergeDialog
from ui.phones.writing import WritingControls
from ui.widgets import plain_label

if TYPE_CHECKING:
    from app.changes import Changes
    from app.phones import PhoneIdeaView
    from ui.controller import Controller

#: Changes that can alter what the page shows.
_TOPICS = (Topic.PHONES, Topic.PHASES, Topic.PEOPLE, Topic.WORKSHOP)


class PhoneInbox(QWidget):
    """The inbox page of a workshop's desk.

    Signals:
        inbox_did_refresh(): the page has redrawn from the library.
    """

    inbox_did_refresh = Signal()

    def __init__(self, controller: Controller, workshop_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneInbox")
        self.controller = controller
        self.workshop_id = workshop_id
        self.ideas: list[PhoneIdeaView] = []
        self.writing_open = False
        #: Asks which board idea to merge into (replaced in tests: a dialog's exec blocks).
        self.choose_target: Callable[[str], uuid.UUID | None] = self._choose_target

        self.writing = WritingControls()
        self.writing.writing_did_get_requested.connect(self.open_writing)
        self.writing.writing_did_get_closed.connect(self.close_writing)

        self.heading = QLabel()
        self.heading.setObjectName("phoneInboxHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.count = plain_label(role="muted", name="phoneInboxCount")
        self.list = QListWidget()
        self.list.setObjectName("phoneInboxList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.heading.setBuddy(self.list)
        self.empty = plain_label(wrap=True, role="muted", name="phoneInboxEmpty")
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("phoneAccept")
        self.accept_button.setProperty("role", "primary")
        self.merge_button = QPushButton()
        self.merge_button.setObjectName("phoneMerge")
        self.hide_button = QPushButton()
        self.hide_button.setObjectName("phoneHide")
        self.accept_button.clicked.connect(self.accept_chosen)
        self.merge_button.clicked.connect(self.merge_chosen)
        self.hide_button.clicked.connect(self.hide_chosen)
        self.list.itemActivated.connect(lambda _item: self.accept_chosen())  # Enter, double-click
        self.list.itemSelectionChanged.connect(self._enable)
        hide_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        hide_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        hide_key.activated.connect(self.hide_chosen)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.addWidget(self.writing)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.count, 1)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.merge_button, self.hide_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        controller.changes_did_happen.connect(self.changes_did_happen)
        self.retranslate()
        self.refresh()

    # -- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("&Inbox"))
        self.list.setAccessibleName(self.tr("Inbox: ideas from phones"))
        self.list.setAccessibleDescription(
            self.tr("Enter accepts the chosen ideas onto the board; Delete hides them."))
        self.accept_button.setText(self.tr("&Accept"))
        self.accept_button.setAccessibleName(self.tr("Accept onto the board"))
        self.merge_button.setText(self.tr("&Merge into…"))
        self.merge_button.setAccessibleName(self.tr("Merge into an idea on the board"))
        self.hide_button.setText(self.tr("&Hide"))
        self.hide_button.setAccessibleName(self.tr("Hide from the inbox"))
        self.empty.setText(self.tr("No ideas are waiting. Ideas from phones come here when writing is open "
                                   "to the inbox."))
        self.writing.retranslate()
        if self.ideas:
            self._fill()
        self._show_count()

    # -- reading the core --------------------------------------------------------------

    def changes_did_happen(self, changes: Changes) -> None:
        if changes.workshop_id not in (None, self.workshop_id):
            return
        if changes.touches(*_TOPICS) and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Redraw the writing controls and the inbox from the library, keeping the
        chosen ideas chosen."""
        library = self.controller.library
        choices = phones.writing_choices(library, self.workshop_id)
        writing = phones.writing_state(library, self.workshop_id)
        self.writing_open = writing is not None
        self.writing.show_state(
            [(p.id, p.name) for p in choices.phases], choices.current_phase,
            [(g.id, g.name) for g in choices.groups], writing, choices.phones_open,
        )
        self.ideas = phones.inbox(library, self.workshop_id)
        self._fill()
        self._show_count()
        self.inbox_did_refresh.emit()

    def _fill(self) -> None:
        chosen = set(self.chosen_ids())
        current = self.list.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for idea in self.ideas:
                item = QListWidgetItem(f"{idea.text}\n{self._about(idea)}")  # plain text, never rich
                item.setData(Qt.ItemDataRole.UserRole, idea.id)
                self.list.addItem(item)
                item.setSelected(idea.id in chosen)
                if idea.id == current_id:
                    self.list.setCurrentItem(item, QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._enable()

    def _about(self, idea: PhoneIdeaView) -> str:
        group = idea.group_name or self.tr("no table group")
        author = idea.author or self.tr("anonymous")
        return f"— {group} · {author}"

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n idea(s) waiting", "", len(self.ideas)))
        self.empty.setVisible(not self.ideas)

    def _enable(self) -> None:
        some = bool(self.list.selectedItems())
        for button in (self.accept_button, self.merge_button, self.hide_button):
            button.setEnabled(some)

    def chosen_ids(self) -> list[uuid.UUID]:
        """The chosen ideas, in the list's order."""
        return [item.data(Qt.ItemDataRole.UserRole) for item in
                sorted(self.list.selectedItems(), key=self.list.row)]

    # -- actions -----------------------------------------------------------------------

    def open_writing(self, phase_id: uuid.UUID, mode: str, group_ids: tuple[uuid.UUID, ...]) -> None:
        self.controller.run(self.tr("Open for ideas from phones"), ops.open_writing, self.workshop_id,
                            phase_id, mode, list(group_ids) or None, undoable=False)

    def close_writing(self) -> None:
        self.controller.run(self.tr("Close for ideas from phones"), ops.close_writing, self.workshop_id,
                            undoable=False)

    def accept_chosen(self) -> None:
        chosen = self.chosen_ids()
        if chosen:
            self.controller.run_steps(self.tr("Accept ideas from phones", "", len(chosen)),
                                      [(ops.accept_phone_idea, (key,)) for key in chosen], stop_at_refusal=False)

    def hide_chosen(self) -> None:
        chosen = self.chosen_ids()
        if chosen:
            self.controller.run_steps(self.tr("Hide ideas from phones", "", len(chosen)),
                                      [(ops.hide_phone_idea, (key,)) for key in chosen], stop_at_refusal=False)

    def _choose_target(self, texts: str) -> uuid.UUID | None:
        """Ask which board idea to merge into (:class:`MergeDialog`); ``None``: cancelled."""
        dialog = MergeDialog(texts, idea_choices(self.controller.library, self.workshop_id), self.window())
        chosen = dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        return chosen

    def merge_chosen(self) -> None:
        chosen = self.chosen_ids()
        if not chosen:
            return
        texts = "\n\n".join(i.text for i in self.ideas if i.id in set(chosen))
        target = self.choose_target(texts)
        if target is None:
            return
        self.controller.run_steps(self.tr("Merge ideas from phones", "", len(chosen)),
                                  [(ops.merge_phone_idea, (key, target)) for key in chosen], stop_at_refusal=False)
