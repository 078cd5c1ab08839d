"""The local library: one SQLite file holding every workshop on this laptop.

There is no Save button. Every operation runs in one ``BEGIN IMMEDIATE`` transaction
and is durable when it returns: WAL with ``synchronous=FULL`` keeps each
acknowledged commit through a killed process and a dead battery alike.

Each operation's session keeps a journal of the rows it touches (their values before
the change), from which :class:`Changes` and its ``inverse`` are made; so every
operation can be undone without writing an inverse by hand.

The schema is versioned with Alembic. A library written by a newer Samskab is
refused; an older one is copied beside itself before it is upgraded; a file that is
not a Samskab library is never written to.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.errors import LibraryError
from app.journal import JournalSession, Operation

#: Alembic revisions this version knows, oldest first; the last is the head.
#: A test checks this against the migration scripts.
SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]
SQLITE_HEADER = b"SQLite format 3\x00"

Clock = Callable[[], dt.datetime]

def utc_now() -> dt.datetime:
    """The default clock: naive UTC, as stored in both SQLite and PostgreSQL."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Library:
    """An open library (a SQLite file, or any SQLAlchemy database address).

    The clock and the random source are injected so tests control time and ids.
    It is safe to use from several threads: each operation has its own session.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        location: str,
        clock: Clock = utc_now,
        rng: random.Random | None = None,
    ) -> None:
        self.engine = engine
        self.location = location
        self.clock = clock
        self.rng = rng or random.SystemRandom()
        immediate = engine.execution_options(sqlite_begin="BEGIN IMMEDIATE")
        self._writer = sessionmaker(immediate, class_=JournalSession, expire_on_commit=False)
        self._reader = sessionmaker(engine, expire_on_commit=False)

    # -- ids, time -----------------------------------------------------------------
    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def now(self) -> dt.datetime:
        return self.clock()

    # -- transactions ------------------------------------------------------------
    def operation(self, label: str, workshop_id: uuid.UUID | None = None) -> Operation:
        """A write transaction for the named operation ``label``."""
        return Operation(self._writer, self.clock, self.explain, label, workshop_id)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; rows stay usable (detached) after the block."""
        session = self._reader()
        try:
            yield session
        except DBAPIError as error:
            raise self.explain(error) from error
        finally:
            session.close()

    def explain(self, error: DBAPIError) -> LibraryError:
        """Turn a database failure into a message the facilitator can act on."""
        text = str(error.orig)
        if "disk" in text and "full" in text or "database or disk is full" in text:
            return LibraryError(
                "Disken er fuld: ændringen blev ikke gemt. Frigør plads; intet tidligere gemt er tabt.",
                "The disk is full: the change was not saved. Free some space; nothing saved earlier is lost.",
            )
        if "readonly" in text or "read-only" in text:
            return LibraryError(
                f"Biblioteket {self.location} er skrivebeskyttet: ændringen blev ikke gemt.",
                f"The library {self.location} is read-only: the change was not saved.",
            )
        if "locked" in text:
            return LibraryError(
                "Biblioteket er optaget af et andet program. Prøv igen om lidt.",
                "The library is busy in another program. Try again in a moment.",
            )
        return LibraryError(
            f"Databasefejl i {self.location}: {text}", f"Database error in {self.location}: {text}"
        )

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (before copying or exporting it)."""
        if self.engine.dialect.name == "sqlite":
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- opening ---------------------------------------------------------------------


def _sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Our own BEGIN statements (below) instead of the driver's implicit ones.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(conn.get_execution_options().get("sqlite_begin", "BEGIN"))

    return engine


def _refuse(path: Path, da: str, en: str) -> LibraryError:
    return LibraryError(f"{path}: {da}", f"{path}: {en}")


def _check_file(path: Path) -> bool:
    """Check that ``path`` can be a library; return whether it exists already."""
    if not path.exists():
        if not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(path.parent, os.W_OK):
            raise _refuse(
                path,
                "mappen er skrivebeskyttet; vælg et andet sted til biblioteket.",
                "the folder is read-only; choose another place for the library.",
            )
        return False
    if path.is_dir():
        raise _refuse(path, "er en mappe, ikke en biblioteksfil.", "is a folder, not a library file.")
    with path.open("rb") as file:
        header = file.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise _refuse(
            path,
            "er ikke et Samskab-bibliotek (filen er tom eller af en anden type). Den bliver ikke ændret.",
            "is not a Samskab library (the file is empty or of another kind). It is left untouched.",
        )
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise _refuse(
            path,
            "biblioteket er skrivebeskyttet. Kopiér det til en mappe, du kan skrive i.",
            "the library is read-only. Copy it to a folder you can write to.",
        )
    return True


def _stored_revision(engine: Engine, path: Path) -> str | None:
    """The library's Alembic revision; ``None`` for a brand-new empty file."""
    try:
        with engine.connect() as conn:
            check = conn.exec_driver_sql("PRAGMA quick_check").scalar()
            if check != "ok":
                raise sqlite3.DatabaseError(str(check))
            tables = {
                row[0]
                for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" in tables:
                return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except (DBAPIError, sqlite3.DatabaseError) as error:
        raise _refuse(
            path,
            f"filen er beskadiget og kan ikke åbnes ({error}). Den bliver ikke ændret; "
            "gendan en sikkerhedskopi eller vælg en anden fil.",
            f"the file is damaged and cannot be opened ({error}). It is left untouched; "
            "restore a backup or choose another file.",
        ) from error
    if tables:
        raise _refuse(
            path,
            "er en SQLite-database, men ikke et Samskab-bibliotek. Den bliver ikke ændret.",
            "is an SQLite database but not a Samskab library. It is left untouched.",
        )
    return None


def backup_path(path: Path, revision: str) -> Path:
    return path.with_name(f"{path.name}.before-upgrade-from-{revision}")


def open_library(
    path: str | os.PathLike[str],
    *,
    clock: Clock = utc_now,
    rng: random.Random | None = None,
) -> Library:
    """Open (or create) the library at ``path``, upgrading an older schema safely."""
    path = Path(path).expanduser().absolute()
    existed = _check_file(path)
    engine = _sqlite_engine(path)
    try:
        revision = _stored_revision(engine, path) if existed else None
        if revision != SCHEMA_HEAD:
            if revision is not None and revision not in SCHEMA_REVISIONS:
                raise _refuse(
                    path,
                    f"biblioteket er lavet af en nyere version af Samskab (skema {revision}). "
                    "Opdatér Samskab for at åbne det.",
                    f"the library was written by a newer version of Samskab (schema {revision}). "
                    "Update Samskab to open it.",
                )
            if revision is not None:
                _backup(engine, backup_path(path, revision))
            from app.migrations.run import upgrade

            upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return Library(engine, location=str(path), clock=clock, rng=rng)


def _backup(engine: Engine, target: Path) -> None:
    """Copy the library with SQLite's online backup (consistent, WAL included)."""
    raw = engine.raw_connection()
    try:
        dest = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
        finally:
            dest.close()
    finally:
        raw.close()


def default_library_path() -> Path:
    """``SAMSKAB_LIBRARY`` if set, else the user's data directory (platformdirs)."""
    env = os.environ.get("SAMSKAB_LIBRARY")
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path("Samskab", appauthor=False) / "library.sqlite3"
