"""The catalyst's deck (seed 003): provocation cards drawn in the room.

The Katalysator's tasks are to "anlægge nye vinkler på problemerne, konstruere trusler,
bringe ny viden i spil, forstyrre vante omgangsformer og processer". The deck is data
(``[[deck]]`` in ``common.toml``, plus a template's own cards); a draw is recorded in
the workshop, so the handout can tell which cards the room met. Drawn at random, a
card does not come again until every card of the deck has been drawn.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from app.changes import Changes
from app.errors import InvalidInput
from app.library import Library
from app.model import DeckDraw
from app.operations._common import live_workshop
from app.templates import Common, DeckCard, Template


def workshop_deck(common: Common, template: Template | None) -> tuple[DeckCard, ...]:
    """The common deck and the template's own cards, in that order."""
    return common.deck + (template.deck if template is not None else ())


def unused_cards(deck: Sequence[DeckCard], drawn: Sequence[str]) -> list[DeckCard]:
    """The cards not drawn since the deck was last used up (``drawn``: card ids in
    the order they were drawn)."""
    ids = {card.id for card in deck}
    seen: set[str] = set()
    for card_id in drawn:
        if card_id not in ids:
            continue  # a card no longer in the deck
        seen.add(card_id)
        if seen == ids:
            seen = set()  # the deck was used up: it begins again
    return [card for card in deck if card.id not in seen]


def draw_card(
    library: Library, workshop_id: uuid.UUID, deck: Sequence[DeckCard], card_id: str | None = None
) -> Changes:
    """Draw a card for the room: ``card_id`` if the facilitator chose one, otherwise
    one at random among those not drawn since the deck was last used up. The card is
    recorded in the workshop language's text; ``Changes.subject`` is the draw's id."""
    if not deck:
        raise InvalidInput("Kortbunken er tom.", "The deck is empty.")
    with (op := library.operation("draw_card", workshop_id)) as session:
        workshop = live_workshop(session, workshop_id)
        draws = workshop.deck_draws
        if card_id is None:
            left = unused_cards(deck, [d.card for d in sorted(draws, key=lambda d: d.number)])
            card = left[library.rng.randrange(len(left))]
        else:
            found = next((c for c in deck if c.id == card_id), None)
            if found is None:
                raise InvalidInput(f"Kortet »{card_id}« findes ikke i bunken.", f"The card '{card_id}' is not in the deck.")
            card = found
        draw = DeckDraw(
            id=library.new_id(), number=max((d.number for d in draws), default=0) + 1,
            card=card.id, text=card.text.get(workshop.language),
        )
        draws.append(draw)
        op.subject = draw.id
    return op.changes
