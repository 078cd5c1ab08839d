"""The journal of an operation: the rows it touched, as they were, and how to put them back.

Each operation's session keeps a journal of the rows it touches (their values before
the change), from which :class:`~app.changes.Changes` and its ``inverse`` are made; so
every operation can be undone without writing an inverse by hand. Undo and redo are
the same mechanism: :func:`restore` returns rows to their recorded states, and its own
``Changes.inverse`` redoes the operation.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import MappingProxyType, TracebackType
from typing import Any, Protocol

from sqlalchemy import event, inspect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.changes import Changes, Topic
from app.errors import LibraryError
from app.model import (
    ActionItem,
    Ballot,
    Base,
    Cluster,
    Criterion,
    Idea,
    Participant,
    Phase,
    Score,
    Statement,
    TableGroup,
    VoteRound,
    Workshop,
)

TOPIC_OF: dict[type[Base], Topic] = {
    Workshop: Topic.WORKSHOP,
    Phase: Topic.PHASES,
    TableGroup: Topic.PEOPLE,
    Participant: Topic.PEOPLE,
    Cluster: Topic.CLUSTERS,
    Idea: Topic.IDEAS,
    Statement: Topic.VOTES,
    Criterion: Topic.VOTES,
    VoteRound: Topic.VOTES,
    Ballot: Topic.VOTES,
    Score: Topic.VOTES,
    ActionItem: Topic.ACTIONS,
}


# Values an undo leaves alone: the row's history keeps moving forward.
_NOT_RESTORED = frozenset({"updated_at", "revision"})


@dataclass(frozen=True)
class RowState:
    """A row as it was before an operation; ``values`` is ``None`` if it did not exist."""

    model: type[Base]
    id: uuid.UUID
    values: MappingProxyType[str, Any] | None


def row_values(obj: Base, *, before: bool = False) -> MappingProxyType[str, Any]:
    """The column values of ``obj``; with ``before``, as they were at the last flush."""
    state = inspect(obj)
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        value = getattr(obj, key)
        if before:
            history = state.attrs[key].history
            if history.deleted:
                value = history.deleted[0]
        if isinstance(value, list):
            value = list(value)  # JSON lists are mutable; keep a copy
        values[key] = value
    return MappingProxyType(values)


class _Journal:
    """The rows one operation touched, each with its state before the operation."""

    def __init__(self) -> None:
        self.before: dict[tuple[type[Base], uuid.UUID], MappingProxyType[str, Any] | None] = {}
        self.deleted: set[uuid.UUID] = set()


class JournalSession(Session):
    pass


class Operation:
    """One named change to the library, in one transaction (see :meth:`Library.operation`).

    Use as a context manager; after the block, :attr:`changes` says what changed.
    """

    def __init__(
        self,
        sessions: Callable[[], Session],
        clock: Callable[[], dt.datetime],
        explain: Callable[[DBAPIError], LibraryError],
        label: str,
        workshop_id: uuid.UUID | None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._explain = explain
        self.label = label
        self.workshop_id = workshop_id
        self.subject: uuid.UUID | None = None
        self.extra_topics: set[Topic] = set()
        self._changes: Changes | None = None
        self._session: Session | None = None
        self._journal = _Journal()

    def __enter__(self) -> Session:
        session = self._sessions()
        session.info["journal"] = self._journal
        session.info["clock"] = self._clock
        session.begin()
        self._session = session
        return session

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self._session
        assert session is not None
        try:
            if exc_type is None:
                session.commit()
            else:
                session.rollback()
        except DBAPIError as error:
            session.rollback()
            raise self._explain(error) from error
        finally:
            session.close()
        if exc_type is None:
            self._changes = self._make_changes()

    def _make_changes(self) -> Changes:
        journal = self._journal
        states = tuple(
            RowState(model, key, values) for (model, key), values in journal.before.items()
        )
        ids = frozenset(key for _, key in journal.before)
        created = frozenset(k for (_, k), v in journal.before.items() if v is None)
        topics = {TOPIC_OF[model] for model, _ in journal.before} | self.extra_topics
        if Workshop in {m for m, _ in journal.before}:
            topics.add(Topic.LIBRARY)
        label, workshop_id = self.label, self.workshop_id

        def inverse(library: Writes) -> Changes:
            return restore(library, label, workshop_id, states)

        return Changes(
            label=label,
            workshop_id=workshop_id,
            topics=frozenset(topics),
            ids=ids,
            created=created - journal.deleted,
            deleted=frozenset(journal.deleted),
            subject=self.subject,
            inverse=inverse if states else None,
        )

    @property
    def changes(self) -> Changes:
        if self._changes is None:
            raise RuntimeError("the operation has not completed")
        return self._changes


@event.listens_for(JournalSession, "before_flush")
def _journal_before_flush(session: Session, _context: object, _instances: object) -> None:
    journal: _Journal | None = session.info.get("journal")
    if journal is None:
        return
    now: dt.datetime = session.info["clock"]()
    for obj in session.new:
        assert isinstance(obj, Base)
        journal.before.setdefault((type(obj), obj.id), None)
        if obj.created_at is None:
            obj.created_at = now
        obj.updated_at = now
        if obj.revision is None:
            obj.revision = 1
    for obj in session.dirty:
        assert isinstance(obj, Base)
        if not session.is_modified(obj, include_collections=False):
            continue
        key = (type(obj), obj.id)
        if key not in journal.before:
            journal.before[key] = row_values(obj, before=True)
            obj.revision = (obj.revision or 0) + 1
        obj.updated_at = now
    for obj in session.deleted:
        assert isinstance(obj, Base)
        journal.before.setdefault((type(obj), obj.id), row_values(obj, before=True))
        journal.deleted.add(obj.id)


def restorable(values: MappingProxyType[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k not in _NOT_RESTORED}


class Writes(Protocol):
    """What :func:`restore` needs of a library: a way to start an operation."""

    def operation(self, label: str, workshop_id: uuid.UUID | None = None) -> Operation: ...


def restore(
    library: Writes, label: str, workshop_id: uuid.UUID | None, states: Iterable[RowState]
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
