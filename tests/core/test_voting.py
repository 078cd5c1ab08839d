"""Vote rounds: every rule of app.operations.voting and every rejection, the results
with their ties, and Hypothesis properties (budgets never exceeded, recast replaces)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.errors import InvalidInput, NotFound, VoteError
from app.library import Library
from app.model import Ballot, RoundState, Score
from app.operations import (
    TallyCount,
    abstain,
    add_idea,
    cast_ballot,
    close_round,
    create_workshop,
    delete_ideas,
    delete_round,
    enter_tally,
    open_round,
    reopen_round,
    reveal_round,
)
from app.operations.board import create_cluster
from app.queries import load_workshop
from app.templates import Template
from app.voting import (
    JOIN_CODE_LENGTH,
    TOKEN_ALPHABET,
    TOKEN_LENGTH,
    ballot_count,
    read_ballot,
    round_by_token,
    round_info,
    round_results,
    round_summaries,
    token_for_join_code,
    voter_keys,
)


@dataclass
class Room:
    """A workshop with five ideas (one with HTML in it), two participants, statements
    and criteria from the template."""

    library: Library
    workshop_id: uuid.UUID
    ideas: list[uuid.UUID]
    people: list[uuid.UUID]
    statements: list[uuid.UUID]
    criteria: list[uuid.UUID]


@pytest.fixture
def room(library: Library, templates: dict[str, Template]) -> Room:
    template = templates["samarbejdsdrevet-innovation"]
    wid = create_workshop(library, template, title="Borgermøde", participants=[("Anne", ""), ("Bo", "")]).subject
    assert wid is not None
    ideas = [
        add_idea(library, wid, text).subject
        for text in ("Fælles kaffe", "<b>Idé</b><script>x()</script>", "Cykelpulje", "Nabohjælp", "Åben skole")
    ]
    workshop = load_workshop(library, wid)
    return Room(
        library, wid, [i for i in ideas if i is not None], [p.id for p in workshop.participants],
        [s.id for s in workshop.statements], [c.id for c in workshop.criteria],
    )


def open_dots(room: Room, **kwargs: object) -> uuid.UUID:
    rid = open_round(room.library, room.workshop_id, "dots", **kwargs).subject  # type: ignore[arg-type]
    assert rid is not None
    return rid


# -- opening ------------------------------------------------------------------------------


def test_open_dots_round_fixes_options_budget_token(room: Room) -> None:
    rid = open_dots(room, budget=4, max_per_option=2, title="Prioritering")
    info = round_info(room.library, rid)
    assert info.kind == "dots" and info.state == RoundState.OPEN
    assert [o.id for o in info.options] == room.ideas
    assert info.budget == 4 and info.max_per_option == 2 and info.title == "Prioritering"
    assert len(info.token) == TOKEN_LENGTH and set(info.token) <= set(TOKEN_ALPHABET)
    assert info.join_code == info.token[:JOIN_CODE_LENGTH]
    assert [p.name for p in info.participants] == ["Anne", "Bo"]
    workshop = load_workshop(room.library, room.workshop_id)
    assert info.phase_id == workshop.current_phase_id
    # An idea added later is not in the round: options are fixed at opening.
    add_idea(room.library, room.workshop_id, "Sen idé")
    assert len(round_info(room.library, rid).options) == 5


def test_html_in_options_is_kept_as_text(room: Room) -> None:
    info = round_info(room.library, open_dots(room))
    assert info.options[1].text == "<b>Idé</b><script>x()</script>"
    assert info.options[1].label.startswith("2. <b>")


def test_tokens_differ_between_rounds(room: Room) -> None:
    assert round_info(room.library, open_dots(room)).token != round_info(room.library, open_dots(room)).token


def test_open_on_clusters_and_chosen_options(room: Room) -> None:
    cid = create_cluster(room.library, room.workshop_id, "Fællesskab").subject
    rid = open_dots(room, on="clusters")
    assert [o.id for o in round_info(room.library, rid).options] == [cid]
    assert round_info(room.library, rid).options[0].kind == "cluster"
    rid = open_dots(room, option_ids=[room.ideas[2], room.ideas[0], room.ideas[2]])
    assert [o.id for o in round_info(room.library, rid).options] == [room.ideas[2], room.ideas[0]]


def test_open_statement_poll_and_criteria(room: Room) -> None:
    poll = open_round(room.library, room.workshop_id, "statements", budget=7).subject
    assert poll is not None
    info = round_info(room.library, poll)
    assert [o.id for o in info.options] == room.statements and info.budget is None
    crit = open_round(room.library, room.workshop_id, "criteria", option_ids=room.ideas[:2]).subject
    assert crit is not None
    info = round_info(room.library, crit)
    assert [c.id for c in info.criteria] == room.criteria and len(info.options) == 2


def test_a_poll_without_a_title_asks_the_templates_question(room: Room) -> None:
    poll = open_round(room.library, room.workshop_id, "statements").subject
    assert poll is not None
    assert round_info(room.library, poll).title == "Er disse barrierer på spil i jeres kommune?"  # seed 003
    own = open_round(room.library, room.workshop_id, "statements", title="Hvad mener I?").subject
    assert own is not None and round_info(room.library, own).title == "Hvad mener I?"
    dots = open_dots(room)
    assert round_info(room.library, dots).title == ""


def test_anonymous_round_lists_no_participants(room: Room) -> None:
    assert round_info(room.library, open_dots(room, anonymous=True)).participants == ()


@pytest.mark.parametrize(
    ("kind", "kwargs", "error"),
    [
        ("raffle", {}, InvalidInput),
        ("dots", {"on": "tables"}, InvalidInput),
        ("dots", {"budget": 0}, VoteError),
        ("dots", {"budget": 101}, VoteError),
        ("dots", {"budget": True}, VoteError),
        ("dots", {"budget": 3, "max_per_option": 4}, VoteError),
        ("dots", {"on": "clusters"}, VoteError),  # no clusters yet
        ("dots", {"option_ids": [uuid.UUID(int=7)]}, VoteError),
        ("dots", {"option_ids": []}, VoteError),
        ("dots", {"phase_id": uuid.UUID(int=9)}, NotFound),
        ("dots", {"title": "x" * 201}, InvalidInput),
    ],
)
def test_open_rejections(room: Room, kind: str, kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        open_round(room.library, room.workshop_id, kind, **kwargs)  # type: ignore[arg-type]


def test_open_in_unknown_workshop(room: Room) -> None:
    with pytest.raises(NotFound):
        open_round(room.library, uuid.UUID(int=5), "dots")


# -- casting ------------------------------------------------------------------------------


def test_cast_replaces_earlier_ballot_in_place(room: Room) -> None:
    rid = open_dots(room, budget=3)
    first = cast_ballot(room.library, rid, "phone-a", dots={room.ideas[0]: 3}).subject
    second = cast_ballot(room.library, rid, "phone-a", dots={room.ideas[1]: 1, room.ideas[2]: 2}).subject
    assert first == second  # the same Ballot row, updated
    view = read_ballot(room.library, rid, "phone-a")
    assert view is not None and view.dots == {room.ideas[1]: 1, room.ideas[2]: 2} and view.dots_used == 3
    with room.library.read() as session:
        assert session.scalar(select(func.count()).select_from(Ballot)) == 1
        assert session.scalar(select(func.count()).select_from(Score)) == 2
    assert ballot_count(room.library, rid).ballots == 1


def test_zero_dots_are_dropped(room: Room) -> None:
    rid = open_dots(room)
    cast_ballot(room.library, rid, "k", dots={room.ideas[0]: 0, room.ideas[1]: 2})
    view = read_ballot(room.library, rid, "k")
    assert view is not None and view.dots == {room.ideas[1]: 2}


@pytest.mark.parametrize(
    ("dots", "reason"),
    [
        ({0: 4}, "prikker"),  # over the budget of 3
        ({0: 2, 1: 2}, "prikker"),  # over the budget, spread
        ({0: 3}, "Højst 2"),  # over max per option
        ({0: -1}, "helt tal"),
        ({0: 1.0}, "helt tal"),
        ({0: True}, "helt tal"),
        ({0: "1"}, "helt tal"),
        ({}, "mindst én"),
        ({0: 0}, "mindst én"),
        ({"unknown": 1}, "ikke er med"),
    ],
)
def test_dot_rejections_change_nothing(room: Room, dots: dict[object, object], reason: str) -> None:
    rid = open_dots(room, budget=3, max_per_option=2)
    cast_ballot(room.library, rid, "k", dots={room.ideas[4]: 1})
    ballot = {(room.ideas[k] if isinstance(k, int) else uuid.UUID(int=1)): v for k, v in dots.items()}
    with pytest.raises(VoteError, match=reason):
        cast_ballot(room.library, rid, "k", dots=ballot)  # type: ignore[arg-type]
    view = read_ballot(room.library, rid, "k")
    assert view is not None and view.dots == {room.ideas[4]: 1}


def test_wrong_kind_of_marks_rejected(room: Room) -> None:
    rid = open_dots(room)
    with pytest.raises(VoteError, match="passer ikke"):
        cast_ballot(room.library, rid, "k", answers={room.ideas[0]: "enig"})


@pytest.mark.parametrize("key", ["", "x" * 101, "tally"])
def test_bad_voter_keys(room: Room, key: str) -> None:
    rid = open_dots(room)
    with pytest.raises(VoteError):
        cast_ballot(room.library, rid, key, dots={room.ideas[0]: 1})


def test_nothing_accepted_after_close_and_reopen_accepts_again(room: Room) -> None:
    rid = open_dots(room)
    cast_ballot(room.library, rid, "k", dots={room.ideas[0]: 1})
    close_round(room.library, rid)
    for attempt in (
        lambda: cast_ballot(room.library, rid, "k", dots={room.ideas[1]: 1}),
        lambda: abstain(room.library, rid, "j"),
        lambda: enter_tally(room.library, rid, [TallyCount(room.ideas[0], 1, 5)]),
    ):
        with pytest.raises(VoteError, match="lukket"):
            attempt()
    reveal_round(room.library, rid)
    with pytest.raises(VoteError, match="afsluttet"):
        cast_ballot(room.library, rid, "k", dots={room.ideas[1]: 1})
    reopen_round(room.library, rid)
    assert round_info(room.library, rid).is_open
    cast_ballot(room.library, rid, "k", dots={room.ideas[1]: 1})
    with pytest.raises(VoteError):  # hidden again after reopening
        round_results(room.library, rid)


def test_state_transition_rejections(room: Room) -> None:
    rid = open_dots(room)
    with pytest.raises(VoteError, match="allerede åben"):
        reopen_round(room.library, rid)
    close_round(room.library, rid)
    with pytest.raises(VoteError, match="allerede lukket"):
        close_round(room.library, rid)
    reveal_round(room.library, rid)
    with pytest.raises(VoteError, match="allerede vist"):
        reveal_round(room.library, rid)
    with pytest.raises(VoteError, match="afsluttet"):
        close_round(room.library, rid)


def test_reveal_straight_from_open_closes(room: Room) -> None:
    rid = open_dots(room)
    reveal_round(room.library, rid)
    assert round_info(room.library, rid).state == RoundState.REVEALED


def test_named_ballot_and_one_ballot_per_person(room: Room) -> None:
    rid = open_dots(room)
    cast_ballot(room.library, rid, "phone-a", participant_id=room.people[0], dots={room.ideas[0]: 1})
    view = read_ballot(room.library, rid, "phone-a")
    assert view is not None and view.participant_id == room.people[0]
    with pytest.raises(VoteError, match="anden enhed"):
        cast_ballot(room.library, rid, "phone-b", participant_id=room.people[0], dots={room.ideas[0]: 1})
    with pytest.raises(NotFound):
        cast_ballot(room.library, rid, "phone-c", participant_id=uuid.UUID(int=3), dots={room.ideas[0]: 1})


def test_anonymous_round_stores_no_person(room: Room) -> None:
    rid = open_dots(room, anonymous=True)
    with pytest.raises(VoteError, match="anonym"):
        cast_ballot(room.library, rid, "k", participant_id=room.people[0], dots={room.ideas[0]: 1})
    cast_ballot(room.library, rid, "k", dots={room.ideas[0]: 1})
    with room.library.read() as session:
        assert session.scalars(select(Ballot.participant_id)).all() == [None]


def test_abstain_replaces_and_counts_as_ballot_not_voter(room: Room) -> None:
    rid = open_dots(room)
    cast_ballot(room.library, rid, "k", dots={room.ideas[0]: 2})
    abstain(room.library, rid, "k")
    cast_ballot(room.library, rid, "j", dots={room.ideas[1]: 1})
    view = read_ballot(room.library, rid, "k")
    assert view is not None and view.abstained and view.dots == {}
    count = ballot_count(room.library, rid)
    assert (count.ballots, count.abstained) == (2, 1)
    reveal_round(room.library, rid)
    results = round_results(room.library, rid)
    assert (results.voters, results.ballots, results.abstained) == (1, 2, 1)
    assert {r.option.id: r.dots for r in results.dots}[room.ideas[0]] == 0


def test_statement_poll_rules_and_stacked_results(room: Room) -> None:
    rid = open_round(room.library, room.workshop_id, "statements").subject
    assert rid is not None
    s0, s1 = room.statements[:2]
    cast_ballot(room.library, rid, "a", answers={s0: "enig", s1: "uenig"})
    cast_ballot(room.library, rid, "b", answers={s0: "enig", s1: "ved_ikke"})
    cast_ballot(room.library, rid, "c", answers={s0: "uenig"})
    for bad, reason in (({s0: "måske"}, "Enig, Uenig"), ({uuid.UUID(int=1): "enig"}, "ikke er med"), ({}, "mindst ét")):
        with pytest.raises(VoteError, match=reason):
            cast_ballot(room.library, rid, "a", answers=bad)
    reveal_round(room.library, rid)
    results = round_results(room.library, rid)
    assert results.voters == 3
    first, second = results.statements[:2]
    assert (first.agree, first.disagree, first.dont_know, first.total) == (2, 1, 0, 3)
    assert (second.agree, second.disagree, second.dont_know) == (0, 1, 1)
    assert first.share("enig") == pytest.approx(2 / 3)
    assert [r.statement.id for r in results.statements] == room.statements


def test_criteria_scoring_ranked_by_total_and_mean_with_ties(room: Room) -> None:
    a, b, c = room.ideas[:3]
    k1, k2, k3 = room.criteria
    rid = open_round(room.library, room.workshop_id, "criteria", option_ids=[a, b, c]).subject
    assert rid is not None
    cast_ballot(room.library, rid, "v1", scores={(a, k1): 5, (a, k2): 5, (a, k3): 2, (b, k1): 4, (b, k2): 4, (b, k3): 4, (c, k1): 5})
    cast_ballot(room.library, rid, "v2", scores={(a, k1): 3, (b, k1): 3, (c, k1): 5})
    for bad, reason in (
        ({(a, k1): 0}, "1 til 5"), ({(a, k1): 6}, "1 til 5"), ({(a, k1): 2.5}, "helt tal"),
        ({(a, uuid.UUID(int=1)): 3}, "ikke er med"), ({(room.ideas[4], k1): 3}, "ikke er med"), ({}, "mindst én"),
    ):
        with pytest.raises(VoteError, match=reason):
            cast_ballot(room.library, rid, "v1", scores=bad)  # type: ignore[arg-type]
    reveal_round(room.library, rid)
    results = round_results(room.library, rid)
    rows = {r.option.id: r for r in results.scored}
    assert (rows[a].total, rows[b].total, rows[c].total) == (15, 15, 10)
    assert rows[a].rank_by_total == rows[b].rank_by_total == 1 and rows[c].rank_by_total == 3
    assert rows[c].mean == 5 and rows[c].rank_by_mean == 1
    assert rows[a].mean == rows[b].mean == 3.75 and rows[a].rank_by_mean == rows[b].rank_by_mean == 2
    assert rows[a].per_criterion[0].mean == 4 and rows[a].per_criterion[0].count == 2
    assert [ci.id for ci in results.criteria] == room.criteria


def test_dots_ranked_with_ties(room: Room) -> None:
    rid = open_dots(room, budget=3)
    i = room.ideas
    cast_ballot(room.library, rid, "a", dots={i[0]: 2, i[1]: 1})
    cast_ballot(room.library, rid, "b", dots={i[1]: 1, i[2]: 2})
    cast_ballot(room.library, rid, "c", dots={i[3]: 1})
    with pytest.raises(VoteError, match="afsløret"):
        round_results(room.library, rid)
    close_round(room.library, rid)
    with pytest.raises(VoteError, match="afsløret"):
        round_results(room.library, rid)
    reveal_round(room.library, rid)
    results = round_results(room.library, rid)
    assert [(r.option.id, r.dots, r.rank) for r in results.dots] == [
        (i[0], 2, 1), (i[1], 2, 1), (i[2], 2, 1), (i[3], 1, 4), (i[4], 0, 5)
    ]
    assert results.voters == 3 and results.budget == 3


def test_a_round_over_hundreds_of_ideas_names_each_and_marks_the_removed(room: Room) -> None:
    # Above 200 options the texts are read by workshop, not by a list of ids.
    more = [add_idea(room.library, room.workshop_id, f"Idé {n}").subject for n in range(250)]
    rid = open_dots(room, budget=3)
    delete_ideas(room.library, [room.ideas[2]])
    info = round_info(room.library, rid)
    assert [o.id for o in info.options] == room.ideas + more
    assert [(o.kind, o.text) for o in info.options[:4]] == [
        ("idea", "Fælles kaffe"), ("idea", "<b>Idé</b><script>x()</script>"), ("removed", "—"), ("idea", "Nabohjælp"),
    ]
    assert [(o.number, o.text) for o in info.options[-2:]] == [(254, "Idé 248"), (255, "Idé 249")]
    cast_ballot(room.library, rid, "a", dots={more[-1]: 2, room.ideas[0]: 1})
    reveal_round(room.library, rid)
    top = round_results(room.library, rid).dots[:3]
    assert [(r.option.id, r.dots, r.rank) for r in top] == [(more[-1], 2, 1), (room.ideas[0], 1, 2), (room.ideas[1], 0, 3)]


def test_round_summaries_and_who_has_voted(room: Room) -> None:
    first = open_dots(room, title="Først")
    cast_ballot(room.library, first, "participant:x", dots={room.ideas[0]: 1})
    abstain(room.library, first, "phone-0001-abcdef")
    close_round(room.library, first)
    second = open_round(room.library, room.workshop_id, "statements").subject
    assert [(r.id, r.kind, r.title, r.state) for r in round_summaries(room.library, room.workshop_id)] == [
        (first, "dots", "Først", RoundState.CLOSED), (second, "statements", "Er disse barrierer på spil i jeres kommune?", RoundState.OPEN),
    ]
    assert voter_keys(room.library, first) == {"participant:x", "phone-0001-abcdef"}
    assert second is not None and voter_keys(room.library, second) == set()


def test_tally_for_show_of_hands(room: Room) -> None:
    rid = open_dots(room)
    cast_ballot(room.library, rid, "laptop", dots={room.ideas[0]: 1})
    enter_tally(room.library, rid, [TallyCount(room.ideas[0], 1, 7), TallyCount(room.ideas[1], 1, 9), TallyCount(room.ideas[2], 1, 0)])
    enter_tally(room.library, rid, [TallyCount(room.ideas[0], 1, 8), TallyCount(room.ideas[1], 1, 9)], voters=12)  # replaces
    count = ballot_count(room.library, rid)
    assert (count.ballots, count.tally_voters) == (1, 12)
    reveal_round(room.library, rid)
    results = round_results(room.library, rid)
    assert [(r.option.id, r.dots) for r in results.dots][:2] == [(room.ideas[0], 9), (room.ideas[1], 9)]
    assert results.voters == 13


def test_tally_statements_default_voters(room: Room) -> None:
    rid = open_round(room.library, room.workshop_id, "statements").subject
    assert rid is not None
    s0, s1 = room.statements[:2]
    enter_tally(room.library, rid, [TallyCount(s0, 1, 10), TallyCount(s0, -1, 4), TallyCount(s1, 0, 3)])
    reveal_round(room.library, rid)
    results = round_results(room.library, rid)
    assert results.voters == 14
    assert (results.statements[0].agree, results.statements[0].disagree) == (10, 4)


@pytest.mark.parametrize(
    "line",
    [
        lambda r: TallyCount(uuid.UUID(int=1), 1, 3),
        lambda r: TallyCount(r.ideas[0], 2, 3),
        lambda r: TallyCount(r.ideas[0], 1, -3),
        lambda r: TallyCount(r.ideas[0], 1, 3, criterion_id=r.criteria[0]),
    ],
)
def test_tally_rejections(room: Room, line: object) -> None:
    rid = open_dots(room)
    with pytest.raises(VoteError):
        enter_tally(room.library, rid, [line(room)])  # type: ignore[operator]
    with pytest.raises(VoteError, match="gentaget"):
        enter_tally(room.library, rid, [TallyCount(room.ideas[0], 1, 1), TallyCount(room.ideas[0], 1, 2)])
    assert ballot_count(room.library, rid).tally_voters == 0


def test_token_and_join_code_lookup(room: Room) -> None:
    rid = open_dots(room)
    info = round_info(room.library, rid)
    assert round_by_token(room.library, info.token) == info
    assert round_by_token(room.library, "X" * TOKEN_LENGTH) is None
    assert round_by_token(room.library, "") is None
    assert token_for_join_code(room.library, info.join_code.lower()) == info.token
    assert token_for_join_code(room.library, "ABC") is None
    assert token_for_join_code(room.library, "<scri") is None
    close_round(room.library, rid)
    assert token_for_join_code(room.library, info.join_code) is None  # only open rounds


def test_undo_cast_and_delete_round(room: Room) -> None:
    rid = open_dots(room)
    changes = cast_ballot(room.library, rid, "k", dots={room.ideas[0]: 1})
    assert changes.inverse is not None
    changes.inverse(room.library)
    assert read_ballot(room.library, rid, "k") is None
    cast_ballot(room.library, rid, "k", dots={room.ideas[0]: 1})
    deleted = delete_round(room.library, rid)
    with pytest.raises(NotFound):
        round_info(room.library, rid)
    assert deleted.inverse is not None
    deleted.inverse(room.library)
    assert read_ballot(room.library, rid, "k") is not None


def test_results_survive_reopening_the_library(room: Room) -> None:
    from app.library import open_library

    rid = open_dots(room)
    cast_ballot(room.library, rid, "k", dots={room.ideas[0]: 2})
    reveal_round(room.library, rid)
    before = round_results(room.library, rid)
    again = open_library(room.library.location)
    try:
        assert round_results(again, rid) == before
    finally:
        again.close()


# -- properties ---------------------------------------------------------------------------

ballots = st.lists(
    st.tuples(st.integers(0, 4), st.dictionaries(st.integers(0, 4), st.integers(-1, 5), max_size=5)),
    min_size=1, max_size=12,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sequence=ballots)
def test_budgets_never_exceeded_and_recast_replaces(room: Room, sequence: list[tuple[int, dict[int, int]]]) -> None:
    """Whatever voters send, in any order: every stored ballot keeps the budget and the
    maximum, each voter has one ballot (the last accepted), and the results add up."""
    rid = open_dots(room, budget=4, max_per_option=3)
    expected: dict[str, dict[uuid.UUID, int]] = {}
    for voter, raw in sequence:
        dots = {room.ideas[k]: v for k, v in raw.items()}
        key = f"voter-{voter}"
        try:
            cast_ballot(room.library, rid, key, dots=dots)
        except VoteError:
            continue
        expected[key] = {k: v for k, v in dots.items() if v}
    for key, dots in expected.items():
        view = read_ballot(room.library, rid, key)
        assert view is not None and view.dots == dots
        assert 1 <= view.dots_used <= 4 and max(view.dots.values()) <= 3
    assert ballot_count(room.library, rid).ballots == len(expected)
    reveal_round(room.library, rid)
    results = round_results(room.library, rid)
    assert sum(r.dots for r in results.dots) == sum(sum(d.values()) for d in expected.values())
    assert results.voters == len(expected)


# -- many ballots in one transaction (the phone server's group commit) ------------------


def test_cast_ballots_batch_refuses_each_bad_one_alone(room: Room) -> None:
    from app.operations.voting import BallotRequest, RoundNotOpen, cast_ballots
    from app.voting import BallotView

    rid = open_dots(room, budget=2)
    i = room.ideas
    outcome = cast_ballots(room.library, rid, [
        BallotRequest("a", dots={i[0]: 2}),
        BallotRequest("b", dots={i[0]: 3}),  # over budget
        BallotRequest("a", dots={i[1]: 1}),  # the same voter again in the batch: replaces
        BallotRequest("c", abstain=True),
        BallotRequest("d", abstain=True, dots={i[0]: 1}),  # both: refused
        BallotRequest("e", participant_id=room.people[0], dots={i[2]: 1}),
        BallotRequest("f", participant_id=room.people[0], dots={i[2]: 1}),  # name taken
        BallotRequest("tally", dots={i[2]: 1}),
    ])
    kinds = [type(r).__name__ for r in outcome.results]
    assert kinds == ["BallotView", "VoteError", "BallotView", "BallotView", "VoteError", "BallotView",
                     "VoteError", "VoteError"]
    assert outcome.ballots == 3 and outcome.changes is not None
    first = outcome.results[2]
    assert isinstance(first, BallotView) and first.dots == {i[1]: 1}
    assert read_ballot(room.library, rid, "a").dots == {i[1]: 1}  # type: ignore[union-attr]
    assert read_ballot(room.library, rid, "b") is None and read_ballot(room.library, rid, "d") is None
    assert ballot_count(room.library, rid).ballots == 3
    close_round(room.library, rid)
    closed = cast_ballots(room.library, rid, [BallotRequest("g", dots={i[0]: 1})])
    assert closed.changes is None and isinstance(closed.results[0], RoundNotOpen)
    assert closed.ballots == 3


# -- which ranked rows to show (issue 12: a tie at rank 7 was cut) ------------------------

def test_rows_to_show_never_cuts_a_tie() -> None:
    from app.voting import rows_to_show

    ranks = [1, 2, 3, 4, 5, 6, 7, 7, 7, 7, 7, 12, 12, 14]
    assert rows_to_show(ranks, 20) == 14  # everything fits
    assert rows_to_show(ranks, 6) == 6  # the cut falls between ranks 6 and 7
    assert rows_to_show(ranks, 8, stretch=3) == 11  # the whole tie at 7, rows made smaller
    assert rows_to_show(ranks, 8, stretch=2) == 6  # does not fit: left off whole
    assert rows_to_show([1, 1, 1, 1, 1], 3) == 5  # the first rank is always shown


@given(st.lists(st.integers(0, 6), max_size=40), st.integers(1, 20), st.integers(0, 10))
def test_rows_to_show_property(dots: list[int], room: int, stretch: int) -> None:
    from app.voting import competition_ranks, rows_to_show

    ordered = sorted(dots, reverse=True)
    ranks = competition_ranks(ordered, lambda d: -d)
    shown = rows_to_show(ranks, room, stretch=stretch)
    assert shown <= len(ranks)
    assert shown == len(ranks) or ranks[shown] != ranks[shown - 1]  # never inside a tie
    assert shown <= room + stretch or ranks[shown - 1] == 1  # only the first rank may overflow
    assert shown >= min(len(ranks), 1)
