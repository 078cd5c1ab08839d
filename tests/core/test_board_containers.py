"""Themes as containers: whatever the facilitator does on the board, in whatever order,
no two things on it overlap (a theme's frame, a note in no theme), every theme's notes
sit in its own grid, and its frame is exactly as big as that grid.

A Hypothesis state machine plays random sequences of the board's gestures (capture a
note, drop notes on the board, on a theme, on a note; make a theme of a selection,
file notes into a theme, take them out, move a theme, reorder the themes, delete,
dissolve, undo, redo) through the core operations, as the board calls them."""

from __future__ import annotations

import random
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select

from app import layout
from app import operations as ops
from app.changes import Changes
from app.errors import SamskabError
from app.library import Library, open_library
from app.model import Cluster, Idea
from app.templates import load_templates

TEMPLATES = load_templates()
coords = st.floats(min_value=-1500, max_value=1500, allow_nan=False).map(lambda v: round(v, 1))
_EMPTY: dict[str, Path] = {}


@pytest.fixture(scope="module", autouse=True)
def empty_library(empty_library_file: Path) -> Iterator[None]:
    """Each example copies the empty library (same ids from the same seed: replayable)."""
    _EMPTY["file"] = empty_library_file
    yield
    _EMPTY.clear()


@pytest.fixture
def workshop_id(library: Library) -> uuid.UUID:
    changes = ops.create_workshop(library, TEMPLATES["innovationsloopet"], title="Ældreplejen")
    assert changes.subject is not None
    return changes.subject


Board = tuple[dict[uuid.UUID, tuple[float, float, uuid.UUID | None]], dict[uuid.UUID, tuple[float, float, float, float, int]]]


def board(library: Library, workshop_id: uuid.UUID) -> Board:
    with library.read() as session:
        ideas = session.execute(select(Idea.id, Idea.x, Idea.y, Idea.cluster_id).where(Idea.workshop_id == workshop_id))
        themes = session.execute(
            select(Cluster.id, Cluster.x, Cluster.y, Cluster.width, Cluster.height, Cluster.position)
            .where(Cluster.workshop_id == workshop_id)
        )
        return {i: (x, y, c) for i, x, y, c in ideas}, {c: (x, y, w, h, p) for c, x, y, w, h, p in themes}


def occupants(state: Board) -> dict[uuid.UUID, layout.Rect]:
    """What takes room on the board: the frames and the notes in no theme."""
    ideas, themes = state
    rects = {i: layout.note_rect((x, y)) for i, (x, y, c) in ideas.items() if c is None}
    rects.update({c: (x, y, w, h) for c, (x, y, w, h, _) in themes.items()})
    return rects


def assert_nothing_overlaps(state: Board) -> None:
    rects = list(occupants(state).items())
    for n, (a, ra) in enumerate(rects):
        for b, rb in rects[n + 1:]:
            assert not layout.intersects(ra, rb), f"{a} at {ra} overlaps {b} at {rb}"


def assert_themes_are_containers(state: Board) -> None:
    ideas, themes = state
    for theme_id, (x, y, width, height, _) in themes.items():
        members = sorted(((iy, ix) for ix, iy, c in ideas.values() if c == theme_id))
        assert (width, height) == layout.theme_size(len(members)), "the frame fits its grid"
        columns = layout.theme_grid_columns(len(members))
        origin = layout.theme_origin((x, y, width, height))
        expected = sorted((py, px) for px, py in (layout.grid_position(n, columns, origin) for n in range(len(members))))
        assert members == expected, "the notes fill the theme's grid from its first cell"


class ContainerMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp())
        shutil.copy(_EMPTY["file"], self.folder / "board.sqlite3")
        self.library = open_library(self.folder / "board.sqlite3", rng=random.Random(11))
        self.done: list[tuple[Changes, Board]] = []
        self.undone: list[tuple[Changes, Board]] = []

    @initialize()
    def workshop(self) -> None:
        wid = ops.create_workshop(self.library, TEMPLATES["hverdagsinnovation"], title="P").subject
        assert wid is not None
        self.wid: uuid.UUID = wid

    def teardown(self) -> None:
        self.library.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def state(self) -> Board:
        return board(self.library, self.wid)

    def ideas(self) -> list[uuid.UUID]:
        return sorted(self.state()[0])

    def loose(self) -> list[uuid.UUID]:
        return sorted(i for i, (_, _, c) in self.state()[0].items() if c is None)

    def themes(self) -> list[uuid.UUID]:
        return sorted(self.state()[1])

    def some(self, data: st.DataObject, ids: list[uuid.UUID], most: int = 3) -> list[uuid.UUID]:
        return data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=most, unique=True))

    def apply(self, operation) -> None:  # type: ignore[no-untyped-def]
        before = self.state()
        try:
            changes = operation()
        except SamskabError:
            assert self.state() == before, "a refused gesture changed something"
            return
        if changes.inverse is not None:
            self.done.append((changes, before))
            self.undone.clear()

    # -- the gestures -------------------------------------------------------------------
    @rule(n=st.integers(1, 3))
    def capture(self, n: int) -> None:
        for k in range(n):
            self.apply(lambda k=k: ops.add_idea(self.library, self.wid, f"Idé {k}"))

    @rule(data=st.data(), x=coords, y=coords)
    def drop_on_board(self, data: st.DataObject, x: float, y: float) -> None:
        """A drag of up to three notes, kept side by side as the mouse carries them."""
        if ideas := self.ideas():
            chosen = self.some(data, ideas)
            positions = {i: (x + n * layout.CELL_WIDTH, y) for n, i in enumerate(chosen)}
            self.apply(lambda: ops.drop_on_board(self.library, self.wid, positions))

    @rule(data=st.data(), fx=st.floats(-0.2, 1.2), fy=st.floats(-0.2, 1.2))
    def drop_on_theme(self, data: st.DataObject, fx: float, fy: float) -> None:
        """Notes dropped somewhere on a frame (title band or body, or a little outside)."""
        if (ideas := self.ideas()) and (themes := self.themes()):
            theme = data.draw(st.sampled_from(themes))
            x, y, width, height, _ = self.state()[1][theme]
            point = (x + fx * width - layout.NOTE_WIDTH / 2, y + fy * height - layout.NOTE_HEIGHT / 2)
            chosen = self.some(data, ideas)
            self.apply(lambda: ops.drop_on_theme(self.library, theme, {i: point for i in chosen}))

    @rule(data=st.data())
    def drop_on_note(self, data: st.DataObject) -> None:
        if len(ideas := self.ideas()) >= 2:
            target = data.draw(st.sampled_from(ideas))
            chosen = self.some(data, ideas)
            self.apply(lambda: ops.drop_on_note(self.library, target, chosen, "Tema"))

    @rule(data=st.data())
    def new_theme(self, data: st.DataObject) -> None:
        """Ctrl+G on the selected notes."""
        if ideas := self.ideas():
            chosen = self.some(data, ideas, most=6)
            self.apply(lambda: ops.create_cluster(self.library, self.wid, "Nyt tema", chosen))

    @rule(data=st.data())
    def move_to_theme(self, data: st.DataObject) -> None:
        """"Flyt til tema…" from the keyboard."""
        if (ideas := self.ideas()) and (themes := self.themes()):
            theme = data.draw(st.sampled_from(themes))
            self.apply(lambda: ops.add_to_cluster(self.library, theme, self.some(data, ideas)))

    @rule(data=st.data())
    def take_out_of_theme(self, data: st.DataObject) -> None:
        if ideas := self.ideas():
            self.apply(lambda: ops.remove_from_cluster(self.library, self.some(data, ideas)))

    @rule(data=st.data(), x=coords, y=coords)
    def move_theme(self, data: st.DataObject, x: float, y: float) -> None:
        if themes := self.themes():
            self.apply(lambda: ops.move_cluster(self.library, data.draw(st.sampled_from(themes)), x, y))

    @rule(data=st.data(), steps=st.integers(-2, 2))
    def reorder_theme(self, data: st.DataObject, steps: int) -> None:
        if themes := self.themes():
            self.apply(lambda: ops.move_theme_in_order(self.library, data.draw(st.sampled_from(themes)), steps))

    @rule(data=st.data())
    def dissolve(self, data: st.DataObject) -> None:
        if themes := self.themes():
            self.apply(lambda: ops.dissolve_cluster(self.library, data.draw(st.sampled_from(themes))))

    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        if ideas := self.ideas():
            self.apply(lambda: ops.delete_ideas(self.library, self.some(data, ideas, most=2)))

    @precondition(lambda self: bool(self.done))
    @rule()
    def undo(self) -> None:
        changes, before = self.done.pop()
        after = self.state()
        assert changes.inverse is not None
        undone = changes.inverse(self.library)
        assert self.state() == before, f"undo of {changes.label}"
        self.undone.append((undone, after))

    @precondition(lambda self: bool(self.undone))
    @rule()
    def redo(self) -> None:
        undone, after = self.undone.pop()
        before = self.state()
        assert undone.inverse is not None
        redone = undone.inverse(self.library)
        assert self.state() == after, f"redo of {undone.label}"
        self.done.append((redone, before))

    # -- what always holds ----------------------------------------------------------------
    @invariant()
    def nothing_overlaps(self) -> None:
        if hasattr(self, "wid"):
            state = self.state()
            assert_nothing_overlaps(state)
            assert_themes_are_containers(state)
            positions = sorted(p for *_, p in state[1].values())
            assert positions == list(range(len(positions))), "the themes' order has no gaps"


def _runs(examples: int, steps: int) -> settings:
    """Each example is a fresh library file and a few dozen transactions: ``make test``
    plays 25 short runs (seconds on a loaded machine); ``make soak`` the long ones."""
    return settings(
        max_examples=examples, stateful_step_count=steps, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )


ContainerMachine.TestCase.settings = _runs(examples=25, steps=20)
test_no_board_gesture_ever_makes_things_overlap = ContainerMachine.TestCase


@pytest.mark.soak
def test_no_board_gesture_ever_makes_things_overlap_long() -> None:
    run_state_machine_as_test(ContainerMachine, settings=_runs(examples=300, steps=50))


def test_a_growing_theme_moves_what_it_would_cover(library: Library, workshop_id: uuid.UUID) -> None:
    """A theme that grows a row pushes the note below it to the nearest free place."""
    a, b, c, d, e = (ops.add_idea(library, workshop_id, t).subject for t in "ABCDE")
    assert a and b and c and d and e
    theme = ops.create_cluster(library, workshop_id, "Tema", [a, b]).subject
    assert theme
    state = board(library, workshop_id)
    x, y, width, height, _ = state[1][theme]
    # A note just below the frame, then two more notes join: the frame grows down over it.
    ops.drop_on_board(library, workshop_id, {e: (x, y + height + layout.GAP)})
    ops.add_to_cluster(library, theme, [c, d])
    state = board(library, workshop_id)
    assert_nothing_overlaps(state)
    assert_themes_are_containers(state)
    assert state[1][theme][:2] == (x, y)  # the frame stayed; the note moved
    assert state[0][e][:2] != (x, y + height + layout.GAP)


def test_a_new_theme_takes_free_space_and_covers_no_note(library: Library, workshop_id: uuid.UUID) -> None:
    """Dropping note 3 on note 1 of a row makes a theme that covers none of the others."""
    ids = [ops.add_idea(library, workshop_id, f"Idé {n}").subject for n in range(8)]
    assert all(ids)
    before = board(library, workshop_id)
    made = ops.drop_on_note(library, ids[0], [ids[2]], "Tema")  # type: ignore[list-item, arg-type]
    state = board(library, workshop_id)
    assert_nothing_overlaps(state)
    assert_themes_are_containers(state)
    others = [i for i in ids if i not in (ids[0], ids[2])]
    assert all(state[0][i] == before[0][i] for i in others), "no other note moved"  # type: ignore[index]
    assert made.subject in state[1]


def test_the_themes_order_changes_in_one_step(library: Library, workshop_id: uuid.UUID) -> None:
    themes = [ops.create_cluster(library, workshop_id, f"Tema {n}").subject for n in range(3)]
    assert all(themes)

    def order() -> list[uuid.UUID]:
        with library.read() as session:
            return [c.id for c in ops.ordered_themes(session, workshop_id)]

    assert order() == themes
    moved = ops.move_theme_in_order(library, themes[2], -1)  # type: ignore[arg-type]
    assert order() == [themes[0], themes[2], themes[1]]
    ops.move_theme_in_order(library, themes[0], -1)  # type: ignore[arg-type]  # already first
    assert order() == [themes[0], themes[2], themes[1]]
    assert moved.inverse is not None
    moved.inverse(library)
    assert order() == themes


def test_dissolving_a_theme_closes_the_gap_in_the_themes_order(library: Library, workshop_id: uuid.UUID) -> None:
    """The state machine's shrunk case: two themes made, the first dissolved; the one
    left is first in the order (position 0, not 1), and undo and redo keep it so."""
    a, b, _ = (ops.add_idea(library, workshop_id, f"Idé {n}").subject for n in range(3))
    assert a and b
    first = ops.drop_on_note(library, a, [b], "Tema").subject
    second = ops.create_cluster(library, workshop_id, "Nyt tema", [a]).subject
    assert first and second

    def positions() -> dict[uuid.UUID, int]:
        return {c: p for c, (*_, p) in board(library, workshop_id)[1].items()}

    assert positions() == {first: 0, second: 1}
    dissolved = ops.dissolve_cluster(library, first)
    assert positions() == {second: 0}
    assert dissolved.inverse is not None
    undone = dissolved.inverse(library)
    assert positions() == {first: 0, second: 1}
    assert undone.inverse is not None
    undone.inverse(library)
    assert positions() == {second: 0}


def test_the_sample_workshops_themes_are_in_order(library: Library) -> None:
    """The sample's themes are numbered 0, 1, 2... as listed (not all 0)."""
    from app.templates import load_sample

    sample = load_sample(templates=TEMPLATES)
    workshop_id = ops.add_sample(library, sample, TEMPLATES[sample.template]).subject
    assert workshop_id is not None
    with library.read() as session:
        themes = ops.ordered_themes(session, workshop_id)
    assert len(themes) == len(sample.clusters) > 1
    assert [c.title for c in themes] == [title for _, title, *_ in sample.clusters]
    assert [c.position for c in themes] == list(range(len(themes)))
