"""Deletions as rows: the library's tombstones (:data:`app.model.TOMBSTONES`).

Whenever an operation deletes a row — explicitly, through a cascade, or as an orphan
(a ballot's replaced marks) — a tombstone keeps the row's id, table, workshop and the
revision of the deletion: the row's last revision plus one, so a deletion is an edit
like any other and the merge rule of :mod:`exports.shared_db` ("the higher revision
wins") covers it. When a row with a buried id comes back (an undo, an import), its
tombstone goes and the row's revision continues above it, so the comeback is newer
than the deletion everywhere.

The listeners are registered on :class:`app.journal.JournalSession` by
:mod:`app.journal`; they do nothing for sessions outside an operation.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.model import MODELS, TOMBSTONES, Ballot, Base, VoteRound

_CHUNK = 500


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def buried(conn: Connection, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, int]:
    """The tombstones' revisions of those of ``ids`` that are buried."""
    found: dict[uuid.UUID, int] = {}
    for chunk in _chunks(ids):
        found.update(conn.execute(select(TOMBSTONES.c.id, TOMBSTONES.c.revision).where(TOMBSTONES.c.id.in_(chunk))).all())
    return found


def bury(conn: Connection, stones: list[dict[str, Any]]) -> None:
    """Write tombstones (``id``, ``table_name``, ``workshop_id``, ``revision``,
    ``deleted_at``); an id buried already keeps the higher revision."""
    if not stones:
        return
    insert = (pg_insert if conn.dialect.name == "postgresql" else sqlite_insert)(TOMBSTONES)
    statement = insert.on_conflict_do_update(
        index_elements=[TOMBSTONES.c.id],
        set_={"revision": insert.excluded.revision, "deleted_at": insert.excluded.deleted_at,
              "table_name": insert.excluded.table_name, "workshop_id": insert.excluded.workshop_id},
        where=insert.excluded.revision > TOMBSTONES.c.revision,
    )
    for chunk in _chunks(stones):
        conn.execute(statement, list(chunk))


def unbury(conn: Connection, ids: Sequence[uuid.UUID]) -> None:
    for chunk in _chunks(ids):
        conn.execute(delete(TOMBSTONES).where(TOMBSTONES.c.id.in_(chunk)))


# -- the session listeners ----------------------------------------------------------------------


def revive(session: Session, _context: object, _instances: object) -> None:
    """``before_flush``: a new row whose id is buried continues above its tombstone."""
    if session.info.get("journal") is None or not session.new:
        return
    new = {obj.id: obj for obj in session.new if isinstance(obj, Base)}
    conn = session.connection()
    found = buried(conn, list(new))
    if not found:
        return
    for key, revision in found.items():
        obj = new[key]
        obj.revision = max(obj.revision or 1, revision + 1)
    unbury(conn, list(found))


def note_deleted(session: Session, instance: object) -> None:
    """``persistent_to_deleted``: remember the row (written after the flush)."""
    if session.info.get("journal") is not None and isinstance(instance, Base):
        session.info.setdefault("tombstones", []).append(instance)


def write_noted(session: Session, _context: object) -> None:
    """``after_flush_postexec``: a tombstone for every row the flush deleted."""
    # Only the rows a workshop file and a push carry: the phone session's rows are the
    # laptop's own, and a file's importer would refuse a tombstone of their tables.
    rows: list[Base] = [r for r in session.info.pop("tombstones", []) if type(r) in MODELS]
    if not rows:
        return
    conn = session.connection()
    rounds = {r.id: r.workshop_id for r in rows if isinstance(r, VoteRound)}
    ballots = {b.id: b.round_id for b in rows if isinstance(b, Ballot)}
    wanted_ballots = [k for k in {getattr(r, "ballot_id", None) for r in rows} - set(ballots) if k is not None]
    for chunk in _chunks(wanted_ballots):
        ballots.update(conn.execute(select(Ballot.id, Ballot.round_id).where(Ballot.id.in_(chunk))).all())
    wanted_rounds = [k for k in {getattr(r, "round_id", None) for r in rows} | set(ballots.values()) - set(rounds)
                     if k is not None and k not in rounds]
    for chunk in _chunks(wanted_rounds):
        rounds.update(conn.execute(select(VoteRound.id, VoteRound.workshop_id).where(VoteRound.id.in_(chunk))).all())
    now: dt.datetime = session.info["clock"]()
    stones = []
    for row in rows:
        workshop_id = _workshop_of(row, ballots, rounds)
        if workshop_id is None:  # pragma: no cover - every model row belongs to a workshop
            continue
        stones.append({"id": row.id, "table_name": row.__tablename__, "workshop_id": workshop_id,
                       "revision": (row.revision or 0) + 1, "deleted_at": now})
    bury(conn, stones)


def _workshop_of(row: Base, ballots: dict[uuid.UUID, uuid.UUID], rounds: dict[uuid.UUID, uuid.UUID]) -> uuid.UUID | None:
    table = row.__tablename__
    if table == "workshops":
        return row.id
    if table == "ballots":
        return rounds.get(row.round_id)  # type: ignore[attr-defined]
    if table == "scores":
        round_id = ballots.get(row.ballot_id)  # type: ignore[attr-defined]
        return None if round_id is None else rounds.get(round_id)
    return row.workshop_id  # type: ignore[attr-defined, no-any-return]
