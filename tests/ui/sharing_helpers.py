"""Helpers for the sharing and idea-bank tests, imported by name (several folders have
a conftest): the exporters' in-memory keyring and fresh PostgreSQL databases, and reading a
shared database with the plain drivers.

The keyring class is the one ``tests/exports/conftest.py`` defines, loaded from that
file so both suites keep passwords out of the user's real keyring the same way.
"""

from __future__ import annotations

import importlib.util
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring

_CONFTEST = Path(__file__).resolve().parent.parent / "exports" / "conftest.py"


def _export_fixtures() -> Any:
    spec = importlib.util.spec_from_file_location("samskab_exports_test_fixtures", _CONFTEST)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_EXPORT_FIXTURES = _export_fixtures()
MemoryKeyring = _EXPORT_FIXTURES.MemoryKeyring


def memory_keyring() -> Iterator[Any]:
    """Body of a fixture: an empty in-memory keyring for the test, then the old one back."""
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def shared_rows(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows from a shared SQLite database, read with the plain driver (no Samskab code)."""
    with sqlite3.connect(path) as conn:
        return list(conn.execute(sql, params))


def fresh_pg_database(pg_server: Any) -> str:
    """A new empty database on the throwaway server (the exporters' helper)."""
    return _EXPORT_FIXTURES.fresh_pg_database(pg_server)


def pg_rows(address: str, sql: str) -> list[tuple[Any, ...]]:
    """Rows from a shared PostgreSQL database, read with the plain driver."""
    import psycopg

    with psycopg.connect(address.replace("postgresql+psycopg://", "postgresql://")) as conn:
        return [tuple(row) for row in conn.execute(sql)]
