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
    manual_time.advance(10_000)
    desk.timer.tick()
    assert projector.timer_label.text() == "00:00"
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
