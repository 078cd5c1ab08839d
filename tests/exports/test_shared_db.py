"""The shared database, against a real PostgreSQL server and an SQLite file (never skipped).

First push, re-push after edits, idempotency, the revision rule, names withheld,
a newer schema refused, offline queueing, an interrupted push (server killed
mid-transaction), and four processes pushing at once.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import MemoryKeyring, fresh_pg_database
from sqlalchemy import func, select, text

from app.library import Library
from app.model import Idea, Participant, Workshop
from app.operations import add_idea, add_sample, delete_ideas, edit_idea, move_ideas
from app.templates import load_sample, load_templates
from exports.credentials import mask, remember, resolve, safe_message
from exports.rows import workshop_rows
from exports.shared_db import (
    SharedDbError,
    open_shared,
    pending_pushes,
    push_workshop,
    retry_pending,
    upgrade_shared,
)
from exports.workshop_file import export_workshop, import_workshop

ROOT = Path(__file__).resolve().parents[2]


def remote_rows(address: str, workshop_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
    engine = open_shared(address)
    try:
        with engine.connect() as conn:
            rows = workshop_rows(conn, workshop_id)
    finally:
        engine.dispose()
    return {name: sorted(items, key=lambda r: r["id"]) for name, items in rows.items()}


def local_rows(library: Library, workshop_id: uuid.UUID) -> dict[str, list[dict[str, Any]]]:
    with library.engine.connect() as conn:
        rows = workshop_rows(conn, workshop_id)
    return {name: sorted(items, key=lambda r: r["id"]) for name, items in rows.items()}


def count(address: str, model: type) -> int:
    engine = open_shared(address)
    try:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        engine.dispose()


def test_first_push_then_idempotent_repush(library: Library, full_workshop: uuid.UUID, address: str) -> None:
    first = push_workshop(library, full_workshop, address, with_names=True)
    assert first.sent and first.written > 100 and first.unchanged == 0
    assert remote_rows(address, full_workshop) == local_rows(library, full_workshop)
    again = push_workshop(library, full_workshop, address, with_names=True)
    assert again.sent and again.written == 0 and again.deleted == 0
    assert again.unchanged == first.written
    assert remote_rows(address, full_workshop) == local_rows(library, full_workshop)
    assert count(address, Workshop) == 1


def test_first_push_sends_every_value_exactly(library: Library, full_workshop: uuid.UUID, address: str) -> None:
    """A first push encodes whole tables as JSON in SQLite: floats keep all 17 digits,
    text its quotes, backslashes and accents, tags stay a list, authors are withheld."""
    with library.read() as session:
        phase_id = session.get(Workshop, full_workshop).phases[0].id  # type: ignore[union-attr]
    tricky = 'Citat "med" \\ skråstreg, tab\t og linjeskift\n – Æblegrød 🍏 <b>'
    odd = add_idea(library, full_workshop, tricky, author="Åse Ødegård", phase_id=phase_id, tags=["ø", 'a"b']).subject
    assert odd is not None
    move_ideas(library, {odd: (0.1 + 0.2, -1 / 3)})
    push_workshop(library, full_workshop, address)
    remote = {r["id"]: r for r in remote_rows(address, full_workshop)["ideas"]}
    assert (remote[odd]["x"], remote[odd]["y"]) == (0.1 + 0.2, -1 / 3)
    expected = [dict(r, author=None) for r in local_rows(library, full_workshop)["ideas"]]
    stored = next(r["text"] for r in expected if r["id"] == odd)
    assert all(part in stored for part in ('"med"', "\\", "Æblegrød 🍏 <b>"))
    assert remote[odd]["text"] == stored and remote[odd]["tags"] == ["ø", 'a"b']
    assert sorted(remote.values(), key=lambda r: r["id"]) == expected
    local = local_rows(library, full_workshop)
    remote_all = remote_rows(address, full_workshop)
    for name in ("ballots", "scores", "vote_rounds", "phases", "clusters"):
        assert remote_all[name] == local[name], name


def test_repush_after_edits(library: Library, full_workshop: uuid.UUID, address: str) -> None:
    push_workshop(library, full_workshop, address, with_names=True)
    ideas = local_rows(library, full_workshop)["ideas"]
    edit_idea(library, ideas[0]["id"], "Rettet efter workshoppen")
    delete_ideas(library, [ideas[1]["id"]])
    result = push_workshop(library, full_workshop, address, with_names=True)
    assert result.sent and 1 <= result.written <= 5 and result.deleted >= 1
    remote = remote_rows(address, full_workshop)
    assert remote == local_rows(library, full_workshop)
    assert ideas[1]["id"] not in {r["id"] for r in remote["ideas"]}


def test_names_are_withheld_by_default(library: Library, full_workshop: uuid.UUID, address: str) -> None:
    result = push_workshop(library, full_workshop, address)
    assert result.sent and not result.with_names
    with library.read() as session:
        names = [p.name for p in session.query(Participant).filter(Participant.workshop_id == full_workshop)]
        authors = {i.author for i in session.query(Idea).filter(Idea.workshop_id == full_workshop)} - {None}
    assert names and authors
    remote = remote_rows(address, full_workshop)
    values = [str(v) for items in remote.values() for row in items for v in row.values()]
    for name in [*names, *authors]:
        assert not any(name in v for v in values), name
    assert {r["name"] for r in remote["participants"]} == {f"Deltager {n}" for n in range(1, len(names) + 1)}
    assert all(r["author"] is None for r in remote["ideas"])
    # Sending the names later rewrites the rows, although no revision changed.
    push_workshop(library, full_workshop, address, with_names=True)
    remote = remote_rows(address, full_workshop)
    assert sorted(r["name"] for r in remote["participants"]) == sorted(names)


def test_higher_revision_wins_across_laptops(make_library: Callable[[str], Library], library: Library,
                                            full_workshop: uuid.UUID, address: str, tmp_path: Path) -> None:
    laptop_b = make_library("laptop-b")
    import_workshop(laptop_b, export_workshop(library, full_workshop, tmp_path / "w.samskab"))
    idea_id = local_rows(library, full_workshop)["ideas"][0]["id"]
    edit_idea(library, idea_id, "Nyeste udgave fra laptop A")
    push_workshop(library, full_workshop, address, with_names=True)
    stale = push_workshop(laptop_b, full_workshop, address, with_names=True)  # older copy of the idea
    assert stale.sent
    remote = {r["id"]: r for r in remote_rows(address, full_workshop)["ideas"]}
    assert remote[idea_id]["text"] == "Nyeste udgave fra laptop A"


def test_schema_not_set_up_or_newer_is_refused(library: Library, full_workshop: uuid.UUID, blank_address: str) -> None:
    with pytest.raises(SharedDbError, match="samskab db upgrade"):
        push_workshop(library, full_workshop, blank_address)
    upgrade_shared(blank_address)
    engine = open_shared(blank_address)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(SharedDbError) as error:
        push_workshop(library, full_workshop, blank_address)
    assert "nyere skema" in error.value.message("da") and "newer schema" in error.value.message("en")
    with pytest.raises(SharedDbError, match="nyere skema"):
        upgrade_shared(blank_address)
    assert pending_pushes(library) == []


def test_failure_mid_push_leaves_nothing(library: Library, full_workshop: uuid.UUID, address: str) -> None:
    def fail(done: int, total: int) -> None:
        raise RuntimeError("stopped by the test")

    with pytest.raises(RuntimeError):
        push_workshop(library, full_workshop, address, progress=fail, batch=50)
    assert count(address, Workshop) == 0 and count(address, Idea) == 0


@pytest.mark.postgres
def test_offline_push_is_queued_and_sent_once(library: Library, full_workshop: uuid.UUID, pg_server: Any,
                                              memory_keyring: MemoryKeyring) -> None:
    address = fresh_pg_database(pg_server)
    upgrade_shared(address)
    secret_address = address.replace("postgres@", "postgres:hemmeligt-kodeord@")
    pg_server.kill()
    try:
        waiting = push_workshop(library, full_workshop, secret_address)
    finally:
        pg_server.start()
    assert waiting.status == "waiting"
    assert "Venter på forbindelse" in waiting.message("da")
    assert "hemmeligt" not in waiting.message("da") + waiting.message("en") + waiting.address
    queued = pending_pushes(library)
    assert len(queued) == 1 and queued[0].status("da") == "Venter på forbindelse"
    with library.engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT address, last_error FROM push_queue").all()
    assert "hemmeligt" not in repr(raw)
    assert memory_keyring.store  # the password went to the keyring instead
    results = retry_pending(library)
    assert [r.status for r in results] == ["sent"]
    assert pending_pushes(library) == []
    assert retry_pending(library) == []  # exactly once
    assert count(address, Workshop) == 1
    assert remote_rows(address, full_workshop)["ideas"] == sorted(
        (dict(r, author=None) for r in local_rows(library, full_workshop)["ideas"]), key=lambda r: r["id"])


@pytest.mark.postgres
def test_server_killed_mid_transaction(library: Library, full_workshop: uuid.UUID, pg_server: Any) -> None:
    address = fresh_pg_database(pg_server)
    upgrade_shared(address)
    killed: list[int] = []

    def kill_once(done: int, total: int) -> None:
        if not killed:
            killed.append(done)
            pg_server.kill()

    try:
        result = push_workshop(library, full_workshop, address, progress=kill_once, batch=20)
    finally:
        pg_server.start()
    assert killed and result.status == "waiting"
    assert count(address, Workshop) == 0 and count(address, Idea) == 0  # nothing partial
    assert [r.status for r in retry_pending(library)] == ["sent"]
    assert remote_rows(address, full_workshop)["scores"] == local_rows(library, full_workshop)["scores"]


PUSHER = textwrap.dedent("""
    import sys, uuid
    from app.library import open_library
    from exports.shared_db import push_workshop
    library = open_library(sys.argv[1])
    result = push_workshop(library, uuid.UUID(sys.argv[2]), sys.argv[3], queue_when_offline=False)
    library.close()
    print(result.status, result.written)
""")


def test_four_processes_push_at_once(make_library: Callable[[str], Library], address: str) -> None:
    templates = load_templates()
    sample = load_sample(templates=templates)
    jobs = []
    for n in range(4):
        lib = make_library(f"laptop{n}")
        workshop_id = add_sample(lib, sample, templates[sample.template]).subject
        jobs.append((lib.location, workshop_id, lib))
    procs = [
        subprocess.Popen([sys.executable, "-c", PUSHER, location, str(wid), address], cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for location, wid, _ in jobs
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert out.startswith("sent ")
    assert count(address, Workshop) == 4
    for _, workshop_id, lib in jobs:
        remote = remote_rows(address, workshop_id)
        assert len(remote["ideas"]) == len(local_rows(lib, workshop_id)["ideas"]) > 0


def test_credentials_stay_out_of_settings_and_messages(memory_keyring: MemoryKeyring) -> None:
    address = "postgresql+psycopg://samskab:s3cr3t@db.kommune.dk:5432/idebank"
    bare = remember(address)
    assert bare == "postgresql+psycopg://samskab@db.kommune.dk:5432/idebank"
    assert "s3cr3t" in memory_keyring.store.values()
    assert resolve(bare).password == "s3cr3t"
    assert "s3cr3t" not in mask(address) and "***" in mask(address)
    assert "s3cr3t" not in safe_message(RuntimeError("login s3cr3t failed"), "s3cr3t")


# -- the queue, whatever else writes the library -------------------------------------------------


class Writer:
    """Another writer committing to the library at full speed (the board, the phones'
    votes), on its own connection, until stopped; counts its commits."""

    def __init__(self, library: Library, workshop_id: uuid.UUID) -> None:
        import threading

        self.library, self.workshop_id = library, workshop_id
        self.stop = threading.Event()
        self.started = threading.Event()
        self.commits = 0
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        while not self.stop.is_set():
            with self.library.engine.execution_options(sqlite_begin="BEGIN IMMEDIATE").begin() as conn:
                conn.exec_driver_sql("UPDATE workshops SET place = ? WHERE id = ?",
                                     (f"Lokale {self.commits}", self.workshop_id.hex))
            self.commits += 1
            self.started.set()

    def __enter__(self) -> Writer:
        self.thread.start()
        self.started.wait(30)
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(30)


def test_every_offline_push_is_queued_while_another_writer_commits(library: Library, full_workshop: uuid.UUID) -> None:
    address = "postgresql+psycopg://samskab@127.0.0.1:1/idebank"  # nothing listens there
    pushes = 20
    with Writer(library, full_workshop) as writer:
        results = [push_workshop(library, full_workshop, address) for _ in range(pushes)]
    assert writer.commits > pushes
    assert [r.status for r in results] == ["waiting"] * pushes
    queued = pending_pushes(library)
    assert len(queued) == 1 and queued[0].attempts == pushes  # every attempt counted, none lost


def test_every_push_is_recorded_as_sent_while_another_writer_commits(library: Library, full_workshop: uuid.UUID,
                                                                     tmp_path: Path) -> None:
    address = str(tmp_path / "bank.sqlite3")
    upgrade_shared(address)
    pushes = 12
    with Writer(library, full_workshop) as writer:
        results = [push_workshop(library, full_workshop, address) for _ in range(pushes)]
    assert writer.commits > pushes
    assert all(r.sent for r in results)
    done = [q for q in pending_pushes(library, include_done=True) if q.state == "done"]
    assert len(done) == pushes and pending_pushes(library) == []


def test_a_ballot_sent_again_replaces_its_marks_in_the_bank(library: Library, full_workshop: uuid.UUID,
                                                            address: str) -> None:
    """A resent ballot's earlier marks are orphans the ORM deletes at flush: they become
    tombstones too, so the bank drops them instead of counting both ballots."""
    from app.model import Score
    from app.operations.voting import cast_ballot, open_round

    ideas = sorted(local_rows(library, full_workshop)["ideas"], key=lambda r: r["number"])
    round_id = open_round(library, full_workshop, "dots", budget=3).subject
    assert round_id is not None
    ballot = cast_ballot(library, round_id, "telefon-1", dots={ideas[0]["id"]: 3}).subject
    push_workshop(library, full_workshop, address)
    cast_ballot(library, round_id, "telefon-1", dots={ideas[1]["id"]: 2, ideas[2]["id"]: 1})
    result = push_workshop(library, full_workshop, address)
    assert result.deleted == 1
    remote = {s["option_id"]: s["value"] for s in remote_rows(address, full_workshop)["scores"] if s["ballot_id"] == ballot}
    assert remote == {ideas[1]["id"]: 2, ideas[2]["id"]: 1}
    with library.engine.connect() as conn:
        buried = conn.exec_driver_sql("SELECT table_name FROM tombstones").scalars().all()
    assert buried == [Score.__tablename__]
