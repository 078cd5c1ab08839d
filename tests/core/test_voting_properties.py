"""Property-based tests of the vote operations (the board's are in test_properties.py):
any sequence of opening, voting, abstaining, closing, reopening, revealing, deleting
rounds and deleting ideas, with undos and redos, keeps the invariants — no ballot
over its round's budget or per-option maximum, every ballot in an existing round,
one ballot per voter and round, every score on one of its round's options — and a
refused operation changes nothing; every undo restores exactly."""

from __future__ import annotations

import random
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import select

from app import operations as ops
from app.changes import Changes
from app.errors import SamskabError
from app.library import open_library
from app.model import Ballot, Idea, Score, VoteRound
from app.templates import load_templates

TEMPLATES = load_templates()
VOTERS = [f"phone:voter-{n:02d}-0123456789" for n in range(4)]
counts = st.integers(min_value=-1, max_value=4)


class VotingMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp())
        self.library = open_library(self.folder / "lib.sqlite3", rng=random.Random(11))
        self.done: list[tuple[Changes, Any]] = []
        self.undone: list[tuple[Changes, Any]] = []

    @initialize()
    def workshop(self) -> None:
        self.wid = ops.create_workshop(self.library, TEMPLATES["hverdagsinnovation"], title="V").subject
        for text in ("Kaffe", "Cykler", "Bænke", "Træer"):
            ops.add_idea(self.library, self.wid, text)

    def teardown(self) -> None:
        self.library.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def snapshot(self) -> Any:
        with self.library.read() as session:
            rounds = session.scalars(select(VoteRound).where(VoteRound.workshop_id == self.wid)).all()
            ballots = session.scalars(select(Ballot).where(Ballot.round_id.in_([r.id for r in rounds]))).all()
            scores = session.scalars(select(Score).where(Score.ballot_id.in_([b.id for b in ballots]))).all()
            ideas = session.scalars(select(Idea.id).where(Idea.workshop_id == self.wid)).all()
            return (
                {r.id: (r.state, r.budget, r.max_per_option, tuple(r.options)) for r in rounds},
                {b.id: (b.round_id, b.voter_key, b.abstained, b.voters) for b in ballots},
                {s.id: (s.ballot_id, s.option_id, s.value, s.count) for s in scores},
                sorted(ideas),
            )

    def rounds(self) -> list[uuid.UUID]:
        return sorted(self.snapshot()[0])

    def ideas(self) -> list[uuid.UUID]:
        return self.snapshot()[3]  # type: ignore[no-any-return]

    def apply(self, operation) -> None:  # type: ignore[no-untyped-def]
        before = self.snapshot()
        try:
            changes = operation()
        except SamskabError:
            assert self.snapshot() == before, "a refused operation changed something"
            return
        if changes.inverse is not None:
            self.done.append((changes, before))
            self.undone.clear()

    @rule(data=st.data(), budget=st.integers(min_value=0, max_value=4), most=st.integers(min_value=0, max_value=3))
    def open(self, data: st.DataObject, budget: int, most: int) -> None:
        ideas = self.ideas()
        if ideas:
            chosen = data.draw(st.lists(st.sampled_from(ideas), min_size=1, max_size=len(ideas), unique=True))
            self.apply(lambda: ops.open_round(self.library, self.wid, "dots", option_ids=chosen,
                                              budget=budget or None, max_per_option=most or None))

    @rule(data=st.data())
    def vote(self, data: st.DataObject) -> None:
        if rounds := self.rounds():
            round_id = data.draw(st.sampled_from(rounds))
            options = [uuid.UUID(o) for o in self.snapshot()[0][round_id][3]] + [uuid.uuid4()]
            dots = data.draw(st.dictionaries(st.sampled_from(options), counts, max_size=3))
            voter = data.draw(st.sampled_from(VOTERS))
            self.apply(lambda: ops.cast_ballot(self.library, round_id, voter, dots=dots))

    @rule(data=st.data())
    def abstain(self, data: st.DataObject) -> None:
        if rounds := self.rounds():
            self.apply(lambda: ops.abstain(self.library, data.draw(st.sampled_from(rounds)), data.draw(st.sampled_from(VOTERS))))

    @rule(data=st.data(), step=st.sampled_from(["close_round", "reopen_round", "reveal_round", "delete_round"]))
    def state(self, data: st.DataObject, step: str) -> None:
        if rounds := self.rounds():
            self.apply(lambda: getattr(ops, step)(self.library, data.draw(st.sampled_from(rounds))))

    @rule(data=st.data())
    def delete_idea(self, data: st.DataObject) -> None:
        if ideas := self.ideas():
            self.apply(lambda: ops.delete_ideas(self.library, [data.draw(st.sampled_from(ideas))]))

    @precondition(lambda self: bool(self.done))
    @rule()
    def undo(self) -> None:
        changes, before = self.done.pop()
        after = self.snapshot()
        assert changes.inverse is not None
        undone = changes.inverse(self.library)
        assert self.snapshot() == before, f"undo of {changes.label}"
        self.undone.append((undone, after))

    @precondition(lambda self: bool(self.undone))
    @rule()
    def redo(self) -> None:
        undone, after = self.undone.pop()
        before = self.snapshot()
        assert undone.inverse is not None
        redone = undone.inverse(self.library)
        assert self.snapshot() == after, f"redo of {undone.label}"
        self.done.append((redone, before))

    @invariant()
    def consistent(self) -> None:
        if not hasattr(self, "wid"):
            return
        rounds, ballots, scores, _ideas = self.snapshot()
        per_ballot: dict[uuid.UUID, list[tuple[uuid.UUID, int]]] = {}
        for ballot_id, option, value, _count in scores.values():
            assert ballot_id in ballots, "a score without its ballot"
            per_ballot.setdefault(ballot_id, []).append((option, value))
        keys = [(r, v) for r, v, *_ in ballots.values()]
        assert len(keys) == len(set(keys)), "two ballots of one voter in one round"
        for ballot_id, (round_id, _voter, abstained, _voters) in ballots.items():
            assert round_id in rounds, "a ballot in a round that does not exist"
            _state, budget, most, options = rounds[round_id]
            marks = per_ballot.get(ballot_id, [])
            assert not (abstained and marks), "an abstention with dots"
            assert all(str(option) in options for option, _ in marks), "a dot on an option not in the round"
            assert all(value > 0 for _, value in marks)
            if budget is not None:
                assert sum(value for _, value in marks) <= budget, "over budget"
            if most is not None:
                assert all(value <= most for _, value in marks), "over the per-option maximum"


VotingMachine.TestCase.settings = settings(
    max_examples=20, stateful_step_count=20, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_voting_operations = VotingMachine.TestCase
