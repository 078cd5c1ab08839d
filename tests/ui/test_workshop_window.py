"""The facilitator's desk: phases, timer, people and role cards, action plan, actions,
messages, and user text shown literally."""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from typing import Any

import pytest
from desk_helpers import ManualTime, choose_in_cell, make_workshop
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from app import operations
from app.library import Library
from app.queries import load_workshop
from ui.desk.window import WorkshopWindow
from ui.widgets import DateField

HOSTILE = ("<b>x</b>", "<img src=x>")


@pytest.fixture(autouse=True)
def _danish(language: Any) -> None:
    language("da")


@pytest.fixture
def open_window(qtbot: Any, controller: Any, settings: Any, manual_time: ManualTime) -> Any:
    def make(workshop_id: uuid.UUID) -> WorkshopWindow:
        window = WorkshopWindow(controller, workshop_id, settings, clock=manual_time)
        qtbot.addWidget(window)
        return window

    return make


def current_phase(library: Library, workshop_id: uuid.UUID) -> str:
    workshop = load_workshop(library, workshop_id)
    return next(p.name for p in workshop.phases if p.id == workshop.current_phase_id)


def test_phases_show_the_current_one_with_prompts_and_timebox(open_window: Any, sample_id: uuid.UUID) -> None:
    window = open_window(sample_id)
    panel = window.phase_panel
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert len(texts) == 5
    assert texts[1].startswith("●  2. Idé") and texts[0].startswith("○")
    assert panel.list.item(1).font().bold() and not panel.list.item(0).font().bold()
    assert panel.name_label.text() == "Nu: Idé"
    assert "Involver mennesker udefra" in panel.prompts_label.text()
    assert "minutter" in panel.timebox_label.text()
    assert window.windowTitle().startswith("Innovationsudvalget")


def test_next_and_back_move_the_phase_and_undo_restores(open_window: Any, sample_id: uuid.UUID, library: Library, controller: Any) -> None:
    window = open_window(sample_id)
    window.phase_panel.next_button.click()
    assert current_phase(library, sample_id) == "Test"
    assert window.phase_panel.name_label.text() == "Nu: Test"
    window.phase_panel.back_button.click()
    window.phase_panel.back_button.click()
    assert current_phase(library, sample_id) == "Udforsk"
    assert not window.phase_panel.back_button.isEnabled()
    controller.undo_stack.undo()
    assert current_phase(library, sample_id) == "Idé"
    controller.undo_stack.redo()
    assert current_phase(library, sample_id) == "Udforsk"
    # A click on a phase in the list goes there.
    window.phase_panel.list.itemClicked.emit(window.phase_panel.list.item(4))
    assert current_phase(library, sample_id) == "Værdi"
    assert not window.phase_panel.next_button.isEnabled()


def test_each_phase_starts_its_own_timebox(open_window: Any, sample_id: uuid.UUID, manual_time: ManualTime) -> None:
    window = open_window(sample_id)
    timer = window.timer
    asked: list[int] = []
    answers = [True, False]
    window.ask_restart_timer = lambda minutes: asked.append(minutes) or answers.pop(0)
    idea_minutes = window.phase_panel.current()[4]
    assert timer.remaining() == idea_minutes * 60
    timer.start()
    manual_time.advance(125)
    # Running: "Næste fase" asks, and the answer (the default) starts the phase's own time.
    window.phase_panel.next_button.click()
    test_minutes = window.phase_panel.current()[4]
    assert asked == [test_minutes] and test_minutes != idea_minutes
    assert timer.running and timer.remaining() == test_minutes * 60
    # Asked again, "keep the timer" keeps it running as it was.
    manual_time.advance(10)
    window.phase_panel.back_button.click()
    assert len(asked) == 2 and timer.running and timer.remaining() == test_minutes * 60 - 10
    # Not running: the next phase takes its timebox without a question.
    timer.pause()
    window.phase_panel.next_button.click()
    assert len(asked) == 2 and not timer.running and timer.remaining() == test_minutes * 60
    # In overtime the old time is over: the next phase starts its own, unasked.
    timer.start()
    manual_time.advance(test_minutes * 60 + 30)
    timer.tick()
    assert timer.text() == "+00:30"
    window.phase_panel.next_button.click()
    assert len(asked) == 2 and timer.running and timer.remaining() == window.phase_panel.current()[4] * 60


def test_the_timer_chimes_at_zero_unless_muted(open_window: Any, sample_id: uuid.UUID, manual_time: ManualTime,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(sample_id)
    played: list[bool] = []
    monkeypatch.setattr(window.chime, "play", lambda: played.append(True) or True)
    window.timer.start()
    manual_time.advance(10_000)
    window.timer.tick()
    assert played == [True]
    window.phase_panel.timer_widget.mute_button.click()
    window.phase_panel.timer_widget.reset_button.click()
    window.timer.start()
    manual_time.advance(10_000)
    window.timer.tick()
    assert played == [True]


def test_time_up_is_said_quietly(open_window: Any, sample_id: uuid.UUID, manual_time: ManualTime) -> None:
    window = open_window(sample_id)
    window.timer.start()
    manual_time.advance(10_000)
    window.timer.tick()
    assert window.status_message.text() == "Tiden er gået for denne fase."
    assert window.phase_panel.timer_widget.display.property("expired") is True


def test_deal_role_cards_at_random_and_by_hand(open_window: Any, sample_id: uuid.UUID, library: Library, controller: Any) -> None:
    operations.deal_roles(library, sample_id)  # start from a known dealing
    window = open_window(sample_id)
    window.people.deal_button.click()
    workshop = load_workshop(library, sample_id)
    dealt = sorted(p.role_card for p in workshop.participants if p.role_card)
    assert dealt == ["facilitator", "igangsaetter", "katalysator"]
    holders = window.people.role_cards["katalysator"][2].text()
    assert holders == next(p.name for p in workshop.participants if p.role_card == "katalysator")
    # By hand: the role column's combo box.
    row = next(r for r in range(window.people.table.rowCount()) if window.people.table.item(r, 0).text() == workshop.participants[0].name)
    offered = choose_in_cell(window.people.table, row, 3, "igangsaetter")
    assert offered == ["—", "Igangsætter", "Facilitator", "Katalysator"]
    assert load_workshop(library, sample_id).participants[0].role_card == "igangsaetter"
    assert window.people.table.item(row, 3).text() == "Igangsætter"
    controller.undo_stack.undo()
    assert load_workshop(library, sample_id).participants[0].role_card == workshop.participants[0].role_card


def test_participants_and_groups_are_edited_through_operations(open_window: Any, library: Library) -> None:
    workshop_id = make_workshop(library, table_groups=["Bord 1"], participants=[("Anne", "Hjemmeplejen")])
    window = open_window(workshop_id)
    people = window.people
    people.add_edit.setPlainText("Jonas Berg; Borgerservice\nSara Lund")
    people.add_group.setCurrentIndex(1)
    people.add_button.click()
    workshop = load_workshop(library, workshop_id)
    assert sorted(p.name for p in workshop.participants) == ["Anne", "Jonas Berg", "Sara Lund"]
    assert {p.name for p in workshop.participants if p.table_group_id} == {"Jonas Berg", "Sara Lund"}
    assert people.add_edit.toPlainText() == ""
    people.table.item(0, 0).setText("Anne Holm")
    assert load_workshop(library, workshop_id).participants[0].name == "Anne Holm"
    group_id = str(load_workshop(library, workshop_id).table_groups[0].id)
    choose_in_cell(people.table, 0, 2, group_id)
    assert str(load_workshop(library, workshop_id).participants[0].table_group_id) == group_id
    assert people.table.item(0, 2).text() == "Bord 1"
    choose_in_cell(people.table, 0, 2, None)
    assert load_workshop(library, workshop_id).participants[0].table_group_id is None
    people.group_edit.setText("Bord 2")
    people.group_button.click()
    assert [g.name for g in load_workshop(library, workshop_id).table_groups] == ["Bord 1", "Bord 2"]
    assert people.groups_list.count() == 2
    people.table.selectRow(2)
    people.remove_button.click()
    assert len(load_workshop(library, workshop_id).participants) == 2


def test_a_bad_line_is_explained_and_the_text_kept(open_window: Any, library: Library) -> None:
    workshop_id = make_workshop(library)
    window = open_window(workshop_id)
    window.people.add_edit.setPlainText("Jonas; Borgerservice\n;uden navn")
    window.people.add_button.click()
    assert "Linje 2" in window.status_message.text()
    assert window.status_message.property("role") == "error"
    assert window.people.add_edit.toPlainText() == "Jonas; Borgerservice\n;uden navn"
    assert load_workshop(library, workshop_id).participants == []


def test_a_refused_operation_is_shown_in_the_status_bar(open_window: Any, library: Library) -> None:
    workshop_id = make_workshop(library)
    window = open_window(workshop_id)
    window.people.group_edit.setText("   ")
    window.people.group_button.click()
    assert "må ikke være tom" in window.status_message.text()


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the calendar popup, offscreen
def test_action_plan_chooses_ideas_and_saves_every_field(open_window: Any, library: Library, controller: Any,
                                                         qtbot: Any) -> None:
    workshop_id = make_workshop(library)
    operations.add_idea(library, workshop_id, "Lån en kollega")
    second = operations.add_idea(library, workshop_id, "Fælles kalender").subject
    window = open_window(workshop_id)
    plan = window.plan
    assert plan.idea_box.count() == 0  # filled only when the plan is looked at
    window.show()
    window.tabs.setCurrentIndex(window.PLAN_TAB)
    assert plan.idea_box.count() == 2
    plan.idea_box.setCurrentIndex(plan.idea_box.findData(str(second)))
    plan.add_button.click()
    assert plan.table.rowCount() == 1 and plan.table.item(0, 1).text() == "Fælles kalender"
    assert plan.idea_box.count() == 1
    plan.table.item(0, 2).setText("Mette")
    plan.table.item(0, 3).setText("Prøv i to uger på én afdeling")
    date = plan.table.cellWidget(0, 4)
    assert isinstance(date, DateField)
    assert date.edit.text() == ""  # no date yet
    date.open_calendar()  # on today, not on January 2000
    today = dt.date.today()
    assert (date.calendar.yearShown(), date.calendar.monthShown()) == (today.year, today.month)
    date.calendar.hide()
    qtbot.keyClicks(date.edit, "1. april 2026")
    qtbot.keyClick(date.edit, Qt.Key.Key_Return)
    assert date.edit.text() == "01.04.2026"  # shown back as it was understood
    value = plan.table.cellWidget(0, 5)
    assert isinstance(value, QComboBox)
    value.setCurrentIndex(value.findData("samme-service-faerre-ressourcer"))
    action = load_workshop(library, workshop_id).actions[0]
    assert (action.owner, action.first_test, action.due, action.added_value) == (
        "Mette", "Prøv i to uger på én afdeling", dt.date(2026, 4, 1), "samme-service-faerre-ressourcer",
    )
    plan.table.selectRow(0)
    plan.remove_button.click()
    assert load_workshop(library, workshop_id).actions == []
    controller.undo_stack.undo()
    assert load_workshop(library, workshop_id).actions[0].owner == "Mette"


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_shows_literally(open_window: Any, library: Library, text: str) -> None:
    workshop_id = make_workshop(library, title=text, question=text, participants=[(text, text)], table_groups=[text])
    idea = operations.add_idea(library, workshop_id, text).subject
    assert idea is not None
    operations.set_action(library, idea, owner=text, first_test=text)
    person = load_workshop(library, workshop_id).participants[0]
    operations.assign_role(library, person.id, "facilitator")
    window = open_window(workshop_id)
    assert window.windowTitle() == f"{text} – Samskab"
    assert window.question_label.text() == text
    for label in window.findChildren(QLabel):
        if text in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    assert window.people.table.item(0, 0).text() == text
    assert window.people.role_cards["facilitator"][2].text() == text
    assert window.plan.table.item(0, 1).text() == text
    assert window.plan.table.item(0, 2).text() == text
    assert window.people.groups_list.item(0).text().startswith(text)
    assert choose_in_cell(window.people.table, 0, 2, None)[1] == text


def test_actions_use_the_standard_keys(open_window: Any, sample_id: uuid.UUID, controller: Any) -> None:
    window = open_window(sample_id)
    standard = {
        window.undo_action: QKeySequence.StandardKey.Undo,
        window.delete_action: QKeySequence.StandardKey.Delete,
        window.find_action: QKeySequence.StandardKey.Find,
        window.zoom_in_action: QKeySequence.StandardKey.ZoomIn,
        window.zoom_out_action: QKeySequence.StandardKey.ZoomOut,
    }
    for action, key in standard.items():
        assert action.shortcut() == QKeySequence.keyBindings(key)[0]
    assert QKeySequence("Ctrl+Y") in window.redo_action.shortcuts()
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
        assert key in window.redo_action.shortcuts()
    window.phase_panel.next_button.click()
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "Fortryd Gå til fasen Test"
    assert window.undo_tool.isEnabled() and window.undo_tool.text() == "Fortryd"
    window.undo_tool.trigger()
    assert window.phase_panel.name_label.text() == "Nu: Idé"
    assert window.redo_action.text() == "Omgør Gå til fasen Test"
    window.redo_action.trigger()
    window.undo_action.trigger()
    assert window.phase_panel.name_label.text() == "Nu: Idé"


def test_find_filters_the_board(open_window: Any, sample_id: uuid.UUID, qtbot: Any) -> None:
    window = open_window(sample_id)
    window.show()
    window.find_action.trigger()
    assert window.find_edit.hasFocus() or window.tabs.currentIndex() == window.BOARD_TAB
    seen: list[str] = []
    window.board.set_filter = lambda text="", *a, **k: seen.append(text)  # type: ignore[method-assign]
    qtbot.keyClicks(window.find_edit, "data")
    assert seen[-1] == "data"


def test_deleting_the_workshop_elsewhere_closes_its_window(open_window: Any, library: Library, qtbot: Any) -> None:
    workshop_id = make_workshop(library)
    window = open_window(workshop_id)
    window.show()
    changes = operations.delete_workshop(library, workshop_id)
    with qtbot.waitSignal(window.window_did_close):
        window.external_changes(changes)
    assert not window.isVisible()


def test_delete_in_the_participant_list_does_not_delete_notes(open_window: Any, sample_id: uuid.UUID, library: Library, qtbot: Any) -> None:
    window = open_window(sample_id)
    window.show()
    window.board.select_ideas([load_workshop(library, sample_id).ideas[0].id])
    window.tabs.setCurrentIndex(window.PEOPLE_TAB)
    window.people.table.setFocus()
    window.people.table.selectRow(0)
    qtbot.keyClick(window.people.table, Qt.Key.Key_Delete)
    assert len(load_workshop(library, sample_id).ideas) == 31
    window.tabs.setCurrentIndex(window.BOARD_TAB)
    window.delete_action.trigger()  # from the menu: deletes the selected note
    assert len(load_workshop(library, sample_id).ideas) == 30


def test_a_new_idea_reaches_the_hidden_action_plan_when_it_is_shown(open_window: Any, library: Library, controller: Any) -> None:
    workshop_id = make_workshop(library)
    window = open_window(workshop_id)
    window.show()
    controller.run("add", operations.add_idea, workshop_id, "Ny idé fra bord 2")
    assert window._plan_stale  # capturing did not reload the plan behind the board
    window.tabs.setCurrentIndex(window.PLAN_TAB)
    assert [window.plan.idea_box.itemText(i) for i in range(window.plan.idea_box.count())] == ["1. Ny idé fra bord 2"]


def test_note_text_size_comes_from_the_settings(qtbot: Any, controller: Any, settings: Any, sample_id: uuid.UUID) -> None:
    settings.note_font_size = 22
    window = WorkshopWindow(controller, sample_id, settings)
    qtbot.addWidget(window)
    note = window.board.notes()[0]
    assert note._font.pixelSize() == 22  # noqa: SLF001 - what the note paints with
    window.ensure_projector()
    qtbot.addWidget(window.projector)
    assert window.projector_board.notes()[0]._font.pixelSize() == 25  # the projector paints larger


def test_workshop_details_are_edited_and_bad_input_keeps_the_dialog(open_window: Any, library: Library, qtbot: Any) -> None:
    from ui.start.new_workshop import WorkshopDetailsDialog

    workshop_id = make_workshop(library, "Gammel titel", date=dt.date(2026, 3, 1))
    window = open_window(workshop_id)
    dialog = WorkshopDetailsDialog(window.controller, window.workshop, window)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Gammel titel" and not dialog.no_date.isChecked()
    dialog.title_edit.setText("   ")
    dialog.notes_edit.setPlainText("Husk at ringe til borgmesteren")
    dialog.save()
    assert dialog.result() == 0 and "Titlen må ikke være tom" in dialog.error_label.text()
    assert dialog.notes_edit.toPlainText() == "Husk at ringe til borgmesteren"
    dialog.title_edit.setText("<b>Ny titel</b>")
    dialog.no_date.setChecked(True)
    dialog.save()
    workshop = load_workshop(library, workshop_id)
    assert (workshop.title, workshop.date, workshop.notes) == ("<b>Ny titel</b>", None, "Husk at ringe til borgmesteren")
    assert window.windowTitle() == "<b>Ny titel</b> – Samskab"
    window.controller.undo_stack.undo()
    assert load_workshop(library, workshop_id).title == "Gammel titel"


def test_titles_with_qt_markers_show_as_typed(qtbot, library, controller, settings) -> None:  # type: ignore[no-untyped-def]
    """A workshop title with "[*]" and a phase name with "&" are not eaten by Qt's
    window-title placeholder or menu shortcut markers."""
    from app import operations
    from app.templates import load_templates
    from ui.desk.window import WorkshopWindow

    workshop_id = operations.create_workshop(library, load_templates()["hverdagsinnovation"], title="Plan [*] & mål").subject
    window = WorkshopWindow(controller, workshop_id, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.windowHandle() is not None and "[*]" in window.windowHandle().title())
    assert window.windowHandle().title().startswith("Plan [*] & mål")
    controller.run("Rename to Børn & unge", operations.update_workshop, workshop_id, title="Børn & unge")
    assert controller.undo_stack.undoText() == "Rename to Børn && unge"  # shown as "&" in the menu


# -- the window's places for other areas, and its areas imported directly ---------------------


def test_other_areas_extend_the_window_through_its_places(open_window: Any, library: Library, language: Any,
                                                          qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget

    window = open_window(make_workshop(library))
    extra = QWidget()
    index = window.add_tab(extra, lambda: "Extra " + window.tr("Votes"))
    assert window.tabs.widget(index) is extra and window.tabs.tabText(index) == "Extra Afstemninger"
    menu = QMenu("Mine", window)
    window.add_menu(menu)
    action = window.add_toolbar_menu(menu)
    assert window.menuBar().actions()[-2] is menu.menuAction() is action  # before Help, which stays last
    assert window.toolbar.actions()[-1] is action
    button = window.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton) and button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
    status = QWidget()
    window.add_status_widget(status)
    assert status.parent() is window.statusBar()
    # The titles of tabs added by others follow the language, as the desk's own do.
    language("en")
    QApplication.processEvents()  # LanguageChange is posted to every window
    assert window.tabs.tabText(index) == "Extra Votes"
    assert window.tabs.tabText(window.BOARD_TAB) == "Idea board"


def test_the_sharing_menu_attaches_through_the_windows_places(open_window: Any, library: Library) -> None:
    window = open_window(make_workshop(library))
    sharing = window.sharing
    assert window.menuBar().actions()[-2:] == [sharing.menu.menuAction(), window.help_menu.menuAction()]
    assert window.toolbar.actions()[-1] is sharing.tool_action
    assert sharing.status_label.parent() is window.statusBar()
    # It says what it has to say on the window's message line.
    sharing.message("Hej")
    assert window.status_message.text() == "Hej"


def test_a_broken_area_fails_at_import_instead_of_being_replaced(tmp_path: Any) -> None:
    """The board, capture line and votes are imported directly: a mistake in one of them
    is an error at once, not a desk that quietly says "not installed"."""
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    for area in ("ui.board.view", "ui.board.capture", "ui.voting.panel", "ui.voting.projector"):
        code = f"import sys; sys.modules[{area!r}] = None\nimport ui.desk.window"
        result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=120,
                                env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
        assert result.returncode != 0 and f"import of {area} halted" in result.stderr, area


def test_no_module_probes_another_window() -> None:
    """Windows are extended through their places; nothing guesses at their attributes
    or edits their layouts from outside."""
    import re
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "ui"
    probing = re.compile(r"\b(getattr|hasattr|insert_beside|_layout_holding)\(")
    found = [f"{path.relative_to(ui)}:{number}: {line.strip()}"
             for area in ("desk", "sharing", "voting")
             for path in sorted((ui / area).glob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if probing.search(line)]
    assert found == []


# -- keys ---------------------------------------------------------------------------------

def active_keys(window: Any) -> dict[str, list[str]]:
    """Every key that an action or QShortcut of ``window`` answers to while the window is
    in front, with the actions' names: menus, toolbars and widgets' own actions. A
    WidgetShortcut is live only while its own widget has focus, so it is keyed with that
    widget's name (two keys clash only where both are live at once)."""
    from PySide6.QtGui import QAction, QShortcut

    def where(context: Qt.ShortcutContext, widgets: list[Any]) -> str:
        if context != Qt.ShortcutContext.WidgetShortcut:
            return ""
        return " @" + ",".join(sorted(f"{type(w).__name__}:{id(w)}" for w in widgets))

    keys: dict[str, list[str]] = {}
    for action in {*window.findChildren(QAction), *window.actions()}:
        if not action.associatedObjects():
            continue  # in no menu, toolbar or widget: never triggered by a key
        scope = where(action.shortcutContext(), list(action.associatedObjects()))
        for sequence in action.shortcuts():
            keys.setdefault(sequence.toString() + scope, []).append(action.text() or action.objectName())
    for shortcut in window.findChildren(QShortcut):
        scope = where(shortcut.context(), [shortcut.parent()])
        for sequence in shortcut.keys():
            keys.setdefault(sequence.toString() + scope, []).append(shortcut.whatsThis() or "QShortcut")
    return keys


def test_no_key_means_two_things(open_window: Any, sample_id: uuid.UUID) -> None:
    window = open_window(sample_id)
    window.ensure_projector()
    for each in (window, window.projector):
        twice = {key: names for key, names in active_keys(each).items() if len(names) > 1}
        assert twice == {}
    # The capture line's "no table group" is not the board's Ctrl+0 ("Vis hele tavlen").
    assert "Ctrl+0" in active_keys(window) and window.fit_action.shortcut() == QKeySequence("Ctrl+0")
    assert ("Alt+0", "Ingen bordgruppe til de næste sedler") in [(k, t) for _a, k, t in window.key_help()]


def press(qtbot: Any, widget: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: widget.window().isActiveWindow())
    widget.setFocus()
    qtbot.keyClick(widget, key, modifiers)


def test_alt_arrows_move_the_phase_from_anywhere(open_window: Any, sample_id: uuid.UUID, library: Library, qtbot: Any) -> None:
    window = open_window(sample_id)
    window.show()
    qtbot.waitExposed(window)
    for widget in (window.board, window.capture.edit, window.find_edit, window.phase_panel.list):
        before = current_phase(library, sample_id)
        press(qtbot, widget, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        assert current_phase(library, sample_id) != before, widget
        press(qtbot, widget, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        assert current_phase(library, sample_id) == before, widget
    # Ctrl+0 in the capture line fits the board; Alt+0 there picks no table group.
    fitted: list[bool] = []
    window.board.fit_all = lambda: fitted.append(True)  # type: ignore[method-assign]
    window.capture.choose_group(1)
    press(qtbot, window.capture.edit, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert fitted == [True] and window.capture.group_id() is not None
    press(qtbot, window.capture.edit, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert window.capture.group_id() is None


def test_ctrl_q_quits_from_the_desk_and_the_projector(open_window: Any, sample_id: uuid.UUID, qtbot: Any) -> None:
    window = open_window(sample_id)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.quit_did_get_requested):
        press(qtbot, window.board, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    window.set_projector_shown(True)
    projector = window.projector
    assert projector is not None
    qtbot.waitExposed(projector)
    with qtbot.waitSignal(window.quit_did_get_requested):
        press(qtbot, projector, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def test_one_key_hides_and_shows_the_role_card(open_window: Any, sample_id: uuid.UUID) -> None:
    from ui.desk.projector import ProjectorWindow

    window = open_window(sample_id)
    assert window.hide_role_action.shortcut() == QKeySequence("Ctrl+K")
    window.people.role_cards["katalysator"][3].click()
    projector = window.projector
    assert projector is not None and projector.page == ProjectorWindow.ROLE
    window.hide_role_action.trigger()
    assert projector.page != ProjectorWindow.ROLE
    window.hide_role_action.trigger()  # the last card again
    assert projector.page == ProjectorWindow.ROLE


def test_the_shortcut_sheet_lists_every_key_by_area(open_window: Any, sample_id: uuid.UUID, qtbot: Any, language: Any) -> None:
    from ui.desk.shortcuts import ShortcutSheet

    window = open_window(sample_id)
    assert window.shortcuts_action.text() == "Tastaturgenveje"
    assert window.shortcuts_action in window.help_menu.actions()
    sheet = ShortcutSheet(window, window.key_help())
    qtbot.addWidget(sheet)
    rows = sheet.rows()
    listed = {(keys, text) for _area, keys, text in rows}
    areas = {area for area, _keys, _text in rows}
    assert ("Alt+Højre", "Næste fase") in listed
    assert ("Ctrl+K", "Vis eller skjul rollekort") in listed
    assert ("Ctrl+0", "Vis hele tavlen") in listed
    assert ("Alt+0", "Ingen bordgruppe til de næste sedler") in listed
    assert {"Workshop", "Projektor", "Vis", "Idétavle"} <= areas
    # Every action with a key is listed: the sheet cannot drift from the keys.
    from PySide6.QtGui import QAction

    for action in window.findChildren(QAction):
        if action.shortcuts() and action.text():
            shown = action.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText)
            assert any(keys.startswith(shown) for keys, _text in listed), action.text()
    language("en")
    QApplication.processEvents()  # the window re-words its actions
    english = ShortcutSheet(window, window.key_help())
    qtbot.addWidget(english)
    assert english.windowTitle() == "Keyboard shortcuts"
    assert ("Alt+Right", "Next phase") in {(keys, text) for _a, keys, text in english.rows()}


def test_the_layout_holds_still_between_phases(open_window: Any, library: Library, qtbot: Any) -> None:
    """A template with long prompts in its first phase: the phase panel, the tabs and
    the participant columns keep their widths in every phase; names are never cut."""
    people = [("Anne-Marie Søndergaard Christiansen", "Gentofte Kommune, Ældre og Sundhed"),
              ("Nguyễn Thị Hương", "Borger"), ("Ahmad Rahimi", "Gentofte HF")]
    workshop_id = make_workshop(library, "Lange spørgsmål", "samarbejdsdrevet-innovation", participants=people)
    window = open_window(workshop_id)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.people)
    panel = window.phase_panel
    assert max(len(p) for p in panel.current()[3]) > 60  # long prompts in phase 1
    widths = []
    for index in range(panel.count()):
        window.go_to_phase(panel.phase_id(index))
        QApplication.processEvents()
        table = window.people.table
        widths.append((window.dock.width(), window.tabs.width(), table.columnWidth(0), table.columnWidth(1)))
        metrics = table.fontMetrics()
        for row in range(table.rowCount()):
            name = table.item(row, 0).text()
            assert metrics.horizontalAdvance(name) < table.columnWidth(0) - 8, name  # shown whole, not "A…"
        assert panel.prompts_label.width() <= window.dock.width()  # the prompts wrap instead
    assert len(set(widths)) == 1, widths
