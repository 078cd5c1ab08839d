"""The throwaway PostgreSQL server used by the postgres tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from pgserver import PgServer

pytestmark = pytest.mark.postgres


@pytest.fixture
def server() -> Iterator[PgServer]:
    # Its own server, not the session one: these tests stop and kill it.
    with PgServer() as pg:
        yield pg


def _count(url: str) -> int:
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            return int(conn.execute(sa.text("select count(*) from ideas")).scalar_one())
    finally:
        engine.dispose()


def test_url_points_at_the_test_database(server: PgServer) -> None:
    url = sa.engine.make_url(server.url)
    assert url.drivername == "postgresql+psycopg"
    assert url.host == "127.0.0.1"
    assert url.port == server.port
    assert url.database == "samskab_test"


def test_select_create_insert_read_back(server: PgServer) -> None:
    engine = sa.create_engine(server.url, poolclass=sa.pool.NullPool)
    try:
        with engine.begin() as conn:
            assert conn.execute(sa.text("select 1")).scalar_one() == 1
            assert conn.execute(sa.text("show server_encoding")).scalar_one() == "UTF8"
            conn.execute(sa.text("create table ideas (id serial primary key, title text not null)"))
            conn.execute(
                sa.text("insert into ideas (title) values (:t)"),
                [{"t": "Bedre cykelstier"}, {"t": "Æblehaver på skolerne"}],
            )
        with engine.connect() as conn:
            titles = conn.execute(sa.text("select title from ideas order by id")).scalars().all()
        assert titles == ["Bedre cykelstier", "Æblehaver på skolerne"]
    finally:
        engine.dispose()


def test_restart_keeps_data_and_port(server: PgServer) -> None:
    engine = sa.create_engine(server.url, poolclass=sa.pool.NullPool)
    with engine.begin() as conn:
        conn.execute(sa.text("create table ideas (title text)"))
        conn.execute(sa.text("insert into ideas values ('x')"))
    engine.dispose()
    port = server.port
    server.restart()
    assert server.port == port
    assert _count(server.url) == 1


def test_kill_then_start_recovers_committed_data(server: PgServer) -> None:
    engine = sa.create_engine(server.url, poolclass=sa.pool.NullPool)
    with engine.begin() as conn:
        conn.execute(sa.text("create table ideas (title text)"))
        conn.execute(sa.text("insert into ideas values ('a'), ('b')"))
    engine.dispose()
    server.kill()
    assert not server.running
    with pytest.raises(sa.exc.OperationalError):
        _count(server.url)
    server.start()
    assert _count(server.url) == 2


def test_stop_shuts_down_and_removes_files() -> None:
    pg = PgServer().start()
    url, base = pg.url, pg.basedir
    assert base is not None and base.exists()
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        assert conn.execute(sa.text("select 1")).scalar_one() == 1
    pg.stop()
    assert not pg.running
    assert not base.exists()
    with pytest.raises(sa.exc.OperationalError), engine.connect():
        pass
    engine.dispose()


def test_session_fixture(pg_server: PgServer) -> None:
    engine = sa.create_engine(pg_server.url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        assert conn.execute(sa.text("select current_database()")).scalar_one() == "samskab_test"
    engine.dispose()


def test_missing_binaries_raise_clearly(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("SAMSKAB_PG_BINDIR", str(tmp_path))
    with pytest.raises(RuntimeError, match="initdb"):
        PgServer()
