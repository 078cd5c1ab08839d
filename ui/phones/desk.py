"""The phone session's place on the desk: the "Indbakke" tab and the "Idéer fra
telefoner" menu, attached through the workshop window's explicit places
(``add_tab``, ``add_menu``); this module does not import the desk."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QSignalBlocker
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ui.phones.inbox import PhoneInbox

if TYPE_CHECKING:
    from ui.controller import Controller


class DeskWindow(Protocol):
    """What the phone session needs of the window it serves
    (:class:`ui.desk.window.WorkshopWindow`)."""

    def window(self) -> QWidget: ...

    def add_tab(self, widget: QWidget, title: Callable[[], str]) -> int: ...

    def add_menu(self, menu: QMenu) -> None: ...


class PhoneDesk(QObject):
    """The inbox tab and the menu of one workshop window."""

    def __init__(self, host: DeskWindow, controller: Controller, workshop_id: uuid.UUID) -> None:
        window = host.window()
        super().__init__(window)
        self.window = window
        self.inbox = PhoneInbox(controller, workshop_id)
        host.add_tab(self.inbox, lambda: self.tr("Inbox"))

        self.writing_action = QAction(window)
        self.writing_action.setObjectName("phoneWritingAction")
        self.writing_action.setCheckable(True)
        self.writing_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.writing_action.triggered.connect(self._toggle_writing)
        self.menu = QMenu(window)
        self.menu.setObjectName("phoneMenu")
        self.menu.addAction(self.writing_action)
        host.add_menu(self.menu)
        self.inbox.inbox_did_refresh.connect(self._show_state)
        window.installEventFilter(self)
        self.retranslate()
        self._show_state()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Phone ideas"))
        self.writing_action.setText(self.tr("&Open for ideas from phones"))

    def _show_state(self) -> None:
        with QSignalBlocker(self.writing_action):
            self.writing_action.setChecked(self.inbox.writing_open)

    def _toggle_writing(self, checked: bool) -> None:
        """The menu's toggle: open for the phase, mode and groups chosen on the inbox
        page (by default the current phase, straight onto the board), or close."""
        if checked:
            phase, mode, groups = self.inbox.writing.chosen()
            if phase is not None:
                self.inbox.open_writing(phase, mode, groups)
        else:
            self.inbox.close_writing()
        self._show_state()  # a refused change leaves the action as the core says
