"""Fixtures for the core tests (the shared ones are in tests/conftest.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def library_path(tmp_path: Path, empty_library_file: Path) -> Path:
    """A fresh library file, for tests that open and close it themselves."""
    path = tmp_path / "file.sqlite3"
    shutil.copy(empty_library_file, path)
    return path
