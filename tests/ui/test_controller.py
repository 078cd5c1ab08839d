"""The controller's undo stack when an operation, an undo or a redo is refused.

A refused undo (the disk is full, the library is locked by another writer) leaves the
workshop as it was; the stack must not pretend otherwise: before, its index moved
anyway, so the Edit menu offered "Redo" of a step that was never undone, and Redo
then failed on an assertion (no redo was ever recorded). The history is kept: the
step can be undone once the library is free again. Only a step that no longer fits
the library (changed elsewhere since) starts the history afresh.
"""

from __future__ import annotations

import sqlite3
import uuid
from typing import Any

import pytest
from sqlalchemy import event

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
def test_a_refused_undo_or_redo_says_why_and_keeps_the_history(
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
    index = stack.index()
    monkeypatch.setattr("app.journal.restore", _refuse)
    with qtbot.waitSignal(controller.operation_did_fail) as failed:
        getattr(stack, step)()
    assert failed.args == ["Disken er fuld."]
    assert _idea_texts(library, sample_id) == expected  # nothing changed
    # The stack moves back: it offers the same step again, and nothing else.
    qtbot.waitUntil(lambda: stack.index() == index)
    assert stack.count() == 1 and _idea_texts(library, sample_id) == expected
    monkeypatch.undo()
    getattr(stack, step)()  # the library takes it now
    assert _idea_texts(library, sample_id) == (before if step == "undo" else sorted([*before, "Ny idé"]))
    stack.redo() if step == "undo" else stack.undo()
    assert _idea_texts(library, sample_id) == expected


def test_a_library_busy_in_another_program_refuses_with_one_sentence_and_keeps_the_history(
    controller: Any, library: Library, sample_id: uuid.UUID, qtbot: Any,
) -> None:
    """Before, the lock met at the first statement escaped as "(sqlite3.OperationalError)
    database is locked" and the undo history was cleared."""

    @event.listens_for(library.engine, "connect")
    def _no_wait(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout = 0")  # not 5 s per attempt

    library.engine.dispose()
    stack = controller.undo_stack
    before = _idea_texts(library, sample_id)
    assert controller.run("Add note", operations.add_idea, sample_id, "Første") is not None
    other = sqlite3.connect(library.location, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with qtbot.waitSignal(controller.operation_did_fail) as failed:
            assert controller.run("Add note", operations.add_idea, sample_id, "Anden") is None
        assert failed.args[0] == (
            f"Biblioteket {library.location} er optaget af et andet program; prøv igen om lidt."
        )
        with qtbot.waitSignal(controller.operation_did_fail):
            stack.undo()
        qtbot.waitUntil(lambda: stack.index() == 1)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert stack.count() == 1 and stack.canUndo()
    assert _idea_texts(library, sample_id) == sorted([*before, "Første"])
    stack.undo()  # free again: the history still works
    assert _idea_texts(library, sample_id) == before


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
