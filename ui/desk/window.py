"""The facilitator's desk: one workshop in one window.

Phases on the side (the current one marked, its prompts and timebox, back and next)
with the phase timer (``ui.desk.phases``); the idea board in the middle
(``ui.board``), beside the people and role cards (``ui.desk.people``), the action
plan (``ui.desk.plan``) and the votes (``ui.voting``). Menus and the toolbar are
QActions with the platform's standard key sequences. The projector is a second
window fed from here (``ui.desk.projector``).

Other areas extend the window through its explicit places — :meth:`~WorkshopWindow.add_menu`,
:meth:`~WorkshopWindow.add_toolbar_menu`, :meth:`~WorkshopWindow.add_status_widget`,
:meth:`~WorkshopWindow.add_tab` and :meth:`~WorkshopWindow.show_message` — never by
reaching into its layouts (the "Del" menu of ``ui.sharing.desk`` is one).

The window keeps no workshop state of its own: every edit is an operation run by the
window's :class:`~ui.controller.Controller` (which keeps this workshop's undo stack),
and every view redraws from the library when ``changes_did_happen`` says its part
changed.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.queries import DESK_PARTS, load_workshop
from ui.board.capture import CaptureBar
from ui.board.view import BoardView
from ui.desk.people import PeopleView
from ui.desk.phases import PhasePanel
from ui.desk.plan import ActionPlanView
from ui.desk.projector import ProjectorWindow
from ui.desk.room import RoomView
from ui.desk.timer import PhaseTimer
from ui.phones.desk import PhoneDesk
from ui.sharing.desk import WorkshopSharing
from ui.voting.panel import VotingPanel
from ui.voting.projector import ResultsView
from ui.widgets import plain_label

if TYPE_CHECKING:
    from app.changes import Changes
    from app.model import Workshop
    from ui.controller import Controller
    from ui.settings import Settings


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class WorkshopWindow(QMainWindow):
    """One workshop at the facilitator's desk.

    Signals:
        window_did_close(uuid.UUID): the window was closed.
    """

    window_did_close = Signal(object)
    settings_did_get_requested = Signal()

    BOARD_TAB, PEOPLE_TAB, PLAN_TAB = range(3)

    def __init__(self, controller: Controller, workshop_id: uuid.UUID, settings: Settings | None = None,
                 parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._built = False  # a LanguageChange before the actions exist has nothing to retranslate
        self.setObjectName("workshopWindow")
        self.controller = controller
        self.workshop_id = workshop_id
        self.settings = settings
        self.workshop: Workshop | None = None
        self.projector: ProjectorWindow | None = None
        self.projector_board: BoardView | None = None
        self.room: RoomView | None = None
        self._projected_phase: uuid.UUID | None = None
        self.projector_results: ResultsView | None = None
        self._tab_titles: list[tuple[QWidget, Callable[[], str]]] = []
        self._shown_role = ""
        self.resize(1440, 900)

        self.timer = PhaseTimer(clock, parent=self)
        self.phase_panel = PhasePanel(self.timer, self._sound_on)
        self.phase_panel.phase_did_get_chosen.connect(self.go_to_phase)
        self.phase_panel.timer_widget.set_reset_seconds(self._timebox_seconds)
        self.timer.timer_did_expire.connect(self._timer_did_expire)
        self.dock = QDockWidget()
        self.dock.setObjectName("phaseDock")
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.dock.setWidget(self.phase_panel)
        self.dock.setTitleBarWidget(QWidget())  # the panel has its own headings
        self.dock.setMinimumWidth(300)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)

        # The board tab: question, find field, capture line, board.
        self.question_label = plain_label(wrap=True)
        self.question_label.setObjectName("questionLabel")
        self.question_label.setStyleSheet("font-size: 12pt; color: #1B2733;")
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("boardFind")
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMaximumWidth(280)
        self.find_edit.textChanged.connect(self._find_did_change)
        board_top = QHBoxLayout()
        board_top.addWidget(self.question_label, 1)
        board_top.addWidget(self.find_edit)
        self.board = BoardView(controller, workshop_id)
        self.apply_note_size()
        self.capture = CaptureBar(controller, workshop_id)
        board_page = QWidget()
        board_layout = QVBoxLayout(board_page)
        board_layout.setContentsMargins(12, 10, 12, 12)
        board_layout.setSpacing(8)
        board_layout.addLayout(board_top)
        board_layout.addWidget(self.capture)
        board_layout.addWidget(self.board, 1)

        self.people = PeopleView(controller, workshop_id)
        self.people.role_did_get_shown.connect(self.show_role)
        self.plan = ActionPlanView(controller, workshop_id)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("deskTabs")
        self.tabs.setDocumentMode(False)
        self.add_tab(board_page, lambda: self.tr("Idea board"))
        self.add_tab(self.people, lambda: self.tr("Participants and roles"))
        self.add_tab(self.plan, lambda: self.tr("Action plan"))
        self.voting = VotingPanel(controller, workshop_id)
        self.add_tab(self.voting, lambda: self.tr("Votes"))
        self.setCentralWidget(self.tabs)
        self._plan_stale = False
        self.tabs.currentChanged.connect(self._tab_did_change)

        self.status_message = plain_label()
        self.statusBar().addWidget(self.status_message, 1)
        self.projector_status = plain_label(role="muted")
        self.statusBar().addPermanentWidget(self.projector_status)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(lambda: self.status_message.setText(""))

        self._build_actions()
        controller.changes_did_happen.connect(self.changes_did_happen)
        controller.operation_did_fail.connect(self.show_error)
        self.reload()
        self._built = True
        self.retranslate()
        QTimer.singleShot(0, self._fit_board)

    # -- places for other areas -------------------------------------------------------

    def add_tab(self, widget: QWidget, title: Callable[[], str]) -> int:
        """Add a tab after those there; ``title`` gives its text in the current language
        (asked again when the language changes). Returns the tab's index."""
        self._tab_titles.append((widget, title))
        return self.tabs.addTab(widget, title())

    def add_menu(self, menu: QMenu) -> None:
        """Add ``menu`` to the menu bar after the desk's own (the menu keeps its title
        translated)."""
        self.menuBar().addMenu(menu)

    def add_toolbar_menu(self, menu: QMenu) -> QAction:
        """Put ``menu`` at the end of the toolbar as one button that opens it at once;
        returns the button's action (the menu's own: one menu, two ways in)."""
        action = menu.menuAction()
        self.toolbar.addSeparator()
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return action

    def add_status_widget(self, widget: QWidget) -> None:
        """Add ``widget`` at the right end of the status bar, after the projector's state."""
        self.statusBar().addPermanentWidget(widget)

    # -- actions, menus, toolbar -----------------------------------------------------

    def _action(self, slot: Callable[..., Any], shortcut: Any = None, *, checkable: bool = False) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        stack = self.controller.undo_stack
        # The Edit menu's Undo and Redo name the step ("Fortryd Gå til fasen Test", in
        # Qt's own words); the toolbar has short twins so it keeps its width.
        self._make_undo_actions()
        self.undo_tool = self._action(stack.undo)
        self.redo_tool = self._action(stack.redo)
        self.undo_tool.setEnabled(stack.canUndo())
        self.redo_tool.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(self.undo_tool.setEnabled)
        stack.canRedoChanged.connect(self.redo_tool.setEnabled)
        stack.undoTextChanged.connect(self.undo_tool.setToolTip)
        stack.redoTextChanged.connect(self.redo_tool.setToolTip)
        # Delete: the board takes the key itself (it knows when a note is being edited);
        # the menu item shows the key and works from the menu. A window-wide shortcut
        # would delete notes while the facilitator edits the participant list.
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._delete)
        self.find_action = self._action(self._find, QKeySequence.StandardKey.Find)
        self.zoom_in_action = self._action(self._zoom_in, QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = self._action(self._zoom_out, QKeySequence.StandardKey.ZoomOut)
        self.fit_action = self._action(self._fit_board, "Ctrl+0")
        self.close_action = self._action(self.close, QKeySequence.StandardKey.Close)
        self.settings_action = self._action(self.settings_did_get_requested.emit, QKeySequence.StandardKey.Preferences)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.back_action = self._action(lambda: self.phase_panel.step(-1), "Alt+Left")
        self.next_action = self._action(lambda: self.phase_panel.step(1), "Alt+Right")
        self.timer_action = self._action(self.timer.toggle, "Ctrl+T")
        self.minute_action = self._action(self.timer.add_minute, "Ctrl+Shift+T")
        self.deal_action = self._action(self.people.deal)
        self.details_action = self._action(self.edit_details)
        self.projector_action = self._action(self.set_projector_shown, "F5", checkable=True)
        self.blank_action = self._action(self.set_blank, "Ctrl+B", checkable=True)
        self.blank_action.setEnabled(False)
        self.hide_role_action = self._action(lambda: self.show_role(""))
        self.results_action = self._action(self.set_results_shown, "Ctrl+R", checkable=True)
        # The room view: one key focuses the selected notes' theme on the projector and
        # comes back; one shows the overview of every note; one turns the page.
        self.focus_action = self._action(self.toggle_room_focus, "F6", checkable=True)
        self.overview_action = self._action(self.set_room_overview, "F7", checkable=True)
        self.page_action = self._action(self.next_room_page, "F8")
        # The phase (title, question, goal and prompts) takes the board's place on the
        # projector: when the phase changes, and with this key (again: the board).
        self.phase_action = self._action(self.set_phase_shown, "F9", checkable=True)
        self.screen_menu_actions = QActionGroup(self)

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.close_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.delete_action, self.find_action])
        self.view_menu = bar.addMenu("")
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.dock.toggleViewAction())
        self.workshop_menu = bar.addMenu("")
        for entry in (self.back_action, self.next_action, None, self.timer_action, self.minute_action, None,
                      self.deal_action, None, self.details_action):
            if entry is None:
                self.workshop_menu.addSeparator()
            else:
                self.workshop_menu.addAction(entry)
        self.projector_menu = bar.addMenu("")
        self.projector_menu.addAction(self.projector_action)
        self.projector_menu.addAction(self.blank_action)
        self.projector_menu.addAction(self.hide_role_action)
        self.projector_menu.addAction(self.results_action)
        self.projector_menu.addSeparator()
        self.projector_menu.addActions([self.phase_action, self.focus_action, self.overview_action, self.page_action])
        self.screen_menu = self.projector_menu.addMenu("")
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)

        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for entry in (self.undo_tool, self.redo_tool, None, self.back_action, self.next_action, None,
                      self.zoom_out_action, self.zoom_in_action, self.fit_action, None,
                      self.projector_action, self.blank_action):
            if entry is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(entry)
        # Ideas from phones: the writing controls and the inbox tab, and their menu.
        self.phones = PhoneDesk(self, self.controller, self.workshop_id)
        # The "Del" menu and toolbar entry: handouts, printing, files, the shared database
        # (it adds itself through add_menu, add_toolbar_menu and add_status_widget).
        self.sharing = WorkshopSharing(self, self.controller, self.workshop_id, self.settings)

    def _make_undo_actions(self) -> None:
        stack = self.controller.undo_stack
        self.undo_action = stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # the other common binding, also on Linux
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo_action.setShortcuts(redo_keys)

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Phases and timer"))
        for widget, title in self._tab_titles:
            self.tabs.setTabText(self.tabs.indexOf(widget), title())
        self.find_edit.setPlaceholderText(self.tr("Find on the board…"))
        self.undo_tool.setText(self.tr("Undo"))
        self.redo_tool.setText(self.tr("Redo"))
        if self.edit_menu.actions() and self.edit_menu.actions()[0] is self.undo_action:
            # Qt words the menu's Undo and Redo when they are made: make them again.
            old = (self.undo_action, self.redo_action)
            self._make_undo_actions()
            self.edit_menu.insertActions(old[0], [self.undo_action, self.redo_action])
            for action in old:
                self.edit_menu.removeAction(action)
                self.removeAction(action)
                action.deleteLater()
        for action, text in (
            (self.delete_action, self.tr("Delete selected notes")),
            (self.find_action, self.tr("Find…")),
            (self.zoom_in_action, self.tr("Zoom in")),
            (self.zoom_out_action, self.tr("Zoom out")),
            (self.fit_action, self.tr("Fit board")),
            (self.close_action, self.tr("Close workshop")),
            (self.settings_action, self.tr("Settings…")),
            (self.back_action, self.tr("Previous phase")),
            (self.next_action, self.tr("Next phase")),
            (self.timer_action, self.tr("Start or pause timer")),
            (self.minute_action, self.tr("One more minute")),
            (self.deal_action, self.tr("Deal role cards at random")),
            (self.details_action, self.tr("Workshop details…")),
            (self.projector_action, self.tr("Projector")),
            (self.blank_action, self.tr("Blank screen")),
            (self.hide_role_action, self.tr("Hide role card")),
            (self.results_action, self.tr("Vote on projector")),
            (self.phase_action, self.tr("Phase and prompts on projector")),
            (self.focus_action, self.tr("Focus theme on projector")),
            (self.overview_action, self.tr("Overview of all notes on projector")),
            (self.page_action, self.tr("Next page on projector")),
        ):
            action.setText(text)
        self.projector_action.setToolTip(self.tr("Show the projector window (F5)"))
        self.blank_action.setToolTip(self.tr("Hide everything on the projector (Ctrl+B)"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.workshop_menu.setTitle(self.tr("&Workshop"))
        self.projector_menu.setTitle(self.tr("&Projector"))
        self.screen_menu.setTitle(self.tr("Screen"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self._show_projector_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and self._built:
            self.retranslate()
        super().changeEvent(event)

    # -- reading the model ------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the workshop (not the board) and redraw what shows it."""
        from app.errors import NotFound

        try:
            self.workshop = load_workshop(self.controller.library, self.workshop_id, DESK_PARTS)
        except NotFound:
            # Deleted elsewhere (the start screen, another window): nothing left to show.
            self.workshop = None
            QTimer.singleShot(0, self.close)
            return
        workshop = self.workshop
        # "[*]" is Qt's modified-marker placeholder; doubled, it shows as typed.
        self.setWindowTitle(f"{workshop.title} – Samskab".replace("[*]", "[*][*]"))
        self.question_label.setText(workshop.question)
        self.question_label.setVisible(bool(workshop.question))
        self.phase_panel.set_phases(workshop)
        self.people.set_workshop(workshop)
        self.plan.set_workshop(workshop)
        self.timer.arm(self._timebox_seconds() or 0)
        self._update_projector()

    def changes_did_happen(self, changes: Changes) -> None:
        """Refresh the parts that show what changed."""
        from app.changes import Topic

        if changes.workshop_id is not None and changes.workshop_id != self.workshop_id:
            return
        if changes.touches(Topic.WORKSHOP, Topic.PHASES, Topic.LIBRARY):
            self.reload()
            return
        if self.workshop is None:
            return
        plan_shown = self.tabs.currentWidget() is self.plan
        if changes.touches(Topic.PEOPLE, Topic.ACTIONS) or (changes.touches(Topic.IDEAS) and plan_shown):
            self.workshop = load_workshop(self.controller.library, self.workshop_id, DESK_PARTS)
            if changes.touches(Topic.PEOPLE):
                self.people.set_workshop(self.workshop)
            if changes.touches(Topic.ACTIONS, Topic.IDEAS):
                self.plan.set_workshop(self.workshop)
                self._plan_stale = False
        elif changes.touches(Topic.IDEAS):
            # Capturing is the hot path: the hidden plan catches up when it is shown.
            self._plan_stale = True
        if changes.touches(Topic.VOTES) and self.projector_results is not None:
            self.projector_results.refresh()

    def _tab_did_change(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.plan and self._plan_stale:
            self._plan_stale = False
            self.workshop = load_workshop(self.controller.library, self.workshop_id, DESK_PARTS)
            self.plan.set_workshop(self.workshop)

    def external_changes(self, changes: Changes) -> None:
        """Changes made through another controller (the start screen, another window):
        refresh, and the board too, since it listens only to this window's controller."""
        if changes.workshop_id is not None and changes.workshop_id != self.workshop_id:
            return
        self.changes_did_happen(changes)
        if self.workshop is not None:
            for board in (self.board, self.projector_board):
                if board is not None:
                    board.reload()
            if self.room is not None:
                self.room.reload()

    def apply_note_size(self) -> None:
        """The note text size from the settings, on the desk's and the projector's board."""
        if self.settings is None:
            return
        for board in (self.board, self.projector_board):
            if board is not None:
                board.set_note_font_size(self.settings.note_font_size)

    def _timebox_seconds(self) -> float | None:
        current = self.phase_panel.current()
        return current[4] * 60.0 if current else None

    # -- phases, timer -------------------------------------------------------------------

    def edit_details(self) -> None:
        """Edit the title, question, date, place, facilitator and private notes."""
        from ui.start.new_workshop import WorkshopDetailsDialog

        if self.workshop is not None:
            WorkshopDetailsDialog(self.controller, self.workshop, self).exec()

    def go_to_phase(self, phase_id: uuid.UUID) -> None:
        from app.operations import set_current_phase

        name = next((p.name for p in (self.workshop.phases if self.workshop else []) if p.id == phase_id), "")
        self.controller.run(self.tr("Go to phase %1").replace("%1", name), set_current_phase, self.workshop_id, phase_id)

    def _sound_on(self) -> bool:
        return bool(self.settings and self.settings.timer_sound)

    def _timer_did_expire(self) -> None:
        self.show_message(self.tr("Time is up for this phase."))

    # -- board commands ------------------------------------------------------------------

    def _delete(self) -> None:
        self.board.delete_selected()

    def _find(self) -> None:
        self.tabs.setCurrentIndex(self.BOARD_TAB)
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def _find_did_change(self, text: str) -> None:
        self.board.set_filter(text)

    def _zoom_in(self) -> None:
        self.board.zoom_in()

    def _zoom_out(self) -> None:
        self.board.zoom_out()

    def _fit_board(self) -> None:
        self.board.fit_all()

    # -- projector --------------------------------------------------------------------

    def ensure_projector(self) -> ProjectorWindow:
        if self.projector is None:
            projector = ProjectorWindow(self.settings, self)
            projector.attach_timer(self.timer)
            self.projector_board = BoardView(self.controller, self.workshop_id, read_only=True)
            self.projector_board.setFrameShape(QFrame.Shape.NoFrame)
            self.apply_note_size()
            # The room sees the themes in large type; the desk's board, read-only, is
            # its overview of every note.
            self.room = RoomView(self.controller, self.workshop_id, overview=self.projector_board)
            self.room.focus_did_change.connect(self._room_focus_did_change)
            projector.set_board(self.room)
            projector.screen_did_change.connect(lambda _name: self._show_projector_status())
            projector.blank_did_change.connect(self._projector_blank_did_change)
            self.projector = projector
            self.voting.phone_did_open.connect(projector.set_phone)
            self.voting.phone_did_close.connect(lambda: projector.set_phone("", "", None))
            self._connect_results()
            self.voting.announce_phones()  # the workshop may be open to phones already
            self._update_projector()
        return self.projector

    def _connect_results(self) -> None:
        """The projector's view of the vote follows the round the facilitator shows;
        before the reveal it shows only the count (no hidden votes on the wall)."""
        results = self.projector_results = ResultsView(self.controller.library)
        voting = self.voting
        voting.round_did_select.connect(results.set_round)
        voting.ballots_did_change.connect(results.set_count)
        voting.phone_did_open.connect(results.set_phone)
        voting.phone_did_close.connect(lambda: results.set_phone("", "", None))
        results.set_round(voting.current_round)

    def set_results_shown(self, shown: bool) -> None:
        """Show the vote (count, or results once revealed) on the projector, or go back."""
        if shown:
            projector = self.ensure_projector()
            if not projector.isVisible():
                self.set_projector_shown(True)
            projector.show_results(self.projector_results)
        elif self.projector is not None:
            self.projector.show_results(None)

    def set_projector_shown(self, shown: bool) -> None:
        if shown:
            projector = self.ensure_projector()
            projector.present()
            QTimer.singleShot(0, self._fit_projector_board)
        elif self.projector is not None:
            self.projector.hide()
        self.blank_action.setEnabled(shown)
        with QSignalBlocker(self.projector_action):
            self.projector_action.setChecked(shown)
        self._show_projector_status()

    def toggle_room_focus(self, _checked: bool = False) -> None:
        """Focus the theme of the notes selected on the desk (or the first theme on the
        projector's page) full screen on the projector; again, back to all themes."""
        room = self.ensure_projector_room()
        if room.mode == RoomView.OVERVIEW:
            room.set_overview(False)
        room.toggle_focus(self.board.selected_idea_ids())
        self._room_focus_did_change(room.mode == RoomView.FOCUS)

    def set_room_overview(self, on: bool) -> None:
        """Show the overview of every note on the projector (small type), or the themes."""
        room = self.ensure_projector_room()
        room.set_overview(on)
        self._room_focus_did_change(False)
        if on:
            QTimer.singleShot(0, self._fit_projector_board)

    def next_room_page(self) -> None:
        self.ensure_projector_room().next_page()

    def set_phase_shown(self, shown: bool) -> None:
        """Show the phase and its prompts on the projector in place of the board, or
        the board again."""
        projector = self.ensure_projector()
        if not projector.isVisible():
            self.set_projector_shown(True)
        self._leave_other_pages(projector)
        projector.show_body(ProjectorWindow.PHASE if shown else ProjectorWindow.BOARD)
        if not shown and self.room is not None:
            projector.set_board_focus(self.room.mode == RoomView.FOCUS)
        with QSignalBlocker(self.phase_action):
            self.phase_action.setChecked(shown)

    def _leave_other_pages(self, projector: ProjectorWindow) -> None:
        if projector.page != ProjectorWindow.MAIN:
            self.show_role("")
            self.set_results_shown(False)
            with QSignalBlocker(self.results_action):
                self.results_action.setChecked(False)

    def ensure_projector_room(self) -> RoomView:
        projector = self.ensure_projector()
        if not projector.isVisible():
            self.set_projector_shown(True)
        if projector.body_shown != ProjectorWindow.BOARD:
            self.set_phase_shown(False)
        self._leave_other_pages(projector)
        assert self.room is not None
        return self.room

    def _room_focus_did_change(self, focus: bool) -> None:
        if self.projector is not None:
            self.projector.set_board_focus(focus)
        with QSignalBlocker(self.focus_action):
            self.focus_action.setChecked(focus)
        if self.room is not None:
            with QSignalBlocker(self.overview_action):
                self.overview_action.setChecked(self.room.mode == RoomView.OVERVIEW)

    def _fit_projector_board(self) -> None:
        if self.projector_board is not None:
            self.projector_board.fit_all()

    def set_blank(self, blank: bool) -> None:
        if self.projector is not None:
            self.projector.set_blank(blank)

    def _projector_blank_did_change(self, blank: bool) -> None:
        with QSignalBlocker(self.blank_action):
            self.blank_action.setChecked(blank)
        self._show_projector_status()

    def show_role(self, role_id: str) -> None:
        """Show a role card large on the projector ("" to go back to the board)."""
        from ui.catalog import common, data_language

        self._shown_role = role_id
        role = common().role(role_id) if role_id else None
        with QSignalBlocker(self.results_action):
            self.results_action.setChecked(False)
        if role is not None and (self.projector is None or not self.projector.isVisible()):
            self.set_projector_shown(True)
        if self.projector is not None:
            self.projector.show_role(role, data_language())

    def _update_projector(self) -> None:
        if self.projector is None or self.workshop is None:
            return
        self.projector.show_workshop(self.workshop.title, self.workshop.question)
        current = self.phase_panel.current()
        if current is not None:
            phase_id, name, goal, prompts, _minutes = current
            if self._projected_phase is not None and phase_id != self._projected_phase:
                # A new phase: the room reads its prompts first (F9 brings the board back).
                self.projector.show_body(ProjectorWindow.PHASE)
                with QSignalBlocker(self.phase_action):
                    self.phase_action.setChecked(True)
            self._projected_phase = phase_id
            self.projector.show_phase(name, goal, prompts, self.phase_panel.current_index() + 1, self.phase_panel.count())

    def _show_projector_status(self) -> None:
        if self.projector is None or not self.projector.isVisible():
            text = self.tr("Projector off")
        elif self.projector.blank:
            text = self.tr("Projector blank")
        elif self.projector.screen_name:
            text = self.tr("Projector on %1").replace("%1", self.projector.screen_name)
        else:
            text = self.tr("Projector in a window")
        self.projector_status.setText(text)

    def _fill_screen_menu(self) -> None:
        from PySide6.QtGui import QGuiApplication

        self.screen_menu.clear()
        chosen = self.settings.projector_screen if self.settings else ""
        for screen in QGuiApplication.screens():
            size = screen.size()
            action = self.screen_menu.addAction(f"{screen.name()}  ({size.width()}×{size.height()})")
            action.setCheckable(True)
            action.setChecked(screen.name() == chosen)
            self.screen_menu_actions.addAction(action)
            name = screen.name()
            action.triggered.connect(lambda _=False, n=name: self.ensure_projector().choose_screen(n))

    # -- messages ---------------------------------------------------------------------

    def show_message(self, text: str, error: bool = False) -> None:
        self.status_message.setProperty("role", "error" if error else None)
        _repolish(self.status_message)
        self.status_message.setText(text)
        self._message_timer.start(12_000)

    def show_error(self, message: str) -> None:
        """An operation was refused: say why in the status bar (nothing changed)."""
        self.show_message(message, error=True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.voting.shutdown()  # stop the phone server with the window
        if self.projector is not None:
            self.projector.close()
        self.sharing.runner.finish_in_background()  # an export being written goes on
        self.window_did_close.emit(self.workshop_id)
        super().closeEvent(event)
