"""The vote panel's "On:" choice: the board's selection, a theme, the top of an earlier
round, the statements ticked; the round then offers only those."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from desk_helpers import ManualTime, make_workshop
from PySide6.QtCore import Qt

from app import operations
from app.library import Library
from app.operations.board import create_cluster
from app.operations.plan import add_statement
from app.operations.voting import TallyCount
from app.voting import round_info
from ui.desk.window import WorkshopWindow


@pytest.fixture(autouse=True)
def _danish(language: Any) -> None:
    language("da")


@pytest.fixture
def desk(qtbot: Any, controller: Any, settings: Any, manual_time: ManualTime, library: Library) -> WorkshopWindow:
    wid = make_workshop(library, template="samarbejdsdrevet-innovation")
    for n in range(1, 8):
        operations.add_idea(library, wid, f"Idé {n}")
    window = WorkshopWindow(controller, wid, settings, clock=manual_time)
    qtbot.addWidget(window)
    window.voting.shutdown()
    return window


def ideas(library: Library, workshop_id: uuid.UUID) -> dict[int, uuid.UUID]:
    from app.queries import load_workshop

    return {i.number: i.id for i in load_workshop(library, workshop_id, ("ideas",)).ideas}


def choose(panel: Any, kind: str, mode: str, key: object = None) -> None:
    panel.kind.setCurrentIndex(panel.kind.findData(kind))
    index = panel.subject.findData(mode if key is None else f"{mode}:{key}")
    assert index >= 0, [panel.subject.itemText(i) for i in range(panel.subject.count())]
    panel.subject.setCurrentIndex(index)


def opened(qtbot: Any, panel: Any) -> list[str]:
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert panel.current_round is not None
    return [o.label for o in round_info(panel.library, panel.current_round).options]


def test_criteria_on_the_ideas_selected_on_the_board(desk: WorkshopWindow, library: Library, qtbot: Any) -> None:
    by_number = ideas(library, desk.workshop_id)
    desk.board.select_ideas([by_number[2], by_number[6]])
    panel = desk.voting
    choose(panel, "criteria", "selected")
    assert panel.subject.currentText() == "Idéer markeret på tavlen"
    assert opened(qtbot, panel) == ["2. Idé 2", "6. Idé 6"]
    assert panel.in_turn is not None  # the ballot screens are built from the round: only those


def test_a_theme_and_the_best_of_an_earlier_vote(desk: WorkshopWindow, library: Library, qtbot: Any) -> None:
    by_number = ideas(library, desk.workshop_id)
    panel = desk.voting
    theme = create_cluster(library, desk.workshop_id, "Mad", [by_number[3], by_number[1]]).subject
    desk.controller.notify(operations.update_workshop(library, desk.workshop_id))  # (any change: the panel re-reads)
    panel.fill_subjects()
    choose(panel, "dots", "theme", theme)
    assert opened(qtbot, panel) == ["1. Idé 1", "3. Idé 3"]
    earlier = desk.controller.run("Åbn", operations.open_round, desk.workshop_id, "dots")
    assert earlier is not None and earlier.subject is not None
    operations.enter_tally(library, earlier.subject, [TallyCount(by_number[n], 1, c) for n, c in ((1, 4), (5, 3), (7, 3), (2, 1))])
    desk.controller.run("Vis", operations.reveal_round, earlier.subject)
    choose(panel, "criteria", "top", earlier.subject)
    assert panel.top_n.isVisibleTo(panel)
    panel.top_n.setValue(2)
    assert opened(qtbot, panel) == ["1. Idé 1", "5. Idé 5", "7. Idé 7"]  # the tie for second place is kept


def test_a_poll_asks_only_the_statements_ticked(desk: WorkshopWindow, library: Library, qtbot: Any) -> None:
    panel = desk.voting
    desk.controller.run("Nyt", add_statement, desk.workshop_id, "Vi skrev det selv")
    panel.kind.setCurrentIndex(panel.kind.findData("statements"))
    assert panel.statement_list.isVisibleTo(panel) and not panel.top_n.isVisibleTo(panel)
    items = [panel.statement_list.item(i) for i in range(panel.statement_list.count())]
    assert items[-1].text().endswith("Vi skrev det selv")
    for item in items[:-1]:
        item.setCheckState(Qt.CheckState.Unchecked)
    assert opened(qtbot, panel) == ["Vi skrev det selv"]
