"""Operations on whole workshops: create from a template, edit, move between phases,
delete, duplicate, and add the sample workshop."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import text_rules as rules
from app.changes import Changes
from app.errors import InvalidInput
from app.journal import row_values
from app.library import Library
from app.model import (
    ActionItem,
    Base,
    Cluster,
    Criterion,
    Idea,
    Participant,
    Phase,
    Statement,
    TableGroup,
    Workshop,
)
from app.operations._common import get, live_workshop
from app.templates import Sample, Template

#: Light sticky-note colours for table groups, readable with black text.
GROUP_COLOURS = ("#FFF59D", "#A5D6A7", "#90CAF9", "#F48FB1", "#FFCC80", "#CE93D8", "#80CBC4", "#E6EE9C")

_WORKSHOP_FIELDS = rules.COLUMN_RULES["workshops"]


def _clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for key, value in fields.items():
        if key in _WORKSHOP_FIELDS:
            cleaned[key] = rules.clean(value, _WORKSHOP_FIELDS[key])
        elif key == "date":
            if value is not None and not isinstance(value, dt.date):
                raise InvalidInput("Datoen er ugyldig.", "The date is invalid.")
            cleaned[key] = value
        elif key == "language":
            if value not in ("da", "en"):
                raise InvalidInput("Sproget skal være da eller en.", "The language must be da or en.")
            cleaned[key] = value
        else:
            raise TypeError(f"unknown workshop field {key!r}")
    return cleaned


def create_workshop(
    library: Library,
    template: Template,
    *,
    title: str,
    question: str = "",
    date: dt.date | None = None,
    place: str = "",
    facilitator: str = "",
    language: str = "da",
    participants: Sequence[tuple[str, str]] = (),
    table_groups: Sequence[str] = (),
) -> Changes:
    """Make a workshop from ``template``: its phases, statements and criteria are copied
    in the workshop's language, so the workshop stands on its own afterwards."""
    fields = _clean_fields(
        dict(title=title, question=question, date=date, place=place,
             facilitator=facilitator, language=language)
    )
    with (op := library.operation("create_workshop")) as session:
        workshop = _new_workshop(session, library, template, fields)
        for name in table_groups:
            _new_group(session, library, workshop, name)
        for name, organisation in participants:
            _new_participant(session, library, workshop, name, organisation)
        op.workshop_id = op.subject = workshop.id
    return op.changes


def _new_workshop(session: Session, library: Library, template: Template, fields: dict[str, Any]) -> Workshop:
    language = fields.get("language", "da")
    workshop = Workshop(id=library.new_id(), template_id=template.id, **fields)
    session.add(workshop)
    for position, phase in enumerate(template.phases):
        workshop.phases.append(
            Phase(
                id=library.new_id(), position=position, key=phase.id, kind=phase.kind,
                name=phase.name.get(language),
                goal=phase.goal.get(language) if phase.goal else "",
                prompts=[p.get(language) for p in phase.prompts],
                timebox_minutes=phase.timebox_minutes,
            )
        )
    for position, text in enumerate(template.statements):
        workshop.statements.append(Statement(id=library.new_id(), position=position, text=text.get(language)))
    for position, criterion in enumerate(template.criteria):
        workshop.criteria.append(
            Criterion(
                id=library.new_id(), position=position, name=criterion.name.get(language),
                description=criterion.description.get(language),
            )
        )
    session.flush()
    workshop.current_phase_id = workshop.phases[0].id
    return workshop


def _new_group(session: Session, library: Library, workshop: Workshop, name: str, colour: str | None = None) -> TableGroup:
    name = rules.clean(name, rules.GROUP_NAME)
    position = len(workshop.table_groups)
    group = TableGroup(
        id=library.new_id(), position=position, name=name,
        colour=colour or GROUP_COLOURS[position % len(GROUP_COLOURS)],
    )
    workshop.table_groups.append(group)
    return group


def _new_participant(
    session: Session, library: Library, workshop: Workshop, name: str, organisation: str = "",
    table_group_id: uuid.UUID | None = None, role_card: str | None = None,
) -> Participant:
    person = Participant(
        id=library.new_id(), position=len(workshop.participants),
        name=rules.clean(name, rules.PERSON_NAME),
        organisation=rules.clean(organisation, rules.ORGANISATION),
        table_group_id=table_group_id, role_card=role_card,
    )
    workshop.participants.append(person)
    return person


def update_workshop(library: Library, workshop_id: uuid.UUID, **fields: Any) -> Changes:
    """Change the workshop's title, question, date, place, facilitator, notes or language."""
    cleaned = _clean_fields(fields)
    with (op := library.operation("update_workshop", workshop_id)) as session:
        workshop = live_workshop(session, workshop_id)
        for key, value in cleaned.items():
            if getattr(workshop, key) != value:
                setattr(workshop, key, value)
        op.subject = workshop_id
    return op.changes


def set_current_phase(library: Library, workshop_id: uuid.UUID, phase_id: uuid.UUID) -> Changes:
    """Move the workshop to ``phase_id`` (forward or back)."""
    with (op := library.operation("set_current_phase", workshop_id)) as session:
        workshop = live_workshop(session, workshop_id)
        get(session, Phase, phase_id, workshop_id)
        workshop.current_phase_id = phase_id
        op.subject = phase_id
    return op.changes


def delete_workshop(library: Library, workshop_id: uuid.UUID) -> Changes:
    """Move the workshop to the bin (undoable); it disappears from the list."""
    with (op := library.operation("delete_workshop", workshop_id)) as session:
        workshop = live_workshop(session, workshop_id)
        workshop.deleted_at = library.now()
        op.subject = workshop_id
    return op.changes


# Rows copied by duplicate_workshop, parents first; votes are the event, not the setup.
_COPIED: tuple[type[Base], ...] = (Phase, TableGroup, Participant, Cluster, Idea, Statement, Criterion, ActionItem)
_REFERENCES = ("workshop_id", "phase_id", "table_group_id", "cluster_id", "idea_id", "current_phase_id")


def duplicate_workshop(library: Library, workshop_id: uuid.UUID, title: str | None = None) -> Changes:
    """Copy a workshop with new ids: setup, board and action plan, but no votes."""
    with (op := library.operation("duplicate_workshop")) as session:
        source = live_workshop(session, workshop_id)
        new_ids: dict[uuid.UUID, uuid.UUID] = {}

        def copy(row: Base) -> dict[str, Any]:
            values = dict(row_values(row))
            for key in ("created_at", "updated_at", "revision"):
                values.pop(key)
            new_ids[row.id] = values["id"] = library.new_id()
            return values

        values = copy(source)
        values["title"] = rules.clean(
            title if title is not None else f"{source.title} (kopi)", rules.WORKSHOP_TITLE
        )
        rows: list[tuple[type[Base], dict[str, Any]]] = [(Workshop, values)]
        for model in _COPIED:
            for row in session.scalars(select(model).where(model.workshop_id == workshop_id)):  # type: ignore[attr-defined]
                rows.append((model, copy(row)))
        for model, values in rows:
            for key in _REFERENCES:
                if values.get(key) is not None:
                    values[key] = new_ids.get(values[key], values[key])
            session.add(model(**values))  # the unit of work inserts parents first
        op.workshop_id = op.subject = new_ids[workshop_id]
    return op.changes


def add_sample(library: Library, sample: Sample, template: Template) -> Changes:
    """Add a copy of the sample workshop, every part filled in, as a new workshop."""
    with (op := library.operation("add_sample")) as session:
        workshop = _new_workshop(
            session, library, template,
            dict(title=sample.title, question=sample.question, date=sample.date, place=sample.place,
                 facilitator=sample.facilitator, language=sample.language),
        )
        phases = {p.key: p.id for p in workshop.phases}
        if sample.current_phase:
            workshop.current_phase_id = phases[sample.current_phase]
        groups = {key: _new_group(session, library, workshop, name, colour).id for key, name, colour in sample.table_groups}
        for name, organisation, group, role in sample.participants:
            _new_participant(session, library, workshop, name, organisation, groups.get(group or ""), role)
        clusters: dict[str, uuid.UUID] = {}
        for position, (key, title, x, y, width, height) in enumerate(sample.clusters):
            cluster = Cluster(id=library.new_id(), title=title, x=x, y=y, width=width, height=height, position=position)
            workshop.clusters.append(cluster)
            clusters[key] = cluster.id
        ideas: dict[str, uuid.UUID] = {}
        for number, idea in enumerate(sample.ideas, start=1):
            row = Idea(
                id=library.new_id(), number=number, text=idea.text, author=idea.author,
                phase_id=phases[idea.phase], table_group_id=groups.get(idea.table_group or ""),
                cluster_id=clusters.get(idea.cluster or ""), x=idea.x, y=idea.y, tags=list(idea.tags),
            )
            workshop.ideas.append(row)
            ideas[idea.key] = row.id
        for idea_key, owner, first_test, due, added_value in sample.actions:
            workshop.actions.append(
                ActionItem(id=library.new_id(), idea_id=ideas[idea_key], owner=owner,
                           first_test=first_test, due=due, added_value=added_value)
            )
        op.workshop_id = op.subject = workshop.id
    return op.changes
