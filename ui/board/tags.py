"""The tags on notes: names from the common vocabularies, and a colour per tag."""

from __future__ import annotations

import functools
import zlib

from app.templates import load_common
from ui.board.items import TAG_PALETTE

#: (vocabulary's Danish name, English name, [(term id, Danish name, English name)])
Vocabulary = tuple[str, str, list[tuple[str, str, str]]]


@functools.cache
def _vocabulary() -> tuple[dict[str, tuple[str, str]], dict[str, int], list[Vocabulary]]:
    """The common tag vocabularies: term id → (Danish, English) name, term id → palette
    index, and the menu structure (vocabulary names, terms)."""
    common = load_common()
    names: dict[str, tuple[str, str]] = {}
    order: dict[str, int] = {}
    menu: list[Vocabulary] = []
    for vocabulary in common.vocabularies:
        terms = []
        for term in vocabulary.terms:
            names[term.id] = (term.name.da, term.name.en)
            order.setdefault(term.id, len(order))
            terms.append((term.id, term.name.da, term.name.en))
        menu.append((vocabulary.name.da, vocabulary.name.en, terms))
    return names, order, menu


def vocabularies() -> list[Vocabulary]:
    """The vocabularies and their terms, in order (the Tags menu)."""
    return _vocabulary()[2]


def tag_name(tag: str, language: str) -> str:
    """A tag's name in ``language`` (a term of the vocabularies), or the tag itself."""
    names = _vocabulary()[0].get(tag)
    if names is None:
        return tag
    return names[1] if language.startswith("en") else names[0]


def tag_colour(tag: str) -> str:
    """A note's colour when coloured by this tag: the vocabularies' terms in palette
    order, any other tag by a stable hash of its text."""
    index = _vocabulary()[1].get(tag)
    if index is None:
        index = zlib.crc32(tag.encode("utf-8"))
    return TAG_PALETTE[index % len(TAG_PALETTE)]
