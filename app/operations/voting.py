"""Operations on vote rounds: open, cast, abstain, tally, close, reveal, reopen.

The core enforces every rule here, whoever calls (the facilitator's window, the
phone server, the command line): budgets and maxima, known options, 1–5 scores, one
ballot per voter per round (sending again replaces the earlier ballot, in place),
nothing accepted after closing, and no link from a ballot to a person in an
anonymous round. Reading (round info, results) is in :mod:`app.voting`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app import text_rules as rules
from app.changes import Changes
from app.errors import InvalidInput, NotFound, SamskabError, VoteError
from app.library import Library
from app.model import (
    Ballot,
    Cluster,
    Criterion,
    Idea,
    Participant,
    Phase,
    RoundKind,
    RoundState,
    Score,
    Statement,
    VoteRound,
)
from app.operations._common import get, live_workshop
from app.templates import get_template
from app.voting import (
    ANSWER_VALUES,
    SCORE_MAX,
    SCORE_MIN,
    TALLY_KEY,
    TOKEN_ALPHABET,
    TOKEN_LENGTH,
    BallotView,
    ballot_view,
)

MAX_BUDGET = 100
MAX_OPTIONS = 500
#: A round accepts at most this many ballots (a citizens' meeting has a few hundred
#: people); it stops one device from filling the library with invented voter keys.
MAX_BALLOTS = 5000
MAX_TALLY = 100_000
DEFAULT_BUDGET = 3
VOTER_KEY_MAX = 100


def _new_token(library: Library) -> str:
    # The library's random source is SystemRandom outside tests: secrets strength.
    return "".join(library.rng.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))


def _check_int(value: object, low: int, high: int, da: str, en: str) -> int:
    """``value`` as an int in ``[low, high]``; refuses bools, floats and strings."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise VoteError(
            f"{da} skal være et helt tal fra {low} til {high}.",
            f"{en} must be a whole number from {low} to {high}.",
        )
    return value


@dataclass(frozen=True)
class VoteSubject:
    """What a round is on, beyond "everything": chosen ideas (the board's selection) or
    statements, the ideas of one theme, or the top ``top`` of an earlier, revealed round.

    Make one with :meth:`chosen`, :meth:`of_theme` or :meth:`top_of`; :func:`open_round`
    turns it into the round's options, which are then all the ballot, the phone page
    and the paper ballots show.
    """

    ids: tuple[uuid.UUID, ...] = ()
    theme: uuid.UUID | None = None
    top: int = 0
    from_round: uuid.UUID | None = None

    @classmethod
    def chosen(cls, ids: Iterable[uuid.UUID]) -> VoteSubject:
        return cls(ids=tuple(ids))

    @classmethod
    def of_theme(cls, theme_id: uuid.UUID) -> VoteSubject:
        return cls(theme=theme_id)

    @classmethod
    def top_of(cls, top: int, round_id: uuid.UUID) -> VoteSubject:
        return cls(top=top, from_round=round_id)


MAX_TOP = MAX_OPTIONS


def top_options(library: Library, round_id: uuid.UUID, top: int) -> list[uuid.UUID]:
    """The options ranked ``top`` or better in a revealed dot or criteria round, best
    first. A tie at the cut is kept whole (competition ranks: "top 5" of 1, 2, 3, 4, 5,
    5 is six), and options nobody gave a dot or a score are left out."""
    from app.voting import round_results

    _check_int(top, 1, MAX_TOP, "Antallet", "The number")
    results = round_results(library, round_id)  # refuses a round not yet revealed
    if results.kind == RoundKind.DOTS:
        return [r.option.id for r in results.dots if r.rank <= top and r.dots > 0]
    if results.kind == RoundKind.CRITERIA:
        return [r.option.id for r in results.scored if r.rank_by_total <= top and r.count > 0]
    raise VoteError(
        "En udsagnsafstemning har ingen rangorden at tage de bedste fra.",
        "A statement poll has no ranking to take the best from.",
    )


def _poll_question(template_id: str, language: str) -> str:
    """What the template's statement poll asks ("Er disse barrierer på spil i jeres
    kommune?", seed 003), the title of a poll opened without one; "" when it asks nothing
    (or the template is not a built-in one any more)."""
    try:
        question = get_template(template_id).poll_question
    except SamskabError:
        return ""
    return question.get(language) if question is not None else ""


def open_round(
    library: Library,
    workshop_id: uuid.UUID,
    kind: str,
    *,
    phase_id: uuid.UUID | None = None,
    option_ids: Iterable[uuid.UUID] | None = None,
    subject: VoteSubject | None = None,
    on: str = "ideas",
    title: str = "",
    budget: int | None = None,
    max_per_option: int | None = None,
    anonymous: bool = False,
) -> Changes:
    """Open a vote round; ``Changes.subject`` is the new round's id.

    The options are fixed now: for ``dots`` the ideas (``on="ideas"``) or clusters
    (``on="clusters"``) given by ``option_ids``, by default all of them; for
    ``statements`` the workshop's statements (or the chosen ones); for ``criteria``
    the chosen ideas, scored on every criterion of the workshop. ``subject`` chooses
    them another way (:class:`VoteSubject`: the board's selection, a theme, the top N
    of an earlier round). The round belongs to ``phase_id``, by default the workshop's
    current phase. A random token (the phone address) and its join code are made from
    the library's random source.
    """
    if kind not in tuple(RoundKind):
        raise InvalidInput(
            f"Afstemningstypen »{kind}« findes ikke (dots, statements eller criteria).",
            f"There is no vote kind '{kind}' (dots, statements or criteria).",
        )
    if on not in ("ideas", "clusters"):
        raise InvalidInput("Der kan stemmes på idéer eller temaer.", "Votes can be on ideas or themes.")
    title = rules.clean(title, rules.ROUND_TITLE)
    if kind == RoundKind.DOTS:
        budget = DEFAULT_BUDGET if budget is None else budget
        _check_int(budget, 1, MAX_BUDGET, "Antallet af prikker", "The number of dots")
        if max_per_option is not None:
            _check_int(max_per_option, 1, budget, "Højst prikker pr. idé", "The most dots per idea")
    else:
        budget = max_per_option = None
    if subject is not None:
        if option_ids is not None:
            raise TypeError("give option_ids or subject, not both")
        if subject.from_round is not None:
            option_ids = top_options(library, subject.from_round, subject.top)
            if not option_ids:
                raise VoteError("Ingen fik stemmer i den afstemning.", "Nobody got votes in that vote.")
        elif subject.theme is None:
            if not subject.ids:
                raise VoteError("Vælg først, hvad der skal stemmes om.", "Choose first what to vote on.")
            option_ids = subject.ids
    with (op := library.operation("open_round", workshop_id)) as session:
        workshop = live_workshop(session, workshop_id)
        if phase_id is None:
            phase_id = workshop.current_phase_id
        else:
            get(session, Phase, phase_id, workshop_id)
        if subject is not None and subject.from_round is not None:
            get(session, VoteRound, subject.from_round, workshop_id)
        if subject is not None and subject.theme is not None:
            theme = get(session, Cluster, subject.theme, workshop_id)
            option_ids = list(session.scalars(select(Idea.id).where(Idea.cluster_id == theme.id).order_by(Idea.number)))
            if not option_ids:
                raise VoteError(f"Temaet »{theme.title}« har ingen idéer.", f"The theme '{theme.title}' has no ideas.")
            if kind == RoundKind.DOTS and on == "clusters":
                raise VoteError("Et tema stemmes der om idé for idé.", "A theme is voted on idea by idea.")
        options = _choose_options(session, workshop_id, kind, on, option_ids)
        if kind == RoundKind.STATEMENTS and not title:
            title = _poll_question(workshop.template_id, workshop.language)
        if kind == RoundKind.CRITERIA and not workshop.criteria:
            raise VoteError(
                "Workshoppen har ingen kriterier at score efter.",
                "The workshop has no criteria to score by.",
            )
        vote = VoteRound(
            id=library.new_id(), workshop_id=workshop_id, phase_id=phase_id, kind=kind,
            title=title, state=RoundState.OPEN, anonymous=anonymous, budget=budget,
            max_per_option=max_per_option, options=[str(o) for o in options],
            token=_new_token(library), opened_at=library.now(),
        )
        session.add(vote)
        op.subject = vote.id
    return op.changes


def _choose_options(
    session: Session, workshop_id: uuid.UUID, kind: str, on: str, option_ids: Iterable[uuid.UUID] | None
) -> list[uuid.UUID]:
    model: type[Idea] | type[Cluster] | type[Statement]
    order: Any
    if kind == RoundKind.STATEMENTS:
        model, order = Statement, Statement.position
    elif kind == RoundKind.DOTS and on == "clusters":
        model, order = Cluster, Cluster.created_at
    else:
        model, order = Idea, Idea.number
    available = list(session.scalars(select(model.id).where(model.workshop_id == workshop_id).order_by(order)))
    if option_ids is None:
        chosen = available
    else:
        chosen = list(dict.fromkeys(option_ids))
        known = set(available)
        for option in chosen:
            if option not in known:
                what = {Statement: ("udsagn", "statements"), Cluster: ("temaer", "themes")}.get(model, ("idéer", "ideas"))
                raise VoteError(
                    f"En af de valgte muligheder findes ikke blandt workshoppens {what[0]}.",
                    f"One of the chosen options is not among the workshop's {what[1]}.",
                )
    if not chosen:
        what = {"statements": ("udsagn", "statements"), "clusters": ("temaer", "themes")}.get(
            kind if kind == RoundKind.STATEMENTS else on, ("idéer", "ideas")
        )
        raise VoteError(f"Der er ingen {what[0]} at stemme om.", f"There are no {what[1]} to vote on.")
    if len(chosen) > MAX_OPTIONS:
        raise VoteError(
            f"Højst {MAX_OPTIONS} muligheder i en afstemning.", f"At most {MAX_OPTIONS} options in a vote."
        )
    return chosen


# -- ballots ----------------------------------------------------------------------------


@dataclass(frozen=True)
class BallotMarks:
    """The marks of one ballot, checked against its round (see :func:`check_marks`):
    score rows as ``(option, criterion, value)`` triples."""

    rows: tuple[tuple[uuid.UUID, uuid.UUID | None, int], ...]


class RoundNotOpen(VoteError):
    """The round is closed or revealed: no ballot is accepted."""


def _not_open(vote: VoteRound) -> VoteError:
    if vote.state == RoundState.REVEALED:
        return RoundNotOpen("Afstemningen er afsluttet, og resultatet er vist.", "The vote is over and its results are shown.")
    return RoundNotOpen("Afstemningen er lukket: der modtages ikke flere stemmer.", "The vote is closed: no more ballots are accepted.")


def _unknown_option() -> VoteError:
    return VoteError("Stemmesedlen nævner en mulighed, der ikke er med i afstemningen.",
                     "The ballot names an option that is not in this vote.")


def check_marks(
    vote: VoteRound,
    criterion_ids: frozenset[uuid.UUID],
    *,
    dots: Mapping[uuid.UUID, int] | None = None,
    answers: Mapping[uuid.UUID, str] | None = None,
    scores: Mapping[tuple[uuid.UUID, uuid.UUID], int] | None = None,
) -> BallotMarks:
    """Validate a ballot against the round's rules; raise :class:`VoteError` with the
    reason, or return the rows to store. Zero dots on an option are dropped."""
    options = {uuid.UUID(o) for o in vote.options}
    given = [name for name, value in (("dots", dots), ("answers", answers), ("scores", scores)) if value]
    expected = {RoundKind.DOTS: "dots", RoundKind.STATEMENTS: "answers", RoundKind.CRITERIA: "scores"}[RoundKind(vote.kind)]
    if any(name != expected for name in given):
        raise VoteError("Stemmesedlen passer ikke til denne type afstemning.", "The ballot does not fit this kind of vote.")
    rows: list[tuple[uuid.UUID, uuid.UUID | None, int]] = []
    if vote.kind == RoundKind.DOTS:
        budget = vote.budget or 0
        most = vote.max_per_option or budget
        for option, count in (dots or {}).items():
            if option not in options:
                raise _unknown_option()
            _check_int(count, 0, MAX_BUDGET, "Antallet af prikker", "The number of dots")
            if count > most:
                raise VoteError(
                    f"Højst {most} prikker på samme idé.", f"At most {most} dots on the same option."
                )
            if count:
                rows.append((option, None, count))
        used = sum(r[2] for r in rows)
        if used > budget:
            raise VoteError(
                f"Du har {budget} prikker, men satte {used}.", f"You have {budget} dots but placed {used}."
            )
        if not used:
            raise VoteError(
                "Sæt mindst én prik, eller vælg »Jeg stemmer ikke«.",
                "Place at least one dot, or choose 'I am not voting'.",
            )
    elif vote.kind == RoundKind.STATEMENTS:
        for option, answer in (answers or {}).items():
            if option not in options:
                raise _unknown_option()
            if answer not in ANSWER_VALUES:
                raise VoteError(
                    "Svaret skal være Enig, Uenig eller Ved ikke.", "The answer must be Agree, Disagree or Don't know."
                )
            rows.append((option, None, ANSWER_VALUES[answer]))
        if not rows:
            raise VoteError(
                "Svar på mindst ét udsagn, eller vælg »Jeg stemmer ikke«.",
                "Answer at least one statement, or choose 'I am not voting'.",
            )
    else:
        for key, value in (scores or {}).items():
            if not (isinstance(key, tuple) and len(key) == 2):
                raise _unknown_option()
            option, criterion = key
            if option not in options or criterion not in criterion_ids:
                raise _unknown_option()
            _check_int(value, SCORE_MIN, SCORE_MAX, "Scoren", "The score")
            rows.append((option, criterion, value))
        if not rows:
            raise VoteError(
                "Giv mindst én score, eller vælg »Jeg stemmer ikke«.",
                "Give at least one score, or choose 'I am not voting'.",
            )
    return BallotMarks(tuple(rows))


def _check_voter_key(voter_key: str) -> str:
    if (not isinstance(voter_key, str) or voter_key == TALLY_KEY
            or rules.text_problem(voter_key, rules.VOTER_KEY) is not None):
        raise VoteError("Stemmesedlens afsender er ugyldig.", "The ballot's sender is not valid.")
    return voter_key


def _store(
    session: Session,
    library: Library,
    vote: VoteRound,
    voter_key: str,
    participant_id: uuid.UUID | None,
    abstained: bool,
    rows: tuple[tuple[uuid.UUID, uuid.UUID | None, int], ...],
    *,
    voters: int = 1,
    counts: tuple[int, ...] | None = None,
) -> Ballot:
    """Create the voter's ballot, or replace the earlier one in place: the same Ballot
    row is updated and its Score rows replaced (a delete and an insert of the same
    (round, voter) in one flush would collide on the unique key)."""
    ballot = session.scalar(select(Ballot).where(Ballot.round_id == vote.id, Ballot.voter_key == voter_key))
    if ballot is None:
        count = session.scalar(select(func.count()).select_from(Ballot).where(Ballot.round_id == vote.id)) or 0
        if count >= MAX_BALLOTS:
            raise VoteError(
                f"Afstemningen har nået det største antal stemmesedler ({MAX_BALLOTS}).",
                f"The vote has reached the largest number of ballots ({MAX_BALLOTS}).",
            )
        ballot = Ballot(id=library.new_id(), round_id=vote.id, voter_key=voter_key)
        session.add(ballot)
    else:
        for score in list(ballot.scores):
            ballot.scores.remove(score)  # delete-orphan
    ballot.participant_id = participant_id
    ballot.abstained = abstained
    ballot.voters = voters
    for index, (option, criterion, value) in enumerate(rows):
        ballot.scores.append(
            Score(id=library.new_id(), option_id=option, criterion_id=criterion, value=value,
                  count=counts[index] if counts else 1)
        )
    return ballot


def _voter(session: Session, vote: VoteRound, voter_key: str, participant_id: uuid.UUID | None) -> uuid.UUID | None:
    """Check who votes: nobody named in an anonymous round; a named participant of
    the workshop who has no ballot from another device."""
    if participant_id is None:
        return None
    if vote.anonymous:
        raise VoteError(
            "Afstemningen er anonym: stemmesedlen må ikke bære et navn.",
            "The vote is anonymous: a ballot must not carry a name.",
        )
    get(session, Participant, participant_id, vote.workshop_id)
    other = session.scalar(
        select(Ballot.id).where(
            Ballot.round_id == vote.id, Ballot.participant_id == participant_id, Ballot.voter_key != voter_key
        )
    )
    if other is not None:
        raise VoteError(
            "Dette navn har allerede stemt fra en anden enhed.",
            "This name has already voted from another device.",
        )
    return participant_id


def _open_round(session: Session, round_id: uuid.UUID) -> VoteRound:
    vote = get(session, VoteRound, round_id)
    if vote.state != RoundState.OPEN:
        raise _not_open(vote)
    return vote


def cast_ballot(
    library: Library,
    round_id: uuid.UUID,
    voter_key: str,
    *,
    participant_id: uuid.UUID | None = None,
    dots: Mapping[uuid.UUID, int] | None = None,
    answers: Mapping[uuid.UUID, str] | None = None,
    scores: Mapping[tuple[uuid.UUID, uuid.UUID], int] | None = None,
) -> Changes:
    """Cast (or replace) ``voter_key``'s ballot in an open round.

    ``voter_key`` is the voter's key in the round: ``participant:<id>`` at the laptop,
    a phone's random device key, never a name. Give ``dots`` (option → dots) for a dot
    round, ``answers`` (statement → "enig"/"uenig"/"ved_ikke") for a poll, or
    ``scores`` ((idea, criterion) → 1–5) for criteria scoring. Sending again replaces
    the earlier ballot; ``Changes.subject`` is the ballot's id.
    """
    _check_voter_key(voter_key)
    with (op := library.operation("cast_ballot")) as session:
        vote = _open_round(session, round_id)
        op.workshop_id = vote.workshop_id
        criteria = frozenset(session.scalars(select(Criterion.id).where(Criterion.workshop_id == vote.workshop_id)))
        marks = check_marks(vote, criteria, dots=dots, answers=answers, scores=scores)
        person = _voter(session, vote, voter_key, participant_id)
        op.subject = _store(session, library, vote, voter_key, person, False, marks.rows).id
    return op.changes


def abstain(
    library: Library, round_id: uuid.UUID, voter_key: str, *, participant_id: uuid.UUID | None = None
) -> Changes:
    """Record "Jeg stemmer ikke": the voter took part and chose not to vote. Replaces
    an earlier ballot of the same voter; counts as a ballot, not as a voter."""
    _check_voter_key(voter_key)
    with (op := library.operation("abstain")) as session:
        vote = _open_round(session, round_id)
        op.workshop_id = vote.workshop_id
        person = _voter(session, vote, voter_key, participant_id)
        op.subject = _store(session, library, vote, voter_key, person, True, ()).id
    return op.changes


@dataclass(frozen=True)
class BallotRequest:
    """One voter's ballot for :func:`cast_ballots` (as :func:`cast_ballot` takes it,
    or an abstention)."""

    voter_key: str
    participant_id: uuid.UUID | None = None
    abstain: bool = False
    dots: Mapping[uuid.UUID, int] | None = None
    answers: Mapping[uuid.UUID, str] | None = None
    scores: Mapping[tuple[uuid.UUID, uuid.UUID], int] | None = None


@dataclass(frozen=True)
class BatchResult:
    """What :func:`cast_ballots` did: ``results`` in the order of the requests, each
    the ballot as stored or the error that refused it; ``ballots`` the round's
    number of ballots afterwards; ``changes`` ``None`` if nothing was stored."""

    changes: Changes | None
    results: tuple[BallotView | SamskabError, ...]
    ballots: int


def cast_ballots(library: Library, round_id: uuid.UUID, requests: Sequence[BallotRequest]) -> BatchResult:
    """Cast many voters' ballots in one transaction (group commit for the phone
    server: one disk sync for a burst of phones instead of one each).

    Each ballot is checked by the same rules as :func:`cast_ballot`; a refused ballot
    gets its error in ``results`` and does not stop the others. Every check runs
    before its ballot touches the session, so a refusal leaves nothing behind.
    """
    results: list[BallotView | SamskabError] = []
    stored = 0
    keys = {r.voter_key for r in requests}
    with (op := library.operation("cast_ballots")) as session, session.no_autoflush:
        vote = get(session, VoteRound, round_id)
        op.workshop_id = vote.workshop_id
        if vote.state != RoundState.OPEN:
            error = _not_open(vote)
            return BatchResult(None, tuple(error for _ in requests), _ballots_in(session, round_id))
        criteria = frozenset(session.scalars(select(Criterion.id).where(Criterion.workshop_id == vote.workshop_id)))
        # Everything the checks need, read once for the whole batch (not per ballot):
        # the voters' earlier ballots, who holds each name, how many ballots there are.
        existing = {
            b.voter_key: b for b in session.scalars(
                select(Ballot).where(Ballot.round_id == round_id, Ballot.voter_key.in_(keys))
                .options(selectinload(Ballot.scores))
            )
        }
        holders: dict[uuid.UUID, str] = {
            person: key for person, key in session.execute(
                select(Ballot.participant_id, Ballot.voter_key)
                .where(Ballot.round_id == round_id, Ballot.participant_id.is_not(None))
            ) if person is not None
        }
        people = set(session.scalars(select(Participant.id).where(Participant.workshop_id == vote.workshop_id)))
        total = _ballots_in(session, round_id)  # voters' ballots (the tally is not one)
        for request in requests:
            try:
                _check_voter_key(request.voter_key)
                if request.abstain:
                    if request.dots or request.answers or request.scores:
                        raise VoteError("Man kan ikke både stemme og lade være.", "A ballot cannot both vote and abstain.")
                    rows: tuple[tuple[uuid.UUID, uuid.UUID | None, int], ...] = ()
                else:
                    rows = check_marks(vote, criteria, dots=request.dots, answers=request.answers,
                                       scores=request.scores).rows
                person = request.participant_id
                if person is not None:
                    if vote.anonymous:
                        raise VoteError(
                            "Afstemningen er anonym: stemmesedlen må ikke bære et navn.",
                            "The vote is anonymous: a ballot must not carry a name.",
                        )
                    if person not in people:
                        raise NotFound("Deltageren findes ikke (længere).", "The participant no longer exists.")
                    if holders.get(person, request.voter_key) != request.voter_key:
                        raise VoteError(
                            "Dette navn har allerede stemt fra en anden enhed.",
                            "This name has already voted from another device.",
                        )
                ballot = existing.get(request.voter_key)
                if ballot is None:
                    if total >= MAX_BALLOTS:
                        raise VoteError(
                            f"Afstemningen har nået det største antal stemmesedler ({MAX_BALLOTS}).",
                            f"The vote has reached the largest number of ballots ({MAX_BALLOTS}).",
                        )
                    ballot = Ballot(id=library.new_id(), round_id=vote.id, voter_key=request.voter_key)
                    session.add(ballot)
                    existing[request.voter_key] = ballot
                    total += 1
                else:
                    ballot.scores.clear()  # delete-orphan: the earlier marks go
                if ballot.participant_id is not None and ballot.participant_id != person:
                    holders.pop(ballot.participant_id, None)
                if person is not None:
                    holders[person] = request.voter_key
                ballot.participant_id = person
                ballot.abstained = request.abstain
                ballot.voters = 1
                for option, criterion, value in rows:
                    ballot.scores.append(Score(id=library.new_id(), option_id=option, criterion_id=criterion, value=value))
                results.append(ballot_view(vote, ballot))
                stored += 1
            except SamskabError as error:
                results.append(error)
    return BatchResult(op.changes if stored else None, tuple(results), total)


def _ballots_in(session: Session, round_id: uuid.UUID) -> int:
    query = select(func.count()).select_from(Ballot).where(Ballot.round_id == round_id, Ballot.voter_key != TALLY_KEY)
    return int(session.scalar(query) or 0)


@dataclass(frozen=True)
class TallyCount:
    """Hands counted for one answer: ``value`` is 1 for a dot, 1/-1/0 for
    Enig/Uenig/Ved ikke, or a 1–5 score (with ``criterion_id``)."""

    option_id: uuid.UUID
    value: int
    count: int
    criterion_id: uuid.UUID | None = None


def enter_tally(
    library: Library, round_id: uuid.UUID, counts: Iterable[TallyCount], *, voters: int | None = None
) -> Changes:
    """Store the counts the facilitator typed after a show of hands (or from paper).

    One tally per round (typing again replaces it). ``voters`` is the number of people
    who voted; by default the largest count given for one option (each hand raised
    at least once). Counts of zero are dropped; budgets do not apply to a room's
    hands, but every count must name a known option and a valid answer.
    """
    counts = list(counts)
    rows: list[tuple[uuid.UUID, uuid.UUID | None, int]] = []
    numbers: list[int] = []
    with (op := library.operation("enter_tally")) as session:
        vote = _open_round(session, round_id)
        op.workshop_id = vote.workshop_id
        options = {uuid.UUID(o) for o in vote.options}
        criteria = frozenset(session.scalars(select(Criterion.id).where(Criterion.workshop_id == vote.workshop_id)))
        seen: set[tuple[uuid.UUID, uuid.UUID | None, int]] = set()
        for c in counts:
            _check_int(c.count, 0, MAX_TALLY, "Antallet af hænder", "The number of hands")
            if c.option_id not in options:
                raise _unknown_option()
            if vote.kind == RoundKind.DOTS:
                valid = c.value == 1 and c.criterion_id is None
            elif vote.kind == RoundKind.STATEMENTS:
                valid = c.value in (1, -1, 0) and c.criterion_id is None
            else:
                valid = c.criterion_id in criteria and SCORE_MIN <= c.value <= SCORE_MAX
            if not valid or (c.option_id, c.criterion_id, c.value) in seen:
                raise VoteError("Optællingen har en ugyldig eller gentaget linje.", "The count has an invalid or repeated line.")
            seen.add((c.option_id, c.criterion_id, c.value))
            if c.count:
                rows.append((c.option_id, c.criterion_id, c.value))
                numbers.append(c.count)
        if voters is None:
            per_option: dict[tuple[uuid.UUID, uuid.UUID | None], int] = {}
            for (option, criterion, _), n in zip(rows, numbers, strict=True):
                per_option[(option, criterion)] = per_option.get((option, criterion), 0) + n
            if vote.kind == RoundKind.DOTS:
                voters = max(numbers, default=0)
            else:
                voters = max(per_option.values(), default=0)
        _check_int(voters, 0, MAX_TALLY, "Antallet af deltagere", "The number of participants")
        op.subject = _store(
            session, library, vote, TALLY_KEY, None, False, tuple(rows), voters=voters, counts=tuple(numbers)
        ).id
    return op.changes


def _set_state(library: Library, label: str, round_id: uuid.UUID, allowed: tuple[str, ...], state: str) -> Changes:
    with (op := library.operation(label)) as session:
        vote = get(session, VoteRound, round_id)
        op.workshop_id, op.subject = vote.workshop_id, vote.id
        if vote.state not in allowed:
            raise VoteError(*_STATE_MESSAGES[(vote.state, state)])
        if state != RoundState.OPEN and vote.state == RoundState.OPEN:
            vote.closed_at = library.now()
        if state == RoundState.OPEN:
            vote.closed_at = None
        vote.state = state
    return op.changes


_STATE_MESSAGES: dict[tuple[str, str], tuple[str, str]] = {
    (RoundState.CLOSED, RoundState.CLOSED): ("Afstemningen er allerede lukket.", "The vote is already closed."),
    (RoundState.REVEALED, RoundState.CLOSED): ("Afstemningen er allerede afsluttet og vist.", "The vote is already over and shown."),
    (RoundState.REVEALED, RoundState.REVEALED): ("Resultatet er allerede vist.", "The results are already shown."),
    (RoundState.OPEN, RoundState.OPEN): ("Afstemningen er allerede åben.", "The vote is already open."),
}


def close_round(library: Library, round_id: uuid.UUID) -> Changes:
    """Stop accepting ballots; results stay hidden until :func:`reveal_round`."""
    return _set_state(library, "close_round", round_id, (RoundState.OPEN,), RoundState.CLOSED)


def reveal_round(library: Library, round_id: uuid.UUID) -> Changes:
    """Show the results (closing the round first if it is still open)."""
    return _set_state(library, "reveal_round", round_id, (RoundState.OPEN, RoundState.CLOSED), RoundState.REVEALED)


def reopen_round(library: Library, round_id: uuid.UUID) -> Changes:
    """Accept ballots again (hiding the results until the next reveal); ballots
    already cast are kept and can be changed."""
    return _set_state(library, "reopen_round", round_id, (RoundState.CLOSED, RoundState.REVEALED), RoundState.OPEN)


def delete_round(library: Library, round_id: uuid.UUID) -> Changes:
    """Remove a round with its ballots (a round opened by mistake); undoable."""
    with (op := library.operation("delete_round")) as session:
        vote = get(session, VoteRound, round_id)
        op.workshop_id = vote.workshop_id
        session.delete(vote)
    return op.changes
