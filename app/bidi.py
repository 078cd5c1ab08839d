"""Bidi isolation of user text: one rule for every place that shows it next to other text.

A name, a theme's title or an idea is shown beside our own words ("Mål: …", "author ·
table group", "12. …"). Under the Unicode bidirectional algorithm (UAX #9) the user's
characters take part in ordering the whole line: a right-to-left override (U+202E) in
a name turns everything after it around ("fil\u202egpj.exe · Bord 1" reads
"fil1 droB · exe.jpg"), and a Hebrew name followed by a table group "12" moves the
number to the left of the name. :func:`isolate` wraps the text in FIRST STRONG
ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069): inside, the text takes the
direction of its own first letter; outside, the whole of it counts as one neutral
character, so nothing in it can reorder what surrounds it.

Use it where user text is *joined* with other text on one line or in one paragraph.
A text shown as a paragraph of its own needs no isolate (it is its own bidi
paragraph); wrapping it would even hide its first letter from the paragraph's
direction (UAX #9 rule P2 skips isolates), so a Hebrew idea would align left.

Pure functions, no dependencies: the PDFs use this now; the desk and the projector
can use the same rule (Qt applies UAX #9 with isolates, so the same string works).
"""

from __future__ import annotations

import re

LRI = "\u2066"
RLI = "\u2067"
FSI = "\u2068"
PDI = "\u2069"
#: Every bidi formatting character: marks, embeddings, overrides, isolates.
CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_INITIATORS = frozenset((LRI, RLI, FSI))
_ANY_CONTROL = re.compile("[" + "".join(sorted(CONTROLS)) + "]")


def isolate(text: str) -> str:
    """``text`` wrapped so that its bidi controls and direction stay inside it.

    Every line is wrapped on its own (a line break ends a bidi paragraph anyway). An
    isolate the text opens and never closes is closed, and a stray PDI that would
    close *our* isolate early is dropped; embeddings and overrides need nothing: the
    closing PDI ends every one opened inside it (UAX #9, rule X6a). Empty text stays
    empty.
    """
    if not text:
        return text
    return "\n".join(_isolate_line(line) for line in text.split("\n"))


def _isolate_line(line: str) -> str:
    if not line:
        return line
    if not _ANY_CONTROL.search(line):
        return FSI + line + PDI
    kept: list[str] = []
    depth = 0
    for char in line:
        if char in _INITIATORS:
            depth += 1
        elif char == PDI:
            if depth == 0:
                continue  # would close our isolate: dropped
            depth -= 1
        kept.append(char)
    return FSI + "".join(kept) + PDI * depth + PDI


def strip_controls(text: str) -> str:
    """``text`` without any bidi formatting character (for text with nothing to order)."""
    return _ANY_CONTROL.sub("", text)


__all__ = ["CONTROLS", "FSI", "LRI", "PDI", "RLI", "isolate", "strip_controls"]
