"""Operations on a workshop's plan: its phases, its poll's statements and its criteria.

A workshop copies its template's plan when it is made (:func:`create_workshop`), so
the facilitator can change it freely while preparing and while the workshop runs:
add, remove, reorder and rename phases, edit a phase's goal, prompts and timebox,
write the poll's statements and edit the criteria. Each edit is one undoable
operation; what would lose something is refused with the reason:

* the phase that is running cannot be removed (move on first), nor the last phase;
* removing a phase keeps its notes and votes (they are no longer in a phase; undo
  puts them back);
* a statement that a vote has used cannot be removed, and one that has been answered
  cannot be reworded (the answers were given to its words); write a new one instead;
* a criterion that has scores cannot be removed (its scores would go with it).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import text_rules as rules
from app.changes import Changes
from app.errors import InvalidInput
from app.library import Library
from app.model import Criterion, Idea, Phase, RoundKind, Score, Statement, VoteRound
from app.operations._common import get, live_workshop
from app.templates import (
    PHASE_KINDS,
    Template,
    make_id,
    scan_templates,
    template_data,
    template_dirs,
    user_templates_dir,
    write_template,
)

MIN_TIMEBOX, MAX_TIMEBOX = 1, 480
MAX_PHASES = 50
MAX_STATEMENTS = 100
MAX_CRITERIA = 20
DEFAULT_KIND = "diverge"
DEFAULT_TIMEBOX = 15

_Row = TypeVar("_Row", Phase, Statement, Criterion)


# -- checks ---------------------------------------------------------------------------


def _timebox(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_TIMEBOX <= value <= MAX_TIMEBOX:
        raise InvalidInput(
            f"Tidsrammen skal være et helt antal minutter fra {MIN_TIMEBOX} til {MAX_TIMEBOX}.",
            f"The timebox must be a whole number of minutes from {MIN_TIMEBOX} to {MAX_TIMEBOX}.",
        )
    return value


def _kind(value: str) -> str:
    if value not in PHASE_KINDS:
        raise InvalidInput(
            f"Fasetypen »{value}« findes ikke ({', '.join(PHASE_KINDS)}).",
            f"There is no phase kind '{value}' ({', '.join(PHASE_KINDS)}).",
        )
    return value


def _prompts(values: Iterable[str]) -> list[str]:
    prompts = [rules.clean(value, rules.PROMPT) for value in values]
    if len(prompts) > rules.MAX_PROMPTS:
        raise InvalidInput(
            f"En fase kan have højst {rules.MAX_PROMPTS} spørgsmål, ikke {len(prompts)}.",
            f"A phase can have at most {rules.MAX_PROMPTS} prompts, not {len(prompts)}.",
        )
    return prompts


def _room(count: int, most: int, da: str, en: str) -> None:
    if count >= most:
        raise InvalidInput(f"En workshop kan have højst {most} {da}.", f"A workshop can have at most {most} {en}.")


def phase_key(name: str, taken: Iterable[str]) -> str:
    """A phase's key made from its name: a template id (``a-z``, digits, hyphens;
    æ ø å written ae oe aa), not one of ``taken``."""
    return make_id(name, taken, fallback="fase")


def _ordered(rows: Iterable[_Row]) -> list[_Row]:
    return sorted(rows, key=lambda r: r.position)


def _renumber(rows: Sequence[Phase | Statement | Criterion]) -> None:
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position


def _move(rows: list[_Row], row: _Row, offset: int) -> None:
    """Move ``row`` by ``offset`` places among ``rows`` (clamped at the ends)."""
    if isinstance(offset, bool) or not isinstance(offset, int):
        raise InvalidInput("Flytningen skal være et helt tal.", "The move must be a whole number.")
    index = rows.index(row)
    target = max(0, min(len(rows) - 1, index + offset))
    rows.insert(target, rows.pop(index))
    _renumber(rows)


# -- phases ---------------------------------------------------------------------------


def add_phase(
    library: Library,
    workshop_id: uuid.UUID,
    name: str,
    *,
    kind: str = DEFAULT_KIND,
    goal: str = "",
    prompts: Sequence[str] = (),
    timebox_minutes: int = DEFAULT_TIMEBOX,
    after: uuid.UUID | None = None,
) -> Changes:
    """Add a phase after ``after`` (by default at the end); ``Changes.subject`` is its id."""
    name = rules.clean(name, rules.PHASE_NAME)
    goal = rules.clean(goal, rules.PHASE_GOAL)
    cleaned = _prompts(prompts)
    _timebox(timebox_minutes)
    _kind(kind)
    with (op := library.operation("add_phase", workshop_id)) as session:
        workshop = live_workshop(session, workshop_id)
        phases = _ordered(workshop.phases)
        _room(len(phases), MAX_PHASES, "faser", "phases")
        index = len(phases)
        if after is not None:
            index = phases.index(get(session, Phase, after, workshop_id)) + 1
        phase = Phase(
            id=library.new_id(), position=index, key=phase_key(name, (p.key for p in phases)),
            name=name, kind=kind, goal=goal, prompts=cleaned, timebox_minutes=timebox_minutes,
        )
        workshop.phases.append(phase)
        phases.insert(index, phase)
        _renumber(phases)
        op.subject = phase.id
    return op.changes


def update_phase(
    library: Library,
    phase_id: uuid.UUID,
    *,
    name: str | None = None,
    kind: str | None = None,
    goal: str | None = None,
    prompts: Sequence[str] | None = None,
    timebox_minutes: int | None = None,
) -> Changes:
    """Rename a phase or change its kind, goal, prompts or timebox (``None``: keep)."""
    values: dict[str, object] = {}
    if name is not None:
        values["name"] = rules.clean(name, rules.PHASE_NAME)
    if kind is not None:
        values["kind"] = _kind(kind)
    if goal is not None:
        values["goal"] = rules.clean(goal, rules.PHASE_GOAL)
    if prompts is not None:
        values["prompts"] = _prompts(prompts)
    if timebox_minutes is not None:
        values["timebox_minutes"] = _timebox(timebox_minutes)
    with (op := library.operation("update_phase")) as session:
        phase = get(session, Phase, phase_id)
        live_workshop(session, phase.workshop_id)
        op.workshop_id = phase.workshop_id
        for key, value in values.items():
            if getattr(phase, key) != value:
                setattr(phase, key, value)
        op.subject = phase.id
    return op.changes


def remove_phase(library: Library, phase_id: uuid.UUID) -> Changes:
    """Remove a phase. Its notes and votes stay (in no phase); undo restores them."""
    with (op := library.operation("remove_phase")) as session:
        phase = get(session, Phase, phase_id)
        workshop = live_workshop(session, phase.workshop_id)
        op.workshop_id = workshop.id
        if workshop.current_phase_id == phase.id:
            raise InvalidInput(
                f"Fasen »{phase.name}« er i gang. Gå til en anden fase, før du fjerner den.",
                f"The phase '{phase.name}' is running. Go to another phase before you remove it.",
            )
        phases = _ordered(workshop.phases)
        if len(phases) == 1:
            raise InvalidInput("En workshop skal have mindst én fase.", "A workshop needs at least one phase.")
        # The database would empty these keys itself, unseen by the journal: undo
        # could then not put the notes back in their phase.
        for idea in session.scalars(select(Idea).where(Idea.phase_id == phase.id)):
            idea.phase_id = None
        for vote in session.scalars(select(VoteRound).where(VoteRound.phase_id == phase.id)):
            vote.phase_id = None
        phases.remove(phase)
        workshop.phases.remove(phase)  # delete-orphan
        _renumber(phases)
        op.subject = phase.id
    return op.changes


def move_phase(library: Library, phase_id: uuid.UUID, offset: int) -> Changes:
    """Move a phase ``offset`` places (-1: one earlier, 1: one later)."""
    with (op := library.operation("move_phase")) as session:
        phase = get(session, Phase, phase_id)
        workshop = live_workshop(session, phase.workshop_id)
        op.workshop_id, op.subject = workshop.id, phase.id
        _move(_ordered(workshop.phases), phase, offset)
    return op.changes


# -- statements -----------------------------------------------------------------------


def _used_by_rounds(session: Session, workshop_id: uuid.UUID, option_id: uuid.UUID) -> bool:
    options = session.scalars(
        select(VoteRound.options).where(VoteRound.workshop_id == workshop_id, VoteRound.kind == RoundKind.STATEMENTS)
    )
    return any(str(option_id) in listed for listed in options)


def add_statement(library: Library, workshop_id: uuid.UUID, text: str) -> Changes:
    """Add a statement for the poll, at the end; ``Changes.subject`` is its id."""
    text = rules.clean(text, rules.STATEMENT)
    with (op := library.operation("add_statement", workshop_id)) as session:
        workshop = live_workshop(session, workshop_id)
        _room(len(workshop.statements), MAX_STATEMENTS, "udsagn", "statements")
        statement = Statement(id=library.new_id(), position=len(workshop.statements), text=text)
        workshop.statements.append(statement)
        _renumber(_ordered(workshop.statements))
        op.subject = statement.id
    return op.changes


def update_statement(library: Library, statement_id: uuid.UUID, text: str) -> Changes:
    """Reword a statement, unless it has been answered."""
    text = rules.clean(text, rules.STATEMENT)
    with (op := library.operation("update_statement")) as session:
        statement = get(session, Statement, statement_id)
        live_workshop(session, statement.workshop_id)
        op.workshop_id, op.subject = statement.workshop_id, statement.id
        if statement.text != text:
            answered = session.scalar(select(Score.id).where(Score.option_id == statement.id).limit(1))
            if answered is not None:
                raise InvalidInput(
                    "Udsagnet er allerede besvaret i en afstemning, så ordlyden kan ikke ændres. Skriv et nyt udsagn.",
                    "The statement has already been answered in a vote, so its words cannot change. "
                    "Write a new statement.",
                )
            statement.text = text
    return op.changes


def remove_statement(library: Library, statement_id: uuid.UUID) -> Changes:
    """Remove a statement no vote has used."""
    with (op := library.operation("remove_statement")) as session:
        statement = get(session, Statement, statement_id)
        workshop = live_workshop(session, statement.workshop_id)
        op.workshop_id, op.subject = workshop.id, statement.id
        if _used_by_rounds(session, workshop.id, statement.id):
            raise InvalidInput(
                "Udsagnet er med i en afstemning og kan ikke fjernes (slet afstemningen først).",
                "The statement is part of a vote and cannot be removed (delete the vote first).",
            )
        statements = _ordered(workshop.statements)
        statements.remove(statement)
        workshop.statements.remove(statement)
        _renumber(statements)
    return op.changes


def move_statement(library: Library, statement_id: uuid.UUID, offset: int) -> Changes:
    with (op := library.operation("move_statement")) as session:
        statement = get(session, Statement, statement_id)
        workshop = live_workshop(session, statement.workshop_id)
        op.workshop_id, op.subject = workshop.id, statement.id
        _move(_ordered(workshop.statements), statement, offset)
    return op.changes


# -- criteria -------------------------------------------------------------------------


def add_criterion(library: Library, workshop_id: uuid.UUID, name: str, description: str = "") -> Changes:
    """Add a criterion to score ideas by, at the end; ``Changes.subject`` is its id."""
    name = rules.clean(name, rules.CRITERION_NAME)
    description = rules.clean(description, rules.CRITERION_DESCRIPTION)
    with (op := library.operation("add_criterion", workshop_id)) as session:
        workshop = live_workshop(session, workshop_id)
        _room(len(workshop.criteria), MAX_CRITERIA, "kriterier", "criteria")
        criterion = Criterion(id=library.new_id(), position=len(workshop.criteria), name=name, description=description)
        workshop.criteria.append(criterion)
        _renumber(_ordered(workshop.criteria))
        op.subject = criterion.id
    return op.changes


def update_criterion(
    library: Library, criterion_id: uuid.UUID, *, name: str | None = None, description: str | None = None
) -> Changes:
    """Rename a criterion or change its description (``None``: keep)."""
    values: dict[str, str] = {}
    if name is not None:
        values["name"] = rules.clean(name, rules.CRITERION_NAME)
    if description is not None:
        values["description"] = rules.clean(description, rules.CRITERION_DESCRIPTION)
    with (op := library.operation("update_criterion")) as session:
        criterion = get(session, Criterion, criterion_id)
        live_workshop(session, criterion.workshop_id)
        op.workshop_id, op.subject = criterion.workshop_id, criterion.id
        for key, value in values.items():
            if getattr(criterion, key) != value:
                setattr(criterion, key, value)
    return op.changes


def remove_criterion(library: Library, criterion_id: uuid.UUID) -> Changes:
    """Remove a criterion nobody has scored by."""
    with (op := library.operation("remove_criterion")) as session:
        criterion = get(session, Criterion, criterion_id)
        workshop = live_workshop(session, criterion.workshop_id)
        op.workshop_id, op.subject = workshop.id, criterion.id
        if session.scalar(select(Score.id).where(Score.criterion_id == criterion.id).limit(1)) is not None:
            raise InvalidInput(
                f"Der er givet point efter »{criterion.name}«, så kriteriet kan ikke fjernes.",
                f"Ideas have been scored on '{criterion.name}', so the criterion cannot be removed.",
            )
        criteria = _ordered(workshop.criteria)
        criteria.remove(criterion)
        workshop.criteria.remove(criterion)
        _renumber(criteria)
    return op.changes


def move_criterion(library: Library, criterion_id: uuid.UUID, offset: int) -> Changes:
    with (op := library.operation("move_criterion")) as session:
        criterion = get(session, Criterion, criterion_id)
        workshop = live_workshop(session, criterion.workshop_id)
        op.workshop_id, op.subject = workshop.id, criterion.id
        _move(_ordered(workshop.criteria), criterion, offset)
    return op.changes


# -- the plan as the user's own template ------------------------------------------------


def save_as_template(
    library: Library,
    workshop_id: uuid.UUID,
    name: str,
    *,
    description: str = "",
    folder: Path | None = None,
    replace: bool = False,
) -> Template:
    """Save the workshop's plan (phases, statements, criteria) as a template in the
    user's templates folder (``folder``, by default :func:`user_templates_dir`), where
    the new-workshop dialog and ``samskab new`` find it. Its vocabularies are those of
    the template the workshop was made from. Refused if a template already has the
    name's id, unless ``replace``. This writes a file, not the library: nothing to undo.
    """
    from app.queries import load_workshop

    folder = folder or user_templates_dir()
    workshop = load_workshop(library, workshop_id, ("phases", "statements", "criteria"))
    known = scan_templates(template_dirs(folder)).templates
    origin = known.get(workshop.template_id)
    data = template_data(workshop, name=name, description=description,
                         vocabularies=[v.id for v in origin.vocabularies] if origin else ())
    return write_template(data, folder, replace=replace, taken=known)


__all__ = [
    "add_criterion",
    "add_phase",
    "add_statement",
    "move_criterion",
    "move_phase",
    "move_statement",
    "phase_key",
    "remove_criterion",
    "remove_phase",
    "remove_statement",
    "save_as_template",
    "update_criterion",
    "update_phase",
    "update_statement",
]
