"""The idea bank: search and filter ideas across workshops, on PostgreSQL and SQLite."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import fresh_pg_database

from app.library import Library
from app.model import Ballot, RoundKind, RoundState, Score, VoteRound, Workshop
from app.operations import add_sample, update_workshop
from app.templates import load_sample, load_templates
from exports.csv_export import DIALECT, ENCODING
from exports.idea_bank import BankQuery, export_bank_csv, search_ideas
from exports.shared_db import SharedDbError, push_workshop


@pytest.fixture
def bank(library: Library, full_workshop: uuid.UUID, make_library: Callable[[str], Library], address: str) -> tuple[str, uuid.UUID, uuid.UUID]:
    return fill_bank(library, full_workshop, make_library, address)


def fill_bank(library: Library, full_workshop: uuid.UUID, make_library: Callable[[str], Library],
              address: str) -> tuple[str, uuid.UUID, uuid.UUID]:
    """Two workshops from two laptops: the full one (with votes) and a second sample."""
    push_workshop(library, full_workshop, address)
    other = make_library("other")
    templates = load_templates()
    sample = load_sample(templates=templates)
    second = add_sample(other, sample, templates[sample.template]).subject
    assert second is not None
    update_workshop(other, second, title="Anden workshop", date=dt.date(2025, 1, 5))
    push_workshop(other, second, address)
    return address, full_workshop, second


def test_search_across_workshops(bank: tuple[str, uuid.UUID, uuid.UUID]) -> None:
    address, first, second = bank
    found = search_ideas(address, text="SUNDHEDSDATA")
    assert found and {i.workshop_id for i in found} == {first, second}
    assert all("sundhedsdata" in i.text.casefold() for i in found)


def test_sorted_by_votes_and_filtered(bank: tuple[str, uuid.UUID, uuid.UUID]) -> None:
    address, first, second = bank
    ranked = search_ideas(address, BankQuery(limit=1000))
    dots = [i.dots for i in ranked]
    assert dots == sorted(dots, reverse=True) and dots[0] > 0
    assert all(i.workshop_id == first for i in ranked if i.dots)  # only the first workshop voted
    old = search_ideas(address, date_to=dt.date(2025, 12, 31))
    assert old and {i.workshop_id for i in old} == {second}
    group = search_ideas(address, table_group="bord 2")
    assert group and {i.table_group for i in group} == {"Bord 2"}
    tagged = search_ideas(address, tag="Radikal innovation")
    assert tagged and all("radikal-innovation" in i.tags for i in tagged)
    phase = search_ideas(address, phase="ide")
    assert phase and {i.phase for i in phase} == {"Idé"}
    assert search_ideas(address, template="ingen-skabelon") == []


def test_deleted_workshops_are_hidden_and_csv(bank: tuple[str, uuid.UUID, uuid.UUID], library: Library, tmp_path: Path) -> None:
    address, first, second = bank
    with library.operation("test_bin", first) as session:
        workshop = session.get(Workshop, first)
        assert workshop is not None
        workshop.deleted_at = dt.datetime(2026, 3, 13)
    push_workshop(library, first, address)
    found = search_ideas(address, BankQuery(limit=1000))
    assert found and {i.workshop_id for i in found} == {second}
    path = export_bank_csv(found, tmp_path / "bank.csv")
    with path.open(encoding=ENCODING, newline="") as file:
        rows = list(csv.reader(file, dialect=DIALECT))
    assert len(rows) == len(found) + 1 and rows[1][0] == "Anden workshop"


def test_open_a_workshop_from_the_bank_and_print_a_selection(bank: tuple[str, uuid.UUID, uuid.UUID], tmp_path: Path) -> None:
    from pypdf import PdfReader

    from exports.handout import build_handout
    from exports.idea_bank import export_bank_pdf, open_bank

    address, first, second = bank
    shared = open_bank(address)
    try:
        result = build_handout(shared, first, tmp_path / "from-bank.pdf")
    finally:
        shared.close()
    text = "".join(p.extract_text() for p in PdfReader(result.path).pages)
    assert "Deltager 1" in text and "Ayşe Yılmaz" not in text  # pushed without names
    found = search_ideas(address, text="sundhedsdata")
    pages = export_bank_pdf(found, tmp_path / "selection.pdf", title="Søgning: sundhedsdata")
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "selection.pdf").pages)
    assert pages >= 1 and "Søgning: sundhedsdata" in text and "Anden workshop" in text


def test_sorted_by_date_keeps_each_ideas_votes(bank: tuple[str, uuid.UUID, uuid.UUID]) -> None:
    """By date, the votes are summed for the shown rows only: the same totals as by votes."""
    address, first, second = bank
    by_votes = {i.id: i.dots for i in search_ideas(address, BankQuery(limit=1000))}
    by_date = search_ideas(address, BankQuery(sort="date", limit=1000))
    assert {i.id: i.dots for i in by_date} == by_votes and any(by_votes.values())
    keys = [(-(i.workshop_date or dt.date.min).toordinal(), str(i.workshop_id), i.number) for i in by_date]
    assert keys == sorted(keys)
    found = search_ideas(address, BankQuery(text="sundhedsdata", sort="date"))
    assert found and all(i.dots == by_votes[i.id] for i in found)


def test_bank_indexes_for_search(address: str) -> None:
    """Migration 0003: the index summing votes per idea, and on PostgreSQL the trigram
    index that serves the substring match."""
    from sqlalchemy import inspect

    from exports.shared_db import open_shared

    engine = open_shared(address)
    try:
        with engine.connect() as conn:
            names = {ix["name"] for ix in inspect(conn).get_indexes("scores")}
            assert "ix_scores_option_id" in names
            if conn.dialect.name == "postgresql":
                ideas = {ix["name"] for ix in inspect(conn).get_indexes("ideas")}
                assert "ix_ideas_text_trigram" in ideas
                totals = {ix["name"] for ix in inspect(conn).get_indexes("idea_totals")}
                assert {"ix_idea_totals_by_votes", "ix_idea_totals_by_date"} <= totals  # migration 0004
    finally:
        engine.dispose()


# -- the totals kept by the push (migration 0004) -------------------------------------


def expected_dots(library: Library, workshop_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """Each idea's dots computed afresh from the library: revealed dot rounds only,
    abstentions excluded, a tally's marks counted ``count`` times."""
    from app.queries import load_workshop

    workshop = load_workshop(library, workshop_id)
    dots = {idea.id: 0 for idea in workshop.ideas}
    for vote in workshop.rounds:
        if vote.kind != RoundKind.DOTS or vote.state != RoundState.REVEALED:
            continue
        for ballot in vote.ballots:
            if ballot.abstained:
                continue
            for score in ballot.scores:
                if score.option_id in dots:
                    dots[score.option_id] += score.value * score.count
    return dots


def stored_totals(address: str) -> dict[uuid.UUID, tuple[int, dt.date | None, int]]:
    """idea id → (dots, workshop date, number) as ``idea_totals`` holds them."""
    from sqlalchemy import select

    from app.model import IDEA_TOTALS
    from exports.shared_db import open_shared

    engine = open_shared(address)
    try:
        with engine.connect() as conn:
            t = IDEA_TOTALS
            return {row.idea_id: (row.dots, row.workshop_date, row.number)
                    for row in conn.execute(select(t.c.idea_id, t.c.dots, t.c.workshop_date, t.c.number))}
    finally:
        engine.dispose()


def bank_dots(address: str, workshop_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """The dots the bank shows for one workshop's ideas, sorted by votes and by date
    (which must agree)."""
    by_votes = {i.id: i.dots for i in search_ideas(address, BankQuery(limit=1000)) if i.workshop_id == workshop_id}
    by_date = {i.id: i.dots for i in search_ideas(address, BankQuery(sort="date", limit=1000))
               if i.workshop_id == workshop_id}
    assert by_votes == by_date
    return by_votes


def assert_bank_right(address: str, library: Library, workshop_id: uuid.UUID) -> dict[uuid.UUID, int]:
    expected = expected_dots(library, workshop_id)
    assert {k: v[0] for k, v in stored_totals(address).items() if k in expected} == expected
    assert bank_dots(address, workshop_id) == expected
    return expected


def _dot_round(library: Library, workshop_id: uuid.UUID) -> uuid.UUID:
    with library.read() as session:
        return next(r.id for r in session.get(Workshop, workshop_id).rounds  # type: ignore[union-attr]
                    if r.kind == RoundKind.DOTS and r.state == RoundState.REVEALED)


def test_totals_follow_the_votes_from_push_to_push(library: Library, full_workshop: uuid.UUID, address: str) -> None:
    """The bank's dots after each push are the votes as the laptop has them: revealed
    dot rounds only (not a closed one, not statements or criteria scores on the same
    ideas), abstentions excluded, tallies counted; a round re-opened, revealed again,
    a ballot removed, an idea deleted and a new date all follow on the next push."""
    from app.operations import delete_ideas, reopen_round, reveal_round
    from app.operations.voting import close_round

    dots_round = _dot_round(library, full_workshop)
    with library.operation("test_more_votes", full_workshop) as session:
        workshop = session.get(Workshop, full_workshop)
        assert workshop is not None
        ideas = sorted(workshop.ideas, key=lambda i: i.number)
        vote = next(r for r in workshop.rounds if r.id == dots_round)
        # An abstention carrying marks (the rule must hold whatever a ballot holds).
        skipped = Ballot(id=library.new_id(), voter_key="abstainer", abstained=True)
        vote.ballots.append(skipped)
        skipped.scores.append(Score(id=library.new_id(), option_id=ideas[1].id, value=7))
        hidden = VoteRound(id=library.new_id(), kind=RoundKind.DOTS, title="Skjult", state=RoundState.OPEN,
                           budget=3, options=[str(i.id) for i in ideas])
        workshop.rounds.append(hidden)
        secret = Ballot(id=library.new_id(), voter_key="secret")
        hidden.ballots.append(secret)
        secret.scores.append(Score(id=library.new_id(), option_id=ideas[2].id, value=11))
        hidden_id, secret_id, skipped_id = hidden.id, secret.id, skipped.id
        first, second, third = ideas[0].id, ideas[1].id, ideas[2].id
    close_round(library, hidden_id)
    push_workshop(library, full_workshop, address)
    dots = assert_bank_right(address, library, full_workshop)
    assert dots[first] >= 5 and any(dots.values())  # the tally of five hands counts
    assert dots[second] < 7 and dots[third] < 11  # neither the abstention nor the closed round

    reopen_round(library, dots_round)
    push_workshop(library, full_workshop, address)
    assert not any(assert_bank_right(address, library, full_workshop).values())

    reveal_round(library, dots_round)
    reveal_round(library, hidden_id)
    push_workshop(library, full_workshop, address)
    assert assert_bank_right(address, library, full_workshop)[third] == dots[third] + 11

    with library.operation("test_remove_ballot", full_workshop) as session:
        ballot = session.get(Ballot, secret_id)
        assert ballot is not None
        session.delete(ballot)
    push_workshop(library, full_workshop, address)
    assert assert_bank_right(address, library, full_workshop) == dots

    with library.operation("test_count_the_abstention", full_workshop) as session:
        ballot = session.get(Ballot, skipped_id)
        assert ballot is not None
        ballot.abstained = False  # only the ballot changes: its marks now count
    push_workshop(library, full_workshop, address)
    assert assert_bank_right(address, library, full_workshop)[second] == dots[second] + 7

    delete_ideas(library, [first])
    push_workshop(library, full_workshop, address)
    assert first not in assert_bank_right(address, library, full_workshop)
    assert first not in stored_totals(address)


def test_totals_follow_the_date_and_the_bin(bank: tuple[str, uuid.UUID, uuid.UUID], library: Library) -> None:
    """Sorted by date, the bank follows a workshop's new date (a sort key the totals
    keep); binned, its ideas leave the bank in both orders."""
    address, first, second = bank
    by_date = search_ideas(address, BankQuery(sort="date", limit=1000))
    assert by_date[0].workshop_id == first  # 2026 before the other's 2025
    update_workshop(library, first, date=dt.date(2024, 6, 1))
    push_workshop(library, first, address)
    assert {v[1] for k, v in stored_totals(address).items() if k in expected_dots(library, first)} == {dt.date(2024, 6, 1)}
    by_date = search_ideas(address, BankQuery(sort="date", limit=1000))
    assert by_date[0].workshop_id == second and by_date[-1].workshop_id == first
    assert {i.id: i.dots for i in by_date if i.workshop_id == first} == expected_dots(library, first)
    with library.operation("test_bin", first) as session:
        workshop = session.get(Workshop, first)
        assert workshop is not None
        workshop.deleted_at = dt.datetime(2026, 3, 13)
    push_workshop(library, first, address)
    for sort in ("votes", "date"):
        assert {i.workshop_id for i in search_ideas(address, BankQuery(sort=sort, limit=1000))} == {second}


def test_a_bank_upgraded_from_0003_gets_its_totals(library: Library, full_workshop: uuid.UUID, address: str) -> None:
    """An existing bank is ranked right at once after `samskab db upgrade`: migration
    0004 sums the votes already there."""
    from alembic import command

    from app.migrations.run import config
    from exports.shared_db import open_shared, stored_revision, upgrade_shared

    push_workshop(library, full_workshop, address)
    engine = open_shared(address)
    try:
        command.downgrade(config(engine), "0003")
        with engine.connect() as conn:
            assert stored_revision(conn) == "0003"
    finally:
        engine.dispose()
    with pytest.raises(SharedDbError):
        search_ideas(address)
    upgrade_shared(address)
    assert any(assert_bank_right(address, library, full_workshop).values())


def test_a_local_library_keeps_no_totals(library: Library, full_workshop: uuid.UUID) -> None:
    """The laptop's library has the table (one schema) but leaves it empty, also when
    upgraded from 0003 with votes in it: a copy nobody keeps would only mislead."""
    from alembic import command
    from sqlalchemy import func, select

    from app.library import open_library
    from app.migrations.run import config
    from app.model import IDEA_TOTALS

    path = Path(library.location)
    library.close()
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    try:
        command.downgrade(config(engine), "0003")
    finally:
        engine.dispose()
    with open_library(path) as reopened, reopened.engine.connect() as conn:
        assert any(expected_dots(reopened, full_workshop).values())
        assert conn.scalar(select(func.count()).select_from(IDEA_TOTALS)) == 0


def test_repush_with_nothing_changed_leaves_the_totals_alone(library: Library, full_workshop: uuid.UUID,
                                                             pg_server: Any) -> None:
    """Re-pushing an unchanged workshop rewrites no total (PostgreSQL: no row gets a
    new version), nor does an edit that cannot change one (a theme's title)."""
    from sqlalchemy import text as sql

    from app.operations import rename_cluster
    from exports.shared_db import open_shared, upgrade_shared

    address = fresh_pg_database(pg_server)
    upgrade_shared(address)
    push_workshop(library, full_workshop, address)

    def versions() -> dict[uuid.UUID, str]:
        engine = open_shared(address)
        try:
            with engine.connect() as conn:
                return dict(conn.execute(sql("SELECT idea_id, xmin::text FROM idea_totals")).all())  # type: ignore[arg-type]
        finally:
            engine.dispose()

    before = versions()
    assert before and push_workshop(library, full_workshop, address).written == 0
    with library.read() as session:
        cluster = session.get(Workshop, full_workshop).clusters[0].id  # type: ignore[union-attr]
    rename_cluster(library, cluster, "Nyt navn")
    assert push_workshop(library, full_workshop, address).written >= 1
    assert versions() == before
    update_workshop(library, full_workshop, date=dt.date(2024, 6, 1))
    push_workshop(library, full_workshop, address)
    assert set(versions().values()).isdisjoint(before.values())  # a sort key changed: every row rewritten


def test_pushes_of_one_workshop_take_turns(library: Library, full_workshop: uuid.UUID, pg_server: Any) -> None:
    """A push waits while another transaction holds its workshop's lock, so two laptops
    pushing the same workshop at once sum the totals one after the other."""
    import threading
    import time

    import psycopg

    from exports.shared_db import _lock_key, upgrade_shared

    address = fresh_pg_database(pg_server)
    upgrade_shared(address)
    dsn = address.replace("postgresql+psycopg://", "postgresql://")
    results: list[object] = []
    with psycopg.connect(dsn) as holder, psycopg.connect(dsn, autocommit=True) as watcher:
        holder.execute("SELECT pg_advisory_xact_lock(%s)", (_lock_key(full_workshop),))
        pusher = threading.Thread(target=lambda: results.append(push_workshop(library, full_workshop, address)))
        pusher.start()
        deadline = time.monotonic() + 30
        while not watcher.execute("SELECT 1 FROM pg_stat_activity WHERE wait_event = 'advisory'").fetchone():
            assert time.monotonic() < deadline, "the push never waited for the workshop's lock"
            assert pusher.is_alive() and not results, "the push went ahead while the workshop was locked"
        holder.commit()
        pusher.join(60)
    assert len(results) == 1 and results[0].sent  # type: ignore[attr-defined]
    assert any(expected_dots(library, full_workshop).values())


def test_walking_the_ranking_finds_what_the_lists_find(library: Library, full_workshop: uuid.UUID,
                                                       make_library: Callable[[str], Library], pg_server: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL answers a rare word from the text indexes' lists and a common one by
    walking the ranking; a test bank is small, so force each way: same ideas, same order."""
    import exports.idea_bank as idea_bank
    from exports.shared_db import upgrade_shared

    address = fresh_pg_database(pg_server)
    upgrade_shared(address)
    fill_bank(library, full_workshop, make_library, address)
    for query in (BankQuery(text="sundhedsdata"), BankQuery(text="SUNDHEDSDAT", sort="date"),
                  BankQuery(text="unge", tag="Radikal innovation"), BankQuery(text="kommuner"),
                  BankQuery(text="e", limit=3)):
        answers = []
        for enough in (10**6, 0):  # every word rare, every word common
            monkeypatch.setattr(idea_bank, "_enough", lambda *_args, enough=enough: enough)
            answers.append([(i.id, i.dots) for i in search_ideas(address, query)])
        assert answers[0] == answers[1] and answers[0], query
        assert len(answers[0]) == len(set(answers[0])), query
    for enough in (10**6, 0):
        monkeypatch.setattr(idea_bank, "_enough", lambda *_args, enough=enough: enough)
        assert search_ideas(address, text="sundhedsdata", template="ingen-skabelon") == []
        assert search_ideas(address, text="zebrafinke") == []


def test_searches_share_an_engine_per_address_and_password(bank: tuple[str, uuid.UUID, uuid.UUID]) -> None:
    """Searches reuse one engine (its statements compiled once); another password in
    the address gets its own, so a changed password is never answered with the old one."""
    import exports.idea_bank as idea_bank
    from exports.credentials import resolve

    address, first, second = bank
    before = idea_bank._engine.cache_info().misses
    search_ideas(address, text="sundhedsdata")
    search_ideas(address)
    assert idea_bank._engine.cache_info().misses <= before + 1
    url = resolve(address)
    assert idea_bank._engine(url.render_as_string(hide_password=False)) is idea_bank._engine(
        url.render_as_string(hide_password=False))
    if url.get_backend_name() == "postgresql":
        other = url.set(password="another").render_as_string(hide_password=False)
        assert idea_bank._engine(other) is not idea_bank._engine(url.render_as_string(hide_password=False))


def test_an_idea_in_conflict_shows_the_other_version(library: Library, full_workshop: uuid.UUID,
                                                     make_library: Callable[[str], Library], address: str,
                                                     tmp_path: Path) -> None:
    from app.operations import edit_idea
    from exports.workshop_file import export_workshop, import_workshop

    other = make_library("laptop-2")
    import_workshop(other, export_workshop(library, full_workshop, tmp_path / "w.samskab"))
    found = search_ideas(address, text="zzz")  # a search before any push: nothing, and no error
    assert found == []
    idea = next(i for i in search_ideas_after_push(library, full_workshop, address) if i.number == 1)
    edit_idea(library, idea.id, "Cykelstier til skolen – laptop 1")
    edit_idea(other, idea.id, "Cykelstier til skolen – laptop 2")
    push_workshop(library, full_workshop, address)
    push_workshop(other, full_workshop, address)
    shown = {i.id: i for i in search_ideas(address, text="Cykelstier til skolen")}
    assert shown[idea.id].text == "Cykelstier til skolen – laptop 1"
    assert shown[idea.id].conflicts == ("Cykelstier til skolen – laptop 2",)
    assert all(i.conflicts == () for i in search_ideas(address) if i.id != idea.id)


def search_ideas_after_push(library: Library, workshop_id: uuid.UUID, address: str) -> list[Any]:
    push_workshop(library, workshop_id, address)
    return search_ideas(address, limit=1000)
