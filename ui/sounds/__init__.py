"""Sounds shipped with the app: the phase timer's chime, played through the speakers.

Played with miniaudio (pyminiaudio, MIT): one 1.6 MB wheel with the decoders and the
system back-ends (WASAPI, Core Audio, PulseAudio/ALSA) built in, where Qt's own
QtMultimedia would need the 175 MB PySide6-Addons wheel. The library is imported when
the first chime plays, never at start-up. A machine with no sound device gets the
system bell instead, and the timer shows that time is up either way.
"""

from __future__ import annotations

import array
from collections.abc import Generator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    import miniaudio

SOUNDS_DIR = Path(__file__).resolve().parent
CHIME = SOUNDS_DIR / "chime.wav"


def decode(path: Path = CHIME) -> miniaudio.DecodedSoundFile:
    """The sound file as 16-bit samples (raises ``miniaudio.DecodeError`` if unreadable)."""
    import miniaudio

    return miniaudio.decode_file(str(path), output_format=miniaudio.SampleFormat.SIGNED16)


def _frames(samples: array.array[int], channels: int) -> Generator[array.array[int], int, None]:
    """Feed the device as many frames as it asks for, until the sound ends."""
    offset = 0
    wanted = yield array.array("h")
    while offset < len(samples):
        chunk = samples[offset:offset + wanted * channels]
        offset += len(chunk)
        wanted = yield chunk


class Chime(QObject):
    """Plays one sound file, decoded once; each play opens the device, streams the
    sound and closes the device when it has ended."""

    def __init__(self, path: Path = CHIME, backends: Sequence[Any] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._backends = list(backends) if backends is not None else None
        self._sound: miniaudio.DecodedSoundFile | None = None
        self._device: miniaudio.PlaybackDevice | None = None
        self._closer = QTimer(self)
        self._closer.setSingleShot(True)
        self._closer.timeout.connect(self.stop)

    @property
    def playing(self) -> bool:
        """The device is open and the sound not yet fully handed to it."""
        return self._device is not None and self._device.callback_generator is not None

    def play(self) -> bool:
        """Start the sound (from the start if it still plays); ``False`` when no sound
        device could play it, after ringing the system bell instead."""
        import miniaudio

        self.stop()
        try:
            if self._sound is None:
                self._sound = decode(self.path)
            sound = self._sound
            device = miniaudio.PlaybackDevice(
                output_format=miniaudio.SampleFormat.SIGNED16, nchannels=sound.nchannels,
                sample_rate=sound.sample_rate, backends=self._backends, app_name="Samskab")
            stream = _frames(sound.samples, sound.nchannels)
            next(stream)
            device.start(stream)
        except miniaudio.MiniaudioError:
            QApplication.beep()
            return False
        self._device = device
        self._closer.start(int(sound.duration * 1000) + 500)
        return True

    def stop(self) -> None:
        self._closer.stop()
        if self._device is not None:
            self._device.close()
            self._device = None
