"""The items on the idea board: one custom-painted item per sticky note, one per theme.

Speed is why these are hand-painted ``QGraphicsItem`` subclasses and not
``QGraphicsTextItem``: measured here, one text item per note takes 54 ms to repaint a
1920×1080 board of 2,000 notes, a custom item skipping its text when zoomed out
about a third of that (see architecture.md, "Board speed"). The items keep no state
beyond what they draw: the view sets it from the model after every change.

User text is always drawn as plain text: fitted to the note once (word-wrapped,
elided with "…"), laid out once by a ``QTextLayout`` (which never reads markup) in the
note's own coordinates and drawn as the layout's glyph runs — an idea typed as
``<b>x</b>`` shows exactly those characters. The layout does not depend on the zoom:
a new scale only rasterises the glyphs again, once for every note sharing a font.
(``QStaticText`` laid its text out again whenever the painter's scale changed: 80
notes' text took twice as long in the first frame after a zoom step.) Far out, one
:class:`OverviewItem` draws every note as a flat square.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGlyphRun,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.layout import NOTE_HEIGHT, NOTE_WIDTH, TITLE_BAND

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

# Notes without a table group (or tag, when colouring by tag): warm paper.
PLAIN_NOTE = "#FFF4C2"
# Soft sticky-note colours for colouring by tag, in vocabulary order.
TAG_PALETTE = (
    "#FFD6A5", "#CDEAC0", "#BDE0FE", "#FFC8DD", "#E2CFEA", "#FDFFB6",
    "#A0E7E5", "#F1C0B9", "#C9D4F8", "#FFADAD", "#E8D9B5", "#D7E3A1",
)
# Untagged notes when colouring by tag: plain white paper, apart from every tag.
UNTAGGED_NOTE = "#F3F3F1"

NOTE_RECT = QRectF(0.0, 0.0, NOTE_WIDTH, NOTE_HEIGHT)
_SHADOW = 6.0
_PAD = 10.0
_BADGE_BAND = 20.0  # room at the top for the number badge
# Below these zoom levels the details are too small to read; skipping them keeps a
# fit-all repaint of thousands of notes within a frame.
LOD_TEXT = 0.42
LOD_DETAIL = 0.3

DEFAULT_NOTE_PIXELS = 15


def note_font(read_only: bool = False, pixels: int = DEFAULT_NOTE_PIXELS) -> QFont:
    """The notes' type: 15 px on the desk, 3 px larger and bold on the projector
    (read from the back of the room)."""
    font = QFont()
    font.setPixelSize(pixels + 3 if read_only else pixels)
    if read_only:
        font.setWeight(QFont.Weight.DemiBold)
    return font


_DESK_FONT: QFont  # set below, once note_font can be called
_READ_ONLY_FONT: QFont


def _small_font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


_PAPERS: dict[str, tuple[QColor, QColor, QBrush]] = {}


def _paper(colour: str) -> tuple[QColor, QColor, QBrush]:
    """A note colour: the fill, its dimmed form and the paper's gentle gradient,
    made once per colour and shared (thousands of notes share a handful)."""
    paper = _PAPERS.get(colour)
    if paper is None:
        fill = QColor(colour)
        if not fill.isValid():
            fill = QColor(PLAIN_NOTE)
        dim = QColor(fill)
        dim.setAlpha(70)
        gradient = QLinearGradient(0.0, 0.0, 0.0, NOTE_HEIGHT)
        gradient.setColorAt(0.0, fill.lighter(105))
        gradient.setColorAt(0.85, fill)
        gradient.setColorAt(1.0, fill.darker(106))
        paper = _PAPERS[colour] = (fill, dim, QBrush(gradient))
    return paper


def _utf16_prefix(text: str, units: int) -> str:
    """The start of ``text`` spanning ``units`` UTF-16 code units (Qt's string indices)."""
    return text.encode("utf-16-le")[: 2 * units].decode("utf-16-le", errors="ignore")


# A line width Qt clamps to "unbounded": the line is as wide as its text.
_UNBOUNDED = 1e9


class TextBlock:
    """Plain text laid out once, in item coordinates, and drawn from its glyph runs.

    Drawing glyph runs costs no layout at any scale: the painter only maps the glyph
    positions and rasterises (or finds in its cache) each glyph at the new size, as
    crisply as text laid out at that size. ``QTextLayout`` is the text's only reading:
    it takes every character literally (no markup), shapes right-to-left scripts and
    emoji sequences, and falls back to other fonts per run. A line break typed in the
    note (Shift+Enter) starts a new line.
    """

    __slots__ = ("_text", "lines", "runs", "size")

    def __init__(self, text: str, font: QFont, width: float | None = None) -> None:
        layout = QTextLayout(_with_line_breaks(text), font)
        if width is not None:
            layout.setTextOption(_TEXT_OPTION)
        height = 0.0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            # As QStaticText lays plain text out: leading included, lines stacked.
            line.setLeadingIncluded(True)
            line.setLineWidth(width if width is not None else _UNBOUNDED)
            line.setPosition(QPointF(0.0, height))
            height += line.height()
        layout.endLayout()
        self._text = text
        self.lines = layout.lineCount()
        self.runs: list[QGlyphRun] = layout.glyphRuns()
        self.size = layout.boundingRect().size()

    def text(self) -> str:
        """The characters laid out, exactly as given."""
        return self._text

    def draw(self, painter: QPainter, origin: QPointF) -> None:
        """Draw the text with its top left at ``origin``, in the painter's pen colour."""
        for run in self.runs:
            painter.drawGlyphRun(origin, run)


def _with_line_breaks(text: str) -> str:
    """``text`` with each newline as Unicode's line separator, the one break a
    ``QTextLayout`` obeys (it draws nothing for a newline and ran the lines
    together). One UTF-16 unit for one: every index into the text stays right."""
    return text.replace("\n", "\u2028")


def fit_text(text: str, font: QFont, width: float, height: float) -> str:
    """``text`` as it fits a ``width``×``height`` box when word-wrapped: whole if it
    fits, otherwise cut after the last line that fits with that line ending in "…".

    Long words without spaces wrap anywhere rather than run out of the note.
    """
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout = QTextLayout(_with_line_breaks(text), font)
    layout.setTextOption(option)
    metrics = QFontMetricsF(font)
    line_height = metrics.lineSpacing()
    max_lines = max(1, int(height // line_height))
    lines: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength()))
        if len(lines) > max_lines:
            break
    layout.endLayout()
    if len(lines) <= max_lines:
        return text
    start, length = lines[max_lines - 1]
    head = _utf16_prefix(text, start)
    last = _utf16_prefix(text, start + length)[len(head):].replace("\n", " ").rstrip()
    # Room for the ellipsis: always elide, even when the cut line itself fits.
    last = metrics.elidedText(last + " …", Qt.TextElideMode.ElideRight, width)
    if not last.endswith("…"):
        last = last.rstrip(" …") + "…"
    return head + last


class NoteItem(QGraphicsItem):
    """One sticky note: its paper, its text, its number badge and its tags.

    ``idea_id`` ties it to the model; ``cluster_id`` says which theme holds it. The
    view sets everything through :meth:`set_idea` and :meth:`set_fill`.
    """

    def __init__(self, idea_id: uuid.UUID, read_only: bool = False, no_contents: bool = False) -> None:
        super().__init__()
        self.idea_id = idea_id
        self.read_only = read_only
        self.number = 0
        self.text = ""
        self.tags: list[str] = []
        self.tag_line = ""
        self.cluster_id: uuid.UUID | None = None
        self.table_group_id: uuid.UUID | None = None
        self.phase_id: uuid.UUID | None = None
        self.dimmed = False
        self.editing = False
        self.fresh = False  # just captured: ringed for a moment
        self.focused = False  # the keyboard is on it (arrows, Tab)
        self._fill, self._fill_dim, self._body = _paper(PLAIN_NOTE)
        self._display: str | None = None  # the fitted text, computed when first painted
        self._block: TextBlock | None = None  # the fitted text laid out, made when first painted
        self._badge_cache: tuple[int, QRectF, TextBlock] | None = None
        self._tags_cache: tuple[str, TextBlock] | None = None
        self._font: QFont = _READ_ONLY_FONT if read_only else _DESK_FONT
        # No contents: drawn by the overview while zoomed far out.
        self.setFlags(_NOTE_FLAGS[read_only, no_contents])
        # Each note kept as a pixmap at the screen's scale: a repaint or a pan blits
        # it instead of painting paper and text again (measured: a 100 % frame of ~80
        # notes 15 → 8 ms, a pan step 29 → 18 ms). Zooming repaints it once.
        # (Not ItemCoordinateCache, the slowest of all here.)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if read_only:
            self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # Notes sit at z 0 above the frames (z -1), in the order they came.

    # -- model -----------------------------------------------------------------------
    def set_idea(
        self, number: int, text: str, tags: list[str], tag_line: str,
        cluster_id: uuid.UUID | None, table_group_id: uuid.UUID | None,
        phase_id: uuid.UUID | None, x: float, y: float,
    ) -> None:
        """Show the idea's current values (called by the view after every change)."""
        if self.read_only:
            tag_line = ""  # the projector gives the idea itself all the room
        if text != self.text or (tag_line == "") != (self.tag_line == ""):
            self._display = None
            self._block = None
        self.number, self.text, self.tags, self.tag_line = number, text, list(tags), tag_line
        self.cluster_id, self.table_group_id, self.phase_id = cluster_id, table_group_id, phase_id
        if self.scene() is None:
            self.setPos(x, y)  # not shown yet: nothing to compare or repaint
            return
        if self.pos() != QPointF(x, y):
            self.setPos(x, y)
        self.update()

    def set_font(self, font: QFont) -> None:
        """Use ``font`` for the text (the facilitator's note text size)."""
        self._font = font
        self._display = None
        self._block = None
        self.update()

    def font(self) -> QFont:
        return QFont(self._font)

    def set_fill(self, colour: str) -> None:
        paper = _paper(colour)
        if paper[0] == self._fill and self._body is paper[2]:
            return
        self._fill, self._fill_dim, self._body = paper
        self.update()

    def fill(self) -> QColor:
        return QColor(self._fill)

    def set_fresh(self, fresh: bool) -> None:
        if fresh != self.fresh:
            self.fresh = fresh
            self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        if dimmed != self.dimmed:
            self.dimmed = dimmed
            self.update()

    def set_focused(self, focused: bool) -> None:
        if focused != self.focused:
            self.focused = focused
            self.update()

    def text_rect(self) -> QRectF:
        bottom = 18.0 if self.tag_line else 0.0
        return NOTE_RECT.adjusted(_PAD, _BADGE_BAND + 4.0, -_PAD, -_PAD - bottom)

    def display_text(self) -> str:
        """Exactly the characters drawn for the text (fitted, elided with "…" when long)."""
        if self._display is None:
            rect = self.text_rect()
            self._display = fit_text(self.text, self._font, rect.width(), rect.height())
        return self._display

    # -- painting --------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return QRectF(-1.0, -1.0, NOTE_WIDTH + _SHADOW + 2.0, NOTE_HEIGHT + _SHADOW + 2.0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        fill = self._fill_dim if self.dimmed else self._fill
        selected = self.isSelected()
        # Every shape here is an upright rectangle: without edge smoothing each is a
        # plain span fill with sharp edges instead of a trip through the rasteriser
        # (a tenth of a note's cost when it is painted afresh after a zoom step).
        # Text keeps its own smoothing (TextAntialiasing).
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if lod < LOD_DETAIL:
            # Zoomed far out: a flat square is all the eye can use.
            painter.fillRect(NOTE_RECT, fill)
            if selected:
                painter.fillRect(NOTE_RECT.adjusted(0, 0, 0, -NOTE_HEIGHT * 0.8), _SELECTED)
            return
        # Square paper with a soft shadow, lifted a little at the bottom like a real
        # note. Plain rectangles, not rounded paths: a third of the cost per note.
        if not self.dimmed:
            # Only the shadow's visible edges, in opaque greys: blending whole
            # translucent rectangles under every note doubled the cost of a frame.
            shadow, edge = _PROJECTOR_SHADOW if self.read_only else _DESK_SHADOW
            painter.fillRect(_SHADOW_RIGHT, shadow)
            painter.fillRect(_SHADOW_BOTTOM, shadow)
            painter.fillRect(_SHADOW_EDGE, edge)
        if lod >= LOD_TEXT and not self.dimmed:
            painter.fillRect(NOTE_RECT, self._body)
        else:
            painter.fillRect(NOTE_RECT, fill)
        if selected or self.fresh:
            painter.setPen(_SELECTED_PEN if selected else _FRESH_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(NOTE_RECT.adjusted(-1.0, -1.0, 1.0, 1.0))
        if self.focused:
            # The keyboard's place: a dark dashed ring inside the selection's.
            painter.setPen(_FOCUS_PEN)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(NOTE_RECT.adjusted(3.0, 3.0, -3.0, -3.0))
        if lod < LOD_TEXT:
            return
        # The number badge: how people refer to a note across the room.
        badge, number = self._badge()
        painter.fillRect(badge, _BADGE_COLOUR)
        painter.setPen(_INK_SOFT_DIM if self.dimmed else _INK_SOFT)
        number.draw(painter, badge.topLeft() + _BADGE_INSET)
        if self.tag_line:
            self._tags_text().draw(painter, _TAGS_AT)
        if self.editing:
            return
        painter.setPen(_INK_DIM if self.dimmed else _INK)
        self.text_block().draw(painter, _TEXT_AT)

    def text_block(self) -> TextBlock:
        """The fitted text, laid out once and kept across zooms (plain text, never markup).

        Made again only when the text, the tag line or the font changes."""
        if self._block is None:
            self._block = TextBlock(self.display_text(), self._font, self.text_rect().width())
        return self._block

    def _badge(self) -> tuple[QRectF, TextBlock]:
        if self._badge_cache is None or self._badge_cache[0] != self.number:
            width = _BADGE_METRICS.horizontalAdvance(str(self.number)) + 10.0
            self._badge_cache = (self.number, QRectF(6.0, 6.0, width, 16.0), TextBlock(str(self.number), _BADGE_FONT))
        return self._badge_cache[1], self._badge_cache[2]

    def _tags_text(self) -> TextBlock:
        if self._tags_cache is None or self._tags_cache[0] != self.tag_line:
            elided = _TAG_METRICS.elidedText(self.tag_line, Qt.TextElideMode.ElideRight, NOTE_WIDTH - 2 * _PAD)
            self._tags_cache = (self.tag_line, TextBlock(elided, _TAG_FONT))
        return self._tags_cache[1]

    # -- interaction (the view decides what it means) ----------------------------------
    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        view = _board_of(self)
        if view is not None and not self.read_only:
            view.edit_note(self.idea_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


_F = QGraphicsItem.GraphicsItemFlag
_NOTE_FLAGS = {
    (read_only, no_contents): (_F(0) if read_only else _F.ItemIsSelectable | _F.ItemIsMovable)
    | (_F.ItemHasNoContents if no_contents else _F(0))
    for read_only in (False, True) for no_contents in (False, True)
}
_DESK_FONT = note_font(False)
_READ_ONLY_FONT = note_font(True)
_TEXT_OPTION = QTextOption()
_TEXT_OPTION.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
_BADGE_INSET = QPointF(5.0, 1.0)
_TAGS_AT = QPointF(_PAD, NOTE_HEIGHT - _PAD - 15.0)
_TEXT_AT = QPointF(_PAD, _BADGE_BAND + 4.0)  # text_rect().topLeft(), tagged or not
_BADGE_FONT = _small_font(11, bold=True)
_BADGE_METRICS = QFontMetricsF(_BADGE_FONT)
_TAG_FONT = _small_font(11)
_TAG_METRICS = QFontMetricsF(_TAG_FONT)
_SHADOW_RIGHT = QRectF(NOTE_WIDTH, 3.0, 2.0, NOTE_HEIGHT)
_SHADOW_BOTTOM = QRectF(2.0, NOTE_HEIGHT, NOTE_WIDTH, 3.0)
_SHADOW_EDGE = QRectF(3.0, NOTE_HEIGHT + 3.0, NOTE_WIDTH - 1.0, 1.5)
# Opaque greys a shade darker than the board (light desk, dark projector).
_DESK_SHADOW = (QColor("#C3C8CE"), QColor("#D6DADF"))
_PROJECTOR_SHADOW = (QColor("#0B0D10"), QColor("#15181C"))
_SELECTED = QColor("#1E63D6")
_SELECTED_PEN = QPen(_SELECTED, 3.0)
_SELECTED_PEN.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
_FOCUS_PEN = QPen(QColor("#1C1C1E"), 2.0, Qt.PenStyle.DashLine)
_FRESH_PEN = QPen(QColor("#F08C00"), 4.0)
_FRESH_PEN.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
_BADGE_COLOUR = QColor(255, 255, 255, 150)
_INK = QColor(28, 28, 30)
_INK_DIM = QColor(28, 28, 30, 90)
_INK_SOFT = QColor(60, 60, 64, 220)
_INK_SOFT_DIM = QColor(60, 60, 64, 80)


class OverviewItem(QGraphicsItem):
    """Every note as a flat square, painted in one go when the board is zoomed out.

    Far out, a note is a few pixels of colour; painting 2,000 items one by one then
    costs a Python call each and a 1920×1080 repaint takes three frames. Instead the
    notes are flagged ``ItemHasNoContents`` (still there for selection, rubber band
    and hit tests) and this one item draws them all, batched by colour. It keeps one
    entry per note, updated only for the notes a change touched.
    """

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        self._entries: dict[uuid.UUID, tuple[int, QColor, QRectF]] = {}
        self._batches: list[tuple[QColor, list[QRectF]]] | None = None
        self._selected: list[QRectF] = []
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)

    @staticmethod
    def _entry(note: NoteItem) -> tuple[int, QColor, QRectF]:
        pos = note.pos()
        colour = note._fill_dim if note.dimmed else note._fill
        return colour.rgba(), colour, QRectF(pos.x(), pos.y(), NOTE_WIDTH, NOTE_HEIGHT)

    def reset(self, notes: Iterable[NoteItem]) -> None:
        """Take every note afresh (after a reload, a new filter or colouring)."""
        self._entries = {n.idea_id: self._entry(n) for n in notes if n.isVisible()}
        self._fit(self._entries.values(), reset=True)
        self._changed()

    def clear(self) -> None:
        """Forget the notes (the board is zoomed in again and draws each note)."""
        self._entries = {}
        self._selected = []
        self._fit((), reset=True)
        self._changed()

    def _fit(self, entries: Iterable[tuple[int, QColor, QRectF]], reset: bool = False) -> None:
        # The item covers exactly the notes it draws, so the scene's own
        # itemsBoundingRect() stays the board's content.
        rect = QRectF() if reset else QRectF(self._rect)
        for _, _, r in entries:
            rect = rect.united(r) if not rect.isNull() else QRectF(r)
        self.set_rect(rect)

    def update_notes(self, notes: Iterable[NoteItem], gone: Iterable[uuid.UUID] = ()) -> None:
        """Take the given notes again (they changed or moved) and drop ``gone``."""
        for note in notes:
            if note.isVisible():
                self._entries[note.idea_id] = self._entry(note)
            else:
                self._entries.pop(note.idea_id, None)
        for idea_id in gone:
            self._entries.pop(idea_id, None)
        self._fit(self._entries[n.idea_id] for n in notes if n.idea_id in self._entries)
        self._changed()

    def set_selected(self, notes: Iterable[NoteItem]) -> None:
        self._selected = [self._entry(n)[2] for n in notes if n.isVisible()]
        self.update()

    def _changed(self) -> None:
        self._batches = None
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._batches is None:
            batches: dict[int, tuple[QColor, list[QRectF]]] = {}
            for key, colour, rect in self._entries.values():
                batches.setdefault(key, (colour, []))[1].append(rect)
            self._batches = list(batches.values())
        # A few pixels per note: edge smoothing is invisible here and costs a third.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in self._batches:
            painter.setBrush(colour)
            painter.drawRects(rects)
        if self._selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            pen = QPen(_SELECTED, 2.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawRects(self._selected)


class ClusterItem(QGraphicsItem):
    """A theme: a titled frame the notes sit in.

    The frame is dragged by its title band (its notes move with it, one
    ``move_cluster`` on release); the title is renamed by double-clicking it. Clicks
    elsewhere in the frame fall through to the board so a rubber band can start there.
    """

    def __init__(self, cluster_id: uuid.UUID, read_only: bool = False) -> None:
        super().__init__()
        self.cluster_id = cluster_id
        self.read_only = read_only
        self.title = ""
        self.count = 0
        self.position = 0  # in the themes' order
        self.dimmed = False
        self.editing = False  # its title is being typed in place
        self._rect = QRectF(0.0, 0.0, 420.0, 300.0)
        self._title_font = _small_font(24 if read_only else 19, bold=True)
        self._count_font = _small_font(13)
        self._band: tuple[QRectF, QPainterPath] | None = None
        self._text_cache: tuple[tuple[str, int, float], TextBlock, TextBlock | None] | None = None
        self._title_height = QFontMetricsF(self._title_font).height()
        self._drag_origin: QPointF | None = None
        self._drag_notes: list[tuple[NoteItem, QPointF]] = []
        self.setZValue(-1.0)
        self.setAcceptedMouseButtons(
            Qt.MouseButton.NoButton if read_only else Qt.MouseButton.LeftButton
        )
        self.setAcceptHoverEvents(not read_only)

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        # The title band is the handle: show that it moves the frame.
        if self.title_rect().contains(event.pos()):
            self.setCursor(Qt.CursorShape.SizeAllCursor)
        else:
            self.unsetCursor()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.unsetCursor()

    def set_cluster(self, title: str, x: float, y: float, width: float, height: float, count: int) -> None:
        rect = QRectF(0.0, 0.0, width, height)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.title, self.count = title, count
        if self.pos() != QPointF(x, y):
            self.setPos(x, y)
        self.update()

    def frame_rect(self) -> QRectF:
        """The frame in scene coordinates."""
        return self._rect.translated(self.pos())

    def title_rect(self) -> QRectF:
        return QRectF(0.0, 0.0, self._rect.width(), TITLE_BAND)

    def title_font(self) -> QFont:
        return QFont(self._title_font)

    def display_title(self) -> str:
        """Exactly the characters drawn for the title (elided with "…" when long)."""
        return self._texts()[0].text()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2.0, -2.0, 2.0, 2.0)

    def _band_path(self) -> QPainterPath:
        """The title band: the top of the rounded frame, square at the bottom."""
        if self._band is None or self._band[0] != self._rect:
            frame = QPainterPath()
            frame.addRoundedRect(self._rect.adjusted(1.0, 1.0, -1.0, 0.0), 9, 9)
            band = QPainterPath()
            band.addRect(self.title_rect())
            self._band = (QRectF(self._rect), frame.intersected(band))
        return self._band[1]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        palette = _FRAME_PROJECTOR if self.read_only else _FRAME_DESK
        fill, band, border, ink, soft = palette[1] if self.dimmed else palette[0]
        # Opaque colours: blending a large translucent frame costs more than all the
        # notes inside it.
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(self._rect, 10, 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(band)
        painter.drawPath(self._band_path())
        if lod < 0.25:
            return
        title, count = self._texts()
        painter.setPen(ink)
        if not self.editing:
            title.draw(painter, QPointF(16.0, (TITLE_BAND - self._title_height) / 2.0))
        if count is not None:
            painter.setPen(soft)
            count.draw(painter, QPointF(self._rect.width() - 16.0 - count.size.width(), (TITLE_BAND - 16.0) / 2.0))

    def retranslate(self) -> None:
        self._text_cache = None
        self.update()

    def _texts(self) -> tuple[TextBlock, TextBlock | None]:
        key = (self.title, self.count, self._rect.width())
        if self._text_cache is None or self._text_cache[0] != key:
            wide = self._rect.width() > 260
            width = self._rect.width() - 32.0 - (100.0 if wide else 0.0)
            elided = QFontMetricsF(self._title_font).elidedText(self.title, Qt.TextElideMode.ElideRight, width)
            title = TextBlock(elided, self._title_font)
            count = TextBlock(_count_text(self.count), self._count_font) if wide else None
            self._text_cache = (key, title, count)
        return self._text_cache[1], self._text_cache[2]

    # -- dragging the frame by its title ------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        view = _board_of(self)
        if self.read_only or view is None or not self.title_rect().contains(event.pos()):
            event.ignore()  # let the board start a rubber band
            return
        if self.scene() is not None:
            self.scene().clearSelection()
        self._drag_origin = self.pos()
        self._drag_notes = [(n, n.pos()) for n in view.notes_in_cluster(self.cluster_id)]
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag_origin is None:
            return
        offset = event.scenePos() - event.buttonDownScenePos(Qt.MouseButton.LeftButton)
        self.setPos(self._drag_origin + offset)
        for note, start in self._drag_notes:
            note.setPos(start + offset)
        view = _board_of(self)
        if view is not None:
            view.notes_did_move([note for note, _ in self._drag_notes])

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        origin, self._drag_origin, self._drag_notes = self._drag_origin, None, []
        view = _board_of(self)
        if origin is not None and view is not None and self.pos() != origin:
            view.commit_cluster_move(self.cluster_id, self.pos())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        view = _board_of(self)
        if view is not None and not self.read_only and self.title_rect().contains(event.pos()):
            view.rename_cluster(self.cluster_id)
            event.accept()
            return
        event.ignore()


def _frame_pens(border: str, width: float) -> QPen:
    pen = QPen(QColor(border), width)
    pen.setCosmetic(False)
    return pen


# (fill, title band, border, title ink, soft ink) for a frame, normal and dimmed.
_FRAME_DESK = (
    (QColor("#F7F8FA"), QColor("#DCE2E8"), _frame_pens("#7D8A98", 2.0), QColor("#1E2834"), QColor("#4A5664")),
    (QColor("#EEF0F3"), QColor("#E4E8EC"), _frame_pens("#B9C1CA", 2.0), QColor("#9AA3AD"), QColor("#AAB2BB")),
)
_FRAME_PROJECTOR = (
    (QColor("#2A313A"), QColor("#3A4350"), _frame_pens("#9FB0C3", 3.0), QColor("#FFFFFF"), QColor("#D5DEE8")),
    (QColor("#23292F"), QColor("#2C333B"), _frame_pens("#4A5562", 3.0), QColor("#7D8894"), QColor("#6B7682")),
)


class BoardWords(QObject):
    """The board's words with plural forms, for the parts of the board that are no
    QObject: lupdate reads ``self.tr(text, "", n)`` as a plural message, but not
    ``QCoreApplication.translate`` with ``n``."""

    def ideas(self, count: int) -> str:
        return self.tr("%n idea(s)", "", count)

    def move_notes(self, count: int) -> str:
        return self.tr("Move %n note(s)", "", count)


board_words = BoardWords()


def _count_text(count: int) -> str:
    return board_words.ideas(count)


class NoteEditor(QGraphicsTextItem):
    """The in-place editor, alive only while a note is being edited.

    Enter commits, Shift+Enter starts a new line, Escape cancels; leaving the note
    commits too, so nothing typed is lost.
    """

    def __init__(self, on_commit: Any, on_cancel: Any) -> None:
        super().__init__()
        self._on_commit = on_commit
        self._on_cancel = on_cancel
        self._done = False
        self.background = QColor(PLAIN_NOTE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        # Opaque paper under the text, so a long edit that grows past the note stays
        # readable over the notes below it.
        painter.fillRect(self.boundingRect(), self.background)
        painter.setPen(QPen(QColor("#1E63D6"), 1.5))
        painter.drawRect(self.boundingRect().adjusted(0.5, 0.5, -0.5, -0.5))
        # Without Qt's dashed focus frame: the blue border above says "editing".
        plain = QStyleOptionGraphicsItem(option)
        plain.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected)
        # Qt passes no widget when painting to a non-widget device; PySide's stubs
        # wrongly ask for one.
        super().paint(painter, plain, cast(QWidget, widget))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            event.accept()
            self.finish(commit=True)
            return
        if key == Qt.Key.Key_Escape:
            event.accept()
            self.finish(commit=False)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        if not self._done and event.reason() not in (
            Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason,
        ):
            self.finish(commit=True)

    def finish(self, commit: bool) -> None:
        if self._done:
            return
        if commit:
            if self._on_commit(self.toPlainText()):
                self._done = True
        else:
            self._done = True
            self._on_cancel()


def _board_of(item: QGraphicsItem) -> Any:
    """The BoardView showing ``item`` (the scene's first view), or ``None``."""
    scene = item.scene()
    if scene is None:
        return None
    views = scene.views()
    return views[0] if views else None
