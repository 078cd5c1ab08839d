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
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, configure_mappers, sessionmaker

from app.errors import NO_SPACE, LibraryConflict, LibraryError
from app.journal import JournalSession, Operation

#: Alembic revisions this version knows, oldest first; the last is the head.
#: A test checks this against the migration scripts.
SCHEMA_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")
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

    def explain(self, error: SQLAlchemyError) -> LibraryError:
        """Turn a database failure into one sentence the facilitator can act on."""
        return explain_failure(error, self.location)

    def checkpoint(self) -> None:
        """Fold the WAL into the main file (before copying or exporting it)."""
        if self.engine.dialect.name == "sqlite":
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            except DBAPIError as error:
                raise self.explain(error) from error

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# -- failures --------------------------------------------------------------------

# SQLite's primary result codes (sqlite3.h) met here.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _CONSTRAINT, _NOTADB = (
    5, 6, 8, 10, 11, 13, 14, 19, 26,
)
#: Room a probe must find before a failed write is blamed on something else: a WAL
#: frame, and the 32 KiB of the shared-memory index SQLite makes beside the file.
_PROBE_BYTES = 64 * 1024


def _reason(error: BaseException) -> str:
    """The driver's own words, first line only (no SQLAlchemy statement or link)."""
    orig = error.orig if isinstance(error, DBAPIError) else error
    text = str(orig).strip().splitlines()
    return text[0] if text else type(orig).__name__


def _sqlite_code(error: BaseException) -> int | None:
    orig = error.orig if isinstance(error, DBAPIError) else error
    code = getattr(orig, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def out_of_room(folder: Path) -> bool:
    """Whether the disk holding ``folder`` has no room left, found by writing a small
    probe file there (SQLite reports some full-disk writes only as "disk I/O error",
    and a quota or a file-size limit shows only when writing)."""
    try:
        usage = os.statvfs(folder)
        if usage.f_bavail * usage.f_frsize < _PROBE_BYTES:
            return True
    except OSError:
        pass
    import tempfile  # only on this failure path: not at start-up

    try:
        handle, name = tempfile.mkstemp(prefix=".samskab-room-", dir=folder)
    except OSError as error:
        return error.errno in NO_SPACE
    try:
        with os.fdopen(handle, "wb") as probe:
            probe.write(b"\0" * _PROBE_BYTES)
            probe.flush()
    except OSError as error:
        return error.errno in NO_SPACE
    finally:
        with suppress(OSError):
            os.unlink(name)
    return False


def _changed_elsewhere() -> LibraryConflict:
    return LibraryConflict(
        "Ændringen passer ikke længere til workshoppen (den er ændret et andet sted), så den blev ikke gemt.",
        "The change no longer fits the workshop (it was changed elsewhere), so it was not saved.",
    )


def explain_failure(error: BaseException, location: str) -> LibraryError:
    """A database failure on the library at ``location`` as one sentence in Danish and
    English, chosen by SQLite's result code (all the same for every caller)."""
    if isinstance(error, SQLAlchemyError) and not isinstance(error, DBAPIError):
        # Not the database but the mapping refused (a row the change needs is gone).
        return _changed_elsewhere()
    code = _sqlite_code(error)
    reason = _reason(error)
    folder = Path(location).parent
    if code == _FULL or (code in (_IOERR, _CANTOPEN) and out_of_room(folder)):
        return LibraryError(
            f"Disken er fuld, så ændringen i {location} blev ikke gemt; frigør plads (intet tidligere gemt er tabt).",
            f"The disk is full, so the change to {location} was not saved; free some space (nothing saved earlier is lost).",
        )
    if code in (_BUSY, _LOCKED):
        return LibraryError(
            f"Biblioteket {location} er optaget af et andet program; prøv igen om lidt.",
            f"The library {location} is busy in another program; try again in a moment.",
        )
    if code == _READONLY:
        return LibraryError(
            f"Biblioteket {location} er skrivebeskyttet, så ændringen blev ikke gemt.",
            f"The library {location} is read-only, so the change was not saved.",
        )
    if code == _CONSTRAINT:
        return _changed_elsewhere()
    if code in (_CORRUPT, _NOTADB):
        return LibraryError(
            f"Biblioteket {location} er beskadiget ({reason}), så ændringen blev ikke gemt; gendan en sikkerhedskopi.",
            f"The library {location} is damaged ({reason}), so the change was not saved; restore a backup.",
        )
    if code in (_IOERR, _CANTOPEN):
        return LibraryError(
            f"Biblioteket {location} kunne ikke skrives ({reason}), så ændringen blev ikke gemt.",
            f"The library {location} could not be written ({reason}), so the change was not saved.",
        )
    return LibraryError(f"Databasefejl i {location}: {reason}.", f"Database error in {location}: {reason}.")


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
    """Check that ``path`` can be a library; return whether it exists already.

    Nothing is written here, not even to a file of our own.
    """
    if not path.exists():
        if not path.parent.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise _opening_failure(path, error, new=True) from error
        if not os.access(path.parent, os.W_OK):
            raise _refuse(
                path,
                "mappen er skrivebeskyttet; vælg et andet sted til biblioteket.",
                "the folder is read-only; choose another place for the library.",
            )
        return False
    if path.is_dir():
        raise _refuse(path, "er en mappe, ikke en biblioteksfil.", "is a folder, not a library file.")
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise _refuse(
            path, f"filen kan ikke læses ({error.strerror}).", f"the file cannot be read ({error.strerror})."
        ) from error
    if header != SQLITE_HEADER:
        raise _refuse(
            path,
            "er ikke et Samskab-bibliotek (filen er tom eller af en anden type), og den bliver ikke ændret.",
            "is not a Samskab library (the file is empty or of another kind), and it is left untouched.",
        )
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise _refuse(
            path,
            "biblioteket er skrivebeskyttet; kopiér det til en mappe, du kan skrive i.",
            "the library is read-only; copy it to a folder you can write to.",
        )
    return True


_BESIDE = ("-wal", "-shm", "-journal")


def _beside(path: Path) -> list[Path]:
    """The files SQLite keeps beside a database."""
    return [path.with_name(path.name + suffix) for suffix in _BESIDE]


def _inspect(path: Path) -> str | None:
    """The library's Alembic revision, read without changing the file; ``None`` for an
    SQLite file without tables. Refuses a damaged file or another program's database.

    The file is opened read-only (``mode=ro``): connecting the way a library is
    connected would switch the journal to WAL, which changes a file that may not be
    ours. Files SQLite makes beside a WAL database while reading it are removed again
    if the file is refused.
    """
    present = {p for p in _beside(path) if p.exists()}
    try:
        return _read_revision(path)
    except BaseException:
        for extra in _beside(path):
            if extra not in present:
                with suppress(OSError):
                    extra.unlink()
        raise


def _read_revision(path: Path) -> str | None:
    uri = f"file:{quote(os.fsencode(path))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise _opening_failure(path, error) from error
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise _damaged(path, str(check).splitlines()[0])
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return str(row[0]) if row else None
    except sqlite3.DatabaseError as error:
        code = _sqlite_code(error)
        if code in (_CORRUPT, _NOTADB):
            raise _damaged(path, _reason(error)) from error
        raise _opening_failure(path, error) from error
    finally:
        conn.close()
    if tables:
        raise _refuse(
            path,
            "er en SQLite-database, men ikke et Samskab-bibliotek, og den bliver ikke ændret.",
            "is an SQLite database but not a Samskab library, and it is left untouched.",
        )
    return None


def _damaged(path: Path, reason: str) -> LibraryError:
    return _refuse(
        path,
        f"filen er beskadiget ({reason}) og bliver ikke ændret; gendan en sikkerhedskopi eller vælg en anden fil.",
        f"the file is damaged ({reason}) and is left untouched; restore a backup or choose another file.",
    )


def _opening_failure(path: Path, error: BaseException, *, new: bool = False) -> LibraryError:
    """A failure while opening or creating a library that the read-only inspection
    found sound (or that is new): never "damaged"; a full disk is said as such."""
    if isinstance(error, OSError):
        if error.errno in NO_SPACE:
            return _refuse(path, *_full_disk(new))
        return _refuse(
            path,
            f"biblioteket kan ikke åbnes ({error.strerror or error}).",
            f"the library cannot be opened ({error.strerror or error}).",
        )
    code = _sqlite_code(error)
    if code == _FULL or (code in (_IOERR, _CANTOPEN, None) and out_of_room(path.parent)):
        return _refuse(path, *_full_disk(new))
    if code in (_BUSY, _LOCKED):
        return _refuse(
            path,
            "biblioteket er optaget af et andet program; prøv igen om lidt.",
            "the library is busy in another program; try again in a moment.",
        )
    if code == _READONLY:
        return _refuse(
            path,
            "biblioteket er skrivebeskyttet; kopiér det til en mappe, du kan skrive i.",
            "the library is read-only; copy it to a folder you can write to.",
        )
    reason = _reason(error)
    return _refuse(path, f"biblioteket kan ikke åbnes ({reason}).", f"the library cannot be opened ({reason}).")


def _full_disk(new: bool) -> tuple[str, str]:
    if new:
        return (
            "disken er fuld, så biblioteket kan ikke oprettes; frigør plads og prøv igen.",
            "the disk is full, so the library cannot be created; free some space and try again.",
        )
    return (
        "disken er fuld, så biblioteket kan ikke åbnes; frigør plads (intet gemt er tabt).",
        "the disk is full, so the library cannot be opened; free some space (nothing saved is lost).",
    )


def backup_path(path: Path, revision: str) -> Path:
    return path.with_name(f"{path.name}.before-upgrade-from-{revision}")


def prepare() -> None:
    """Do ahead what the first query would otherwise pay for (the mappers' setup), so
    an app can do it behind its first window."""
    configure_mappers()


def open_library(
    path: str | os.PathLike[str],
    *,
    clock: Clock = utc_now,
    rng: random.Random | None = None,
) -> Library:
    """Open (or create) the library at ``path``, upgrading an older schema safely.

    A file is inspected read-only before anything is written to it: another program's
    database, a damaged file or a newer library is refused unchanged. A new library
    that cannot be made (a full disk) leaves no file behind.
    """
    path = Path(path).expanduser().absolute()
    existed = _check_file(path)
    revision = _inspect(path) if existed else None
    if revision is not None and revision not in SCHEMA_REVISIONS:
        raise _refuse(
            path,
            f"biblioteket er lavet af en nyere version af Samskab (skema {revision}); opdatér Samskab for at åbne det.",
            f"the library was written by a newer version of Samskab (schema {revision}); update Samskab to open it.",
        )
    left_beside = {p for p in _beside(path) if p.exists()}
    engine = _sqlite_engine(path)
    try:
        with engine.connect() as conn:  # the first write: the journal becomes WAL
            conn.exec_driver_sql("SELECT 1")
        if revision != SCHEMA_HEAD:
            if revision is not None:
                _backup(engine, backup_path(path, revision))
            from app.migrations.run import upgrade

            upgrade(engine)
    except BaseException as error:
        engine.dispose()
        if not existed:
            # Leave no empty or half-made library to be refused as "not a library".
            for made in (path, *_beside(path)):
                if made == path or made not in left_beside:
                    with suppress(OSError):
                        made.unlink()
        if isinstance(error, DBAPIError | sqlite3.Error | OSError):
            raise _opening_failure(path, error, new=not existed) from error
        raise
    return Library(engine, location=str(path), clock=clock, rng=rng)


def _backup(engine: Engine, target: Path) -> None:
    """Copy the library with SQLite's online backup (consistent, WAL included); a copy
    that could not be finished (a full disk) is removed."""
    raw = engine.raw_connection()
    try:
        dest = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
        finally:
            dest.close()
    except BaseException:
        for made in (target, *_beside(target)):
            with suppress(OSError):
                made.unlink()
        raise
    finally:
        raw.close()


def default_library_path() -> Path:
    """``SAMSKAB_LIBRARY`` if set, else the user's data directory (platformdirs)."""
    env = os.environ.get("SAMSKAB_LIBRARY")
    if env:
        return Path(env)
    from platformdirs import user_data_path

    return user_data_path("Samskab", appauthor=False) / "library.sqlite3"
