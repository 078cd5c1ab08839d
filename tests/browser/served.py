"""What the browser tests do as the facilitator, against the real phone server
(phone.server.PhoneServer on loopback) and the real core: a workshop in a fresh
library, opened to phones, writing opened and closed, rounds opened, revealed and
closed with the core's operations (the server's watcher sees them, as it sees the
desk's)."""

from __future__ import annotations

import random
import uuid
from pathlib import Path
from typing import Any

from app.library import open_library
from app.operations import add_idea, close_round, create_workshop, open_round, reveal_round
from app.operations.phones import close_phones, close_writing, open_phones, open_writing
from app.phones import device_ideas
from app.queries import load_workshop
from app.templates import load_templates
from app.voting import read_ballot, round_info
from phone.server import PhoneServer

HOSTILE = '<img src=x onerror="document.title=\'pwned\'">Frokost'
IDEAS = ("Fælles kaffe", HOSTILE, "Cykelpulje")
QUESTION = "Hvordan får flere lyst til at cykle?"


class Facilitator:
    def __init__(self, folder: Path, ideas: tuple[str, ...] = IDEAS, question: str = QUESTION) -> None:
        self.library = open_library(folder / "library.sqlite3", rng=random.Random(99))
        wid = create_workshop(
            self.library, load_templates()["samarbejdsdrevet-innovation"], title="Borgermøde", question=question,
            participants=[("Anne", ""), ("Bo", "")], table_groups=["Bord 1", "Bord 2"],
        ).subject
        assert wid is not None
        self.workshop_id = wid
        self.ideas = [add_idea(self.library, wid, text).subject for text in ideas]
        open_phones(self.library, wid)
        self.server = PhoneServer(self.library, wid, host="127.0.0.1").start()
        code = self.server.code
        assert code is not None
        self.code = code
        self.round_id: uuid.UUID | None = None
        self.stopped_port = 0
        self.options: list[dict[str, Any]] = []
        self.criteria: list[dict[str, Any]] = []

    @property
    def base_url(self) -> str:
        return self.server.base_url.rstrip("/")

    @property
    def port(self) -> int:
        return self.server.port

    def open_writing(self, mode: str = "inbox") -> None:
        workshop = load_workshop(self.library, self.workshop_id)
        phase = workshop.current_phase_id or workshop.phases[0].id
        open_writing(self.library, self.workshop_id, phase, mode)

    def close_writing(self) -> None:
        close_writing(self.library, self.workshop_id)

    def open_round(self, kind: str, *, anonymous: bool = True) -> None:
        options = {"dots": {"budget": 3, "max_per_option": 2}, "statements": {},
                   "criteria": {"option_ids": [i for i in self.ideas if i]}}[kind]
        title = {"dots": "Hvad skal vi prøve først?", "statements": "Er du enig?", "criteria": "Giv point"}[kind]
        rid = open_round(self.library, self.workshop_id, kind, title=title, anonymous=anonymous, **options).subject
        assert rid is not None
        self.round_id = rid
        info = round_info(self.library, rid)
        self.options = [{"id": str(o.id), "number": o.number, "text": o.text} for o in info.options]
        self.criteria = [{"id": str(c.id), "name": c.name} for c in info.criteria]

    def close_round(self) -> None:
        assert self.round_id is not None
        close_round(self.library, self.round_id)

    def reveal(self) -> None:
        assert self.round_id is not None
        reveal_round(self.library, self.round_id)

    def close_phones(self) -> None:
        close_phones(self.library, self.workshop_id)

    def ideas_of(self, device: str) -> list[tuple[str, str]]:
        return [(i.text, i.status) for i in device_ideas(self.library, self.workshop_id, device)]

    def ballot(self, device: str) -> dict[str, Any] | None:
        assert self.round_id is not None
        view = read_ballot(self.library, self.round_id, "phone:" + device)
        if view is None:
            return None
        scores: dict[str, dict[str, int]] = {}
        for (idea, criterion), value in view.scores.items():
            scores.setdefault(str(idea), {})[str(criterion)] = value
        return {"abstained": view.abstained, "participant": str(view.participant_id) if view.participant_id else None,
                "dots": {str(k): v for k, v in view.dots.items()},
                "answers": {str(k): v for k, v in view.answers.items()}, "scores": scores}

    def participant_id(self, name: str) -> str:
        people = load_workshop(self.library, self.workshop_id).participants
        return str(next(p.id for p in people if p.name == name))

    def option_id(self, index: int) -> str:
        return str(self.options[index]["id"])

    def stop_server(self) -> None:
        self.stopped_port = self.server.port
        self.server.stop()

    def start_server_again(self) -> None:
        """The laptop's app starts its server again, on the same port."""
        self.server = PhoneServer(self.library, self.workshop_id, host="127.0.0.1", port=self.stopped_port).start()

    def close(self) -> None:
        if self.server.running:
            self.server.stop()
        self.library.close()
