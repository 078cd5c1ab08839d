"""Fixtures for the core tests: fresh libraries with a fixed clock and random source.

The schema is built once per session and copied for each test (Anki's
``getEmptyCol``): running the migrations for every test would dominate the suite.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.library import Library, open_library
from app.templates import Template, load_templates


class FakeClock:
    """A clock that moves one second each time it is read."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 12, 9, 0, 0)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now


@pytest.fixture(scope="session")
def empty_library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("schema") / "empty.sqlite3"
    open_library(path).close()
    return path


@pytest.fixture
def library_path(tmp_path: Path, empty_library_file: Path) -> Path:
    path = tmp_path / "library.sqlite3"
    shutil.copy(empty_library_file, path)
    return path


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    lib = open_library(library_path, clock=FakeClock(), rng=random.Random(1234))
    yield lib
    lib.close()


@pytest.fixture(scope="session")
def templates() -> dict[str, Template]:
    return load_templates()
