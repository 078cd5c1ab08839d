"""Fixtures for the exporter tests: libraries with a fixed clock, and a full workshop.

``full_workshop`` is the shipped sample (international names, clusters, tags, an
action plan) plus a hostile idea and three vote rounds with ballots and scores, so
every exporter sees every kind of row.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from app.library import Library
from app.model import Ballot, Idea, RoundKind, RoundState, Score, VoteRound, Workshop
from app.operations import add_idea, add_sample
from app.templates import load_sample, load_templates

HOSTILE = "<b>x</b> & <img src=y>"


def add_votes(library: Library, workshop_id: uuid.UUID) -> None:
    """Three revealed rounds (dots, statements, criteria) with ballots from the participants."""
    with library.operation("test_votes", workshop_id) as session:
        workshop = session.get(Workshop, workshop_id)
        assert workshop is not None
        ideas = sorted(workshop.ideas, key=lambda i: i.number)
        people = workshop.participants
        rng = random.Random(7)
        dots = VoteRound(id=library.new_id(), kind=RoundKind.DOTS, title="Prioritering",
                         state=RoundState.REVEALED, budget=3, options=[str(i.id) for i in ideas])
        poll = VoteRound(id=library.new_id(), kind=RoundKind.STATEMENTS, title="Udsagn",
                         state=RoundState.REVEALED, anonymous=True,
                         options=[str(s.id) for s in workshop.statements])
        crit = VoteRound(id=library.new_id(), kind=RoundKind.CRITERIA, title="Kriterier",
                         state=RoundState.REVEALED, options=[str(i.id) for i in ideas[:4]])
        workshop.rounds.extend([dots, poll, crit])
        for n, person in enumerate(people):
            ballot = Ballot(id=library.new_id(), voter_key=str(person.id), participant_id=person.id)
            dots.ballots.append(ballot)
            for idea in rng.sample(ideas, 3):
                ballot.scores.append(Score(id=library.new_id(), option_id=idea.id, value=1))
            anon = Ballot(id=library.new_id(), voter_key=f"phone-{n}")
            poll.ballots.append(anon)
            for statement in workshop.statements:
                anon.scores.append(Score(id=library.new_id(), option_id=statement.id, value=rng.choice((1, -1, 0))))
            if workshop.criteria:
                scored = Ballot(id=library.new_id(), voter_key=f"crit-{n}", participant_id=person.id)
                crit.ballots.append(scored)
                for idea in ideas[:4]:
                    for criterion in workshop.criteria:
                        scored.scores.append(Score(id=library.new_id(), option_id=idea.id,
                                                   criterion_id=criterion.id, value=rng.randint(1, 5)))
        tally = Ballot(id=library.new_id(), voter_key="tally-1", voters=5)
        dots.ballots.append(tally)
        tally.scores.append(Score(id=library.new_id(), option_id=ideas[0].id, value=1, count=5))


@pytest.fixture
def full_workshop(library: Library) -> uuid.UUID:
    templates = load_templates()
    sample = load_sample(templates=templates)
    workshop_id = add_sample(library, sample, templates[sample.template]).subject
    assert workshop_id is not None
    with library.read() as session:
        phase_id = session.get(Workshop, workshop_id).phases[0].id  # type: ignore[union-attr]
    add_idea(library, workshop_id, HOSTILE, author="Łukasz Żółć", phase_id=phase_id)
    add_votes(library, workshop_id)
    return workshop_id


# -- the shared database ------------------------------------------------------------


class MemoryKeyring(KeyringBackend):
    """A keyring in memory, so tests never touch the user's real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise PasswordDeleteError(username)
        del self.store[(service, username)]


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def fresh_pg_database(pg_server: Any) -> str:
    name = f"shared_{uuid.uuid4().hex[:12]}"
    admin = pg_server.url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return pg_server.url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "postgresql"])
def blank_address(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "shared" / "idebank.sqlite3")
    return fresh_pg_database(request.getfixturevalue("pg_server"))


@pytest.fixture
def address(blank_address: str) -> str:
    from exports.shared_db import upgrade_shared

    upgrade_shared(blank_address)
    return blank_address


__all__ = ["HOSTILE", "Idea", "MemoryKeyring", "fresh_pg_database"]
