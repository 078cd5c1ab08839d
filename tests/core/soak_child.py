"""A scripted workshop, run as a child process by ``test_soak.py`` and killed with
SIGKILL at random moments.

Usage: ``python tests/core/soak_child.py LIBRARY WORKSHOP_ID RUN SEED``

It opens the library (picking up whatever a previous, killed run left), starts the
phone server on loopback and then, forever: captures ideas, drags groups of notes,
changes phase, opens rounds, votes *from phones over HTTP* and closes rounds. Each
action is printed as one JSON line **after** it was acknowledged (the operation
returned, or the phone got its 200). Actions whose effect the parent must bound
even when unacknowledged (a drag, a phase change) are announced first with a
``try`` line. The parent checks the library against these lines after each kill.
"""

from __future__ import annotations

import http.client
import json
import random
import sys
import uuid

from sqlalchemy import select

from app.library import open_library
from app.model import Idea, Phase, RoundState, VoteRound, Workshop
from app.operations import add_idea, close_round, move_ideas, open_round, set_current_phase
from app.operations.phones import open_phones
from app.voting import round_info
from phone.server import PhoneServer

BUDGET = 3
BALLOTS_PER_ROUND = 6


def say(**line: object) -> None:
    print(json.dumps(line), flush=True)


def main(path: str, workshop: str, run: int, seed: int) -> None:
    rng = random.Random(seed)
    library = open_library(path)
    wid = uuid.UUID(workshop)
    with library.read() as session:
        ideas = list(session.scalars(select(Idea.id).where(Idea.workshop_id == wid)))
        phases = list(session.scalars(select(Phase.id).where(Phase.workshop_id == wid).order_by(Phase.position)))
        generation = int(session.scalar(select(Idea.y).where(Idea.workshop_id == wid).order_by(Idea.y.desc()).limit(1)) or 0)
        open_rounds = list(session.scalars(select(VoteRound.id).where(
            VoteRound.workshop_id == wid, VoteRound.state == RoundState.OPEN)))
        assert session.get(Workshop, wid) is not None
    open_phones(library, wid)
    server = PhoneServer(library, wid, host="127.0.0.1").start()
    code = server.code
    current = None
    ballots = 0
    if open_rounds:
        current = round_info(library, open_rounds[0])
        ballots = current.ballots
    say(a="started", run=run)
    step = 0
    while True:
        step += 1
        choice = rng.random()
        if choice < 0.35 or len(ideas) < 4:
            text = f"idé {run}-{step} æøå"
            idea = add_idea(library, wid, text, position=(0.0, 0.0)).subject
            assert idea is not None
            ideas.append(idea)
            say(a="idea", id=str(idea), text=text)
        elif choice < 0.6:
            generation += 1
            group = rng.sample(ideas, min(len(ideas), rng.randint(2, 5)))
            say(a="try-drag", gen=generation, ids=[str(i) for i in group])
            move_ideas(library, {idea: (float(k), float(generation)) for k, idea in enumerate(group)})
            say(a="drag", gen=generation, ids=[str(i) for i in group])
        elif choice < 0.68:
            phase = rng.choice(phases)
            say(a="try-phase", phase=str(phase))
            set_current_phase(library, wid, phase)
            say(a="phase", phase=str(phase))
        elif current is None:
            options = rng.sample(ideas, min(len(ideas), 6))
            round_id = open_round(library, wid, "dots", option_ids=options, budget=BUDGET, max_per_option=BUDGET).subject
            assert round_id is not None
            current = round_info(library, round_id)
            server.refresh()  # the phones see the round before they vote in it
            ballots = 0
            say(a="round", id=str(round_id))
        elif ballots >= BALLOTS_PER_ROUND:
            close_round(library, current.id)
            server.refresh()
            say(a="close", id=str(current.id))
            current = None
        else:
            voter = f"soak-{run}-{step}-{rng.randrange(10**9):09d}"
            dots: dict[str, int] = {}
            for _ in range(BUDGET):
                option = str(rng.choice(current.options).id)
                dots[option] = dots.get(option, 0) + 1
            body = json.dumps({"round": str(current.id), "voter": voter, "dots": dots})
            connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
            connection.request("POST", f"/api/session/{code}/ballot", body, {"Content-Type": "application/json"})
            response = connection.getresponse()
            response.read()
            connection.close()
            if response.status != 200:
                raise SystemExit(f"ballot refused: {response.status}")
            ballots += 1
            say(a="vote", round=str(current.id), voter="phone:" + voter, dots=dots)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
