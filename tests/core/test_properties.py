"""Property-based tests: any sequence of board operations, undos and redos leaves a
consistent workshop, and every undo restores exactly the state before its operation
(every note's theme and position, every frame), including the drag-and-drop gestures
that move notes and join, leave or make a theme in one step."""

from __future__ import annotations

import random
import shutil
import tempfile
import uuid
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import select

from app import layout
from app import operations as ops
from app.changes import Changes
from app.errors import SamskabError
from app.library import Library, open_library
from app.model import ActionItem, Cluster, Idea
from app.templates import load_templates

TEMPLATES = load_templates()
texts = st.text(min_size=0, max_size=30)
# Mostly valid titles: arbitrary text is mostly refused, and a refused theme tests little.
titles = st.one_of(st.sampled_from(["Tema", "Trivsel & <b>omsorg</b>", "Ældre"]), texts)
coords = st.floats(min_value=-5000, max_value=5000, allow_nan=False)


def snapshot(library: Library, workshop_id: uuid.UUID) -> dict[str, object]:
    with library.read() as session:
        ideas = session.scalars(select(Idea).where(Idea.workshop_id == workshop_id)).all()
        clusters = session.scalars(select(Cluster).where(Cluster.workshop_id == workshop_id)).all()
        actions = session.scalars(select(ActionItem).where(ActionItem.workshop_id == workshop_id)).all()
        return {
            "ideas": {i.id: (i.number, i.text, i.x, i.y, i.cluster_id, tuple(i.tags)) for i in ideas},
            "clusters": {c.id: (c.title, c.x, c.y, c.width, c.height) for c in clusters},
            "actions": {a.id: (a.idea_id, a.owner) for a in actions},
        }


class BoardMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp())
        self.library = open_library(self.folder / "lib.sqlite3", rng=random.Random(7))
        self.done: list[tuple[Changes, dict[str, object]]] = []
        self.undone: list[tuple[Changes, dict[str, object]]] = []

    @initialize()
    def workshop(self) -> None:
        self.wid = ops.create_workshop(self.library, TEMPLATES["hverdagsinnovation"], title="P").subject

    def teardown(self) -> None:
        self.library.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def ideas(self) -> list[uuid.UUID]:
        return sorted(snapshot(self.library, self.wid)["ideas"])  # type: ignore[arg-type]

    def clusters(self) -> list[uuid.UUID]:
        return sorted(snapshot(self.library, self.wid)["clusters"])  # type: ignore[arg-type]

    def apply(self, operation) -> None:  # type: ignore[no-untyped-def]
        before = snapshot(self.library, self.wid)
        try:
            changes = operation()
        except SamskabError:
            assert snapshot(self.library, self.wid) == before, "a refused operation changed something"
            return
        if changes.inverse is not None:
            self.done.append((changes, before))
            self.undone.clear()

    @rule(text=texts, x=coords, y=coords)
    def add(self, text: str, x: float, y: float) -> None:
        self.apply(lambda: ops.add_idea(self.library, self.wid, text, position=(x, y)))

    @rule(text=texts)
    def add_unplaced(self, text: str) -> None:
        """A note from the CLI or a phone: placed by the core, on no other note or frame."""
        before = snapshot(self.library, self.wid)
        self.apply(lambda: ops.add_idea(self.library, self.wid, text))
        ideas: dict[uuid.UUID, tuple] = snapshot(self.library, self.wid)["ideas"]  # type: ignore[assignment]
        for idea_id in set(ideas) - set(before["ideas"]):  # type: ignore[arg-type]
            x, y = ideas[idea_id][2:4]
            assert not any(layout.overlaps((x, y), old[2:4]) for old in before["ideas"].values())  # type: ignore[attr-defined]
            for _title, fx, fy, width, height in before["clusters"].values():  # type: ignore[attr-defined]
                assert x >= fx + width or x + layout.NOTE_WIDTH <= fx or y >= fy + height or y + layout.NOTE_HEIGHT <= fy

    @rule(data=st.data(), text=texts)
    def edit(self, data: st.DataObject, text: str) -> None:
        if ideas := self.ideas():
            self.apply(lambda: ops.edit_idea(self.library, data.draw(st.sampled_from(ideas)), text))

    @rule(data=st.data(), x=coords, y=coords)
    def move(self, data: st.DataObject, x: float, y: float) -> None:
        if ideas := self.ideas():
            chosen = data.draw(st.lists(st.sampled_from(ideas), min_size=1, max_size=3, unique=True))
            self.apply(lambda: ops.move_ideas(self.library, {i: (x, y) for i in chosen}))

    @rule(data=st.data(), title=titles)
    def cluster(self, data: st.DataObject, title: str) -> None:
        if ideas := self.ideas():
            chosen = data.draw(st.lists(st.sampled_from(ideas), min_size=1, max_size=3, unique=True))
            self.apply(lambda: ops.create_cluster(self.library, self.wid, title, chosen))

    @rule(data=st.data())
    def join(self, data: st.DataObject) -> None:
        if (ideas := self.ideas()) and (clusters := self.clusters()):
            self.apply(lambda: ops.add_to_cluster(self.library, data.draw(st.sampled_from(clusters)), [data.draw(st.sampled_from(ideas))]))

    @rule(data=st.data())
    def leave(self, data: st.DataObject) -> None:
        if ideas := self.ideas():
            chosen = data.draw(st.lists(st.sampled_from(ideas), min_size=1, max_size=3, unique=True))
            self.apply(lambda: ops.remove_from_cluster(self.library, chosen))

    @rule(data=st.data(), x=coords, y=coords)
    def drop_on_board(self, data: st.DataObject, x: float, y: float) -> None:
        if ideas := self.ideas():
            chosen = data.draw(st.lists(st.sampled_from(ideas), min_size=1, max_size=3, unique=True))
            positions = {i: (x + n * layout.CELL_WIDTH, y) for n, i in enumerate(chosen)}
            self.apply(lambda: ops.drop_on_board(self.library, self.wid, positions))

    @rule(data=st.data(), x=coords, y=coords)
    def drop_on_theme(self, data: st.DataObject, x: float, y: float) -> None:
        if (ideas := self.ideas()) and (clusters := self.clusters()):
            chosen = data.draw(st.lists(st.sampled_from(ideas), min_size=1, max_size=3, unique=True))
            cluster = data.draw(st.sampled_from(clusters))
            self.apply(lambda: ops.drop_on_theme(self.library, cluster, {i: (x, y) for i in chosen}))

    @rule(data=st.data(), title=titles)
    def drop_on_note(self, data: st.DataObject, title: str) -> None:
        """Make a theme (or join the theme of the note dropped on), often of notes
        already in themes: undo must put each back in its own."""
        if len(ideas := self.ideas()) >= 2:
            target = data.draw(st.sampled_from(ideas))
            chosen = data.draw(st.lists(st.sampled_from(ideas), min_size=1, max_size=3, unique=True))
            self.apply(lambda: ops.drop_on_note(self.library, target, chosen, title))

    @rule(data=st.data())
    def dissolve(self, data: st.DataObject) -> None:
        if clusters := self.clusters():
            self.apply(lambda: ops.dissolve_cluster(self.library, data.draw(st.sampled_from(clusters))))

    @rule(data=st.data(), x=coords, y=coords)
    def move_cluster(self, data: st.DataObject, x: float, y: float) -> None:
        if clusters := self.clusters():
            self.apply(lambda: ops.move_cluster(self.library, data.draw(st.sampled_from(clusters)), x, y))

    @rule(data=st.data(), owner=texts)
    def act(self, data: st.DataObject, owner: str) -> None:
        if ideas := self.ideas():
            self.apply(lambda: ops.set_action(self.library, data.draw(st.sampled_from(ideas)), owner=owner))

    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        if ideas := self.ideas():
            chosen = data.draw(st.lists(st.sampled_from(ideas), min_size=1, max_size=2, unique=True))
            self.apply(lambda: ops.delete_ideas(self.library, chosen))

    @precondition(lambda self: bool(self.done))
    @rule()
    def undo(self) -> None:
        changes, before = self.done.pop()
        after = snapshot(self.library, self.wid)
        assert changes.inverse is not None
        undone = changes.inverse(self.library)
        assert snapshot(self.library, self.wid) == before, f"undo of {changes.label}"
        self.undone.append((undone, after))

    @precondition(lambda self: bool(self.undone))
    @rule()
    def redo(self) -> None:
        undone, after = self.undone.pop()
        before = snapshot(self.library, self.wid)
        assert undone.inverse is not None
        redone = undone.inverse(self.library)
        assert snapshot(self.library, self.wid) == after, f"redo of {undone.label}"
        self.done.append((redone, before))

    @invariant()
    def consistent(self) -> None:
        if not hasattr(self, "wid"):
            return
        state = snapshot(self.library, self.wid)
        ideas: dict[uuid.UUID, tuple] = state["ideas"]  # type: ignore[assignment]
        clusters = state["clusters"]
        actions: dict[uuid.UUID, tuple] = state["actions"]  # type: ignore[assignment]
        assert all(c is None or c in clusters for *_, c, _tags in ideas.values())  # type: ignore[operator]
        numbers = [n for n, *_ in ideas.values()]
        assert len(numbers) == len(set(numbers))
        assert all(idea in ideas for idea, _ in actions.values())
        assert all(text.strip() == text and text for _, text, *_ in ideas.values())


BoardMachine.TestCase.settings = settings(
    max_examples=30, stateful_step_count=30, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_board_operations = BoardMachine.TestCase
