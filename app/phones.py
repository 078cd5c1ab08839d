"""The phone session, read side (issue 13): what a joined phone sees, and the inbox.

One phone session per workshop, reached with a 6-digit join code while the facilitator
has opened the workshop to phones. Participants write ideas while writing is open
(for one phase, optionally only some table groups), straight onto the board or into
the desk's inbox, and vote in the workshop's current round. The operations that
change the session are in :mod:`app.operations.phones`; the rules (text, limits per
device, who may edit what) live there, once, for the phone server and the desk alike.

Everything returned here is a frozen value, safe to share across the phone server's
threads and the GUI thread. Texts are user text: show them as plain text only.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app import text_rules as rules
from app.errors import SamskabError
from app.library import Library
from app.model import (
    TOMBSTONES,
    Idea,
    Phase,
    PhoneIdea,
    PhoneIdeaStatus,
    PhoneSessionRow,
    RoundState,
    TableGroup,
    VoteRound,
    Workshop,
)

Mode = Literal["board", "inbox"]
Status = Literal["board", "inbox", "hidden", "merged", "withdrawn"]

#: A join code: six digits, typed on a phone's number pad.
CODE_LENGTH = 6
#: A phone idea is shorter than a typed one: it is read on a note from across a room.
PHONE_IDEA = rules.TextRule("Idéen", "idea", 500)
DEVICE_KEY = rules.TextRule("Enhedens nøgle", "device key", 100, multiline=False)
#: At most this many ideas from one device in one writing period (withdrawn ones count:
#: sending and withdrawing cannot get round it).
MAX_IDEAS_PER_DEVICE = 20
#: At most this many phone ideas in a workshop, whatever the device keys: one device
#: inventing keys cannot fill the library.
MAX_PHONE_IDEAS = 5000


# -- errors -------------------------------------------------------------------------------


class PhoneError(SamskabError):
    """A phone's request breaks the session's rules (the phone server answers 4xx)."""


class WritingClosed(PhoneError):
    """Writing is not open (or no longer open for this idea): HTTP 409."""


class PhoneLimit(PhoneError):
    """Over a limit per device or per workshop: HTTP 429."""


class AlreadyHandled(PhoneError):
    """The facilitator has already merged (or hidden) the idea, or a desk action does not
    fit its state: HTTP 409."""


def writing_closed() -> WritingClosed:
    return WritingClosed(
        "Der kan ikke skrives idéer lige nu: facilitatoren har ikke åbnet for det.",
        "Ideas cannot be written right now: the facilitator has not opened writing.",
    )


# -- values -------------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupChoice:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class WritingInfo:
    """Writing is open: for this phase, in this mode, for these table groups.

    ``groups`` are the groups a writer can choose; with ``group_required`` the
    facilitator opened writing for these groups only, and a group must be chosen."""

    phase_id: uuid.UUID
    phase_name: str
    mode: Mode
    groups: tuple[GroupChoice, ...]
    group_required: bool = False


@dataclass(frozen=True)
class PhoneSession:
    """What a joined phone sees; ``revision`` grows with every change it must see
    (the session, the workshop, its phases and table groups, its rounds)."""

    workshop_id: uuid.UUID
    code: str
    title: str
    question: str
    phase_name: str | None
    phase_prompt: str | None
    writing: WritingInfo | None
    round_id: uuid.UUID | None
    revision: int
    is_open: bool = True


@dataclass(frozen=True)
class PhoneIdeaView:
    """An idea written on a phone. ``number`` is the board idea's number (status
    board or merged), when it is still on the board."""

    id: uuid.UUID
    text: str
    group_id: uuid.UUID | None
    author: str | None
    status: Status
    group_name: str | None = None
    number: int | None = None


# -- queries ------------------------------------------------------------------------------


def valid_code(code: object) -> bool:
    """Whether ``code`` looks like a join code (six ASCII digits)."""
    return isinstance(code, str) and len(code) == CODE_LENGTH and code.isascii() and code.isdigit()


#: The tables whose rows' revisions make up the session's revision (with the workshop's
#: and the session row's own). Each row's revision only grows, a deleted row's tombstone
#: continues above it, and a row that comes back continues above its tombstone: so the
#: sum only grows.
_WATCHED = (Phase, TableGroup, VoteRound)


def _revision(workshop_id: uuid.UUID) -> Select[tuple[int]]:
    def total(column: ColumnElement[int] | InstrumentedAttribute[int], *where: ColumnElement[bool]) -> ColumnElement[int]:
        return select(func.coalesce(func.sum(column), 0)).where(*where).scalar_subquery()

    parts = [
        total(Workshop.revision, Workshop.id == workshop_id),
        total(PhoneSessionRow.revision, PhoneSessionRow.workshop_id == workshop_id),
        *(total(model.revision, model.workshop_id == workshop_id) for model in _WATCHED),
        total(TOMBSTONES.c.revision, TOMBSTONES.c.workshop_id == workshop_id,
              TOMBSTONES.c.table_name.in_([m.__tablename__ for m in _WATCHED])),
    ]
    summed = parts[0]
    for part in parts[1:]:
        summed = summed + part
    return select(summed)


def session_revision(library: Library, workshop_id: uuid.UUID) -> int:
    """The session's revision alone: one small statement, for a server that polls."""
    with library.read() as session:
        return session.scalar(_revision(workshop_id)) or 0


def current_round(session: Session, workshop_id: uuid.UUID) -> uuid.UUID | None:
    """The round phones see: the workshop's latest opened round, while it is open or
    revealed. A closed round shows nothing (not an older round's result): phones wait
    for the reveal."""
    latest = session.execute(
        select(VoteRound.id, VoteRound.state)
        .where(VoteRound.workshop_id == workshop_id)
        .order_by(VoteRound.opened_at.desc().nulls_last(), VoteRound.created_at.desc(), VoteRound.id)
        .limit(1)
    ).first()
    if latest is None or latest[1] not in (RoundState.OPEN, RoundState.REVEALED):
        return None
    return latest[0]


def _prompt(phase: Phase) -> str:
    return phase.prompts[0] if phase.prompts else phase.goal


def _writing(session: Session, row: PhoneSessionRow) -> WritingInfo | None:
    if row.writing_phase_id is None:
        return None
    phase = session.get(Phase, row.writing_phase_id)
    if phase is None:
        return None
    groups = list(session.scalars(
        select(TableGroup).where(TableGroup.workshop_id == row.workshop_id).order_by(TableGroup.position)
    ))
    allowed = allowed_groups(row, {g.id for g in groups})
    if allowed:
        groups = [g for g in groups if g.id in allowed]
    return WritingInfo(
        phase_id=phase.id, phase_name=phase.name, mode="inbox" if row.writing_mode == "inbox" else "board",
        groups=tuple(GroupChoice(g.id, g.name) for g in groups), group_required=bool(allowed),
    )


def allowed_groups(row: PhoneSessionRow, existing: set[uuid.UUID]) -> frozenset[uuid.UUID]:
    """The groups writing is open for, of those that still exist; empty: every group
    (also when every chosen group has been deleted since)."""
    return frozenset(uuid.UUID(g) for g in row.writing_groups) & existing


def _session_value(session: Session, row: PhoneSessionRow, workshop: Workshop) -> PhoneSession:
    phase = session.get(Phase, workshop.current_phase_id) if workshop.current_phase_id else None
    return PhoneSession(
        workshop_id=workshop.id,
        code=row.code,
        title=workshop.title,
        question=workshop.question,
        phase_name=phase.name if phase is not None else None,
        phase_prompt=_prompt(phase) if phase is not None else None,
        writing=_writing(session, row) if row.is_open else None,
        round_id=current_round(session, workshop.id),
        revision=session.scalar(_revision(workshop.id)) or 0,
        is_open=row.is_open,
    )


def phone_session(library: Library, code: str) -> PhoneSession | None:
    """The open session with join code ``code``; ``None`` for an unknown, closed or
    malformed code, or a deleted workshop."""
    if not valid_code(code):
        return None
    with library.read() as session:
        found = session.execute(
            select(PhoneSessionRow, Workshop)
            .join(Workshop, Workshop.id == PhoneSessionRow.workshop_id)
            .where(PhoneSessionRow.code == code, PhoneSessionRow.is_open, Workshop.deleted_at.is_(None))
            .limit(1)
        ).first()
        if found is None:
            return None
        return _session_value(session, found[0], found[1])


def session_of_workshop(library: Library, workshop_id: uuid.UUID) -> PhoneSession | None:
    """The workshop's session, open or closed (``is_open`` says); ``None`` if it was
    never opened to phones or writing, or the workshop is deleted."""
    with library.read() as session:
        found = session.execute(
            select(PhoneSessionRow, Workshop)
            .join(Workshop, Workshop.id == PhoneSessionRow.workshop_id)
            .where(PhoneSessionRow.workshop_id == workshop_id, Workshop.deleted_at.is_(None))
        ).first()
        if found is None:
            return None
        return _session_value(session, found[0], found[1])


def writing_state(library: Library, workshop_id: uuid.UUID) -> WritingInfo | None:
    """The writing state the desk shows, whether or not the workshop is open to phones."""
    with library.read() as session:
        row = session.scalar(select(PhoneSessionRow).where(PhoneSessionRow.workshop_id == workshop_id))
        return None if row is None else _writing(session, row)


@dataclass(frozen=True)
class WritingChoices:
    """What the desk's writing controls offer: the workshop's phases (the current one
    marked) and table groups, in order, and whether the workshop is open to phones."""

    phases: tuple[GroupChoice, ...]
    current_phase: uuid.UUID | None
    groups: tuple[GroupChoice, ...]
    phones_open: bool


def writing_choices(library: Library, workshop_id: uuid.UUID) -> WritingChoices:
    with library.read() as session:
        phases = session.execute(
            select(Phase.id, Phase.name).where(Phase.workshop_id == workshop_id).order_by(Phase.position)
        ).all()
        groups = session.execute(
            select(TableGroup.id, TableGroup.name).where(TableGroup.workshop_id == workshop_id).order_by(TableGroup.position)
        ).all()
        current = session.scalar(select(Workshop.current_phase_id).where(Workshop.id == workshop_id))
        phones_open = session.scalar(select(PhoneSessionRow.is_open).where(PhoneSessionRow.workshop_id == workshop_id))
    return WritingChoices(
        phases=tuple(GroupChoice(k, n) for k, n in phases), current_phase=current,
        groups=tuple(GroupChoice(k, n) for k, n in groups), phones_open=bool(phones_open),
    )


def _views(session: Session, *where: ColumnElement[bool]) -> list[PhoneIdeaView]:
    rows = session.execute(
        select(PhoneIdea, TableGroup.name, Idea.number)
        .outerjoin(TableGroup, TableGroup.id == PhoneIdea.table_group_id)
        .outerjoin(Idea, Idea.id == PhoneIdea.idea_id)
        .where(*where)
        .order_by(PhoneIdea.created_at, PhoneIdea.id)
    ).all()
    return [view(idea, group, number) for idea, group, number in rows]


def view(idea: PhoneIdea, group_name: str | None = None, number: int | None = None) -> PhoneIdeaView:
    return PhoneIdeaView(
        id=idea.id, text=idea.text, group_id=idea.table_group_id, author=idea.author,
        status=PhoneIdeaStatus(idea.status).value,  # type: ignore[arg-type]
        group_name=group_name, number=number,
    )


def device_ideas(library: Library, workshop_id: uuid.UUID, device_key: str) -> list[PhoneIdeaView]:
    """The ideas one device wrote in the workshop, oldest first, without those it
    withdrew ("my ideas" on the phone)."""
    if not isinstance(device_key, str):
        return []
    with library.read() as session:
        return _views(session, PhoneIdea.workshop_id == workshop_id, PhoneIdea.device_key == device_key,
                      PhoneIdea.status != PhoneIdeaStatus.WITHDRAWN)


def phone_idea(library: Library, phone_idea_id: uuid.UUID) -> PhoneIdeaView | None:
    with library.read() as session:
        found = _views(session, PhoneIdea.id == phone_idea_id)
        return found[0] if found else None


def inbox(library: Library, workshop_id: uuid.UUID) -> list[PhoneIdeaView]:
    """The ideas waiting for the facilitator, oldest first."""
    with library.read() as session:
        return _views(session, PhoneIdea.workshop_id == workshop_id, PhoneIdea.status == PhoneIdeaStatus.INBOX)


__all__ = [
    "AlreadyHandled",
    "GroupChoice",
    "PhoneError",
    "PhoneIdeaView",
    "PhoneLimit",
    "PhoneSession",
    "WritingClosed",
    "WritingChoices",
    "WritingInfo",
    "device_ideas",
    "inbox",
    "phone_idea",
    "phone_session",
    "session_of_workshop",
    "session_revision",
    "valid_code",
    "writing_choices",
    "writing_state",
]
