"""Translations: Danish by default (our strings and Qt's own), English at run time, and
the pseudo-language that finds labels too narrow for longer words."""

from __future__ import annotations

import shutil
import subprocess
import sys
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from desk_helpers import make_workshop
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from app.library import Library
from ui.desk.window import WorkshopWindow
from ui.i18n import I18N_DIR, PSEUDO_SCALE, pseudo
from ui.start.new_workshop import NewWorkshopDialog
from ui.start.settings_dialog import SettingsDialog
from ui.start.window import StartWindow

ROOT = Path(__file__).resolve().parent.parent.parent
DESK_SOURCES = [
    "ui/application.py",
    "ui/widgets.py",
    *(str(p.relative_to(ROOT)) for area in ("start", "desk") for p in sorted((ROOT / "ui" / area).glob("*.py"))),
]


def test_danish_loads_our_files_and_qts_own(language: Any, qtbot: Any, settings: Any) -> None:
    loaded = language("da")
    assert "qtbase_da.qm" in loaded and "desk_da.qm" in loaded
    window = StartWindow(settings)
    qtbot.addWidget(window)
    assert window.new_button.text() == "Ny workshop…"
    assert window.file_menu.title() == "&Filer"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuller"


def test_switching_language_while_running(language: Any, qtbot: Any, settings: Any, controller: Any, library: Library) -> None:
    language("da")
    workshop_id = make_workshop(library)
    start = StartWindow(settings)
    qtbot.addWidget(start)
    start.set_library(library, controller)
    desk = WorkshopWindow(controller, workshop_id, settings)
    qtbot.addWidget(desk)
    assert desk.tabs.tabText(0) == "Idétavle"
    assert desk.phase_panel.next_button.text() == "Næste fase ▶"
    language("en")
    QApplication.processEvents()  # LanguageChange is posted to every window
    assert start.new_button.text() == "New workshop…"
    assert desk.tabs.tabText(0) == "Idea board"
    assert desk.phase_panel.next_button.text() == "Next phase ▶"
    assert desk.people.deal_button.text() == "Deal role cards at random"
    assert desk.undo_action.text() == "Undo" and desk.undo_tool.text() == "Undo"
    assert desk.edit_menu.actions()[0] is desk.undo_action
    language("da")
    QApplication.processEvents()
    assert start.new_button.text() == "Ny workshop…"


def test_every_desk_string_is_translated_and_the_ts_is_current(tmp_path: Path) -> None:
    ts = I18N_DIR / "desk_da.ts"
    tree = ET.parse(ts)
    unfinished = [m.findtext("source") for m in tree.iter("message") if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *DESK_SOURCES, "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    wanted = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(fresh).iter("context") for m in c.iter("message")}
    have = {
        (c.findtext("name"), m.findtext("source"))
        for c in tree.iter("context")
        for m in c.iter("message")
        if m.find("translation").get("type") not in ("obsolete", "vanished")
    }
    assert wanted - have == set(), "run pyside6-lupdate (see ui/i18n.py) and translate the new strings"
    qm = I18N_DIR / "desk_da.qm"
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, "compile desk_da.ts with pyside6-lrelease"


def test_every_phones_string_is_translated_and_the_ts_is_current(tmp_path: Path, language: Any) -> None:
    """ui/phones (the inbox and the writing controls): phones_da.ts is complete, current
    with the sources, compiled, and loaded with the other areas' files."""
    assert "phones_da.qm" in language("da")
    ts = I18N_DIR / "phones_da.ts"
    tree = ET.parse(ts)
    unfinished = [m.findtext("source") for m in tree.iter("message") if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "ui" / "phones").glob("*.py"))]
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    wanted = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(fresh).iter("context") for m in c.iter("message")}
    have = {(c.findtext("name"), m.findtext("source")) for c in tree.iter("context") for m in c.iter("message")
            if m.find("translation").get("type") not in ("obsolete", "vanished")}
    assert wanted - have == set(), "run pyside6-lupdate ui/phones/*.py -target-language da_DK -ts ui/i18n/phones_da.ts and translate"
    qm = I18N_DIR / "phones_da.qm"
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, "compile phones_da.ts with pyside6-lrelease"


@pytest.mark.parametrize("text", ["Open", "&File", "Phase %1 of %2", "Deleted “%1”."])
def test_pseudo_keeps_placeholders_and_mnemonics(text: str) -> None:
    made = pseudo(text)
    assert len(made) >= len(text) * PSEUDO_SCALE
    for keep in ("%1", "%2", "&F"):
        if keep in text:
            assert keep in made
    assert made.startswith("[") and made.endswith("]")


def clipped(widgets: Iterable[QWidget]) -> list[str]:
    """Visible labels, buttons and check boxes narrower than their text needs, and
    wrapping labels lower than their lines need at their width."""
    found = []
    for widget in widgets:
        if not widget.isVisibleTo(widget.window()) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            if not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
                continue
            if widget.wordWrap():
                lines = widget.heightForWidth(widget.width())
                if widget.height() + 1 < lines:
                    found.append(f"QLabel {widget.text()!r}: {widget.height()} px high < {lines}")
                continue
            need = widget.sizeHint().width()
        elif isinstance(widget, QAbstractButton):
            if not widget.text():
                continue
            need = widget.minimumSizeHint().width() if isinstance(widget, QPushButton) else widget.sizeHint().width()
        else:
            continue
        if widget.width() + 1 < need:
            found.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} < {need}")
    return found


def test_the_clip_finder_finds_a_clipped_button(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    button = QPushButton("A rather long label for a small button", host)
    button.setGeometry(0, 0, 40, 30)
    host.show()
    assert clipped([button]) and not clipped([host])


@pytest.fixture
def pseudo_ui(language: Any, themed: Any) -> None:
    language("xx")


def shown(qtbot: Any, widget: QWidget) -> list[str]:
    qtbot.addWidget(widget)
    widget.show()
    QCoreApplication.processEvents()
    return clipped(widget.findChildren(QWidget))


def test_pseudo_language_start_window_has_no_clipped_labels(pseudo_ui: None, qtbot: Any, settings: Any, controller: Any, library: Library) -> None:
    make_workshop(library, "En workshop")
    window = StartWindow(settings)
    window.set_library(library, controller)
    assert window.new_button.text().startswith("[")
    assert shown(qtbot, window) == []
    empty = StartWindow(settings)
    empty.resize(1100, 700)
    empty.library = library
    empty._summaries = []
    empty._fill()
    empty._fill_welcome()
    assert shown(qtbot, empty) == []


def test_pseudo_language_dialogs_have_no_clipped_labels(pseudo_ui: None, qtbot: Any, settings: Any, controller: Any, library: Library) -> None:
    from app.queries import load_workshop
    from ui.start.new_workshop import WorkshopDetailsDialog

    assert shown(qtbot, NewWorkshopDialog(controller)) == []
    assert shown(qtbot, SettingsDialog(settings)) == []
    workshop = load_workshop(library, make_workshop(library))
    assert shown(qtbot, WorkshopDetailsDialog(controller, workshop)) == []


def test_pseudo_language_workshop_window_has_no_clipped_labels(pseudo_ui: None, qtbot: Any, settings: Any, controller: Any, sample_id: uuid.UUID) -> None:
    window = WorkshopWindow(controller, sample_id, settings)
    assert shown(qtbot, window) == []
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        QCoreApplication.processEvents()
        assert clipped(window.findChildren(QWidget)) == [], window.tabs.tabText(tab)
