"""The local library file: durability, versions, and files that are not libraries."""

from __future__ import annotations

import os
import shutil
import signal
import site
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import uuid
from pathlib import Path

import pytest

from app import operations as ops
from app.errors import LibraryError
from app.library import SCHEMA_HEAD, SCHEMA_REVISIONS, backup_path, open_library
from app.migrations.run import script_revisions
from app.queries import list_workshops, load_workshop
from app.templates import Template


def test_known_revisions_match_the_migration_scripts() -> None:
    assert tuple(script_revisions()) == SCHEMA_REVISIONS


def test_a_new_library_is_created_with_wal_and_reopens_with_its_workshops(tmp_path: Path, templates: dict[str, Template]) -> None:
    path = tmp_path / "sub" / "library.sqlite3"
    with open_library(path) as library:
        wid = ops.create_workshop(library, templates["hverdagsinnovation"], title="Frokost").subject
        ops.add_idea(library, wid, "Fælles frokost fredag")
        with library.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with open_library(path) as library:
        assert [s.title for s in list_workshops(library)] == ["Frokost"]
        assert [i.text for i in load_workshop(library, wid).ideas] == ["Fælles frokost fredag"]


def _stamp(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


def test_a_library_from_a_newer_version_is_refused_and_untouched(library_path: Path) -> None:
    _stamp(library_path, "9999")
    before = library_path.read_bytes()
    with pytest.raises(LibraryError) as caught:
        open_library(library_path)
    assert "nyere version" in caught.value.message("da")
    assert "newer version" in caught.value.message("en")
    assert library_path.read_bytes() == before


def test_an_older_library_is_copied_before_it_is_upgraded(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    from app.migrations.run import upgrade

    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, SCHEMA_REVISIONS[0])
    engine.dispose()
    with open_library(path) as library:
        with library.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
    copy = backup_path(path, SCHEMA_REVISIONS[0])
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_REVISIONS[0],)
    conn.close()


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "ikke et Samskab-bibliotek"),
        (b"hello, this is a text file\n" * 10, "ikke et Samskab-bibliotek"),
        (b"SQLite format 3\x00" + b"\x00" * 84, "beskadiget"),
    ],
    ids=["zero bytes", "not sqlite", "truncated"],
)
def test_files_that_are_not_libraries_are_refused_and_never_overwritten(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(content)
    with pytest.raises(LibraryError) as caught:
        open_library(path)
    assert fragment in caught.value.message("da")
    assert str(path) in caught.value.message("en")
    assert path.read_bytes() == content


def test_a_damaged_library_is_refused(library_path: Path, templates: dict[str, Template]) -> None:
    with open_library(library_path) as library:
        for i in range(300):
            ops.create_workshop(library, templates["hverdagsinnovation"], title=f"W{i}")
        library.checkpoint()
    data = bytearray(library_path.read_bytes())
    data[4096 * 2 : 4096 * 6] = b"\xff" * (4096 * 4)  # scribble over pages in the middle
    library_path.write_bytes(bytes(data))
    with pytest.raises(LibraryError) as caught:
        open_library(library_path)
    assert "beskadiget" in caught.value.message("da")
    assert library_path.read_bytes() == bytes(data)


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_an_sqlite_file_of_another_program_is_refused_and_not_changed(tmp_path: Path, journal: str) -> None:
    """The file is inspected read-only: before, its journal mode was switched to WAL
    (the file's header changed) before it was refused."""
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('æblekage')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError) as caught:
        open_library(path)
    assert "ikke et Samskab-bibliotek" in caught.value.message("da")
    assert "left untouched" in caught.value.message("en")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite3"]  # no -wal, no -shm


def test_a_damaged_file_is_explained_in_one_line_without_sqlalchemy_text(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84)
    with pytest.raises(LibraryError) as caught:
        open_library(path)
    for language in ("da", "en"):
        message = caught.value.message(language)
        assert "\n" not in message and "sqlalche" not in message and "(sqlite3." not in message
    assert "beskadiget" in caught.value.message("da") and "damaged" in caught.value.message("en")


ROOT = Path(__file__).resolve().parents[2]


def _as_nobody() -> list[str] | None:
    """A command prefix running Python as the ``nobody`` user (for tests that need a
    user who cannot write everywhere, when the tests run as root, as in CI), or None.

    The venv's interpreter may live where ``nobody`` cannot reach it (a pyenv under
    /root); the system's Python of the same version with this venv's packages does."""
    runuser = shutil.which("runuser")
    if runuser is None:
        return None
    paths = os.pathsep.join([str(ROOT), *site.getsitepackages()])
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for python in (sys.executable, shutil.which(version), f"/usr/bin/{version}"):
        if python is None:
            continue
        prefix = [runuser, "-u", "nobody", "--", "env", f"PYTHONPATH={paths}", python]
        probe = subprocess.run([*prefix, "-c", "import app.library"], capture_output=True, cwd="/")
        if probe.returncode == 0:
            return prefix
    return None


@pytest.mark.parametrize("read_only", ["file", "folder"])
def test_a_read_only_library_is_refused_with_a_clear_message(library_path: Path, tmp_path: Path, read_only: str) -> None:
    if os.geteuid() != 0:
        if read_only == "file":
            library_path.chmod(0o444)
        else:
            library_path.parent.chmod(0o555)
        try:
            with pytest.raises(LibraryError, match="skrivebeskyttet"):
                open_library(library_path)
        finally:
            library_path.parent.chmod(0o755)
        return
    # Root writes anywhere: check as the "nobody" user, on a copy in a folder of its own.
    prefix = _as_nobody()
    if prefix is None:
        pytest.skip("running as root, and no way to run Python as the nobody user")
    folder = Path(tempfile.mkdtemp(prefix="samskab-ro-"))
    try:
        target = folder / "library.sqlite3"
        target.write_bytes(library_path.read_bytes())
        target.chmod(0o444)
        folder.chmod(0o777 if read_only == "file" else 0o555)  # only the file, or the folder, is read-only
        before = target.read_bytes()
        script = textwrap.dedent(
            f"""
            from app.errors import LibraryError
            from app.library import open_library
            try:
                open_library({str(target)!r})
            except LibraryError as error:
                print(error.message("da"))
            else:
                print("opened")
            """
        )
        done = subprocess.run([*prefix, "-c", script], capture_output=True, text=True, cwd="/", timeout=60)
        assert done.returncode == 0, done.stderr
        assert "skrivebeskyttet" in done.stdout, done.stdout + done.stderr
        assert target.read_bytes() == before
        assert sorted(p.name for p in folder.iterdir()) == ["library.sqlite3"]  # no journal, no copy left
    finally:
        folder.chmod(0o755)
        target.chmod(0o644)
        shutil.rmtree(folder)


def test_acknowledged_operations_survive_sigkill(library_path: Path, templates: dict[str, Template]) -> None:
    """A child adds ideas as fast as it can and prints each id once its operation has
    returned; it is killed mid-burst. Every printed id must be in the library."""
    with open_library(library_path) as library:
        wid = ops.create_workshop(library, templates["hverdagsinnovation"], title="Kill").subject
    script = textwrap.dedent(
        f"""
        import sys, uuid
        from app.library import open_library
        from app.operations import add_idea, move_ideas
        library = open_library({str(library_path)!r})
        wid = uuid.UUID({str(wid)!r})
        i = 0
        while True:
            i += 1
            idea = add_idea(library, wid, f"idé {{i}}").subject
            move_ideas(library, {{idea: (i, i)}})
            print(idea, flush=True)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2])
    assert child.stdout is not None
    acknowledged = []
    for line in child.stdout:
        acknowledged.append(uuid.UUID(line.strip()))
        if len(acknowledged) == 150:
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    with open_library(library_path) as library:
        with library.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        ideas = {i.id: i for i in load_workshop(library, wid).ideas}
    assert set(acknowledged) <= set(ideas)
    for n, idea_id in enumerate(acknowledged, start=1):
        assert (ideas[idea_id].x, ideas[idea_id].text) == (n, f"idé {n}")  # no half-applied pair


def test_the_model_and_the_migrations_agree(library_path: Path) -> None:
    """A schema made by the migrations is the one the model declares (autogenerate finds
    nothing to do), so a model change without its migration fails here. The push queue
    belongs to the exporters and has no mapped class."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from app.model import Base

    with open_library(library_path) as library, library.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert [d for d in diff if "push_queue" not in repr(d)] == []
