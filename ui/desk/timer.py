"""The phase timer: start, pause, reset, one more minute, a chime at zero, overtime.

Two parts. :class:`Countdown` is plain logic over an injected monotonic clock, so the
tests drive time by hand instead of sleeping. :class:`PhaseTimer` wraps it in a
QObject that ticks a few times a second and announces changes; the facilitator's
:class:`TimerWidget` and the projector both listen to the same ``PhaseTimer``, which
belongs to the workshop window, not to a phase; the window gives each new phase its
own timebox (asking first when the timer still runs).

Past zero the timer keeps counting, as overtime: ``+02:15``. :func:`timer_text` is the
one place that words the time, for the desk and the projector alike.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ui.settings import Settings

Clock = Callable[[], float]


def format_seconds(seconds: float) -> str:
    """``mm:ss`` (or ``h:mm:ss`` past an hour); negative values show as 00:00."""
    total = max(0, int(round(seconds)))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def timer_text(left: float) -> str:
    """The time as the timer shows it: ``mm:ss`` left, or ``+mm:ss`` of overtime when
    ``left`` is negative (the desk's and the projector's timer both show this)."""
    if round(-left) >= 1:
        return "+" + format_seconds(-left)
    return format_seconds(left)


class Countdown:
    """A countdown over ``clock`` (seconds, monotonic). No Qt, no threads."""

    def __init__(self, seconds: float = 0.0, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._duration = max(0.0, float(seconds))
        self._left_at_start = self._duration  # seconds left when last started or paused
        self._started_at: float | None = None

    @property
    def duration(self) -> float:
        """The length it was last reset to (plus any minutes added)."""
        return self._duration

    @property
    def running(self) -> bool:
        return self._started_at is not None

    @property
    def untouched(self) -> bool:
        """Reset and never started since: safe to re-arm for another phase."""
        return not self.running and self._left_at_start == self._duration

    def left(self) -> float:
        """Seconds left; negative past zero (overtime, while it keeps running)."""
        if self._started_at is None:
            return self._left_at_start
        return self._left_at_start - (self._clock() - self._started_at)

    def remaining(self) -> float:
        return max(0.0, self.left())

    def overtime(self) -> float:
        """Seconds past zero."""
        return max(0.0, -self.left())

    @property
    def expired(self) -> bool:
        return self._duration > 0 and self.left() <= 0

    def start(self) -> None:
        """Run (on past zero too, counting the overtime); a zero length never runs."""
        if self._started_at is None and self._duration > 0:
            self._started_at = self._clock()

    def pause(self) -> None:
        if self._started_at is not None:
            self._left_at_start = self.left()
            self._started_at = None

    def reset(self, seconds: float | None = None) -> None:
        """Stop and set the time back to ``seconds`` (or the last length)."""
        if seconds is not None:
            self._duration = max(0.0, float(seconds))
        self._left_at_start = self._duration
        self._started_at = None

    def add(self, seconds: float) -> None:
        """Give more time; after zero, that much from now (the overtime is forgiven).
        A running countdown keeps running."""
        left = self.remaining() + seconds
        self._duration += seconds
        if self._started_at is not None:
            self._started_at = self._clock()
        self._left_at_start = max(0.0, left)


class PhaseTimer(QObject):
    """The workshop's timer, shared by the facilitator's widget and the projector.

    Signals:
        timer_did_change(): started, paused, reset or given more time.
        timer_did_tick(float): the seconds left, a few times a second while running.
        timer_did_expire(): reached zero (once per run); it goes on counting overtime.
    """

    timer_did_change = Signal()
    timer_did_tick = Signal(float)
    timer_did_expire = Signal()

    TICK_MS = 200

    def __init__(self, clock: Clock = time.monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.countdown = Countdown(0, clock)
        self._ticker = QTimer(self)
        self._ticker.setInterval(self.TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._announced_zero = False

    # The state, read by the views.
    def remaining(self) -> float:
        return self.countdown.remaining()

    @property
    def running(self) -> bool:
        return self.countdown.running

    @property
    def expired(self) -> bool:
        return self.countdown.expired

    @property
    def untouched(self) -> bool:
        return self.countdown.untouched

    def text(self) -> str:
        """The time as shown (``mm:ss``, or ``+mm:ss`` of overtime)."""
        return timer_text(self.countdown.left())

    # Commands.
    def start(self) -> None:
        self.countdown.start()
        if self.countdown.running:
            self._ticker.start()
        self.timer_did_change.emit()

    def pause(self) -> None:
        self.countdown.pause()
        self._ticker.stop()
        self.timer_did_change.emit()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self, seconds: float | None = None) -> None:
        self.countdown.reset(seconds)
        self._ticker.stop()
        self._announced_zero = False
        self.timer_did_change.emit()

    def add_minute(self) -> None:
        self.countdown.add(60)
        if self.countdown.remaining() > 0:
            self._announced_zero = False
        self.timer_did_change.emit()

    def arm(self, seconds: float) -> None:
        """Take a new timebox unless the timer is in use (running, or paused midway)."""
        if self.countdown.untouched or (self.countdown.expired and not self.running):
            self.reset(seconds)

    def begin(self, seconds: float, run: bool) -> None:
        """A new phase's own timebox, started at once when ``run``."""
        self.reset(seconds)
        if run:
            self.start()

    def tick(self) -> None:
        """Check the clock (the ticker calls this; tests may call it directly)."""
        left = self.countdown.left()
        self.timer_did_tick.emit(left)
        if left <= 0 and self.countdown.duration > 0 and not self._announced_zero:
            self._announced_zero = True
            self.timer_did_expire.emit()
            self.timer_did_change.emit()


class TimerWidget(QWidget):
    """The facilitator's timer: the time, start/pause, reset, +1 minute and mute.

    At zero the time turns a calm amber (no flashing red in a room full of people), goes
    on as overtime (``+01:30``), and a soft chime sounds through the speakers unless the
    timer is muted. ``chime`` plays the sound (``ui.sounds.Chime.play``; tests give a
    fake); the mute button says what it does and is remembered in ``settings``.
    """

    def __init__(self, timer: PhaseTimer, settings: Settings | None = None,
                 chime: Callable[[], object] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self._settings = settings
        self._chime = chime
        self._reset_seconds: Callable[[], float | None] = lambda: None

        self.display = QLabel()
        self.display.setObjectName("timerDisplay")
        self.display.setTextFormat(Qt.TextFormat.PlainText)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton()
        self.start_button.setObjectName("timerStart")
        self.reset_button = QPushButton()
        self.more_button = QPushButton()
        self.mute_button = QToolButton()
        self.mute_button.setObjectName("timerMute")
        self.mute_button.setCheckable(True)
        self.mute_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.mute_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.mute_button.setChecked(settings is not None and not settings.timer_chime)
        self.start_button.clicked.connect(timer.toggle)
        self.reset_button.clicked.connect(lambda: timer.reset(self._reset_seconds()))
        self.more_button.clicked.connect(timer.add_minute)
        self.mute_button.toggled.connect(self._mute_did_toggle)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (self.start_button, self.reset_button, self.more_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.display)
        layout.addLayout(buttons)
        layout.addWidget(self.mute_button, 0, Qt.AlignmentFlag.AlignLeft)

        timer.timer_did_change.connect(self.refresh)
        timer.timer_did_tick.connect(self.refresh)
        timer.timer_did_expire.connect(self._signal_zero)
        self.retranslate()
        self.refresh()

    @property
    def muted(self) -> bool:
        return self.mute_button.isChecked()

    def set_reset_seconds(self, seconds: Callable[[], float | None]) -> None:
        """Where Reset takes its length from (the current phase's timebox)."""
        self._reset_seconds = seconds

    def refresh(self, *_: object) -> None:
        self.display.setText(self.timer.text())
        expired = self.timer.expired
        if self.display.property("expired") != expired:
            self.display.setProperty("expired", expired)
            self.display.style().unpolish(self.display)
            self.display.style().polish(self.display)
        self.start_button.setText(self.tr("Pause") if self.timer.running else self.tr("Start"))

    def _signal_zero(self) -> None:
        if not self.muted and self._chime is not None:
            self._chime()
        self.refresh()

    def _mute_did_toggle(self, muted: bool) -> None:
        if self._settings is not None:
            self._settings.timer_chime = not muted
        self._show_mute()

    def _show_mute(self) -> None:
        muted = self.muted
        icon = QStyle.StandardPixmap.SP_MediaVolumeMuted if muted else QStyle.StandardPixmap.SP_MediaVolume
        self.mute_button.setIcon(self.style().standardIcon(icon))
        self.mute_button.setText(self.tr("Sound off") if muted else self.tr("Sound on"))
        self.mute_button.setAccessibleName(self.tr("Mute the chime at zero"))
        self.mute_button.setToolTip(self.tr("The chime at zero is off: click to turn it on") if muted
                                    else self.tr("A chime sounds at zero: click to mute it"))

    def retranslate(self) -> None:
        self.reset_button.setText(self.tr("Reset"))
        self.more_button.setText(self.tr("+1 min"))
        self.more_button.setToolTip(self.tr("Give one more minute"))
        self.reset_button.setToolTip(self.tr("Set the timer back to the phase's timebox"))
        self.display.setAccessibleName(self.tr("Time left"))
        self._show_mute()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
