"""What every Samskab PDF shares: the font, the colours, the styles, safe user text.

**User text is never markup.** reportlab's ``Paragraph`` parses an XML-like markup:
``Blåbærgrød & <test>`` loses ``<test>``, ``<b>unclosed`` raises, ``<img src=...>``
opens a file. Every piece of user text goes through :func:`markup` (escape, then
line breaks to ``<br/>``) before it reaches a ``Paragraph``; text drawn directly on a
canvas or in a chart (``drawString``, ``String``) is not parsed and is passed as is.

**The font** is DejaVu Sans (regular and bold, shipped in ``exports/fonts`` with its
licence): the built-in Helvetica has "æøå" but not "Łukasz Żółć", "Ayşe Yılmaz" or
"Nguyễn Thị Hương". Both faces are registered as one family, so ``<b>`` really is bold.

**Nothing taller than a page**: a table cell cannot split across pages (reportlab
raises ``LayoutError``), so user text in cells is cut with :func:`clip`; long text
outside tables goes into paragraphs, which split.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent / "fonts"
FONT = "SamskabSans"
FONT_BOLD = "SamskabSans-Bold"
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


def plain(text: str | None) -> str:
    """User text for a canvas or chart: control characters removed, nothing else."""
    return _CONTROL.sub("", text or "").replace("\r\n", "\n").replace("\r", "\n")


def markup(text: str | None) -> str:
    """User text as ``Paragraph`` markup that shows exactly the text: the one escaping helper."""
    return escape(plain(text)).replace("\n", "<br/>")


def clip(text: str | None, limit: int) -> str:
    """Text cut to ``limit`` characters with an ellipsis (for table cells and labels)."""
    text = plain(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line, cut with an ellipsis to fit ``width`` points (charts)."""
    full = plain(text).replace("\n", " ")
    # No glyph is narrower than about a quarter em: what lies beyond cannot fit anyway,
    # and measuring a long idea's whole text over and over is slow.
    limit = max(1, int(width / (size * 0.25)) + 1)
    text = full[:limit]
    if len(full) <= limit and pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits, by bisection
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(text[:middle] + "…", font, size) <= width:
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
