"""The plan editor at the desk: phases, statements and criteria edited through the core,
undone at the desk, shown on the projector; refusals keep what was typed."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from desk_helpers import ManualTime, make_workshop
from PySide6.QtCore import Qt

from app import operations
from app.library import Library
from app.queries import load_workshop
from ui.desk.window import WorkshopWindow
from ui.plan.editor import PlanDialog


@pytest.fixture(autouse=True)
def _danish(language: Any) -> None:
    language("da")


@pytest.fixture
def window(qtbot: Any, controller: Any, settings: Any, manual_time: ManualTime, library: Library) -> WorkshopWindow:
    desk = WorkshopWindow(controller, make_workshop(library), settings, clock=manual_time)
    qtbot.addWidget(desk)
    return desk


def phase_names(library: Library, workshop_id: uuid.UUID) -> list[str]:
    return [p.name for p in sorted(load_workshop(library, workshop_id).phases, key=lambda p: p.position)]


@pytest.fixture
def open_editor() -> Iterator[Any]:
    opened: list[PlanDialog] = []

    def make(window: WorkshopWindow) -> PlanDialog:
        window.plan_action.trigger()
        editor = window.plan_editor
        assert isinstance(editor, PlanDialog) and editor.isVisible()
        opened.append(editor)
        return editor

    yield make
    for editor in opened:
        editor.hide()  # a shown editor of an earlier test would take the next one's shortcuts


def test_the_plan_opens_from_the_workshop_menu_and_every_control_has_a_name(window: WorkshopWindow, open_editor: Any) -> None:
    assert window.plan_action in window.workshop_menu.actions()
    assert window.plan_action.text() == "Plan: faser, udsagn, kriterier…"
    editor = open_editor(window)
    assert [editor.tabs.tabText(i) for i in range(3)] == ["Faser", "Udsagn", "Kriterier"]
    for part in editor.parts:
        for widget in (part.list, part.add_button, part.remove_button, part.up_button, part.down_button):
            assert widget.accessibleName(), widget
    assert editor.phases.name_edit.accessibleName() == "Fasens navn"
    window.plan_action.trigger()
    assert window.plan_editor is editor  # one editor per desk


def test_a_phase_is_renamed_retimed_and_reprompted_and_the_desk_and_projector_follow(
    window: WorkshopWindow, library: Library, qtbot: Any, open_editor: Any
) -> None:
    window.set_projector_shown(True)
    editor = open_editor(window)
    part = editor.phases
    assert part.list.currentRow() == 0
    part.name_edit.setText("Undren")
    part.timebox.setValue(42)
    part.prompts_edit.setPlainText("Hvad undrer jer?\n\n  Hvem mangler vi?  ")
    with qtbot.waitSignal(window.controller.changes_did_happen):
        qtbot.mouseClick(part.save_button, Qt.MouseButton.LeftButton)
    phase = sorted(load_workshop(library, window.workshop_id).phases, key=lambda p: p.position)[0]
    assert (phase.name, phase.timebox_minutes, phase.prompts) == ("Undren", 42, ["Hvad undrer jer?", "Hvem mangler vi?"])
    assert window.phase_panel.name_label.text() == "Nu: Undren"
    assert window.projector is not None and "Undren" in window.projector.phase_label.text()
    assert "Hvem mangler vi?" in window.projector.prompts_label.text()
    assert part.list.item(0).text().startswith("1. Undren  ·  42 min")
    window.controller.undo_stack.undo()
    assert phase_names(library, window.workshop_id)[0] != "Undren"
    assert part.name_edit.text() == phase_names(library, window.workshop_id)[0]


def test_phases_are_added_and_reordered_with_the_keyboard(window: WorkshopWindow, library: Library, qtbot: Any, open_editor: Any) -> None:
    editor = open_editor(window)
    part = editor.phases
    before = phase_names(library, window.workshop_id)
    qtbot.mouseClick(part.add_button, Qt.MouseButton.LeftButton)
    assert phase_names(library, window.workshop_id) == [before[0], "Ny fase", *before[1:]]
    assert part.name_edit.hasFocus() or part.name_edit.selectedText() == "Ny fase"
    part.name_edit.setText("Frokost")
    part.list.setFocus()
    qtbot.keyClick(part.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # saves, then moves up
    assert phase_names(library, window.workshop_id)[:2] == ["Frokost", before[0]]
    assert part.current_id() is not None and part.list.currentRow() == 0
    qtbot.keyClick(part.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert phase_names(library, window.workshop_id)[:2] == [before[0], "Frokost"]
    # The running phase cannot be removed: the button says so by being off.
    part.list.setCurrentRow(0)
    assert not part.remove_button.isEnabled()
    part.list.setCurrentRow(1)
    qtbot.mouseClick(part.remove_button, Qt.MouseButton.LeftButton)
    assert phase_names(library, window.workshop_id) == before


def test_a_refused_edit_keeps_the_typing_and_says_why(window: WorkshopWindow, library: Library, open_editor: Any) -> None:
    editor = open_editor(window)
    part = editor.phases
    part.name_edit.setText("   ")
    part.list.setCurrentRow(1)  # leaving the row tries to save
    assert part.list.currentRow() == 0 and part.name_edit.text() == "   "
    assert editor.error_label.isVisible() and "Fasens navn må ikke være tom" in editor.error_label.text()
    editor.reject()  # closing tries too, and stays open
    assert editor.isVisible()
    part.name_edit.setText("Rettet")
    editor.reject()
    assert not editor.isVisible()
    assert phase_names(library, window.workshop_id)[0] == "Rettet"


def test_statements_and_criteria_are_written_in_the_editor(window: WorkshopWindow, library: Library, qtbot: Any, open_editor: Any) -> None:
    editor = open_editor(window)
    editor.tabs.setCurrentWidget(editor.statements)
    part = editor.statements
    count = part.list.count()
    qtbot.mouseClick(part.add_button, Qt.MouseButton.LeftButton)
    part.text_edit.setPlainText("Vi tør prøve noget nyt")
    part.save()
    texts = [s.text for s in sorted(load_workshop(library, window.workshop_id).statements, key=lambda s: s.position)]
    assert texts[-1] == "Vi tør prøve noget nyt" and len(texts) == count + 1
    editor.tabs.setCurrentWidget(editor.criteria)
    criteria = editor.criteria
    qtbot.mouseClick(criteria.add_button, Qt.MouseButton.LeftButton)
    criteria.name_edit.setText("Mod")
    criteria.description_edit.setPlainText("Tør vi?")
    editor.tabs.setCurrentWidget(editor.phases)  # leaving the page saves it
    names = [c.name for c in sorted(load_workshop(library, window.workshop_id).criteria, key=lambda c: c.position)]
    assert names[-1] == "Mod"
    # An undo at the desk shows in the open editor.
    window.controller.undo_stack.undo()
    last = criteria.list.item(criteria.list.count() - 1).text()
    assert last.endswith("Nyt kriterium")


def test_the_editor_does_not_wipe_typing_when_ballots_arrive(window: WorkshopWindow, library: Library, open_editor: Any) -> None:
    editor = open_editor(window)
    editor.phases.goal_edit.setPlainText("Skrives netop nu")
    idea = operations.add_idea(library, window.workshop_id, "Idé").subject
    assert idea is not None
    window.controller.run("Åbn", operations.open_round, window.workshop_id, "dots")
    assert editor.phases.goal_edit.toPlainText() == "Skrives netop nu"
