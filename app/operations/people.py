"""Operations on the people in a workshop: table groups, participants and role cards."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from app import text_rules as rules
from app.changes import Changes
from app.errors import InvalidInput
from app.library import Library
from app.model import Participant, TableGroup
from app.operations._common import get, live_workshop
from app.operations.workshops import _new_group, _new_participant

ROLE_CARDS = ("igangsaetter", "facilitator", "katalysator")
MAX_PARTICIPANTS = 1000


def parse_participant_lines(text: str) -> list[tuple[str, str]]:
    """Read pasted lines "Name; Organisation" (a tab or comma also separates);
    blank lines are skipped. Returns (name, organisation) pairs."""
    people: list[tuple[str, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line:
            continue
        for separator in (";", "\t", ","):
            if separator in line:
                name, _, organisation = line.partition(separator)
                break
        else:
            name, organisation = line, ""
        name = name.strip()
        if not name:
            raise InvalidInput(f"Linje {number} har intet navn: »{line}«.", f"Line {number} has no name: '{line}'.")
        people.append((name, organisation.strip()))
    return people


def add_table_group(library: Library, workshop_id: uuid.UUID, name: str, colour: str | None = None) -> Changes:
    with (op := library.operation("add_table_group", workshop_id)) as session:
        workshop = live_workshop(session, workshop_id)
        op.subject = _new_group(session, library, workshop, name, colour).id
    return op.changes


def add_participants(
    library: Library,
    workshop_id: uuid.UUID,
    people: Sequence[tuple[str, str]],
    table_group_id: uuid.UUID | None = None,
) -> Changes:
    """Add participants (name, organisation), for example from pasted lines."""
    with (op := library.operation("add_participants", workshop_id)) as session:
        workshop = live_workshop(session, workshop_id)
        if len(workshop.participants) + len(people) > MAX_PARTICIPANTS:
            raise InvalidInput(
                f"Højst {MAX_PARTICIPANTS} deltagere i en workshop.",
                f"At most {MAX_PARTICIPANTS} participants in a workshop.",
            )
        if table_group_id is not None:
            get(session, TableGroup, table_group_id, workshop_id)
        for name, organisation in people:
            _new_participant(session, library, workshop, name, organisation, table_group_id)
    return op.changes


def update_participant(
    library: Library,
    participant_id: uuid.UUID,
    *,
    name: str | None = None,
    organisation: str | None = None,
    table_group_id: uuid.UUID | None = None,
    clear_group: bool = False,
) -> Changes:
    with (op := library.operation("update_participant")) as session:
        person = get(session, Participant, participant_id)
        op.workshop_id, op.subject = person.workshop_id, participant_id
        if name is not None:
            person.name = rules.clean(name, rules.PERSON_NAME)
        if organisation is not None:
            person.organisation = rules.clean(organisation, rules.ORGANISATION)
        if table_group_id is not None:
            get(session, TableGroup, table_group_id, person.workshop_id)
            person.table_group_id = table_group_id
        elif clear_group:
            person.table_group_id = None
    return op.changes


def remove_participant(library: Library, participant_id: uuid.UUID) -> Changes:
    with (op := library.operation("remove_participant")) as session:
        person = get(session, Participant, participant_id)
        op.workshop_id = person.workshop_id
        session.delete(person)
    return op.changes


def _check_role(role: str | None) -> None:
    if role is not None and role not in ROLE_CARDS:
        raise InvalidInput(f"Rollekortet »{role}« findes ikke.", f"There is no role card '{role}'.")


def assign_role(library: Library, participant_id: uuid.UUID, role: str | None) -> Changes:
    """Give a participant a role card (Igangsætter, Facilitator, Katalysator) or none."""
    _check_role(role)
    with (op := library.operation("assign_role")) as session:
        person = get(session, Participant, participant_id)
        op.workshop_id, op.subject = person.workshop_id, participant_id
        person.role_card = role
    return op.changes


def deal_roles(
    library: Library, workshop_id: uuid.UUID, roles: Iterable[str] = ROLE_CARDS, *, per_group: bool = False
) -> Changes:
    """Deal the role cards at random (the library's random source): one of each card to
    the workshop, or with ``per_group`` one of each to every table group. Earlier cards
    are taken back first."""
    roles = list(roles)
    for role in roles:
        _check_role(role)
    with (op := library.operation("deal_roles", workshop_id)) as session:
        workshop = live_workshop(session, workshop_id)
        for person in workshop.participants:
            person.role_card = None
        if per_group:
            pools = [[p for p in workshop.participants if p.table_group_id == g.id] for g in workshop.table_groups]
        else:
            pools = [list(workshop.participants)]
        if not any(pools):
            raise InvalidInput("Der er ingen deltagere at give rollekort.", "There are no participants to deal role cards to.")
        for pool in pools:
            chosen = library.rng.sample(pool, min(len(pool), len(roles)))
            for person, role in zip(chosen, roles, strict=False):
                person.role_card = role
    return op.changes
