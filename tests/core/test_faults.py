"""Faults the library must survive with a clear message and nothing lost."""

from __future__ import annotations

import os
import random
import resource
import signal
import sqlite3
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from sqlalchemy import event, text

from app import operations as ops
from app.errors import LibraryError
from app.library import Library, open_library
from app.queries import list_workshops, load_workshop
from app.templates import Template


def test_a_full_disk_refuses_the_change_clearly_and_keeps_what_was_saved(library_path: Path, templates: dict[str, Template]) -> None:
    library = open_library(library_path, rng=random.Random(3))
    wid = ops.create_workshop(library, templates["hverdagsinnovation"], title="Fuld disk").subject
    assert wid is not None
    library.close()
    # SQLite's page limit gives the same SQLITE_FULL error as a full disk.
    library = open_library(library_path, rng=random.Random(4))
    with library.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    assert isinstance(pages, int)

    @event.listens_for(library.engine, "connect")
    def _limit(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 3}")

    library.engine.dispose()
    saved: list[uuid.UUID] = []
    with pytest.raises(LibraryError) as caught:
        for i in range(10_000):
            changes = ops.add_idea(library, wid, f"idé {i} " + "x" * 1500)
            assert changes.subject is not None
            saved.append(changes.subject)
    assert "Disken er fuld" in caught.value.message("da")
    assert "disk is full" in caught.value.message("en")
    assert saved, "some ideas fit before the disk filled"
    # Reading still works, and everything acknowledged is there.
    assert {i.id for i in load_workshop(library, wid).ideas} == set(saved)
    library.close()
    with open_library(library_path) as reopened:
        assert {i.id for i in load_workshop(reopened, wid).ideas} == set(saved)
        with reopened.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


# -- a library busy in another program -----------------------------------------------------


def _impatient(library: Library) -> None:
    """Give up on a lock at once (the library waits 5 s for another writer)."""

    @event.listens_for(library.engine, "connect")
    def _no_wait(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute("PRAGMA busy_timeout = 0")

    library.engine.dispose()


@pytest.mark.parametrize("operation", ["create_workshop", "add_idea", "update_workshop"])
def test_a_locked_library_refuses_with_the_busy_sentence_and_nothing_changes(
    library_path: Path, templates: dict[str, Template], operation: str,
) -> None:
    """SQLAlchemy sent BEGIN IMMEDIATE with the first statement, inside the block, where
    the lock error escaped as a raw OperationalError; now the operation begins eagerly
    and every database error is explained in one place."""
    library = open_library(library_path, rng=random.Random(5))
    wid = ops.create_workshop(library, templates["hverdagsinnovation"], title="Låst").subject
    assert wid is not None
    _impatient(library)
    other = sqlite3.connect(library_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(LibraryError) as caught:
            if operation == "create_workshop":
                ops.create_workshop(library, templates["hverdagsinnovation"], title="Ny")
            elif operation == "add_idea":
                ops.add_idea(library, wid, "Idé")
            else:
                ops.update_workshop(library, wid, title="Omdøbt")
    finally:
        other.execute("ROLLBACK")
        other.close()
    for language, words in (("da", "optaget af et andet program"), ("en", "busy in another program")):
        message = caught.value.message(language)
        assert words in message and str(library_path) in message
        assert "\n" not in message and "sqlalche" not in message
    assert [w.title for w in list_workshops(library)] == ["Låst"]
    assert ops.add_idea(library, wid, "Bagefter").subject is not None  # free again: works
    library.close()


def test_an_error_inside_the_block_is_explained_too(library: Library, templates: dict[str, Template]) -> None:
    """A database error raised by a statement inside the operation (not by the commit)
    leaves as the same explained LibraryError, and the library stays usable."""
    with pytest.raises(LibraryError) as caught, library.operation("broken") as session:
        session.execute(text("INSERT INTO no_such_table VALUES (1)"))
    assert caught.value.message("en").startswith(f"Database error in {library.location}: no such table")
    assert "\n" not in caught.value.message("da")
    assert ops.create_workshop(library, templates["hverdagsinnovation"], title="Videre").subject


# -- a full disk, simulated with a file-size limit ---------------------------------------------

ROOT = Path(__file__).resolve().parents[2]


def _with_file_limit(limit: int, script: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in a Python whose files cannot grow past ``limit`` bytes: writes
    beyond it fail with EFBIG, as they fail with ENOSPC on a full disk (SQLite reports
    both only as a "disk I/O error"). No root, no small file system needed."""

    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    # Not measured by coverage (under `make test`): its data file would meet the limit too.
    env = {key: value for key, value in os.environ.items() if key != "COVERAGE_PROCESS_CONFIG"}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)], preexec_fn=limit_files,
        capture_output=True, text=True, cwd=ROOT, timeout=120, env=env,
    )


_OPEN = """
from app.errors import LibraryError
from app.library import open_library
try:
    open_library({path!r}).close()
except LibraryError as error:
    print(error.message("da"))
    print(error.message("en"))
else:
    print("opened")
"""


def test_opening_a_healthy_library_on_a_full_disk_says_the_disk_is_full(
    library_path: Path, templates: dict[str, Template],
) -> None:
    with open_library(library_path) as library:
        ops.create_workshop(library, templates["hverdagsinnovation"], title="Sund")
    before = library_path.read_bytes()
    done = _with_file_limit(16 * 1024, _OPEN.format(path=str(library_path)))
    assert done.returncode == 0, done.stderr
    da, en = done.stdout.splitlines()
    assert "disken er fuld" in da and "beskadiget" not in da
    assert "the disk is full" in en and "damaged" not in en and str(library_path) in en
    assert library_path.read_bytes() == before
    with open_library(library_path) as library:  # room again: everything is there
        assert [w.title for w in list_workshops(library)] == ["Sund"]


def test_a_new_library_on_a_full_disk_leaves_no_file_behind(tmp_path: Path) -> None:
    path = tmp_path / "ny" / "library.sqlite3"
    done = _with_file_limit(4 * 1024, _OPEN.format(path=str(path)))
    assert done.returncode == 0, done.stderr
    da, en = done.stdout.splitlines()
    assert "disken er fuld" in da and "the disk is full" in en
    assert list(path.parent.iterdir()) == []  # no empty file to be refused later
    with open_library(path) as library:  # room again: it is made as usual
        assert list_workshops(library) == []


def test_a_full_disk_during_an_operation_says_so_and_keeps_what_was_saved(
    library_path: Path, templates: dict[str, Template],
) -> None:
    """The write-ahead log cannot grow: SQLite says "disk I/O error"; the library
    probes the folder and says the disk is full."""
    with open_library(library_path) as library:
        wid = ops.create_workshop(library, templates["hverdagsinnovation"], title="Fuld").subject
    done = _with_file_limit(40 * 1024, f"""
        import uuid
        from app import operations as ops
        from app.errors import LibraryError
        from app.library import open_library
        library = open_library({str(library_path)!r})
        try:
            for i in range(1000):
                ops.add_idea(library, uuid.UUID({str(wid)!r}), f"idé {{i}} " + "x" * 1500)
                print("saved", flush=True)
        except LibraryError as error:
            print(error.message("en"))
    """)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1].startswith("The disk is full, so the change to") and str(library_path) in lines[-1]
    with open_library(library_path) as library:
        assert len(load_workshop(library, wid).ideas) == lines.count("saved")
