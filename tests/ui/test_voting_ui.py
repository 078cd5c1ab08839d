"""The voting panel and the results view: show of hands typed from the keyboard, a
paper ballot, voting in turn at the laptop, and the projector's reveal. Phones:
test_voting_phones.py."""

from __future__ import annotations

import random
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from app.library import Library, open_library
from app.operations import add_idea, close_round, create_workshop
from app.queries import load_workshop
from app.templates import load_templates
from app.voting import ballot_count, read_ballot, round_info, round_results
from ui.controller import Controller
from ui.voting.panel import VotingPanel
from ui.voting.projector import ResultsView

# The offscreen platform warns when a top-level widget is shown; harmless here.


@pytest.fixture(scope="module")
def voting_schema(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("voting-schema") / "empty.sqlite3"
    open_library(path).close()
    return path


@pytest.fixture
def vlib(tmp_path: Path, voting_schema: Path) -> Iterator[Library]:
    path = tmp_path / "library.sqlite3"
    shutil.copy(voting_schema, path)
    library = open_library(path, rng=random.Random(7))
    yield library
    library.close()


@pytest.fixture
def workshop(vlib: Library) -> tuple[uuid.UUID, list[uuid.UUID]]:
    template = load_templates()["samarbejdsdrevet-innovation"]
    wid = create_workshop(vlib, template, title="Borgermøde", participants=[("Anne", ""), ("Bo", "")]).subject
    assert wid is not None
    ideas = [add_idea(vlib, wid, text).subject for text in ("Kaffe", "<b>fed</b> idé", "Cykler")]
    return wid, [i for i in ideas if i]


@pytest.fixture
def panel(qtbot: QtBot, vlib: Library, workshop: tuple[uuid.UUID, list[uuid.UUID]]) -> Iterator[VotingPanel]:
    controller = Controller(vlib)
    widget = VotingPanel(controller, workshop[0], phone_host="127.0.0.1")
    qtbot.addWidget(widget)
    widget.resize(900, 900)
    widget.show()
    yield widget
    widget.shutdown()


def open_dots(qtbot: QtBot, panel: VotingPanel, budget: int = 3) -> uuid.UUID:
    panel.kind.setCurrentIndex(panel.kind.findData("dots"))
    panel.budget.setValue(budget)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    round_id = panel.current_round
    assert round_id is not None
    return round_id


def test_show_of_hands_keyboard_only_then_reveal(qtbot: QtBot, panel: VotingPanel, vlib: Library,
                                                 workshop: tuple[uuid.UUID, list[uuid.UUID]]) -> None:
    round_id = open_dots(qtbot, panel)
    assert panel.tally is not None
    fields = list(panel.tally.fields.values())
    fields[0].setFocus()
    # Type a count, Tab to the next field, type, Enter saves: no mouse needed.
    fields[0].lineEdit().selectAll()
    qtbot.keyClicks(fields[0], "7")
    qtbot.keyClick(fields[0], Qt.Key.Key_Tab)
    assert fields[1].hasFocus()
    fields[1].lineEdit().selectAll()
    qtbot.keyClicks(fields[1], "12")
    with qtbot.waitSignal(panel.controller.changes_did_happen):
        qtbot.keyClick(fields[1], Qt.Key.Key_Return)
    assert ballot_count(vlib, round_id).tally_voters == 12
    assert not panel.results.showing_results  # hidden until the reveal
    with qtbot.waitSignal(panel.controller.changes_did_happen):
        qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)
    assert panel.results.showing_results
    results = panel.results.results
    assert results is not None
    assert [(r.option.id, r.dots) for r in results.dots][:2] == [(workshop[1][1], 12), (workshop[1][0], 7)]
    assert not panel.ways.isEnabled()  # nothing more can be typed after the reveal
    assert panel.controller.undo_stack.count() == 3  # open, count, reveal: each undoable


def test_counts_refused_after_close_keep_what_was_typed(qtbot: QtBot, panel: VotingPanel, vlib: Library) -> None:
    round_id = open_dots(qtbot, panel)
    assert panel.tally is not None
    field = next(iter(panel.tally.fields.values()))
    field.setValue(5)
    close_round(vlib, round_id)  # closed elsewhere (another window, the CLI)
    with qtbot.waitSignal(panel.controller.operation_did_fail) as failure:
        panel.tally.save()
    assert "lukket" in failure.args[0]
    assert field.value() == 5
    assert ballot_count(vlib, round_id).tally_voters == 0


def test_paper_ballot_per_person(qtbot: QtBot, panel: VotingPanel, vlib: Library,
                                 workshop: tuple[uuid.UUID, list[uuid.UUID]]) -> None:
    panel.kind.setCurrentIndex(panel.kind.findData("statements"))
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    round_id = panel.current_round
    assert round_id is not None and panel.paper is not None
    paper = panel.paper
    paper.person.setCurrentIndex(paper.person.findText("Bo"))
    combos = list(paper.form._answers.values())
    combos[0].setCurrentIndex(combos[0].findData("uenig"))
    with qtbot.waitSignal(panel.controller.changes_did_happen):
        qtbot.mouseClick(paper.save_button, Qt.MouseButton.LeftButton)
    bo = [p.id for p in load_workshop(vlib, workshop[0]).participants if p.name == "Bo"][0]
    view = read_ballot(vlib, round_id, f"participant:{bo}")
    assert view is not None and list(view.answers.values()) == ["uenig"] and view.participant_id == bo
    # Choosing Bo again shows his ballot, to mend it.
    paper.person.setCurrentIndex(0)
    paper.person.setCurrentIndex(paper.person.findText("Bo"))
    assert combos[0].currentData() == "uenig"


def test_in_turn_hides_previous_ballot_and_passes_on(qtbot: QtBot, panel: VotingPanel, vlib: Library,
                                                     workshop: tuple[uuid.UUID, list[uuid.UUID]]) -> None:
    round_id = open_dots(qtbot, panel, budget=2)
    turn = panel.in_turn
    assert turn is not None
    panel.ways.setCurrentIndex(2)
    assert turn.person.findText("Anne") >= 0
    turn.person.setCurrentIndex(turn.person.findText("Anne"))
    qtbot.mouseClick(turn.begin, Qt.MouseButton.LeftButton)
    assert turn.currentIndex() == 1 and not turn.send_button.isEnabled()
    spins = list(turn.form._dots.values())
    spins[2].setValue(2)
    assert spins[0].maximum() == 0  # the budget is spent: no field can take more
    assert turn.form.remaining.text().startswith("0")
    with qtbot.waitSignal(panel.controller.changes_did_happen):
        qtbot.mouseClick(turn.send_button, Qt.MouseButton.LeftButton)
    assert turn.currentIndex() == 2
    assert "Cykler" in turn.confirmation.text()
    assert all(s.value() == 0 for s in spins)  # cleared before the laptop is passed on
    qtbot.mouseClick(turn.next_button, Qt.MouseButton.LeftButton)
    assert turn.currentIndex() == 0 and turn.confirmation.text() == ""
    assert turn.person.findText("Anne") == -1  # Anne has voted
    anne = [p.id for p in load_workshop(vlib, workshop[0]).participants if p.name == "Anne"][0]
    view = read_ballot(vlib, round_id, f"participant:{anne}")
    assert view is not None and view.dots == {workshop[1][2]: 2}
    # The next voter abstains without a name.
    turn.person.setCurrentIndex(0)
    qtbot.mouseClick(turn.begin, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.controller.changes_did_happen):
        qtbot.mouseClick(turn.abstain_button, Qt.MouseButton.LeftButton)
    count = ballot_count(vlib, round_id)
    assert (count.ballots, count.abstained) == (2, 1)
    assert panel.ballots == 1  # has voted: Anne; the abstention is a ballot, not a vote
    # Participants' ballots are not on the facilitator's undo stack.
    assert panel.controller.undo_stack.count() == 1


def test_projector_shows_count_then_results_after_reveal(qtbot: QtBot, vlib: Library,
                                                         workshop: tuple[uuid.UUID, list[uuid.UUID]]) -> None:
    from app.operations import cast_ballot, open_round, reveal_round

    round_id = open_round(vlib, workshop[0], "dots", budget=2).subject
    assert round_id is not None
    view = ResultsView(vlib)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.set_round(round_id)
    cast_ballot(vlib, round_id, "a", dots={workshop[1][1]: 2})
    view.refresh()
    assert view.ballots == 1 and not view.showing_results and view.results is None
    before = view.grab().toImage()
    reveal_round(vlib, round_id)
    view.refresh()
    assert view.showing_results and view.results == round_results(vlib, round_id)
    after = view.grab().toImage()
    assert before != after
    view.set_round(None)
    assert view.info is None


def test_anonymous_round_offers_no_names(qtbot: QtBot, panel: VotingPanel) -> None:
    panel.anonymous.setChecked(True)
    open_dots(qtbot, panel)
    assert panel.in_turn is not None and panel.paper is not None
    assert panel.in_turn.person.count() == 1 and panel.paper.person.count() == 1


def test_option_text_is_plain(qtbot: QtBot, panel: VotingPanel) -> None:
    open_dots(qtbot, panel)
    assert panel.paper is not None
    from PySide6.QtWidgets import QLabel

    labels = [w for w in panel.paper.findChildren(QLabel) if "<b>" in w.text()]
    assert labels and all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    assert all(isinstance(s, QSpinBox) for s in panel.paper.form._dots.values())


def test_a_projector_view_following_the_panel_reveals_with_it(qtbot: QtBot, panel: VotingPanel, vlib: Library) -> None:
    """Wired as the workshop window wires the projector: the panel's signals only."""
    projector = ResultsView(vlib)
    qtbot.addWidget(projector)
    panel.round_did_select.connect(projector.set_round)
    panel.ballots_did_change.connect(projector.set_count)
    round_id = open_dots(qtbot, panel)
    assert projector.round_id == round_id and not projector.showing_results
    assert panel.tally is not None
    next(iter(panel.tally.fields.values())).setValue(4)
    panel.tally.save()
    assert not projector.showing_results
    with qtbot.waitSignal(panel.round_did_select):
        qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)
    assert projector.showing_results and projector.results is not None
    assert projector.results.dots[0].dots == 4


# -- issue 12: counts show at once, no wheel accidents, ties shown whole --------------

def test_a_saved_hand_count_shows_at_once_on_the_laptop_and_the_projector(qtbot: QtBot, panel: VotingPanel) -> None:
    projector = ResultsView(panel.library)
    qtbot.addWidget(projector)
    panel.round_did_select.connect(projector.set_round)
    panel.ballots_did_change.connect(projector.set_count)
    open_dots(qtbot, panel)
    assert panel.tally is not None
    next(iter(panel.tally.fields.values())).setValue(18)
    panel.tally.voters.setValue(30)
    with qtbot.waitSignal(panel.ballots_did_change, check_params_cb=lambda n: n == 30):
        qtbot.mouseClick(panel.tally.save_button, Qt.MouseButton.LeftButton)
    assert panel.results.ballots == 30 and projector.ballots == 30  # people who voted, not ballots


def wheel_up(widget: QSpinBox) -> bool:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_a_wheel_passing_over_a_count_does_not_change_it(qtbot: QtBot, panel: VotingPanel) -> None:
    open_dots(qtbot, panel)
    assert panel.tally is not None
    voters = panel.tally.voters
    panel.open_button.setFocus()
    qtbot.waitUntil(lambda: not voters.hasFocus())
    assert not wheel_up(voters)  # passed on to the scroll area
    assert voters.value() == 0
    voters.setFocus()
    qtbot.waitUntil(voters.hasFocus)
    wheel_up(voters)
    assert voters.value() == 1  # with focus the wheel still works
    from ui.widgets import SpinBox

    spins = panel.findChildren(QSpinBox)
    assert spins and all(isinstance(s, SpinBox) for s in spins)


def test_ties_in_the_dot_results_are_shown_whole(qtbot: QtBot, vlib: Library) -> None:
    from app.operations import TallyCount, enter_tally, open_round, reveal_round

    template = load_templates()["samarbejdsdrevet-innovation"]
    wid = create_workshop(vlib, template, title="Mange idéer").subject
    assert wid is not None
    for n in range(30):
        add_idea(vlib, wid, f"Idé {n + 1}")
    round_id = open_round(vlib, wid, "dots", budget=3).subject
    assert round_id is not None
    options = round_info(vlib, round_id).options
    # Ranks 1–6, then five ideas tied at rank 7, then the rest with fewer dots.
    dots = [20, 19, 18, 17, 16, 15, 9, 9, 9, 9, 9] + [1] * (len(options) - 11)
    enter_tally(vlib, round_id, [TallyCount(o.id, 1, d) for o, d in zip(options, dots, strict=True)])
    reveal_round(vlib, round_id)
    view = ResultsView(vlib)
    qtbot.addWidget(view)
    view.set_round(round_id)
    for height in (420, 520, 640, 760):
        view.resize(1000, height)
        view.grab()  # paints
        shown = view.dots_shown
        ranks = [r.rank for r in round_results(vlib, round_id).dots]
        assert shown == len(ranks) or ranks[shown] != ranks[shown - 1], (height, shown)
