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
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import ONETOMANY, Session
from sqlalchemy.orm.attributes import set_committed_value

from app import tombstones
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
    PhoneIdea,
    PhoneSessionRow,
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
    PhoneSessionRow: Topic.PHONES,
    PhoneIdea: Topic.PHONES,
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


# Deletions become tombstones, and a row coming back continues above its tombstone.
event.listen(JournalSession, "before_flush", tombstones.revive)
event.listen(JournalSession, "persistent_to_deleted", tombstones.note_deleted)
event.listen(JournalSession, "after_flush_postexec", tombstones.write_noted)


class Operation:
    """One named change to the library, in one transaction (see :meth:`Library.operation`).

    Use as a context manager; after the block, :attr:`changes` says what changed.
    """

    def __init__(
        self,
        sessions: Callable[[], Session],
        clock: Callable[[], dt.datetime],
        explain: Callable[[SQLAlchemyError], LibraryError],
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
        try:
            session.begin()
            # Begin now, not at the first statement: the write lock is taken (or
            # refused as busy) here, where it is explained like every other failure,
            # and a read-then-write inside the block cannot meet SQLITE_BUSY.
            session.connection()
        except DBAPIError as error:
            _close_quietly(session)
            raise self._explain(error) from error
        except BaseException:
            _close_quietly(session)
            raise
        self._session = session
        return session

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Commit, or roll back on an error; every database error, whether raised in the
        block (a flush, a query) or by the commit, leaves as one explained
        :class:`LibraryError`."""
        session = self._session
        assert session is not None
        failure: SQLAlchemyError | None = exc if isinstance(exc, SQLAlchemyError) else None
        try:
            if exc_type is None:
                session.commit()
            else:
                session.rollback()
        except DBAPIError as error:
            if exc_type is None:
                failure = error
            # else the block's own error goes on; a failed rollback would only hide it
        finally:
            _close_quietly(session)
        if failure is not None:
            raise self._explain(failure) from failure
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


def _close_quietly(session: Session) -> None:
    """Roll back and close after a failure; a second failure here would only hide the
    first (the connection is discarded either way)."""
    try:
        session.rollback()
    except DBAPIError:
        pass
    finally:
        try:
            session.close()
        except DBAPIError:
            pass


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


def _without_children(row: Base) -> None:
    """Let ``row`` be deleted without the ORM emptying its children's foreign keys.

    Deleting a parent whose one-to-many has no delete cascade (a theme and its ideas)
    makes the ORM load the children the database still links to it and set their key
    to NULL in the same flush, over the values restored to them: undoing "make a
    theme" left its notes in no theme instead of their previous one. The journal
    restores every child it touched; any other row left pointing at it is the
    database's ``ON DELETE SET NULL``'s to handle.
    """
    for relationship in inspect(row).mapper.relationships:
        if relationship.direction is ONETOMANY and not relationship.cascade.delete:
            set_committed_value(row, relationship.key, [])


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
                    _without_children(row)
                    session.delete(row)
            elif row is None:
                session.add(state.model(**restorable(state.values)))
            else:
                for key, value in restorable(state.values).items():
                    if getattr(row, key) != value:
                        setattr(row, key, value)
    return op.changes
