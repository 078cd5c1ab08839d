"""The workshop model: SQLAlchemy 2 typed mappings.

Keys are UUIDs made on the laptop, so a workshop keeps its identity when it is moved
to another laptop or pushed to the shared database. Every row carries ``created_at``,
``updated_at`` and a ``revision`` that grows on each change; the shared database uses
the revision, not the laptop's clock, to decide which edit wins.

Widgets never hold these objects attached to a session: queries return detached rows
and every change goes through a named operation in :mod:`app.operations`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


@lru_cache(maxsize=8192)
def _key_from_text(value: str | None) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(value)


class Key(Uuid[uuid.UUID]):
    """A UUID column. Where the database stores it as text (SQLite), each distinct
    value is parsed once: a workshop's rows repeat the same few keys (workshop,
    phase, theme, table group, round) thousands of times, and parsing them again
    was a fifth of reading a 10,000-idea workshop. UUIDs are immutable, so sharing
    one object is safe. The cache is kept small (8,192 keys, ~3 MB): the repeated
    keys stay in it, and a phone burst's ever-new ballot keys cannot grow it (at
    65,536 it added 23 MB in the ten-minute phone soak)."""

    cache_ok = True

    def result_processor(self, dialect: Any, coltype: object) -> Any:
        if self.native and dialect.supports_native_uuid:
            return super().result_processor(dialect, coltype)  # type: ignore[no-untyped-call]
        return _key_from_text


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON, uuid.UUID: Key()}

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    revision: Mapped[int] = mapped_column(default=1)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id}>"


class RoundKind(StrEnum):
    DOTS = "dots"
    STATEMENTS = "statements"
    CRITERIA = "criteria"


class RoundState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    REVEALED = "revealed"


class Answer(StrEnum):
    """A statement-poll answer; stored as the score value 1, -1 or 0."""

    AGREE = "enig"
    DISAGREE = "uenig"
    DONT_KNOW = "ved_ikke"


def _children(order_by: str | None = None, back_populates: str = "workshop") -> Any:
    """A one-to-many whose rows go with their parent. The ORM deletes the children
    itself (not the database's ON DELETE CASCADE), so each deletion is journaled."""
    if order_by is None:
        return relationship(back_populates=back_populates, cascade="all, delete-orphan")
    return relationship(back_populates=back_populates, order_by=order_by, cascade="all, delete-orphan")


class Workshop(Base):
    __tablename__ = "workshops"

    title: Mapped[str] = mapped_column(String(200))
    question: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date | None]
    place: Mapped[str] = mapped_column(String(200), default="")
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    template_id: Mapped[str] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(5), default="da")
    # Plain id without a foreign key: phases point back at workshops, and a cycle of
    # foreign keys would force ALTER TABLE on SQLite.
    current_phase_id: Mapped[uuid.UUID | None]
    notes: Mapped[str] = mapped_column(Text, default="")  # facilitator's own, never projected
    deleted_at: Mapped[dt.datetime | None]

    phases: Mapped[list[Phase]] = _children("Phase.position")
    table_groups: Mapped[list[TableGroup]] = _children("TableGroup.position")
    participants: Mapped[list[Participant]] = _children("Participant.position")
    ideas: Mapped[list[Idea]] = _children()
    clusters: Mapped[list[Cluster]] = _children()
    statements: Mapped[list[Statement]] = _children("Statement.position")
    criteria: Mapped[list[Criterion]] = _children("Criterion.position")
    rounds: Mapped[list[VoteRound]] = _children()
    actions: Mapped[list[ActionItem]] = _children()


class _InWorkshop:
    workshop_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )


class Phase(_InWorkshop, Base):
    __tablename__ = "phases"

    position: Mapped[int]
    key: Mapped[str] = mapped_column(String(100))  # the template's phase id
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    goal: Mapped[str] = mapped_column(String(300), default="")
    prompts: Mapped[list[str]] = mapped_column(default=list)
    timebox_minutes: Mapped[int] = mapped_column(default=15)

    workshop: Mapped[Workshop] = relationship(back_populates="phases")


class TableGroup(_InWorkshop, Base):
    __tablename__ = "table_groups"

    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(100))
    colour: Mapped[str] = mapped_column(String(7), default="#FFF59D")

    workshop: Mapped[Workshop] = relationship(back_populates="table_groups")


class Participant(_InWorkshop, Base):
    """A person at the workshop. Names are personal data: see the push options."""

    __tablename__ = "participants"

    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    role_card: Mapped[str | None] = mapped_column(String(50))
    table_group_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("table_groups.id", ondelete="SET NULL")
    )

    workshop: Mapped[Workshop] = relationship(back_populates="participants")
    table_group: Mapped[TableGroup | None] = relationship()


class Cluster(_InWorkshop, Base):
    """A theme on the board: a titled frame that ideas are dropped into."""

    __tablename__ = "clusters"

    title: Mapped[str] = mapped_column(String(200))
    x: Mapped[float] = mapped_column(default=0.0)
    y: Mapped[float] = mapped_column(default=0.0)
    width: Mapped[float] = mapped_column(default=420.0)
    height: Mapped[float] = mapped_column(default=300.0)

    workshop: Mapped[Workshop] = relationship(back_populates="clusters")
    ideas: Mapped[list[Idea]] = relationship(back_populates="cluster")


class Idea(_InWorkshop, Base):
    """A sticky note: text, where it came from, where it sits, how it is tagged."""

    __tablename__ = "ideas"
    __table_args__ = (UniqueConstraint("workshop_id", "number"),)

    number: Mapped[int]  # short number per workshop, for paper ballots and talk
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(200))  # None: anonymous
    phase_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("phases.id", ondelete="SET NULL")
    )
    table_group_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("table_groups.id", ondelete="SET NULL")
    )
    cluster_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("clusters.id", ondelete="SET NULL"), index=True
    )
    x: Mapped[float] = mapped_column(default=0.0)
    y: Mapped[float] = mapped_column(default=0.0)
    colour: Mapped[str | None] = mapped_column(String(7))
    tags: Mapped[list[str]] = mapped_column(default=list)

    workshop: Mapped[Workshop] = relationship(back_populates="ideas")
    cluster: Mapped[Cluster | None] = relationship(back_populates="ideas")
    phase: Mapped[Phase | None] = relationship()
    table_group: Mapped[TableGroup | None] = relationship()


class Statement(_InWorkshop, Base):
    __tablename__ = "statements"

    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)

    workshop: Mapped[Workshop] = relationship(back_populates="statements")


class Criterion(_InWorkshop, Base):
    __tablename__ = "criteria"

    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")

    workshop: Mapped[Workshop] = relationship(back_populates="criteria")


class VoteRound(_InWorkshop, Base):
    """One vote: dots on ideas or clusters, a statement poll, or criteria scoring."""

    __tablename__ = "vote_rounds"

    phase_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("phases.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(20))  # RoundKind
    title: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(20), default=RoundState.OPEN)  # RoundState
    anonymous: Mapped[bool] = mapped_column(default=False)
    budget: Mapped[int | None]  # dots per participant
    max_per_option: Mapped[int | None]
    # The ids voted on, fixed when the round opens: ideas or clusters (dots),
    # statements (poll) or ideas (criteria); as strings for JSON.
    options: Mapped[list[str]] = mapped_column(default=list)
    token: Mapped[str] = mapped_column(String(64), default="")  # for the phone page
    opened_at: Mapped[dt.datetime | None]
    closed_at: Mapped[dt.datetime | None]

    workshop: Mapped[Workshop] = relationship(back_populates="rounds")
    ballots: Mapped[list[Ballot]] = _children(back_populates="round")


class Ballot(Base):
    """One voter's ballot in a round; sending again replaces it.

    ``voter_key`` identifies the voter within the round (a participant id, a phone's
    random device key, or a tally key for counts typed by the facilitator). In an
    anonymous round ``participant_id`` stays empty: nothing links a ballot to a person.
    """

    __tablename__ = "ballots"
    __table_args__ = (UniqueConstraint("round_id", "voter_key"),)

    round_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("vote_rounds.id", ondelete="CASCADE"), index=True
    )
    voter_key: Mapped[str] = mapped_column(String(100))
    participant_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    abstained: Mapped[bool] = mapped_column(default=False)
    # How many people this ballot stands for: 1, or the hands counted in a tally.
    voters: Mapped[int] = mapped_column(default=1)

    round: Mapped[VoteRound] = relationship(back_populates="ballots")
    scores: Mapped[list[Score]] = _children(back_populates="ballot")


class Score(Base):
    """One mark on a ballot: dots on an option, an answer to a statement
    (1 enig, -1 uenig, 0 ved ikke), or a 1–5 score of an idea on a criterion.
    ``count`` is the number of people giving this mark (more than 1 only in tallies)."""

    __tablename__ = "scores"

    ballot_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("ballots.id", ondelete="CASCADE"), index=True
    )
    option_id: Mapped[uuid.UUID] = mapped_column(index=True)  # results sum by option
    criterion_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("criteria.id", ondelete="CASCADE")
    )
    value: Mapped[int]
    count: Mapped[int] = mapped_column(default=1)

    ballot: Mapped[Ballot] = relationship(back_populates="scores")


class ActionItem(_InWorkshop, Base):
    """The next step for a chosen idea: "Hurtigste vej til handling"."""

    __tablename__ = "action_items"

    idea_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ideas.id", ondelete="CASCADE"))
    owner: Mapped[str] = mapped_column(String(200), default="")
    first_test: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[dt.date | None]
    added_value: Mapped[str | None] = mapped_column(String(100))

    workshop: Mapped[Workshop] = relationship(back_populates="actions")
    idea: Mapped[Idea] = relationship()


Index("ix_ideas_workshop_phase", Idea.workshop_id, Idea.phase_id)

class WritingMode(StrEnum):
    """Where an idea written on a phone goes: straight onto the board (in the phone's
    table group), or into the desk's inbox to be accepted, merged or hidden."""

    BOARD = "board"
    INBOX = "inbox"


class PhoneIdeaStatus(StrEnum):
    BOARD = "board"  # on the board: sent in board mode, or accepted from the inbox
    INBOX = "inbox"  # waiting in the desk's inbox
    HIDDEN = "hidden"  # the facilitator hid it
    MERGED = "merged"  # the facilitator merged it into an idea on the board
    WITHDRAWN = "withdrawn"  # its writer took it back


class PhoneSessionRow(_InWorkshop, Base):
    """A workshop's phone session (issue 13): its 6-digit join code, whether the room's
    phones can reach it, and whether (and how) they may write ideas.

    Laptop state, like the phone ideas: neither is in :data:`MODELS`, so no workshop
    file or push carries them (the ideas that reach the board are ordinary ideas)."""

    __tablename__ = "phone_sessions"
    __table_args__ = (UniqueConstraint("workshop_id"),)

    code: Mapped[str] = mapped_column(String(6), index=True)
    is_open: Mapped[bool] = mapped_column(default=False)
    # Writing is open while this is set: ideas go to this phase.
    writing_phase_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("phases.id", ondelete="SET NULL"))
    writing_mode: Mapped[str] = mapped_column(String(10), default=WritingMode.BOARD)  # WritingMode
    # The table groups that may write (ids as strings); empty: every group, or none.
    writing_groups: Mapped[list[str]] = mapped_column(default=list)
    # Counts the writing periods; the limits per device hold within one.
    writing_period: Mapped[int] = mapped_column(default=0)

    # Many-to-one links (never loaded on the hot path) that order the writes of a flush:
    # a row is inserted before the rows pointing at it (an undo may recreate both).
    writing_phase: Mapped[Phase | None] = relationship()


class PhoneIdea(_InWorkshop, Base):
    """An idea written on a phone, as it was sent, and what became of it."""

    __tablename__ = "phone_ideas"

    device_key: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(200))  # None: anonymous
    table_group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("table_groups.id", ondelete="SET NULL"))
    phase_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("phases.id", ondelete="SET NULL"))
    period: Mapped[int]
    status: Mapped[str] = mapped_column(String(10))  # PhoneIdeaStatus
    # The board idea it became (status board) or was merged into (status merged).
    idea_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ideas.id", ondelete="SET NULL"))

    # See PhoneSessionRow: these order a flush's writes.
    idea: Mapped[Idea | None] = relationship()
    phase: Mapped[Phase | None] = relationship()
    table_group: Mapped[TableGroup | None] = relationship()


Index("ix_phone_ideas_workshop_device", PhoneIdea.workshop_id, PhoneIdea.device_key)

#: The idea bank's ranking in the shared database (migration 0004): each idea's dots
#: (revealed dot rounds of its own workshop, abstentions excluded) beside copies of its
#: sort keys, so a search walks ideas in (dots, date, workshop, number) order through
#: one index and stops at its limit instead of summing every vote in the bank. The
#: push (:mod:`exports.shared_db`) rewrites the rows of the workshop it sends in the
#: same transaction; the migration fills it for a shared database upgraded from 0003.
#: A local library leaves it empty: nothing on the laptop reads or writes it, and it is
#: no mapped model, so the workshop file, the journal and the push never carry it.
IDEA_TOTALS = Table(
    "idea_totals",
    Base.metadata,
    Column("idea_id", Uuid, ForeignKey("ideas.id", ondelete="CASCADE"), primary_key=True),
    Column("workshop_id", Uuid, nullable=False),
    Column("workshop_date", Date),
    Column("number", Integer, nullable=False),
    Column("dots", Integer, nullable=False),
)

#: Deletions are rows too (migration 0005): one row per deleted row of a workshop, keyed
#: on the deleted row's id, with the revision of the deletion (the row's last revision
#: plus one). Written by :mod:`app.tombstones` whenever an operation deletes a row, removed
#: when a row with that id comes back; carried by the workshop file and the push, so a
#: copy that never saw a row cannot delete it, and a stale copy cannot bring back a row
#: deleted after it was made. Kept in the library and in the shared database alike.
TOMBSTONES = Table(
    "tombstones",
    Base.metadata,
    Column("id", Uuid, primary_key=True),
    Column("table_name", String(40), nullable=False),
    Column("workshop_id", Uuid, nullable=False, index=True),
    Column("revision", Integer, nullable=False),
    Column("deleted_at", DateTime, nullable=False),
)

#: Two versions of one row at the same revision with different content (edited on two
#: laptops from the same copy): the shared database keeps the one it had in place and
#: the other here (``content`` as pushed, names withheld as they were; ``NULL`` when the
#: other version is a deletion). A higher revision of the row clears them. The id is
#: derived from the row, revision and content, so pushing the same conflict again does
#: not repeat it. A local library leaves the table empty (migration 0005 makes it there
#: too, so both schemas stay one).
CONFLICTS = Table(
    "conflicts",
    Base.metadata,
    Column("id", Uuid, primary_key=True),
    Column("workshop_id", Uuid, nullable=False, index=True),
    Column("table_name", String(40), nullable=False),
    Column("row_id", Uuid, nullable=False, index=True),
    Column("revision", Integer, nullable=False),
    Column("content", JSON),
    Column("recorded_at", DateTime, nullable=False),
)

#: Every mapped class, parents before children (the order rows are copied in).
MODELS: tuple[type[Base], ...] = (
    Workshop,
    Phase,
    TableGroup,
    Participant,
    Cluster,
    Idea,
    Statement,
    Criterion,
    VoteRound,
    Ballot,
    Score,
    ActionItem,
)
