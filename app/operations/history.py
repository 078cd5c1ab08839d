"""Undo and redo: put rows back as an operation's journal recorded them."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from app.changes import Changes
from app.library import Library, RowState, restorable


def restore(
    library: Library, label: str, workshop_id: uuid.UUID | None, states: Iterable[RowState]
) -> Changes:
    """Return each row to its recorded state: recreate, update, or delete it.

    This is the inverse of every operation; its own ``Changes.inverse`` redoes the
    operation, so undo and redo are the same mechanism.
    """
    states = list(states)
    with (op := library.operation(label, workshop_id)) as session, session.no_autoflush:
        # Look every row up before changing any, then let one flush order the writes
        # (parents inserted before the children that point at them).
        rows = [session.get(state.model, state.id) for state in states]
        for state, row in zip(states, rows, strict=True):
            if state.values is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(state.model(**restorable(state.values)))
            else:
                for key, value in restorable(state.values).items():
                    if getattr(row, key) != value:
                        setattr(row, key, value)
    return op.changes
