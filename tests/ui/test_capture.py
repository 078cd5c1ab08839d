"""Keyboard capture: type, Enter, the note is on the board; keys pick the table group."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from board_fixtures import add, board_controller, board_library, workshop_id
from PySide6.QtCore import Qt
from sqlalchemy import select

from app import operations
from app.layout import new_note_position
from app.library import Library
from app.model import Idea, TableGroup
from ui.board.capture import CaptureBar
from ui.board.view import BoardView
from ui.controller import Controller

__all__ = ["board_controller", "board_library", "workshop_id"]  # fixtures

# The offscreen platform cannot pass a laid-out top-level widget's size hints on;
# harmless here, and said in a warning the strict settings would fail on.


def stored(library: Library, workshop: uuid.UUID) -> list[tuple[str, uuid.UUID | None, float, float]]:
    with library.read() as session:
        rows = session.scalars(select(Idea).where(Idea.workshop_id == workshop).order_by(Idea.number))
        return [(i.text, i.table_group_id, i.x, i.y) for i in rows]


def groups(library: Library, workshop: uuid.UUID) -> list[uuid.UUID]:
    with library.read() as session:
        return list(session.scalars(
            select(TableGroup.id).where(TableGroup.workshop_id == workshop).order_by(TableGroup.position)
        ))


@pytest.fixture
def bar(qtbot: Any, board_controller: Controller, workshop_id: uuid.UUID) -> CaptureBar:
    widget = CaptureBar(board_controller, workshop_id)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    widget.edit.setFocus()
    qtbot.waitUntil(widget.edit.hasFocus)
    return widget


def test_typing_and_enter_adds_a_note_and_keeps_the_focus(
    qtbot: Any, bar: CaptureBar, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    with qtbot.waitSignal(bar.note_did_add) as added:
        qtbot.keyClicks(bar.edit, "Faelles frokost paa tvaers")
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert [s[0] for s in stored(board_library, workshop_id)] == ["Faelles frokost paa tvaers"]
    assert isinstance(added.args[0], uuid.UUID)
    assert bar.edit.text() == "" and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "Anden ide")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Enter)
    assert [s[0] for s in stored(board_library, workshop_id)] == ["Faelles frokost paa tvaers", "Anden ide"]
    assert board_controller.undo_stack.count() == 2
    board_controller.undo_stack.undo()
    assert len(stored(board_library, workshop_id)) == 1


def test_ctrl_or_alt_and_a_digit_pick_the_table_group(
    qtbot: Any, bar: CaptureBar, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    first, second = groups(board_library, workshop_id)
    assert bar.group_id() is None
    qtbot.keyClick(bar.edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert bar.group_id() == second
    assert "Bord 2" in bar.group_box.currentText()  # the chosen group is shown
    qtbot.keyClicks(bar.edit, "Fra bord to")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    qtbot.keyClick(bar.edit, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(bar.edit, "Fra bord et")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    qtbot.keyClick(bar.edit, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # the window's "fit board"
    assert bar.group_id() == first
    qtbot.keyClick(bar.edit, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)  # no table group
    qtbot.keyClicks(bar.edit, "Uden bord")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert [(s[0], s[1]) for s in stored(board_library, workshop_id)] == [
        ("Fra bord to", second), ("Fra bord et", first), ("Uden bord", None),
    ]
    # The digits never end up in the text.
    assert bar.edit.text() == ""


def test_a_missing_group_number_says_so(qtbot: Any, bar: CaptureBar) -> None:
    qtbot.keyClick(bar.edit, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert bar.group_id() is None
    assert "7" in bar.message_text()


def test_new_groups_appear_in_the_chooser(
    qtbot: Any, bar: CaptureBar, board_controller: Controller, workshop_id: uuid.UUID,
) -> None:
    board_controller.run("Bord", operations.add_table_group, workshop_id, "Bord 3")
    qtbot.keyClick(bar.edit, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert "Bord 3" in bar.group_box.currentText()


@pytest.mark.parametrize("text, words", [("   ", "tom"), ("x" * 2001, "for lang")])
def test_refused_text_shows_why_and_keeps_what_was_typed(
    qtbot: Any, bar: CaptureBar, board_library: Library, workshop_id: uuid.UUID, text: str, words: str,
) -> None:
    bar.edit.setText(text)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert stored(board_library, workshop_id) == []
    assert words in bar.message_text()
    assert bar.edit.text() == text and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "a")  # typing again clears the message
    assert bar.message_text() == ""


def test_hostile_text_is_stored_and_shown_literally(
    qtbot: Any, bar: CaptureBar, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    board = BoardView(board_controller, workshop_id)
    qtbot.addWidget(board)
    qtbot.keyClicks(bar.edit, "<b>x</b> <img src=x>")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    (idea,) = stored(board_library, workshop_id)
    assert idea[0] == "<b>x</b> <img src=x>"
    (note,) = board.notes()
    assert note.display_text() == "<b>x</b> <img src=x>"


def test_captured_notes_land_in_free_places_beside_the_themes(
    qtbot: Any, bar: CaptureBar, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    """The desk places a captured note by the core's one rule (app.layout), as the CLI
    and the phones do."""
    operations.create_cluster(board_library, workshop_id, "Tema", rect=(0.0, 0.0, 620.0, 480.0))
    add(board_library, workshop_id, "Allerede her", 680.0, 0.0)
    assert new_note_position([(0.0, 0.0, 620.0, 480.0)], [(680.0, 0.0)]) == (880.0, 0.0)
    for text in ("En", "To", "Tre", "Fire"):
        qtbot.keyClicks(bar.edit, text)
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    places = [(x, y) for _, _, x, y in stored(board_library, workshop_id)]
    assert places == [(680.0, 0.0), (880.0, 0.0), (1080.0, 0.0), (1280.0, 0.0), (680.0, 140.0)]
    # A note from elsewhere (the CLI, a phone) lands by the same rule, in the next free cell.
    operations.add_idea(board_library, workshop_id, "Fra en telefon")
    assert stored(board_library, workshop_id)[-1][2:] == (880.0, 140.0)


def test_danish_texts_and_a_language_switch(
    qtbot: Any, bar: CaptureBar, board_controller: Controller, board_library: Library,
    workshop_id: uuid.UUID, language: Any,
) -> None:
    board = BoardView(board_controller, workshop_id)
    qtbot.addWidget(board)
    theme = operations.create_cluster(board_library, workshop_id, "Trivsel", rect=(0.0, 0.0, 620.0, 400.0)).subject
    add(board_library, workshop_id, "Inde", 20.0, 60.0, cluster_id=theme)
    add(board_library, workshop_id, "Også inde", 220.0, 60.0, cluster_id=theme)
    board.reload()
    assert "board_da.qm" in language("da")
    qtbot.waitUntil(lambda: bar.edit.placeholderText() == "Skriv en idé, og tryk Enter")
    assert bar.group_box.itemText(0) == "Ingen bordgruppe"
    assert board.next_cluster_title() == "Tema 2"
    assert board.cluster(theme)._texts()[1].text() == "2 idéer"
    language("en")
    qtbot.waitUntil(lambda: bar.edit.placeholderText() == "Type an idea and press Enter")
    assert board.cluster(theme)._texts()[1].text() == "2 ideas"


def test_a_captured_note_is_ringed_for_a_moment(
    qtbot: Any, bar: CaptureBar, board_controller: Controller, workshop_id: uuid.UUID,
) -> None:
    board = BoardView(board_controller, workshop_id)
    qtbot.addWidget(board)
    qtbot.keyClicks(bar.edit, "Se mig")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    (note,) = board.notes()
    assert note.fresh
    qtbot.waitUntil(lambda: not note.fresh, timeout=5000)
