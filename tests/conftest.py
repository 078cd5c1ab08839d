"""Shared pytest fixtures."""

from pgserver import pg_server_fixture

# `pg_server`: a session-scoped throwaway PostgreSQL server (see tests/pgserver.py).
__all__ = ["pg_server_fixture"]
