"""Translations: Danish by default (our strings and Qt's own), English at run time, and
the pseudo-language that finds labels too narrow for longer words."""

from __future__ import annotations

import json
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
from PySide6.QtCore import QCoreApplication, QEvent
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
from ui.i18n import CATALOGS, I18N_DIR, PSEUDO_SCALE, pseudo
from ui.start.new_workshop import NewWorkshopDialog
from ui.start.settings_dialog import SettingsDialog
from ui.start.window import StartWindow

ROOT = Path(__file__).resolve().parent.parent.parent


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


def catalog_sources(area: str) -> list[str]:
    return [str(p.relative_to(ROOT)) for pattern in CATALOGS[area] for p in sorted(ROOT.glob(pattern))]


def messages(ts: Path) -> dict[tuple[str | None, str | None], ET.Element]:
    tree = ET.parse(ts)
    return {(c.findtext("name"), m.findtext("source")): m for c in tree.iter("context") for m in c.iter("message")
            if m.find("translation").get("type") not in ("obsolete", "vanished")}


@pytest.mark.parametrize("area", sorted(CATALOGS))
def test_every_string_is_translated_and_the_files_are_current(area: str, tmp_path: Path, language: Any) -> None:
    """Each area's ``*_da.ts`` holds every string of its sources (ui.i18n.CATALOGS),
    translated; its ``*_en.ts`` both plural forms of every "%n" string; both compiled
    and loaded. ``make translations`` brings them up to date."""
    assert f"{area}_da.qm" in language("da") and f"{area}_en.qm" in language("en")
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    for options, suffix in (((), "da"), (("-pluralonly",), "en")):
        fresh = tmp_path / f"fresh_{suffix}.ts"
        subprocess.run([lupdate, *catalog_sources(area), *options, "-ts", str(fresh)], cwd=ROOT, check=True,
                       capture_output=True)
        wanted = set(messages(fresh))
        ts = I18N_DIR / f"{area}_{suffix}.ts"
        have = messages(ts)
        assert wanted - set(have) == set(), f"run make translations: {ts.name} lacks strings"
        unfinished = [key for key in wanted if have[key].find("translation").get("type") == "unfinished"]
        assert unfinished == [], f"translate these in {ts.name} (then make translations)"
        for key in wanted:
            if have[key].get("numerus") == "yes":
                forms = [f.text or "" for f in have[key].iter("numerusform")]
                assert len(forms) == 2 and all(forms), (ts.name, key)
        qm = ts.with_suffix(".qm")
        assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, f"run make translations: {qm.name} is older"


@pytest.mark.parametrize(("language_code", "one", "two"), [("da", "1 idé", "2 idéer"), ("en", "1 idea", "2 ideas")])
def test_plural_forms_in_both_languages(language: Any, language_code: str, one: str, two: str) -> None:
    from ui.start.window import StartWindow

    language(language_code)
    assert StartWindow.tr("%n idea(s)", "", 1) == one
    assert StartWindow.tr("%n idea(s)", "", 2) == two


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


def test_pseudo_language_plan_editor_has_no_clipped_labels(pseudo_ui: None, qtbot: Any, controller: Any, library: Library) -> None:
    from ui.plan.editor import PlanDialog
    from ui.plan.save import SaveTemplateDialog

    workshop_id = make_workshop(library)
    editor = PlanDialog(controller, workshop_id)
    assert shown(qtbot, editor) == []
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        QCoreApplication.processEvents()
        assert clipped(editor.findChildren(QWidget)) == [], editor.tabs.tabText(tab)
    assert shown(qtbot, SaveTemplateDialog(controller, workshop_id, "X")) == []


def test_the_funnel_and_the_deck_speak_danish(language: Any) -> None:
    from ui.deck.deck import DeckCardView
    from ui.questions.funnel import FunnelProjection

    assert "questions_da.qm" in language("da")
    view = DeckCardView()
    view.show_card("Hvad gør vi så?", "Konstruere trusler")
    assert view.kicker.text() == "KATALYSATORENS KORT"
    projection = FunnelProjection()
    projection.show_candidates([])
    assert projection.title.text() == "Jagten på det gode innovationsspørgsmål"
    assert projection.footer.text() == "0 kasseret"
# -- one language at a time ------------------------------------------------------------

#: Words only Danish uses (English mode must show none of them outside user content).
DANISH_WORDS = {
    "og", "ikke", "personer", "ingen", "bord", "bordgruppe", "idé", "idéer", "ide", "ideer", "side",
    "sider", "fase", "faser", "stemme", "stemmer", "vis", "tilføj", "fjern", "luk", "åbn", "af", "til", "på",
    "med", "nu", "tavle", "tavlen", "deltagere", "roller", "handlingsplan", "afstemning", "afstemninger",
    "lyd", "fra", "nulstil", "tilbage", "næste", "forrige", "mere", "færre", "samme", "ressourcer",
    "igangsætter", "katalysator", "noter", "note", "tema", "temaer", "antal", "stemt", "gem", "optælling",
}
#: Words only English uses (Danish mode must show none of them outside user content).
ENGLISH_WORDS = {
    "the", "and", "of", "no", "people", "ideas", "idea", "pages", "page", "phases", "phase", "show",
    "add", "remove", "table", "group", "close", "open", "reset", "sound", "vote", "votes", "undo", "redo",
    "next", "back", "previous", "board", "participants", "roles", "action", "file", "edit", "view",
    "look", "files", "name", "save", "cancel", "starter", "catalyst", "more", "fewer", "same",
    "resources", "notes", "theme", "themes", "count", "voted", "with", "on", "off", "hands",
}


def user_texts(library: Library) -> list[str]:
    """Every text stored in the library (the workshop's own words: user content, shown
    as typed in any language), longest first."""
    from sqlalchemy import inspect, text

    found: set[str] = set()
    with library.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                for value in row:
                    if not isinstance(value, str) or not value.strip():
                        continue
                    try:  # lists (prompts, tags) are stored as JSON
                        parts = json.loads(value) if value.startswith("[") else [value]
                    except ValueError:
                        parts = [value]
                    for part in parts:
                        if isinstance(part, str):
                            found.update(line.strip() for line in part.splitlines() if line.strip())
                            found.add(" ".join(part.split()))  # as one line (a combo box shows it so)
    return sorted(found, key=len, reverse=True)


def widget_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for what a widget shows or says: labels, buttons, tabs, combo
    items, table and list items and headers, placeholders, group titles, tooltips,
    accessible names, actions (menus)."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QGroupBox,
        QLineEdit,
        QListView,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
    )

    out: list[tuple[str, str]] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        name = f"{type(widget).__name__}({widget.objectName()})"
        texts = [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QAbstractSpinBox):
            texts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            # A list model's columnCount is private in Qt: a list has one column.
            columns = 1 if isinstance(widget, QListView) else model.columnCount(QModelIndex())
            rows = model.rowCount(QModelIndex())
            texts += [str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(columns)]
            for row in range(rows):
                texts += [str(model.index(row, column).data() or "") for column in range(columns)]
        out += [(name, t) for t in texts if t]
    for action in window.findChildren(QAction):
        out += [("QAction", t) for t in (action.text(), action.toolTip()) if t]
    return out


def foreign_words(window: QWidget, library: Library, foreign: set[str], letters: str = "") -> list[str]:
    """Texts of ``window`` with words of the other language, user content left out."""
    import re

    own = user_texts(library)
    found = []
    for where, shown_text in widget_texts(window):
        # User text cut short with "…" (a combo box of ideas): its shown start.
        rest = re.sub(r"[^…\n]*…", lambda m: " " if any(u.startswith(m.group(0)[:-1].split(". ", 1)[-1].strip()) for u in own) else m.group(0), shown_text)
        for user in own:
            if user in rest:
                rest = rest.replace(user, " ")
        rest = re.sub(r"<[^>]+>", " ", rest)  # rich text tags
        words = {w.lower() for w in re.findall(r"[^\W\d_]+", rest)}
        if words & foreign or any(letter in rest for letter in letters):
            found.append(f"{where}: {shown_text!r} ({sorted(words & foreign)})")
    return found


def walk_desk(window: WorkshopWindow) -> list[QWidget]:
    """The desk on each tab (and the board's capture line) in turn."""
    pages = []
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        QCoreApplication.processEvents()
        pages.append(window)
    return pages


@pytest.mark.parametrize(("first", "then", "foreign", "letters"), [
    ("da", "en", DANISH_WORDS, "æøåÆØÅ"),
    ("en", "da", ENGLISH_WORDS, ""),
])
def test_one_language_at_a_time_after_switching(language: Any, qtbot: Any, settings: Any, controller: Any, library: Library,
                                                sample_id: uuid.UUID, first: str, then: str, foreign: set[str], letters: str) -> None:
    from app.operations.voting import open_round

    open_round(library, sample_id, "dots", budget=3)  # the votes tab with its ways of voting
    language(first)
    start = StartWindow(settings)
    start.set_library(library, controller)
    start.select(sample_id)
    desk = WorkshopWindow(controller, sample_id, settings)
    for window in (start, desk):
        qtbot.addWidget(window)
        window.show()
    language(then)
    controller.language = then  # as ui.application.Desk.set_language does
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # actions made again
    problems = foreign_words(start, library, foreign, letters)
    for tab in range(desk.tabs.count()):
        desk.tabs.setCurrentIndex(tab)
        QCoreApplication.processEvents()
        problems += [f"tab {tab}: {p}" for p in foreign_words(desk, library, foreign, letters)]
    assert all(label.text() for label in desk.voting.form_labels)
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize(("code", "wanted", "unwanted"), [
    ("da", ["Kig i:", "Filer af typen:", "Filnavn:", "Annuller"], ["Look in:", "Files of type:", "File name:", "Cancel"]),
    ("en", ["Look in:", "Files of type:", "File name:", "Cancel"], ["Kig i:", "Filer af typen:", "Filnavn:", "Annuller"]),
])
def test_qt_file_dialog_speaks_the_chosen_language(language: Any, qtbot: Any, code: str, wanted: list[str], unwanted: list[str]) -> None:
    """Qt's own dialogs follow the app's language (qtbase_da.qm), not the system's."""
    from PySide6.QtWidgets import QFileDialog

    language(code)
    dialog = QFileDialog(None, "x", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [w.text().replace("&", "") for w in [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]]
    for text in wanted:
        assert text in texts
    for text in unwanted:
        assert text not in texts
