"""The bundle (``make dist``) as a facilitator without Python gets it.

Each test starts ``dist/samskab/samskab`` (or the folder named by ``SAMSKAB_BUNDLE``)
from a clean temporary home, with nothing of the project's virtualenv on PATH, no
Python variables and a working folder outside the source tree: ``--version``, the
sample into a fresh library and its handout as PDF (read back), and the app on Qt's
offscreen screen until its library is open and shown, with nothing on stderr but what
the offscreen screen always says. Skipped without a bundle: ``make dist`` builds one,
and CI builds it before ``make test``.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.library import SCHEMA_HEAD

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("SAMSKAB_BUNDLE") or ROOT / "dist" / "samskab")
EXECUTABLE = BUNDLE / ("samskab-cli.exe" if sys.platform == "win32" else "samskab")
#: Generous: a first start reads ~200 MB from disk, on a shared machine.
TIMEOUT = 120.0

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not EXECUTABLE.exists(),
                       reason=f"no bundle at {BUNDLE}: `make dist` builds it (CI does, before `make test`)"),
]


@pytest.fixture
def clean(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """An environment like a fresh user account's, and a working folder outside the tree."""
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    work = tmp_path / "work"
    for folder in (home, work, tmp_path / "tmp"):
        folder.mkdir()
    runtime.mkdir(mode=0o700)
    env = {
        "HOME": str(home),
        "PATH": os.defpath,  # the system's, not .venv/bin
        "LANG": "C.UTF-8",
        "TMPDIR": str(tmp_path / "tmp"),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    return env, work


def bundle(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EXECUTABLE), *args], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=TIMEOUT, check=False)


def test_the_bundle_is_outside_any_python(clean: tuple[dict[str, str], Path]) -> None:
    env, work = clean
    assert not (BUNDLE / "pyvenv.cfg").exists()
    assert not {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"} & env.keys()
    assert str(Path(sys.prefix)) not in env["PATH"]
    assert not work.resolve().is_relative_to(ROOT)


def test_version(clean: tuple[dict[str, str], Path]) -> None:
    env, work = clean
    result = bundle("--version", env=env, cwd=work)
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"samskab {declared} (biblioteksskema {SCHEMA_HEAD})\n", (
        "the bundle is not of this source tree: run `make dist` again"
    )
    assert result.stderr == ""


def test_sample_and_its_handout(clean: tuple[dict[str, str], Path]) -> None:
    """A fresh library (the Alembic migrations run from the bundle's .py files), the
    sample workshop (the templates and the sample from the bundle), its handout (the
    shipped fonts, reportlab and segno)."""
    from pypdf import PdfReader

    env, work = clean
    library = work / "bibliotek.sqlite3"
    made = bundle("--library", str(library), "sample", env=env, cwd=work)
    assert made.returncode == 0, made.stderr
    workshop_id = made.stdout.strip()
    listed = bundle("--library", str(library), "list", env=env, cwd=work)
    assert listed.returncode == 0, listed.stderr
    title = listed.stdout.strip().split("\t")[-1]
    pdf = work / "opsamling.pdf"
    written = bundle("--library", str(library), "pdf", workshop_id, str(pdf), env=env, cwd=work)
    assert written.returncode == 0, written.stderr
    reader = PdfReader(pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Opsamling" in text
    assert title.split(":")[0] in text
    fonts = {str(font["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"].get("/Font", {}).values()}  # type: ignore[union-attr]
    assert any("DejaVu" in name for name in fonts), fonts  # the shipped font, not Helvetica


def test_the_bundle_holds_its_data_files() -> None:
    """What is read by path at run time, in the same place as in the source tree."""
    data = BUNDLE / "_internal" if (BUNDLE / "_internal").is_dir() else BUNDLE
    for pattern in ("workshops/*.toml", "workshops/sample/*.toml", "app/migrations/env.py",
                    "app/migrations/versions/*.py", "phone/static/*", "exports/fonts/*.ttf",
                    "ui/fonts/*.otf", "ui/sounds/*.wav", "ui/i18n/*.qm"):
        wanted = sorted(p.relative_to(ROOT) for p in ROOT.glob(pattern))
        assert wanted, pattern
        missing = [str(p) for p in wanted if not (data / p).is_file()]
        assert not missing, f"missing from the bundle: {missing}"
    translations = sorted(p.name for p in (data / "PySide6" / "Qt" / "translations").iterdir())
    assert translations == ["qtbase_da.qm"]


def _offscreen_ignored() -> list[str]:
    """What Qt's offscreen screen says on every start (pytest-qt ignores the same)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return list(config["tool"]["pytest"]["ini_options"]["qt_log_ignore"])


def _lines(stream: object, into: queue.Queue[str | None]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        into.put(line)
    into.put(None)


class Gui:
    """The app started from the bundle on the offscreen screen. Qt logs each flush of a
    window to the screen (category qt.widgets.painting, debug); with the monotonic clock
    in each line, the test tells when the start window was drawn."""

    PATTERN = "%{time boot}|%{type}|%{category}|%{message}"

    def __init__(self, env: dict[str, str], work: Path, *args: str) -> None:
        env = dict(env, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.widgets.painting.debug=true",
                   QT_MESSAGE_PATTERN=self.PATTERN)
        self.process = subprocess.Popen([str(EXECUTABLE), *args], env=env, cwd=work, stdin=subprocess.DEVNULL,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.stderr: list[str] = []
        threading.Thread(target=_lines, args=(self.process.stderr, self.lines), daemon=True).start()

    def flushes(self, deadline: float) -> Iterator[float]:
        """The moments (monotonic seconds) the start window was drawn, as they come."""
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                break
            self.stderr.append(line)
            stamp, _, rest = line.partition("|")
            if "|qt.widgets.painting|Flushing " in line and 'name="startWindow"' in rest:
                yield float(stamp)

    def stop(self) -> tuple[int, str]:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=TIMEOUT)
        for _ in self.flushes(time.monotonic() + 5):  # the rest of stderr, up to its end
            pass
        assert self.process.stdout is not None and self.process.stderr is not None
        with self.process.stdout, self.process.stderr:
            return code, self.process.stdout.read()


def test_the_app_starts_and_shows_the_library(clean: tuple[dict[str, str], Path]) -> None:
    env, work = clean
    library = work / "bibliotek.sqlite3"
    assert bundle("--library", str(library), "sample", env=env, cwd=work).returncode == 0
    gui = Gui(env, work, "--library", str(library))
    try:
        deadline = time.monotonic() + TIMEOUT
        flushes = gui.flushes(deadline)
        assert next(flushes, None) is not None, "the start window was never drawn"
        # Opening the library makes its write-ahead log: then the list is filled on the
        # UI thread, and the next drawing of the window comes after that.
        wal = library.with_name(library.name + "-wal")
        opened_at = None
        for stamp in flushes:
            if opened_at is None and wal.exists():
                opened_at = time.monotonic()
            elif opened_at is not None and stamp > opened_at:
                break
        else:
            pytest.fail(f"the library was not shown within {TIMEOUT:.0f} s (opened: {opened_at is not None})")
        if sys.platform.startswith("linux"):
            mapped = _mapped_files(gui.process.pid)
            _assert_nothing_loaded_from(mapped, [ROOT], allowed=[BUNDLE])
            # Danish from the bundle: Qt's own (standard dialogs) and ours (QTranslator maps them).
            assert any(path.endswith("/PySide6/Qt/translations/qtbase_da.qm") for path in mapped), mapped
            assert any(path.endswith("/ui/i18n/desk_da.qm") for path in mapped), mapped
        assert gui.process.poll() is None, "the app quit by itself"
    finally:
        code, out = gui.stop()
    ignored = _offscreen_ignored()
    unexpected = [line for line in gui.stderr
                  if not ("|debug|qt.widgets.painting|" in line or any(text in line for text in ignored))]
    assert unexpected == [], "".join(unexpected)
    assert out == ""
    assert code in (0, -signal.SIGTERM)


def _mapped_files(pid: int) -> set[str]:
    """The files a running process has mapped: libraries, extension modules, and the
    translations (QTranslator maps its .qm file)."""
    rows = (line.split(maxsplit=5) for line in Path(f"/proc/{pid}/maps").read_text().splitlines())
    return {row[5].strip() for row in rows if len(row) == 6 and row[5].startswith("/")}


def _assert_nothing_loaded_from(mapped: set[str], forbidden: list[Path], allowed: list[Path]) -> None:
    """No mapped file lies in the source tree or the project's virtualenv, except in
    the bundle itself."""
    roots = [*forbidden, Path(sys.prefix)]
    strays = sorted(path for path in mapped
                    if any(Path(path).is_relative_to(r) for r in roots)
                    and not any(Path(path).resolve().is_relative_to(a.resolve()) for a in allowed))
    assert strays == [], strays
