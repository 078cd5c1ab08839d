"""Make ``chime.wav``, the phase timer's end-of-time sound: a soft two-note bell.

Synthesised here from sine partials (a bell's slightly inharmonic overtones, each dying
away faster than the fundamental), so the sound is our own work with no third-party
recording in it; see ``LICENSE-sounds.txt``. Deterministic: running it again writes the
same bytes (``tests/ui/test_timer.py`` checks the shipped file against it).

    python ui/sounds/make_chime.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050  # Hz; the highest partial (~3.6 kHz) is far below half of it
LENGTH = 2.6  # seconds
PEAK = 0.5  # of full scale (-6 dBFS): a chime, not an alarm
#: (start in seconds, fundamental in Hz): E5 then C5, a soft "ding-dong".
NOTES = ((0.0, 659.25), (0.42, 523.25))
#: (frequency ratio, amplitude, decay time in seconds) of a bell's partials.
PARTIALS = ((1.0, 1.0, 0.9), (2.0, 0.32, 0.45), (2.76, 0.16, 0.3), (5.4, 0.05, 0.15))
ATTACK = 0.006  # seconds: no click at the strike


def samples() -> list[float]:
    count = int(RATE * LENGTH)
    out = [0.0] * count
    for start, base in NOTES:
        first = int(start * RATE)
        for ratio, amplitude, decay in PARTIALS:
            step = 2 * math.pi * base * ratio / RATE
            for i in range(count - first):
                t = i / RATE
                envelope = amplitude * math.exp(-t / decay) * min(1.0, t / ATTACK)
                out[first + i] += envelope * math.sin(step * i)
    # Fade out the last 0.2 s so the sound ends in silence, then scale to PEAK.
    fade = int(0.2 * RATE)
    for i in range(fade):
        out[count - fade + i] *= 1 - i / fade
    scale = PEAK / max(abs(v) for v in out)
    return [v * scale for v in out]


def wav_bytes() -> bytes:
    """The chime as 16-bit mono PCM frames."""
    return b"".join(struct.pack("<h", round(v * 32767)) for v in samples())


def write(path: Path) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(wav_bytes())


if __name__ == "__main__":
    write(Path(__file__).resolve().parent / "chime.wav")
