"""What a vote is on: the board's selection, a theme, the top N of an earlier round
(ties kept), or chosen statements; the round then offers only those."""

from __future__ import annotations

import uuid

import pytest

from app.errors import NotFound, VoteError
from app.library import Library
from app.operations import (
    add_idea,
    cast_ballot,
    create_workshop,
    enter_tally,
    open_round,
    reveal_round,
)
from app.operations.board import create_cluster
from app.operations.plan import add_statement
from app.operations.voting import TallyCount, VoteSubject, top_options
from app.queries import load_workshop
from app.templates import Template
from app.voting import round_info


@pytest.fixture
def workshop_id(library: Library, templates: dict[str, Template]) -> uuid.UUID:
    wid = create_workshop(library, templates["samarbejdsdrevet-innovation"], title="Valg").subject
    assert wid is not None
    return wid


def ideas(library: Library, workshop_id: uuid.UUID, count: int) -> list[uuid.UUID]:
    made = [add_idea(library, workshop_id, f"Idé {n}").subject for n in range(1, count + 1)]
    assert all(made)
    return [m for m in made if m is not None]


def options(library: Library, round_id: uuid.UUID | None) -> list[uuid.UUID]:
    assert round_id is not None
    return [o.id for o in round_info(library, round_id).options]


def dots_round(library: Library, workshop_id: uuid.UUID, dots: dict[uuid.UUID, int]) -> uuid.UUID:
    """A revealed dot round with these counts (typed as a show of hands)."""
    round_id = open_round(library, workshop_id, "dots").subject
    assert round_id is not None
    enter_tally(library, round_id, [TallyCount(i, 1, n) for i, n in dots.items()])
    reveal_round(library, round_id)
    return round_id


def test_a_round_on_the_boards_selection_offers_only_those(library: Library, workshop_id: uuid.UUID) -> None:
    made = ideas(library, workshop_id, 6)
    chosen = [made[4], made[1], made[4]]
    round_id = open_round(library, workshop_id, "criteria", subject=VoteSubject.chosen(chosen)).subject
    assert options(library, round_id) == [made[4], made[1]]
    assert round_id is not None
    with pytest.raises(VoteError, match="ikke er med i afstemningen"):
        cast_ballot(library, round_id, "phone-1", scores={(made[0], load_workshop(library, workshop_id).criteria[0].id): 3})
    with pytest.raises(VoteError, match="Vælg først"):
        open_round(library, workshop_id, "dots", subject=VoteSubject.chosen([]))


def test_a_round_on_a_theme_offers_its_ideas(library: Library, workshop_id: uuid.UUID) -> None:
    made = ideas(library, workshop_id, 5)
    theme = create_cluster(library, workshop_id, "Mad", [made[3], made[0]]).subject
    assert theme is not None
    round_id = open_round(library, workshop_id, "dots", subject=VoteSubject.of_theme(theme)).subject
    assert options(library, round_id) == [made[0], made[3]]
    empty = create_cluster(library, workshop_id, "Tomt", []).subject
    assert empty is not None
    with pytest.raises(VoteError, match="»Tomt« har ingen idéer"):
        open_round(library, workshop_id, "dots", subject=VoteSubject.of_theme(empty))
    with pytest.raises(NotFound):
        open_round(library, workshop_id, "dots", subject=VoteSubject.of_theme(uuid.uuid4()))


def test_the_top_of_an_earlier_round_keeps_its_ties(library: Library, workshop_id: uuid.UUID) -> None:
    made = ideas(library, workshop_id, 10)
    counts = dict(zip(made, (9, 7, 7, 5, 4, 4, 2, 0, 0, 0), strict=True))
    earlier = dots_round(library, workshop_id, counts)
    assert top_options(library, earlier, 5) == made[:6]  # 1, 2, 2, 4, 5, 5: the tie at 5 is kept
    assert top_options(library, earlier, 2) == made[:3]
    assert top_options(library, earlier, 100) == made[:7]  # nobody's zero dots
    shortlist = open_round(library, workshop_id, "criteria", subject=VoteSubject.top_of(5, earlier)).subject
    assert options(library, shortlist) == made[:6]


def test_the_top_needs_a_revealed_ranked_round(library: Library, workshop_id: uuid.UUID) -> None:
    made = ideas(library, workshop_id, 3)
    hidden = open_round(library, workshop_id, "dots").subject
    assert hidden is not None
    with pytest.raises(VoteError, match="først, når facilitator har afsløret"):
        open_round(library, workshop_id, "criteria", subject=VoteSubject.top_of(5, hidden))
    with pytest.raises(VoteError, match="helt tal fra 1"):
        top_options(library, hidden, 0)
    nobody = dots_round(library, workshop_id, {made[0]: 0})
    with pytest.raises(VoteError, match="Ingen fik stemmer"):
        open_round(library, workshop_id, "criteria", subject=VoteSubject.top_of(5, nobody))
    poll = open_round(library, workshop_id, "statements").subject
    assert poll is not None
    reveal_round(library, poll)
    with pytest.raises(VoteError, match="ingen rangorden"):
        top_options(library, poll, 3)


def test_a_poll_on_statements_the_room_wrote(library: Library, workshop_id: uuid.UUID) -> None:
    own = [add_statement(library, workshop_id, text).subject for text in ("Vi deler data", "Vi tør fejle")]
    assert all(own)
    chosen = [s for s in own if s is not None]
    poll = open_round(library, workshop_id, "statements", subject=VoteSubject.chosen(chosen)).subject
    info = round_info(library, poll) if poll else None
    assert info is not None and [o.text for o in info.options] == ["Vi deler data", "Vi tør fejle"]
    idea = ideas(library, workshop_id, 1)[0]
    with pytest.raises(VoteError, match="blandt workshoppens udsagn"):
        open_round(library, workshop_id, "statements", subject=VoteSubject.chosen([idea]))
