"""Property-based test of the phone session: any sequence of opening and closing
phones and writing, ideas sent, edited and withdrawn by a few devices, and the desk's
accept, merge and hide with undos and redos keeps the invariants — no device over its
limit in a writing period; every acknowledged idea kept exactly once (on the board
once, in the inbox, hidden, merged or withdrawn); a refused operation changes
nothing; every undo restores exactly."""

from __future__ import annotations

import atexit
import random
import shutil
import tempfile
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import select

from app import operations as ops
from app.changes import Changes
from app.errors import SamskabError
from app.library import open_library
from app.model import Idea, PhoneIdea, PhoneSessionRow
from app.operations import phones as phone_ops
from app.queries import load_workshop
from app.templates import load_templates

TEMPLATES = load_templates()
_SCHEMA: list[Path] = []


def empty_library(folder: Path) -> Path:
    """A fresh library file: the migrations run once per test session, then copied."""
    if not _SCHEMA:
        folder_ = Path(tempfile.mkdtemp())
        atexit.register(shutil.rmtree, folder_, ignore_errors=True)
        made = folder_ / "empty.sqlite3"
        open_library(made).close()
        _SCHEMA.append(made)
    return Path(shutil.copy(_SCHEMA[0], folder / "lib.sqlite3"))
DEVICES = [f"device-{n}-0123456789abcdef" for n in range(2)]
LIMIT = 2  # the limit per device in a writing period, made small to be reached
texts = st.one_of(
    st.sampled_from(["Madklub", "madklub ", "<b>Bænke</b>", "Træer & 🌳", "", "x" * 501]),
    st.integers(0, 9).map(lambda n: f"Idé {n}"),
)


class PhoneMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp())
        self.library = open_library(empty_library(self.folder), rng=random.Random(13))
        self.done: list[tuple[Changes, Any]] = []
        self.undone: list[tuple[Changes, Any]] = []
        self.acknowledged: set[uuid.UUID] = set()
        self.limit, phone_ops.MAX_IDEAS_PER_DEVICE = phone_ops.MAX_IDEAS_PER_DEVICE, LIMIT

    @initialize()
    def workshop(self) -> None:
        self.wid = ops.create_workshop(self.library, TEMPLATES["hverdagsinnovation"], title="P",
                                       table_groups=["Bord 1", "Bord 2"]).subject
        workshop = load_workshop(self.library, self.wid)
        self.phases = [p.id for p in workshop.phases][:2]
        self.groups = [g.id for g in workshop.table_groups]
        ops.add_idea(self.library, self.wid, "Skrevet ved bordet")
        ops.open_phones(self.library, self.wid)  # phones start able to write: the limit is reached
        ops.open_writing(self.library, self.wid, self.phases[0], "inbox")

    def teardown(self) -> None:
        phone_ops.MAX_IDEAS_PER_DEVICE = self.limit
        self.library.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def snapshot(self) -> Any:
        with self.library.read() as session:
            phone = session.scalars(select(PhoneIdea).where(PhoneIdea.workshop_id == self.wid)).all()
            ideas = session.execute(select(Idea.id, Idea.text).where(Idea.workshop_id == self.wid)).all()
            row = session.scalar(select(PhoneSessionRow).where(PhoneSessionRow.workshop_id == self.wid))
            return (
                {p.id: (p.device_key, p.text, p.status, p.idea_id, p.period) for p in phone},
                dict(ideas),
                None if row is None else (row.is_open, row.writing_phase_id, row.writing_mode, row.writing_period),
            )

    def apply(self, operation, *, undoable: bool = True) -> Changes | None:  # type: ignore[no-untyped-def]
        before = self.snapshot()
        try:
            changes: Changes = operation()
        except SamskabError as error:
            assert error.message("da") and error.message("en")
            assert self.snapshot() == before, "a refused operation changed something"
            return None
        if undoable and changes.inverse is not None:
            self.done.append((changes, before))
            self.undone.clear()
        elif changes.inverse is not None:
            # A phone's change is not on the desk's undo stack; history before it is
            # no longer the desk's to replay exactly.
            self.done.clear()
            self.undone.clear()
        return changes

    def phone_ideas(self) -> list[uuid.UUID]:
        return sorted(self.snapshot()[0])

    @rule(step=st.sampled_from(["open_phones", "close_phones", "close_writing"]))
    def session(self, step: str) -> None:
        self.apply(lambda: getattr(ops, step)(self.library, self.wid), undoable=False)

    @rule(phase=st.integers(0, 1), mode=st.sampled_from(["board", "inbox"]), only=st.sampled_from([None, 0, 1]))
    def open_writing(self, phase: int, mode: str, only: int | None) -> None:
        groups = None if only is None else [self.groups[only]]
        self.apply(lambda: ops.open_writing(self.library, self.wid, self.phases[phase], mode, groups), undoable=False)

    @rule(device=st.sampled_from(DEVICES), text=texts, group=st.sampled_from([None, 0, 1]))
    def submit(self, device: str, text: str, group: int | None) -> None:
        group_id = None if group is None else self.groups[group]
        known = set(self.phone_ideas())
        changes = self.apply(lambda: ops.submit_phone_idea(self.library, self.wid, device, text, group_id, None),
                             undoable=False)
        if changes is not None:
            assert changes.subject is not None
            assert (changes.subject in known) == (not changes.topics), "a repeat is the same idea, a new one is new"
            self.acknowledged.add(changes.subject)

    @rule(data=st.data(), device=st.sampled_from(DEVICES), text=texts)
    def edit(self, data: st.DataObject, device: str, text: str) -> None:
        if ideas := self.phone_ideas():
            key = data.draw(st.sampled_from(ideas))
            self.apply(lambda: ops.edit_phone_idea(self.library, self.wid, device, key, text), undoable=False)

    @rule(data=st.data(), device=st.sampled_from(DEVICES))
    def withdraw(self, data: st.DataObject, device: str) -> None:
        if ideas := self.phone_ideas():
            key = data.draw(st.sampled_from(ideas))
            self.apply(lambda: ops.withdraw_phone_idea(self.library, self.wid, device, key), undoable=False)

    @rule(data=st.data(), step=st.sampled_from(["accept_phone_idea", "hide_phone_idea"]))
    def desk(self, data: st.DataObject, step: str) -> None:
        if ideas := self.phone_ideas():
            key = data.draw(st.sampled_from(ideas))
            self.apply(lambda: getattr(ops, step)(self.library, key))

    @rule(data=st.data())
    def merge(self, data: st.DataObject) -> None:
        ideas, board, _ = self.snapshot()
        if ideas and board:
            key = data.draw(st.sampled_from(sorted(ideas)))
            into = data.draw(st.sampled_from(sorted(board)))
            self.apply(lambda: ops.merge_phone_idea(self.library, key, into))

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
        phone, board, _row = self.snapshot()
        assert set(phone) == self.acknowledged, "an acknowledged idea was lost, or an unacknowledged one kept"
        per_period = Counter((device, period) for device, _text, _status, _idea, period in phone.values())
        assert max(per_period.values(), default=0) <= LIMIT, "a device over its limit"
        on_board = [idea for _d, _t, status, idea, _p in phone.values() if status == "board"]
        assert len(on_board) == len(set(on_board)), "one board idea for two phone ideas"
        for _device, text, status, idea, _period in phone.values():
            if status == "board":
                assert idea in board and board[idea].startswith(text), "a phone idea not on the board as sent"
            elif status == "merged":
                assert idea in board, "merged into an idea no longer on the board"
            else:
                assert idea is None
            assert text.strip() and len(text) <= 500


PhoneMachine.TestCase.settings = settings(
    max_examples=15, stateful_step_count=40, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


class TestPhoneOperations(PhoneMachine.TestCase):  # type: ignore[misc, name-defined]
    pass


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sent=st.lists(st.tuples(st.sampled_from(DEVICES), texts, st.booleans()), max_size=12),
       mode=st.sampled_from(["board", "inbox"]))
def test_device_limits_hold_and_nothing_is_lost_or_doubled(sent: list[tuple[str, str, bool]], mode: str) -> None:
    """A burst of ideas (with retries of the same text, bad texts, and a new writing
    period halfway): each device gets at most its limit per period, every acknowledged
    idea is stored once, on the board once in board mode, and nothing else is stored."""
    machine = PhoneMachine()
    try:
        machine.workshop()
        ops.open_writing(machine.library, machine.wid, machine.phases[0], mode)
        acknowledged: dict[uuid.UUID, tuple[str, int]] = {}
        for n, (device, text, _) in enumerate(sent):
            if n == len(sent) // 2:
                ops.close_writing(machine.library, machine.wid)
                ops.open_writing(machine.library, machine.wid, machine.phases[1], mode)
            period = 1 if n < len(sent) // 2 else 2
            try:
                changes = ops.submit_phone_idea(machine.library, machine.wid, device, text, None, None)
            except SamskabError:
                continue
            assert changes.subject is not None
            acknowledged.setdefault(changes.subject, (device, period))
        phone, board, _ = machine.snapshot()
        assert set(phone) == set(acknowledged)
        assert max(Counter(acknowledged.values()).values(), default=0) <= LIMIT
        on_board = [idea for _d, _t, status, idea, _p in phone.values() if status == "board"]
        assert len(on_board) == len(set(on_board)) == (len(phone) if mode == "board" else 0)
        assert len(board) == 1 + len(on_board)  # the typed idea and the phones' ideas, each once
    finally:
        machine.teardown()
