"""The shared database: push a workshop's outcome from the laptop, offline first.

**Any SQLAlchemy address** works: PostgreSQL (``postgresql+psycopg://user@host/db``)
is the database of record, an SQLite file (a path, or ``sqlite:///path``) serves a
small team. The schema is the local library's own, created and upgraded by the same
Alembic migrations (:func:`upgrade_shared`, ``samskab db upgrade ADDRESS``). A
database of a newer schema than this Samskab knows is refused, and so is one that
was never set up or is older (run ``samskab db upgrade`` first: a push never changes
the schema behind the back of the other laptops).

**A push** (:func:`push_workshop`) sends every row of one workshop in one
transaction — all or nothing — keyed on the UUIDs made on the laptop:

* rows are written with ``INSERT … ON CONFLICT (id) DO UPDATE … WHERE
  excluded.revision > revision`` (the same statement on PostgreSQL and SQLite),
  1,000 rows to a statement. **The higher revision wins**: every operation on the
  laptop raises a row's revision by one, so a stale copy (an older push, another
  laptop with an older ``.samskab`` of the same workshop) never overwrites a newer
  edit, whatever the laptops' clocks say. Rows whose revision in the shared database
  is already as high are not even sent, so pushing again with nothing changed only
  reads the revisions;
* rows of the workshop that are in the shared database but no longer on the laptop
  (a deleted idea, a ballot sent again) are deleted, so the shared copy mirrors the
  pushing laptop; other workshops are never touched, so many laptops can push at
  once and every workshop is kept. Such a delete empties references to the row in
  the shared copy (``ON DELETE SET NULL``) without a new revision, so a push that adds
  the row back also rewrites the rows pointing at it, even at equal revision;
* the idea bank's totals (:data:`app.model.IDEA_TOTALS`: each idea's dots and
  sort keys) of the pushed workshop are recomputed at the end of the same
  transaction when anything they depend on was written or removed, so the bank's
  ranking is exactly as right as the rows it ranks; a re-push with nothing changed
  leaves them alone. Pushes of one workshop take turns (a PostgreSQL advisory lock
  for the transaction), so two laptops sending the same workshop at once cannot
  each sum without the other's rows;
* **names are withheld by default** (personal data): participants are sent as
  "Deltager 1", "Deltager 2"…, ideas without author, an action's owner left empty
  when it names a participant. The facilitator's private notes are never sent, not
  even with the names.
  ``with_names=True`` (``--with-names``) sends the names; switching between the two
  rewrites the affected rows even at equal revisions.

**Offline first**: when the database cannot be reached (no network, server down,
the connection lost mid-push — the transaction is then rolled back by the server),
the push is put in the local library's ``push_queue`` with the status "venter på
forbindelse" and :func:`retry_pending` sends it later. A queued push is marked done
only after its transaction committed; a push is idempotent, so even a crash between
the commit and the mark cannot duplicate anything (exactly-once effect).

Passwords go to the system keyring (:mod:`exports.credentials`); the queue and all
messages hold only the address without password, masked.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    DateTime,
    Engine,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
    create_engine,
    delete,
    event,
    false,
    func,
    inspect,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.pool import NullPool

from app.errors import NotFound, SamskabError
from app.library import SCHEMA_HEAD, SCHEMA_REVISIONS, Library
from app.model import (
    IDEA_TOTALS,
    Ballot,
    Idea,
    RoundKind,
    RoundState,
    Score,
    VoteRound,
    Workshop,
)
from exports.credentials import mask, parse, remember, resolve, safe_message
from exports.rows import (
    TABLE_BY_NAME,
    TABLES,
    Rows,
    chunked,
    in_workshop,
    in_workshop_sql,
    rows_by_id,
    to_json,
    workshop_revisions,
)

BATCH = 1000
#: Sort key giving UUIDs their own order: comparing UUID objects runs Python code per
#: comparison (sorting a first push's 3,920 ids cost ~10 ms), their ``int`` does not.
_ORDER = attrgetter("int")
CONNECT_TIMEOUT_S = 5

#: The tables whose rows decide an idea's total or its sort keys in the idea bank.
RANKED_BY = frozenset({"workshops", "ideas", "vote_rounds", "ballots", "scores"})

Progress = Callable[[int, int], None]

# The push queue (created by migration 0002 in every library).
_queue_meta = MetaData()
PUSH_QUEUE = Table(
    "push_queue", _queue_meta,
    Column("id", Uuid, primary_key=True),
    Column("workshop_id", Uuid, nullable=False),
    Column("address", Text, nullable=False),
    Column("with_names", Boolean, nullable=False),
    Column("state", String(20), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("last_error", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("done_at", DateTime),
)
WAITING, DONE = "waiting", "done"


class SharedDbError(SamskabError):
    """The shared database refused or failed in a way waiting will not mend."""


class _Unreachable(Exception):
    """The database could not be reached, or the connection was lost: queue and retry."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class PushResult:
    """What a push did. ``status`` is ``"sent"`` or ``"waiting"`` (queued, offline)."""

    workshop_id: uuid.UUID
    address: str  # masked, without password
    status: str
    written: int = 0
    unchanged: int = 0
    deleted: int = 0
    with_names: bool = False
    reason: str = ""

    @property
    def sent(self) -> bool:
        return self.status == "sent"

    def message(self, language: str = "da") -> str:
        if self.status == "sent":
            if language.startswith("en"):
                return f"Sent to {self.address}: {self.written} rows written, {self.unchanged} unchanged, {self.deleted} removed."
            return f"Sendt til {self.address}: {self.written} rækker skrevet, {self.unchanged} uændrede, {self.deleted} fjernet."
        if language.startswith("en"):
            return f"Waiting for a connection to {self.address}; it is sent as soon as the database can be reached. ({self.reason})"
        return f"Venter på forbindelse til {self.address}; sendes, så snart databasen kan nås. ({self.reason})"


@dataclass(frozen=True)
class QueuedPush:
    id: uuid.UUID
    workshop_id: uuid.UUID
    address: str  # masked
    with_names: bool
    state: str
    attempts: int
    last_error: str
    created_at: dt.datetime
    done_at: dt.datetime | None

    def status(self, language: str = "da") -> str:
        if self.state == DONE:
            return "Sent" if language.startswith("en") else "Sendt"
        return "Waiting for a connection" if language.startswith("en") else "Venter på forbindelse"


# -- connecting and the schema --------------------------------------------------------------


def open_shared(address: str, *, connect_timeout: int = CONNECT_TIMEOUT_S) -> Engine:
    """An engine for the shared database (password from the address or the keyring)."""
    url = resolve(address)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: object) -> None:
            dbapi_connection.isolation_level = None  # our own BEGIN IMMEDIATE below
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA busy_timeout = 30000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # writers queue up instead of failing late

        return engine
    args: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql":
        args["connect_timeout"] = connect_timeout
        args["application_name"] = "samskab"
    return create_engine(url, poolclass=NullPool, connect_args=args)


def stored_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def _newer(address: str, revision: str) -> SharedDbError:
    return SharedDbError(
        f"Den fælles database {mask(address)} har et nyere skema ({revision}), end denne version af "
        f"Samskab kender (op til {SCHEMA_HEAD}). Opdatér Samskab.",
        f"The shared database {mask(address)} has a newer schema ({revision}) than this version of "
        f"Samskab knows (up to {SCHEMA_HEAD}). Update Samskab.",
    )


def check_schema(conn: Connection, address: str) -> None:
    """Refuse a database that is newer, older or not set up."""
    revision = stored_revision(conn)
    if revision == SCHEMA_HEAD:
        return
    if revision is not None and revision not in SCHEMA_REVISIONS:
        raise _newer(address, revision)
    raise SharedDbError(
        f"Den fælles database {mask(address)} er ikke sat op til denne version af Samskab. "
        f"Kør: samskab db upgrade {mask(address)}",
        f"The shared database {mask(address)} is not set up for this version of Samskab. "
        f"Run: samskab db upgrade {mask(address)}",
    )


def upgrade_shared(address: str) -> str:
    """Create or upgrade the shared database's schema (the library's migrations); its revision."""
    from app.migrations.run import upgrade

    bare = remember(address)
    engine = open_shared(address)
    try:
        try:
            with engine.connect() as conn:
                revision = stored_revision(conn)
        except (OperationalError, InterfaceError) as error:
            raise SharedDbError(
                f"Kan ikke forbinde til {mask(bare)}: {safe_message(error, parse(address).password)}",
                f"Cannot connect to {mask(bare)}: {safe_message(error, parse(address).password)}",
            ) from None
        if revision is not None and revision not in SCHEMA_REVISIONS:
            raise _newer(bare, revision)
        if revision != SCHEMA_HEAD:
            upgrade(engine, shared=True)
        return SCHEMA_HEAD
    finally:
        engine.dispose()


# -- pushing -----------------------------------------------------------------------------------


def _participant_label(language: str, number: int) -> str:
    return f"Participant {number}" if language.startswith("en") else f"Deltager {number}"


def withhold_names(rows: Rows, people: list[dict[str, Any]] | None = None) -> None:
    """Replace personal data in ``rows`` (in place): see the module docstring.

    ``people`` are all the workshop's participants (to number them and to recognise
    their names in action owners); by default ``rows["participants"]``.
    """
    people = rows["participants"] if people is None else people
    language = "da"
    for workshop in rows["workshops"]:
        language = workshop.get("language") or "da"
        workshop["notes"] = ""
    names = [p["name"] for p in people if p["name"]]
    order = {p["id"]: n for n, p in enumerate(sorted(people, key=lambda p: (p["position"], str(p["id"]))), start=1)}
    for person in rows["participants"]:
        person["name"] = _participant_label(language, order.get(person["id"], 0))
    for idea in rows["ideas"]:
        idea["author"] = None
    for action in rows["action_items"]:
        if any(name and name in action["owner"] for name in names):
            action["owner"] = ""


def _upsert(table: Table, dialect: str, force: bool) -> Any:
    insert = pg_insert(table) if dialect == "postgresql" else sqlite_insert(table)
    newer = insert.excluded.revision >= table.c.revision if force else insert.excluded.revision > table.c.revision
    return insert.on_conflict_do_update(
        index_elements=[table.c.id],
        set_={c.name: insert.excluded[c.name] for c in table.columns if c.name != "id"},
        where=newer,
    )


def _send(address: str, library: Library, workshop_id: uuid.UUID, local: dict[str, dict[uuid.UUID, int]], *,
          with_names: bool, force: bool, progress: Progress | None, batch: int) -> tuple[int, int, int]:
    """One transaction: delete what the laptop no longer has, then upsert what changed.

    Only the revisions are compared first; full rows are read from the library only
    for the rows to write, so a re-push with nothing changed reads two columns.
    """
    engine = open_shared(address)
    password = parse(address).password
    try:
        with engine.begin() as conn:
            check_schema(conn, address)
            dialect = conn.dialect.name
            if dialect == "postgresql":
                # Pushes of this workshop take turns until commit (other workshops do
                # not wait): what follows, the totals included, sees the last push's rows.
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _lock_key(workshop_id)})
            remote = workshop_revisions(conn, workshop_id)
            deleted = 0
            touched: set[str] = set()
            for table in reversed(TABLES):  # children first
                gone = sorted(set(remote[table.name]) - set(local[table.name]), key=_ORDER)
                for chunk in chunked(gone, batch):
                    conn.execute(delete(table).where(table.c.id.in_(chunk)))
                deleted += len(gone)
                if gone:
                    touched.add(table.name)
            wanted = {
                table.name: sorted(  # one lock order for every laptop
                    (key for key, revision in local[table.name].items()
                     if force or remote[table.name].get(key, 0) < revision),
                    key=_ORDER,
                )
                for table in TABLES
            }
            relinked = _relinked(library, workshop_id, local, remote, wanted)
            for name, keys in relinked.items():
                wanted[name] = sorted(set(wanted[name]) | keys, key=_ORDER)
            total = sum(len(v) for v in wanted.values())
            unchanged = sum(len(v) for v in local.values()) - total
            if total:
                raw = dialect == "postgresql" and library.engine.dialect.name == "sqlite"
                sizes = {name: len(keys) for name, keys in local.items()}
                # Tables sent whole and new to the shared copy (all of them on a first push)
                # are encoded as JSON by SQLite itself, one text per row: reading 3,920 rows
                # into dicts and json.dumps cost about 50 ms, this about 15.
                fresh = {name for name in wanted if raw and name not in _NAMED and not remote[name]
                         and name not in relinked and wanted[name] and len(wanted[name]) == sizes[name]}
                todo = _rows_to_write(library, workshop_id, wanted, with_names, raw=raw, sizes=sizes, skip=fresh)
                todo.update(_encoded_rows(library, workshop_id, wanted, fresh, with_names))  # type: ignore[arg-type]
                if remote["ideas"]:  # only ideas already in the shared copy can hold a number
                    _park_idea_numbers(conn, workshop_id, todo["ideas"])
                done = 0
                for table in TABLES:
                    items = todo[table.name]
                    if not items:
                        continue
                    again = relinked.get(table.name)
                    parts = [(force, items)]
                    if again:
                        parts = [(force, [r for r in items if _uuid(r["id"]) not in again]),
                                 (True, [r for r in items if _uuid(r["id"]) in again])]
                    for forced, part in parts:
                        # Built only where used: compiling it costs ~2 ms a table.
                        statement = _upsert(table, dialect, forced) if dialect != "postgresql" else None
                        for chunk in chunked(part, batch):
                            if isinstance(part, _Encoded):
                                _upsert_json(conn, table, "[" + ",".join(chunk) + "]", forced)
                            elif dialect == "postgresql":
                                _upsert_json(conn, table, chunk, forced)
                            else:
                                assert statement is not None
                                conn.execute(statement, chunk)
                            done += len(chunk)
                            if progress is not None:
                                progress(done, total)
            touched |= {name for name, keys in wanted.items() if keys}
            if touched & RANKED_BY:
                refresh_idea_totals(conn, workshop_id)
            return total, unchanged, deleted
    except SharedDbError:
        raise
    except (OperationalError, InterfaceError) as error:
        reason = safe_message(error, password)
        if _is_refusal(reason):
            raise SharedDbError(
                f"Den fælles database {mask(address)} afviste forbindelsen: {reason}",
                f"The shared database {mask(address)} refused the connection: {reason}",
            ) from None
        raise _Unreachable(reason) from None
    except DBAPIError as error:
        if error.connection_invalidated:
            raise _Unreachable(safe_message(error, password)) from None
        reason = safe_message(error, password)
        raise SharedDbError(
            f"Den fælles database {mask(address)} afviste workshoppen: {reason}. Intet blev ændret.",
            f"The shared database {mask(address)} refused the workshop: {reason}. Nothing was changed.",
        ) from None
    finally:
        engine.dispose()


def _lock_key(workshop_id: uuid.UUID) -> int:
    """The workshop's advisory lock key: a signed 64-bit number from its UUID."""
    return int.from_bytes(workshop_id.bytes[:8], "big", signed=True)


def refresh_idea_totals(conn: Connection, workshop_id: uuid.UUID) -> None:
    """Recompute the idea bank's totals of one workshop's ideas (inside the caller's
    transaction): dots from the workshop's revealed dot rounds, abstentions excluded,
    and the sort keys (the workshop's date, the idea's number).

    One ``INSERT … SELECT … ON CONFLICT`` on PostgreSQL and SQLite alike; rows whose
    values did not change are not rewritten. Totals of removed ideas went with them
    (``ON DELETE CASCADE``). Migration 0004 fills the table the same way for a bank
    upgraded from 0003.
    """
    rounds, ballots, scores = VoteRound.__table__, Ballot.__table__, Score.__table__
    ideas, workshops = Idea.__table__, Workshop.__table__
    votes = (
        select(scores.c.option_id.label("idea_id"), func.sum(scores.c.value * scores.c.count).label("dots"))
        .join(ballots, ballots.c.id == scores.c.ballot_id)
        .join(rounds, rounds.c.id == ballots.c.round_id)
        .where(rounds.c.workshop_id == workshop_id, rounds.c.kind == RoundKind.DOTS,
               rounds.c.state == RoundState.REVEALED, ballots.c.abstained == false())
        .group_by(scores.c.option_id)
        .subquery("votes")
    )
    fresh = (
        select(ideas.c.id, ideas.c.workshop_id, workshops.c.date, ideas.c.number, func.coalesce(votes.c.dots, 0))
        .join(workshops, workshops.c.id == ideas.c.workshop_id)
        .outerjoin(votes, votes.c.idea_id == ideas.c.id)
        .where(ideas.c.workshop_id == workshop_id)
    )
    columns = ["idea_id", "workshop_id", "workshop_date", "number", "dots"]
    insert = (pg_insert if conn.dialect.name == "postgresql" else sqlite_insert)(IDEA_TOTALS).from_select(columns, fresh)
    kept = columns[1:]
    conn.execute(insert.on_conflict_do_update(
        index_elements=[IDEA_TOTALS.c.idea_id],
        set_={name: insert.excluded[name] for name in kept},
        where=or_(*(IDEA_TOTALS.c[name].is_distinct_from(insert.excluded[name]) for name in kept)),
    ))


def _uuid(key: Any) -> uuid.UUID:
    return key if isinstance(key, uuid.UUID) else uuid.UUID(key)


def _relinked(library: Library, workshop_id: uuid.UUID, local: dict[str, dict[uuid.UUID, int]],
              remote: dict[str, dict[uuid.UUID, int]], wanted: dict[str, list[uuid.UUID]]) -> dict[str, set[uuid.UUID]]:
    """Rows to rewrite although their revision is the shared copy's: those pointing at a
    row this push adds back to the shared database.

    When another laptop's push deleted that row (a theme it had dissolved), the
    database's ``ON DELETE SET NULL`` emptied the reference in the shared copy without
    changing its revision, so the revisions alone would leave the theme empty for ever.
    Only rows at *equal* revision are rewritten: a higher shared revision (a newer edit
    from elsewhere) still wins.
    """
    added = {name: set(wanted[name]) - set(remote[name]) for name in wanted}
    result: dict[str, set[uuid.UUID]] = {}
    with library.engine.connect() as conn:
        for table in TABLES:
            if not remote[table.name]:  # only rows already in the shared copy qualify (a first push: none)
                continue
            for column in table.columns:
                for fk in column.foreign_keys:
                    targets = added.get(fk.column.table.name)
                    if not targets or fk.ondelete != "SET NULL":
                        continue
                    for chunk in chunked(sorted(targets, key=_ORDER), BATCH):
                        for key in conn.execute(select(table.c.id).where(
                                in_workshop(table, workshop_id), column.in_(chunk))).scalars():
                            if key in remote[table.name] and remote[table.name][key] == local[table.name].get(key):
                                result.setdefault(table.name, set()).add(key)
    return result


def _upsert_json(conn: Connection, table: Table, rows: list[dict[str, Any]] | str, force: bool) -> None:
    """PostgreSQL: the same upsert, the batch sent as one JSON parameter.

    ``json_populate_recordset`` turns the JSON array into rows of the table's own
    type, so 1,000 rows cost one statement and one parameter instead of 1,000 round
    trips (measured: about 4× faster than executemany for a workshop). ``rows`` may
    be that JSON array already.
    """
    names = [c.name for c in table.columns]
    quoted = ", ".join(f'"{n}"' for n in names)
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
    newer = ">=" if force else ">"
    sql = (
        f'INSERT INTO "{table.name}" ({quoted}) '
        f'SELECT {quoted} FROM json_populate_recordset(NULL::"{table.name}", CAST(:rows AS json)) '
        f'ON CONFLICT (id) DO UPDATE SET {updates} WHERE excluded.revision {newer} "{table.name}".revision'
    )
    payload = rows if isinstance(rows, str) else json.dumps(rows, ensure_ascii=False, default=to_json)
    conn.execute(text(sql), {"rows": payload})


def _rows_to_write(library: Library, workshop_id: uuid.UUID, wanted: dict[str, list[uuid.UUID]],
                   with_names: bool, *, raw: bool = False, sizes: dict[str, int] | None = None,
                   skip: frozenset[str] | set[str] = frozenset()) -> Rows:
    """The full local rows to write, names withheld unless ``with_names``.

    With ``raw``, values come as SQLite stores them (ids as hex, timestamps as text,
    JSON parsed): ready for the PostgreSQL JSON upsert without converting every value
    to Python objects and back.

    ``sizes`` (rows of each table in the workshop) lets a table of which at least half
    the rows are wanted — every table on a first push — be read with one query by
    workshop and filtered here, instead of by ids 500 at a time. Tables in ``skip``
    are left empty (the caller reads them another way).
    """
    read = _raw_rows if raw else _typed_rows
    with library.engine.connect() as conn:
        rows: Rows = {}
        for table in TABLES:
            ids = wanted[table.name]
            if not ids or table.name in skip:
                rows[table.name] = []
            elif table.name in ("workshops", "participants") and not with_names:
                # Withholding names numbers every participant: read them all.
                rows[table.name] = read(conn, table, None, workshop_id)
            elif sizes is not None and 2 * len(ids) >= sizes.get(table.name, 0):
                keep = {_key(k, raw) for k in ids}
                rows[table.name] = [r for r in read(conn, table, None, workshop_id) if r["id"] in keep]
            else:
                rows[table.name] = read(conn, table, ids, workshop_id)
        people = rows["participants"]
        if not with_names and rows["action_items"] and not people:
            people = read(conn, TABLE_BY_NAME["participants"], None, workshop_id)
    for workshop in rows["workshops"]:
        workshop["notes"] = ""  # the facilitator's private notes never leave, names or not
    if not with_names:
        withhold_names(rows, people)
        for name in ("workshops", "participants"):
            keep = {_key(k, raw) for k in wanted[name]}
            rows[name] = [r for r in rows[name] if r["id"] in keep]
    for name in rows:
        rows[name].sort(key=lambda r: r["id"])  # one lock order for every laptop
    return rows


def _key(key: uuid.UUID, raw: bool) -> Any:
    return key.hex if raw else key


def _typed_rows(conn: Connection, table: Table, ids: list[uuid.UUID] | None, workshop_id: uuid.UUID) -> list[dict[str, Any]]:
    if ids is None:
        return workshop_rows_of(conn, table, workshop_id)
    return rows_by_id(conn, table, ids)


#: Tables whose rows :func:`withhold_names` rewrites (always read into dicts).
_NAMED = frozenset({"workshops", "participants", "action_items"})


class _Encoded(list[str]):
    """Rows already encoded as JSON objects (one text each), ready for :func:`_upsert_json`."""


def _json_column(column: Column[Any], with_names: bool) -> str:
    """One column as SQLite's ``json_object`` should see it: the value as stored, as the
    raw rows hold it (ids as hex, timestamps as text, booleans as 0/1)."""
    name = f'"{column.name}"'
    if column.table.name == "ideas" and column.name == "author" and not with_names:
        return "NULL"  # withheld, as withhold_names does
    if isinstance(column.type, JSON):
        return f"json({name})"  # a list, not a string holding one
    if isinstance(column.type, Float):
        # SQLite's JSON writes 15 digits (0.1 + 0.2 → 0.3); 17 give the float back exactly
        # ("!": plain %g stops at 16), and PostgreSQL reads that JSON string into float8.
        return f"CASE WHEN {name} IS NULL THEN NULL ELSE printf('%!.17g', {name}) END"
    return name


def _encoded_rows(library: Library, workshop_id: uuid.UUID, wanted: dict[str, list[uuid.UUID]], names: set[str],
                  with_names: bool) -> dict[str, _Encoded]:
    """The wanted rows of each table in ``names``, as JSON object texts made by SQLite
    from one read of the workshop's rows (sorted by id: one lock order for every laptop)."""
    out: dict[str, _Encoded] = {}
    if not names:
        return out
    with library.engine.connect() as conn:
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        for table in TABLES:
            if table.name not in names:
                continue
            pairs = ", ".join(f"'{c.name}', {_json_column(c, with_names)}" for c in table.columns)
            where = in_workshop_sql(table, "?")
            cursor.execute(f'SELECT id, json_object({pairs}) FROM "{table.name}" WHERE {where} ORDER BY id',
                           (workshop_id.hex,))
            keep = {key.hex for key in wanted[table.name]}  # not a row added since the revisions were read
            out[table.name] = _Encoded(doc for key, doc in cursor.fetchall() if key in keep)
        cursor.close()
    return out


def _raw_rows(conn: Connection, table: Table, ids: list[uuid.UUID] | None, workshop_id: uuid.UUID) -> list[dict[str, Any]]:
    names = [c.name for c in table.columns]
    json_columns = [c.name for c in table.columns if isinstance(c.type, JSON)]
    select_list = ", ".join(f'"{n}"' for n in names)
    batches: list[tuple[str, tuple[Any, ...]]]
    if ids is None:
        batches = [(in_workshop_sql(table, "?"), (workshop_id.hex,))]
    else:
        batches = [(f"id IN ({', '.join('?' * len(chunk))})", tuple(k.hex for k in chunk)) for chunk in chunked(ids, 500)]
    out = []
    # The sqlite3 cursor itself: SQLAlchemy's row-by-row fetching doubled the time of
    # reading a 1,000-idea workshop (measured 36 → 18 ms for its ideas and scores).
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    for where, params in batches:
        cursor.execute(f'SELECT {select_list} FROM "{table.name}" WHERE {where}', params)
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            for name in json_columns:
                if row[name] is not None:
                    row[name] = json.loads(row[name])
            out.append(row)
    cursor.close()
    return out


def workshop_rows_of(conn: Connection, table: Table, workshop_id: uuid.UUID) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(select(table).where(in_workshop(table, workshop_id))).mappings()]


def _is_refusal(reason: str) -> bool:
    """Failures that waiting does not mend: a wrong password or database name."""
    text = reason.lower()
    return any(word in text for word in ("password", "authentication", "does not exist", "permission denied", "role "))


def _park_idea_numbers(conn: Connection, workshop_id: uuid.UUID, ideas: list[dict[str, Any]]) -> None:
    """Ideas that changed numbers could collide for a moment on (workshop, number):
    move the remote copies of the ideas about to be written out of the way first."""
    if not ideas:
        return
    number_of = {_uuid(r["id"]): r["number"] for r in ideas}
    numbers = set(number_of.values())
    # The workshop's ideas in the shared copy, filtered here: one indexed read instead
    # of a statement with an IN list of every number written.
    holders = conn.execute(select(Idea.id, Idea.number).where(Idea.workshop_id == workshop_id)).all()
    if all(number_of.get(h.id) == h.number for h in holders if h.number in numbers):
        return
    ideas_table = Idea.__table__
    for chunk in chunked(list(number_of), BATCH):
        conn.execute(
            update(ideas_table).where(ideas_table.c.id.in_(chunk)).values(number=-ideas_table.c.number - 1_000_000)
        )


def push_workshop(
    library: Library,
    workshop_id: uuid.UUID,
    address: str,
    *,
    with_names: bool = False,
    queue_when_offline: bool = True,
    progress: Progress | None = None,
    batch: int = BATCH,
) -> PushResult:
    """Push one workshop to the shared database (see the module docstring).

    Returns a :class:`PushResult` with ``status`` "sent", or "waiting" when the
    database cannot be reached (the push is queued). Raises :class:`SharedDbError`
    when the database refuses (schema, password), and :class:`NotFound` for an
    unknown workshop. Safe to call from a worker thread.
    """
    bare = remember(address)
    with library.engine.connect() as conn:
        local = workshop_revisions(conn, workshop_id)
    if not local["workshops"]:
        raise NotFound("Workshoppen findes ikke.", f"There is no workshop {workshop_id}.")
    force = _last_names_choice(library, workshop_id, bare) not in (None, with_names)
    try:
        written, unchanged, deleted = _send(address, library, workshop_id, local, with_names=with_names,
                                            force=force, progress=progress, batch=batch)
    except _Unreachable as error:
        if not queue_when_offline:
            raise SharedDbError(
                f"Kan ikke nå den fælles database {mask(bare)}: {error.reason}",
                f"Cannot reach the shared database {mask(bare)}: {error.reason}",
            ) from None
        _enqueue(library, workshop_id, bare, with_names, error.reason)
        return PushResult(workshop_id, mask(bare), "waiting", with_names=with_names, reason=error.reason)
    _mark_sent(library, workshop_id, bare, with_names)
    return PushResult(workshop_id, mask(bare), "sent", written, unchanged, deleted, with_names)


# -- the local queue ---------------------------------------------------------------------------


def _last_names_choice(library: Library, workshop_id: uuid.UUID, bare: str) -> bool | None:
    with library.engine.connect() as conn:
        return conn.execute(
            select(PUSH_QUEUE.c.with_names)
            .where(PUSH_QUEUE.c.workshop_id == workshop_id, PUSH_QUEUE.c.address == bare,
                   PUSH_QUEUE.c.state == DONE)
            .order_by(PUSH_QUEUE.c.done_at.desc()).limit(1)
        ).scalar()


def _enqueue(library: Library, workshop_id: uuid.UUID, bare: str, with_names: bool, reason: str) -> None:
    """Queue the push, or count one more attempt of the one already waiting."""
    now = library.now()
    with library.engine.begin() as conn:
        waiting = conn.execute(
            select(PUSH_QUEUE.c.id).where(PUSH_QUEUE.c.workshop_id == workshop_id,
                                          PUSH_QUEUE.c.address == bare, PUSH_QUEUE.c.state == WAITING)
        ).scalar()
        if waiting is None:
            conn.execute(PUSH_QUEUE.insert().values(
                id=library.new_id(), workshop_id=workshop_id, address=bare, with_names=with_names,
                state=WAITING, attempts=1, last_error=reason, created_at=now, updated_at=now,
            ))
        else:
            conn.execute(update(PUSH_QUEUE).where(PUSH_QUEUE.c.id == waiting).values(
                attempts=PUSH_QUEUE.c.attempts + 1, last_error=reason, with_names=with_names, updated_at=now,
            ))


def _mark_sent(library: Library, workshop_id: uuid.UUID, bare: str, with_names: bool) -> None:
    """Record the successful push (closing any waiting entry for the same workshop and address)."""
    now = library.now()
    with library.engine.begin() as conn:
        waiting = conn.execute(
            select(PUSH_QUEUE.c.id).where(PUSH_QUEUE.c.workshop_id == workshop_id,
                                          PUSH_QUEUE.c.address == bare, PUSH_QUEUE.c.state == WAITING)
        ).scalar()
        values = dict(state=DONE, with_names=with_names, updated_at=now, done_at=now, last_error="")
        if waiting is not None:
            conn.execute(update(PUSH_QUEUE).where(PUSH_QUEUE.c.id == waiting).values(**values))
        else:
            conn.execute(PUSH_QUEUE.insert().values(
                id=library.new_id(), workshop_id=workshop_id, address=bare, attempts=1, created_at=now, **values,
            ))


def pending_pushes(library: Library, workshop_id: uuid.UUID | None = None, *, include_done: bool = False) -> list[QueuedPush]:
    """Queued pushes, oldest first (for the status line: "venter på forbindelse")."""
    query = select(PUSH_QUEUE).order_by(PUSH_QUEUE.c.created_at)
    if not include_done:
        query = query.where(PUSH_QUEUE.c.state == WAITING)
    if workshop_id is not None:
        query = query.where(PUSH_QUEUE.c.workshop_id == workshop_id)
    with library.engine.connect() as conn:
        rows = conn.execute(query).all()
    return [
        QueuedPush(r.id, r.workshop_id, mask(r.address), r.with_names, r.state, r.attempts, r.last_error,
                   r.created_at, r.done_at)
        for r in rows
    ]


def retry_pending(library: Library, *, progress: Progress | None = None) -> list[PushResult]:
    """Try every waiting push once more; each result says "sent" or still "waiting".

    A workshop deleted from the library meanwhile is dropped from the queue.
    """
    with library.engine.connect() as conn:
        waiting = conn.execute(
            select(PUSH_QUEUE.c.id, PUSH_QUEUE.c.workshop_id, PUSH_QUEUE.c.address, PUSH_QUEUE.c.with_names)
            .where(PUSH_QUEUE.c.state == WAITING).order_by(PUSH_QUEUE.c.created_at)
        ).all()
    results = []
    for entry in waiting:
        try:
            results.append(push_workshop(library, entry.workshop_id, entry.address,
                                         with_names=entry.with_names, progress=progress))
        except NotFound:
            with library.engine.begin() as conn:
                conn.execute(delete(PUSH_QUEUE).where(PUSH_QUEUE.c.id == entry.id))
    return results


__all__ = [
    "PUSH_QUEUE",
    "PushResult",
    "QueuedPush",
    "SharedDbError",
    "check_schema",
    "open_shared",
    "pending_pushes",
    "push_workshop",
    "refresh_idea_totals",
    "retry_pending",
    "stored_revision",
    "upgrade_shared",
    "withhold_names",
]
