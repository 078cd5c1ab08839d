"""The projector: follows the facilitator (phase, timer, role card), blanks, shows user
text literally, and keeps its place when screens come and go."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from desk_helpers import ManualTime, make_workshop
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from app.library import Library
from ui.desk.projector import ProjectorWindow
from ui.desk.window import WorkshopWindow

HERE = Path(__file__).parent
ROOT = HERE.parent.parent


@pytest.fixture(autouse=True)
def _danish(language: Any) -> None:
    language("da")


@pytest.fixture
def desk(qtbot: Any, controller: Any, settings: Any, sample_id: uuid.UUID, manual_time: ManualTime) -> WorkshopWindow:
    window = WorkshopWindow(controller, sample_id, settings, clock=manual_time)
    qtbot.addWidget(window)
    window.set_projector_shown(True)
    assert window.projector is not None
    qtbot.addWidget(window.projector)
    return window


def test_projector_follows_phase_changes(desk: WorkshopWindow) -> None:
    projector = desk.projector
    assert projector is not None and projector.isVisible()
    assert projector.phase_label.text() == "Idé"
    assert projector.step_label.text() == "Fase 2 af 5"
    assert "Involver mennesker udefra" in projector.prompts_label.text()
    desk.phase_panel.next_button.click()
    assert projector.phase_label.text() == "Test"
    assert projector.step_label.text() == "Fase 3 af 5"
    desk.controller.undo_stack.undo()
    assert projector.phase_label.text() == "Idé"
    assert projector.title_label.text().startswith("Innovationsudvalget")


def test_a_new_phase_shows_its_prompts_and_f9_brings_the_board_back(desk: WorkshopWindow, qtbot: Any) -> None:
    projector = desk.projector
    assert projector is not None and projector.body_shown == ProjectorWindow.BOARD
    desk.phase_panel.next_button.click()
    assert projector.body_shown == ProjectorWindow.PHASE and desk.phase_action.isChecked()
    desk.show()
    desk.activateWindow()
    qtbot.waitUntil(desk.isActiveWindow)
    qtbot.keyClick(desk, Qt.Key.Key_F9)
    assert projector.body_shown == ProjectorWindow.BOARD and not desk.phase_action.isChecked()
    qtbot.keyClick(desk, Qt.Key.Key_F9)
    assert projector.body_shown == ProjectorWindow.PHASE


def test_projector_follows_the_timer(desk: WorkshopWindow, manual_time: ManualTime) -> None:
    projector = desk.projector
    assert projector is not None
    minutes = desk.phase_panel.current()[4]
    assert projector.timer_label.text() == f"{minutes:02d}:00"
    desk.phase_panel.timer_widget.start_button.click()
    manual_time.advance(61)
    desk.timer.tick()
    assert projector.timer_label.text() == f"{minutes - 2:02d}:59"
    desk.phase_panel.timer_widget.more_button.click()
    assert projector.timer_label.text() == f"{minutes - 1:02d}:59"
    manual_time.advance(minutes * 60 + 1)  # 2 s past zero: the overtime, as on the desk
    desk.timer.tick()
    assert projector.timer_label.text() == "+00:02" == desk.phase_panel.timer_widget.display.text()
    assert projector.timer_label.property("expired") is True


def test_role_card_shows_large_and_goes_away(desk: WorkshopWindow) -> None:
    projector = desk.projector
    assert projector is not None
    desk.people.role_cards["katalysator"][3].click()
    assert projector.page == ProjectorWindow.ROLE
    assert projector.role_name.text() == "Katalysator"
    assert "Bringe ny viden i spil" in projector.role_tasks.text()
    desk.people.hide_role_button.click()
    assert projector.page == ProjectorWindow.MAIN


def test_blank_toggle(desk: WorkshopWindow, qtbot: Any) -> None:
    projector = desk.projector
    assert projector is not None
    assert desk.blank_action.isEnabled()
    desk.blank_action.trigger()
    assert projector.blank and projector.outer.currentWidget() is projector.blank_cover
    assert desk.projector_status.text() == "Projektor mørklagt"
    assert projector.isVisible()  # blank is black, not gone
    qtbot.keyClick(projector, Qt.Key.Key_B)  # a presenter remote's "black screen" key
    assert not projector.blank and not desk.blank_action.isChecked()
    assert projector.outer.currentWidget() is projector.pages


def test_projector_action_shows_and_hides(desk: WorkshopWindow) -> None:
    projector = desk.projector
    assert projector is not None
    desk.projector_action.trigger()
    assert not projector.isVisible() and not desk.blank_action.isEnabled()
    assert desk.projector_status.text() == "Projektor slukket"
    desk.projector_action.trigger()
    assert projector.isVisible()


def test_projector_shows_nothing_private(desk: WorkshopWindow, library: Library) -> None:
    from app import operations

    operations.update_workshop(library, desk.workshop_id, notes="Fortroligt: husk budgettal")
    desk.controller.notify(operations.update_workshop(library, desk.workshop_id, title="Ny titel"))
    projector = desk.projector
    assert projector is not None
    assert projector.title_label.text() == "Ny titel"
    assert all("Fortroligt" not in label.text() for label in projector.findChildren(QLabel))


@pytest.mark.parametrize("text", ["<b>x</b>", "<img src=x>"])
def test_hostile_text_shows_literally_on_the_projector(qtbot: Any, controller: Any, settings: Any, library: Library, text: str) -> None:
    workshop_id = make_workshop(library, title=text, question=text)
    window = WorkshopWindow(controller, workshop_id, settings)
    qtbot.addWidget(window)
    projector = window.ensure_projector()
    qtbot.addWidget(projector)
    assert projector.title_label.text() == text and projector.question_label.text() == text
    for label in projector.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_with_one_screen_it_is_a_normal_window(qtbot: Any, settings: Any) -> None:
    assert len(QGuiApplication.screens()) == 1
    projector = ProjectorWindow(settings)
    qtbot.addWidget(projector)
    projector.present()
    assert projector.isVisible() and not projector.isFullScreen()
    assert projector.screen_name == ""
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(projector.geometry())
    # A screen signal while it is up does not move it anywhere strange.
    QGuiApplication.instance().screenAdded.emit(QGuiApplication.primaryScreen())
    for _ in range(3):
        QGuiApplication.processEvents()  # the re-placing is deferred to the event loop
    assert projector.isVisible() and not projector.isFullScreen()


def test_two_screens_full_screen_and_a_screen_removed(tmp_path: Path) -> None:
    """Offscreen with two simulated screens (in a child process: the platform is fixed
    when QApplication is made)."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={HERE / 'screens.json'}"
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    result = subprocess.run(
        [sys.executable, str(HERE / "projector_screens_child.py")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["screens"] == ["Laptop", "Projektor"]
    placed = seen["placed"]
    assert placed == {"visible": True, "full_screen": True, "screen": "Projektor",
                      "geometry": [1440, 0, 1920, 1080], "screen_name": "Projektor"}
    removed = seen["after_removal"]
    assert removed["visible"] and not removed["full_screen"]
    assert removed["screen"] == "Laptop" and removed["screen_name"] == ""
    x, y, w, h = removed["geometry"]
    assert 0 <= x and x + w <= 1440 and 0 <= y and y + h <= 900  # on the laptop, not off in space
    back = seen["after_return"]
    assert back["visible"] and back["full_screen"] and back["screen"] == "Projektor"
    chosen = seen["chosen"]
    assert chosen["screen"] == "Laptop" and chosen["full_screen"] and chosen["geometry"] == [0, 0, 1440, 900]
    assert seen["remembered"] == "Laptop"


def test_the_vote_shows_only_its_count_until_revealed(desk: WorkshopWindow, library: Library) -> None:
    from app.operations.voting import cast_ballot, close_round, reveal_round

    voting = desk.voting
    voting.kind.setCurrentIndex(voting.kind.findData("dots"))
    voting.open_new_round()
    round_id = voting.current_round
    assert round_id is not None
    desk.results_action.trigger()
    projector = desk.projector
    assert projector is not None and projector.page == ProjectorWindow.RESULTS
    results = desk.projector_results
    assert results is not None and results.round_id == round_id
    assert not results.showing_results  # hidden votes never reach the wall
    from app.voting import round_info

    option = round_info(library, round_id).options[0].id
    desk.controller.run("vote", cast_ballot, round_id, "device:abc", dots={option: 2})
    assert not results.showing_results and results.ballots == 1
    desk.controller.run("close", close_round, round_id)
    desk.controller.run("reveal", reveal_round, round_id)
    assert results.showing_results
    desk.results_action.trigger()
    assert projector.page == ProjectorWindow.MAIN


# -- the room view: read from the back row (issue 12) ------------------------------------

#: Capitals of 30 px on a 1080-line image: 16 minutes of arc at six image heights.
MIN_CAP_PX = 30.0

THEMES = [
    ("Faste ansigter og bedre overgange mellem hjemmepleje og sygehus", 9),
    ("Sundhedsdata – nye indsigter om borgernes sundhed", 8),
    ("Ledige dimittender – Teamwork", 7),
    ("Unge iværksættere – Moonshots", 4),
]
NOTE_TEXTS = [
    "Samme tre hjælpere hver uge hos den samme borger",
    "Kortlæg hvilke sundhedsdata kommunen allerede ligger inde med",
    "Fortæl historien i lokalavisen",
    "Et borgerpanel sparrer på spørgsmålene",
    "Start småt: ét datasæt om faldulykker",
    "Mentorer fra det lokale erhvervsliv",
]


def _room_workshop(library: Library, themes: list[tuple[str, int]], loose: int = 0) -> uuid.UUID:
    """A workshop with ``themes`` (title, note count) and ``loose`` notes without a theme."""
    from app import operations

    workshop_id = make_workshop(library, title="Rummet kan læse det")
    number = 0
    for title, count in themes:
        ids = []
        for _ in range(count):
            number += 1
            changes = operations.add_idea(library, workshop_id, f"{NOTE_TEXTS[number % len(NOTE_TEXTS)]} ({number})")
            assert changes.subject is not None
            ids.append(changes.subject)
        operations.create_cluster(library, workshop_id, title, ids)
    for _ in range(loose):
        number += 1
        operations.add_idea(library, workshop_id, f"Løs idé nummer {number}")
    return workshop_id


def _room_desk(qtbot: Any, controller: Any, settings: Any, workshop_id: uuid.UUID) -> WorkshopWindow:
    window = WorkshopWindow(controller, workshop_id, settings)
    qtbot.addWidget(window)
    projector = window.ensure_projector()
    qtbot.addWidget(projector)
    projector.show()
    window.show()  # the desk has the keys: it is the active window, as at the laptop
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    projector.resize(1920, 1080)  # a 1080-line projector image
    qtbot.waitUntil(lambda: projector.size().width() == 1920 and projector.size().height() == 1080)
    QGuiApplication.processEvents()
    assert window.room is not None
    room = window.room
    qtbot.waitUntil(lambda: room.stack.width() > 1000)
    room.relayout()  # for the size it has now, as the deferred relayout would
    QGuiApplication.processEvents()
    return window


def _check_readable(projector: ProjectorWindow) -> list[str]:
    """Every visible text on the projector: capitals ≥ 30 px on the 1080-line image,
    nothing clipped or elided. Returns the texts seen."""
    from PySide6.QtCore import QPoint, QRect, QRectF
    from PySide6.QtGui import QFontMetricsF

    QGuiApplication.processEvents()
    scale = 1080 / projector.height()
    window_rect = QRect(QPoint(0, 0), projector.size())
    seen = []
    for label in projector.findChildren(QLabel):
        if not label.isVisibleTo(projector) or not label.text():
            continue
        metrics = QFontMetricsF(label.font())
        cap = metrics.capHeight() * scale
        assert cap >= MIN_CAP_PX, f"{label.objectName()} {label.text()!r}: capitals {cap:.1f} px"
        box = label.contentsRect()
        if label.wordWrap():
            # The text wrapped as QPainter draws it must fit inside the padding.
            wide = metrics.boundingRect(QRectF(0, 0, box.width(), 100_000), Qt.TextFlag.TextWordWrap, label.text())
            assert wide.height() <= box.height() + 1, f"{label.text()!r} needs {wide.height():.0f} px, has {box.height()}"
            assert wide.width() <= box.width() + 1, f"{label.text()!r} is {wide.width():.0f} px wide in {box.width()}"
        else:
            for line in label.text().split("\n"):
                assert metrics.horizontalAdvance(line) <= box.width() + 1, f"{line!r} is cut"
        # Whole on the screen and inside whatever holds it.
        top_left = label.mapTo(projector, QPoint(0, 0))
        assert window_rect.contains(QRect(top_left, label.size())), f"{label.text()!r} runs off the screen"
        parent = label.parentWidget()
        assert parent is not None and parent.rect().contains(label.geometry()), f"{label.text()!r} is clipped"
        assert "…" not in label.text() or "…" in label.text().rstrip("…")
        seen.append(label.text())
    return seen


def test_the_room_reads_every_note_and_theme_at_30_px(qtbot: Any, controller: Any, settings: Any, library: Library) -> None:
    from ui.desk.room import RoomView

    workshop_id = _room_workshop(library, THEMES, loose=2)  # 30 ideas: 28 in 4 themes, 2 without
    window = _room_desk(qtbot, controller, settings, workshop_id)
    projector, room = window.projector, window.room
    assert projector is not None and room is not None
    assert room.mode == RoomView.THEMES and room.page_count > 1
    shown: list[str] = []
    for page in range(room.page_count):
        room.show_page(page)
        texts = _check_readable(projector)
        assert f"side {page + 1} af {room.page_count}" in texts
        shown += texts
    for title, count in THEMES:
        assert title in shown  # whole: wrapped, never cut
        assert f"{count} noter" in shown
    assert "Uden tema" in shown and "2 noter" in shown
    notes = [t for t in shown if t.startswith(tuple(NOTE_TEXTS)) or t.startswith("Løs idé")]
    assert len(notes) == 30 and len(set(notes)) == 30  # every note once, on some page
    # The phase, the other thing the room reads, is as large.
    window.set_phase_shown(True)
    texts = _check_readable(projector)
    assert "Hvem skal involveres" in "\n".join(texts)
    window.show_role("katalysator")  # and a role card, every line of it
    assert "Katalysator" in _check_readable(projector)


def test_a_focused_theme_fills_the_projector_at_30_px(qtbot: Any, controller: Any, settings: Any, library: Library) -> None:
    from ui.desk.room import RoomView

    title = "Faste ansigter og bedre overgange mellem hjemmepleje og sygehus"
    workshop_id = _room_workshop(library, [(title, 12), ("Andet", 3)])
    from app import operations

    # Danish makes long words: one wider than a column still wraps (never cut).
    operations.add_idea(library, workshop_id, "Borgerinddragelsesprocesseringsmedarbejderne!")
    window = _room_desk(qtbot, controller, settings, workshop_id)
    projector, room = window.projector, window.room
    assert projector is not None and room is not None
    theme = next(g for g in room.groups if g.title == title)
    window.board.select_ideas([theme.notes[3].id])
    qtbot.keyClick(window, Qt.Key.Key_F6)  # the facilitator's one key, at the desk
    assert room.mode == RoomView.FOCUS and room.focused == theme.id
    assert window.focus_action.isChecked()
    assert not projector.status.isVisibleTo(projector)  # the whole screen is the theme's
    QGuiApplication.processEvents()
    texts = _check_readable(projector)
    for page in range(1, room.page_count):
        room.show_page(page)
        texts += _check_readable(projector)
    assert title in texts and "12 noter" in texts
    assert sorted(t for t in texts if t.endswith(")")) == sorted(n.text for n in theme.notes)
    room.focus_theme(None, no_theme=True)  # the notes without a theme: the long word
    texts = _check_readable(projector)
    assert "Uden tema" in texts
    assert any(t.replace("\u00ad", "") == "Borgerinddragelsesprocesseringsmedarbejderne!" for t in texts)
    qtbot.keyClick(window, Qt.Key.Key_F6)  # and back
    assert room.mode == RoomView.THEMES and not window.focus_action.isChecked()
    assert projector.status.isVisibleTo(projector)


def test_room_pages_turn_by_key_and_by_themselves(qtbot: Any, controller: Any, settings: Any, library: Library) -> None:
    workshop_id = _room_workshop(library, THEMES, loose=2)
    window = _room_desk(qtbot, controller, settings, workshop_id)
    room = window.room
    assert room is not None
    count = room.page_count
    assert count >= 2 and room.page == 0 and room.page_label.text() == f"side 1 af {count}"
    assert room.cycle.isActive()  # the pages cycle when the facilitator does nothing
    with qtbot.waitSignal(room.page_did_change):
        room.cycle.timeout.emit()
    assert room.page == 1
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert room.page == 2 % count
    for _ in range(count):
        room.next_page()
    assert room.page == 2 % count  # round and round
    projector = window.projector
    assert projector is not None
    qtbot.keyClick(projector, Qt.Key.Key_PageUp)  # a presenter remote, at the projector
    assert room.page == 1
    qtbot.keyClick(projector, Qt.Key.Key_PageDown)
    assert room.page == 2 % count
    # A short board needs no pages: no page number, no cycling.
    from app import operations

    for group in room.groups[1:]:
        window.controller.run("delete", operations.delete_ideas, [n.id for n in group.notes])
        if group.id is not None:
            window.controller.run("dissolve", operations.dissolve_cluster, group.id)
    assert room.page_count == 1 and not room.page_label.isVisible() and not room.cycle.isActive()


def test_room_overview_is_labelled_and_refreshes_only_for_the_board(
    qtbot: Any, controller: Any, settings: Any, library: Library, monkeypatch: Any,
) -> None:
    from app import operations
    from ui.desk.room import RoomView

    workshop_id = _room_workshop(library, THEMES[:2])
    window = _room_desk(qtbot, controller, settings, workshop_id)
    room = window.room
    assert room is not None
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert room.mode == RoomView.OVERVIEW and room.stack.currentWidget() is window.projector_board
    assert room.heading.text() == "Overblik: alle 17 noter (lille skrift)"
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert room.mode == RoomView.THEMES
    reads: list[int] = []
    original = room.read
    monkeypatch.setattr(room, "read", lambda changes: (reads.append(1), original(changes))[1])
    window.controller.run("add", operations.add_idea, workshop_id, "En ny idé fra bord 3")
    assert reads and any("En ny idé fra bord 3" == n.text for g in room.groups for n in g.notes)
    reads.clear()
    window.controller.run("notes", operations.update_workshop, workshop_id, notes="Kun til facilitatoren")
    assert reads == []  # not the board: nothing to read again
    # With the projector off, capturing does not read for it; showing it again does.
    window.set_projector_shown(False)
    window.controller.run("add", operations.add_idea, workshop_id, "Mens projektoren var slukket")
    assert reads == []
    window.set_projector_shown(True)
    qtbot.waitUntil(lambda: bool(reads))
    assert any("Mens projektoren var slukket" == n.text for g in room.groups for n in g.notes)


def _note(number: int, height: int) -> Any:
    from app.queries.board import BoardNote

    return BoardNote(uuid.uuid4(), number, str(height), (), None, None, None, 0.0, 0.0, None)


def test_paginate_flows_groups_through_columns_without_leaving_room_for_a_note() -> None:
    """Newspaper flow: a group starts under the one before when its title and first note
    fit, goes on in the next column, and is titled again only at the top of a page."""
    from ui.desk.room import GROUP_GAP, NOTE_GAP, RoomGroup, paginate

    heights = [120, 200, 90, 300, 150, 80, 220, 160, 110, 240, 130, 70, 180, 260, 100]
    groups = [RoomGroup(uuid.uuid4(), f"Tema {n}", tuple(_note(n * 100 + i, h) for i, h in enumerate(heights[n::3])))
              for n in range(3)]
    pages = paginate(groups, columns=2, height=600, header_height=lambda _g, _c: 60,
                     note_height=lambda note: int(note.text))
    columns = [column for page in pages for column in page]
    flat = [note for column in columns for part in column for note in part.notes]
    assert flat == [note for group in groups for note in group.notes]  # every note once, in order
    for index, column in enumerate(columns):
        used = sum(60 * part.titled + sum(int(n.text) for n in part.notes) + NOTE_GAP * max(0, len(part.notes) - 1)
                   for part in column) + GROUP_GAP * (len(column) - 1)
        assert used <= 600
        if index + 1 < len(columns):
            following = columns[index + 1][0]
            if following.continued:  # the group went on: its next note did not fit here
                assert used + NOTE_GAP + int(following.notes[0].text) > 600
            else:  # a new group: its title and first note did not fit here
                assert used + GROUP_GAP + 60 + int(following.notes[0].text) > 600
            # Titled again only at the top of a page (column 0 of 2).
            assert following.titled == (not following.continued or (index + 1) % 2 == 0)
    assert any(len(column) > 1 for column in columns)  # groups share columns


def _check_tight(projector: ProjectorWindow) -> None:
    """Each note's card is as tall as its text: no blank line in it."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontMetricsF

    for label in projector.findChildren(QLabel, "roomNote"):
        if label.isVisibleTo(projector):
            box = label.contentsRect()
            text = QFontMetricsF(label.font()).boundingRect(QRectF(0, 0, box.width(), 100_000),
                                                            Qt.TextFlag.TextWordWrap, label.text())
            assert box.height() - text.height() <= 4, f"{label.text()!r}: {box.height()} px for {text.height():.0f}"


def test_a_card_is_as_tall_as_its_text(qtbot: Any, controller: Any, settings: Any, library: Library) -> None:
    """QLabel.heightForWidth asked a line more than it drew for some texts."""
    from app import operations

    workshop_id = make_workshop(library, title="Tætte kort")
    for number in (20, 40, 60):
        operations.add_idea(library, workshop_id, f"Idé nummer {number}: lad borgerne booke tid digitalt og få svar samme dag")
    window = _room_desk(qtbot, controller, settings, workshop_id)
    assert window.projector is not None
    _check_readable(window.projector)
    _check_tight(window.projector)


def test_the_sample_workshop_fits_in_four_pages_at_30_px(qtbot: Any, controller: Any, settings: Any, sample_id: uuid.UUID) -> None:
    """The sample's 31 notes in 4 themes took 6 pages with a column per theme; flowed,
    they take 4, still at 30 px, and a theme going on at the top of a page says so."""
    window = _room_desk(qtbot, controller, settings, sample_id)
    projector, room = window.projector, window.room
    assert projector is not None and room is not None
    assert room.page_count <= 4
    shown: list[str] = []
    for page in range(room.page_count):
        room.show_page(page)
        shown += _check_readable(projector)
        _check_tight(projector)
    notes = [n.text for g in room.groups for n in g.notes]
    assert len(notes) == 31 and sorted(t.replace("\u00ad", "") for t in shown if t.replace("\u00ad", "") in notes) == sorted(notes)
    continued = [part for page in room.pages for column in page[:1] for part in column[:1] if part.continued]
    assert all(f"{part.group.title} (forts.)" in [t.replace("\u00ad", "") for t in shown] for part in continued)


def _check_drawn(view: Any, scale: float) -> list[str]:
    """Every text a painted view drew: capitals ≥ 30 px on the 1080-line image, and
    whole inside its box (wrapped, never elided)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontMetricsF

    view.grab()  # paints
    assert view.drawn
    area = QRectF(view.rect())
    for item in view.drawn:
        metrics = QFontMetricsF(item.font)
        cap = metrics.capHeight() * scale
        assert cap >= MIN_CAP_PX, f"{item.text!r}: capitals {cap:.1f} px"
        needed = metrics.boundingRect(item.rect, item.flags, item.text)
        assert needed.width() <= item.rect.width() + 1 and needed.height() <= item.rect.height() + 1, \
            f"{item.text!r} needs {needed.width():.0f}×{needed.height():.0f} in {item.rect.width():.0f}×{item.rect.height():.0f}"
        assert area.contains(item.rect.intersected(area)) and area.contains(needed), f"{item.text!r} runs off"
        assert "…" not in item.text or item.text.startswith("…"), f"{item.text!r} is elided"
    return [item.text for item in view.drawn]


def test_a_dot_vote_result_reads_at_30_px_with_whole_ranks_and_ideas(
    desk: WorkshopWindow, library: Library, qtbot: Any,
) -> None:
    from app.operations import TallyCount, enter_tally, reveal_round
    from app.operations.voting import close_round, open_round
    from app.voting import round_info, round_results

    changes = desk.controller.run("vote", open_round, desk.workshop_id, "dots",
                                  title="Hvilke idéer skal vi teste først – og hvilke kan vente til efteråret?", budget=3)
    round_id = changes.subject
    options = round_info(library, round_id).options
    # Ties at rank 1 and rank 4, the long sample ideas, and many more below.
    dots = [23, 23, 18, 13, 13, 13, 8, 4] + [1] * (len(options) - 8)
    enter_tally(library, round_id, [TallyCount(o.id, 1, d) for o, d in zip(options, dots, strict=True)])
    desk.controller.run("close", close_round, round_id)
    desk.controller.run("reveal", reveal_round, round_id)
    desk.voting.reload(select=round_id)
    desk.results_action.setChecked(True)
    projector, results = desk.projector, desk.projector_results
    assert projector is not None and results is not None and results.showing_results
    projector.resize(1920, 1080)
    qtbot.waitUntil(lambda: results.width() > 1700)
    texts = _check_drawn(results, 1080 / projector.height())
    ranks = [r.rank for r in round_results(library, round_id).dots]
    shown = results.dots_shown
    assert shown >= 3 and (shown == len(ranks) or ranks[shown] != ranks[shown - 1])  # no tie cut
    assert texts.count("1.") == 2 and "3." in texts
    assert any(t.startswith("… og ") for t in texts)
    assert "Hvilke idéer skal vi teste først – og hvilke kan vente til efteråret?" in texts


def test_the_laptop_previews_what_the_projector_shows(qtbot: Any, controller: Any, settings: Any, library: Library) -> None:
    from PySide6.QtGui import QColor

    from app import operations
    from ui.theme import NOTE_PAPER

    workshop_id = _room_workshop(library, THEMES[:2])
    window = _room_desk(qtbot, controller, settings, workshop_id)
    projector, preview = window.projector, window.preview
    assert projector is not None and not preview.isVisible()
    assert preview.toggle_action in window.projector_menu.actions()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert preview.isVisible() and preview.picture.accessibleName()
    picture = preview.picture
    qtbot.waitUntil(lambda: picture.paints > 0)
    # It follows the projector's changes: a new note, a page turned...
    before = picture.paints
    window.controller.run("add", operations.add_idea, workshop_id, "Set på forhåndsvisningen")
    qtbot.waitUntil(lambda: picture.paints > before)
    # ... and many changes close together are painted once, not once each.
    QGuiApplication.processEvents()
    before = picture.paints
    for _ in range(10):
        projector.content_did_change.emit()
    qtbot.waitUntil(lambda: picture.paints == before + 1)
    for _ in range(5):
        QGuiApplication.processEvents()
    assert picture.paints == before + 1
    # The picture is the projector's: the room view's notes are in it.
    image = picture.grab().toImage()
    paper = QColor(NOTE_PAPER).rgb()
    assert sum(image.pixel(x, y) == paper for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)) > 50
    # With the projector off, it says so (and draws no stale picture).
    window.set_projector_shown(False)
    before = picture.paints
    picture.grab()
    assert picture.paints == before
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not preview.isVisible()


def test_the_room_view_reads_only_what_a_change_touched(qtbot: Any, controller: Any, settings: Any, library: Library,
                                                        monkeypatch: Any) -> None:
    """Capturing on a big board re-reads the new note, not the board; edits, moves
    between themes, deletions and a dissolved theme come out as a full read would."""
    from app import operations
    from ui.desk import room as room_module

    workshop_id = _room_workshop(library, THEMES[:3], loose=1)
    window = _room_desk(qtbot, controller, settings, workshop_id)
    room = window.room
    assert room is not None
    full_reads: list[int] = []
    original = room_module.load_board
    monkeypatch.setattr(room_module, "load_board", lambda *a: (full_reads.append(1), original(*a))[1])

    def same_as_a_full_read() -> None:
        rows = original(library, workshop_id)
        assert sorted((n.id, n.text, n.cluster_id) for n in room._notes) == sorted((n.id, n.text, n.cluster_id) for n in rows.notes)
        assert sorted((t.id, t.title) for t in room._themes) == sorted((t.id, t.title) for t in rows.themes)

    run = window.controller.run
    new = run("add", operations.add_idea, workshop_id, "Helt ny idé").subject
    assert any(n.text == "Helt ny idé" for g in room.groups for n in g.notes)
    run("edit", operations.edit_idea, new, "Rettet idé")
    first, second = room.groups[0], room.groups[1]
    run("move", operations.create_cluster, workshop_id, "Nyt tema", [first.notes[0].id, new])
    run("delete", operations.delete_ideas, [second.notes[0].id])
    assert second.id is not None
    run("dissolve", operations.dissolve_cluster, second.id)
    same_as_a_full_read()
    assert full_reads == []
    assert "Nyt tema" in [g.title for g in room.groups] and second.id not in [g.id for g in room.groups]


def test_the_vote_waiting_for_phones_keeps_its_join_code_on_screen(qtbot: Any, library: Library) -> None:
    """Before the reveal: the count, the address and the join code beside the QR code,
    at 30 px and whole, under a title long enough to wrap."""
    import io

    import segno

    from app.operations.voting import open_round
    from ui.voting.projector import ResultsView

    workshop_id = _room_workshop(library, THEMES[:1])
    round_id = open_round(library, workshop_id, "dots",
                          title="Hvilke idéer skal vi teste først – og hvilke kan vente til efteråret?").subject
    view = ResultsView(library)
    qtbot.addWidget(view)
    view.resize(1824, 1008)  # the projector's results page at 1920×1080
    view.set_round(round_id)
    view.set_count(12)
    png = io.BytesIO()
    segno.make("http://192.168.1.20:8765/j/482193").save(png, kind="png", scale=10)
    view.set_phone("http://192.168.1.20:8765/j/482193", "482193", png.getvalue())
    texts = _check_drawn(view, 1080 / 1008)
    assert {"482193", "http://192.168.1.20:8765/", "12"} <= set(texts)
