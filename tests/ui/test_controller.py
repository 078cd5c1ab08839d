"""The controller's undo stack when an undo or a redo is refused by the library.

A refused undo (the disk is full, the library is locked by another writer) leaves the
workshop as it was; the stack must not pretend otherwise: before, its index moved
anyway, so the Edit menu offered "Redo" of a step that was never undone, and Redo
then failed on an assertion (no redo was ever recorded).
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from app import operations
from app.errors import LibraryError
from app.library import Library
from app.model import Idea


def _refuse(*_: Any, **__: Any) -> Any:
    raise LibraryError("Disken er fuld.", "The disk is full.")


def _idea_texts(library: Library, workshop_id: uuid.UUID) -> list[str]:
    with library.read() as session:
        return sorted(i.text for i in session.query(Idea).filter_by(workshop_id=workshop_id))


@pytest.mark.parametrize("step", ["undo", "redo"])
def test_a_refused_undo_or_redo_says_why_and_leaves_no_step_that_lies(
    step: str, controller: Any, library: Library, sample_id: uuid.UUID, qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stack = controller.undo_stack
    before = _idea_texts(library, sample_id)
    assert controller.run("Add note", operations.add_idea, sample_id, "Ny idé") is not None
    if step == "redo":
        stack.undo()
        assert _idea_texts(library, sample_id) == before
    expected = _idea_texts(library, sample_id)
    monkeypatch.setattr("app.operations.history.restore", _refuse)
    with qtbot.waitSignal(controller.operation_did_fail) as failed:
        getattr(stack, step)()
    assert failed.args == ["Disken er fuld."]
    assert _idea_texts(library, sample_id) == expected  # nothing changed
    # The history no longer matches the library: it is started afresh rather than
    # offering an undo or redo of something that did not happen.
    qtbot.waitUntil(lambda: stack.count() == 0)
    assert not stack.canUndo() and not stack.canRedo()
    monkeypatch.undo()
    stack.redo()  # nothing to redo: no error
    stack.undo()
    assert _idea_texts(library, sample_id) == expected


def test_steps_are_one_undo_step_and_stop_at_the_first_refusal(
    controller: Any, library: Library, sample_id: uuid.UUID, qtbot: Any,
) -> None:
    stack = controller.undo_stack
    before = _idea_texts(library, sample_id)
    steps = [(operations.add_idea, (sample_id, "A")), (_refuse, ()), (operations.add_idea, (sample_id, "B"))]
    with qtbot.waitSignal(controller.operation_did_fail) as failed:
        assert controller.run_steps("Tilføj & flyt", steps) is False
    assert failed.args == ["Disken er fuld."]
    assert _idea_texts(library, sample_id) == sorted([*before, "A"])
    assert stack.count() == 1 and stack.undoText() == "Tilføj && flyt"
    stack.undo()
    assert _idea_texts(library, sample_id) == before
    assert controller.run_steps("Tilføj", steps, stop_at_refusal=False) is False
    assert _idea_texts(library, sample_id) == sorted([*before, "A", "B"])
    stack.undo()  # both in one step
    assert _idea_texts(library, sample_id) == before


def test_steps_all_refused_leave_no_undo_step(controller: Any, library: Library, sample_id: uuid.UUID) -> None:
    stack = controller.undo_stack
    assert controller.run("Add note", operations.add_idea, sample_id, "Ny idé") is not None
    assert controller.run_steps("Fjern valgte", [(_refuse, ()), (_refuse, ())], stop_at_refusal=False) is False
    assert stack.count() == 1 and stack.undoText() == "Add note"
