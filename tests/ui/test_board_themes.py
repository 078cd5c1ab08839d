"""Themes as containers on the board, and the board by keyboard: the scene always
shows exactly the core's geometry; a note dropped anywhere on a theme goes inside;
notes are walked with the arrows and Tab, selected with Shift, made into a theme with
Ctrl+G (its name typed in place), moved between themes and taken out from the
keyboard; themes are reordered with Ctrl+Shift+←/→; Alt+arrows reach the window; the
focused note is told to accessibility tools. Every gesture is one undo step."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from board_fixtures import board_controller, board_library, workshop_id
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app import layout, operations
from app.library import Library
from app.queries.board import load_board
from ui.board.items import ClusterItem, NoteItem
from ui.board.view import BoardView
from ui.controller import Controller

__all__ = ["board_controller", "board_library", "workshop_id"]  # fixtures

_CTRL = Qt.KeyboardModifier.ControlModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def board(qtbot: Any, board_controller: Controller, workshop_id: uuid.UUID) -> BoardView:
    view = BoardView(board_controller, workshop_id)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    view.resetTransform()
    view.centerOn(600.0, 300.0)
    view.setFocus()
    return view


def capture(controller: Controller, workshop_id: uuid.UUID, count: int) -> list[uuid.UUID]:
    ids = []
    for n in range(count):
        changes = controller.run("Tilføj", operations.add_idea, workshop_id, f"Idé nummer {n + 1}")
        assert changes is not None and changes.subject is not None
        ids.append(changes.subject)
    controller.undo_stack.clear()
    return ids


def assert_scene_matches_core(board: BoardView, library: Library, workshop_id: uuid.UUID) -> None:
    """Every note and frame is drawn exactly where the core has it, and nothing overlaps."""
    rows = load_board(library, workshop_id)
    assert {n.idea_id for n in board.notes()} == {n.id for n in rows.notes}
    for row in rows.notes:
        note = board.note(row.id)
        assert note is not None and (note.x(), note.y(), note.cluster_id) == (row.x, row.y, row.cluster_id)
    assert {c.cluster_id for c in board.clusters()} == {t.id for t in rows.themes}
    for theme in rows.themes:
        item = board.cluster(theme.id)
        assert item is not None
        frame = item.frame_rect()
        assert (frame.x(), frame.y(), frame.width(), frame.height()) == (theme.x, theme.y, theme.width, theme.height)
    assert [c.cluster_id for c in board.clusters_in_order()] == [t.id for t in rows.themes]
    # Drawn items: frames and the notes in no theme never overlap on screen either.
    drawn = [i.frame_rect() for i in board.scene().items() if isinstance(i, ClusterItem)] + [
        i.sceneBoundingRect().adjusted(1.0, 1.0, -8.0, -8.0)  # the paper without its shadow
        for i in board.scene().items() if isinstance(i, NoteItem) and i.cluster_id is None
    ]
    for n, a in enumerate(drawn):
        for b in drawn[n + 1:]:
            assert not a.intersected(b).isValid() or a.intersected(b).isEmpty(), f"{a} overlaps {b}"


def key(board: BoardView, k: Qt.Key, modifiers: Any = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(board.viewport() if board.viewport().hasFocus() else board, k, modifiers)


# -- themes as containers ---------------------------------------------------------------------


def test_the_scene_follows_the_core_through_every_gesture(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    ids = capture(board_controller, workshop_id, 10)
    assert_scene_matches_core(board, board_library, workshop_id)
    made = board_controller.run("Tema", operations.drop_on_note, ids[0], [ids[2]], "Kaffe")
    assert made is not None and made.subject is not None
    assert_scene_matches_core(board, board_library, workshop_id)
    board_controller.run("Ind", operations.add_to_cluster, made.subject, ids[3:8])  # grows to three wide
    assert_scene_matches_core(board, board_library, workshop_id)
    board_controller.run("Ud", operations.remove_from_cluster, ids[4:6])
    assert_scene_matches_core(board, board_library, workshop_id)
    board_controller.run("Slet", operations.delete_ideas, [ids[6]])
    assert_scene_matches_core(board, board_library, workshop_id)
    for _ in range(4):
        board_controller.undo_stack.undo()
        assert_scene_matches_core(board, board_library, workshop_id)
    for _ in range(4):
        board_controller.undo_stack.redo()
        assert_scene_matches_core(board, board_library, workshop_id)


@pytest.mark.parametrize("where", ["title", "body", "on a note"])
def test_a_note_dropped_anywhere_on_a_theme_goes_inside(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID, where: str,
) -> None:
    ids = capture(board_controller, workshop_id, 4)
    theme = board_controller.run("Tema", operations.create_cluster, workshop_id, "Trivsel", ids[:2])
    assert theme is not None and theme.subject is not None
    board_controller.undo_stack.clear()
    frame = board.cluster(theme.subject).frame_rect()  # type: ignore[union-attr]
    first = board.note(ids[0])
    assert first is not None
    point = {
        "title": QPointF(frame.center().x(), frame.top() + layout.TITLE_BAND / 2),
        "body": QPointF(frame.right() - 15.0, frame.bottom() - 10.0),
        "on a note": first.sceneBoundingRect().center(),
    }[where]
    moving = board.note(ids[3])
    assert moving is not None
    viewport = board.viewport()
    start = board.mapFromScene(moving.sceneBoundingRect().center() - QPointF(3.0, 3.0))
    end = board.mapFromScene(point)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + (end - start) * step / 5)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    rows = {n.id: n for n in load_board(board_library, workshop_id).notes}
    assert rows[ids[3]].cluster_id == theme.subject
    grown = board.cluster(theme.subject).frame_rect()  # type: ignore[union-attr]
    assert grown.contains(board.note(ids[3]).sceneBoundingRect().adjusted(0, 0, -8.0, -8.0))  # type: ignore[union-attr]
    assert (grown.width(), grown.height()) == layout.theme_size(3)
    assert board_controller.undo_stack.count() == 1
    assert_scene_matches_core(board, board_library, workshop_id)


# -- the keyboard ---------------------------------------------------------------------------------


def test_arrows_walk_the_notes_in_reading_order_and_shift_selects(
    board: BoardView, board_controller: Controller, workshop_id: uuid.UUID,
) -> None:
    ids = capture(board_controller, workshop_id, 6)  # rows of four: 1 2 3 4 / 5 6
    assert board.reading_order() == ids
    key(board, Qt.Key.Key_Right)
    assert board.focused_idea_id() == ids[0] and board.selected_idea_ids() == [ids[0]]
    key(board, Qt.Key.Key_Right)
    key(board, Qt.Key.Key_Right, _SHIFT)
    assert board.focused_idea_id() == ids[2]
    assert board.selected_idea_ids() == [ids[1], ids[2]]
    key(board, Qt.Key.Key_Down)  # the nearest note in the row below
    assert board.focused_idea_id() == ids[5] and board.selected_idea_ids() == [ids[5]]
    key(board, Qt.Key.Key_Left)
    assert board.focused_idea_id() == ids[4]
    note = board.note(ids[4])
    assert note is not None and note.focused
    assert "Idé nummer 5" in board.accessibleDescription()
    assert board.accessibleName()


def test_down_keeps_to_the_column_before_the_nearest_row(
    board: BoardView, board_controller: Controller, workshop_id: uuid.UUID,
) -> None:
    """A note straight below wins over one a little higher far to the side (a theme's
    rows lie between the loose notes' rows)."""
    top, side, below = capture(board_controller, workshop_id, 3)
    board_controller.run("Flyt", operations.move_ideas, {top: (0.0, 0.0), side: (900.0, 130.0), below: (0.0, 260.0)})
    board.focus_idea(top)
    key(board, Qt.Key.Key_Down)
    assert board.focused_idea_id() == below
    key(board, Qt.Key.Key_Up)
    assert board.focused_idea_id() == top


def test_tab_reaches_every_note_then_leaves_the_board(
    qtbot: Any, board_controller: Controller, workshop_id: uuid.UUID,
) -> None:
    ids = capture(board_controller, workshop_id, 3)
    window = QWidget()
    qtbot.addWidget(window)
    layout_ = QVBoxLayout(window)
    board = BoardView(board_controller, workshop_id)
    after = QWidget()
    after.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    layout_.addWidget(board)
    layout_.addWidget(after)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    board.setFocus()
    qtbot.waitUntil(board.hasFocus)
    seen = []
    for _ in ids:
        QTest.keyClick(board, Qt.Key.Key_Tab)
        seen.append(board.focused_idea_id())
        assert board.hasFocus()
    assert seen == ids
    QTest.keyClick(board, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)


def test_ctrl_g_makes_a_theme_and_puts_the_cursor_in_its_name(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    ids = capture(board_controller, workshop_id, 5)
    key(board, Qt.Key.Key_Right)
    key(board, Qt.Key.Key_Right, _SHIFT)
    key(board, Qt.Key.Key_Right, _SHIFT)
    key(board, Qt.Key.Key_G, _CTRL)
    themes = load_board(board_library, workshop_id).themes
    assert len(themes) == 1
    rows = {n.id: n for n in load_board(board_library, workshop_id).notes}
    assert [rows[i].cluster_id for i in ids] == [themes[0].id] * 3 + [None] * 2
    assert board_controller.undo_stack.count() == 1
    editor = board.editor()
    assert editor is not None and editor.hasFocus()
    member = board.note(ids[0])
    assert member is not None  # the notes stay in sight above their frame while the name is typed
    assert board.scene().items(member.sceneBoundingRect().center())[0] is member
    QTest.keyClicks(board, "Hverdag")  # typing replaces the proposed name
    QTest.keyClick(board, Qt.Key.Key_Return)
    assert load_board(board_library, workshop_id).themes[0].title == "Hverdag"
    assert "Hverdag" in board.accessibleDescription()  # the focused note's new theme, told
    assert board.editor() is None
    assert_scene_matches_core(board, board_library, workshop_id)
    board_controller.undo_stack.undo()  # the name
    board_controller.undo_stack.undo()  # the theme, in one step
    assert load_board(board_library, workshop_id).themes == ()
    assert_scene_matches_core(board, board_library, workshop_id)


def test_a_notes_theme_is_changed_from_the_keyboard(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    ids = capture(board_controller, workshop_id, 4)
    first = board_controller.run("T", operations.create_cluster, workshop_id, "Første", ids[:1])
    second = board_controller.run("T", operations.create_cluster, workshop_id, "Andet", ids[1:2])
    assert first is not None and second is not None
    board_controller.undo_stack.clear()
    offered: list[list[str]] = []

    def choose(themes: list[tuple[uuid.UUID, str]]) -> uuid.UUID:
        offered.append([title for _, title in themes])
        return themes[1][0]

    board.choose_theme = choose  # type: ignore[method-assign]
    board.focus_idea(ids[3])
    key(board, Qt.Key.Key_M, _CTRL)  # "Flyt til tema…"
    assert offered == [["Første", "Andet"]]
    rows = {n.id: n for n in load_board(board_library, workshop_id).notes}
    assert rows[ids[3]].cluster_id == second.subject
    key(board, Qt.Key.Key_G, _CTRL | _SHIFT)  # "Tag ud af tema"
    rows = {n.id: n for n in load_board(board_library, workshop_id).notes}
    assert rows[ids[3]].cluster_id is None
    assert board_controller.undo_stack.count() == 2
    assert_scene_matches_core(board, board_library, workshop_id)


def test_ctrl_shift_arrows_reorder_the_themes(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    ids = capture(board_controller, workshop_id, 3)
    made = [board_controller.run("T", operations.create_cluster, workshop_id, f"Tema {n}", [i]) for n, i in enumerate(ids)]
    order = [c.subject for c in made if c is not None]
    board_controller.undo_stack.clear()
    board.focus_idea(ids[0])
    key(board, Qt.Key.Key_Right, _CTRL | _SHIFT)
    assert [t.id for t in load_board(board_library, workshop_id).themes] == [order[1], order[0], order[2]]
    assert [c.cluster_id for c in board.clusters_in_order()] == [order[1], order[0], order[2]]
    assert board.reading_order()[0] == ids[1]  # the reading order follows the themes'
    board_controller.undo_stack.undo()
    assert [c.cluster_id for c in board.clusters_in_order()] == order


def test_alt_arrows_reach_the_window_while_the_board_has_focus(
    qtbot: Any, board_controller: Controller, workshop_id: uuid.UUID,
) -> None:
    capture(board_controller, workshop_id, 2)
    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(board := BoardView(board_controller, workshop_id))
    stepped: list[int] = []
    for keys, step in (("Alt+Left", -1), ("Alt+Right", 1)):
        action = QAction(window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _=False, s=step: stepped.append(s))
        window.addAction(action)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    board.setFocus()
    qtbot.waitUntil(board.hasFocus)
    board.focus_idea(board.reading_order()[0])
    QTest.keyClick(board, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(board, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert stepped == [1, -1]
    assert board.focused_idea_id() == board.reading_order()[0]  # the board did not move


def test_the_room_view_shows_the_themes_in_their_order(
    board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    """The projector reads the order from the core, not from where the frames lie."""
    from ui.desk.room import room_groups

    ids = capture(board_controller, workshop_id, 3)
    made = [board_controller.run("T", operations.create_cluster, workshop_id, f"Tema {n}", [i]) for n, i in enumerate(ids)]
    order = [c.subject for c in made if c is not None]
    board_controller.run("Flyt", operations.move_theme_in_order, order[2], -2)
    rows = load_board(board_library, workshop_id)
    assert [g.id for g in room_groups(rows.notes, rows.themes, "Uden tema")] == [order[2], order[0], order[1]]
