"""What every Samskab PDF shares: the fonts, the colours, the styles, safe user text.

**User text is never markup.** reportlab's ``Paragraph`` parses an XML-like markup:
``Blåbærgrød & <test>`` loses ``<test>``, ``<b>unclosed`` raises, ``<img src=...>``
opens a file. Every piece of user text goes through :func:`markup` (escape, then
line breaks to ``<br/>``) before it reaches a :class:`Paragraph` (this module's, see
below); text drawn directly on a canvas or in a chart goes through :func:`draw_text`,
:func:`text_out` or :func:`chart_string`, which parse nothing.

**The fonts** (shipped in ``exports/fonts`` with their licences, so every machine
draws the same): DejaVu Sans, regular and bold, registered as one family so ``<b>``
really is bold — the built-in Helvetica has "æøå" but not "Łukasz Żółć", "Ayşe
Yılmaz", "Nguyễn Thị Hương", Hebrew or Arabic. DejaVu has no emoji, so characters it
lacks are drawn, run by run, in a fallback font that has them: Noto Emoji (monochrome
emoji; reportlab embeds only outline fonts, not colour ones), then Symbola (older
emoji, mathematical letters, rarer symbols). A character followed by U+FE0F (emoji
style) prefers Noto Emoji. Zero-width joiners and variation selectors stay with the
run before them and draw nothing; an invisible format character that no font has is
left out rather than drawn as a box. An emoji ZWJ sequence (👩‍👩‍👧‍👦) shows as its
component emoji side by side (👩👩👧👦), and a skin-tone modifier draws nothing (the
fonts' glyph for it is a hatched square; monochrome emoji have no skin tones) while
staying in the text: composing sequences needs a shaping engine, and reportlab's
optional one would map the composed glyph to private-use characters no reader can
search. Characters beyond U+FFFF are read back right (see :func:`_to_unicode_cmap`).

**Right-to-left text** (Hebrew, Arabic, mixed with Danish; see :mod:`exports.rtl`):
Arabic is joined in :func:`markup` before line breaking; :class:`Paragraph` breaks
lines in logical order as usual, resolves the bidi levels once for the paragraph and
draws each line through :func:`layout_line`: on paper in visual order, in the content
stream in the order typed (so copying and searching get the text as typed; see the
comment above :class:`Atom`). A wrapped Arabic idea reads top to bottom, right to
left; a paragraph whose first letter is right-to-left is right-aligned. The canvas
helpers do the same for their one line. User text joined with other text on a line
is wrapped with :func:`app.bidi.isolate` by the callers; the isolates are kept for
the levels and never drawn or copied.

**Danish costs nothing**: one precompiled regex (:func:`needs_care`) finds text with
a right-to-left character, a bidi control or a character outside DejaVu Sans;
everything else takes exactly the path it took before (isolates around Danish text
are removed by :func:`plain`, as they change nothing there).

**Characters no shipped font has** (Chinese, Devanagari, Thai, …) print as DejaVu's
missing-glyph box; :func:`glyph_warning` finds them so an export can say which idea
or field holds them (:class:`MissingGlyphs`), and the export still succeeds.

**Nothing is cut, nothing taller than a page**: user text goes into paragraphs, which
wrap and split across pages; tables holding user text split a row across pages
(``splitInRow``). Only one-line labels (chart bars, running headers, ballots) are cut
to fit with :func:`fit`; the full text is printed elsewhere in the handout.

**reportlab internals** (hence the pin to reportlab 5.1.x in ``pyproject.toml``):
``ttfonts.makeToUnicodeCMap`` is replaced (:func:`_to_unicode_cmap`), DejaVu's
``face.charToGlyph``/``charWidths`` get zero-width bidi controls, a right-to-left
paragraph's ``drawPara`` reads ``blPara`` (kind 0 word lines, kind 1 ``FragLine``
fragments) and calls ``paragraph._drawBullet``, and :func:`draw_atoms` writes into a
``PDFTextObject`` through ``_setFont``, ``_formatText`` and ``_code``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.shapes import Group, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph as rl_paragraph

from app.bidi import CONTROLS, strip_controls
from exports.rtl import (
    MAYBE_RTL,
    RTL,
    base_is_rtl,
    clusters,
    has_rtl,
    line_levels,
    mirrored,
    paragraph_levels,
    reorder,
    shape,
)
from exports.texts import label, script_name

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT = "SamskabSans"
FONT_BOLD = "SamskabSans-Bold"
FONT_EMOJI = "SamskabEmoji"
FONT_SYMBOLS = "SamskabSymbols"
#: Fonts tried, in order, for a character DejaVu Sans lacks (file in ``FONT_DIR``).
FALLBACK_FONTS = {FONT_EMOJI: "NotoEmoji.ttf", FONT_SYMBOLS: "Symbola.ttf"}
# reportlab ships no types: the sizes are named as the floats they are.
PAGE_WIDTH: float
PAGE_HEIGHT: float
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN: float = 18 * mm

# A calm palette that prints well in grey too: deep teal for structure, warm amber
# for the votes, soft tints behind boxes.
INK = colors.HexColor("#1D2B36")
MUTED = colors.HexColor("#5B6B78")
PRIMARY = colors.HexColor("#14507A")
PRIMARY_DARK = colors.HexColor("#0D3A5A")
TINT = colors.HexColor("#E8F1F8")
RULE = colors.HexColor("#C9D6E0")
# Deep enough for white words on them (role cards, counts in the statement bars):
# WCAG 2.1 AA, 4.5:1 (tests/ui/test_contrast.py). The amber was #E39B2D (2.3:1 with
# white), "Ved ikke" #A7B1BA (2.2:1).
ACCENT = colors.HexColor("#A35200")
AGREE = colors.HexColor("#2F7A4C")
DISAGREE = colors.HexColor("#B4432F")
DONT_KNOW = colors.HexColor("#626E79")
WHITE = colors.white

# Compressed streams without the ASCII85 layer: a quarter smaller and faster to write.
rl_config.useA85 = 0

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BIDI_CONTROL = re.compile("[" + "".join(sorted(CONTROLS)) + "]")


@cache
def register_fonts() -> None:
    """Register the shipped TTF family once per process."""
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for name in (FONT, FONT_BOLD):
        # Bidi controls DejaVu lacks (the isolates, the Arabic letter mark) measure
        # nothing, like the marks it has: they stay in a paragraph's text for its
        # bidi levels and are never drawn (see layout_line).
        face = pdfmetrics.getFont(name).face  # type: ignore[attr-defined]
        for control in CONTROLS:
            face.charToGlyph.setdefault(ord(control), face.charToGlyph[0x200E])
            face.charWidths[ord(control)] = 0


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap with characters beyond U+FFFF written right.

    reportlab 5.1 writes every character as ``%04X``: an emoji becomes the odd-length
    ``<1F6B2>``, which readers reject or misread (pypdf: "invalid hex string"; poppler
    reads U+1F6B). The CMap format wants UTF-16BE, a surrogate pair for these; for
    every other character this is exactly what reportlab writes. :func:`register_fonts`
    puts it in place of reportlab's for every PDF the process writes.
    """
    pairs = "\n".join(f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset))
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar", pairs,
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


#: Skin-tone modifiers (U+1F3FB–U+1F3FF): monochrome emoji have no skin tones, and
#: the fonts' own glyph for a modifier is a hatched square that reads as a box.
SKIN_TONES = range(0x1F3FB, 0x1F400)


@cache
def fallback_fonts() -> tuple[tuple[str, frozenset[int]], ...]:
    """Register the fallback fonts (on first need) and return each with its characters."""
    fonts = []
    for name, file in FALLBACK_FONTS.items():
        font = TTFont(name, str(FONT_DIR / file))
        face = font.face
        # A skin-tone modifier draws the font's empty, zero-width glyph (that of U+FE0F)
        # and stays in the text: a reader copying it gets the whole emoji back.
        for code in SKIN_TONES:
            if code in face.charToGlyph and 0xFE0F in face.charToGlyph:
                face.charToGlyph[code] = face.charToGlyph[0xFE0F]
                face.charWidths[code] = 0
        pdfmetrics.registerFont(font)
        # One face per font: ``<b>`` around an emoji keeps the emoji font, not an error.
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
        fonts.append((name, frozenset(font.face.charToGlyph)))
    return tuple(fonts)


#: Characters that draw nothing and belong with the character before them: zero-width
#: joiner, variation selectors, tag characters (subdivision flags).
_JOINING = re.compile("[\u200d\ufe00-\ufe0f\U000e0020-\U000e007f\U000e0100-\U000e01ef]")
#: The run font "draw nothing": a joining character no font has.
_DROP = "-"


@cache
def _covered() -> tuple[frozenset[int], re.Pattern[str]]:
    """The characters both DejaVu faces draw, and the one regex that finds text needing care."""
    register_fonts()
    regular = pdfmetrics.getFont(FONT).face.charToGlyph  # type: ignore[attr-defined]
    bold = pdfmetrics.getFont(FONT_BOLD).face.charToGlyph  # type: ignore[attr-defined]
    # U+FE0F asks for emoji style: text holding it takes the careful path.
    covered = (set(regular) & set(bold) | {0x9, 0xA}) - {0xFE0F}
    # One negated class of what needs no care: the characters both faces draw, less
    # the right-to-left ones, and only those below U+10000 (such a class compiles to a
    # table lookup; ranges beyond it, or a second alternative, make every character
    # cost a scan). A character beyond U+FFFF — emoji, the few mathematical letters
    # DejaVu has — always takes the careful path, which still draws it in DejaVu if it can.
    plain_chars = sorted(c for c in covered if c <= 0xFFFF and not RTL.match(chr(c)) and chr(c) not in CONTROLS)
    ranges: list[list[int]] = []
    for code in plain_chars:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    allowed = "".join(f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges)
    return frozenset(covered), re.compile(f"[^{allowed}]")


def needs_care(text: str) -> bool:
    """Whether ``text`` has a right-to-left character or one DejaVu Sans cannot draw."""
    global _care_search
    if _care_search is None:
        _care_search = _covered()[1].search
    return _care_search(text) is not None


#: The regex's search, kept once built: this runs for every piece of user text.
_care_search: Any = None


def plain(text: str | None) -> str:
    """User text for a canvas or chart: control characters removed, nothing else.

    Bidi controls (isolates from :func:`app.bidi.isolate`, marks, overrides) are
    removed too when the text has nothing right-to-left: then they change nothing, and
    left in they would reach the copied text and take Danish text off its plain path.
    """
    text = _CONTROL.sub("", text or "").replace("\r\n", "\n").replace("\r", "\n")
    if _BIDI_CONTROL.search(text) and not has_rtl(text):
        text = strip_controls(text)
    return text


def _char_fonts(text: str) -> list[str | None]:
    """The font of every character: None for the paragraph's own (DejaVu) font, a
    fallback font's name, or ``_DROP`` for an invisible (format) character no font has.

    Bidi controls keep the paragraph's font (DejaVu, where they have no width): they
    must stay in a paragraph's text for its bidi levels; the drawing leaves them out.
    """
    covered = _covered()[0]
    fallbacks = fallback_fonts()
    fonts: list[str | None] = []
    previous: str | None = None
    for index, char in enumerate(text):
        code = ord(char)
        font: str | None | bool = False  # not chosen yet
        if char in CONTROLS:
            font = None
        elif _JOINING.match(char) and fonts:
            # With the character before it, in its font if that font knows it.
            if previous is None and code in covered:
                font = None
            elif previous not in (None, _DROP) and any(n == previous and code in c for n, c in fallbacks):
                font = previous
        if font is False:
            emoji_style = text[index + 1:index + 2] == "\ufe0f"
            if code in covered and not (emoji_style and code in fallbacks[0][1]):
                font = None
            else:
                font = next((name for name, chars in fallbacks if code in chars), None)
                if font is None and (_JOINING.match(char) or unicodedata.category(char) == "Cf"):
                    font = _DROP  # an invisible format character: nothing to draw
                # else: no font has it; DejaVu's missing-glyph box shows something is there
        fonts.append(font)  # type: ignore[arg-type]
        previous = font  # type: ignore[assignment]
    return fonts


def font_runs(text: str) -> list[tuple[str | None, str]]:
    """``text`` (logical order, already shaped) cut into runs of one font each."""
    runs: list[tuple[str | None, str]] = []
    for char, font in zip(text, _char_fonts(text), strict=True):
        if font == _DROP:
            continue
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return runs


def markup(text: str | None) -> str:
    """User text as ``Paragraph`` markup that shows exactly the text: the one escaping helper.

    Runs DejaVu Sans cannot draw are wrapped in ``<font name="…">`` of a fallback font
    that can, and Arabic is joined; text without such characters is only escaped.
    """
    text = plain(text)
    if not needs_care(text):
        return escape(text).replace("\n", "<br/>")
    parts = []
    for font, run in font_runs(shape(text)):
        piece = escape(run).replace("\n", "<br/>")
        parts.append(f'<font name="{font}">{piece}</font>' if font else piece)
    return "".join(parts)


def missing_glyphs(text: str | None) -> str:
    """The characters of ``text`` no shipped font draws (each once, in order of first
    appearance): on paper they are boxes. Empty for every text the fonts cover."""
    text = plain(text)
    if not needs_care(text):
        return ""
    shaped = shape(text)
    covered = _covered()[0]
    seen: dict[str, None] = {}
    for char, font in zip(shaped, _char_fonts(shaped), strict=True):
        if font is None and ord(char) not in covered and not char.isspace():
            # A joined Arabic form DejaVu lacks: name the letter typed.
            seen.setdefault(unicodedata.normalize("NFKC", char) or char, None)
    return "".join(seen)


def script_of(char: str) -> str:
    """A character's script as the first word of its Unicode name ("DEVANAGARI",
    "HANGUL"); the CJK family (Chinese characters, kana, full-width forms) is "CJK",
    and a character that is not a letter or mark is "SYMBOL"."""
    if unicodedata.category(char)[0] not in "LM":
        return "SYMBOL"
    word = unicodedata.name(char, "SYMBOL").split()[0]
    return "CJK" if word in _CJK_WORDS else word


_CJK_WORDS = frozenset(("CJK", "HIRAGANA", "KATAKANA", "BOPOMOFO", "HALFWIDTH", "FULLWIDTH", "IDEOGRAPHIC"))


@dataclass(frozen=True)
class MissingGlyphs:
    """A text with characters no shipped font draws: the export succeeds, and on paper
    they print as boxes. ``place`` is a label key of :mod:`exports.texts` with its
    ``number`` (where the text is: "Idé 12"), ``characters`` the characters (each
    once), ``scripts`` their scripts (:func:`script_of` keys)."""

    place: str
    number: int | None
    characters: str
    scripts: tuple[str, ...]

    def message(self, language: str) -> str:
        """One line for the facilitator, in ``language`` (da or en)."""
        place = label(language, self.place, n=self.number) if self.number is not None else label(language, self.place)
        return label(language, "missing_glyphs", place=place, n=len(self.characters),
                     scripts=", ".join(script_name(language, key) for key in self.scripts),
                     chars=self.characters[:12] + (" …" if len(self.characters) > 12 else ""))


def glyph_warning(text: str | None, place: str, number: int | None = None) -> MissingGlyphs | None:
    """A :class:`MissingGlyphs` for ``text`` at ``place``, or None when the fonts draw it all."""
    missing = missing_glyphs(text)
    if not missing:
        return None
    scripts = tuple(dict.fromkeys(script_of(char) for char in missing))
    return MissingGlyphs(place, number, missing, scripts)


# -- one line of mixed-direction text: drawing and the text layer ------------------------
#
# A right-to-left line must *look* reordered (UAX #9) but *read* in logical order when a
# reader copies or searches it. Readers build the text of a page in one of two ways:
# from the content stream in order, reversing right-to-left runs they find there (pypdf,
# PDFium), or from the glyphs' positions, reversing right-to-left runs along the line
# (poppler's pdftotext, Evince). Both assume each run of right-to-left glyphs is stored
# in visual order. So every line is drawn as *atoms in logical order*, each placed at
# its visual position: a right-to-left word (its glyphs in visual order, as one run),
# a left-to-right run (starting with a left-to-right letter), or a single other
# character; every atom starts with its own font operator, which ends a run for a
# reader that reverses runs, so a reader that takes the stream in order gets the
# words in the order typed. A mirrored bracket in a right-to-left run is drawn as its
# own character flipped (a "(" drawn mirrored reads as "(" and looks like ")").
# Position-based readers still get only what their visual→logical guess allows: poppler
# orders a line by position and reverses its right-to-left runs, so a number or a
# Latin word inside right-to-left text may come out at the other end of its run.
# /ActualText (marked content carrying the logical text) was tried and left out:
# pypdf ignores it, and poppler 22.12 lays its characters out left to right and then
# reverses them with the run, so every Arabic word came out backwards.

#: What pypdf (and most readers) count as right-to-left and as neutral characters.
_READER_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_READER_NEUTRAL = re.compile("[\x00-\x2f\x3a-\x40\u0660-\u066d\u06f0-\u06f9\u2000-\u206f\u20a0-\u21ff]")


@dataclass(frozen=True)
class Atom:
    """One piece of a drawn line: glyphs in drawing order at ``x`` from the line's start."""

    x: float
    width: float
    font: str
    size: float
    style: int
    glyphs: str
    flip: bool = False


def layout_line(text: str, fonts: Sequence[str], sizes: Sequence[float], styles: Sequence[int],
                rtl: bool, levels: list[int] | None = None, *, flip: bool = True) -> tuple[list[Atom], float]:
    """One line (logical order, shaped) as atoms in logical order, and its width.

    ``fonts``, ``sizes`` and ``styles`` give every character's font, size and style
    (a caller's index: the colour of a paragraph fragment); a bidi control or a
    ``_DROP`` font draws nothing. ``levels``: the line's slice of the paragraph's
    levels (:func:`exports.rtl.paragraph_levels`); ``flip``: draw mirrored characters
    flipped (a text object can; a chart ``String`` cannot, and gets the mirror glyph).
    """
    if levels is None:
        levels = paragraph_levels(text, rtl) if rtl or has_rtl(text) else [0] * len(text)
    levels = line_levels(text, levels, rtl)
    # Units: a cluster's drawn characters of one font, size and style.
    units: list[tuple[int, int, str, float, int, float]] = []  # start, end, font, size, style, width
    for start, end in clusters(text):
        unit_start = None
        for index in range(start, end + 1):
            boundary = index == end or text[index] in CONTROLS or fonts[index] == _DROP
            if unit_start is not None and (boundary or (fonts[index], sizes[index], styles[index])
                                           != (fonts[unit_start], sizes[unit_start], styles[unit_start])):
                font, size = fonts[unit_start], sizes[unit_start]
                units.append((unit_start, index, font, size, styles[unit_start],
                              pdfmetrics.stringWidth(text[unit_start:index], font, size)))
                unit_start = None
            if not boundary and unit_start is None:
                unit_start = index
    unit_levels = [levels[unit[0]] for unit in units]
    order = reorder(unit_levels)
    position = [0] * len(units)
    xs = [0.0] * len(units)
    x = 0.0
    for place, unit in enumerate(order):
        position[unit] = place
        xs[unit] = x
        x += units[unit][5]
    atoms: list[Atom] = []
    group: list[int] = []

    def close() -> None:
        if not group:
            return
        first = units[group[0]]
        odd = unit_levels[group[0]] % 2
        drawn = list(reversed(group)) if odd else group
        glyphs = "".join(text[units[u][0]:units[u][1]] for u in drawn)
        mirror = mirrored(glyphs) if odd and len(glyphs) == 1 else glyphs
        flipped = mirror != glyphs and flip
        atoms.append(Atom(min(xs[u] for u in group), sum(units[u][5] for u in group), first[2], first[3],
                          first[4], glyphs if flipped else mirror, flipped))
        group.clear()

    for unit, (start, _end, font, size, style, _width) in enumerate(units):
        odd = unit_levels[unit] % 2
        kind = "R" if _READER_RTL.match(text[start]) else "N" if _READER_NEUTRAL.match(text[start]) else "L"
        if group:
            last = group[-1]
            head = units[group[0]]
            same = (font, size, style) == units[last][2:5] and odd == unit_levels[last] % 2
            if odd:
                # A right-to-left word: right-to-left letters only, right to left.
                joins = same and kind == "R" and position[unit] == position[last] - 1 and all(
                    _READER_RTL.match(text[units[u][0]]) for u in group) and mirrored(text[start]) == text[start]
            else:
                # A left-to-right run that starts with a left-to-right letter.
                joins = same and kind != "R" and position[unit] == position[last] + 1 and (
                    not _READER_RTL.match(text[head[0]]) and not _READER_NEUTRAL.match(text[head[0]]))
            if not joins:
                close()
        group.append(unit)
        if odd and mirrored(text[start]) != text[start]:
            close()  # a mirrored character: an atom of its own
    close()
    return atoms, x


def draw_atoms(out: Any, atoms: Sequence[Atom], x: float, y: float, colours: Sequence[Any] | None = None) -> None:
    """Write ``atoms`` into the text object ``out``, the line starting at ``x``, ``y``.

    Every atom selects its font afresh (see the comment above :class:`Atom`). Leaves
    the text matrix at the line's start and the font at the last atom's.
    """
    code = out._code
    colour = None
    for atom in atoms:
        out._setFont(atom.font, atom.size)  # the font operator is written with the text
        if colours is not None and colours[atom.style] is not colour:
            colour = colours[atom.style]
            out.setFillColor(colour)
        if atom.flip:
            code.append(f"-1 0 0 1 {fp_str(x + atom.x + atom.width, y)} Tm")
        else:
            code.append(f"1 0 0 1 {fp_str(x + atom.x, y)} Tm")
        code.append(out._formatText(atom.glyphs))
    code.append(f"1 0 0 1 {fp_str(x, y)} Tm")


def _line_atoms(text: str, font: str, size: float, *, flip: bool = True) -> tuple[list[Atom], float]:
    """One line of user text (plain, needing care) laid out in ``font`` and its fallbacks."""
    shaped = shape(text)
    fonts = [name or font for name in _char_fonts(shaped)]
    rtl = base_is_rtl(shaped) if has_rtl(shaped) else False
    return layout_line(shaped, fonts, [size] * len(shaped), [0] * len(shaped), rtl, flip=flip)


def visual_runs(text: str, font: str) -> list[tuple[str, str]]:
    """One line of user text as ``(font, string)`` runs in drawing order, left to right."""
    if not needs_care(text):  # (control characters need care: plain() removes them)
        return [(font, text)]
    text = plain(text)
    if not needs_care(text):
        return [(font, text)]
    atoms, _ = _line_atoms(text, font, 10, flip=False)
    runs: list[tuple[str, str]] = []
    for atom in sorted(atoms, key=lambda a: a.x):
        if runs and runs[-1][0] == atom.font:
            runs[-1] = (atom.font, runs[-1][1] + atom.glyphs)
        else:
            runs.append((atom.font, atom.glyphs))
    return runs or [(font, "")]


def text_width(text: str, font: str, size: float) -> float:
    """The width of one line of user text as the helpers below draw it."""
    width: float
    if not needs_care(text):
        width = pdfmetrics.stringWidth(text, font, size)
        return width
    text = plain(text)
    if not needs_care(text):
        width = pdfmetrics.stringWidth(text, font, size)
        return width
    # Order does not change a width: the runs in logical order, without bidi.
    width = sum(pdfmetrics.stringWidth(run, name or font, size)
                for name, run in font_runs(strip_controls(shape(text))))
    return width


def draw_text(canvas: Any, x: float, y: float, text: str, font: str, size: float, anchor: str = "start") -> None:
    """One line of user text on a canvas (``anchor``: start, middle or end at ``x``).

    Danish text is one ``drawString``; other text is drawn as atoms (see
    :func:`layout_line`). Leaves the canvas font at ``font``/``size``.
    """
    canvas.setFont(font, size)
    if not needs_care(text) or not needs_care(text := plain(text)):
        draw = {"start": "drawString", "middle": "drawCentredString", "end": "drawRightString"}[anchor]
        getattr(canvas, draw)(x, y, text)
        return
    atoms, width = _line_atoms(text, font, size)
    left = x - {"start": 0.0, "middle": width / 2, "end": width}[anchor]
    out = canvas.beginText(left, y)
    draw_atoms(out, atoms, left, y)
    canvas.drawText(out)
    canvas.setFont(font, size)


def text_out(out: Any, text: str, font: str, size: float) -> None:
    """One line of user text into a text object whose font is ``font``/``size``, at the
    object's current point (set by ``setTextOrigin``); the point moves past the text."""
    if not needs_care(text) or not needs_care(text := plain(text)):
        out.textOut(text)  # one note's meta line each: the plain path is plain textOut
        return
    atoms, width = _line_atoms(text, font, size)
    x, y = out._x, out._y
    draw_atoms(out, atoms, x, y)
    out.setTextOrigin(x + width, y)
    out.setFont(font, size)


def chart_string(x: float, y: float, text: str, *, fontName: str, fontSize: float,  # noqa: N803 (reportlab's names)
                 fillColor: Any, textAnchor: str = "start") -> String | Group:
    """A chart label of user text: one ``String``, or one per atom (see :func:`layout_line`)."""
    if not needs_care(text) or not needs_care(text := plain(text)):
        return String(x, y, text, fontName=fontName, fontSize=fontSize, fillColor=fillColor, textAnchor=textAnchor)
    atoms, width = _line_atoms(text, fontName, fontSize, flip=False)
    left = x - {"start": 0.0, "middle": width / 2, "end": width}[textAnchor]
    group = Group()
    for atom in atoms:  # in logical order: each String is a text object of its own
        group.add(String(left + atom.x, y, atom.glyphs, fontName=atom.font, fontSize=fontSize, fillColor=fillColor))
    return group


class Paragraph(rl_paragraph.Paragraph):  # type: ignore[misc]  # reportlab ships no types
    """reportlab's ``Paragraph`` that draws right-to-left text in visual order.

    Lines are broken in logical order (so widths and splitting across frames and pages
    are reportlab's own); only drawing differs: bidi levels are resolved once for the
    paragraph, with its direction taken from its first strong letter, and each line is
    drawn as atoms (see :func:`layout_line`). A right-to-left paragraph in a
    left-aligned style is right-aligned. Paragraphs without a right-to-left character
    behave exactly as reportlab's: one regex search, no other work (the reordering
    lives in a subclass such a paragraph becomes, so theirs is reportlab's drawPara).
    """

    _rtl: bool | None = None  # None: nothing to reorder; else the paragraph direction
    style: Any  # reportlab's ParagraphStyle (reportlab ships no types)

    def __init__(self, text: Any, style: Any = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(text, style, *args, **kwargs)
        if isinstance(text, str) and not MAYBE_RTL.search(text):
            return
        logical = "".join(getattr(frag, "text", "") or "" for frag in self.frags)
        if not has_rtl(logical):
            return
        self._rtl = base_is_rtl(logical)
        if self._rtl and self.style.alignment == TA_LEFT:
            self.style = self.style.clone(f"{self.style.name}-rtl", alignment=TA_RIGHT)
        if not isinstance(self, _Visual):  # (the parts of a split one already are)
            cls: type = type(self)  # (as plain ``type``: mypy sees no hash on a class from an untyped base)
            self.__class__ = _rtl_class(cls)


class _Visual:
    """The drawing of a paragraph holding right-to-left text: each line as atoms."""

    _rtl: bool | None
    blPara: Any
    canv: Any
    style: Any
    width: float
    height: float
    bulletText: Any

    def drawPara(self, debug: int = 0) -> None:  # noqa: N802 (reportlab's name)
        """reportlab's ``drawPara`` for what Samskab's styles use: background and
        border, a bullet, left, centred or right alignment, fragments of several
        fonts, sizes and colours (no justification, links or underlines)."""
        canvas, style, para = self.canv, self.style, self.blPara
        background = style.backColor
        border = style.borderColor if style.borderWidth else None
        if background or border:
            canvas.saveState()
            if border:
                canvas.setStrokeColor(border)
                canvas.setLineWidth(style.borderWidth)
            if background:
                canvas.setFillColor(background)
            top, right, bottom, left = rl_paragraph.normalizeTRBL(style.borderPadding)
            canvas.rect(style.leftIndent - left, -bottom, self.width - style.leftIndent - style.rightIndent + left + right,
                        self.height + top + bottom, fill=1 if background else 0, stroke=1 if border else 0)
            canvas.restoreState()
        lines, colours = laid_out_lines(self)
        if not lines:
            return
        canvas.saveState()
        first = para if para.kind == 0 else para.lines[0]
        if rl_config.paraFontSizeHeightOffset:
            y = self.height - first.fontSize
        else:
            y = self.height - getattr(first, "ascent", first.fontSize)
        offset = style.firstLineIndent
        if self.bulletText:
            offset = rl_paragraph._drawBullet(canvas, offset, y, self.bulletText, style, rtl=False)
        out = canvas.beginText(0, y)
        room = self.width - style.leftIndent - style.rightIndent
        for number, (atoms, width) in enumerate(lines):
            indent = offset if number == 0 else 0.0
            if style.alignment == TA_RIGHT:
                x = style.leftIndent + room - width
            elif style.alignment == TA_CENTER:
                x = style.leftIndent + indent + (room - indent - width) / 2
            else:
                x = style.leftIndent + indent
            draw_atoms(out, atoms, x, y - number * style.leading, colours)
        canvas.drawText(out)
        canvas.restoreState()


def laid_out_lines(paragraph: Any) -> tuple[list[tuple[list[Atom], float]], list[Any]]:
    """A wrapped right-to-left paragraph's lines as atoms (with each line's width), and
    the colours the atoms' styles index. The bidi levels are resolved once for the
    whole paragraph; each line takes its slice."""
    rtl = bool(paragraph._rtl)
    lines = _para_lines(paragraph.blPara)
    levels = paragraph_levels(" ".join(text for text, *_ in lines), rtl)
    colours: list[Any] = []
    laid: list[tuple[list[Atom], float]] = []
    start = 0
    for text, fonts, sizes, styles_, line_colours, _extra in lines:
        base = len(colours)
        colours += line_colours
        line = levels[start:start + len(text)]
        start += len(text) + 1
        end = len(text.rstrip())  # trailing spaces draw nothing and would shift the line
        laid.append(layout_line(text[:end], fonts[:end], sizes[:end], [s + base for s in styles_[:end]], rtl, line[:end]))
    return laid, colours


def _para_lines(para: Any) -> list[tuple[str, list[str], list[float], list[int], list[Any], float]]:
    """reportlab's broken lines as (text, font per character, size per character, style
    per character, colour per style, extra space)."""
    lines = []
    if para.kind == 0:  # one style: (extra space, words) per line
        for extra, words in para.lines:
            text = " ".join(words)
            n = len(text)
            lines.append((text, [para.fontName] * n, [para.fontSize] * n, [0] * n, [para.textColor], extra))
        return lines
    for line in para.lines:  # several styles or fonts: a FragLine of styled pieces per line
        text, fonts, sizes, styles_, colours = "", [], [], [], []  # type: ignore[var-annotated]
        for frag in line.words:
            piece = getattr(frag, "text", "")
            if hasattr(frag, "cbDefn") or not piece:
                continue
            text += piece
            fonts += [frag.fontName] * len(piece)
            sizes += [frag.fontSize] * len(piece)
            styles_ += [len(colours)] * len(piece)
            colours.append(frag.textColor)
        lines.append((text, fonts, sizes, styles_, colours, line.extraSpace))
    return lines


@cache
def _rtl_class(cls: type) -> type:
    """``cls`` (:class:`Paragraph` or a subclass, a heading say) drawing through :class:`_Visual`."""
    return type(f"_Rtl{cls.__name__}", (_Visual, cls), {})


def clip(text: str | None, limit: int) -> str:
    """Text cut to ``limit`` characters with an ellipsis (for table cells and labels)."""
    text = plain(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _longest_fit(word: str, font: str, size: float, width: float) -> int:
    """How many of ``word``'s first characters fit in ``width`` (at least one)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def wrap_lines(text: str, font: str, size: float, width: float, count: int = 0) -> list[str]:
    """``text`` broken at spaces into lines of ``width`` points (a word longer than a
    line is cut into pieces); with ``count``, at most that many, the last cut with an
    ellipsis when the text goes on. Logical text, for :func:`draw_text`."""
    words = plain(text).split()
    lines: list[str] = []
    while words and (not count or len(lines) < count):
        line = words.pop(0)
        while len(line) > 1 and text_width(line, font, size) > width:  # a word longer than a line
            cut = _longest_fit(line, font, size, width)
            lines.append(line[:cut])
            line = line[cut:]
        while words and text_width(f"{line} {words[0]}", font, size) <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if count and len(lines) > count:
        lines = lines[:count]
        words = ["…"]
    if words and lines:
        lines[-1] = fit(f"{lines[-1]} {' '.join(words)}", font, size, width)
    return lines


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line, cut with an ellipsis to fit ``width`` points (charts).

    Returns logical text: draw it with :func:`draw_text`, :func:`text_out` or
    :func:`chart_string`, which measure it as :func:`text_width` does.
    """
    full = plain(text).replace("\n", " ")
    careful = needs_care(full)
    measure = text_width if careful else pdfmetrics.stringWidth
    # No glyph is narrower than about a quarter em: what lies beyond cannot fit anyway,
    # and measuring a long idea's whole text over and over is slow. (Joiners, marks and
    # selectors have no width: careful text gets twice the room.)
    limit = max(1, int(width / (size * 0.25)) + 1) * (2 if careful else 1)
    text = full[:limit]
    if len(full) <= limit and measure(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits, by bisection
        middle = (low + high + 1) // 2
        if measure(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


@cache
def safe_colour(value: str | None, default: colors.Color = RULE) -> colors.Color:
    """A table group's colour, or ``default`` when the stored value is not ``#RRGGBB``."""
    if value and len(value) == 7 and value.startswith("#"):
        try:
            return colors.HexColor(value)
        except ValueError:
            pass
    return default


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every Samskab PDF."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, alignment=TA_LEFT)

    def style(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": style("small", fontSize=8, leading=10.5, textColor=MUTED),
        "tiny": style("tiny", fontSize=7, leading=9, textColor=MUTED),
        "cell": style("cell", fontSize=8.5, leading=11),
        "cell_bold": style("cell_bold", fontName=FONT_BOLD, fontSize=8.5, leading=11),
        "cell_head": style("cell_head", fontName=FONT_BOLD, fontSize=8, leading=10, textColor=WHITE),
        "cell_right": style("cell_right", fontSize=8.5, leading=11, alignment=TA_RIGHT),
        "idea": style("idea", fontSize=9.5, leading=12.5),
        "idea_meta": style("idea_meta", fontSize=7.5, leading=9.5, textColor=MUTED),
        "kicker": style("kicker", fontName=FONT_BOLD, fontSize=9, leading=12, textColor=PRIMARY, spaceAfter=2),
        "cover_title": style("cover_title", fontName=FONT_BOLD, fontSize=26, leading=31, textColor=PRIMARY_DARK, spaceAfter=10),
        "cover_question": style(
            "cover_question", fontSize=12.5, leading=17.5, textColor=PRIMARY_DARK, backColor=TINT,
            borderPadding=(10, 12, 10, 12), spaceBefore=10, spaceAfter=18,
        ),
        "h1": style("h1", fontName=FONT_BOLD, fontSize=18, leading=22, textColor=PRIMARY_DARK, spaceBefore=16, spaceAfter=8, keepWithNext=1),
        "h2": style("h2", fontName=FONT_BOLD, fontSize=13, leading=16, textColor=PRIMARY, spaceBefore=12, spaceAfter=5, keepWithNext=1),
        "h3": style("h3", fontName=FONT_BOLD, fontSize=10.5, leading=13, textColor=INK, spaceBefore=9, spaceAfter=4, keepWithNext=1),
        "prompt": style("prompt", fontSize=9.5, leading=13, leftIndent=10, textColor=PRIMARY_DARK, bulletIndent=0, bulletFontName=FONT_BOLD),
        "toc": style("toc", fontSize=10, leading=16),
        "centre": style("centre", alignment=TA_CENTER),
        "principle_name": style("principle_name", fontName=FONT_BOLD, fontSize=16, leading=20, textColor=WHITE),
        "principle_text": style("principle_text", fontSize=10.5, leading=14.5, textColor=WHITE),
        "card_title": style("card_title", fontName=FONT_BOLD, fontSize=17, leading=21, textColor=WHITE),
        "card_body": style("card_body", fontSize=9, leading=12),
    }


def set_metadata(canvas: Any, *, title: str, author: str, subject: str, language: str) -> None:
    """PDF document information and language (for screen readers and search)."""
    canvas.setTitle(plain(title))
    canvas.setAuthor(plain(author))
    canvas.setSubject(plain(subject))
    canvas.setCreator("Samskab")
    # The language is set when the canvas is made (BaseDocTemplate(lang=...)).
    del language
