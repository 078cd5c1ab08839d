"""Faults the library must survive with a clear message and nothing lost."""

from __future__ import annotations

import random
import uuid
from pathlib import Path

import pytest
from sqlalchemy import event

from app import operations as ops
from app.errors import LibraryError
from app.library import open_library
from app.queries import load_workshop
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
