"""The idea board: notes drawn from the model, dragged into themes, edited in place,
filtered, deleted — every action one undo step that restores exactly."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from board_fixtures import add, board_controller, board_library, workshop_id
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app import operations
from app.library import Library
from app.model import Cluster, Idea, TableGroup
from app.templates import load_templates
from ui.board.items import UNTAGGED_NOTE, NoteItem
from ui.board.view import BoardView
from ui.controller import Controller

__all__ = ["board_controller", "board_library", "workshop_id"]  # fixtures

HOSTILE = ["<b>x</b>", "<img src=x>", '<a href="file:///etc/passwd">link</a>', "&amp; &lt;", "Blåbærgrød 🫐 & <test>"]


def ideas(library: Library, workshop: uuid.UUID) -> dict[uuid.UUID, tuple[Any, ...]]:
    with library.read() as session:
        rows = session.scalars(select(Idea).where(Idea.workshop_id == workshop))
        return {i.id: (i.text, i.x, i.y, i.cluster_id, tuple(i.tags), i.table_group_id) for i in rows}


def clusters(library: Library, workshop: uuid.UUID) -> dict[uuid.UUID, tuple[Any, ...]]:
    with library.read() as session:
        rows = session.scalars(select(Cluster).where(Cluster.workshop_id == workshop))
        return {c.id: (c.title, c.x, c.y, c.width, c.height) for c in rows}


def board_state(library: Library, workshop: uuid.UUID) -> tuple[Any, ...]:
    return ideas(library, workshop), clusters(library, workshop)


@pytest.fixture
def board(qtbot: Any, board_controller: Controller, workshop_id: uuid.UUID) -> BoardView:
    view = BoardView(board_controller, workshop_id)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.resetTransform()
    view.centerOn(500.0, 300.0)
    return view


def press_drag_release(view: BoardView, start: QPointF, end: QPointF, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    """Drag with the mouse on the viewport, in scene coordinates."""
    viewport = view.viewport()
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, a)
    for step in range(1, 6):
        QTest.mouseMove(viewport, a + (b - a) * step / 5)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, b)


def centre(note: NoteItem) -> QPointF:
    return note.sceneBoundingRect().center() - QPointF(3.0, 3.0)


# -- drawing from the model ---------------------------------------------------------------


def test_reload_draws_one_live_item_per_note(board: BoardView, board_library: Library, workshop_id: uuid.UUID) -> None:
    ids = [add(board_library, workshop_id, f"Idé {n}", n * 200.0, 0.0) for n in range(5)]
    board.reload()
    assert sorted(n.idea_id for n in board.notes()) == sorted(ids)
    scene_notes = [i for i in board.scene().items() if isinstance(i, NoteItem)]
    assert len(scene_notes) == 5
    # The items stay alive (PySide pitfall: children created with a parent die).
    for note in scene_notes:
        assert note.childItems() == []
        assert note.scene() is board.scene()


def test_a_change_redraws_only_the_notes_it_touched(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = add(board_library, workshop_id, "Første", 0.0, 0.0)
    board.reload()
    kept = board.note(first)
    monkeypatch.setattr(board, "reload", lambda: pytest.fail("the whole board was rebuilt"))
    changes = board_controller.run("Tilføj", operations.add_idea, workshop_id, "Anden", position=(300.0, 0.0))
    assert changes is not None and changes.subject is not None
    assert board.note(first) is kept
    note = board.note(changes.subject)
    assert note is not None and note.text == "Anden" and note.pos() == QPointF(300.0, 0.0)
    board_controller.run("Ret", operations.edit_idea, first, "Første, rettet")
    assert kept.text == "Første, rettet"


def test_changes_in_another_workshop_are_ignored(
    board: BoardView, board_controller: Controller, board_library: Library,
) -> None:
    template_workshop = operations.create_workshop(
        board_library, load_templates()["innovationsloopet"], title="Anden",
    ).subject
    board_controller.run("Tilføj", operations.add_idea, template_workshop, "Ikke her")
    assert board.notes() == []


def test_notes_are_coloured_by_table_group_or_by_tag(
    board: BoardView, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    with board_library.read() as session:
        group = session.scalars(select(TableGroup).where(TableGroup.workshop_id == workshop_id)).first()
    assert group is not None
    grouped = add(board_library, workshop_id, "Fra bord 1", 0.0, 0.0, table_group_id=group.id)
    tagged = add(board_library, workshop_id, "Mærket", 200.0, 0.0, tags=["nye-roller"])
    board.reload()
    assert board.note(grouped).fill().name().upper() == group.colour.upper()
    plain = board.note(tagged).fill()
    board.colour_mode = "tag"
    assert board.note(tagged).fill() != plain
    assert board.note(grouped).fill().name().upper() == UNTAGGED_NOTE  # untagged: white paper
    assert board.note(tagged).fill() != board.note(grouped).fill()
    assert "Nye roller" in board.note(tagged).tag_line
    with pytest.raises(ValueError):
        board.colour_mode = "rainbow"


def test_tag_lines_follow_a_language_switch(board: BoardView, board_library: Library, workshop_id: uuid.UUID) -> None:
    tagged = add(board_library, workshop_id, "Mærket", 0.0, 0.0, tags=["nye-roller"])
    board.reload()
    assert board.note(tagged).tag_line == "Nye roller"
    board.controller.language = "en"
    QApplication.sendEvent(board, QEvent(QEvent.Type.LanguageChange))
    assert board.note(tagged).tag_line == "New roles"


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_drawn_literally(board: BoardView, board_library: Library, workshop_id: uuid.UUID, text: str) -> None:
    idea = add(board_library, workshop_id, text, 0.0, 0.0)
    board.reload()
    note = board.note(idea)
    assert note is not None
    assert note.display_text() == text
    # And painting it at reading zoom works (text drawn, not interpreted).
    image = QImage(400, 300, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    board.scene().render(painter, source=note.sceneBoundingRect().adjusted(-10, -10, 10, 10))
    painter.end()


def test_long_text_is_elided_and_keeps_every_character_in_the_model(
    board: BoardView, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    text = "Ord " * 200 + "slut"
    idea = add(board_library, workshop_id, text, 0.0, 0.0)
    board.reload()
    shown = board.note(idea).display_text()
    assert shown.endswith("…") and len(shown) < len(text)
    assert text.startswith(shown[:-1].rstrip())
    assert board.note(idea).text == text


# -- dragging into themes -----------------------------------------------------------------


def test_dragging_a_note_onto_another_makes_a_theme_in_one_undo_step(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    a = add(board_library, workshop_id, "Kaffe til alle", 0.0, 0.0)
    b = add(board_library, workshop_id, "Kage om fredagen", 400.0, 0.0)
    board.reload()
    asked: list[str] = []
    board.ask_text = lambda title, label, default: asked.append(default) or default  # type: ignore[method-assign]
    before = board_state(board_library, workshop_id)

    press_drag_release(board, centre(board.note(a)), centre(board.note(b)))

    assert asked == ["Tema 1"] or asked == ["Theme 1"]
    made = clusters(board_library, workshop_id)
    assert len(made) == 1
    (cluster_id,) = made
    after = ideas(board_library, workshop_id)
    assert after[a][3] == after[b][3] == cluster_id
    assert board.cluster(cluster_id) is not None and board.cluster(cluster_id).count == 2
    assert board_controller.undo_stack.count() == 1  # move + theme: one step
    drawn = board_state(board_library, workshop_id)

    board_controller.undo_stack.undo()
    assert board_state(board_library, workshop_id) == before
    assert board.clusters() == []
    assert board.note(a).pos() == QPointF(0.0, 0.0) and board.note(a).cluster_id is None

    board_controller.undo_stack.redo()
    assert board_state(board_library, workshop_id) == drawn
    assert [c.cluster_id for c in board.clusters()] == [cluster_id]
    assert board.note(a).pos() == QPointF(*after[a][1:3])


def test_cancelling_the_title_only_moves(
    board: BoardView, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    a = add(board_library, workshop_id, "En", 0.0, 0.0)
    b = add(board_library, workshop_id, "To", 400.0, 0.0)
    board.reload()
    board.ask_text = lambda *args: None  # type: ignore[method-assign]
    press_drag_release(board, centre(board.note(a)), centre(board.note(b)))
    assert clusters(board_library, workshop_id) == {}
    assert ideas(board_library, workshop_id)[a][1:3] != (0.0, 0.0)


def test_dragging_several_selected_notes_is_one_move(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    ids = [add(board_library, workshop_id, f"Note {n}", n * 200.0, 0.0) for n in range(3)]
    board.reload()
    before = ideas(board_library, workshop_id)
    # Select two with Ctrl-click, then drag one of them into empty space.
    QTest.mouseClick(board.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     board.mapFromScene(centre(board.note(ids[0]))))
    QTest.mouseClick(board.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     board.mapFromScene(centre(board.note(ids[1]))))
    assert board.selected_idea_ids() == ids[:2]
    start = centre(board.note(ids[0]))
    press_drag_release(board, start, start + QPointF(0.0, 300.0))
    after = ideas(board_library, workshop_id)
    assert after[ids[0]][2] == pytest.approx(before[ids[0]][2] + 300.0, abs=3)
    assert after[ids[1]][2] == pytest.approx(before[ids[1]][2] + 300.0, abs=3)
    assert after[ids[2]] == before[ids[2]]
    assert board_controller.undo_stack.count() == 1
    board_controller.undo_stack.undo()
    assert ideas(board_library, workshop_id) == before
    assert [board.note(i).pos() for i in ids] == [QPointF(n * 200.0, 0.0) for n in range(3)]


def test_dropping_on_a_frame_joins_the_theme_and_dragging_out_leaves_it(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    theme = operations.create_cluster(board_library, workshop_id, "Trivsel", rect=(0.0, 0.0, 620.0, 400.0)).subject
    inside = add(board_library, workshop_id, "Inde", 20.0, 60.0, cluster_id=theme)
    outside = add(board_library, workshop_id, "Ude", 900.0, 60.0)
    board.reload()
    press_drag_release(board, centre(board.note(outside)), QPointF(400.0, 250.0))
    assert ideas(board_library, workshop_id)[outside][3] == theme
    assert board.cluster(theme).count == 2
    press_drag_release(board, centre(board.note(inside)), QPointF(1000.0, 600.0))
    assert ideas(board_library, workshop_id)[inside][3] is None
    assert board.cluster(theme).count == 1
    board_controller.undo_stack.undo()
    assert ideas(board_library, workshop_id)[inside][3] == theme
    assert board.note(inside).cluster_id == theme


def test_moving_a_frame_by_its_title_moves_its_notes(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    theme = operations.create_cluster(board_library, workshop_id, "Trivsel", rect=(0.0, 0.0, 620.0, 400.0)).subject
    inside = add(board_library, workshop_id, "Inde", 20.0, 60.0, cluster_id=theme)
    board.reload()
    before = board_state(board_library, workshop_id)
    press_drag_release(board, QPointF(300.0, 25.0), QPointF(400.0, 125.0))
    assert clusters(board_library, workshop_id)[theme][1:3] == pytest.approx((100.0, 100.0), abs=3)
    assert ideas(board_library, workshop_id)[inside][1:3] == pytest.approx((120.0, 160.0), abs=3)
    board_controller.undo_stack.undo()
    assert board_state(board_library, workshop_id) == before
    assert board.cluster(theme).pos() == QPointF(0.0, 0.0)
    assert board.note(inside).pos() == QPointF(20.0, 60.0)


def test_themes_are_renamed_and_dissolved(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    theme = operations.create_cluster(board_library, workshop_id, "Trivsel", rect=(0.0, 0.0, 620.0, 400.0)).subject
    inside = add(board_library, workshop_id, "Inde", 20.0, 60.0, cluster_id=theme)
    board.reload()
    board.ask_text = lambda title, label, default: "<i>Trivsel</i> & mere"  # type: ignore[method-assign]
    QTest.mouseDClick(board.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      board.mapFromScene(QPointF(300.0, 25.0)))
    assert clusters(board_library, workshop_id)[theme][0] == "<i>Trivsel</i> & mere"
    assert board.cluster(theme).display_title() == "<i>Trivsel</i> & mere"
    menu = board.cluster_menu(board.cluster(theme))
    dissolve = next(a for a in menu.actions() if a.text() in ("Opløs tema", "Dissolve theme"))
    dissolve.trigger()
    assert clusters(board_library, workshop_id) == {}
    assert board.clusters() == [] and board.note(inside).cluster_id is None
    board_controller.undo_stack.undo()
    assert board.cluster(theme) is not None and board.note(inside).cluster_id == theme


# -- editing in place -----------------------------------------------------------------------


def test_double_click_edits_in_place_and_stores_plain_text(
    qtbot: Any, board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    idea = add(board_library, workshop_id, "Gammel tekst", 0.0, 0.0)
    board.reload()
    note = board.note(idea)
    QTest.mouseDClick(board.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      board.mapFromScene(centre(note)))
    editor = board.editor()
    assert editor is not None
    assert note.childItems() == [editor]  # alive as the note's child
    assert editor.toPlainText() == "Gammel tekst"
    qtbot.keyClicks(board, "<b>ny</b> & <img src=x>")  # replaces the selected text
    qtbot.keyClick(board, Qt.Key.Key_Return)
    assert ideas(board_library, workshop_id)[idea][0] == "<b>ny</b> & <img src=x>"
    assert note.display_text() == "<b>ny</b> & <img src=x>"
    assert board.editor() is None
    qtbot.waitUntil(lambda: note.childItems() == [])
    board_controller.undo_stack.undo()
    assert note.text == "Gammel tekst"


def test_f2_edits_escape_cancels_and_an_empty_text_is_refused(
    qtbot: Any, board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    idea = add(board_library, workshop_id, "Behold mig", 0.0, 0.0)
    board.reload()
    board.select_ideas([idea])
    board.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_F2)
    assert board.editor() is not None
    qtbot.keyClicks(board, "kladde")
    qtbot.keyClick(board, Qt.Key.Key_Escape)
    assert board.editor() is None
    assert ideas(board_library, workshop_id)[idea][0] == "Behold mig"
    qtbot.waitUntil(lambda: board.note(idea).childItems() == [])
    board.select_ideas([idea])
    qtbot.keyClick(board, Qt.Key.Key_Return)  # Enter on a selected note edits it too
    assert board.editor() is not None
    qtbot.keyClick(board, Qt.Key.Key_Escape)

    failures: list[str] = []
    board_controller.operation_did_fail.connect(failures.append)
    editor = board.edit_note(idea)
    editor.setPlainText("   ")
    qtbot.keyClick(board, Qt.Key.Key_Return)
    assert failures and "tom" in failures[-1]
    assert board.editor() is editor  # still open: nothing is lost
    editor.setPlainText("Ny tekst")
    qtbot.keyClick(board, Qt.Key.Key_Return)
    assert ideas(board_library, workshop_id)[idea][0] == "Ny tekst"
    assert board_controller.undo_stack.count() == 1


# -- tags, groups, delete --------------------------------------------------------------------


def test_menus_tag_and_group_the_selected_notes(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    a = add(board_library, workshop_id, "A", 0.0, 0.0)
    b = add(board_library, workshop_id, "B", 200.0, 0.0, tags=["nye-roller"])
    board.reload()
    board.select_ideas([a, b])
    menu = board.note_menu(board.note(a))
    titles = [action.text() for action in menu.actions()]
    tag_menu = next(x.menu() for x in menu.actions() if x.text() in ("Mærker", "Tags"))
    vocab = next(x.menu() for x in tag_menu.actions() if x.text() in ("Type forandring", "Kind of change"))
    roles = next(x for x in vocab.actions() if x.text() in ("Nye roller", "New roles"))
    assert not roles.isChecked()  # only one of the two has it
    roles.trigger()
    assert ideas(board_library, workshop_id)[a][4] == ("nye-roller",)
    board.toggle_tag([a, b], "nye-roller")  # both have it now: removes it from both
    assert ideas(board_library, workshop_id)[a][4] == ideas(board_library, workshop_id)[b][4] == ()
    group_menu = next(x.menu() for x in menu.actions() if x.text() in ("Bordgruppe", "Table group"))
    group_menu.actions()[2].trigger()  # "Bord 2"
    with board_library.read() as session:
        second = session.scalars(select(TableGroup).where(TableGroup.workshop_id == workshop_id, TableGroup.name == "Bord 2")).one()
    assert ideas(board_library, workshop_id)[a][5] == ideas(board_library, workshop_id)[b][5] == second.id
    assert board.note(a).fill().name().upper() == second.colour.upper()
    assert len(titles) >= 4
    board_controller.undo_stack.undo()
    assert ideas(board_library, workshop_id)[a][5] is None


def test_delete_key_deletes_the_selection_and_undo_brings_it_back(
    qtbot: Any, board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    theme = operations.create_cluster(board_library, workshop_id, "Trivsel", rect=(0.0, 0.0, 620.0, 400.0)).subject
    a = add(board_library, workshop_id, "Slet mig", 20.0, 60.0, cluster_id=theme, tags=["nye-roller"])
    b = add(board_library, workshop_id, "Også mig", 220.0, 60.0)
    c = add(board_library, workshop_id, "Ikke mig", 900.0, 60.0)
    board.reload()
    before = board_state(board_library, workshop_id)
    board.select_ideas([a, b])
    with qtbot.waitSignal(board.selection_did_change):
        board.setFocus()
        qtbot.keyClick(board, Qt.Key.Key_Delete)
    assert set(ideas(board_library, workshop_id)) == {c}
    assert [n.idea_id for n in board.notes()] == [c]
    assert board.cluster(theme).count == 0
    board_controller.undo_stack.undo()
    assert board_state(board_library, workshop_id) == before
    assert {n.idea_id for n in board.notes()} == {a, b, c}
    assert board.note(a).cluster_id == theme and board.note(a).text == "Slet mig"
    assert board.cluster(theme).count == 1
    board_controller.undo_stack.redo()
    assert set(ideas(board_library, workshop_id)) == {c}


# -- filter, zoom, projector -----------------------------------------------------------------


def test_filter_dims_or_hides_what_does_not_match(
    board: BoardView, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    with board_library.read() as session:
        group = session.scalars(select(TableGroup).where(TableGroup.workshop_id == workshop_id)).first()
    coffee = add(board_library, workshop_id, "Kaffe til alle", 0.0, 0.0, table_group_id=group.id)
    cake = add(board_library, workshop_id, "Kage om fredagen", 200.0, 0.0, tags=["nye-roller"])
    board.reload()
    board.set_filter("KAFFE")
    assert not board.note(coffee).dimmed and board.note(cake).dimmed
    assert board.matching_idea_ids() == [coffee]
    board.set_filter(tag="nye-roller", hide=True)
    assert board.note(coffee).isVisible() is False and board.note(cake).isVisible()
    board.set_filter(group_id=group.id)
    assert board.matching_idea_ids() == [coffee] and board.note(cake).dimmed
    board.set_filter("2")  # the number
    assert board.matching_idea_ids() == [cake]
    board.set_filter()
    assert all(not n.dimmed and n.isVisible() for n in board.notes())


def test_zoom_keys_and_fit(qtbot: Any, board: BoardView, board_library: Library, workshop_id: uuid.UUID) -> None:
    for n in range(30):
        add(board_library, workshop_id, f"Idé {n}", (n % 10) * 200.0, (n // 10) * 140.0)
    board.reload()
    board.fit_all()
    fitted = board.zoom()
    assert fitted < 1.0
    board.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert board.zoom() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(board, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    board.zoom_out()
    assert board.zoom() == pytest.approx(fitted / 1.25)
    visible = board.mapToScene(board.viewport().rect()).boundingRect()
    assert visible.contains(board.content_rect())


def test_read_only_board_cannot_be_edited(
    qtbot: Any, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    idea = add(board_library, workshop_id, "Se, men rør ikke", 0.0, 0.0)
    view = BoardView(board_controller, workshop_id, read_only=True)
    qtbot.addWidget(view)
    view.show()
    note = view.note(idea)
    assert not note.flags() & NoteItem.GraphicsItemFlag.ItemIsMovable
    assert not note.flags() & NoteItem.GraphicsItemFlag.ItemIsSelectable
    assert view.edit_note(idea) is None
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      view.mapFromScene(centre(note)))
    assert view.editor() is None
    # It follows changes like the desk's board.
    board_controller.run("Ret", operations.edit_idea, idea, "Rettet")
    assert view.note(idea).text == "Rettet"


def test_zoomed_far_out_one_overview_item_draws_the_notes_and_they_stay_selectable(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    ids = [add(board_library, workshop_id, f"Idé {n}", (n % 10) * 200.0, (n // 10) * 140.0) for n in range(40)]
    board.reload()
    board.resetTransform()
    assert not board.overview_mode()
    board.scale(0.2, 0.2)
    assert board.overview_mode()
    flag = NoteItem.GraphicsItemFlag.ItemHasNoContents
    assert all(n.flags() & flag for n in board.notes())
    # Rubber band selection still finds the notes.
    press_drag_release(board, QPointF(-50.0, -50.0), QPointF(390.0, 130.0))
    assert board.selected_idea_ids() == [ids[0], ids[1]]
    # A note added while zoomed out is drawn by the overview too.
    changes = board_controller.run("Tilføj", operations.add_idea, workshop_id, "Ny", position=(0.0, 900.0))
    assert board.note(changes.subject).flags() & flag
    image = QImage(600, 400, QImage.Format.Format_ARGB32_Premultiplied)
    board.viewport().render(image)
    board.fit_all()
    board.zoom_in()
    board.resetTransform()
    assert not board.overview_mode()
    assert not any(n.flags() & flag for n in board.notes())


def test_dropping_on_a_note_of_a_theme_puts_the_notes_where_they_were_dropped(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    theme = operations.create_cluster(board_library, workshop_id, "Trivsel", rect=(0.0, 0.0, 420.0, 260.0)).subject
    first = add(board_library, workshop_id, "Første", 20.0, 60.0, cluster_id=theme)
    newcomers = [add(board_library, workshop_id, f"Ny {n}", 900.0 + n * 200.0, 600.0) for n in range(2)]
    board.reload()
    before = board_state(board_library, workshop_id)
    board.select_ideas(newcomers)
    press_drag_release(board, centre(board.note(newcomers[0])), centre(board.note(first)))
    after = ideas(board_library, workshop_id)
    assert [after[i][3] for i in newcomers] == [theme, theme]
    # The theme is a container: the first newcomer takes the cell it was dropped on,
    # the note there moves one cell on, the second follows; nothing is covered.
    assert [after[i][1:3] for i in newcomers] == [(20.0, 60.0), (20.0, 200.0)]
    assert after[first][1:3] == (220.0, 60.0)
    frame = clusters(board_library, workshop_id)[theme]
    assert frame[3:] == (420.0, 340.0)  # grown down to hold the new row
    assert board_controller.undo_stack.count() == 1
    board_controller.undo_stack.undo()
    assert board_state(board_library, workshop_id) == before


def test_menu_takes_notes_out_of_their_theme(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    theme = operations.create_cluster(board_library, workshop_id, "Trivsel", rect=(0.0, 0.0, 620.0, 400.0)).subject
    inside = add(board_library, workshop_id, "Inde", 20.0, 60.0, cluster_id=theme)
    board.reload()
    menu = board.note_menu(board.note(inside))
    action = next(a for a in menu.actions() if a.text() in ("Tag ud af tema", "Take out of theme"))
    action.trigger()
    assert ideas(board_library, workshop_id)[inside][3] is None
    assert board.cluster(theme).count == 0


def test_hostile_text_is_laid_out_as_plain_text(board: BoardView, board_library: Library, workshop_id: uuid.UUID) -> None:
    idea = add(board_library, workshop_id, "<b>fed</b> <i>skrå</i>", 0.0, 0.0)
    board.reload()
    block = board.note(idea).text_block()
    assert block.text() == "<b>fed</b> <i>skrå</i>"
    # Every visible character has its glyph (a space ending a wrapped line has none).
    assert sum(len(run.glyphIndexes()) for run in block.runs) >= len("<b>fed</b><i>skrå</i>")


def test_pan_with_middle_or_space_drag_and_zoom_with_ctrl_wheel(
    qtbot: Any, board: BoardView, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    for n in range(60):
        add(board_library, workshop_id, f"Idé {n}", (n % 12) * 200.0, (n // 12) * 140.0)
    board.reload()
    board.resetTransform()
    board.centerOn(1200.0, 400.0)
    bar = board.horizontalScrollBar()
    start = bar.value()
    viewport = board.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, QPoint(600, 400))
    QTest.mouseMove(viewport, QPoint(500, 400))
    QTest.mouseRelease(viewport, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, QPoint(500, 400))
    assert bar.value() == start + 100
    board.setFocus()
    QTest.keyPress(board, Qt.Key.Key_Space)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(500, 400))
    QTest.mouseMove(viewport, QPoint(600, 400))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(600, 400))
    QTest.keyRelease(board, Qt.Key.Key_Space)
    assert bar.value() == start
    assert board.selected_idea_ids() == []  # a pan selects nothing
    zoom = board.zoom()
    wheel = QWheelEvent(
        QPointF(400, 300), QPointF(board.viewport().mapToGlobal(QPoint(400, 300))), QPoint(0, 0), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert board.zoom() == pytest.approx(zoom * 1.25)


def test_select_all_and_escape(qtbot: Any, board: BoardView, board_library: Library, workshop_id: uuid.UUID) -> None:
    ids = [add(board_library, workshop_id, f"Idé {n}", n * 200.0, 0.0) for n in range(3)]
    board.reload()
    board.set_filter("Idé 1", hide=True)
    board.setFocus()
    qtbot.keyClick(board, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert board.selected_idea_ids() == [ids[1]]  # only what is shown
    qtbot.keyClick(board, Qt.Key.Key_Escape)
    assert board.selected_idea_ids() == []


def test_the_projector_board_keeps_everything_in_view(
    qtbot: Any, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    add(board_library, workshop_id, "Her", 0.0, 0.0)
    view = BoardView(board_controller, workshop_id, read_only=True)
    qtbot.addWidget(view)
    view.resize(800, 500)
    view.show()
    qtbot.waitExposed(view)
    board_controller.run("Tilføj", operations.add_idea, workshop_id, "Langt væk", position=(3000.0, 2000.0))
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.content_rect())
    view.resize(400, 300)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.content_rect())


def test_note_text_size_follows_the_setting(board: BoardView, board_library: Library, workshop_id: uuid.UUID) -> None:
    idea = add(board_library, workshop_id, "Ord " * 40, 0.0, 0.0)
    board.reload()
    note = board.note(idea)
    default = note.display_text()
    board.set_note_font_size(22)
    assert note.font().pixelSize() == 22
    assert len(note.display_text()) < len(default)  # larger type: less fits
    later = add(board_library, workshop_id, "Senere", 400.0, 0.0)
    board.reload()
    assert board.note(later).font().pixelSize() == 22
    assert board.edit_note(later).font().pixelSize() == 22


def test_a_captured_note_off_screen_is_scrolled_into_view(
    board: BoardView, board_controller: Controller, workshop_id: uuid.UUID,
) -> None:
    board.resetTransform()
    board.centerOn(0.0, 0.0)
    changes = board_controller.run("Tilføj", operations.add_idea, workshop_id, "Langt ude", position=(4000.0, 3000.0))
    visible = board.mapToScene(board.viewport().rect()).boundingRect()
    assert visible.contains(board.note(changes.subject).sceneBoundingRect())


def test_a_first_tag_makes_room_for_its_line(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    idea = add(board_library, workshop_id, "Ord " * 40, 0.0, 0.0)
    board.reload()
    untagged = board.note(idea).display_text()
    board_controller.run("Mærk", operations.set_idea_tags, [idea], ["nye-roller"])
    assert len(board.note(idea).display_text()) < len(untagged)
    board_controller.undo_stack.undo()
    assert board.note(idea).display_text() == untagged


def test_notes_are_drawn_without_their_pixmaps_while_zooming(
    qtbot: Any, board: BoardView, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    idea = add(board_library, workshop_id, "Zoom", 0.0, 0.0)
    board.reload()
    qtbot.waitUntil(lambda: not board.zooming())
    assert board.note(idea).cacheMode() == NoteItem.CacheMode.DeviceCoordinateCache
    board.zoom_in()
    assert board.zooming() and board.note(idea).cacheMode() == NoteItem.CacheMode.NoCache
    qtbot.waitUntil(lambda: not board.zooming())
    assert board.note(idea).cacheMode() == NoteItem.CacheMode.DeviceCoordinateCache


def test_only_notes_in_and_around_the_view_lose_their_pixmaps_while_zooming(
    qtbot: Any, board: BoardView, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    near = add(board_library, workshop_id, "Her", 400.0, 300.0)
    far = add(board_library, workshop_id, "Langt væk", 9000.0, 300.0)
    board.reload()
    qtbot.waitUntil(lambda: not board.zooming())
    cached, uncached = NoteItem.CacheMode.DeviceCoordinateCache, NoteItem.CacheMode.NoCache
    board.zoom_in()
    # A zoom step touches only the notes near the view, not every note on the board.
    assert board.note(near).cacheMode() == uncached
    assert board.note(far).cacheMode() == cached
    # The view moving on while zooming takes the notes it comes to along.
    board.setTransformationAnchor(BoardView.ViewportAnchor.AnchorViewCenter)  # not wherever the mouse is
    board.centerOn(9000.0, 300.0)
    board.zoom_out()
    assert board.note(far).cacheMode() == uncached
    # A note captured mid-zoom is drawn like its neighbours.
    fresh = add(board_library, workshop_id, "Ny", 9200.0, 300.0)
    board.reload()
    assert board.zooming() and board.note(fresh).cacheMode() == uncached
    qtbot.waitUntil(lambda: not board.zooming())
    assert {note.cacheMode() for note in board.notes()} == {cached}


def test_a_zoom_step_lays_no_text_out_again(
    qtbot: Any, board: BoardView, board_library: Library, workshop_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each note's text is laid out once, in its own coordinates; a zoom step only
    draws the same glyph runs at the new scale (QStaticText laid the text out again
    at every new scale: most of the first frame after a zoom step)."""
    from ui.board import items as board_items

    idea = add(board_library, workshop_id, "Borger data kaffe møde velfærd", 400.0, 300.0)
    board.reload()
    note = board.note(idea)
    image = QImage(board.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    board.viewport().render(image)
    block, badge = note.text_block(), note._badge()[1]
    made: list[str] = []
    original = board_items.TextBlock.__init__

    def counting(self: Any, text: str, *args: Any) -> None:
        made.append(text)
        original(self, text, *args)

    monkeypatch.setattr(board_items.TextBlock, "__init__", counting)
    drawn: list[Any] = []
    monkeypatch.setattr(QPainter, "drawGlyphRun", lambda painter, at, run: drawn.append(run))
    for step in (board.zoom_in, board.zoom_in, board.zoom_out):
        step()
        board.viewport().render(image)
    assert made == []
    assert note.text_block() is block and note._badge()[1] is badge
    assert all(run in drawn for run in block.runs)
    qtbot.waitUntil(lambda: not board.zooming())
    board.viewport().render(image)
    assert made == [] and note.text_block() is block


def test_a_note_mid_zoom_looks_as_it_does_once_the_zoom_settles(
    qtbot: Any, board: BoardView, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    """Drawn afresh while zooming, from its pixmap once settled: the same picture."""
    from PySide6.QtGui import QTransform

    idea = add(board_library, workshop_id, "Borger data kaffe møde velfærd samarbejde", 400.0, 300.0)
    board.reload()
    board.setTransform(QTransform.fromScale(1.37, 1.37))
    board.centerOn(500.0, 370.0)
    area = board.mapFromScene(board.note(idea).sceneBoundingRect()).boundingRect()

    def picture() -> QImage:
        image = QImage(board.viewport().size(), QImage.Format.Format_RGB32)
        board.viewport().render(image)
        return image.copy(area)

    assert board.zooming() and board.note(idea).cacheMode() == NoteItem.CacheMode.NoCache
    during = picture()
    qtbot.waitUntil(lambda: not board.zooming())
    settled = picture()
    assert board.note(idea).cacheMode() == NoteItem.CacheMode.DeviceCoordinateCache
    differing = sum(
        1 for y in range(area.height()) for x in range(0, area.width())
        if abs(during.pixelColor(x, y).lightness() - settled.pixelColor(x, y).lightness()) > 40
    )
    assert differing < area.width() * area.height() * 0.01


def test_the_dot_grid_sits_on_the_board_at_any_zoom(qtbot: Any, board: BoardView) -> None:
    """Drawn in device pixels for speed, the dots still sit every 40 units of the board."""
    from PySide6.QtGui import QColor, QTransform

    from ui.board.view import BOARD_BACKGROUND

    for scale in (1.0, 1.37, 0.8, 2.5):
        board.setTransform(QTransform.fromScale(scale, scale))
        board.centerOn(500.0, 300.0)
        image = QImage(board.viewport().size(), QImage.Format.Format_RGB32)
        image.fill(QColor("magenta"))
        board.viewport().render(image)
        background = QColor(BOARD_BACKGROUND).lightness()
        for column in range(9, 16):
            for row in range(5, 10):
                dot = board.mapFromScene(QPointF(column * 40.0, row * 40.0))
                between = board.mapFromScene(QPointF(column * 40.0 + 20.0, row * 40.0 + 20.0))
                assert image.pixelColor(dot).lightness() < background - 6, (scale, column, row)
                assert image.pixelColor(between) == QColor(BOARD_BACKGROUND), (scale, column, row)
        # The board paints every pixel itself (the viewport is not erased first).
        assert all(
            image.pixelColor(x, y) != QColor("magenta")
            for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)
        )
    board.setTransform(QTransform.fromScale(0.4, 0.4))
    image = QImage(board.viewport().size(), QImage.Format.Format_RGB32)
    board.viewport().render(image)
    dot = board.mapFromScene(QPointF(400.0, 280.0))
    assert image.pixelColor(dot) == QColor(BOARD_BACKGROUND)  # too far out to see dots


def test_a_line_break_in_a_note_starts_a_new_line(board: BoardView, board_library: Library, workshop_id: uuid.UUID) -> None:
    idea = add(board_library, workshop_id, "første linje\nanden linje", 0.0, 0.0)
    board.reload()
    note = board.note(idea)
    assert note.display_text() == "første linje\nanden linje"
    assert note.text_block().lines == 2
    assert note.text_block().text() == "første linje\nanden linje"


def assert_board_mirrors_model(board: BoardView, library: Library, workshop: uuid.UUID) -> None:
    """Every note and theme drawn exactly as stored; nothing more."""
    stored_ideas, stored_clusters = board_state(library, workshop)
    assert {n.idea_id for n in board.notes()} == set(stored_ideas)
    for idea_id, (text, x, y, cluster_id, tags, group_id) in stored_ideas.items():
        note = board.note(idea_id)
        assert (note.text, note.x(), note.y(), note.cluster_id, tuple(note.tags), note.table_group_id) == (
            text, x, y, cluster_id, tags, group_id,
        )
    assert {c.cluster_id for c in board.clusters()} == set(stored_clusters)
    for cluster_id, (title, x, y, width, height) in stored_clusters.items():
        item = board.cluster(cluster_id)
        rect = item.frame_rect()
        assert (item.title, rect.x(), rect.y(), rect.width(), rect.height()) == (title, x, y, width, height)
        assert item.count == sum(1 for i in stored_ideas.values() if i[3] == cluster_id)


def test_a_session_of_board_actions_undoes_and_redoes_exactly(
    qtbot: Any, board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    a = add(board_library, workshop_id, "Kaffe", 0.0, 0.0)
    b = add(board_library, workshop_id, "Kage", 400.0, 0.0)
    c = add(board_library, workshop_id, "Te", 800.0, 0.0)
    board.reload()
    board.ask_text = lambda title, label, default: default  # type: ignore[method-assign]
    states = [board_state(board_library, workshop_id)]

    def step() -> None:
        assert_board_mirrors_model(board, board_library, workshop_id)
        states.append(board_state(board_library, workshop_id))

    press_drag_release(board, centre(board.note(a)), centre(board.note(b)))  # a theme of a and b
    step()
    (theme,) = clusters(board_library, workshop_id)
    press_drag_release(board, centre(board.note(c)), centre(board.note(a)))  # c joins it
    step()
    frame = board.cluster(theme).frame_rect()
    press_drag_release(board, frame.topLeft() + QPointF(200.0, 20.0), frame.topLeft() + QPointF(260.0, 120.0))
    step()
    board.toggle_tag([a, c], "nye-roller")
    step()
    board.dissolve_cluster(theme)
    step()
    board.select_ideas([b])
    board.delete_selected()
    step()
    board.set_group([a], None)  # no change, still one step
    assert_board_mirrors_model(board, board_library, workshop_id)

    stack = board_controller.undo_stack
    assert stack.count() == len(states) - 1  # one step per action; the no-op adds none
    for expected in reversed(states[:-1]):
        stack.undo()
        assert board_state(board_library, workshop_id) == expected
        assert_board_mirrors_model(board, board_library, workshop_id)
    for expected in states[1:]:
        stack.redo()
        assert board_state(board_library, workshop_id) == expected
        assert_board_mirrors_model(board, board_library, workshop_id)


def test_a_table_group_name_with_an_ampersand_shows_whole_in_the_menu(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    """Qt reads "&" in a menu item as the mark of its shortcut letter and hides it:
    "Børn & unge" became "Børn  unge". The name is the user's, shown as typed."""
    from app.operations import add_table_group

    add_table_group(board_library, workshop_id, "Børn & unge")
    a = add(board_library, workshop_id, "A", 0.0, 0.0)
    board.reload()
    board.select_ideas([a])
    menu = board.note_menu(board.note(a))
    group_menu = next(x.menu() for x in menu.actions() if x.text() in ("Bordgruppe", "Table group"))
    shown = [action.iconText() for action in group_menu.actions()]
    assert "Børn & unge" in shown
    next(x for x in group_menu.actions() if x.iconText() == "Børn & unge").trigger()
    with board_library.read() as session:
        group = session.scalars(select(TableGroup).where(TableGroup.name == "Børn & unge")).one()
    assert ideas(board_library, workshop_id)[a][5] == group.id


def test_a_trackpad_pinch_zooms_under_the_fingers(qtbot: Any, board: BoardView) -> None:
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice

    def pinch(value: float) -> None:
        at = QPointF(board.viewport().rect().center())
        event = QNativeGestureEvent(
            Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
            at, at, QPointF(board.viewport().mapToGlobal(at.toPoint())), value, QPointF(), 1,
        )
        QApplication.sendEvent(board.viewport(), event)

    start = board.zoom()
    for _ in range(10):
        pinch(0.02)
    assert board.zoom() == pytest.approx(start * 1.02 ** 10)
    assert board.zooming()
    pinch(-0.5)
    assert board.zoom() == pytest.approx(start * 1.02 ** 10 * 0.5)
    qtbot.waitUntil(lambda: not board.zooming())


# -- one gesture, one operation --------------------------------------------------------------


def test_making_a_theme_of_notes_from_another_theme_is_undone_to_their_old_theme(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID,
) -> None:
    old = operations.create_cluster(board_library, workshop_id, "Gammel", rect=(0.0, 0.0, 420.0, 260.0)).subject
    a = add(board_library, workshop_id, "Inde A", 20.0, 60.0, cluster_id=old)
    b = add(board_library, workshop_id, "Inde B", 220.0, 60.0, cluster_id=old)
    target = add(board_library, workshop_id, "Mål", 900.0, 500.0)
    board.reload()
    board.ask_text = lambda title, label, default: "Nyt"  # type: ignore[method-assign]
    before = board_state(board_library, workshop_id)
    board.select_ideas([a, b])
    press_drag_release(board, centre(board.note(a)), centre(board.note(target)))
    made = ideas(board_library, workshop_id)
    assert made[a][3] == made[b][3] == made[target][3] not in (None, old)
    assert board_controller.undo_stack.count() == 1
    assert board_controller.undo_stack.command(0).childCount() == 0  # one command, no macro
    board_controller.undo_stack.undo()
    assert board_state(board_library, workshop_id) == before
    assert (board.note(a).cluster_id, board.note(b).cluster_id) == (old, old)
    assert board.cluster(old).count == 2
    assert_board_mirrors_model(board, board_library, workshop_id)


@pytest.mark.parametrize("refusal", ["title", "theme gone"])
def test_a_refused_drop_leaves_nothing_half_done(
    board: BoardView, board_controller: Controller, board_library: Library, workshop_id: uuid.UUID, refusal: str,
) -> None:
    """The move and the theme are one operation: when the theme part is refused (a
    title too long, a theme deleted meanwhile elsewhere), the notes do not move either."""
    theme = operations.create_cluster(board_library, workshop_id, "Trivsel", rect=(0.0, 0.0, 620.0, 400.0)).subject
    a = add(board_library, workshop_id, "En", 900.0, 60.0)
    b = add(board_library, workshop_id, "To", 1300.0, 60.0)
    board.reload()
    board.ask_text = lambda title, label, default: "x" * 201  # type: ignore[method-assign]
    if refusal == "theme gone":
        operations.dissolve_cluster(board_library, theme)  # behind the board's back
    before = board_state(board_library, workshop_id)
    failures: list[str] = []
    board_controller.operation_did_fail.connect(failures.append)
    end = centre(board.note(b)) if refusal == "title" else QPointF(300.0, 250.0)
    press_drag_release(board, centre(board.note(a)), end)
    assert failures  # the facilitator is told why
    assert board_state(board_library, workshop_id) == before
    assert board_controller.undo_stack.count() == 0
    assert board.note(a).pos() == QPointF(900.0, 60.0)  # back where the model has it


def test_the_board_reads_the_library_only_through_app_queries() -> None:
    """No SQLAlchemy, no mapped model and no session in ui/board: its reads go through
    app.queries (frozen rows), its writes through app.operations."""
    import ast
    from pathlib import Path

    import ui.board

    for path in Path(ui.board.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = [
            alias.name if isinstance(node, ast.Import) else node.module or ""
            for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
        ]
        assert not [m for m in imported if m.startswith(("sqlalchemy", "app.model", "app.library"))], path.name
        assert ".read()" not in path.read_text(encoding="utf-8"), path.name
