"""What an operation changed, and how to take it back.

Every operation returns a frozen :class:`Changes` (Anki's ``OpChanges``): the views
look at ``topics`` and ``ids`` to refresh only what they show, and ``inverse`` is an
operation that restores the rows exactly as they were. The inverse itself returns a
``Changes`` whose inverse redoes the change, so an undo stack only has to swap them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Topic(StrEnum):
    LIBRARY = "library"  # a workshop was added, removed or renamed
    WORKSHOP = "workshop"  # the workshop's own fields (title, current phase...)
    PHASES = "phases"
    PEOPLE = "people"  # participants, table groups, role cards
    IDEAS = "ideas"
    CLUSTERS = "clusters"
    VOTES = "votes"  # statements, criteria, rounds, ballots
    ACTIONS = "actions"
    PHONES = "phones"  # the phone session, its writing state and phone ideas


@dataclass(frozen=True)
class Changes:
    """What one operation changed.

    ``created`` and ``deleted`` are the ids of rows that came or went; ``ids`` holds
    every row touched, including those. ``inverse`` is ``None`` for operations that
    cannot be undone (such as purging deleted workshops).
    """

    label: str
    workshop_id: uuid.UUID | None
    topics: frozenset[Topic]
    ids: frozenset[uuid.UUID] = frozenset()
    created: frozenset[uuid.UUID] = frozenset()
    deleted: frozenset[uuid.UUID] = frozenset()
    #: The main object the operation acted on (the new idea, the new workshop...).
    subject: uuid.UUID | None = None
    #: Called with the :class:`~app.library.Library` (typed ``Any`` so that this module,
    #: which every layer reads, imports nothing of the library's).
    inverse: Callable[[Any], Changes] | None = field(default=None, compare=False, repr=False)

    def touches(self, *topics: Topic) -> bool:
        return not self.topics.isdisjoint(topics)
