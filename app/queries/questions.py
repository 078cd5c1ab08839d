"""The question funnel and the catalyst's drawn cards, as the desk, the projector and
the handout show them."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from app.library import Library
from app.model import CandidateQuestion, DeckDraw, QuestionState


@dataclass(frozen=True, slots=True)
class Candidate:
    """One candidate question: its scores per mark (``None`` where not scored yet)."""

    id: uuid.UUID
    number: int
    text: str
    origin: str  # "desk" or "phone"
    state: str  # QuestionState
    scores: tuple[int | None, ...]

    @property
    def total(self) -> int:
        return sum(score for score in self.scores if score is not None)

    @property
    def discarded(self) -> bool:
        return self.state == QuestionState.DISCARDED

    @property
    def chosen(self) -> bool:
        return self.state == QuestionState.CHOSEN


def _score(value: str) -> int | None:
    """A stored score "1"–"5"; anything else (as a tampered file might hold) is unscored."""
    return int(value) if value in _SCORES else None


_SCORES = frozenset("12345")


def candidates_of(rows: Iterable[CandidateQuestion]) -> list[Candidate]:
    """Plain values of the rows, in the order the questions came."""
    return sorted(
        (
            Candidate(row.id, row.number, row.text, row.origin, row.state, tuple(_score(s) for s in row.scores))
            for row in rows
        ),
        key=lambda c: c.number,
    )


def candidate_questions(library: Library, workshop_id: uuid.UUID) -> list[Candidate]:
    """The workshop's candidate questions, discarded ones too, in the order they came."""
    with library.read() as session:
        rows = session.scalars(select(CandidateQuestion).where(CandidateQuestion.workshop_id == workshop_id)).all()
        return candidates_of(rows)


@dataclass(frozen=True, slots=True)
class DrawnCard:
    """A catalyst card drawn in the room."""

    id: uuid.UUID
    number: int
    card: str  # the card's id in the deck
    text: str


def drawn_cards(library: Library, workshop_id: uuid.UUID) -> list[DrawnCard]:
    """The catalyst's cards drawn in the workshop, in the order they were drawn."""
    with library.read() as session:
        rows = session.scalars(
            select(DeckDraw).where(DeckDraw.workshop_id == workshop_id).order_by(DeckDraw.number)
        ).all()
        return [DrawnCard(row.id, row.number, row.card, row.text) for row in rows]
