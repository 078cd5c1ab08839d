"""The bundle (``make dist``): its size, and how fast it puts the start window up.

Only when ``dist/samskab`` exists; otherwise this area has no rows. The start is timed
from launching the bundle's executable, in a fresh process with a fresh home, to the
first time Qt draws the start window to the screen (Qt logs each flush of a window,
category ``qt.widgets.painting``, with the monotonic clock in the line; offscreen
screen). Beside it, in the same run and alternated with it: the desk's own figure
("desk: start window on screen", measured as :mod:`bench.bench_desk` does, from a
Python process that starts ``ui.application``), which is the target's base (1.5×), and
the installed ``samskab`` command of the development venv timed like the bundle, which
goes through the same entry point (``cli.main``) — so a gap between the bundle and the
desk figure shows whether the bundling or the entry point costs it.

"Cold" as in the desk figure: a fresh process each time, the files in the page cache
(one untimed start first); a first start after a reboot reads ~200 MB more from disk.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import Figure
from bench.bench_desk import DESK, _child

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = Path(os.environ.get("SAMSKAB_BUNDLE") or ROOT / "dist" / "samskab")
EXECUTABLE = BUNDLE / "samskab"
ENTRY_POINT = Path(sys.prefix) / "bin" / "samskab"
RUNS = 5


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def _start_window_ms(executable: Path, library: Path) -> float:
    """Milliseconds from launching ``executable`` to the start window's first flush."""
    with tempfile.TemporaryDirectory() as home:
        runtime = Path(home) / "runtime"
        runtime.mkdir(mode=0o700)
        env = {
            "HOME": home, "PATH": os.defpath, "LANG": "C.UTF-8", "XDG_RUNTIME_DIR": str(runtime),
            "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.widgets.painting.debug=true",
            "QT_MESSAGE_PATTERN": "%{time boot}|%{category}|%{message}",
        }
        start = time.monotonic()
        process = subprocess.Popen([str(executable), "--library", str(library)], env=env, cwd=home,
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, text=True)
        try:
            assert process.stderr is not None
            for line in process.stderr:
                stamp, _, rest = line.partition("|")
                if rest.startswith("qt.widgets.painting|Flushing ") and 'name="startWindow"' in rest:
                    return (float(stamp) - start) * 1000
            raise RuntimeError(f"{executable} ended without drawing its start window")
        finally:
            process.terminate()
            process.wait(timeout=60)
            process.stderr.close()  # type: ignore[union-attr]


def run() -> list[Figure]:
    if not EXECUTABLE.exists():
        print(f"no bundle at {BUNDLE} (make dist): no rows", file=sys.stderr)
        return []
    archives = sorted(BUNDLE.parent.glob("samskab-*.tar.gz"))
    packed = f", tar.gz {archives[-1].stat().st_size / 1e6:.0f} MB" if archives else ""
    with tempfile.TemporaryDirectory() as folder:
        pycache = str(Path(folder) / "pycache")
        library = Path(folder) / "library.sqlite3"
        subprocess.run([str(EXECUTABLE), "--library", str(library), "sample"], check=True,
                       stdout=subprocess.DEVNULL, timeout=120)
        # One untimed start of each: the page cache and the desk's bytecode cache.
        _child(DESK, str(library), pycache=pycache)
        _start_window_ms(EXECUTABLE, library)
        _start_window_ms(ENTRY_POINT, library)
        desk: list[float] = []
        bundle: list[float] = []
        entry: list[float] = []
        for _ in range(RUNS):  # alternated, so a busy spell of the machine hits all three
            desk.append(_child(DESK, str(library), pycache=pycache)["shown"] * 1000)
            bundle.append(_start_window_ms(EXECUTABLE, library))
            entry.append(_start_window_ms(ENTRY_POINT, library))
    desk_ms = statistics.median(desk)
    return [
        Figure("dist: bundle size", _size_mb(BUNDLE), None, unit="MB", note=f"dist/samskab{packed}"),
        Figure("dist: bundle cold start to the start window", statistics.median(bundle), 1.5 * desk_ms,
               note=f"1.5× desk start window {desk_ms:.0f} ms, this run"),
        Figure("dist: venv `samskab` command to the start window", statistics.median(entry), None,
               note="same entry point, unbundled: the floor the bundle adds to"),
    ]


if __name__ == "__main__":
    for figure in run():
        sys.stdout.write(" | ".join(figure.cells()) + "\n")
