"""The shared database: push a workshop's outcome from the laptop, offline first.

**Any SQLAlchemy address** works: PostgreSQL (``postgresql+psycopg://user@host/db``)
is the database of record, an SQLite file (a path, or ``sqlite:///path``) serves a
small team. The schema is the local library's own, created and upgraded by the same
Alembic migrations (:func:`upgrade_shared`, ``samskab db upgrade ADDRESS``). A
database of a newer schema than this Samskab knows is refused, and so is one that
was never set up or is older (run ``samskab db upgrade`` first: a push never changes
the schema behind the back of the other laptops).

**The merge rule.** Every row and every deletion (a tombstone, :mod:`app.tombstones`)
carries a revision that each change raises by one, and per row id the higher
revision wins, in the shared database as on import. At equal revisions two different
versions are a conflict: the shared database keeps the one it has and stores the
newcomer's beside it in ``conflicts`` (an edit beats a deletion), and the push says
which ideas.

So a push removes a row only where the pushing copy deleted it at (or after) the
revision the shared database holds; a row the copy never saw, or one edited since
it was copied, stays. Nothing else is compared: laptop clocks decide nothing (a
row's ``updated_at`` is only a quick test that two versions at the same revision are
the same one; where it differs, the content decides). The shared database is the
merge of every push, in any order, and never a mirror of the last laptop.

**A push** (:func:`push_workshop`) is one transaction — all or nothing — keyed on the
UUIDs made on the laptop, in named steps (:func:`_send`): read both sides' versions
(revision and stamp of every row and tombstone: two small columns), plan by the rule
(:func:`plan_merge`, plain data, no database), compare the content of the few rows at
equal revision with different stamps, read the rows to write from the library,
withhold names, fit references (a row pointing at a row the shared database keeps
deleted points at nothing, or goes with it where its parent owns it), give an idea
whose number another idea holds there the next free number, then remove, write,
bury, record conflicts and recompute the idea bank's totals
(:data:`app.model.IDEA_TOTALS`) when anything they depend on changed. Pushes of one
workshop take turns (a PostgreSQL advisory lock, ``BEGIN IMMEDIATE`` on SQLite).

**Names are withheld by default** (personal data): participants are sent as
"Deltager 1", "Deltager 2"…, ideas without author, the facilitator's name empty, an
organisation only when at least :data:`ORGANISATION_MIN` participants share it and
it holds no one's name, an action's owner as the participant's role card or
"Deltager N" (an owner who is not a participant: "Ansvarlig"). The facilitator's
private notes are never sent, not even with the names. ``with_names=True``
(``--with-names``) sends the names; switching between the two rewrites the affected
rows even at equal revisions. A conflict's stored version never holds these fields.

**Offline first**: when the database cannot be reached (no network, server down,
the connection lost mid-push — the transaction is then rolled back by the server),
the push is put in the local library's ``push_queue`` with the status "venter på
forbindelse" and :func:`retry_pending` sends it later. A queued push is marked done
only after its transaction committed; a push is idempotent, so even a crash between
the commit and the mark cannot duplicate anything (exactly-once effect). The queue is
written with the library's write lock taken first (``BEGIN IMMEDIATE``) and retried
within a bound, so votes committing meanwhile cannot make it fail.

Passwords go to the system keyring (:mod:`exports.credentials`); the queue and all
messages hold only the address without password, masked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Date,
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
    CONFLICTS,
    IDEA_TOTALS,
    TOMBSTONES,
    Ballot,
    Idea,
    RoundKind,
    RoundState,
    Score,
    VoteRound,
    Workshop,
)
from exports.credentials import mask, parse, remember, resolve, safe_message
from exports.rows import TABLES, Rows, chunked, in_workshop_sql

BATCH = 1000
CONNECT_TIMEOUT_S = 5
#: An organisation is sent without names only when this many participants share it.
ORGANISATION_MIN = 3
#: The queue's write: attempts, each waiting up to the library's busy timeout (5 s).
QUEUE_ATTEMPTS = 6

#: The tables whose rows decide an idea's total or its sort keys in the idea bank.
RANKED_BY = frozenset({"workshops", "ideas", "vote_rounds", "ballots", "scores"})
#: Personal columns: withheld without names, never compared, never kept in a conflict.
PERSONAL: dict[str, frozenset[str]] = {
    "workshops": frozenset({"facilitator", "notes"}),
    "participants": frozenset({"name", "organisation"}),
    "ideas": frozenset({"author"}),
    "action_items": frozenset({"owner"}),
}
#: Not content: the history columns, and the idea's short number (a library or the
#: shared database gives an idea another free number when its own is taken there).
_NOT_CONTENT = frozenset({"id", "created_at", "updated_at", "revision"})
_CONFLICT_NAMESPACE = uuid.UUID("5b0c2f64-5a3e-4b8a-9d0e-6f1d2c3b4a59")

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
class Conflict:
    """A row whose version here and in the shared database share a revision but not
    their content. The shared database keeps both: its own in place, the other in its
    ``conflicts`` table (``deleted``: one of the two is a deletion; the edit stays)."""

    table: str
    row_id: uuid.UUID
    revision: int
    number: int | None = None  # an idea's number
    text: str = ""  # an idea's text (shortened), or a theme's title
    deleted: bool = False

    def label(self, language: str = "da") -> str:
        en = language.startswith("en")
        if self.table == "ideas":
            name = f"{'idea' if en else 'idé'} {self.number}" if self.number is not None else ("an idea" if en else "en idé")
            return f"{name} «{self.text}»" if self.text else name
        kind = _KINDS.get(self.table, ("en række", "a row"))
        return f"{kind[1] if en else kind[0]} «{self.text}»" if self.text else (kind[1] if en else kind[0])


_KINDS = {
    "clusters": ("temaet", "the theme"), "participants": ("en deltager", "a participant"),
    "workshops": ("workshoppen", "the workshop"), "phases": ("en fase", "a phase"),
    "action_items": ("en handling", "an action"), "vote_rounds": ("en afstemning", "a vote"),
    "ballots": ("en stemmeseddel", "a ballot"), "scores": ("en stemme", "a vote mark"),
    "statements": ("et udsagn", "a statement"), "criteria": ("et kriterium", "a criterion"),
    "table_groups": ("et bord", "a table group"),
}


@dataclass(frozen=True)
class PushResult:
    """What a push did. ``status`` is ``"sent"`` or ``"waiting"`` (queued, offline).

    ``conflicts``: rows at the shared database's revision with other content; both
    versions are kept there (see :class:`Conflict`)."""

    workshop_id: uuid.UUID
    address: str  # masked, without password
    status: str
    written: int = 0
    unchanged: int = 0
    deleted: int = 0
    with_names: bool = False
    reason: str = ""
    conflicts: tuple[Conflict, ...] = ()

    @property
    def sent(self) -> bool:
        return self.status == "sent"

    def message(self, language: str = "da") -> str:
        en = language.startswith("en")
        if self.status == "sent":
            if en:
                line = f"Sent to {self.address}: {self.written} rows written, {self.unchanged} unchanged, {self.deleted} removed."
            else:
                line = f"Sendt til {self.address}: {self.written} rækker skrevet, {self.unchanged} uændrede, {self.deleted} fjernet."
            return line + (" " + self.conflict_message(language) if self.conflicts else "")
        if en:
            return f"Waiting for a connection to {self.address}; it is sent as soon as the database can be reached. ({self.reason})"
        return f"Venter på forbindelse til {self.address}; sendes, så snart databasen kan nås. ({self.reason})"

    def conflict_message(self, language: str = "da") -> str:
        """One sentence naming the conflicting ideas (the first few) and counting the rest."""
        en = language.startswith("en")
        shown = [c.label(language) for c in self.conflicts[:5]]
        more = len(self.conflicts) - len(shown)
        names = ", ".join(shown) + ((f" and {more} more" if en else f" og {more} mere") if more else "")
        if en:
            return (f"Conflict: {names} also changed elsewhere at the same revision; the shared database keeps "
                    "both versions (the other marked as a conflict). Edit it here and push again to settle it.")
        return (f"Konflikt: {names} er også ændret et andet sted ved samme revision; den fælles database gemmer "
                "begge udgaver (den anden markeret som konflikt). Ret den her og send igen for at afgøre det.")


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


# -- the merge rule -----------------------------------------------------------------------------

#: A row's version as both sides can read it cheaply: its revision and its
#: ``updated_at`` as stored text ("YYYY-MM-DD HH:MM:SS.ffffff").
Stamp = tuple[int, str]


@dataclass
class Versions:
    """One side's versions of a workshop, keyed on ids as 32 hex digits (as SQLite
    stores them, so nothing is parsed): each table's rows, and the tombstones as
    (revision, table)."""

    rows: dict[str, dict[str, Stamp]]
    graves: dict[str, tuple[int, str]]

    def count(self) -> int:
        return sum(len(items) for items in self.rows.values())


def _by_table() -> dict[str, set[str]]:
    return {table.name: set() for table in TABLES}


@dataclass
class Plan:
    """What a push does, decided from the versions alone (:func:`plan_merge`)."""

    write: dict[str, set[str]] = field(default_factory=_by_table)  # new, newer, forced, or back from the dead
    remove: dict[str, set[str]] = field(default_factory=_by_table)  # a deletion newer than the shared row
    bury: dict[str, tuple[int, str]] = field(default_factory=dict)  # tombstones to write there
    unbury: set[str] = field(default_factory=set)  # tombstones there that a newer row (or an equal edit) beats
    compare: dict[str, set[str]] = field(default_factory=_by_table)  # equal revision, other stamp: read and compare
    ties: list[tuple[str, str, int]] = field(default_factory=list)  # (table, id, revision): an edit and a deletion
    forced: frozenset[str] = frozenset()  # tables rewritten at their own version (the names choice changed)


def plan_merge(local: Versions, bank: Versions, *, force: frozenset[str] = frozenset()) -> Plan:
    """The rule, on versions: per id the higher revision wins, a tombstone being a
    version like a row. At equal revision the same stamp is the same version (written
    again only in the tables of ``force``); another stamp is compared by content; an
    edit and a deletion at one revision are a tie that the edit wins, recorded."""
    plan = Plan(forced=force)
    for name, mine in local.rows.items():
        _plan_rows(plan, name, mine, bank)
    _plan_graves(plan, local, bank)
    return plan


def _plan_rows(plan: Plan, name: str, mine: dict[str, Stamp], bank: Versions) -> None:
    """This copy's rows of one table against the shared versions."""
    theirs, force = bank.rows[name], name in plan.forced
    if not force and mine == theirs:
        return  # every version the same on both sides (a re-push with nothing changed): one C-level compare
    write, compare = plan.write[name], plan.compare[name]
    for key, (revision, stamp) in mine.items():
        there = theirs.get(key)
        if there is not None:
            if revision > there[0] or (revision == there[0] and stamp == there[1] and force):
                write.add(key)
            elif revision == there[0] and stamp != there[1]:
                compare.add(key)
            continue
        grave = bank.graves.get(key)
        if grave is not None and revision < grave[0]:
            continue  # deleted there after this copy's last edit: stays deleted
        write.add(key)
        if grave is not None:
            plan.unbury.add(key)
            if revision == grave[0]:
                plan.ties.append((name, key, revision))


def _plan_graves(plan: Plan, local: Versions, bank: Versions) -> None:
    """This copy's tombstones against the shared versions."""
    for key, (revision, name) in local.graves.items():
        if name not in bank.rows or key in local.rows[name]:
            continue
        there = bank.rows[name].get(key)
        if there is not None:
            if revision > there[0]:
                plan.remove[name].add(key)
                plan.bury[key] = (revision, name)
            elif revision == there[0]:
                plan.ties.append((name, key, revision))
            continue
        grave = bank.graves.get(key)
        if grave is None or revision > grave[0]:
            plan.bury[key] = (revision, name)


def content(table: Table, row: dict[str, Any]) -> tuple[Any, ...]:
    """A row's content, comparable whichever database it was read from: every column
    but the history, the personal ones and an idea's number, in one representation."""
    skip = _NOT_CONTENT | PERSONAL.get(table.name, frozenset()) | ({"number"} if table.name == "ideas" else set())
    return tuple(_canon(column, row[column.name]) for column in table.columns if column.name not in skip)


def _canon(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Uuid):
        return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "").lower()
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, JSON):
        return json.loads(value) if isinstance(value, str) else value
    if isinstance(kind, Float):
        return float(value)
    if isinstance(kind, DateTime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(value, dt.datetime) else str(value)
    if isinstance(kind, Date):
        return value.isoformat() if isinstance(value, dt.date) else str(value)[:10]
    return value


# -- reading versions -----------------------------------------------------------------------------


def _sqlite_versions(dbapi: Any, workshop_id: uuid.UUID) -> Versions:
    """Both columns of every row of the workshop, and its tombstones, as SQLite stores
    them (the library, or a shared SQLite file): thirteen small indexed reads."""
    cursor = dbapi.cursor()
    key = workshop_id.hex
    rows = {}
    for table in TABLES:
        cursor.execute(f'SELECT id, revision, updated_at FROM "{table.name}" WHERE {in_workshop_sql(table, "?")}', (key,))
        rows[table.name] = {k: (r, s) for k, r, s in cursor.fetchall()}
    cursor.execute("SELECT id, revision, table_name FROM tombstones WHERE workshop_id = ?", (key,))
    graves = {k: (r, t) for k, r, t in cursor.fetchall()}
    cursor.close()
    return Versions(rows, graves)


def _pg_versions(conn: Connection, workshop_id: uuid.UUID) -> Versions:
    """The same from PostgreSQL in one ``UNION ALL`` statement (one round trip), ids
    and stamps formatted by the server as SQLite stores them."""
    parts = [
        f"SELECT {n}, replace(id::text, '-', ''), revision, to_char(updated_at, 'YYYY-MM-DD HH24:MI:SS.US') "
        f'FROM "{table.name}" WHERE {in_workshop_sql(table, "%(w)s")}'
        for n, table in enumerate(TABLES)
    ]
    parts.append("SELECT -1, replace(id::text, '-', ''), revision, table_name FROM tombstones WHERE workshop_id = %(w)s")
    found: list[dict[str, Stamp]] = [{} for _ in TABLES]
    graves: dict[str, tuple[int, str]] = {}
    for n, key, revision, stamp in conn.exec_driver_sql(" UNION ALL ".join(parts), {"w": workshop_id}).all():
        if n < 0:
            graves[key] = (revision, stamp)
        else:
            found[n][key] = (revision, stamp)
    return Versions({table.name: found[n] for n, table in enumerate(TABLES)}, graves)


def local_versions(library: Library, workshop_id: uuid.UUID) -> Versions:
    with library.engine.connect() as conn:
        return _sqlite_versions(conn.connection.dbapi_connection, workshop_id)


def _bank_versions(conn: Connection, workshop_id: uuid.UUID) -> Versions:
    if conn.dialect.name == "postgresql":
        return _pg_versions(conn, workshop_id)
    return _sqlite_versions(conn.connection.dbapi_connection, workshop_id)


# -- reading and preparing the rows to write ------------------------------------------------------


def _read_rows(library: Library, workshop_id: uuid.UUID, wanted: dict[str, set[str]], sizes: dict[str, int],
               also: frozenset[str] = frozenset()) -> Rows:
    """The full local rows with the ``wanted`` ids, as SQLite stores them (ids as hex,
    timestamps as text, JSON parsed), sorted by id: one lock order for every laptop.
    The one way rows are read for a push: a table of which at least half the rows are
    wanted (every table on a first push) in one read by workshop, the others by id.
    Tables in ``also`` are read whole (withholding names numbers every participant)."""
    rows: Rows = {}
    with library.engine.connect() as conn:
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        for table in TABLES:
            ids = wanted[table.name]
            if table.name in also:
                rows[table.name] = _raw_rows(cursor, table, None, workshop_id)
            elif not ids:
                rows[table.name] = []
            elif 2 * len(ids) >= sizes.get(table.name, 0):
                rows[table.name] = [r for r in _raw_rows(cursor, table, None, workshop_id) if r["id"] in ids]
            else:
                rows[table.name] = _raw_rows(cursor, table, sorted(ids), workshop_id)
            rows[table.name].sort(key=lambda r: r["id"])
        cursor.close()
    return rows


def _raw_rows(cursor: Any, table: Table, ids: list[str] | None, workshop_id: uuid.UUID) -> list[dict[str, Any]]:
    names = [c.name for c in table.columns]
    json_columns = [c.name for c in table.columns if isinstance(c.type, JSON)]
    select_list = ", ".join(f'"{n}"' for n in names)
    batches: list[tuple[str, tuple[Any, ...]]]
    if ids is None:
        batches = [(in_workshop_sql(table, "?"), (workshop_id.hex,))]
    else:
        batches = [(f"id IN ({', '.join('?' * len(chunk))})", tuple(chunk)) for chunk in chunked(ids, 500)]
    out = []
    # The sqlite3 cursor itself: SQLAlchemy's row-by-row fetching doubled the time of
    # reading a 1,000-idea workshop (measured 36 → 18 ms for its ideas and scores).
    for where, params in batches:
        cursor.execute(f'SELECT {select_list} FROM "{table.name}" WHERE {where}', params)
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            for name in json_columns:
                if row[name] is not None:
                    row[name] = json.loads(row[name])
            out.append(row)
    return out


def _participant_label(language: str, number: int) -> str:
    return f"Participant {number}" if language.startswith("en") else f"Deltager {number}"


def withhold_names(rows: Rows, people: list[dict[str, Any]] | None = None, *, facilitator: str = "") -> None:
    """Replace personal data in ``rows`` (in place): see the module docstring.

    ``people`` are all the workshop's participants (to number them, to count who
    shares an organisation and to recognise them as action owners); by default
    ``rows["participants"]``. ``facilitator``: the facilitator's name, when the
    workshop row is not among ``rows``.
    """
    people = rows["participants"] if people is None else people
    language = "da"
    for workshop in rows["workshops"]:
        language = workshop.get("language") or "da"
        facilitator = workshop.get("facilitator") or facilitator
        workshop["facilitator"] = ""
        workshop["notes"] = ""
    en = language.startswith("en")
    order = {p["id"]: n for n, p in enumerate(sorted(people, key=lambda p: (p["position"], str(p["id"]))), start=1)}
    names = [name for name in (*(p["name"] for p in people), facilitator) if name and name.strip()]
    # Who is who, read before the participants' own rows (often the same dicts) are relabelled.
    holders = sorted(((p["name"].strip().casefold(), p.get("role_card") or "", order.get(p["id"], 0))
                      for p in people if p["name"] and p["name"].strip()), key=lambda h: -len(h[0]))
    shared: dict[str, int] = {}
    for person in people:
        key = (person.get("organisation") or "").strip().casefold()
        shared[key] = shared.get(key, 0) + 1
    for person in rows["participants"]:
        person["name"] = _participant_label(language, order.get(person["id"], 0))
        organisation = (person.get("organisation") or "").strip()
        folded = organisation.casefold()
        if shared.get(folded, 0) < ORGANISATION_MIN or any(n.strip().casefold() in folded for n in names):
            person["organisation"] = ""
    for idea in rows["ideas"]:
        idea["author"] = None
    if rows["action_items"]:
        roles = _role_names(language)
        for action in rows["action_items"]:
            owner = (action["owner"] or "").strip()
            if not owner:
                action["owner"] = ""
                continue
            folded = owner.casefold()
            holder = next((h for h in holders if h[0] in folded), None)
            if holder is not None:
                action["owner"] = roles.get(holder[1]) or _participant_label(language, holder[2])
            elif facilitator.strip() and facilitator.strip().casefold() in folded:
                action["owner"] = "Facilitator"
            else:
                action["owner"] = "Responsible" if en else "Ansvarlig"


@lru_cache(maxsize=4)
def _role_names(language: str) -> dict[str, str]:
    """The role cards' names (the shipped common.toml, read once)."""
    from app.templates import load_common

    return {role.id: role.name.get(language) for role in load_common().roles}


def _present_after(bank: Versions, plan: Plan) -> dict[str, set[str]]:
    """The ids the shared database holds once the plan is carried out."""
    return {name: (set(keys) - plan.remove[name]) | plan.write[name] for name, keys in bank.rows.items()}


def fit_references(rows: Rows, present: dict[str, set[str]]) -> int:
    """Rows pointing at a row the shared database will not hold (it keeps it deleted)
    point at nothing (``ON DELETE SET NULL``) or are left out with it (``CASCADE``):
    what the database itself does when it deletes the row. Parents first, so a
    left-out ballot takes its marks along. Returns how many rows were left out."""
    dropped = 0
    for table in TABLES:
        items = rows[table.name]
        if not items:
            continue
        links = [(c.name, fk.column.table.name, fk.ondelete) for c in table.columns for fk in c.foreign_keys]
        kept = []
        for row in items:
            orphan = False
            for column, target, ondelete in links:
                value = row[column]
                if value is None or value in present[target]:
                    continue
                if ondelete == "SET NULL":
                    row[column] = None
                else:
                    orphan = True
            if orphan:
                present[table.name].discard(row["id"])
                dropped += 1
            else:
                kept.append(row)
        rows[table.name] = kept
    return dropped


# -- writing to the shared database ---------------------------------------------------------------


def _upsert_json(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """PostgreSQL: an upsert of a batch sent as one JSON parameter.

    ``json_populate_recordset`` turns the JSON array into rows of the table's own
    type, so 1,000 rows cost one statement and one parameter instead of 1,000 round
    trips (measured: about 4× faster than executemany for a workshop). The values
    are as SQLite stores them (ids as hex, timestamps as text, booleans as 0/1);
    PostgreSQL's own input functions read them.
    """
    names = [c.name for c in table.columns]
    quoted = ", ".join(f'"{n}"' for n in names)
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
    sql = (
        f'INSERT INTO "{table.name}" ({quoted}) '
        f'SELECT {quoted} FROM json_populate_recordset(NULL::"{table.name}", CAST(:rows AS json)) '
        f'ON CONFLICT (id) DO UPDATE SET {updates} WHERE excluded.revision >= "{table.name}".revision'
    )
    conn.execute(text(sql), {"rows": json.dumps(rows, ensure_ascii=False, default=str)})


def _upsert_sqlite(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """A shared SQLite file: the same upsert with the values exactly as the library stores them."""
    names = [c.name for c in table.columns]
    quoted = ", ".join(f'"{n}"' for n in names)
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
    sql = (
        f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" * len(names))}) '
        f'ON CONFLICT (id) DO UPDATE SET {updates} WHERE excluded.revision >= "{table.name}".revision'
    )
    json_columns = {c.name for c in table.columns if isinstance(c.type, JSON)}
    params = [
        tuple(json.dumps(row[n], ensure_ascii=False) if n in json_columns and row[n] is not None else row[n]
              for n in names)
        for row in rows
    ]
    conn.exec_driver_sql(sql, params)  # type: ignore[arg-type]


def _fit_numbers(conn: Connection, workshop_id: uuid.UUID, ideas: list[dict[str, Any]], removed: set[str]) -> None:
    """An idea whose number another idea holds in the shared database (each laptop
    numbered its new ideas on its own) gets the next free number there, as an
    import does. Ideas that change numbers are moved out of the way first, so two
    swapping numbers never collide for a moment."""
    holders = {
        key.hex if isinstance(key, uuid.UUID) else str(key).replace("-", ""): number
        for key, number in conn.execute(select(Idea.__table__.c.id, Idea.__table__.c.number)
                                        .where(Idea.__table__.c.workshop_id == workshop_id)).all()
    }
    if not holders:
        return
    writing = {row["id"] for row in ideas}
    taken = {number: key for key, number in holders.items() if key not in writing and key not in removed}
    free = max([*holders.values(), *(row["number"] for row in ideas), 0]) + 1
    for row in sorted(ideas, key=lambda r: (r["number"], r["id"])):
        if taken.get(row["number"], row["id"]) != row["id"]:
            row["number"] = free
            free += 1
        taken[row["number"]] = row["id"]
    if any(holders.get(row["id"], row["number"]) != row["number"] for row in ideas):
        ideas_table: Table = Idea.__table__  # type: ignore[assignment]
        moving = [uuid.UUID(row["id"]) for row in ideas if row["id"] in holders]
        for chunk in chunked(moving, BATCH):
            conn.execute(update(ideas_table).where(ideas_table.c.id.in_(chunk))
                         .values(number=-ideas_table.c.number - 1_000_000))


def _write(conn: Connection, rows: Rows, batch: int, progress: Progress | None) -> int:
    """Upsert every row, parents first, ``batch`` rows to a statement."""
    total = sum(len(items) for items in rows.values())
    done = 0
    upsert = _upsert_json if conn.dialect.name == "postgresql" else _upsert_sqlite
    for table in TABLES:
        for chunk in chunked(rows[table.name], batch):
            upsert(conn, table, chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    return done


def _remove(conn: Connection, remove: dict[str, set[str]], batch: int) -> int:
    """Delete the rows a newer deletion beats, children first."""
    removed = 0
    for table in reversed(TABLES):
        keys = sorted(remove[table.name])
        for chunk in chunked(keys, batch):
            conn.execute(delete(table).where(table.c.id.in_([uuid.UUID(k) for k in chunk])))
        removed += len(keys)
    return removed


def _keep_graves(conn: Connection, workshop_id: uuid.UUID, plan: Plan, now: dt.datetime) -> None:
    """Write the tombstones the push brings, drop those a row came back over."""
    from app.tombstones import bury

    for chunk in chunked(sorted(plan.unbury), BATCH):
        conn.execute(delete(TOMBSTONES).where(TOMBSTONES.c.id.in_([uuid.UUID(k) for k in chunk])))
    bury(conn, [{"id": uuid.UUID(k), "table_name": name, "workshop_id": workshop_id, "revision": revision,
                 "deleted_at": now} for k, (revision, name) in sorted(plan.bury.items())])


def _conflict_row(workshop_id: uuid.UUID, table: str, key: str, revision: int, version: dict[str, Any] | None,
                  now: dt.datetime) -> dict[str, Any]:
    """The other version of a row, for the ``conflicts`` table (personal columns left out)."""
    kept = None if version is None else {
        k: v for k, v in version.items() if k not in PERSONAL.get(table, frozenset())
    }
    digest = hashlib.sha256(json.dumps(kept, sort_keys=True, default=str).encode()).hexdigest()
    return {"id": uuid.uuid5(_CONFLICT_NAMESPACE, f"{key}:{revision}:{digest}"), "workshop_id": workshop_id,
            "table_name": table, "row_id": uuid.UUID(key), "revision": revision, "content": kept,
            "recorded_at": now}


def _keep_conflicts(conn: Connection, workshop_id: uuid.UUID, plan: Plan, records: list[dict[str, Any]],
                    revision_after: Callable[[str, str], int | None]) -> None:
    """Clear the conflicts a newer version settled, then store this push's (once each)."""
    stale = [
        key for key, row_id, table, revision in conn.execute(
            select(CONFLICTS.c.id, CONFLICTS.c.row_id, CONFLICTS.c.table_name, CONFLICTS.c.revision)
            .where(CONFLICTS.c.workshop_id == workshop_id)).all()
        if (revision_after(table, row_id.hex if isinstance(row_id, uuid.UUID) else str(row_id)) or 0) > revision
    ]
    for chunk in chunked(stale, BATCH):
        conn.execute(delete(CONFLICTS).where(CONFLICTS.c.id.in_(chunk)))
    if records:
        insert = (pg_insert if conn.dialect.name == "postgresql" else sqlite_insert)(CONFLICTS)
        for chunk in chunked(records, BATCH):
            conn.execute(insert.on_conflict_do_nothing(index_elements=[CONFLICTS.c.id]), chunk)


def _lock_key(workshop_id: uuid.UUID) -> int:
    """The workshop's advisory lock key: a signed 64-bit number from its UUID."""
    return int.from_bytes(workshop_id.bytes[:8], "big", signed=True)


def _take_turn(conn: Connection, workshop_id: uuid.UUID) -> None:
    """Pushes of this workshop take turns until commit (other workshops do not wait):
    what follows, the totals included, sees the last push's rows. On SQLite the
    ``BEGIN IMMEDIATE`` of :func:`open_shared` already serialises every push."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _lock_key(workshop_id)})


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


# -- one push, step by step ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Outcome:
    written: int
    unchanged: int
    deleted: int
    conflicts: tuple[Conflict, ...]


def _relinked(library: Library, workshop_id: uuid.UUID, local: Versions, bank: Versions, plan: Plan) -> None:
    """Rows to rewrite although the shared copy has their version: those pointing at a
    row this push brings back from a tombstone there. When the shared database deleted
    that row, its ``ON DELETE SET NULL`` emptied the references to it without a new
    revision; the version they share says the reference is there."""
    if not plan.unbury:
        return
    back = {name: keys & plan.unbury for name, keys in plan.write.items()}
    with library.engine.connect() as conn:
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        for table in TABLES:
            for column in table.columns:
                for fk in column.foreign_keys:
                    targets = sorted(back.get(fk.column.table.name, ()))
                    if not targets or fk.ondelete != "SET NULL":
                        continue
                    for chunk in chunked(targets, 500):
                        cursor.execute(
                            f'SELECT id FROM "{table.name}" WHERE {in_workshop_sql(table, "?")} '
                            f'AND "{column.name}" IN ({", ".join("?" * len(chunk))})', (workshop_id.hex, *chunk))
                        for (key,) in cursor.fetchall():
                            if bank.rows[table.name].get(key) == local.rows[table.name].get(key):
                                plan.write[table.name].add(key)
        cursor.close()


def _settle(conn: Connection, workshop_id: uuid.UUID, plan: Plan, rows: Rows, now: dt.datetime,
            ) -> tuple[list[Conflict], list[dict[str, Any]]]:
    """Compare the rows at equal revision with another stamp; a different content is
    a conflict (the shared version stays, this one is recorded), like every tie of an
    edit and a deletion. Returns the conflicts and their records."""
    conflicts: list[Conflict] = []
    records: list[dict[str, Any]] = []
    theirs: dict[str, dict[str, dict[str, Any]]] = {}
    wanted = {name: set(keys) for name, keys in plan.compare.items()}
    for name, key, _revision in plan.ties:
        if key not in plan.write[name]:
            wanted[name].add(key)  # a deletion here against their row: label it from theirs
    for table in TABLES:
        keys = sorted(wanted[table.name])
        found: dict[str, dict[str, Any]] = {}
        for chunk in chunked(keys, 500):
            for row in conn.execute(select(table).where(table.c.id.in_([uuid.UUID(k) for k in chunk]))).mappings():
                found[row["id"].hex if isinstance(row["id"], uuid.UUID) else str(row["id"])] = dict(row)
        theirs[table.name] = found
    for table in TABLES:
        mine = {row["id"]: row for row in rows[table.name]}
        for key in sorted(plan.compare[table.name]):
            here, there = mine.get(key), theirs[table.name].get(key)
            if here is None or there is None or content(table, here) == content(table, there):
                continue
            conflicts.append(_describe(table.name, key, here["revision"], here))
            records.append(_conflict_row(workshop_id, table.name, key, here["revision"], here, now))
        rows[table.name] = [row for row in rows[table.name] if row["id"] not in plan.compare[table.name]]
    for name, key, revision in plan.ties:
        tied: dict[str, Any] | None = next((r for r in rows[name] if r["id"] == key), None) or theirs[name].get(key)
        conflicts.append(_describe(name, key, revision, tied, deleted=True))
        records.append(_conflict_row(workshop_id, name, key, revision, None, now))
    return conflicts, records


def _describe(table: str, key: str, revision: int, row: dict[str, Any] | None, *, deleted: bool = False) -> Conflict:
    row = row or {}
    words = str(row.get("text") or row.get("title") or "")
    return Conflict(table, uuid.UUID(key), revision, row.get("number") if table == "ideas" else None,
                    words[:60] + ("…" if len(words) > 60 else ""), deleted)


def _send(address: str, library: Library, workshop_id: uuid.UUID, local: Versions, *,
          with_names: bool, force: bool, progress: Progress | None, batch: int) -> _Outcome:
    """One transaction, in named steps (see the module docstring)."""
    engine = open_shared(address)
    try:
        with _failures(address), engine.begin() as conn:
            check_schema(conn, address)
            _take_turn(conn, workshop_id)
            bank = _bank_versions(conn, workshop_id)
            plan = plan_merge(local, bank, force=frozenset(PERSONAL) if force else frozenset())
            _relinked(library, workshop_id, local, bank, plan)
            wanted = {name: plan.write[name] | plan.compare[name] for name in plan.write}
            named = frozenset() if with_names or not (wanted["participants"] or wanted["action_items"]) \
                else frozenset({"participants"})
            rows = _read_rows(library, workshop_id, wanted, {n: len(k) for n, k in local.rows.items()}, named)
            if not with_names:
                people = rows["participants"]
                withhold_names(rows, people, facilitator=_facilitator(library, workshop_id))
                rows["participants"] = [p for p in people if p["id"] in wanted["participants"]]
            for workshop in rows["workshops"]:
                workshop["notes"] = ""  # the facilitator's private notes never leave, names or not
            if bank.graves or any(plan.remove.values()):  # else every row points at a row it will find
                fit_references(rows, _present_after(bank, plan))
            now = library.now()
            conflicts, records = _settle(conn, workshop_id, plan, rows, now)
            deleted = _remove(conn, plan.remove, batch)
            if rows["ideas"] and bank.rows["ideas"]:
                _fit_numbers(conn, workshop_id, rows["ideas"], plan.remove["ideas"])
            written = _write(conn, rows, batch, progress)
            _keep_graves(conn, workshop_id, plan, now)
            after = {name: {r["id"]: r["revision"] for r in items} for name, items in rows.items()}
            graves = {key: revision for key, (revision, _name) in plan.bury.items()}

            def revision_after(table: str, key: str) -> int | None:
                return after.get(table, {}).get(key) or graves.get(key)

            _keep_conflicts(conn, workshop_id, plan, records, revision_after)
            touched = {name for name, items in rows.items() if items} | {n for n, k in plan.remove.items() if k}
            if touched & RANKED_BY:
                refresh_idea_totals(conn, workshop_id)
            return _Outcome(written, local.count() - written, deleted, tuple(conflicts))
    finally:
        engine.dispose()


def _facilitator(library: Library, workshop_id: uuid.UUID) -> str:
    with library.engine.connect() as conn:
        return str(conn.execute(select(Workshop.facilitator).where(Workshop.id == workshop_id)).scalar() or "")


@contextmanager
def _failures(address: str) -> Iterator[None]:
    """Database failures in one place: unreachable (queue it), refused (say so)."""
    password = parse(address).password
    try:
        yield
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


def _is_refusal(reason: str) -> bool:
    """Failures that waiting does not mend: a wrong password or database name."""
    text = reason.lower()
    return any(word in text for word in ("password", "authentication", "does not exist", "permission denied", "role "))


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

    Returns a :class:`PushResult` with ``status`` "sent" (its ``conflicts`` naming any
    row edited elsewhere at the same revision), or "waiting" when the database cannot
    be reached (the push is queued). Raises :class:`SharedDbError` when the database
    refuses (schema, password), and :class:`NotFound` for an unknown workshop. Safe to
    call from a worker thread.
    """
    bare = remember(address)
    local = local_versions(library, workshop_id)
    if not local.rows["workshops"]:
        raise NotFound("Workshoppen findes ikke.", f"There is no workshop {workshop_id}.")
    force = _last_names_choice(library, workshop_id, bare) not in (None, with_names)
    try:
        outcome = _send(address, library, workshop_id, local, with_names=with_names, force=force,
                        progress=progress, batch=batch)
    except _Unreachable as error:
        if not queue_when_offline:
            raise SharedDbError(
                f"Kan ikke nå den fælles database {mask(bare)}: {error.reason}",
                f"Cannot reach the shared database {mask(bare)}: {error.reason}",
            ) from None
        _enqueue(library, workshop_id, bare, with_names, error.reason)
        return PushResult(workshop_id, mask(bare), "waiting", with_names=with_names, reason=error.reason)
    _mark_sent(library, workshop_id, bare, with_names)
    return PushResult(workshop_id, mask(bare), "sent", outcome.written, outcome.unchanged, outcome.deleted,
                      with_names, conflicts=outcome.conflicts)


# -- the local queue ---------------------------------------------------------------------------


def _last_names_choice(library: Library, workshop_id: uuid.UUID, bare: str) -> bool | None:
    with library.engine.connect() as conn:
        return conn.execute(
            select(PUSH_QUEUE.c.with_names)
            .where(PUSH_QUEUE.c.workshop_id == workshop_id, PUSH_QUEUE.c.address == bare,
                   PUSH_QUEUE.c.state == DONE)
            .order_by(PUSH_QUEUE.c.done_at.desc()).limit(1)
        ).scalar()


def _queue_write(library: Library, write: Callable[[Connection], None]) -> None:
    """Run ``write`` in a transaction that holds the library's write lock from its first
    statement (``BEGIN IMMEDIATE``, as every operation does): a read-then-write in a
    deferred transaction fails at once when a vote commits in between. Each attempt
    waits up to the library's busy timeout; a few attempts bound the whole."""
    immediate = library.engine.execution_options(sqlite_begin="BEGIN IMMEDIATE")
    for attempt in range(QUEUE_ATTEMPTS):
        try:
            with immediate.begin() as conn:
                write(conn)
            return
        except OperationalError as error:
            if "locked" not in str(error.orig) and "busy" not in str(error.orig) or attempt == QUEUE_ATTEMPTS - 1:
                raise library.explain(error) from error
            time.sleep(0.05 * (attempt + 1))


def _enqueue(library: Library, workshop_id: uuid.UUID, bare: str, with_names: bool, reason: str) -> None:
    """Queue the push, or count one more attempt of the one already waiting."""
    now = library.now()
    new_id = library.new_id()

    def write(conn: Connection) -> None:
        waiting = conn.execute(
            select(PUSH_QUEUE.c.id).where(PUSH_QUEUE.c.workshop_id == workshop_id,
                                          PUSH_QUEUE.c.address == bare, PUSH_QUEUE.c.state == WAITING)
        ).scalar()
        if waiting is None:
            conn.execute(PUSH_QUEUE.insert().values(
                id=new_id, workshop_id=workshop_id, address=bare, with_names=with_names,
                state=WAITING, attempts=1, last_error=reason, created_at=now, updated_at=now,
            ))
        else:
            conn.execute(update(PUSH_QUEUE).where(PUSH_QUEUE.c.id == waiting).values(
                attempts=PUSH_QUEUE.c.attempts + 1, last_error=reason, with_names=with_names, updated_at=now,
            ))

    _queue_write(library, write)


def _mark_sent(library: Library, workshop_id: uuid.UUID, bare: str, with_names: bool) -> None:
    """Record the successful push (closing any waiting entry for the same workshop and address)."""
    now = library.now()
    new_id = library.new_id()

    def write(conn: Connection) -> None:
        waiting = conn.execute(
            select(PUSH_QUEUE.c.id).where(PUSH_QUEUE.c.workshop_id == workshop_id,
                                          PUSH_QUEUE.c.address == bare, PUSH_QUEUE.c.state == WAITING)
        ).scalar()
        values = dict(state=DONE, with_names=with_names, updated_at=now, done_at=now, last_error="")
        if waiting is not None:
            conn.execute(update(PUSH_QUEUE).where(PUSH_QUEUE.c.id == waiting).values(**values))
        else:
            conn.execute(PUSH_QUEUE.insert().values(
                id=new_id, workshop_id=workshop_id, address=bare, attempts=1, created_at=now, **values,
            ))

    _queue_write(library, write)


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
            _queue_write(library, _forget(entry.id))
    return results


def _forget(key: uuid.UUID) -> Callable[[Connection], None]:
    def write(conn: Connection) -> None:
        conn.execute(delete(PUSH_QUEUE).where(PUSH_QUEUE.c.id == key))

    return write


__all__ = [
    "PUSH_QUEUE",
    "Conflict",
    "Plan",
    "PushResult",
    "QueuedPush",
    "SharedDbError",
    "Versions",
    "check_schema",
    "content",
    "fit_references",
    "local_versions",
    "open_shared",
    "pending_pushes",
    "plan_merge",
    "push_workshop",
    "refresh_idea_totals",
    "retry_pending",
    "stored_revision",
    "upgrade_shared",
    "withhold_names",
]
