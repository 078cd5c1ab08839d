"""The question funnel at the desk and on the projector, and the catalyst's deck (F10)."""

from __future__ import annotations

from typing import Any

import pytest
from desk_helpers import make_workshop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app.library import Library
from app.queries import load_workshop
from app.queries.questions import candidate_questions, drawn_cards
from ui.desk.projector import ProjectorWindow
from ui.desk.window import WorkshopWindow


@pytest.fixture
def window(library: Library, controller: Any, settings: Any, qtbot: Any, language: Any) -> WorkshopWindow:
    language("da")
    workshop_id = make_workshop(library, template="det-gode-innovationsspoergsmaal")
    desk = WorkshopWindow(controller, workshop_id, settings)
    qtbot.addWidget(desk)
    desk.tabs.setCurrentWidget(desk.question_funnel)
    return desk


def type_question(qtbot: Any, desk: WorkshopWindow, text: str) -> None:
    funnel = desk.question_funnel
    funnel.entry.setText(text)
    qtbot.keyClick(funnel.entry, Qt.Key.Key_Return)


def test_the_funnel_is_a_tab_of_the_desk_in_danish(window: WorkshopWindow) -> None:
    funnel = window.question_funnel
    assert window.tabs.tabText(window.tabs.indexOf(funnel)) == "Spørgsmålstragten"
    assert "Rumme en vision · Må ikke have svaret på forhånd" in funnel.hint.text()
    headers = [funnel.table.horizontalHeaderItem(c).text().replace("\n", " ") for c in range(funnel.table.columnCount())]
    assert headers[2:6] == ["Rumme en vision", "Må ikke have svaret på forhånd", "Skal lyde lidt kækt",
                            "Hvordan får mennesker lyst til at bidrage?"]
    assert funnel.entry.accessibleName() == "Nyt muligt innovationsspørgsmål"


def test_typed_questions_are_scored_discarded_kept_and_one_chosen_undoably(
    window: WorkshopWindow, library: Library, controller: Any, qtbot: Any
) -> None:
    funnel = window.question_funnel
    type_question(qtbot, window, "Hvordan sparer vi 10 %?")
    type_question(qtbot, window, "Hvad nu hvis borgeren havde lyst til at bidrage?")
    qtbot.waitUntil(lambda: funnel.table.rowCount() == 2)
    assert funnel.entry.text() == ""
    # Score the second question on the first mark.
    box = funnel.table.cellWidget(1, funnel.FIRST_MARK)
    assert isinstance(box, QComboBox) and box.accessibleName() == "Spørgsmål 2: Rumme en vision"
    box.setCurrentIndex(box.findData(5))
    qtbot.waitUntil(lambda: candidate_questions(library, window.workshop_id)[1].scores[0] == 5)
    assert funnel.table.item(1, funnel.FIRST_MARK + 4).text() == "5"
    # Discard the first: it stays, marked "kasseret".
    funnel.table.selectRow(0)
    assert funnel.discard_button.text() == "Kassér"
    funnel.discard_button.click()
    qtbot.waitUntil(lambda: funnel.table.item(0, funnel.FIRST_MARK + 5).text() == "kasseret")
    assert funnel.table.rowCount() == 2 and funnel.table.item(0, 1).font().italic()
    assert "1 kasseret" in funnel.count_label.text()
    # Choose the second: the workshop's question, on the board tab too; undo puts it back.
    funnel.table.selectRow(1)
    funnel.choose_button.click()
    qtbot.waitUntil(lambda: window.question_label.text() == "Hvad nu hvis borgeren havde lyst til at bidrage?")
    assert funnel.table.item(1, funnel.FIRST_MARK + 5).text() == "valgt"
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: load_workshop(library, window.workshop_id, ()).question == "")
    assert funnel.table.item(1, funnel.FIRST_MARK + 5).text() == "med i løbet"


def test_an_empty_question_is_refused_with_a_message_and_the_typing_is_kept(window: WorkshopWindow, qtbot: Any) -> None:
    funnel = window.question_funnel
    type_question(qtbot, window, "   ")
    qtbot.waitUntil(lambda: window.status_message.text() != "")
    assert "Spørgsmålet" in window.status_message.text()
    assert funnel.table.rowCount() == 0 and funnel.entry.text() == "   "


def test_the_funnel_shows_on_the_projector_on_demand(window: WorkshopWindow, qtbot: Any) -> None:
    funnel = window.question_funnel
    type_question(qtbot, window, "Hvad nu hvis ingen skulle visiteres?")
    qtbot.waitUntil(lambda: funnel.table.rowCount() == 1)
    funnel.project_button.click()
    projector = window.projector
    assert projector is not None and projector.isVisible()
    assert projector.page == ProjectorWindow.RESULTS
    assert "Hvad nu hvis ingen skulle visiteres?" in funnel.projection.list_label.text()
    type_question(qtbot, window, "Hvordan bliver vi overflødige?")
    qtbot.waitUntil(lambda: "overflødige" in funnel.projection.list_label.text())  # follows while shown
    funnel.project_button.click()
    assert projector.page == ProjectorWindow.MAIN


def test_f10_draws_a_card_onto_the_projector_and_shift_f10_takes_it_down(
    window: WorkshopWindow, library: Library, qtbot: Any
) -> None:
    deck = window.catalyst_deck
    assert deck.draw_action.shortcut().toString() == "F10"
    assert deck.menu.title() == "&Katalysator"
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: len(drawn_cards(library, window.workshop_id)) == 1)
    projector = window.projector
    assert projector is not None and projector.page == ProjectorWindow.RESULTS
    drawn = drawn_cards(library, window.workshop_id)[0]
    assert deck.view.text.text() == drawn.text and deck.view.kicker.text() == "KATALYSATORENS KORT"
    assert deck.view.task.text() in {"Anlægge nye vinkler på problemerne", "Konstruere trusler",
                                     "Bringe ny viden i spil", "Forstyrre vante omgangsformer og processer"}
    assert deck.hide_action.shortcut().toString() == "Shift+F10"
    deck.hide_action.trigger()
    assert projector.page == ProjectorWindow.MAIN


def test_a_card_can_be_chosen_from_the_menu(window: WorkshopWindow, library: Library) -> None:
    deck = window.catalyst_deck
    deck._fill_choose_menu()
    actions = [a for a in deck.choose_menu.actions() if not a.isSeparator()]
    sections = [a.text() for a in deck.choose_menu.actions() if a.isSeparator()]
    assert "Konstruere trusler" in sections
    chosen = next(a for a in actions if a.text().startswith("Budgettet er halveret"))
    chosen.trigger()
    assert [d.card for d in drawn_cards(library, window.workshop_id)] == ["halvt-budget"]
    assert deck.view.task.text() == "Konstruere trusler"


def test_questions_added_elsewhere_reach_the_open_funnel(window: WorkshopWindow, library: Library, qtbot: Any) -> None:
    """A phone's question (the phone server announces it through the controller) and one
    added through another window's controller both show in the open funnel."""
    from app import operations

    changes = operations.add_candidate_question(library, window.workshop_id, "Fra en telefon?", source="phone")
    window.controller.notify(changes)
    qtbot.waitUntil(lambda: window.question_funnel.table.rowCount() == 1)
    assert window.question_funnel.table.item(0, 1).toolTip() == "Sendt fra en telefon"
    other = operations.add_candidate_question(library, window.workshop_id, "Fra et andet vindue?")
    window.external_changes(other)
    qtbot.waitUntil(lambda: window.question_funnel.table.rowCount() == 2)
