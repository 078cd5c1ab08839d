"""Editing a workshop's plan: phases, statements, criteria; refusals and undo."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest

from app import operations as ops
from app.changes import Changes, Topic
from app.errors import InvalidInput
from app.library import Library
from app.operations import plan
from app.queries import load_workshop
from app.templates import Template


@pytest.fixture
def workshop_id(library: Library, templates: dict[str, Template]) -> uuid.UUID:
    changes = ops.create_workshop(library, templates["innovationsloopet"], title="Plan")
    assert changes.subject is not None
    return changes.subject


def snapshot(library: Library, workshop_id: uuid.UUID) -> tuple[Any, ...]:
    w = load_workshop(library, workshop_id)
    return (
        [(p.id, p.position, p.key, p.name, p.kind, p.goal, list(p.prompts), p.timebox_minutes)
         for p in sorted(w.phases, key=lambda p: p.position)],
        [(s.id, s.position, s.text) for s in sorted(w.statements, key=lambda s: s.position)],
        [(c.id, c.position, c.name, c.description) for c in sorted(w.criteria, key=lambda c: c.position)],
        sorted((i.id, i.phase_id) for i in w.ideas),
    )


def names(library: Library, workshop_id: uuid.UUID) -> list[str]:
    return [p.name for p in sorted(load_workshop(library, workshop_id).phases, key=lambda p: p.position)]


def test_every_plan_edit_is_undone_and_redone_exactly(library: Library, workshop_id: uuid.UUID) -> None:
    first = load_workshop(library, workshop_id).phases[0].id
    later = sorted(load_workshop(library, workshop_id).phases, key=lambda p: p.position)[2].id
    ops.add_idea(library, workshop_id, "En idé i fase 3", phase_id=later)
    statement = plan.add_statement(library, workshop_id, "Vi kan godt").subject
    criterion = plan.add_criterion(library, workshop_id, "Mod", "Tør vi?").subject
    assert statement is not None and criterion is not None
    edits: list[Callable[[], Changes]] = [
        lambda: plan.add_phase(library, workshop_id, "Pause", timebox_minutes=10, after=first),
        lambda: plan.update_phase(library, first, name="Start", goal="Et mål", prompts=["Hvad nu hvis?"],
                                  timebox_minutes=25, kind="explore"),
        lambda: plan.move_phase(library, first, 2),
        lambda: plan.remove_phase(library, later),
        lambda: plan.add_statement(library, workshop_id, "Nyt udsagn"),
        lambda: plan.update_statement(library, statement, "Vi kan faktisk godt"),
        lambda: plan.move_statement(library, statement, -10),
        lambda: plan.remove_statement(library, statement),
        lambda: plan.update_criterion(library, criterion, name="Modet", description=""),
        lambda: plan.move_criterion(library, criterion, -1),
        lambda: plan.remove_criterion(library, criterion),
    ]
    for edit in edits:
        before = snapshot(library, workshop_id)
        changes = edit()
        after = snapshot(library, workshop_id)
        assert after != before, changes.label
        assert changes.workshop_id == workshop_id and changes.touches(Topic.PHASES, Topic.VOTES)
        assert changes.inverse is not None
        undone = changes.inverse(library)
        assert snapshot(library, workshop_id) == before, f"undo {changes.label}"
        assert undone.inverse is not None
        undone.inverse(library)
        assert snapshot(library, workshop_id) == after, f"redo {changes.label}"


def test_phases_are_added_reordered_and_renamed(library: Library, workshop_id: uuid.UUID) -> None:
    start = names(library, workshop_id)
    phases = sorted(load_workshop(library, workshop_id).phases, key=lambda p: p.position)
    added = plan.add_phase(library, workshop_id, "  Kaffe og kage  ", after=phases[0].id)
    assert names(library, workshop_id) == [start[0], "Kaffe og kage", *start[1:]]
    assert added.subject is not None
    new = next(p for p in load_workshop(library, workshop_id).phases if p.id == added.subject)
    assert new.key == "kaffe-og-kage" and new.timebox_minutes == plan.DEFAULT_TIMEBOX
    plan.move_phase(library, added.subject, -1)
    assert names(library, workshop_id)[:2] == ["Kaffe og kage", start[0]]
    plan.move_phase(library, added.subject, 100)  # clamped at the end
    assert names(library, workshop_id)[-1] == "Kaffe og kage"
    assert [p.position for p in sorted(load_workshop(library, workshop_id).phases, key=lambda p: p.position)] \
        == list(range(len(start) + 1))


def test_phase_keys_are_template_ids_and_unique() -> None:
    assert plan.phase_key("Første lille test!", []) == "foerste-lille-test"
    assert plan.phase_key("Ærø & Åbenrå", []) == "aeroe-aabenraa"
    assert plan.phase_key("Idé", ["ide"]) == "ide-2"
    assert plan.phase_key("???", []) == "fase"


@pytest.mark.parametrize(
    ("edit", "da", "en"),
    [
        (lambda lib, p, w: plan.update_phase(lib, p, name="   "), "Fasens navn må ikke være tom", "must not be empty"),
        (lambda lib, p, w: plan.update_phase(lib, p, timebox_minutes=0), "fra 1 til 480", "from 1 to 480"),
        (lambda lib, p, w: plan.update_phase(lib, p, timebox_minutes=481), "fra 1 til 480", "from 1 to 480"),
        (lambda lib, p, w: plan.add_phase(lib, w, "X", timebox_minutes=True), "Tidsrammen", "timebox"),
        (lambda lib, p, w: plan.add_phase(lib, w, "X", kind="party"), "Fasetypen", "phase kind"),
        (lambda lib, p, w: plan.update_phase(lib, p, prompts=["ok", " "]), "Spørgsmålet må ikke være tom", "prompt"),
        (lambda lib, p, w: plan.update_phase(lib, p, name="x" * 201), "for lang", "too long"),
        (lambda lib, p, w: plan.remove_phase(lib, p), "er i gang", "is running"),
        (lambda lib, p, w: plan.add_statement(lib, w, ""), "Udsagnet må ikke være tom", "statement"),
        (lambda lib, p, w: plan.add_criterion(lib, w, "\n"), "Kriteriets navn", "criterion"),
    ],
)
def test_bad_edits_are_refused_in_both_languages_and_change_nothing(
    library: Library, workshop_id: uuid.UUID, edit: Any, da: str, en: str
) -> None:
    current = load_workshop(library, workshop_id).current_phase_id
    before = snapshot(library, workshop_id)
    with pytest.raises(InvalidInput) as caught:
        edit(library, current, workshop_id)
    assert da in caught.value.message("da") and en in caught.value.message("en")
    assert snapshot(library, workshop_id) == before


def test_the_last_phase_cannot_be_removed(library: Library, workshop_id: uuid.UUID) -> None:
    workshop = load_workshop(library, workshop_id)
    for phase in workshop.phases:
        if phase.id != workshop.current_phase_id:
            plan.remove_phase(library, phase.id)
    assert len(load_workshop(library, workshop_id).phases) == 1
    assert workshop.current_phase_id is not None
    with pytest.raises(InvalidInput, match="er i gang"):
        plan.remove_phase(library, workshop.current_phase_id)


def test_removing_a_phase_keeps_its_notes(library: Library, workshop_id: uuid.UUID) -> None:
    phases = sorted(load_workshop(library, workshop_id).phases, key=lambda p: p.position)
    idea = ops.add_idea(library, workshop_id, "Bliver", phase_id=phases[1].id).subject
    plan.remove_phase(library, phases[1].id)
    ideas = load_workshop(library, workshop_id).ideas
    assert [(i.id, i.phase_id) for i in ideas] == [(idea, None)]


def test_answered_statements_and_scored_criteria_are_protected(library: Library, workshop_id: uuid.UUID) -> None:
    statement = plan.add_statement(library, workshop_id, "Vi deler data").subject
    unused = plan.add_statement(library, workshop_id, "Ikke brugt").subject
    assert statement is not None and unused is not None
    poll = ops.open_round(library, workshop_id, "statements", option_ids=[statement]).subject
    assert poll is not None
    with pytest.raises(InvalidInput, match="med i en afstemning"):
        plan.remove_statement(library, statement)
    plan.update_statement(library, statement, "Vi deler gerne data")  # not answered yet: fine
    ops.cast_ballot(library, poll, "phone-1", answers={statement: "enig"})
    with pytest.raises(InvalidInput, match="allerede besvaret"):
        plan.update_statement(library, statement, "Noget andet")
    plan.remove_statement(library, unused)

    idea = ops.add_idea(library, workshop_id, "Idé").subject
    criterion = load_workshop(library, workshop_id).criteria[0]
    assert idea is not None
    scoring = ops.open_round(library, workshop_id, "criteria", option_ids=[idea]).subject
    assert scoring is not None
    ops.cast_ballot(library, scoring, "phone-1", scores={(idea, criterion.id): 4})
    with pytest.raises(InvalidInput, match="kan ikke fjernes"):
        plan.remove_criterion(library, criterion.id)
    plan.update_criterion(library, criterion.id, name="Nyt navn")  # a rename keeps the scores
