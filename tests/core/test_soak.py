"""The app process killed with SIGKILL at random moments during a scripted workshop.

``soak_child.py`` captures ideas, drags groups of notes, changes phase and takes
votes from phones over loopback HTTP, printing each action once acknowledged. It is
killed at a random moment, restarted, killed again... After every kill the library
must pass ``PRAGMA integrity_check`` and ``foreign_key_check``, hold every
acknowledged action, and hold no half-applied one (a drag moves all its notes or
none, a ballot has all its dots or does not exist). Undo history may be gone; data
may not.

``make test`` kills 3 times; ``make soak`` (``SOAK_KILLS=50``) 50 times.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import operations as ops
from app.library import open_library
from app.model import Ballot, Idea, RoundState, Score, VoteRound, Workshop
from app.templates import Template

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("soak_child.py")
KILLS = int(os.environ.get("SOAK_KILLS", "3"))


class Ledger:
    """What the children acknowledged (and tried), across all runs."""

    def __init__(self) -> None:
        self.ideas: dict[uuid.UUID, str] = {}
        self.drags_tried: dict[int, list[uuid.UUID]] = {}
        self.drag_acked: dict[uuid.UUID, int] = {}  # idea -> highest acknowledged generation
        self.phase_acked: uuid.UUID | None = None
        self.phases_tried_since: list[uuid.UUID] = []
        self.rounds: set[uuid.UUID] = set()
        self.closed: set[uuid.UUID] = set()
        self.votes: dict[tuple[uuid.UUID, str], dict[uuid.UUID, int]] = {}
        self.lines = 0

    def take(self, line: dict[str, Any]) -> None:
        self.lines += 1
        kind = line["a"]
        if kind == "idea":
            self.ideas[uuid.UUID(line["id"])] = line["text"]
        elif kind == "try-drag":
            self.drags_tried[line["gen"]] = [uuid.UUID(i) for i in line["ids"]]
        elif kind == "drag":
            for i in line["ids"]:
                self.drag_acked[uuid.UUID(i)] = max(self.drag_acked.get(uuid.UUID(i), 0), line["gen"])
        elif kind == "try-phase":
            self.phases_tried_since.append(uuid.UUID(line["phase"]))
        elif kind == "phase":
            self.phase_acked = uuid.UUID(line["phase"])
            self.phases_tried_since = []
        elif kind == "round":
            self.rounds.add(uuid.UUID(line["id"]))
        elif kind == "close":
            self.closed.add(uuid.UUID(line["id"]))
        elif kind == "vote":
            self.votes[(uuid.UUID(line["round"]), line["voter"])] = {uuid.UUID(k): v for k, v in line["dots"].items()}


def run_and_kill(path: Path, workshop_id: uuid.UUID, run: int, rng: random.Random, ledger: Ledger) -> None:
    """Start a child, let it acknowledge a random number of actions, SIGKILL it."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), str(workshop_id), str(run), str(rng.randrange(10**6))],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert child.stdout is not None and child.stderr is not None
    # Kill at a random moment: sometimes while it starts, mostly amid a burst of actions.
    target = 0 if rng.random() < 0.1 and run % 3 else rng.randint(1, 80)  # every third run gets going
    timer = None
    if target == 0:
        timer = threading.Timer(rng.uniform(0.05, 0.6), child.send_signal, (signal.SIGKILL,))
        timer.start()
    seen = 0
    for raw in child.stdout:
        line = json.loads(raw)
        ledger.take(line)
        if line["a"] != "started":
            seen += 1
        if target and seen >= target:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    if timer is not None:
        timer.cancel()
    error = child.stderr.read()
    child.stdout.close()
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL, error[-2000:]


def check(path: Path, workshop_id: uuid.UUID, ledger: Ledger) -> None:
    library = open_library(path)
    try:
        with library.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        with library.read() as session:
            ideas = {i.id: i for i in session.scalars(select(Idea).where(Idea.workshop_id == workshop_id))}
            workshop = session.get(Workshop, workshop_id)
            rounds = {r.id: r for r in session.scalars(select(VoteRound).where(VoteRound.workshop_id == workshop_id))}
            ballots = list(session.scalars(select(Ballot).where(Ballot.round_id.in_(rounds))))
            scores: dict[uuid.UUID, dict[uuid.UUID, int]] = defaultdict(dict)
            for score in session.scalars(select(Score).where(Score.ballot_id.in_([b.id for b in ballots]))):
                scores[score.ballot_id][score.option_id] = score.value
        assert workshop is not None
        # Every acknowledged capture, with its text; numbers stay unique.
        for idea_id, text in ledger.ideas.items():
            assert idea_id in ideas and ideas[idea_id].text == text
        assert len({i.number for i in ideas.values()}) == len(ideas)
        # Drags: the acknowledged ones are there; a tried one moved all its notes or none.
        for idea_id, generation in ledger.drag_acked.items():
            assert ideas[idea_id].y >= generation
        for generation, group in ledger.drags_tried.items():
            moved = [i for i in group if i in ideas and ideas[i].y == generation]
            if moved:
                assert all(ideas[i].y >= generation for i in group), (generation, group)
        # The phase: the last acknowledged, or one tried after it.
        if ledger.phase_acked is not None:
            assert workshop.current_phase_id in {ledger.phase_acked, *ledger.phases_tried_since}
        # Rounds and ballots: acknowledged ones are there, whole; no ballot is partial.
        assert ledger.rounds <= set(rounds)
        for round_id in ledger.closed:
            assert rounds[round_id].state == RoundState.CLOSED
        by_key = {(b.round_id, b.voter_key): b for b in ballots}
        for key, dots in ledger.votes.items():
            assert key in by_key, key
            assert scores[by_key[key].id] == dots
        for ballot in ballots:
            assert sum(scores[ballot.id].values()) == 3, "a ballot without all its dots"
    finally:
        library.close()


def test_sigkill_at_random_moments_loses_no_acknowledged_action(tmp_path: Path, templates: dict[str, Template]) -> None:
    path = tmp_path / "soak.sqlite3"
    with open_library(path) as library:
        workshop_id = ops.create_workshop(library, templates["hverdagsinnovation"], title="Soak").subject
    assert workshop_id is not None
    seed = int(os.environ.get("SOAK_SEED", random.randrange(10**6)))
    rng = random.Random(seed)
    ledger = Ledger()
    for run in range(KILLS):
        run_and_kill(path, workshop_id, run, rng, ledger)
        try:
            check(path, workshop_id, ledger)
        except AssertionError as error:
            raise AssertionError(f"after kill {run + 1} (SOAK_SEED={seed} repeats it): {error}") from error
    assert ledger.lines > KILLS, f"the children acknowledged almost nothing (seed {seed})"
    assert ledger.ideas and (KILLS < 10 or (ledger.votes and ledger.drag_acked))
