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
lines in logical order as usual and draws each line in visual order, so a wrapped
Arabic idea reads top to bottom, right to left; a paragraph whose first letter is
right-to-left is right-aligned. The canvas helpers do the same for their one line.

**Danish costs nothing**: one precompiled regex (:func:`needs_care`) finds text with
a right-to-left character or a character outside DejaVu Sans; everything else takes
exactly the path it took before.

**Nothing taller than a page**: a table cell cannot split across pages (reportlab
raises ``LayoutError``), so user text in cells is cut with :func:`clip`; long text
outside tables goes into paragraphs, which split.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.graphics.shapes import Group, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph as rl_paragraph

from exports.rtl import MAYBE_RTL, RTL, base_is_rtl, has_rtl, shape, visual_order

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT = "SamskabSans"
FONT_BOLD = "SamskabSans-Bold"
FONT_EMOJI = "SamskabEmoji"
FONT_SYMBOLS = "SamskabSymbols"
#: Fonts tried, in order, for a character DejaVu Sans lacks (file in ``FONT_DIR``).
FALLBACK_FONTS = {FONT_EMOJI: "NotoEmoji.ttf", FONT_SYMBOLS: "Symbola.ttf"}
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm

# A calm palette that prints well in grey too: deep teal for structure, warm amber
# for the votes, soft tints behind boxes.
INK = colors.HexColor("#1D2B36")
MUTED = colors.HexColor("#5B6B78")
PRIMARY = colors.HexColor("#14507A")
PRIMARY_DARK = colors.HexColor("#0D3A5A")
TINT = colors.HexColor("#E8F1F8")
RULE = colors.HexColor("#C9D6E0")
ACCENT = colors.HexColor("#E39B2D")
AGREE = colors.HexColor("#3B8E5A")
DISAGREE = colors.HexColor("#C4523E")
DONT_KNOW = colors.HexColor("#A7B1BA")
WHITE = colors.white

# Compressed streams without the ASCII85 layer: a quarter smaller and faster to write.
rl_config.useA85 = 0

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@cache
def register_fonts() -> None:
    """Register the shipped TTF family once per process."""
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap


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
    plain_chars = sorted(c for c in covered if c <= 0xFFFF and not RTL.match(chr(c)))
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
    """User text for a canvas or chart: control characters removed, nothing else."""
    return _CONTROL.sub("", text or "").replace("\r\n", "\n").replace("\r", "\n")


def _char_fonts(text: str) -> list[str | None]:
    """The font of every character: None for the paragraph's own (DejaVu) font, a
    fallback font's name, or ``_DROP`` for an invisible (format) character no font has."""
    covered = _covered()[0]
    fallbacks = fallback_fonts()
    fonts: list[str | None] = []
    previous: str | None = None
    for index, char in enumerate(text):
        code = ord(char)
        font: str | None | bool = False  # not chosen yet
        if _JOINING.match(char) and fonts:
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


def visual_runs(text: str, font: str) -> list[tuple[str, str]]:
    """One line of user text as ``(font, string)`` runs in drawing order, left to right."""
    if not needs_care(text):  # (control characters need care: plain() removes them)
        return [(font, text)]
    text = plain(text)
    if not needs_care(text):
        return [(font, text)]
    shaped = shape(text)
    fonts = _char_fonts(shaped)
    order = visual_order(shaped, base_is_rtl(shaped)) if has_rtl(shaped) else list(enumerate(shaped))
    runs: list[tuple[str, str]] = []
    for index, char in order:
        name = fonts[index] or font
        if name == _DROP:
            continue
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + char)
        else:
            runs.append((name, char))
    return runs or [(font, "")]


def text_width(text: str, font: str, size: float) -> float:
    """The width of one line of user text as the helpers below draw it."""
    return sum(pdfmetrics.stringWidth(run, name, size) for name, run in visual_runs(text, font))


def draw_text(canvas: Any, x: float, y: float, text: str, font: str, size: float, anchor: str = "start") -> None:
    """One line of user text on a canvas (``anchor``: start, middle or end at ``x``).

    Danish text is one ``drawString``; other text is drawn in its fonts' runs, in
    visual order. Leaves the canvas font at ``font``/``size``.
    """
    canvas.setFont(font, size)
    runs = visual_runs(text, font)
    if len(runs) == 1 and runs[0][0] == font:
        draw = {"start": "drawString", "middle": "drawCentredString", "end": "drawRightString"}[anchor]
        getattr(canvas, draw)(x, y, runs[0][1])
        return
    width = sum(pdfmetrics.stringWidth(run, name, size) for name, run in runs)
    out = canvas.beginText(x - {"start": 0.0, "middle": width / 2, "end": width}[anchor], y)
    for name, run in runs:
        out.setFont(name, size)
        out.textOut(run)
    canvas.drawText(out)
    canvas.setFont(font, size)


def text_out(out: Any, text: str, font: str, size: float) -> None:
    """One line of user text into a text object whose font is ``font``/``size``."""
    if not needs_care(text):  # one note's meta line each: the plain path is plain textOut
        out.textOut(text)
        return
    for name, run in visual_runs(text, font):
        out.setFont(name, size)
        out.textOut(run)
    out.setFont(font, size)


def chart_string(x: float, y: float, text: str, *, fontName: str, fontSize: float,  # noqa: N803 (reportlab's names)
                 fillColor: Any, textAnchor: str = "start") -> String | Group:
    """A chart label of user text: one ``String``, or one per font run in visual order."""
    runs = visual_runs(text, fontName)
    if len(runs) == 1 and runs[0][0] == fontName:
        return String(x, y, runs[0][1], fontName=fontName, fontSize=fontSize, fillColor=fillColor, textAnchor=textAnchor)
    widths = [pdfmetrics.stringWidth(run, name, fontSize) for name, run in runs]
    left = x - {"start": 0.0, "middle": sum(widths) / 2, "end": sum(widths)}[textAnchor]
    group = Group()
    for (name, run), width in zip(runs, widths, strict=True):
        group.add(String(left, y, run, fontName=name, fontSize=fontSize, fillColor=fillColor))
        left += width
    return group


class Paragraph(rl_paragraph.Paragraph):
    """reportlab's ``Paragraph`` that draws right-to-left text in visual order.

    Lines are broken in logical order (so widths and splitting across frames and pages
    are reportlab's own); only drawing reorders, line by line, with the paragraph's
    direction taken from its first strong letter. A right-to-left paragraph in a
    left-aligned style is right-aligned. Paragraphs without a right-to-left character
    behave exactly as reportlab's: one regex search, no other work (the reordering
    lives in a subclass such a paragraph becomes, so theirs is reportlab's drawPara).
    """

    _rtl: bool | None = None  # None: nothing to reorder; else the paragraph direction

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
            self.__class__ = _rtl_class(type(self))


class _Visual:
    """The drawing of a paragraph holding right-to-left text: each line in visual order."""

    _rtl: bool | None
    blPara: Any

    def drawPara(self, debug: int = 0) -> Any:  # noqa: N802 (reportlab's name)
        logical = self.blPara
        self.blPara = _visual_lines(logical, bool(self._rtl))
        try:
            return super().drawPara(debug)  # type: ignore[misc]
        finally:
            self.blPara = logical


@cache
def _rtl_class(cls: type) -> type:
    """``cls`` (:class:`Paragraph` or a subclass, a heading say) drawing through :class:`_Visual`."""
    return type(f"_Rtl{cls.__name__}", (_Visual, cls), {})


def _visual_lines(para: Any, rtl: bool) -> Any:
    """A copy of reportlab's broken lines with every line in visual order."""
    if para.kind == 0:  # one style: (extra space, words) per line
        lines: list[Any] = []
        for extra, words in para.lines:
            line = " ".join(words)
            lines.append((extra, "".join(char for _, char in visual_order(line, rtl)).split(" ")))
    else:  # several styles or fonts: a FragLine of styled pieces per line
        lines = [_visual_frag_line(line, rtl) for line in para.lines]
    return para.clone(lines=lines)


def _visual_frag_line(line: Any, rtl: bool) -> Any:
    frags = line.words
    texts = [i for i, frag in enumerate(frags) if not hasattr(frag, "cbDefn") and getattr(frag, "text", "")]
    owner = [i for i in texts for _ in frags[i].text]
    text = "".join(frags[i].text for i in texts)
    if not rtl and not has_rtl(text):
        return line
    pieces: list[tuple[Any, list[str]]] = []
    for index, char in visual_order(text, rtl):
        frag = frags[owner[index]]
        if pieces and pieces[-1][0] is frag:
            pieces[-1][1].append(char)
        else:
            pieces.append((frag, [char]))
    words = [frag.clone(text="".join(chars)) for frag, chars in pieces]
    # Pieces without text (line-break markers) keep their place at the line's end.
    with_text = set(texts)
    words += [frag for i, frag in enumerate(frags) if i not in with_text]
    return line.clone(words=words)


def clip(text: str | None, limit: int) -> str:
    """Text cut to ``limit`` characters with an ellipsis (for table cells and labels)."""
    text = plain(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


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
        "h1": style("h1", fontName=FONT_BOLD, fontSize=18, leading=22, textColor=PRIMARY_DARK, spaceAfter=8, keepWithNext=1),
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
