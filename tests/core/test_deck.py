"""The catalyst's deck (seed 003): cards from the data, drawn without repeats, recorded."""

from __future__ import annotations

import uuid

import pytest

from app import operations
from app.changes import Topic
from app.errors import InvalidInput
from app.library import Library
from app.operations.deck import unused_cards, workshop_deck
from app.queries.questions import drawn_cards
from app.templates import DECK_TASKS, Template, load_common


@pytest.fixture
def workshop_id(library: Library, templates: dict[str, Template]) -> uuid.UUID:
    changes = operations.create_workshop(library, templates["samarbejdsdrevet-innovation"], title="Katalysatoren")
    assert changes.subject is not None
    return changes.subject


def test_the_common_deck_covers_the_catalysts_four_tasks_each_card_marked_as_ours() -> None:
    common = load_common()
    assert {card.task for card in common.deck} == set(DECK_TASKS)
    assert all(card.text.source == "forslag" for card in common.deck)
    katalysator = common.role("katalysator")
    assert katalysator is not None
    assert [t.da for t in katalysator.tasks][1] == "Konstruere trusler"


def test_random_draws_do_not_repeat_until_the_deck_is_used_up(library: Library, workshop_id: uuid.UUID, templates: dict[str, Template]) -> None:
    deck = workshop_deck(load_common(), templates["samarbejdsdrevet-innovation"])
    for _ in range(len(deck)):
        changes = operations.draw_card(library, workshop_id, deck)
        assert Topic.DECK in changes.topics
    first_round = [d.card for d in drawn_cards(library, workshop_id)]
    assert sorted(first_round) == sorted(c.id for c in deck)  # every card once
    operations.draw_card(library, workshop_id, deck)  # the deck begins again
    assert len(drawn_cards(library, workshop_id)) == len(deck) + 1
    assert len(unused_cards(deck, [*first_round, first_round[0]])) == len(deck) - 1


def test_a_chosen_card_is_recorded_in_the_workshops_language_and_undo_removes_it(library: Library, workshop_id: uuid.UUID) -> None:
    deck = load_common().deck
    changes = operations.draw_card(library, workshop_id, deck, card_id="halvt-budget")
    (drawn,) = drawn_cards(library, workshop_id)
    assert drawn.text == "Budgettet er halveret fra næste år. Hvad gør vi så?" and drawn.number == 1
    assert changes.inverse is not None
    changes.inverse(library)
    assert drawn_cards(library, workshop_id) == []
    with pytest.raises(InvalidInput, match="»findes-ikke« findes ikke i bunken"):
        operations.draw_card(library, workshop_id, deck, card_id="findes-ikke")
    with pytest.raises(InvalidInput, match="tom"):
        operations.draw_card(library, workshop_id, ())
    assert drawn_cards(library, workshop_id) == []


def test_a_templates_own_cards_join_the_common_deck(tmp_path, templates: dict[str, Template]) -> None:  # type: ignore[no-untyped-def]
    from app.templates import load_template

    text = (templates["innovationsloopet"].path).read_text(encoding="utf-8")
    text = text.replace("[[phases]]", '[[deck]]\nid = "gentofte-robot"\ntask = "viden"\n'
                        'text = { da = "Hvad kan en robot gøre her?", en = "What could a robot do here?", source = "forslag" }\n\n[[phases]]', 1)
    path = tmp_path / "innovationsloopet.toml"
    path.write_text(text, encoding="utf-8")
    deck = workshop_deck(load_common(), load_template(path))
    assert deck[-1].id == "gentofte-robot" and len(deck) == len(load_common().deck) + 1
