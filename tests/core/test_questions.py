"""The question funnel (seed 002): collect, score, discard (kept), choose — undoable."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from app import operations
from app.changes import Topic
from app.errors import InvalidInput, NotFound
from app.library import Library
from app.model import QuestionState
from app.operations.questions import question_marks
from app.queries import load_workshop
from app.queries.questions import candidate_questions
from app.templates import Template


@pytest.fixture
def workshop_id(library: Library, templates: dict[str, Template]) -> uuid.UUID:
    changes = operations.create_workshop(library, templates["det-gode-innovationsspoergsmaal"], title="Jagten")
    assert changes.subject is not None
    return changes.subject


def add(library: Library, workshop_id: uuid.UUID, text: str, source: str = "desk") -> uuid.UUID:
    changes = operations.add_candidate_question(library, workshop_id, text, source=source)
    assert changes.subject is not None
    return changes.subject


def test_the_marks_are_seed_002s_words() -> None:
    assert [m.da for m in question_marks()] == [
        "Rumme en vision", "Må ikke have svaret på forhånd", "Skal lyde lidt kækt",
        "Hvordan får mennesker lyst til at bidrage?",
    ]


def test_questions_are_numbered_in_order_from_the_desk_and_from_phones(library: Library, workshop_id: uuid.UUID) -> None:
    add(library, workshop_id, "  Hvad nu hvis borgeren havde lyst til at bidrage?  ")
    changes = operations.add_candidate_question(library, workshop_id, "Hvordan bliver vi overflødige?", source="phone")
    assert Topic.QUESTIONS in changes.topics
    found = candidate_questions(library, workshop_id)
    assert [(c.number, c.text, c.origin, c.state) for c in found] == [
        (1, "Hvad nu hvis borgeren havde lyst til at bidrage?", "desk", QuestionState.CANDIDATE),
        (2, "Hvordan bliver vi overflødige?", "phone", QuestionState.CANDIDATE),
    ]
    assert found[0].scores == (None, None, None, None) and found[0].total == 0


def test_bad_input_gets_a_clear_message_and_changes_nothing(library: Library, workshop_id: uuid.UUID) -> None:
    question = add(library, workshop_id, "Hvad nu hvis?")
    with pytest.raises(InvalidInput, match="Spørgsmålet"):
        operations.add_candidate_question(library, workshop_id, "   ")
    with pytest.raises(InvalidInput, match="afsender"):
        operations.add_candidate_question(library, workshop_id, "Fra et brev", source="brev")
    with pytest.raises(InvalidInput, match="fra 1 til 5, ikke 6"):
        operations.score_candidate_question(library, question, [6, None, None, None])
    with pytest.raises(InvalidInput, match="4 kendetegn"):
        operations.score_candidate_question(library, question, [3])
    with pytest.raises(NotFound, match="Spørgsmålet findes ikke"):
        operations.discard_candidate_question(library, uuid.uuid4())
    (only,) = candidate_questions(library, workshop_id)
    assert only.scores == (None, None, None, None) and only.state == QuestionState.CANDIDATE


def test_scores_per_mark_and_undo(library: Library, workshop_id: uuid.UUID) -> None:
    question = add(library, workshop_id, "Hvad nu hvis?")
    changes = operations.score_candidate_question(library, question, [5, 4, None, 2])
    (scored,) = candidate_questions(library, workshop_id)
    assert scored.scores == (5, 4, None, 2) and scored.total == 11
    assert changes.inverse is not None
    changes.inverse(library)
    assert candidate_questions(library, workshop_id)[0].scores == (None, None, None, None)


def test_discarded_questions_are_kept_and_can_come_back(library: Library, workshop_id: uuid.UUID) -> None:
    first = add(library, workshop_id, "Hvordan sparer vi 10 %?")
    add(library, workshop_id, "Hvad nu hvis borgeren havde lyst til at bidrage?")
    operations.discard_candidate_question(library, first)
    found = candidate_questions(library, workshop_id)
    assert len(found) == 2 and found[0].discarded and found[0].text == "Hvordan sparer vi 10 %?"
    operations.restore_candidate_question(library, first)
    assert not candidate_questions(library, workshop_id)[0].discarded


def test_the_chosen_question_becomes_the_workshops_question_undoably(library: Library, workshop_id: uuid.UUID) -> None:
    operations.update_workshop(library, workshop_id, question="Hvordan kommer vi i gang?")
    first = add(library, workshop_id, "Hvordan sparer vi 10 %?")
    second = add(library, workshop_id, "Hvad nu hvis borgeren havde lyst til at bidrage?")
    operations.choose_candidate_question(library, first)
    changes = operations.choose_candidate_question(library, second)
    assert Topic.WORKSHOP in changes.topics and Topic.QUESTIONS in changes.topics
    assert load_workshop(library, workshop_id, ()).question == "Hvad nu hvis borgeren havde lyst til at bidrage?"
    states = [c.state for c in candidate_questions(library, workshop_id)]
    assert states == [QuestionState.CANDIDATE, QuestionState.CHOSEN]  # one chosen at a time
    assert changes.inverse is not None
    changes.inverse(library)
    assert load_workshop(library, workshop_id, ()).question == "Hvordan sparer vi 10 %?"
    assert [c.state for c in candidate_questions(library, workshop_id)] == [QuestionState.CHOSEN, QuestionState.CANDIDATE]


def test_the_funnel_travels_with_the_workshop_file(
    library: Library, workshop_id: uuid.UUID, make_library: Callable[[str], Library], tmp_path: Path
) -> None:
    from exports.workshop_file import export_workshop, import_workshop

    question = add(library, workshop_id, "Hvad nu hvis?")
    operations.score_candidate_question(library, question, [5, 5, 4, 3])
    operations.discard_candidate_question(library, question)
    other = make_library("other")
    path = export_workshop(library, workshop_id, tmp_path / "jagten.samskab")
    imported = import_workshop(other, path)
    (copy,) = candidate_questions(other, imported.workshop_id)
    assert copy.scores == (5, 5, 4, 3) and copy.discarded


def test_a_tampered_file_cannot_break_the_funnel(
    library: Library, workshop_id: uuid.UUID, make_library: Callable[[str], Library]
) -> None:
    """A score that is no 1–5 reads as unscored; an over-long question is refused by the
    same rule as typing it."""
    from app.errors import SamskabError
    from exports.workshop_file import import_rows, read_document, workshop_document

    add(library, workshop_id, "Hvad nu hvis?")
    document = workshop_document(library, workshop_id)
    document["tables"]["candidate_questions"][0]["scores"] = ["x", "10", "3", ""]
    other = make_library("other")
    imported = import_rows(other, read_document(document))
    (copy,) = candidate_questions(other, imported.workshop_id)
    assert copy.scores == (None, None, 3, None)
    document["tables"]["candidate_questions"][0]["text"] = "?" * 501
    with pytest.raises(SamskabError, match="candidate_questions"):
        read_document(document)
