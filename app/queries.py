"""Reading the library: what the views and exporters show. Rows come back detached
(read-only snapshots); changes go through :mod:`app.operations`."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app.errors import NotFound
from app.library import Library
from app.model import Ballot, Idea, VoteRound, Workshop


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


def load_workshop(library: Library, workshop_id: uuid.UUID) -> Workshop:
    """The whole workshop with everything in it, detached from the database."""
    query = (
        select(Workshop)
        .where(Workshop.id == workshop_id)
        .options(
            selectinload(Workshop.phases),
            selectinload(Workshop.table_groups),
            selectinload(Workshop.participants),
            selectinload(Workshop.ideas),
            selectinload(Workshop.clusters),
            selectinload(Workshop.statements),
            selectinload(Workshop.criteria),
            selectinload(Workshop.rounds).selectinload(VoteRound.ballots).selectinload(Ballot.scores),
            selectinload(Workshop.actions),
        )
    )
    with library.read() as session:
        workshop = session.scalars(query).first()
    if workshop is None or workshop.deleted_at is not None:
        raise NotFound("Workshoppen findes ikke.", f"There is no workshop {workshop_id}.")
    return workshop


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
