"""Vote rounds, read side: what a round offers, what a voter sent, and the results.

The operations that change rounds and ballots live in :mod:`app.operations.voting`;
this module reads. Everything it returns is a frozen dataclass, so the UI, the phone
server, the command line and the PDF handout can share the values across threads.

Three kinds of round (``RoundKind``):

* **dots** — each voter spreads a budget of dots over ideas or clusters, at most
  ``max_per_option`` on one option; results are ranked by dots.
* **statements** — each statement gets *Enig* / *Uenig* / *Ved ikke* (stored as the
  score values 1, -1 and 0), one answer per voter per statement.
* **criteria** — each chosen idea is scored 1–5 on each of the workshop's criteria;
  ideas are ranked by total and by mean.

Ranks are *competition ranks* ("1, 2, 2, 4"): options with equal figures share a rank,
so ties show as ties. Results are readable only once the facilitator has revealed
the round (:func:`round_results` raises :class:`VoteError` before); while the round
is open or closed, :func:`ballot_count` is all anyone (the projector included) sees.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from sqlalchemy import false, func, select
from sqlalchemy.orm import Session, selectinload

from app.errors import NotFound, VoteError
from app.library import Library
from app.model import (
    Answer,
    Ballot,
    Cluster,
    Criterion,
    Idea,
    Participant,
    RoundKind,
    RoundState,
    Score,
    Statement,
    VoteRound,
    Workshop,
)

#: The score values a statement answer is stored as.
ANSWER_VALUES: dict[str, int] = {Answer.AGREE: 1, Answer.DISAGREE: -1, Answer.DONT_KNOW: 0}
VALUE_ANSWERS: dict[int, str] = {v: k for k, v in ANSWER_VALUES.items()}
#: The range of a criteria score.
SCORE_MIN, SCORE_MAX = 1, 5
#: Voter key of the facilitator's typed counts (show of hands, paper).
TALLY_KEY = "tally"
#: Letters of tokens and join codes: no 0/O, 1/I/L, so a code read aloud or off a
#: projector is typed right. 31 symbols; the token's 24 carry about 119 bits.
TOKEN_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
TOKEN_LENGTH = 24
JOIN_CODE_LENGTH = 6


def join_code(token: str) -> str:
    """The short code shown on the projector: the token's first letters.

    Typing it on the phone page's start page leads to the round's address; it is as
    much a secret as the token for the few hours a round is open, and the phone
    server rate-limits attempts.
    """
    return token[:JOIN_CODE_LENGTH]


# -- what a round offers --------------------------------------------------------------


@dataclass(frozen=True)
class OptionInfo:
    """One thing voted on: an idea or cluster (dots, criteria) or a statement (poll).

    ``number`` is the idea's short number (for paper ballots and talk), ``None`` for
    clusters and statements. ``text`` is user text: show it as plain text only.
    """

    id: uuid.UUID
    kind: str  # "idea", "cluster" or "statement"
    number: int | None
    text: str

    @property
    def label(self) -> str:
        """The text as a line on a ballot or a bar: "12. text" for ideas."""
        return f"{self.number}. {self.text}" if self.number is not None else self.text


@dataclass(frozen=True)
class CriterionInfo:
    id: uuid.UUID
    name: str
    description: str


@dataclass(frozen=True)
class VoterInfo:
    """A participant a voter can pick (only in named rounds)."""

    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class RoundInfo:
    """A round as a ballot screen needs it: options, budget, rules, state.

    ``participants`` is empty for an anonymous round: nobody can pick a name there.
    ``ballots`` counts ballots received (abstentions included, the tally excluded).
    """

    id: uuid.UUID
    workshop_id: uuid.UUID
    phase_id: uuid.UUID | None
    kind: str
    state: str
    title: str
    anonymous: bool
    budget: int | None
    max_per_option: int | None
    options: tuple[OptionInfo, ...]
    criteria: tuple[CriterionInfo, ...]
    participants: tuple[VoterInfo, ...]
    token: str
    language: str
    ballots: int

    @property
    def join_code(self) -> str:
        return join_code(self.token)

    @property
    def is_open(self) -> bool:
        return self.state == RoundState.OPEN

    def option(self, option_id: uuid.UUID) -> OptionInfo:
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(option_id)


def _option_infos(session: Session, vote: VoteRound) -> tuple[OptionInfo, ...]:
    ids = [uuid.UUID(s) for s in vote.options]
    found: dict[uuid.UUID, OptionInfo] = {}
    # Only the shown columns, not mapped rows: a dot round over every idea of a
    # 10,000-idea workshop is read in a few hundred milliseconds, not seconds. Many
    # options are looked up by workshop rather than as thousands of bound ids.
    many = len(ids) > 200
    if vote.kind == RoundKind.STATEMENTS:
        statements = select(Statement.id, Statement.text).where(
            Statement.workshop_id == vote.workshop_id if many else Statement.id.in_(ids))
        for s_id, s_text in session.execute(statements):
            found[s_id] = OptionInfo(s_id, "statement", None, s_text)
    else:
        ideas = select(Idea.id, Idea.number, Idea.text).where(
            Idea.workshop_id == vote.workshop_id if many else Idea.id.in_(ids))
        for i_id, number, i_text in session.execute(ideas):
            found[i_id] = OptionInfo(i_id, "idea", number, i_text)
        clusters = select(Cluster.id, Cluster.title).where(Cluster.workshop_id == vote.workshop_id)
        for c_id, title in session.execute(clusters):
            found[c_id] = OptionInfo(c_id, "cluster", None, title)
    # An option deleted after opening stays countable, shown as removed.
    return tuple(found.get(i, OptionInfo(i, "removed", None, "—")) for i in ids)


def _criteria(session: Session, vote: VoteRound) -> tuple[CriterionInfo, ...]:
    if vote.kind != RoundKind.CRITERIA:
        return ()
    rows = session.scalars(
        select(Criterion).where(Criterion.workshop_id == vote.workshop_id).order_by(Criterion.position)
    )
    return tuple(CriterionInfo(c.id, c.name, c.description) for c in rows)


def _count(session: Session, round_id: uuid.UUID) -> int:
    query = select(func.count()).select_from(Ballot).where(
        Ballot.round_id == round_id, Ballot.voter_key != TALLY_KEY
    )
    return int(session.scalar(query) or 0)


def _info(session: Session, vote: VoteRound) -> RoundInfo:
    participants: tuple[VoterInfo, ...] = ()
    if not vote.anonymous:
        rows = session.scalars(
            select(Participant)
            .where(Participant.workshop_id == vote.workshop_id)
            .order_by(Participant.position)
        )
        participants = tuple(VoterInfo(p.id, p.name) for p in rows)
    language = session.scalar(select(Workshop.language).where(Workshop.id == vote.workshop_id))
    return RoundInfo(
        id=vote.id, workshop_id=vote.workshop_id, phase_id=vote.phase_id, kind=vote.kind,
        state=vote.state, title=vote.title, anonymous=vote.anonymous, budget=vote.budget,
        max_per_option=vote.max_per_option, options=_option_infos(session, vote),
        criteria=_criteria(session, vote), participants=participants, token=vote.token,
        language=language or "da", ballots=_count(session, vote.id),
    )


def _round(session: Session, round_id: uuid.UUID) -> VoteRound:
    vote = session.get(VoteRound, round_id)
    if vote is None:
        raise NotFound("Afstemningen findes ikke.", "The vote does not exist.")
    return vote


def round_info(library: Library, round_id: uuid.UUID) -> RoundInfo:
    """The round ``round_id`` as a ballot screen shows it."""
    with library.read() as session:
        return _info(session, _round(session, round_id))


def round_by_token(library: Library, token: str) -> RoundInfo | None:
    """The round whose phone token is ``token``, or ``None`` (an unknown token)."""
    if not token or len(token) != TOKEN_LENGTH:
        return None
    with library.read() as session:
        vote = session.scalar(select(VoteRound).where(VoteRound.token == token))
        return _info(session, vote) if vote is not None else None


def token_for_join_code(library: Library, code: str) -> str | None:
    """The token of the *open* round whose join code is ``code`` (any letter case)."""
    code = code.strip().upper()
    if len(code) != JOIN_CODE_LENGTH or any(c not in TOKEN_ALPHABET for c in code):
        return None
    with library.read() as session:
        tokens = session.scalars(
            select(VoteRound.token).where(
                VoteRound.token.like(code + "%"), VoteRound.state == RoundState.OPEN
            )
        ).all()
    return tokens[0] if len(tokens) == 1 else None


@dataclass(frozen=True)
class RoundSummary:
    """A round as a list of rounds names it (no options, no ballots: cheap to re-read)."""

    id: uuid.UUID
    kind: str
    title: str
    state: str


def round_summaries(library: Library, workshop_id: uuid.UUID) -> list[RoundSummary]:
    """Every round of a workshop, oldest first, without what :func:`list_rounds` adds."""
    query = (
        select(VoteRound.id, VoteRound.kind, VoteRound.title, VoteRound.state)
        .where(VoteRound.workshop_id == workshop_id)
        .order_by(VoteRound.created_at)
    )
    with library.read() as session:
        return [RoundSummary(*row) for row in session.execute(query)]


def list_rounds(library: Library, workshop_id: uuid.UUID) -> list[RoundInfo]:
    """Every round of a workshop, oldest first, with options and voters."""
    with library.read() as session:
        rounds = session.scalars(
            select(VoteRound).where(VoteRound.workshop_id == workshop_id).order_by(VoteRound.created_at)
        ).all()
        return [_info(session, r) for r in rounds]


@dataclass(frozen=True)
class BallotCount:
    """What may be shown before the reveal: how many have voted.

    ``ballots`` counts ballots from voters (abstentions included); ``abstained`` how
    many of them abstained; ``tally_voters`` the hands in the facilitator's count.
    """

    round_id: uuid.UUID
    state: str
    ballots: int
    abstained: int
    tally_voters: int

    @property
    def voted(self) -> int:
        """How many people have voted: ballots that are not abstentions, and the
        hands of the facilitator's count ("30 har stemt")."""
        return self.ballots - self.abstained + self.tally_voters


def ballot_count(library: Library, round_id: uuid.UUID) -> BallotCount:
    """How many ballots have arrived; safe to show on the projector at any time."""
    with library.read() as session:
        vote = _round(session, round_id)
        rows = session.execute(
            select(Ballot.voter_key, Ballot.abstained, Ballot.voters).where(Ballot.round_id == round_id)
        ).all()
    ballots = [r for r in rows if r.voter_key != TALLY_KEY]
    return BallotCount(
        round_id=round_id, state=vote.state, ballots=len(ballots),
        abstained=sum(1 for r in ballots if r.abstained),
        tally_voters=sum(r.voters for r in rows if r.voter_key == TALLY_KEY),
    )


# -- what one voter sent --------------------------------------------------------------


@dataclass(frozen=True)
class BallotView:
    """One voter's ballot as counted — for the confirmation on their own screen.

    ``dots`` maps option → dots, ``answers`` statement → ``Answer`` value
    ("enig", "uenig", "ved_ikke"), ``scores`` (idea, criterion) → 1–5.
    """

    round_id: uuid.UUID
    voter_key: str
    participant_id: uuid.UUID | None
    abstained: bool
    dots: dict[uuid.UUID, int]
    answers: dict[uuid.UUID, str]
    scores: dict[tuple[uuid.UUID, uuid.UUID], int]

    @property
    def dots_used(self) -> int:
        return sum(self.dots.values())


def ballot_view(vote: VoteRound, ballot: Ballot) -> BallotView:
    """The ballot as counted, from its rows (loaded, or just stored in a session)."""
    dots: dict[uuid.UUID, int] = {}
    answers: dict[uuid.UUID, str] = {}
    scores: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
    for s in ballot.scores:
        if vote.kind == RoundKind.DOTS:
            dots[s.option_id] = dots.get(s.option_id, 0) + s.value
        elif vote.kind == RoundKind.STATEMENTS:
            answers[s.option_id] = VALUE_ANSWERS[s.value]
        elif s.criterion_id is not None:
            scores[(s.option_id, s.criterion_id)] = s.value
    return BallotView(
        round_id=vote.id, voter_key=ballot.voter_key, participant_id=ballot.participant_id,
        abstained=ballot.abstained, dots=dots, answers=answers, scores=scores,
    )


def read_ballot(library: Library, round_id: uuid.UUID, voter_key: str) -> BallotView | None:
    """The ballot ``voter_key`` sent in the round, or ``None``. Only the voter's own
    key finds it: a phone cannot read another phone's ballot."""
    with library.read() as session:
        vote = _round(session, round_id)
        ballot = session.scalar(
            select(Ballot)
            .where(Ballot.round_id == round_id, Ballot.voter_key == voter_key)
            .options(selectinload(Ballot.scores))
        )
        return ballot_view(vote, ballot) if ballot is not None else None



def voter_keys(library: Library, round_id: uuid.UUID) -> set[str]:
    """The voter keys with a ballot in the round: who has voted already, in one query
    (the in-turn list of 200 names asked once per name took 0.4 s)."""
    with library.read() as session:
        return set(session.scalars(select(Ballot.voter_key).where(Ballot.round_id == round_id)))

# -- results --------------------------------------------------------------------------

K = TypeVar("K")


def competition_ranks(items: Sequence[K], key: Callable[[K], float]) -> list[int]:
    """Ranks for ``items`` already sorted best first: equal keys share a rank and the
    next rank skips ("1, 2, 2, 4"), so a tie is shown as a tie."""
    ranks: list[int] = []
    for index, item in enumerate(items):
        if index and key(item) == key(items[index - 1]):
            ranks.append(ranks[-1])
        else:
            ranks.append(index + 1)
    return ranks


def rows_to_show(ranks: Sequence[int], room: int, *, stretch: int = 0) -> int:
    """How many of the ranked rows (``ranks`` best first, as :func:`competition_ranks`
    gives them) to show where ``room`` rows fit, or ``room + stretch`` made smaller.

    A tie is never cut: ideas on the same dots are all shown or none is, so a
    "… and N more" line only ever counts ideas ranked below the last one shown. A
    tie that would be cut is shown in full when it fits in the stretched room, left
    off whole otherwise — unless it is the first rank, which is always shown.
    The projector and the handout both use this rule.
    """
    count = len(ranks)
    room = max(1, room)
    if count <= room:
        return count
    if ranks[room] != ranks[room - 1]:
        return room  # the cut falls between two ranks
    tie_end = room
    while tie_end < count and ranks[tie_end] == ranks[room - 1]:
        tie_end += 1
    if tie_end <= room + stretch:
        return tie_end
    tie_start = room - 1
    while tie_start > 0 and ranks[tie_start - 1] == ranks[room - 1]:
        tie_start -= 1
    return tie_start or tie_end


@dataclass(frozen=True)
class DotResult:
    """An option's dots; ``rank`` 1 is the most dots, equal dots share a rank."""

    option: OptionInfo
    dots: int
    rank: int


@dataclass(frozen=True)
class StatementResult:
    """The answers to one statement (people, not percentages). ``total`` is the sum."""

    statement: OptionInfo
    agree: int
    disagree: int
    dont_know: int

    @property
    def total(self) -> int:
        return self.agree + self.disagree + self.dont_know

    def share(self, answer: str) -> float:
        """The fraction (0–1) of answers that were ``answer`` ("enig", "uenig", "ved_ikke")."""
        count = {Answer.AGREE: self.agree, Answer.DISAGREE: self.disagree,
                 Answer.DONT_KNOW: self.dont_know}[Answer(answer)]
        return count / self.total if self.total else 0.0


@dataclass(frozen=True)
class CriterionScore:
    """One idea's scores on one criterion: ``total`` of the 1–5 scores, ``count`` of
    scores given, ``mean`` (``None`` when nobody scored it)."""

    criterion: CriterionInfo
    total: int
    count: int

    @property
    def mean(self) -> float | None:
        return self.total / self.count if self.count else None


@dataclass(frozen=True)
class ScoredOption:
    """An idea's criteria scores. ``mean`` is the mean of all its scores (``None`` if
    unscored). Ranked twice, each with ties: ``rank_by_total`` and ``rank_by_mean``."""

    option: OptionInfo
    per_criterion: tuple[CriterionScore, ...]
    total: int
    count: int
    rank_by_total: int
    rank_by_mean: int

    @property
    def mean(self) -> float | None:
        return self.total / self.count if self.count else None


@dataclass(frozen=True)
class RoundResults:
    """A revealed round's results, in the order to show them.

    Exactly one of ``dots`` (ranked, most first), ``statements`` (in the round's
    order) and ``scored`` (ranked by total, then mean) is filled, after ``kind``.
    ``voters`` is the number of people who voted (a tally counts its hands),
    ``ballots`` the ballots received (abstentions and the tally included),
    ``abstained`` those who said "Jeg stemmer ikke".
    """

    round_id: uuid.UUID
    workshop_id: uuid.UUID
    kind: str
    title: str
    state: str
    anonymous: bool
    budget: int | None
    voters: int
    ballots: int
    abstained: int
    dots: tuple[DotResult, ...] = ()
    statements: tuple[StatementResult, ...] = ()
    criteria: tuple[CriterionInfo, ...] = ()
    scored: tuple[ScoredOption, ...] = ()


#: A counted score as :func:`round_results` reads it: (option, criterion, value, count).
_Mark = tuple[uuid.UUID, uuid.UUID | None, int, int]


def _dot_results(options: Iterable[OptionInfo], marks: Iterable[_Mark]) -> tuple[DotResult, ...]:
    dots: dict[uuid.UUID, int] = defaultdict(int)
    for option_id, _criterion, value, count in marks:
        dots[option_id] += value * count
    ordered = sorted(options, key=lambda o: -dots[o.id])  # stable: ties keep the options' order
    ranks = competition_ranks(ordered, lambda o: -dots[o.id])
    return tuple(DotResult(o, dots[o.id], r) for o, r in zip(ordered, ranks, strict=True))


def _statement_results(options: Iterable[OptionInfo], marks: Iterable[_Mark]) -> tuple[StatementResult, ...]:
    counts: dict[tuple[uuid.UUID, int], int] = defaultdict(int)
    for option_id, _criterion, value, count in marks:
        counts[(option_id, value)] += count
    return tuple(
        StatementResult(o, counts[(o.id, 1)], counts[(o.id, -1)], counts[(o.id, 0)]) for o in options
    )


def _scored_results(
    options: Iterable[OptionInfo], criteria: Sequence[CriterionInfo], marks: Iterable[_Mark]
) -> tuple[ScoredOption, ...]:
    totals: dict[tuple[uuid.UUID, uuid.UUID], list[int]] = defaultdict(lambda: [0, 0])
    for option_id, criterion_id, value, count in marks:
        if criterion_id is not None:
            cell = totals[(option_id, criterion_id)]
            cell[0] += value * count
            cell[1] += count
    rows = []
    for o in options:
        per = tuple(CriterionScore(c, *totals[(o.id, c.id)]) for c in criteria)
        rows.append((o, per, sum(p.total for p in per), sum(p.count for p in per)))

    def mean(row: tuple[OptionInfo, tuple[CriterionScore, ...], int, int]) -> float:
        return row[2] / row[3] if row[3] else -1.0

    by_mean = sorted(rows, key=lambda r: -mean(r))
    mean_rank = dict(zip((r[0].id for r in by_mean), competition_ranks(by_mean, lambda r: -mean(r)), strict=True))
    by_total = sorted(rows, key=lambda r: (-r[2], -mean(r)))
    total_ranks = competition_ranks(by_total, lambda r: -r[2])
    return tuple(
        ScoredOption(o, per, total, count, rank, mean_rank[o.id])
        for (o, per, total, count), rank in zip(by_total, total_ranks, strict=True)
    )


def round_results(library: Library, round_id: uuid.UUID) -> RoundResults:
    """The results of a revealed round.

    Raises :class:`VoteError` while the round is open or closed: results are hidden
    until the facilitator reveals them (nobody, the facilitator included, previews
    them; :func:`ballot_count` is what can be shown before).
    """
    with library.read() as session:
        vote = session.get(VoteRound, round_id)
        if vote is None:
            raise NotFound("Afstemningen findes ikke.", "The vote does not exist.")
        if vote.state != RoundState.REVEALED:
            raise VoteError(
                "Resultatet vises først, når facilitator har afsløret afstemningen.",
                "The results are shown only after the facilitator has revealed the vote.",
            )
        options = _option_infos(session, vote)
        criteria = _criteria(session, vote)
        # Plain columns, not mapped rows: a criteria round of 200 voters has thousands
        # of scores, and the projector re-reads them on every reveal.
        ballots = session.execute(
            select(Ballot.abstained, Ballot.voters).where(Ballot.round_id == round_id)
        ).all()
        marks: list[_Mark] = [
            (option_id, criterion_id, value, count)
            for option_id, criterion_id, value, count in session.execute(
                select(Score.option_id, Score.criterion_id, Score.value, Score.count)
                .join(Ballot, Ballot.id == Score.ballot_id)
                .where(Ballot.round_id == round_id, Ballot.abstained == false())
            )
        ]
    base = RoundResults(
        round_id=vote.id, workshop_id=vote.workshop_id, kind=vote.kind, title=vote.title,
        state=vote.state, anonymous=vote.anonymous, budget=vote.budget,
        voters=sum(voters for abstained, voters in ballots if not abstained), ballots=len(ballots),
        abstained=sum(1 for abstained, _voters in ballots if abstained),
    )
    if vote.kind == RoundKind.DOTS:
        return replace(base, dots=_dot_results(options, marks))
    if vote.kind == RoundKind.STATEMENTS:
        return replace(base, statements=_statement_results(options, marks))
    return replace(base, criteria=criteria, scored=_scored_results(options, criteria, marks))
