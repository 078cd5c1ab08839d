"""The phase timer: the countdown logic over a hand-moved clock, the Qt wrapper's
signals, and the facilitator's widget. No test sleeps: time is moved by hand."""

from __future__ import annotations

from typing import Any

import pytest
from desk_helpers import ManualTime
from PySide6.QtCore import Qt

from ui.desk.timer import Countdown, PhaseTimer, TimerWidget, format_seconds


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "00:00"), (59.6, "01:00"), (600, "10:00"), (3725, "1:02:05"), (-5, "00:00")],
)
def test_format_seconds(seconds: float, text: str) -> None:
    assert format_seconds(seconds) == text


def test_countdown_runs_pauses_and_resets(manual_time: ManualTime) -> None:
    countdown = Countdown(600, manual_time)
    assert countdown.remaining() == 600 and not countdown.running and countdown.untouched
    countdown.start()
    manual_time.advance(90)
    assert countdown.remaining() == 510
    countdown.pause()
    manual_time.advance(1000)  # time passes while paused: nothing is lost
    assert countdown.remaining() == 510 and not countdown.untouched
    countdown.start()
    manual_time.advance(10)
    assert countdown.remaining() == 500
    countdown.reset()
    assert countdown.remaining() == 600 and not countdown.running
    countdown.reset(300)
    assert countdown.remaining() == 300 and countdown.duration == 300


def test_adding_a_minute_works_running_and_after_zero(manual_time: ManualTime) -> None:
    countdown = Countdown(120, manual_time)
    countdown.start()
    manual_time.advance(100)
    countdown.add(60)
    assert countdown.running and countdown.remaining() == 80
    manual_time.advance(200)
    assert countdown.remaining() == 0 and countdown.expired
    countdown.add(60)
    assert countdown.remaining() == 60 and not countdown.expired


def test_a_finished_countdown_cannot_start_below_zero(manual_time: ManualTime) -> None:
    countdown = Countdown(0, manual_time)
    countdown.start()
    assert not countdown.running and not countdown.expired  # zero length is "no timer", not "time is up"


def test_phase_timer_announces_zero_once(qtbot: Any, manual_time: ManualTime) -> None:
    timer = PhaseTimer(manual_time)
    timer.reset(60)
    expired: list[bool] = []
    timer.timer_did_expire.connect(lambda: expired.append(True))
    timer.start()
    assert timer.running
    manual_time.advance(30)
    with qtbot.waitSignal(timer.timer_did_tick) as blocker:
        timer.tick()
    assert blocker.args == [30.0]
    manual_time.advance(31)
    timer.tick()
    timer.tick()
    assert expired == [True]
    assert timer.expired and not timer.running and timer.text() == "00:00"


def test_the_ticker_drives_the_timer(qtbot: Any, manual_time: ManualTime) -> None:
    timer = PhaseTimer(manual_time)
    timer.reset(5)
    timer.start()
    manual_time.advance(6)
    with qtbot.waitSignal(timer.timer_did_expire, timeout=2000):
        pass  # the QTimer ticks by itself


def test_arm_keeps_a_timer_in_use_and_rearms_an_idle_one(manual_time: ManualTime) -> None:
    timer = PhaseTimer(manual_time)
    timer.arm(600)
    assert timer.remaining() == 600
    timer.arm(900)  # untouched: takes the new phase's timebox
    assert timer.remaining() == 900
    timer.start()
    manual_time.advance(100)
    timer.arm(300)  # running: survives the phase switch
    assert timer.running and timer.remaining() == 800
    timer.pause()
    timer.arm(300)  # paused midway: also kept
    assert timer.remaining() == 800


def test_widget_buttons_and_the_quiet_signal(qtbot: Any, manual_time: ManualTime) -> None:
    timer = PhaseTimer(manual_time)
    beeps: list[bool] = []

    def sound_setting() -> bool:
        beeps.append(True)
        return False

    widget = TimerWidget(timer, sound=sound_setting)
    qtbot.addWidget(widget)
    widget.set_reset_seconds(lambda: 120.0)
    widget.reset_button.click()
    assert widget.display.text() == "02:00"
    qtbot.mouseClick(widget.start_button, Qt.MouseButton.LeftButton)
    assert timer.running and widget.start_button.text() == "Pause"
    widget.more_button.click()
    assert widget.display.text() == "03:00"
    manual_time.advance(180)
    timer.tick()
    assert widget.display.property("expired") is True
    assert widget.start_button.text() == "Start"
    assert beeps == [True]  # the sound setting was asked (and said no)
    widget.reset_button.click()
    assert widget.display.property("expired") is False and widget.display.text() == "02:00"


def test_the_optional_sound_is_one_beep(qtbot: Any, manual_time: ManualTime, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    beeps: list[bool] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(True)))
    timer = PhaseTimer(manual_time)
    widget = TimerWidget(timer, sound=lambda: True)
    qtbot.addWidget(widget)
    timer.reset(30)
    timer.start()
    manual_time.advance(31)
    timer.tick()
    timer.tick()
    assert beeps == [True]
