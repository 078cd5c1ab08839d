"""Emoji and right-to-left text in the PDFs (``exports/pdfkit.py``, ``exports/rtl.py``).

What is checked: which font each character run gets (and that Danish markup is what
it always was), the visual order of right-to-left lines — per wrapped line, top to
bottom — and of mixed lines, Arabic joining, that no character in a written PDF lacks
a glyph in the font it is drawn in, that readers get emoji beyond U+FFFF back, and
that Danish text never enters the right-to-left or fallback-font code at all (the
handout benchmark's path).
"""

from __future__ import annotations

import io
import unicodedata
import uuid
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Group, String
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus import paragraph as rl_paragraph

from app.library import Library
from exports import pdfkit, rtl
from exports.ballots import build_ballots
from exports.cards import build_role_cards
from exports.handout import build_handout
from exports.pdfkit import (
    FONT,
    FONT_BOLD,
    FONT_EMOJI,
    FONT_SYMBOLS,
    Paragraph,
    chart_string,
    draw_text,
    fit,
    font_runs,
    markup,
    needs_care,
    styles,
    text_out,
    text_width,
    visual_runs,
)
from exports.rtl import MAYBE_RTL, RTL, clusters, has_rtl, shape, visual, visual_order

HEBREW = "שלום"
ARABIC = "مرحبا بالعالم"
EMOJI = "Cykel 🚲 familie 👩‍👩‍👧‍👦 flag 🏳️‍🌈 tommel 👍🏽"
MIXED = "Idé: שלום עולם 2026"
#: Twelve different Hebrew words: a paragraph that wraps over several lines.
HEBREW_WORDS = ("אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע עשר אחת-עשרה שתים-עשרה").split()
LONG_ARABIC = ("نريد حديقة مجتمعية كبيرة في وسط الحي حيث يمكن للعائلات والأطفال وكبار السن "
               "أن يلتقوا ويزرعوا الخضروات معا كل أسبوع")
DANISH = ["Blåbærgrød & <test> \"citat\"", "æøåÆØÅ Ærø Øresund Århus", "første linje\nanden linje",
          "Łukasz Żółć, Ayşe Yılmaz, Nguyễn Thị Hương", "✂ ■ › … ·"]


# -- font runs ----------------------------------------------------------------------


@pytest.mark.parametrize("text", DANISH)
def test_danish_markup_is_unchanged_and_takes_no_care(text: str) -> None:
    assert not needs_care(text)
    assert markup(text) == escape(text).replace("\n", "<br/>")
    assert visual_runs(text, FONT) == [(FONT, text)]


def test_an_emoji_run_gets_the_emoji_font_with_its_joiners_and_modifiers() -> None:
    runs = font_runs(EMOJI)
    assert runs == [
        (None, "Cykel "), (FONT_EMOJI, "🚲"), (None, " familie "), (FONT_EMOJI, "👩‍👩‍👧‍👦"),
        (None, " flag "), (FONT_EMOJI, "🏳️‍🌈"), (None, " tommel "), (FONT_EMOJI, "👍🏽"),
    ]
    assert markup(EMOJI) == (
        'Cykel <font name="SamskabEmoji">🚲</font> familie <font name="SamskabEmoji">👩‍👩‍👧‍👦</font>'
        ' flag <font name="SamskabEmoji">🏳️‍🌈</font> tommel <font name="SamskabEmoji">👍🏽</font>'
    )


def test_symbols_fall_back_to_symbola_and_emoji_style_prefers_the_emoji_font() -> None:
    assert font_runs("x 𝐀 y") == [(None, "x "), (FONT_SYMBOLS, "𝐀"), (None, " y")]
    # ❤ is in DejaVu; followed by U+FE0F (emoji style) it is drawn as an emoji.
    assert font_runs("❤ ❤️") == [(None, "❤ "), (FONT_EMOJI, "❤️")]


def test_a_character_no_font_has_stays_in_the_text() -> None:
    # Nothing shipped draws Chinese: it keeps the paragraph font (DejaVu's missing-glyph
    # box shows something is there) rather than vanishing.
    assert font_runs("漢字") == [(None, "漢字")]
    assert markup("漢字") == "漢字"
    # An invisible format character no font has draws nothing (no box).
    assert font_runs("a\u180eb\U000e0001c") == [(None, "abc")]


def test_markup_of_emoji_and_rtl_text_still_escapes_everything() -> None:
    assert markup("<b>🚲</b> & שלום") == '&lt;b&gt;<font name="SamskabEmoji">🚲</font>&lt;/b&gt; &amp; שלום'


# -- bidi and shaping ---------------------------------------------------------------


def test_the_quick_rtl_test_finds_every_rtl_character() -> None:
    # Below U+10000 the table-lookup regex agrees with the exact one; above, it says
    # "maybe" and the exact one decides.
    for code in range(0x10000):
        char = chr(code)
        assert (MAYBE_RTL.match(char) is not None) == (RTL.match(char) is not None), hex(code)
    assert MAYBE_RTL.match("🚲") and not has_rtl("🚲") and has_rtl("\U0001e900")


def test_hebrew_and_mixed_lines_in_visual_order() -> None:
    assert visual(HEBREW) == HEBREW[::-1]
    assert visual(MIXED) == "Idé: 2026 םלוע םולש"
    # Brackets in a right-to-left run are mirrored, so they still enclose their text.
    assert visual("שלום (abc) 12.5% עולם") == "םלוע 12.5% (abc) םולש"
    assert visual("abc (שלום) def") == "abc (םולש) def"


def test_levels_come_from_the_rust_resolver_even_for_hostile_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """python-bidi's modern resolver exposes levels only in its debug description; a
    text that itself says "levels: [" must not be mistaken for it."""

    def fell_back(*args: Any) -> Any:
        raise AssertionError("fell back to the pure-Python resolver")

    monkeypatch.setattr(rtl, "_python_levels", fell_back)
    for text in ['שלום levels: [ Level(5,\n ), ] abc', 'x "y" \\ z שלום', ARABIC * 100]:
        assert len(rtl._resolved_levels(text, True)) == len(text)


def test_reordering_keeps_marks_and_emoji_sequences_whole() -> None:
    pointed = "שָׁלוֹם"  # points (combining marks) after their letters
    drawn = visual(pointed)
    for start, end in clusters(pointed):
        assert pointed[start:end] in drawn
    assert visual("שלום 👍🏽 👩‍🔬") == "👩‍🔬 👍🏽 םולש"


def test_arabic_is_joined_not_isolated_letters() -> None:
    shaped = shape(ARABIC)
    assert shaped != ARABIC
    assert unicodedata.normalize("NFKC", shaped) == ARABIC
    # Joined forms: initial, medial and final presentation forms, no isolated letters.
    assert {unicodedata.name(c).split()[-2] for c in shaped if c != " "} <= {"INITIAL", "MEDIAL", "FINAL"}
    assert shape("لا") == "\ufefb"  # the obligatory lam-alef ligature
    # Joiners and emoji between Arabic words are kept exactly (the reshaper alone drops them).
    assert shape("مريم 👩‍🔬").endswith(" 👩‍🔬")


# -- paragraphs ---------------------------------------------------------------------


def _wrapped(text: str, width: float, style: Any = None) -> Paragraph:
    paragraph = Paragraph(markup(text), style or styles()["idea"])
    paragraph.wrap(width, 1000)
    return paragraph


def _drawn(atoms: list[pdfkit.Atom]) -> str:
    """What a line of atoms shows, left to right (a flipped atom shows its mirror image)."""
    return "".join(rtl.mirrored(a.glyphs) if a.flip else a.glyphs for a in sorted(atoms, key=lambda a: a.x))


def _visual_words(paragraph: Paragraph) -> list[list[str]]:
    lines, _ = pdfkit.laid_out_lines(paragraph)
    return [_drawn(atoms).split() for atoms, _ in lines]


def test_a_wrapped_hebrew_paragraph_reads_top_to_bottom_right_to_left() -> None:
    paragraph = _wrapped(" ".join(HEBREW_WORDS), 90)
    assert paragraph._rtl is True
    assert paragraph.style.alignment == TA_RIGHT
    lines = _visual_words(paragraph)
    assert len(lines) >= 3
    # Each line is drawn left to right, so its words and their letters come reversed;
    # read right to left, line after line, the words come in the order typed.
    read = [word[::-1] for line in lines for word in reversed(line)]
    assert read == HEBREW_WORDS
    assert lines[0][-1] == HEBREW_WORDS[0][::-1]  # the first word at the right of the top line


def test_a_wrapped_arabic_paragraph_with_emoji_reads_in_order() -> None:
    text = LONG_ARABIC + " 🚲"
    paragraph = _wrapped(text, 110)
    assert paragraph.blPara.kind == 1  # two fonts: the line pieces are reordered too
    lines = _visual_words(paragraph)
    assert len(lines) >= 3
    read = [word if word == "🚲" else word[::-1] for line in lines for word in reversed(line)]
    assert read == shape(text).split()


def test_a_split_rtl_paragraph_is_reordered_once_per_part() -> None:
    paragraph = Paragraph(markup(" ".join(HEBREW_WORDS)), styles()["idea"])
    paragraph.wrap(90, 1000)
    first, second = paragraph.split(90, 2 * styles()["idea"].leading + 1)
    for part in (first, second):
        part.wrap(90, 1000)
    read = [word[::-1] for part in (first, second) for line in _visual_words(part) for word in reversed(line)]
    assert read == HEBREW_WORDS


def test_danish_paragraphs_are_reportlabs_own() -> None:
    style = styles()["idea"]
    paragraph = _wrapped("Blåbærgrød med fløde " * 10, 120, style)
    assert paragraph._rtl is None
    assert paragraph.style is style and style.alignment == TA_LEFT
    # Not even a wrapper: a Danish paragraph draws with reportlab's own drawPara.
    assert type(paragraph) is Paragraph and Paragraph.drawPara is rl_paragraph.Paragraph.drawPara


def test_a_mixed_paragraph_starting_in_danish_stays_left_aligned() -> None:
    paragraph = _wrapped(MIXED, 300)
    assert paragraph._rtl is False and paragraph.style.alignment == TA_LEFT
    assert _visual_words(paragraph) == [["Idé:", "2026", "םלוע", "םולש"]]


# -- canvas strings and charts ------------------------------------------------------


class _Recorder:
    """Stands in for a canvas: records the calls the text helpers make."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.runs: list[tuple[str, str]] = []
        self.font = ""

    def setFont(self, name: str, size: float) -> None:  # noqa: N802
        self.calls.append(("setFont", (name, size)))
        self.font = name

    def drawString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self.calls.append(("drawString", (x, y, text)))

    def beginText(self, x: float, y: float) -> _Recorder:  # noqa: N802
        self.calls.append(("beginText", (x, y)))
        return self

    def textOut(self, text: str) -> None:  # noqa: N802
        self.runs.append((self.font, text))

    def drawText(self, out: Any) -> None:  # noqa: N802
        self.calls.append(("drawText", ()))


def test_danish_canvas_text_is_one_draw_string() -> None:
    canvas = _Recorder()
    draw_text(canvas, 10, 20, "Åse Ørsted", FONT_BOLD, 12)
    assert canvas.calls == [("setFont", (FONT_BOLD, 12)), ("drawString", (10, 20, "Åse Ørsted"))]
    label = chart_string(0, 4, "Blåbær", fontName=FONT, fontSize=8.5, fillColor=None)
    assert isinstance(label, String) and label.text == "Blåbær"


def test_text_out_of_a_danish_meta_line_is_one_text_out_and_of_others_runs() -> None:
    out = _Recorder()
    out.font = FONT
    text_out(out, "Åse Ørsted · Bord 1", FONT, 7.5)
    assert out.runs == [(FONT, "Åse Ørsted · Bord 1")] and out.calls == []
    out = _Recorder()
    out.font = FONT
    text_out(out, "דנה · 🚲", FONT, 7.5)
    assert out.runs == [(FONT_EMOJI, "🚲"), (FONT, " · הנד")]
    assert out.calls[-1] == ("setFont", (FONT, 7.5))


def test_canvas_text_is_drawn_in_runs_in_visual_order() -> None:
    canvas = _Recorder()
    draw_text(canvas, 100, 20, "Navn: דנה 🚲", FONT, 9, anchor="end")
    assert canvas.runs == [(FONT, "Navn: הנד "), (FONT_EMOJI, "🚲")]
    width = sum(pdfmetrics.stringWidth(t, f, 9) for f, t in canvas.runs)
    assert canvas.calls[1] == ("beginText", (pytest.approx(100 - width), 20))
    assert canvas.calls[-1] == ("setFont", (FONT, 9))  # left as the caller set it
    label = chart_string(0, 4, "1. שלום 🚲", fontName=FONT, fontSize=8.5, fillColor=None)
    assert isinstance(label, Group)
    assert [(s.fontName, s.text) for s in label.contents] == [(FONT_EMOJI, "🚲"), (FONT, " םולש .1")]


@pytest.mark.parametrize("text", [LONG_ARABIC, EMOJI * 3, " ".join(HEBREW_WORDS)])
def test_fit_cuts_careful_text_to_its_drawn_width(text: str) -> None:
    cut = fit(text, FONT, 9, 120)
    assert cut.endswith("…") and text.startswith(cut[:-1].rstrip())
    assert text_width(cut, FONT, 9) <= 120


def test_fit_of_danish_text_is_measured_as_before() -> None:
    text = "Fremtidens velfærd i Gentofte " * 5
    cut = fit(text, FONT, 9, 120)
    assert pdfmetrics.stringWidth(cut, FONT, 9) <= 120 < pdfmetrics.stringWidth(cut[:-1] + text[len(cut) - 1] + "…", FONT, 9)


# -- the written PDFs ---------------------------------------------------------------


def _fonts_by_base_name() -> dict[str, frozenset[int]]:
    files = {"DejaVuSans": "DejaVuSans.ttf", "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
             "NotoEmoji-Regular": "NotoEmoji.ttf", "Symbola": "Symbola.ttf"}
    return {name: frozenset(TTFont(f"probe-{name}", str(pdfkit.FONT_DIR / file)).face.charToGlyph)
            for name, file in files.items()}


def tofu(path: Path | io.BytesIO) -> list[tuple[str, str]]:
    """Every (font, character) in the PDF whose font has no glyph for the character."""
    fonts = _fonts_by_base_name()
    missing: list[tuple[str, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if not font or not text:
            return
        name = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]
        for char in text:
            if not char.isspace() and ord(char) not in fonts.get(name, ()):
                missing.append((name, char))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return missing


def _pdf_of(*texts: str) -> io.BytesIO:
    out = io.BytesIO()
    pdfkit.register_fonts()
    doc = SimpleDocTemplate(out)
    doc.build([Paragraph(markup(t), styles()["body"]) for t in texts])
    out.seek(0)
    return out


def test_the_tofu_check_finds_a_missing_glyph() -> None:
    # reportlab draws a character its font lacks as the font's missing-glyph box (and
    # tells readers it is U+0000): no shipped font has Chinese.
    assert tofu(_pdf_of("Kinesisk: 漢")) == [("DejaVuSans", "\x00")]
    assert tofu(_pdf_of("Kinesisk: ", "Dansk: æøå 🚲 שלום")) == []


@pytest.fixture
def script_workshop(library: Library) -> uuid.UUID:
    from app.operations import add_idea, create_workshop, open_round
    from app.operations.board import create_cluster
    from app.operations.people import add_table_group, assign_role
    from app.operations.voting import cast_ballot, close_round, reveal_round
    from app.queries import load_workshop
    from app.templates import load_templates

    wid = create_workshop(library, load_templates()["hverdagsinnovation"], title="Tortur 🚲 שלום",
                          participants=[("דנה כהן", ""), ("مريم 👩‍🔬", ""), ("Åse 𝐀", "")]).subject
    assert wid is not None
    add_table_group(library, wid, "Bord مرحبا 🌈")
    texts = [HEBREW, ARABIC, EMOJI, MIXED, LONG_ARABIC, " ".join(HEBREW_WORDS), "❤️ og 𝐀 — æøå"]
    ids = [add_idea(library, wid, t, author="דנה כהן").subject for t in texts]
    create_cluster(library, wid, "Tema: שלום 🚲", ids[:3])
    rid = open_round(library, wid, "dots", budget=5, title="Prikker 🚲 שלום").subject
    assert rid is not None
    cast_ballot(library, rid, "phone-1", dots={ids[0]: 2, ids[2]: 3})  # type: ignore[dict-item]
    close_round(library, rid)
    reveal_round(library, rid)
    for person, role in zip(load_workshop(library, wid).participants, ("igangsaetter", "facilitator", "katalysator"), strict=True):
        assign_role(library, person.id, role)
    return wid


def test_no_tofu_in_handout_cards_and_ballots(library: Library, script_workshop: uuid.UUID, tmp_path: Path) -> None:
    from app.operations import open_round

    handout = build_handout(library, script_workshop, tmp_path / "h.pdf").path
    build_role_cards(tmp_path / "c.pdf", library=library, workshop_id=script_workshop)
    rid = open_round(library, script_workshop, "dots", budget=3, title="Runde مرحبا 🚲").subject
    assert rid is not None
    build_ballots(library, rid, tmp_path / "b.pdf")
    for path in (handout, tmp_path / "c.pdf", tmp_path / "b.pdf"):
        assert tofu(path) == [], path.name
    text = "".join(page.extract_text() for page in PdfReader(handout).pages)
    assert "🚲" in text and "👩‍🔬" in text.replace("🔬‍👩", "👩‍🔬")  # beyond U+FFFF, read back


def test_to_unicode_writes_characters_beyond_the_bmp_as_surrogate_pairs() -> None:
    cmap = pdfkit._to_unicode_cmap("F", [0x41, 0xE6, 0x1F6B2])
    assert "<00> <0041>" in cmap and "<01> <00E6>" in cmap and "<02> <D83DDEB2>" in cmap


def test_danish_handout_never_enters_the_careful_path(library: Library, full_workshop: uuid.UUID, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The benchmark's path: with the shipped sample (Danish and other left-to-right
    names DejaVu draws), no shaping, no bidi, no fallback font is touched."""

    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the careful path ran for text that needs no care")

    for name in ("shape", "visual_order", "base_is_rtl", "_char_fonts", "_visual_lines"):
        monkeypatch.setattr(pdfkit, name, forbidden)
    build_handout(library, full_workshop, tmp_path / "h.pdf")
    build_role_cards(tmp_path / "c.pdf", library=library, workshop_id=full_workshop)


def test_visual_order_indices_cover_the_line_once() -> None:
    text = shape(MIXED + " 🚲 " + LONG_ARABIC)
    order = visual_order(text, False)
    assert sorted(index for index, _ in order) == list(range(len(text)))
