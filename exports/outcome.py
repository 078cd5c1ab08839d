"""A workshop's outcome as the exporters read it: one snapshot, names resolved.

The handout, the CSV, the ballots and the idea bank all need the same things — ideas
with their phase, theme, table group, tags and votes; the revealed vote results; the
action plan — so they are gathered once here. Only *revealed* rounds are included:
results stay hidden until the facilitator reveals them, on paper too.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.errors import NotFound
from app.library import Library
from app.model import (
    ActionItem,
    Cluster,
    Criterion,
    Idea,
    Participant,
    Phase,
    RoundKind,
    RoundState,
    Statement,
    TableGroup,
    VoteRound,
    Workshop,
)
from app.voting import RoundResults, round_results, rows_to_show


@dataclass(frozen=True)
class Outcome:
    """Everything in a workshop, detached, with lookups by id and the revealed results."""

    workshop: Workshop
    phases: tuple[Phase, ...]
    table_groups: tuple[TableGroup, ...]
    participants: tuple[Participant, ...]
    clusters: tuple[Cluster, ...]
    ideas: tuple[Idea, ...]  # by short number
    statements: tuple[Statement, ...]
    criteria: tuple[Criterion, ...]
    rounds: tuple[VoteRound, ...]  # every round, oldest first
    results: tuple[RoundResults, ...]  # the revealed rounds' results, oldest first
    actions: tuple[ActionItem, ...]
    phase_by_id: dict[uuid.UUID, Phase] = field(default_factory=dict)
    group_by_id: dict[uuid.UUID, TableGroup] = field(default_factory=dict)
    cluster_by_id: dict[uuid.UUID, Cluster] = field(default_factory=dict)
    idea_by_id: dict[uuid.UUID, Idea] = field(default_factory=dict)
    #: Dots per idea, summed over the revealed dot rounds.
    dots_by_idea: dict[uuid.UUID, int] = field(default_factory=dict)
    #: Dots per idea per revealed dot round (round id → idea id → dots).
    dots_by_round: dict[uuid.UUID, dict[uuid.UUID, int]] = field(default_factory=dict)
    #: Mean criteria score per idea per revealed criteria round (round id → idea id → mean).
    scores_by_round: dict[uuid.UUID, dict[uuid.UUID, float]] = field(default_factory=dict)

    def phase_name(self, idea: Idea) -> str:
        phase = self.phase_by_id.get(idea.phase_id) if idea.phase_id else None
        return phase.name if phase else ""

    def cluster_title(self, idea: Idea) -> str:
        cluster = self.cluster_by_id.get(idea.cluster_id) if idea.cluster_id else None
        return cluster.title if cluster else ""

    def group_name(self, idea_or_person: Idea | Participant) -> str:
        key = idea_or_person.table_group_id
        group = self.group_by_id.get(key) if key else None
        return group.name if group else ""


def _load(library: Library, workshop_id: uuid.UUID) -> Workshop:
    """The workshop with what the exporters show; not the ballots (the results are
    counted by :func:`app.voting.round_results`), which would double the reading."""
    query = (
        select(Workshop)
        .where(Workshop.id == workshop_id)
        .options(
            selectinload(Workshop.phases), selectinload(Workshop.table_groups),
            selectinload(Workshop.participants), selectinload(Workshop.ideas),
            selectinload(Workshop.clusters), selectinload(Workshop.statements),
            selectinload(Workshop.criteria), selectinload(Workshop.rounds), selectinload(Workshop.actions),
            selectinload(Workshop.candidate_questions), selectinload(Workshop.deck_draws),
        )
    )
    with library.read() as session:
        workshop = session.scalars(query).first()
    if workshop is None or workshop.deleted_at is not None:
        raise NotFound("Workshoppen findes ikke.", f"There is no workshop {workshop_id}.")
    return workshop


def load_outcome(library: Library, workshop_id: uuid.UUID) -> Outcome:
    """Read the workshop and its revealed results (several short read transactions)."""
    workshop = _load(library, workshop_id)
    rounds = tuple(sorted(workshop.rounds, key=lambda r: (r.created_at, r.id)))
    results = tuple(round_results(library, r.id) for r in rounds if r.state == RoundState.REVEALED)
    ideas = tuple(sorted(workshop.ideas, key=lambda i: i.number))
    idea_ids = {i.id for i in ideas}
    dots_by_idea: dict[uuid.UUID, int] = defaultdict(int)
    dots_by_round: dict[uuid.UUID, dict[uuid.UUID, int]] = {}
    scores_by_round: dict[uuid.UUID, dict[uuid.UUID, float]] = {}
    for result in results:
        if result.kind == RoundKind.DOTS:
            per = {d.option.id: d.dots for d in result.dots if d.option.id in idea_ids}
            dots_by_round[result.round_id] = per
            for key, dots in per.items():
                dots_by_idea[key] += dots
        elif result.kind == RoundKind.CRITERIA:
            scores_by_round[result.round_id] = {
                s.option.id: s.mean for s in result.scored if s.mean is not None
            }
    return Outcome(
        workshop=workshop,
        phases=tuple(workshop.phases),
        table_groups=tuple(workshop.table_groups),
        participants=tuple(workshop.participants),
        clusters=tuple(sorted(workshop.clusters, key=lambda c: (c.created_at, c.id))),
        ideas=ideas,
        statements=tuple(workshop.statements),
        criteria=tuple(workshop.criteria),
        rounds=rounds,
        results=results,
        actions=tuple(sorted(workshop.actions, key=lambda a: (a.due is None, a.due, a.created_at))),
        phase_by_id={p.id: p for p in workshop.phases},
        group_by_id={g.id: g for g in workshop.table_groups},
        cluster_by_id={c.id: c for c in workshop.clusters},
        idea_by_id={i.id: i for i in ideas},
        dots_by_idea=dict(dots_by_idea),
        dots_by_round=dots_by_round,
        scores_by_round=scores_by_round,
    )


#: Ideas "Det vigtigste" shows from a vote when there is no action plan (ties kept).
CHOSEN_FROM_VOTE = 3


def chosen_ideas(outcome: Outcome) -> tuple[tuple[Idea, ...], bool]:
    """The workshop's chosen ideas and whether they come from the action plan.

    The action plan's ideas in its order when there is one; else the top
    ``CHOSEN_FROM_VOTE`` ideas (every tie kept) of the last revealed dot or criteria
    round that gave anything; else none."""
    from_plan = list(dict.fromkeys(a.idea_id for a in outcome.actions if a.idea_id in outcome.idea_by_id))
    if from_plan:
        return tuple(outcome.idea_by_id[i] for i in from_plan), True
    for result in reversed(outcome.results):
        ranked = [(d.option.id, d.rank) for d in result.dots if d.dots > 0]
        if result.kind == RoundKind.CRITERIA:
            ranked = [(s.option.id, s.rank_by_total) for s in result.scored if s.count]
        ranked = [(i, r) for i, r in ranked if i in outcome.idea_by_id]
        if ranked:
            shown = rows_to_show([r for _, r in ranked], CHOSEN_FROM_VOTE)
            return tuple(outcome.idea_by_id[i] for i, _ in ranked[:shown]), False
    return (), False
