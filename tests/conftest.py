"""Fixtures shared by every test area: fresh libraries with a fixed clock and random
source, and the throwaway PostgreSQL server; and the machine's fonts hidden.

The schema is built once per session and copied for each library (Anki's
``getEmptyCol``): running the migrations for every test would dominate the suite.
Nothing here touches the user's real library.

Fonts decide layouts, so the tests must not depend on the fonts this machine happens
to have: before anything starts Qt (or Chromium), fontconfig is pointed at a config
that lists only the fonts the project ships for the PDFs (``exports/fonts``). The UI's
own typeface (``ui/fonts``) is left out on purpose: it reaches Qt only through
``ui.theme.register_fonts``, as on a user's machine, so a start-up that forgot to
register it would show in the tests. Only Linux (and other fontconfig systems) read
the variable; Windows and macOS use their system's font APIs.
"""

from __future__ import annotations

import atexit
import datetime as dt
import os
import random
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from pgserver import pg_server_fixture

from app.library import Library, open_library
from app.templates import Template, load_templates

# `pg_server`: a session-scoped throwaway PostgreSQL server (see tests/pgserver.py).
__all__ = ["pg_server_fixture"]

ROOT = Path(__file__).resolve().parent.parent

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


def hide_system_fonts() -> Path:
    """Write a fontconfig file listing only ``exports/fonts`` (cache in a temporary
    folder, removed at exit) and make it this process's and its children's config."""
    folder = Path(tempfile.mkdtemp(prefix="samskab-fontconfig-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    conf = folder / "fonts.conf"
    fonts, cache = ROOT / "exports" / "fonts", folder / "cache"
    conf.write_text(FONTS_CONF.format(fonts=escape(str(fonts)), cache=escape(str(cache))), encoding="utf-8")
    os.environ["FONTCONFIG_FILE"] = str(conf)
    return conf


FONTCONFIG_FILE = hide_system_fonts()  # at import: before any test (or pytest-qt) makes a QApplication


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
