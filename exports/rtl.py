"""Right-to-left text for the PDFs: Arabic joining and the visual order of a line.

reportlab lays text out in *logical* order (the order it was typed) and draws every
character in its isolated form, so on paper Hebrew reads backwards and Arabic falls
apart into unjoined letters (its own bidi support needs ``rlbidi``, which is not on
PyPI). This module supplies the two missing steps; :mod:`exports.pdfkit` applies them:

1. :func:`shape` — Arabic letters to their joined presentation forms (initial,
   medial, final, the lam-alef ligature) with ``arabic-reshaper``, still in logical
   order. Joining never crosses a space, so this is done once per text, *before*
   line breaking: the widths reportlab measures are the widths it will draw.
2. :func:`visual_order` — the Unicode bidirectional algorithm (UAX #9) for one laid-
   out line: levels resolved by ``python-bidi`` (its Rust resolver: bracket pairs and
   isolates included), then the line's runs reversed
   (rule L2), trailing spaces kept at the paragraph's side (L1), brackets mirrored in
   right-to-left runs (L4). It is applied *per line after line breaking*, so a long
   Arabic idea wrapping over three lines reads top to bottom, right to left.

Reordering works on clusters, not single characters: a combining mark (Arabic
harakat, Hebrew points) stays after its letter, and an emoji keeps its variation
selector, skin-tone modifier and zero-width-joined parts with it, so a reversed run
never puts a mark on the wrong letter or a modifier before its emoji.

Text without right-to-left characters never gets here (:data:`MAYBE_RTL` is one
precompiled regex): Danish text costs nothing.

Levels are resolved once per paragraph (:func:`paragraph_levels`) and each laid-out
line reorders its slice (:func:`visual_order` with ``levels``), so an isolate that
wraps over lines stays one isolate. Known limit: Arabic shaping covers what
Unicode's presentation forms cover (Arabic, Persian, most Urdu letters; not every
mark placement a full shaping engine would do).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

#: Characters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo,
#: Samaritan, Mandaic, their presentation forms, the RTL blocks of plane 1) and the
#: explicit right-to-left marks and embeddings.
_RTL_RANGES = (
    "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202b\u202e\u2067"
    "\U00010800-\U00010fff\U0001e800-\U0001efff"
)
RTL = re.compile(f"[{_RTL_RANGES}]")
#: The cheap first test for a long text: a right-to-left character below U+10000, or
#: any character beyond U+FFFF (emoji, mostly); :func:`has_rtl` then decides. A class
#: of ranges below U+10000 compiles to one table lookup per character; ``RTL``, with
#: its two ranges beyond, costs a scan of its ranges for every character.
MAYBE_RTL = re.compile(
    "[^\u0000-\u058f\u0900-\u200e\u2010-\u202a\u202c\u202d\u202f-\u2066"
    "\u2068-\ufb1c\ufe00-\ufe6f\ufeff-\uffff]"
)
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
#: A run of Arabic-block characters: letters join only within one.
_ARABIC_RUN = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]+")

ZWJ = "\u200d"
_MIRROR_FALLBACK = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<",
                    "«": "»", "»": "«", "‹": "›", "›": "‹"}


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds any right-to-left character."""
    return MAYBE_RTL.search(text) is not None and RTL.search(text) is not None


@cache
def _reshaper() -> object:
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(configuration={
        "delete_harakat": False,       # the text is shown exactly: keep the vowel marks
        "delete_tatweel": False,
        # Shaped run by run (see shape()), so a joiner never reaches it: the reshaper
        # would drop it (and so break an emoji ZWJ sequence) or fail on some inputs.
        "support_zwj": False,
        # A letter standing alone is drawn as the letter itself: the same glyph, and a
        # reader extracting the PDF's text gets the ordinary letter back.
        "use_unshaped_instead_of_isolated": True,
        "support_ligatures": True,     # lam-alef is obligatory; the word ligatures are off
        "ARABIC LIGATURE ALLAH": False,  # (the PDF font has no glyph for U+FDF2)
    })


def shape(text: str) -> str:
    """``text`` with Arabic letters in their joined forms (logical order kept).

    Only runs of Arabic characters are handed to the reshaper; everything between
    them (spaces, Latin, emoji and their joiners) is kept exactly.
    """
    if not _ARABIC.search(text):
        return text
    return _ARABIC_RUN.sub(_shape_run, text)


def _shape_run(match: re.Match[str]) -> str:
    try:
        return _reshaper().reshape(match.group())  # type: ignore[attr-defined, no-any-return]
    except Exception:  # noqa: BLE001 - a shaping corner case must never cost the export
        return match.group()


def base_is_rtl(text: str) -> bool:
    """The paragraph direction by its first strong letter outside isolates (UAX #9 P2, P3).

    A line made of isolated user texts joined by our own neutral separators ("⁨name⁩ ·
    ⁨group⁩") has no strong letter outside them: left to right, as its layout is.
    """
    depth = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("LRI", "RLI", "FSI"):
            depth += 1
        elif kind == "PDI":
            depth = max(0, depth - 1)
        elif depth == 0:
            if kind == "L":
                return False
            if kind in ("R", "AL"):
                return True
        elif kind == "B":
            depth = 0
    return False


def _extends(char: str) -> bool:
    """Whether ``char`` belongs to the cluster of the character before it."""
    code = ord(char)
    return (
        unicodedata.category(char) in ("Mn", "Me")
        or 0xFE00 <= code <= 0xFE0F          # variation selectors (U+FE0F: emoji style)
        or 0x1F3FB <= code <= 0x1F3FF        # skin-tone modifiers
        or 0xE0020 <= code <= 0xE007F        # tag characters of subdivision flags
        or 0xE0100 <= code <= 0xE01EF
    )


def clusters(text: str) -> list[tuple[int, int]]:
    """``text`` cut into clusters that reordering keeps whole: ``(start, end)`` pairs.

    A cluster is a character with its combining marks, variation selectors and
    skin-tone modifier; a zero-width joiner pulls the following emoji (a neutral,
    "ON") into the cluster, and two regional indicators make one flag. A ZWJ between
    Arabic letters only asks for a joining form and joins no cluster.
    """
    spans = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        if 0x1F1E6 <= ord(text[i]) <= 0x1F1FF and j < n and 0x1F1E6 <= ord(text[j]) <= 0x1F1FF:
            j += 1
        while j < n:
            char = text[j]
            if char == ZWJ:
                j += 2 if j + 1 < n and unicodedata.bidirectional(text[j + 1]) == "ON" else 1
            elif _extends(char):
                j += 1
            else:
                break
        spans.append((i, min(j, n)))
        i = j
    return spans


# The field as the pretty debug format lays it out: on its own line, indented four
# spaces. The text itself is shown escaped (newlines as \n), so a user's "levels: ["
# can never be mistaken for it.
_LEVELS = re.compile(r"\n    levels: \[(.*?)\n    \]", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+)")


def _resolved_levels(text: str, rtl: bool) -> list[int | None]:
    """UAX #9 levels up to rule I2 from python-bidi's Rust resolver (Unicode 6.3 and
    later: bracket pairs, isolates). It exposes them only in its debug description,
    one level per UTF-8 byte; read that, and fall back to the package's older pure-
    Python resolver should the description ever change shape.
    """
    from bidi import get_display

    described = get_display(text, base_dir="R" if rtl else "L", debug=True)
    found = _LEVELS.search(described) if isinstance(described, str) else None
    per_byte = [int(level) for level in _LEVEL.findall(found.group(1))] if found else []
    if len(per_byte) == len(text.encode("utf-8")):
        levels: list[int | None] = []
        position = 0
        for char in text:
            levels.append(per_byte[position])
            position += len(char.encode("utf-8"))
        return levels
    return _python_levels(text, rtl)  # pragma: no cover - only if python-bidi changes


def _python_levels(text: str, rtl: bool) -> list[int | None]:
    """The same levels from python-bidi's pure-Python resolver (no bracket pairs)."""
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    storage["base_level"] = int(rtl)
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(text, storage)
    chars = storage["chars"]
    for index, char in enumerate(chars):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    levels: list[int | None] = [None] * len(text)
    for char in storage["chars"]:
        levels[char["index"]] = char["level"]
    return levels


def paragraph_levels(text: str, rtl: bool) -> list[int]:
    """The embedding level of every character of a whole paragraph (rules up to I2).

    Resolve once per paragraph and hand each laid-out line its slice (see
    :func:`visual_order`): an isolate or an override opened on one line and closed on
    the next is then the same isolate on both, as UAX #9 means it.
    """
    levels = _resolved_levels(text, rtl)
    # Rule X9 drops embeddings, overrides and boundary neutrals (ZWJ among them) from
    # the resolution; they keep the level of what comes before them.
    previous = int(rtl)
    resolved = []
    for level in levels:
        previous = previous if level is None else level
        resolved.append(previous)
    return resolved


#: Characters rule L1 puts back at the paragraph's level when they end a line or stand
#: before a tab: whitespace and the isolate controls.
_L1_TRAILING = frozenset(("WS", "BN", "FSI", "LRI", "RLI", "PDI"))


def line_levels(text: str, levels: list[int], rtl: bool) -> list[int]:
    """Rule L1 for one line: tabs, and whitespace at the end of the line, take the
    paragraph's level (``levels``: the line's slice of :func:`paragraph_levels`)."""
    resolved = list(levels)
    trailing = True
    for index in range(len(text) - 1, -1, -1):
        kind = unicodedata.bidirectional(text[index])
        if kind in ("S", "B"):
            resolved[index] = int(rtl)
            trailing = True
        elif trailing and kind in _L1_TRAILING:
            resolved[index] = int(rtl)
        else:
            trailing = False
    return resolved


def _levels(text: str, rtl: bool) -> list[int]:
    """The embedding level of every character of one line resolved on its own, rule L1 applied."""
    return line_levels(text, paragraph_levels(text, rtl), rtl)


def reorder(levels: list[int]) -> list[int]:
    """Rule L2: the order in which items with these levels are drawn, left to right."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min((level for level in levels if level % 2), default=highest + 1)
    # From the highest level down to the lowest odd one, reverse every run of items at
    # that level or above.
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if levels[order[index]] >= level:
                end = index
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[index:end] = order[index:end][::-1]
                index = end
            else:
                index += 1
    return order


@cache
def _mirrors() -> dict[str, str]:
    try:
        from bidi.mirror import MIRRORED

        return dict(MIRRORED)
    except ImportError:  # pragma: no cover - the table moved
        return dict(_MIRROR_FALLBACK)


def mirrored(char: str) -> str:
    """The mirror image of a bracket or other mirrored character (rule L4), else ``char``."""
    return _mirrors().get(char, char)


def visual_order(text: str, rtl: bool, levels: list[int] | None = None) -> list[tuple[int, str]]:
    """One line in the order it is drawn, left to right: ``(logical index, character)``.

    ``rtl`` is the paragraph's direction (decided once for the whole paragraph, see
    :func:`base_is_rtl`); ``levels`` the line's slice of :func:`paragraph_levels`
    (resolved from the line alone when None). The character is the one to draw: a
    bracket in a right-to-left run is mirrored. Indices let a caller keep each
    character's font.
    """
    if not text:
        return []
    levels = _levels(text, rtl) if levels is None else line_levels(text, levels, rtl)
    spans = clusters(text)
    span_levels = [levels[start] for start, _ in spans]
    mirrors = _mirrors()
    out = []
    for span in reorder(span_levels):
        start, end = spans[span]
        odd = span_levels[span] % 2
        for index in range(start, end):
            char = text[index]
            out.append((index, mirrors.get(char, char) if odd else char))
    return out


def visual(text: str, rtl: bool | None = None) -> str:
    """``text`` (one line) as drawn left to right; ``rtl`` None: by its first strong letter."""
    if not has_rtl(text):
        return text
    return "".join(char for _, char in visual_order(text, base_is_rtl(text) if rtl is None else rtl))
