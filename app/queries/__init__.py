"""Reading the library: what the views and exporters show. Rows come back detached
(read-only snapshots) or as plain frozen values; changes go through :mod:`app.operations`.

One module per view that needs its own reads: :mod:`app.queries.board` for the idea
board. Its names are re-exported here.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app.errors import NotFound
from app.library import Library
from app.model import ActionItem, Ballot, Idea, VoteRound, Workshop
from app.queries.board import (
    BoardGroup,
    BoardNote,
    BoardRows,
    BoardTheme,
    board_rows,
    load_board,
    table_groups,
)

__all__ = [
    "DESK_PARTS",
    "PARTS",
    "BoardGroup",
    "BoardNote",
    "BoardRows",
    "BoardTheme",
    "WorkshopSummary",
    "board_rows",
    "find_workshop",
    "idea_choices",
    "list_workshops",
    "load_board",
    "load_workshop",
    "table_groups",
]


@dataclass(frozen=True)
class WorkshopSummary:
    """One line of the start screen's list."""

    id: uuid.UUID
    title: str
    question: str
    date: dt.date | None
    place: str
    facilitator: str
    template_id: str
    idea_count: int
    created_at: dt.datetime
    updated_at: dt.datetime

    def matches(self, search: str) -> bool:
        needle = search.casefold().strip()
        return not needle or any(
            needle in field.casefold()
            for field in (self.title, self.question, self.place, self.facilitator, self.template_id)
        )


def list_workshops(library: Library, search: str = "") -> list[WorkshopSummary]:
    """The workshops in the library (not those in the bin), newest first."""
    counts = (
        select(Idea.workshop_id, func.count(Idea.id).label("n")).group_by(Idea.workshop_id).subquery()
    )
    query = (
        select(Workshop, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.workshop_id == Workshop.id)
        .where(Workshop.deleted_at.is_(None))
    )
    with library.read() as session:
        rows = session.execute(query).all()
    summaries = [
        WorkshopSummary(
            id=w.id, title=w.title, question=w.question, date=w.date, place=w.place,
            facilitator=w.facilitator, template_id=w.template_id, idea_count=n,
            created_at=w.created_at, updated_at=w.updated_at,
        )
        for w, n in rows
    ]
    summaries.sort(key=lambda s: (s.date or s.created_at.date(), s.created_at), reverse=True)
    return [s for s in summaries if s.matches(search)]


#: What :func:`load_workshop` can load with the workshop, by name.
PARTS = ("phases", "table_groups", "participants", "ideas", "clusters", "statements", "criteria", "rounds", "actions",
         "candidate_questions", "deck_draws")
#: The desk's parts: the board reads the ideas itself, the voting panel the rounds.
DESK_PARTS = ("phases", "table_groups", "participants", "actions")


def load_workshop(library: Library, workshop_id: uuid.UUID, parts: Iterable[str] = PARTS) -> Workshop:
    """The workshop with the ``parts`` asked for (by default everything in it), detached
    from the database. A view asks only for what it shows: a 2,000-note workshop opens
    faster when the desk does not load the ideas the board reads anyway."""
    options = []
    for part in parts:
        if part == "rounds":
            options.append(selectinload(Workshop.rounds).selectinload(VoteRound.ballots).selectinload(Ballot.scores))
        elif part == "actions":
            options.append(selectinload(Workshop.actions).selectinload(ActionItem.idea))
        elif part in PARTS:
            options.append(selectinload(getattr(Workshop, part)))
        else:
            raise ValueError(f"unknown part {part!r}")
    query = select(Workshop).where(Workshop.id == workshop_id).options(*options)
    with library.read() as session:
        workshop = session.scalars(query).first()
    if workshop is None or workshop.deleted_at is not None:
        raise NotFound("Workshoppen findes ikke (længere).", "The workshop no longer exists.")
    return workshop


def idea_choices(library: Library, workshop_id: uuid.UUID) -> list[tuple[uuid.UUID, int, str]]:
    """(id, number, text) of every idea by number: for choosing ideas in a list."""
    query = select(Idea.id, Idea.number, Idea.text).where(Idea.workshop_id == workshop_id).order_by(Idea.number)
    with library.read() as session:
        return [(row[0], row[1], row[2]) for row in session.execute(query)]


def find_workshop(library: Library, key: str) -> uuid.UUID:
    """A workshop by its id, or by an unambiguous start of its id (for the CLI)."""
    key = key.strip().lower()
    with library.read() as session:
        ids = [i for i in session.scalars(select(Workshop.id).where(Workshop.deleted_at.is_(None)))]
    matches = [i for i in ids if str(i).startswith(key) or i.hex.startswith(key)] if key else []
    if len(matches) != 1:
        raise NotFound(
            f"Ingen workshop med id »{key}«." if not matches else f"Id'et »{key}« passer på flere workshops.",
            f"No workshop with id '{key}'." if not matches else f"The id '{key}' matches several workshops.",
        )
    return matches[0]
