"""Fixtures for the board and capture tests: a fresh library with one workshop.

Kept apart from tests/ui/conftest.py (another area's); the test modules import these
by name. The schema is built once per session and copied for each test.
"""

from __future__ import annotations

import uuid

import pytest

from app import operations
from app.library import Library
from app.templates import load_templates
from ui.controller import Controller


@pytest.fixture
def board_library(library: Library) -> Library:
    """The shared fresh library (tests/conftest.py), under the board tests' name."""
    return library


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
