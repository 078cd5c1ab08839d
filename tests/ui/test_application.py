"""Starting the app: the start window first, the library right after, heavy modules
imported late, the shipped typeface registered, and a library that cannot be opened
explained without harm."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from ui.application import Desk, build, parse_arguments

# The offscreen platform cannot raise windows or pass size hints on; both are harmless.
ROOT = Path(__file__).resolve().parent.parent.parent


def test_the_start_window_module_does_not_import_sqlalchemy() -> None:
    """Start-up speed: SQLAlchemy (0.35 s) is imported after the window is shown."""
    code = "import sys, ui.application, ui.start.window; print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'reportlab', 'segno')))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# Starts the app in a fresh process (with the fontconfig file of tests/conftest.py,
# inherited through the environment) and reports the font families Qt knew before and
# after start-up, and the fonts the start window was drawn with.
FONT_PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
before = QFontDatabase.families()
from ui.application import build

app, desk = build(["samskab", "--library", sys.argv[1], "--lang", "da"])

def report():
    title = QFontInfo(desk.start_window.title_label.font())
    print(json.dumps({"before": before, "after": QFontDatabase.families(), "app": QFontInfo(app.font()).family(),
                      "title": [title.family(), title.weight()]}))
    app.quit()

desk.library_did_open.connect(lambda: QTimer.singleShot(0, report))
app.exec()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig (FONTCONFIG_FILE) is how Qt finds fonts on Linux")
def test_the_tests_see_only_shipped_fonts_and_the_app_draws_with_inter(tmp_path: Path) -> None:
    """Layouts depend on fonts: the machine's own are hidden from the tests (tests/conftest.py
    lists only exports/fonts), and the app registers its own typeface, Inter, at start-up
    and draws with it (the style sheet's titles in its semibold face)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAMSKAB_SETTINGS=str(tmp_path / "settings.ini"))
    result = subprocess.run([sys.executable, "-c", FONT_PROBE, str(tmp_path / "library.sqlite3")], cwd=ROOT,
                            capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    fonts = json.loads(result.stdout.splitlines()[-1])
    # exports/fonts' families and fontconfig's generic names, nothing of the machine's
    # (this machine may well have DejaVu Serif or Liberation Sans).
    assert set(fonts["before"]) <= {"DejaVu Sans", "Noto Emoji", "Symbola", "Monospace", "Sans Serif", "Serif"}
    assert "Inter" not in fonts["before"]  # not visible until the app registers it
    assert "Inter" in fonts["after"] and "DejaVu Serif" not in fonts["after"] and "Liberation Sans" not in fonts["after"]
    assert fonts["app"] == "Inter"
    assert fonts["title"] == ["Inter", 600]


def test_register_fonts_gives_inter_and_the_fallback_once(qapp: Any) -> None:
    from PySide6.QtGui import QFontDatabase, QFontInfo

    from ui.theme import FAMILIES, FONT_FILES, register_fonts

    assert all(path.is_file() for path in FONT_FILES)
    families = register_fonts()
    assert {"Inter", "DejaVu Sans", "Noto Emoji", "Symbola"} <= families
    assert FAMILIES == ["Inter", "DejaVu Sans", "Noto Emoji", "Symbola"]  # the UI face, then the fallbacks
    count = len(QFontDatabase.families())
    assert register_fonts() == families and len(QFontDatabase.families()) == count
    assert QFontDatabase.styles("Inter") == ["Regular", "Semi Bold", "Bold"]
    assert QFontInfo(qapp.font()).family() == "Inter"  # the tests' QApplication, as the app's


def test_arguments() -> None:
    args = parse_arguments(["samskab", "--library", "/tmp/x.sqlite3", "--lang", "en", "-style", "fusion"])
    assert args.library == Path("/tmp/x.sqlite3") and args.lang == "en"
    assert parse_arguments(["samskab"]).library is None


@pytest.fixture
def started(qtbot: Any, tmp_path: Path, themed: Any, language: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("SAMSKAB_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.delenv("SAMSKAB_LIBRARY", raising=False)
    made: list[Desk] = []

    def start(*extra: str) -> Desk:
        _app, desk = build(["samskab", *extra])
        qtbot.addWidget(desk.start_window)
        made.append(desk)
        return desk

    yield start
    for desk in made:
        desk.close()
        desk.deleteLater()
    # Delete the closed windows and the desks now, while the QApplication exists: left
    # to the interpreter's exit, their undo actions were disabled after it was gone
    # ("QAction: Initialize Q(Gui)Application before calling 'setEnabled'").
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_window_first_then_the_library(started: Any, tmp_path: Path, qtbot: Any) -> None:
    path = tmp_path / "library.sqlite3"
    desk = started("--library", str(path), "--lang", "da")
    assert desk.start_window.isVisible()
    assert desk.library is None  # not yet: the window came first
    order: list[str] = []
    desk.start_window_did_show.connect(lambda: order.append("window painted"))
    desk.library_did_open.connect(lambda: order.append("library open"))
    with qtbot.waitSignal(desk.library_did_open, timeout=10_000):
        pass
    assert order == ["window painted", "library open"]
    assert desk.library is not None and path.exists()
    assert desk.start_window.pages.currentIndex() == 2  # an empty library: the welcome page
    assert desk.start_window.new_button.text() == "Ny workshop…"


def test_opening_a_workshop_and_deleting_it_from_the_start_screen(started: Any, tmp_path: Path, qtbot: Any) -> None:
    desk = started("--library", str(tmp_path / "l.sqlite3"), "--lang", "da")
    qtbot.waitUntil(lambda: desk.library is not None, timeout=10_000)
    workshop_id = desk.start_window.open_sample()
    assert workshop_id is not None
    window = desk.windows[workshop_id]
    assert window.isVisible()
    assert desk.open_workshop(workshop_id) is window  # raised, not opened twice
    desk.start_window.select(workshop_id)
    with qtbot.waitSignal(window.window_did_close, timeout=5000):
        desk.start_window.delete_selected()
    assert workshop_id not in desk.windows


def test_a_broken_library_is_explained_left_alone_and_another_can_be_chosen(
    started: Any, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "notes.sqlite3"
    broken.write_text("not a database, but precious to someone", encoding="utf-8")
    other = tmp_path / "other.sqlite3"
    asked: list[tuple[str, Path]] = []

    def ask(self: Desk, message: str, path: Path) -> Path | None:
        asked.append((message, path))
        return other

    monkeypatch.setattr(Desk, "ask_for_other_library", ask)
    desk = started("--library", str(broken), "--lang", "da")
    qtbot.waitUntil(lambda: desk.library is not None, timeout=10_000)
    assert len(asked) == 1
    message, path = asked[0]
    assert path == broken and "ikke et Samskab-bibliotek" in message and str(broken) in message
    assert broken.read_text(encoding="utf-8") == "not a database, but precious to someone"
    assert desk.library is not None and other.exists()


def test_declining_to_choose_leaves_the_app_running_without_a_library(
    started: Any, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "a-folder.sqlite3"
    folder.mkdir()
    monkeypatch.setattr(Desk, "ask_for_other_library", lambda self, message, path: None)
    desk = started("--library", str(folder), "--lang", "en")
    qtbot.waitUntil(lambda: "No library" in desk.start_window.loading_label.text(), timeout=10_000)
    assert desk.library is None and desk.start_window.isVisible()
    assert desk.start_window.new_workshop() is None  # nothing to create into, and no crash


def test_settings_switch_the_language_of_every_window(started: Any, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.start.settings_dialog import SettingsDialog

    desk = started("--library", str(tmp_path / "l.sqlite3"), "--lang", "da")
    qtbot.waitUntil(lambda: desk.library is not None, timeout=10_000)
    workshop_id = desk.start_window.open_sample()
    assert workshop_id is not None
    window = desk.windows[workshop_id]
    assert window.tabs.tabText(0) == "Idétavle"

    def choose_english(dialog: SettingsDialog) -> int:
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
        dialog.accept()
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", choose_english)
    window.settings_action.trigger()
    QApplication.processEvents()
    assert desk.settings.language == "en"
    assert window.tabs.tabText(0) == "Idea board"
    assert desk.start_window.new_button.text() == "New workshop…"
    assert window.controller.language == "en" and desk.controller is not None and desk.controller.language == "en"


def test_start_up_leaves_the_garbage_collector_as_it_found_it(started: Any, tmp_path: Path, qtbot: Any) -> None:
    """The collector is paused while the core is imported (start-up speed) and runs again
    afterwards; a collector switched off by someone else stays off."""
    import gc

    assert gc.isenabled()
    desk = started("--library", str(tmp_path / "on.sqlite3"), "--lang", "da")
    with qtbot.waitSignal(desk.library_did_open, timeout=10_000):
        pass
    assert gc.isenabled()
    gc.disable()
    try:
        desk = started("--library", str(tmp_path / "off.sqlite3"), "--lang", "da")
        with qtbot.waitSignal(desk.library_did_open, timeout=10_000):
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_quit_from_a_workshop_window_closes_every_window(started: Any, tmp_path: Path, qtbot: Any,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    desk = started("--library", str(tmp_path / "l.sqlite3"), "--lang", "da")
    qtbot.waitUntil(lambda: desk.library is not None, timeout=10_000)
    workshop_id = desk.start_window.open_sample()
    assert workshop_id is not None
    window = desk.windows[workshop_id]
    window.set_projector_shown(True)
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    with qtbot.waitSignal(window.window_did_close):
        window.quit_action.trigger()  # Ctrl+Q, from the desk or the projector
    assert quits == [True]
    assert desk.windows == {} and not desk.start_window.isVisible()
    assert window.projector is None or not window.projector.isVisible()
    assert desk.settings.geometry("workshop")  # saved as when closed by hand
