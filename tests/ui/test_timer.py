"""The phase timer: the countdown logic over a hand-moved clock, the Qt wrapper's
signals, overtime, the facilitator's widget with its chime and mute button, and the
shipped chime itself. No test sleeps: time is moved by hand."""

from __future__ import annotations

from typing import Any

import pytest
from desk_helpers import ManualTime
from PySide6.QtCore import Qt

from ui.desk.timer import Countdown, PhaseTimer, TimerWidget, format_seconds, timer_text


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "00:00"), (59.6, "01:00"), (600, "10:00"), (3725, "1:02:05"), (-5, "00:00")],
)
def test_format_seconds(seconds: float, text: str) -> None:
    assert format_seconds(seconds) == text


@pytest.mark.parametrize(
    ("left", "text"),
    [(90, "01:30"), (0, "00:00"), (-0.4, "00:00"), (-5, "+00:05"), (-135, "+02:15"), (-3725, "+1:02:05")],
)
def test_timer_text_shows_overtime_with_a_plus(left: float, text: str) -> None:
    assert timer_text(left) == text


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


def test_a_zero_length_countdown_never_runs(manual_time: ManualTime) -> None:
    countdown = Countdown(0, manual_time)
    countdown.start()
    assert not countdown.running and not countdown.expired  # zero length is "no timer", not "time is up"


def test_past_zero_the_countdown_counts_overtime(manual_time: ManualTime) -> None:
    countdown = Countdown(60, manual_time)
    countdown.start()
    manual_time.advance(75)
    assert countdown.running and countdown.expired
    assert countdown.left() == -15 and countdown.overtime() == 15 and countdown.remaining() == 0
    countdown.pause()
    manual_time.advance(100)
    assert countdown.overtime() == 15  # paused overtime stays still
    countdown.start()
    manual_time.advance(5)
    assert countdown.overtime() == 20


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
    # Past zero it keeps running and shows the overtime.
    assert timer.expired and timer.running and timer.text() == "+00:01"
    manual_time.advance(60)
    timer.tick()
    assert expired == [True] and timer.text() == "+01:01"


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
    timer.begin(300, run=True)  # a new phase's own time
    assert timer.running and timer.remaining() == 300


def test_widget_buttons_overtime_and_the_chime(qtbot: Any, manual_time: ManualTime, settings: Any) -> None:
    timer = PhaseTimer(manual_time)
    chimes: list[bool] = []
    widget = TimerWidget(timer, settings, chime=lambda: chimes.append(True))
    qtbot.addWidget(widget)
    assert not widget.muted and widget.mute_button.text() == "Sound on"
    widget.set_reset_seconds(lambda: 120.0)
    widget.reset_button.click()
    assert widget.display.text() == "02:00"
    qtbot.mouseClick(widget.start_button, Qt.MouseButton.LeftButton)
    assert timer.running and widget.start_button.text() == "Pause"
    widget.more_button.click()
    assert widget.display.text() == "03:00"
    manual_time.advance(180)
    with qtbot.waitSignal(timer.timer_did_expire):
        timer.tick()
    assert chimes == [True]  # the chime was asked for at zero
    assert widget.display.property("expired") is True
    manual_time.advance(95)
    timer.tick()
    assert widget.display.text() == "+01:35" and widget.start_button.text() == "Pause"
    assert chimes == [True]  # once per run
    widget.reset_button.click()
    assert widget.display.property("expired") is False and widget.display.text() == "02:00"


def test_mute_on_the_timer_silences_the_chime_and_is_remembered(qtbot: Any, manual_time: ManualTime, settings: Any) -> None:
    timer = PhaseTimer(manual_time)
    chimes: list[bool] = []
    widget = TimerWidget(timer, settings, chime=lambda: chimes.append(True))
    qtbot.addWidget(widget)
    widget.mute_button.setFocus()
    qtbot.keyClick(widget.mute_button, Qt.Key.Key_Space)  # reachable by keyboard
    assert widget.muted and widget.mute_button.text() == "Sound off"
    assert widget.mute_button.accessibleName() == "Mute the chime at zero"
    assert settings.timer_chime is False
    timer.reset(30)
    timer.start()
    manual_time.advance(31)
    timer.tick()
    assert timer.expired and chimes == []
    # A new timer widget (the next workshop window) starts muted.
    again = TimerWidget(PhaseTimer(manual_time), settings, chime=lambda: chimes.append(True))
    qtbot.addWidget(again)
    assert again.muted


def test_the_shipped_chime_decodes_and_plays(qtbot: Any) -> None:
    """The real library reads the file shipped with the app, and plays it on
    miniaudio's null device (every test machine has one; no speakers needed)."""
    import miniaudio

    from ui.sounds import CHIME, Chime, decode

    sound = decode(CHIME)
    assert 1.5 <= sound.duration <= 4
    assert max(abs(v) for v in sound.samples) > 8000  # not silence
    chime = Chime(backends=[miniaudio.Backend.NULL])
    assert chime.play() and chime.playing
    chime.stop()
    assert not chime.playing


def test_the_chime_file_is_the_one_its_script_makes() -> None:
    import wave

    from ui.sounds import CHIME
    from ui.sounds.make_chime import RATE, wav_bytes

    with wave.open(str(CHIME), "rb") as shipped:
        assert (shipped.getnchannels(), shipped.getsampwidth(), shipped.getframerate()) == (1, 2, RATE)
        assert shipped.readframes(shipped.getnframes()) == wav_bytes()


def test_no_sound_device_rings_the_system_bell(qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.sounds import Chime

    beeps: list[bool] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(True)))
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"not a sound")
    assert Chime(broken).play() is False
    assert beeps == [True]
