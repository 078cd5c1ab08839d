"""Fixtures shared by every test area: fresh libraries with a fixed clock and random
source, and the throwaway PostgreSQL server.

The schema is built once per session and copied for each library (Anki's
``getEmptyCol``): running the migrations for every test would dominate the suite.
Nothing here touches the user's real library.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pgserver import pg_server_fixture

from app.library import Library, open_library
from app.templates import Template, load_templates

# `pg_server`: a session-scoped throwaway PostgreSQL server (see tests/pgserver.py).
__all__ = ["pg_server_fixture"]


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
def make_library(tmp_path: Path, empty_library_file: Path) -> Iterator[Callable[[str], Library]]:
    """Makes fresh libraries (``make("other")``), each closed after the test."""
    opened: list[Library] = []

    def make(name: str = "library") -> Library:
        path = tmp_path / f"{name}.sqlite3"
        shutil.copy(empty_library_file, path)
        library = open_library(path, clock=FakeClock(), rng=random.Random(len(opened) + 1234))
        opened.append(library)
        return library

    yield make
    for library in opened:
        library.close()


@pytest.fixture
def library(make_library: Callable[[str], Library]) -> Library:
    return make_library("library")


@pytest.fixture(scope="session")
def templates() -> dict[str, Template]:
    return load_templates()
