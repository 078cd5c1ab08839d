"""The catalyst's deck: provocation cards drawn or chosen and shown to the room (seed 003)."""

from ui.deck.deck import CatalystDeck, DeckCardView

__all__ = ["CatalystDeck", "DeckCardView"]
