"""Fixtures for the board and capture tests: a fresh library with one workshop.

Kept apart from tests/ui/conftest.py (another area's); the test modules import these
by name. The schema is built once per session and copied for each test.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import operations
from app.library import Library, open_library
from app.templates import load_templates
from ui.controller import Controller


class _Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 12, 9, 0, 0)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now


@pytest.fixture(scope="session")
def board_schema(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("board-schema") / "empty.sqlite3"
    open_library(path).close()
    return path


@pytest.fixture
def board_library(tmp_path: Path, board_schema: Path) -> Iterator[Library]:
    path = tmp_path / "library.sqlite3"
    shutil.copy(board_schema, path)
    library = open_library(path, clock=_Clock(), rng=random.Random(99))
    yield library
    library.close()


@pytest.fixture
def board_controller(board_library: Library) -> Controller:
    return Controller(board_library, "da")


@pytest.fixture
def workshop_id(board_library: Library) -> uuid.UUID:
    """A workshop with two table groups and no ideas yet."""
    template = load_templates()["innovationsloopet"]
    changes = operations.create_workshop(
        board_library, template, title="Bedre velfærd", table_groups=["Bord 1", "Bord 2"],
    )
    assert changes.subject is not None
    return changes.subject


def add(library: Library, workshop_id: uuid.UUID, text: str, x: float, y: float, **kwargs: object) -> uuid.UUID:
    """Add an idea straight through the core (not on the undo stack)."""
    changes = operations.add_idea(library, workshop_id, text, position=(x, y), **kwargs)  # type: ignore[arg-type]
    assert changes.subject is not None
    return changes.subject
