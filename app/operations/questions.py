"""The question funnel: the hunt for the good innovation question (seed 002).

"Meget tid på at finde de gode spørgsmål. Rigtigt meget blev kasseret." Candidate
questions are collected (typed at the desk, or sent from a phone), scored by the room
against the marks of a good question (``common.toml``'s ``question_marks``: Rumme en
vision · Må ikke have svaret på forhånd · Skal lyde lidt kækt · Hvordan får mennesker
lyst til at bidrage?), 1–5 per mark; most are discarded, and stay visible as
"kasseret"; one is chosen and becomes the workshop's innovation question. Every step
is an operation that can be undone; nothing here deletes a question.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from functools import cache

from app import text_rules as rules
from app.changes import Changes
from app.errors import InvalidInput
from app.library import Library
from app.model import CandidateQuestion, QuestionState
from app.operations._common import get, live_workshop
from app.templates import Text, load_common

ORIGINS = ("desk", "phone")
MAX_QUESTIONS = 500
MAX_LENGTH = rules.CANDIDATE_QUESTION.max_length
LOWEST, HIGHEST = 1, 5


@cache
def question_marks() -> tuple[Text, ...]:
    """The marks of a good innovation question, in seed 002's order and words."""
    return load_common().question_marks


def add_candidate_question(library: Library, workshop_id: uuid.UUID, text: str, source: str = "desk") -> Changes:
    """Add a candidate question, typed at the desk (``source="desk"``) or sent from a
    phone (``"phone"``); it gets the next number. ``Changes.subject`` is its id."""
    if source not in ORIGINS:
        raise InvalidInput(f"Ukendt afsender »{source}«.", f"Unknown source '{source}'.")
    text = rules.clean(text, rules.CANDIDATE_QUESTION)
    with (op := library.operation("add_candidate_question", workshop_id)) as session:
        workshop = live_workshop(session, workshop_id)
        questions = workshop.candidate_questions
        if len(questions) >= MAX_QUESTIONS:
            raise InvalidInput(
                f"Højst {MAX_QUESTIONS} spørgsmål i tragten.", f"At most {MAX_QUESTIONS} questions in the funnel."
            )
        question = CandidateQuestion(
            id=library.new_id(), number=max((q.number for q in questions), default=0) + 1, text=text,
            origin=source, state=QuestionState.CANDIDATE, scores=[""] * len(question_marks()),
        )
        questions.append(question)
        op.subject = question.id
    return op.changes


def score_candidate_question(library: Library, question_id: uuid.UUID, scores: Sequence[int | None]) -> Changes:
    """Set the room's score of a question on each mark, in the marks' order: 1–5, or
    ``None`` for a mark not scored yet."""
    marks = question_marks()
    if len(scores) != len(marks):
        raise InvalidInput(
            f"Der skal være én vurdering for hvert af de {len(marks)} kendetegn.",
            f"There must be one score for each of the {len(marks)} marks.",
        )
    for score in scores:
        if score is not None and (isinstance(score, bool) or not LOWEST <= score <= HIGHEST):
            raise InvalidInput(
                f"En vurdering er fra {LOWEST} til {HIGHEST}, ikke {score}.",
                f"A score runs from {LOWEST} to {HIGHEST}, not {score}.",
            )
    with (op := library.operation("score_candidate_question")) as session:
        question = get(session, CandidateQuestion, question_id)
        op.workshop_id, op.subject = question.workshop_id, question_id
        question.scores = ["" if score is None else str(score) for score in scores]
    return op.changes


def discard_candidate_question(library: Library, question_id: uuid.UUID) -> Changes:
    """Put a question aside as "kasseret": it stays in the list and the handout. A
    discarded chosen question leaves the workshop's innovation question as it was."""
    return _set_state(library, question_id, QuestionState.DISCARDED, "discard_candidate_question")


def restore_candidate_question(library: Library, question_id: uuid.UUID) -> Changes:
    """Take a discarded question back into the running."""
    return _set_state(library, question_id, QuestionState.CANDIDATE, "restore_candidate_question")


def _set_state(library: Library, question_id: uuid.UUID, state: QuestionState, label: str) -> Changes:
    with (op := library.operation(label)) as session:
        question = get(session, CandidateQuestion, question_id)
        op.workshop_id, op.subject = question.workshop_id, question_id
        question.state = state
    return op.changes


def choose_candidate_question(library: Library, question_id: uuid.UUID) -> Changes:
    """Make the question the workshop's innovation question. A question chosen
    before goes back among the candidates; undo brings both back as they were."""
    with (op := library.operation("choose_candidate_question")) as session:
        question = get(session, CandidateQuestion, question_id)
        workshop = live_workshop(session, question.workshop_id)
        op.workshop_id, op.subject = workshop.id, question_id
        for other in workshop.candidate_questions:
            if other.state == QuestionState.CHOSEN and other.id != question_id:
                other.state = QuestionState.CANDIDATE
        question.state = QuestionState.CHOSEN
        if workshop.question != question.text:
            workshop.question = question.text
    return op.changes
