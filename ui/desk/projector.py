"""The projector: a second top-level window for the room.

It shows only what the room may see — the workshop's title and question, the current
phase with its prompts, the timer, the board (read-only), a role card, vote results
when the facilitator reveals them — never the facilitator's notes or hidden votes. The
workshop window pushes that content in; the projector holds no workshop state.

Screens: with a second screen the window goes full screen there (the one the
facilitator chose, remembered by name, since list positions change when screens are
plugged in); otherwise it is a normal window that can be moved. It follows screens
being added and removed: Qt moves a window off a screen that disappears, and we then
place it again, so it neither crashes nor vanishes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPixmap, QScreen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.desk.room import RoomView
from ui.theme import PROJECTOR_STYLESHEET

if TYPE_CHECKING:
    from app.templates import RoleCard
    from ui.desk.timer import PhaseTimer
    from ui.settings import Settings


def _label(name: str, *, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never HTML
    label.setWordWrap(wrap)
    return label


class ProjectorWindow(QWidget):
    """What the room sees.

    Signals:
        screen_did_change(str): the window was placed on another screen ("" when it is
            a normal window on the facilitator's screen).
        blank_did_change(bool): the screen was blanked or shown again.
    """

    screen_did_change = Signal(str)
    blank_did_change = Signal(bool)

    MAIN, ROLE, RESULTS = range(3)
    BOARD, PHASE = range(2)  # what the main page shows under its status line

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.settings = settings
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(PROJECTOR_STYLESHEET)
        self._timer: PhaseTimer | None = None
        self._blank = False
        self._page = self.MAIN
        self._placing = False
        self._screen_name = ""
        self.board: QWidget | None = None
        self.resize(1280, 720)

        # The main page: a status line (phase, its number, the timer) over either the
        # room's view of the board or the phase itself (the workshop's title and
        # question, the phase's goal and prompts). Everything the room reads there has
        # capitals of 30 px or more on a 1080-line image (see ui.desk.room): the back
        # row reads it, so the board and the prompts take turns instead of sharing.
        self.title_label = _label("projectorTitle")
        self.question_label = _label("projectorQuestion")
        self.phase_label = _label("projectorPhase")
        self.step_label = _label("projectorStep", wrap=False)
        self.prompts_label = _label("projectorPrompts")
        self.prompts_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.timer_label = _label("projectorTimer", wrap=False)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # While the workshop is open to phones: its join code in the status line (on
        # every page), its QR code and address beside the phase (see set_phone).
        self.join_label = _label("projectorJoin", wrap=False)
        self.join_label.setStyleSheet("font-size: 44px; font-weight: 700;")
        self.join_label.hide()
        self.join_qr = _label("projectorJoinQr", wrap=False)
        self.join_qr.setFixedSize(360, 360)
        self.join_qr.setScaledContents(True)
        self.join_address = _label("projectorQuestion", wrap=True)
        self.rule = QFrame()
        self.rule.setObjectName("projectorRule")

        status = QHBoxLayout()
        status.setContentsMargins(0, 0, 0, 0)
        status.setSpacing(32)
        status.addWidget(self.phase_label, 0, Qt.AlignmentFlag.AlignBottom)
        status.addWidget(self.step_label, 0, Qt.AlignmentFlag.AlignBottom)
        status.addStretch(1)
        status.addWidget(self.join_label, 0, Qt.AlignmentFlag.AlignBottom)
        status.addWidget(self.timer_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self.status = QWidget()
        self.status.setLayout(status)

        self.board_page = QWidget()
        self.board_holder = QVBoxLayout(self.board_page)
        self.board_holder.setContentsMargins(0, 0, 0, 0)
        self.phase_page = QWidget()
        phase_text = QWidget()
        phase_layout = QVBoxLayout(phase_text)
        phase_layout.setContentsMargins(0, 0, 0, 0)
        phase_layout.setSpacing(16)
        phase_layout.addWidget(self.title_label)
        phase_layout.addWidget(self.question_label)
        phase_layout.addSpacing(24)
        phase_layout.addWidget(self.prompts_label, 1)
        self.join_box = QWidget()
        join_layout = QVBoxLayout(self.join_box)
        join_layout.setContentsMargins(0, 0, 0, 0)
        join_layout.addWidget(self.join_qr)
        join_layout.addWidget(self.join_address)
        join_layout.addStretch(1)
        self.join_box.hide()
        phase_row = QHBoxLayout(self.phase_page)
        phase_row.setContentsMargins(0, 0, 0, 0)
        phase_row.setSpacing(48)
        phase_row.addWidget(phase_text, 1)
        phase_row.addWidget(self.join_box)
        self.body = QStackedWidget()
        self.body.addWidget(self.board_page)
        self.body.addWidget(self.phase_page)

        main = QWidget()
        main.setObjectName("projectorPage")
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(48, 24, 48, 32)
        main_layout.setSpacing(16)
        main_layout.addWidget(self.status)
        main_layout.addWidget(self.rule)
        main_layout.addWidget(self.body, 1)

        # The role card page: one large card, centred.
        self.role_kicker = _label("roleKicker", wrap=False)
        self.role_name = _label("roleName")
        self.role_arena = _label("roleArena")
        self.role_tasks = _label("roleTasks")
        card = QFrame()
        card.setObjectName("roleCard")
        card.setMaximumWidth(1400)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(64, 48, 64, 56)
        card_layout.setSpacing(18)
        card_layout.addWidget(self.role_kicker)
        card_layout.addWidget(self.role_name)
        card_layout.addWidget(self.role_arena)
        card_layout.addSpacing(12)
        card_layout.addWidget(self.role_tasks)
        role = QWidget()
        role.setObjectName("projectorPage")
        role_layout = QVBoxLayout(role)
        role_layout.setContentsMargins(120, 80, 120, 80)
        role_layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 6)
        row.addStretch(1)
        role_layout.addLayout(row)
        role_layout.addStretch(1)

        # Vote results, filled by the voting area when the facilitator reveals them.
        self.results_page = QWidget()
        self.results_page.setObjectName("projectorPage")
        self.results_layout = QVBoxLayout(self.results_page)
        self.results_layout.setContentsMargins(48, 36, 48, 36)

        self.pages = QStackedWidget()
        self.pages.addWidget(main)
        self.pages.addWidget(role)
        self.pages.addWidget(self.results_page)

        # Blank: a black cover over everything (the facilitator hides the screen).
        self.blank_cover = QWidget()
        self.blank_cover.setObjectName("blank")
        self.blank_cover.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.outer = QStackedWidget()
        self.outer.addWidget(self.pages)
        self.outer.addWidget(self.blank_cover)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.outer)

        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screens_did_change)
        app.screenRemoved.connect(self._screen_was_removed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Samskab – projector"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- content ----------------------------------------------------------------

    def show_workshop(self, title: str, question: str) -> None:
        self.title_label.setText(title)
        self.question_label.setText(question)
        self.question_label.setVisible(bool(question))

    def show_phase(self, name: str, goal: str, prompts: list[str], number: int, count: int) -> None:
        """The current phase: its name, goal and prompts (number is 1-based)."""
        self.phase_label.setText(name)
        self.step_label.setText(self.tr("Phase %1 of %2").replace("%1", str(number)).replace("%2", str(count)))
        lines = ([goal, ""] if goal else []) + [f"•  {prompt}" for prompt in prompts]
        self.prompts_label.setText("\n".join(lines))

    def set_phone(self, url: str, code: str, qr_png: bytes | None) -> None:
        """While the workshop is open to phones: the join code in the status line and
        the QR code and address beside the phase; an empty ``url`` hides them."""
        shown = bool(url and code)
        self.join_label.setText(self.tr("Join with code %1").replace("%1", code) if shown else "")
        self.join_label.setVisible(shown)
        pixmap = QPixmap()
        if shown and qr_png:
            pixmap.loadFromData(qr_png, "PNG")
        self.join_qr.setPixmap(pixmap)
        self.join_address.setText(url.split("/j/")[0] + "/" if shown else "")
        self.join_box.setVisible(shown and not pixmap.isNull())

    def attach_timer(self, timer: PhaseTimer) -> None:
        self._timer = timer
        timer.timer_did_change.connect(self._show_time)
        timer.timer_did_tick.connect(self._show_time)
        self._show_time()

    def _show_time(self, *_: object) -> None:
        if self._timer is None:
            return
        show = self._timer.running or self._timer.remaining() > 0 or self._timer.expired
        self.timer_label.setVisible(show)
        self.timer_label.setText(self._timer.text())
        expired = self._timer.expired
        if self.timer_label.property("expired") != expired:
            self.timer_label.setProperty("expired", expired)
            self.timer_label.style().unpolish(self.timer_label)
            self.timer_label.style().polish(self.timer_label)

    def set_board(self, board: QWidget) -> None:
        """Put the room's (read-only) board under the status line."""
        while self.board_holder.count():
            taken = self.board_holder.takeAt(0)
            old = taken.widget() if taken is not None else None
            if old is not None:
                old.setParent(None)
        self.board_holder.addWidget(board)
        self.board = board

    def set_board_focus(self, focus: bool) -> None:
        """Give the whole page to the board (a focused theme) or put the status line
        (phase and timer) back above it."""
        for part in (self.status, self.rule):
            part.setVisible(not focus)

    def show_body(self, body: int) -> None:
        """Under the status line, show the board (``BOARD``) or the phase (``PHASE``)."""
        self.body.setCurrentIndex(body)
        if body == self.PHASE:
            self.set_board_focus(False)

    @property
    def body_shown(self) -> int:
        return self.body.currentIndex()

    def show_role(self, role: RoleCard | None, language: str = "da") -> None:
        """Show a role card large, or go back to the board with ``None``."""
        if role is None:
            self.show_page(self.MAIN)
            return
        self.role_kicker.setText(self.tr("ROLE CARD"))
        self.role_name.setText(role.name.get(language))
        self.role_arena.setText(self.tr("Arena: %1").replace("%1", role.arena.get(language)))
        self.role_tasks.setText("\n".join(f"•  {task.get(language)}" for task in role.tasks))
        self.show_page(self.ROLE)

    def show_results(self, widget: QWidget | None) -> None:
        """Show revealed vote results (a widget from the voting area), or go back."""
        while self.results_layout.count():
            taken = self.results_layout.takeAt(0)
            old = taken.widget() if taken is not None else None
            if old is not None:
                old.setParent(None)
        if widget is None:
            self.show_page(self.MAIN)
            return
        self.results_layout.addWidget(widget)
        self.show_page(self.RESULTS)

    def show_page(self, page: int) -> None:
        self._page = page
        self.pages.setCurrentIndex(page)

    @property
    def page(self) -> int:
        return self._page

    # -- blank ------------------------------------------------------------------

    @property
    def blank(self) -> bool:
        return self._blank

    def set_blank(self, blank: bool) -> None:
        """Hide everything behind black (or show it again); the window stays put."""
        if blank == self._blank:
            return
        self._blank = blank
        self.outer.setCurrentIndex(1 if blank else 0)
        self.blank_did_change.emit(blank)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # The keys a presenter's remote sends for "black screen" (B and the period).
        if event.key() in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.set_blank(not self._blank)
            return
        # A presenter remote's next and previous keys turn the room view's pages.
        room = self.board
        if isinstance(room, RoomView) and event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            (room.next_page if event.key() == Qt.Key.Key_PageDown else room.previous_page)()
            return
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)

    # -- screens ----------------------------------------------------------------

    def target_screen(self) -> QScreen | None:
        """The screen to fill: the remembered one by name, else any screen other than
        the primary one; ``None`` when there is only one screen."""
        screens = QGuiApplication.screens()
        if len(screens) < 2:
            return None
        wanted = self.settings.projector_screen if self.settings is not None else ""
        for screen in screens:
            if wanted and screen.name() == wanted:
                return screen
        primary = QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not primary]
        return others[0] if others else None

    def choose_screen(self, name: str) -> None:
        """Remember ``name`` as the projector's screen and move there."""
        if self.settings is not None:
            self.settings.projector_screen = name
        if self.isVisible():
            self.place()

    def present(self) -> None:
        """Show the window where it belongs (full screen on the projector if there is one)."""
        self.place()
        if not self.isVisible():
            self.show()

    def place(self) -> None:
        """Put the window on its screen: full screen on a second screen, else a normal
        window on the facilitator's screen."""
        if self._placing:
            return
        self._placing = True
        try:
            target = self.target_screen()
            self.winId()  # make sure there is a native window to move
            handle = self.windowHandle()
            if target is not None:
                if handle is not None:
                    handle.setScreen(target)
                self.setGeometry(target.geometry())
                self.showFullScreen()
                name = target.name()
            else:
                primary = QGuiApplication.primaryScreen()
                if self.isFullScreen():
                    self.showNormal()
                if primary is not None:
                    if handle is not None and handle.screen() is not primary:
                        handle.setScreen(primary)
                    area = primary.availableGeometry()
                    width, height = min(1280, area.width()), min(720, area.height())
                    self.setGeometry(QRect(area.x() + (area.width() - width) // 2,
                                           area.y() + (area.height() - height) // 2, width, height))
                self.show()
                name = ""
        finally:
            self._placing = False
        if name != self._screen_name:
            self._screen_name = name
            self.screen_did_change.emit(name)

    @property
    def screen_name(self) -> str:
        return self._screen_name

    def _screens_did_change(self, *_: object) -> None:
        # Wait for Qt to finish its own bookkeeping about the screens first.
        if self.isVisible():
            QTimer.singleShot(0, self._replace_if_visible)

    def _screen_was_removed(self, screen: QScreen) -> None:
        # The QScreen is being destroyed: keep no reference to it, decide later.
        if self._screen_name and screen.name() == self._screen_name:
            self._screen_name = "-"  # no longer where we think we are
        self._screens_did_change()

    def _replace_if_visible(self) -> None:
        if self.isVisible():
            self.place()
