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
import re
import shutil
import subprocess
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
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus import paragraph as rl_paragraph

from app.bidi import FSI, PDI, isolate, strip_controls
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

    def drawCentredString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self.calls.append(("drawCentredString", (x, y, text)))

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


def test_text_out_of_a_danish_meta_line_is_one_text_out() -> None:
    out = _Recorder()
    out.font = FONT
    text_out(out, "Åse Ørsted · Bord 1", FONT, 7.5)
    assert out.runs == [(FONT, "Åse Ørsted · Bord 1")] and out.calls == []
    # Isolates around Danish text change nothing and are not drawn: still one textOut.
    out = _Recorder()
    text_out(out, isolate("Åse Ørsted") + " · " + isolate("Bord 1"), FONT, 7.5)
    assert out.runs == [("", "Åse Ørsted · Bord 1")]


def test_canvas_text_is_drawn_in_visual_order_as_atoms_in_logical_order() -> None:
    atoms, width = pdfkit._line_atoms("Navn: דנה 🚲", FONT, 9)
    # On paper, left to right: the Danish label, the name reversed, the emoji after it.
    assert _drawn(atoms) == "Navn: הנד 🚲"
    # In the stream, the order typed: label, the name (one word, glyphs in visual
    # order, as readers expect a right-to-left run), the space, the emoji.
    assert [(a.font, a.glyphs) for a in atoms] == [(FONT, "Navn: "), (FONT, "הנד"), (FONT, " "), (FONT_EMOJI, "🚲")]
    assert width == pytest.approx(sum(a.width for a in atoms))
    assert width == pytest.approx(text_width("Navn: דנה 🚲", FONT, 9))
    # A bar's label as the handout makes it: "12. " and the idea's text isolated.
    label = chart_string(0, 4, "12. " + isolate("שלום 🚲"), fontName=FONT, fontSize=8.5, fillColor=None)
    assert isinstance(label, Group)
    assert [(s.fontName, s.text) for s in label.contents] == [(FONT, "12. "), (FONT, "םולש"), (FONT, " "), (FONT_EMOJI, "🚲")]
    # (The isolated text is right to left on its own: the emoji ends it, at its left.)
    assert "".join(s.text for s in sorted(label.contents, key=lambda s: s.x)) == "12. 🚲 םולש"


def test_a_mirrored_bracket_is_its_own_character_flipped() -> None:
    atoms, _ = pdfkit._line_atoms("שלום (עולם) טוב", FONT, 9)
    assert _drawn(atoms) == "בוט (םלוע) םולש"
    flipped = [a.glyphs for a in atoms if a.flip]
    assert flipped == ["(", ")"]  # read as typed, drawn as each other's mirror image
    # A chart string cannot flip: it draws the mirror glyph.
    atoms, _ = pdfkit._line_atoms("שלום (עולם) טוב", FONT, 9, flip=False)
    assert not any(a.flip for a in atoms) and _drawn(atoms) == "בוט (םלוע) םולש"


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

    for name in ("shape", "base_is_rtl", "_char_fonts", "layout_line", "paragraph_levels"):
        monkeypatch.setattr(pdfkit, name, forbidden)
    build_handout(library, full_workshop, tmp_path / "h.pdf")
    build_role_cards(tmp_path / "c.pdf", library=library, workshop_id=full_workshop)


def test_visual_order_indices_cover_the_line_once() -> None:
    text = shape(MIXED + " 🚲 " + LONG_ARABIC)
    order = visual_order(text, False)
    assert sorted(index for index, _ in order) == list(range(len(text)))


# -- the text layer: what a reader copies ------------------------------------------------


def _pdftotext(data: bytes, tmp_path: Path) -> str:
    """poppler's text of a PDF, without the embedding marks it wraps right-to-left runs in."""
    tool = shutil.which("pdftotext")
    assert tool is not None, "poppler-utils (pdftotext) is required"
    path = tmp_path / "t.pdf"
    path.write_bytes(data)
    done = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, timeout=60, check=True)
    return re.sub("[\u202a-\u202e]", "", done.stdout)


def _pypdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


#: A page of Danish around the right-to-left texts, as in a handout (a reader decides a
#: page's main direction by counting letters).
DANISH_PAGE = "Dansk tekst om fremtidens velfærd og blåbærgrød i kommunen. " * 8


def test_right_to_left_paragraphs_read_back_in_logical_order(tmp_path: Path) -> None:
    """Wrapped Hebrew and Arabic, brackets in Hebrew, a Hebrew name after a Danish
    label: pypdf (stream order) and pdftotext (positions) both give the words in the
    order typed, line by line."""
    hebrew = " ".join([word for word in HEBREW_WORDS if "-" not in word] * 3)
    texts = [hebrew, LONG_ARABIC, "Forfatter: דנה כהן", "שלום (עולם) טוב"]
    data = _pdf_of(DANISH_PAGE, *texts).getvalue()
    for text in (_pypdf_text(data), _pdftotext(data, tmp_path)):
        flat = _squash(text)
        for typed in texts:
            assert typed in flat
    # pdftotext reads a hyphen in Hebrew as a left-to-right character and turns the
    # words around it (as it did when lines were stored in visual order); pypdf does not.
    hyphenated = " ".join(HEBREW_WORDS * 2)
    assert hyphenated in _squash(_pypdf_text(_pdf_of(DANISH_PAGE, hyphenated).getvalue()))


@pytest.mark.parametrize("text", [MIXED, "שלום (abc) 12.5% עולם", "abc שלום! def", "שלום (עולם) טוב",
                                  "Idé 12: مريم 👩‍🔬 og דנה"])
def test_mixed_lines_read_back_in_logical_order_from_the_stream(text: str) -> None:
    """Numbers, Latin words, brackets and emoji inside right-to-left text: the visual
    order differs from the typed order in ways a reader cannot undo by reversing runs,
    so each line is written in typed order (atoms placed at their visual positions).
    pypdf takes the stream in order; poppler sorts by position and reverses runs, so it
    gets these only approximately (see the comment above pdfkit.Atom)."""
    data = _pdf_of(DANISH_PAGE, text).getvalue()
    assert _squash(text) in _squash(_pypdf_text(data))
    # A canvas line (charts, meta lines, cards, ballots) reads the same way.
    out = io.BytesIO()
    canvas = Canvas(out)
    draw_text(canvas, 50, 700, text, FONT, 10)
    canvas.save()
    assert _squash(text) in _squash(_pypdf_text(out.getvalue()))


def test_the_drawn_order_of_mixed_lines_is_still_visual() -> None:
    paragraph = _wrapped("Idé: שלום עולם 2026", 300)
    assert _visual_words(paragraph) == [["Idé:", "2026", "םלוע", "םולש"]]
    paragraph = _wrapped("שלום (abc) 12.5% עולם", 300)
    assert _visual_words(paragraph) == [["םלוע", "12.5%", "(abc)", "םולש"]]


# -- bidi isolation of user text -----------------------------------------------------------


def test_isolate_wraps_each_line_and_balances_isolates() -> None:
    assert isolate("") == ""
    assert isolate("Åse") == FSI + "Åse" + PDI
    assert isolate("en\nto") == f"{FSI}en{PDI}\n{FSI}to{PDI}"
    # A stray PDI would close our isolate early: dropped. An isolate the text opens is closed.
    assert isolate("a\u2069b") == f"{FSI}ab{PDI}"
    assert isolate("a\u2067b") == f"{FSI}a\u2067b{PDI}{PDI}"
    # Overrides need nothing: the closing PDI ends them.
    assert isolate("fil\u202egpj.exe") == f"{FSI}fil\u202egpj.exe{PDI}"
    assert strip_controls(isolate("fil\u202egpj.exe")) == "filgpj.exe"


def test_an_override_in_a_name_cannot_reorder_the_text_after_it() -> None:
    """A name with U+202E (RIGHT-TO-LEFT OVERRIDE) in an idea's meta line: the name
    shows overridden, the table group after it keeps its order."""
    name = "fil\u202egpj.exe"
    atoms, _ = pdfkit._line_atoms(isolate(name) + " · " + isolate("Bord 1"), FONT, 8)
    assert _drawn(atoms) == "filexe.jpg · Bord 1"
    # Without the isolate the override runs to the end of the line.
    atoms, _ = pdfkit._line_atoms(name + " · Bord 1", FONT, 8)
    assert _drawn(atoms) == "fil1 droB · exe.jpg"
    # The same in a paragraph ("Mål: …" with our own word after the user's text).
    paragraph = _wrapped(f"Mål: {isolate(name)} efter", 400)
    assert _visual_words(paragraph) == [["Mål:", "filexe.jpg", "efter"]]


def test_an_isolate_holds_across_wrapped_lines() -> None:
    """Levels are resolved for the whole paragraph: an override that wraps onto the
    next line is still closed by its isolate there."""
    name = "אב\u202e" + " ".join(["abc"] * 12)
    paragraph = _wrapped(f"Tema: {isolate(name)} · 3 idéer", 120)
    lines = _visual_words(paragraph)
    assert len(lines) >= 3
    assert lines[-1][-3:] == ["·", "3", "idéer"]


def test_a_hebrew_name_next_to_a_number_keeps_its_place() -> None:
    atoms, _ = pdfkit._line_atoms(isolate("דנה") + " · " + isolate("12"), FONT, 8)
    assert _drawn(atoms) == "הנד · 12"
    atoms, _ = pdfkit._line_atoms("דנה · 12", FONT, 8)
    assert _drawn(atoms) == "12 · הנד"  # without isolates the number jumps before the name


def test_isolates_are_never_drawn_nor_copied() -> None:
    assert markup("Mål: " + isolate("Åse")) == "Mål: Åse"
    assert not needs_care(pdfkit.plain(isolate("Åse")))
    data = _pdf_of("Mål: " + isolate("דנה") + " · " + isolate("Åse")).getvalue()
    text = _pypdf_text(data)
    assert FSI not in text and PDI not in text and "Mål: דנה · Åse" in text
    assert tofu(io.BytesIO(data)) == []


# -- characters no shipped font draws ------------------------------------------------------


def test_missing_glyphs_names_the_characters_and_scripts() -> None:
    assert pdfkit.missing_glyphs("Blåbær 🚲 שלום مرحبا 𝐀") == ""
    assert pdfkit.missing_glyphs("Idé: 漢字 नमस्ते 한국 ไทย 漢") == "漢字नमस्ते한국ไทย"
    warning = pdfkit.glyph_warning("Idé: 漢字 한국", "at_idea", 12)
    assert warning is not None and warning.scripts == ("CJK", "HANGUL")
    assert warning.message("da") == (
        "Idé 12: 4 tegn findes ikke i PDF'ens skrifttyper og står som firkanter (kinesisk/japansk, koreansk: 漢字한국)")
    assert warning.message("en").startswith("Idea 12: 4 characters are not in the PDF's fonts")
    assert pdfkit.glyph_warning("æøå", "at_idea", 1) is None
