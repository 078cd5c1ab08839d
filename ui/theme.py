"""The look: a calm, light theme for the facilitator and a high-contrast one for the
projector.

Fusion style with our own palette and our own typeface, so the app looks and lays
out the same on Windows, macOS and Linux (municipal laptops vary), and one small style
sheet for the few named widgets (``objectName`` or the ``role`` property) that need
more than the palette.

The typeface is Inter, shipped in ``ui/fonts`` and registered with Qt at start-up: a
UI that asks for a list of system families gets whatever the machine has, and a wider
one clipped labels on a fresh Debian. DejaVu Sans, Noto Emoji and Symbola, shipped for
the PDFs in ``exports/fonts``, are registered too, as the fallbacks for scripts, emoji
and symbols Inter lacks (every font made here lists all four: see ``FAMILIES``).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

import exports

#: Colours, named for what they do.
INK = "#1B2733"
MUTED = "#5B6B7A"
ACCENT = "#1D5C96"
ACCENT_DARK = "#164A79"
ACCENT_SOFT = "#E3EEF8"
WINDOW = "#F3F5F7"
SURFACE = "#FFFFFF"
BORDER = "#D3DAE1"
WARN = "#8A5A00"  # was #B7791F: 3.3:1 on its soft background
WARN_SOFT = "#FDF3DC"
DANGER = "#A4262C"
PLACEHOLDER = "#66737F"  # was #8795A3: 3.1:1 on white
DISABLED_TEXT = "#5F6B77"  # disabled controls stay readable: grey on grey, 4.5:1 too
DISABLED_BG = "#E6EAEE"
WHITE = "#FFFFFF"

PROJECTOR_BG = "#0F1924"
PROJECTOR_INK = "#FFFFFF"
PROJECTOR_MUTED = "#C9D3DD"
PROJECTOR_ACCENT = "#FFD452"
NOTE_PAPER = "#FFF4C4"  # a note in the room view
ROLE_CARD = "#18283A"


def contrast(foreground: str, background: str) -> float:
    """WCAG 2.1's contrast ratio of two ``#RRGGBB`` colours (1 to 21)."""
    def luminance(colour: str) -> float:
        channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


#: Every text colour the theme draws, on each background it is drawn on: (what,
#: foreground, background). All of them meet WCAG 2.1 AA for normal text, 4.5:1
#: (tests/ui/test_contrast.py), disabled controls included.
CONTRAST_PAIRS: list[tuple[str, str, str]] = [
    ("text", INK, WINDOW), ("text on a field", INK, SURFACE), ("muted", MUTED, WINDOW),
    ("muted on a field, hint, status bar", MUTED, SURFACE), ("error", DANGER, WINDOW),
    ("error on a field", DANGER, SURFACE), ("warning", WARN, WINDOW), ("timer run out", WARN, WARN_SOFT),
    ("primary button", WHITE, ACCENT), ("primary button, hover", WHITE, ACCENT_DARK),
    ("disabled button", DISABLED_TEXT, DISABLED_BG), ("disabled text", DISABLED_TEXT, WINDOW),
    ("disabled text on a field", DISABLED_TEXT, SURFACE), ("placeholder", PLACEHOLDER, SURFACE),
    ("selected item", INK, ACCENT_SOFT), ("highlighted text", WHITE, ACCENT), ("tooltip", WHITE, INK),
    ("banner", INK, ACCENT_SOFT), ("muted in a banner", MUTED, ACCENT_SOFT), ("link", ACCENT, SURFACE),
    ("selected phase", WHITE, ACCENT), ("tab, table header", MUTED, WINDOW),
    ("projector text", PROJECTOR_INK, PROJECTOR_BG), ("projector muted", PROJECTOR_MUTED, PROJECTOR_BG),
    ("projector accent", PROJECTOR_ACCENT, PROJECTOR_BG), ("room view note", INK, NOTE_PAPER),
    ("role card name", PROJECTOR_ACCENT, ROLE_CARD), ("role card kicker, arena", PROJECTOR_MUTED, ROLE_CARD),
    ("role card tasks", PROJECTOR_INK, ROLE_CARD),
]

#: The UI's typeface, then the fallbacks for characters it lacks (all shipped, see
#: ``register_fonts``): DejaVu Sans for other scripts, Noto Emoji for emoji ("Frokost
#: 🍕") and Symbola for the symbols Noto lacks. No system family, so every machine lays
#: out alike and no emoji is an empty box on a laptop without an emoji font.
FAMILIES = ["Inter", "DejaVu Sans", "Noto Emoji", "Symbola"]

_EXPORT_FONTS = Path(exports.__file__).resolve().parent / "fonts"

#: The shipped font files: Inter's three weights (the style sheet uses 600 and bold),
#: then DejaVu Sans and the emoji and symbol fonts from the exporters' fonts (the PDFs
#: draw with the same files).
FONT_FILES = [
    *(Path(__file__).resolve().parent / "fonts" / f"Inter-{face}.otf" for face in ("Regular", "SemiBold", "Bold")),
    *(_EXPORT_FONTS / name for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "NotoEmoji.ttf", "Symbola.ttf")),
]

_font_ids: list[int] = []


def register_fonts() -> set[str]:
    """Make the shipped typefaces known to Qt (``QFontDatabase.addApplicationFont``) and
    return their families. Needs a QGuiApplication; registers once per application."""
    if not (_font_ids and QFontDatabase.applicationFontFamilies(_font_ids[0])):
        _font_ids.clear()
        for path in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                raise OSError(f"Qt cannot load the font {path}")
            _font_ids.append(font_id)
    return {family for font_id in _font_ids for family in QFontDatabase.applicationFontFamilies(font_id)}


def ui_font(point_size: float = 10.0, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def use_ui_font(app: QApplication) -> None:
    """Register the shipped typefaces and make Inter the application's font: what the
    app, the screenshots, the benchmarks and the tests' QApplication all do first."""
    register_fonts()
    app.setFont(ui_font(10))


STYLESHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW}; }}
QLabel#pageTitle {{ font-size: 20pt; font-weight: 600; color: {INK}; }}
QLabel#sectionTitle {{ font-size: 12.5pt; font-weight: 600; color: {INK}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="hint"] {{ color: {MUTED}; font-size: 9.5pt; }}
QLabel[role="error"] {{ color: {DANGER}; }}
QLabel#timerDisplay {{
    font-size: 30pt; font-weight: 600; color: {INK};
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 8px; padding: 6px;
}}
QLabel#timerDisplay[expired="true"] {{ background: {WARN_SOFT}; color: {WARN}; border-color: {WARN}; }}
QFrame[role="card"] {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: 10px; }}
QFrame[role="card"] QLabel {{ background: transparent; border: none; }}
QFrame[role="banner"] {{ background: {ACCENT_SOFT}; border: 1px solid #BCD3EA; border-radius: 8px; }}
QPushButton {{
    padding: 6px 14px; border: 1px solid {BORDER}; border-radius: 6px; background: {SURFACE}; color: {INK};
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:disabled {{ color: {DISABLED_TEXT}; background: {DISABLED_BG}; }}
QPushButton[role="primary"] {{ background: {ACCENT}; border-color: {ACCENT}; color: white; font-weight: 600; }}
QPushButton[role="primary"]:hover {{ background: {ACCENT_DARK}; }}
QPushButton[role="primary"]:disabled {{ background: {DISABLED_BG}; border-color: {BORDER}; color: {DISABLED_TEXT}; }}
QLineEdit, QPlainTextEdit, QDateEdit, QComboBox {{
    padding: 4px 6px; border: 1px solid {BORDER}; border-radius: 5px; background: {SURFACE};
    selection-background-color: {ACCENT};
}}
QComboBox::drop-down, QDateEdit::drop-down {{
    subcontrol-origin: padding; subcontrol-position: top right; width: 20px; border: none;
}}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url("@ARROW@"); width: 10px; height: 6px; }}
QComboBox::down-arrow:disabled, QDateEdit::down-arrow:disabled {{ image: none; }}
QTableWidget::item {{ padding: 4px 6px; }}
QComboBox QAbstractItemView {{ border: 1px solid {BORDER}; selection-background-color: {ACCENT_SOFT}; selection-color: {INK}; }}
QTableWidget QComboBox, QTableWidget QDateEdit {{ border: none; border-radius: 0; background: transparent; }}
QLineEdit:focus, QPlainTextEdit:focus, QDateEdit:focus, QComboBox:focus {{ border-color: {ACCENT}; }}
QLineEdit[invalid="true"] {{ border-color: {DANGER}; }}
QTreeWidget, QListWidget, QTableWidget {{
    border: 1px solid {BORDER}; border-radius: 6px; background: {SURFACE};
    selection-background-color: {ACCENT_SOFT}; selection-color: {INK};
}}
QTreeWidget::item {{ padding: 5px 4px; }}
QListWidget::item {{ padding: 0px 8px; }}
QSpinBox {{ padding: 3px 4px; min-height: 20px; }}
QHeaderView::section {{
    background: {WINDOW}; color: {MUTED}; border: none; border-bottom: 1px solid {BORDER};
    padding: 6px 6px; font-weight: 600;
}}
QListWidget#phaseList::item {{ padding: 8px 6px; border-radius: 5px; }}
QListWidget#phaseList::item:selected {{ background: {ACCENT}; color: white; }}
QDockWidget::title {{ padding: 6px 8px; background: {WINDOW}; color: {MUTED}; font-weight: 600; }}
QTabWidget::pane {{ border: 1px solid {BORDER}; border-radius: 6px; background: {SURFACE}; top: -1px; }}
QTabBar::tab {{ padding: 7px 16px; border: 1px solid transparent; color: {MUTED}; }}
QTabBar::tab:selected {{ color: {INK}; border: 1px solid {BORDER}; border-bottom-color: {SURFACE};
    background: {SURFACE}; border-top-left-radius: 6px; border-top-right-radius: 6px; font-weight: 600; }}
QToolBar {{ background: {SURFACE}; border: none; border-bottom: 1px solid {BORDER}; spacing: 4px; padding: 3px 6px; }}
QToolBar QToolButton {{ padding: 4px 8px; border-radius: 5px; color: {INK}; }}
QToolBar QToolButton:hover {{ background: {ACCENT_SOFT}; }}
QToolBar QToolButton:checked {{ background: {ACCENT_SOFT}; border: 1px solid #BCD3EA; }}
QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; color: {MUTED}; }}
"""


PROJECTOR_STYLESHEET = f"""
QWidget#projector, QWidget#projectorPage {{ background: {PROJECTOR_BG}; }}
QWidget#projector QLabel {{ color: {PROJECTOR_INK}; background: transparent; }}
QWidget#projector QLabel#projectorTitle {{ font-size: 46px; font-weight: 700; }}
QWidget#projector QLabel#projectorQuestion {{ font-size: 44px; color: {PROJECTOR_MUTED}; }}
QWidget#projector QLabel#projectorStep {{ font-size: 44px; color: {PROJECTOR_MUTED}; }}
QWidget#projector QLabel#projectorPhase {{ font-size: 58px; font-weight: 700; color: {PROJECTOR_ACCENT}; }}
QWidget#projector QLabel#projectorPrompts {{ font-size: 44px; }}
QWidget#projector QLabel#projectorTimer {{ font-size: 72px; font-weight: 700; color: {PROJECTOR_INK}; }}
QWidget#projector QLabel#projectorTimer[expired="true"] {{ color: {PROJECTOR_ACCENT}; }}
QWidget#projector QLabel#roomHeading {{ color: {PROJECTOR_ACCENT}; }}
QWidget#projector QLabel#roomPage {{ color: {PROJECTOR_MUTED}; }}
QWidget#projector QLabel#roomThemeTitle {{ color: {PROJECTOR_ACCENT}; }}
QWidget#projector QFrame#roomNoTheme QLabel#roomThemeTitle {{ color: {PROJECTOR_MUTED}; }}
QWidget#projector QLabel#roomThemeCount {{ color: {PROJECTOR_MUTED}; }}
QWidget#projector QLabel#roomNote {{
    color: {INK}; background: {NOTE_PAPER}; border-radius: 8px; padding: 8px 12px;
}}
QWidget#projector QFrame#roleCard {{
    background: {ROLE_CARD}; border: 2px solid #2C3B4A; border-left: 14px solid {PROJECTOR_ACCENT}; border-radius: 18px;
}}
QWidget#projector QLabel#roleKicker {{ font-size: 44px; font-weight: 600; color: {PROJECTOR_MUTED}; letter-spacing: 2px; }}
QWidget#projector QLabel#roleName {{ font-size: 80px; font-weight: 800; color: {PROJECTOR_ACCENT}; }}
QWidget#projector QLabel#roleArena {{ font-size: 44px; color: {PROJECTOR_MUTED}; }}
QWidget#projector QLabel#roleTasks {{ font-size: 44px; }}
QWidget#blank {{ background: black; }}
QFrame#projectorRule {{ background: #2C3B4A; max-height: 2px; min-height: 2px; }}
"""


def _arrow_file() -> str:
    """A small chevron for drop-down buttons, drawn once and kept in a temporary
    folder: a style sheet that styles the drop-down must name an image for the arrow."""
    folder = Path(tempfile.gettempdir()) / f"samskab-theme-{os.getuid() if hasattr(os, 'getuid') else 0}"
    path = folder / "chevron-down.png"
    if not path.exists():
        # Imported here: drawn once per machine, not on every start.
        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtGui import QPainter, QPen, QPixmap

        folder.mkdir(parents=True, exist_ok=True)
        pixmap = QPixmap(20, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(MUTED), 2.4)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPolyline([QPointF(3, 3), QPointF(10, 9), QPointF(17, 3)])
        painter.end()
        pixmap.save(str(path), "PNG")
    return path.as_posix()


def apply_theme(app: QApplication) -> None:
    """Fusion, our palette and style sheet, and our typeface."""
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, WINDOW),
        (QPalette.ColorRole.WindowText, INK),
        (QPalette.ColorRole.Base, SURFACE),
        (QPalette.ColorRole.AlternateBase, "#F7F9FB"),
        (QPalette.ColorRole.Text, INK),
        (QPalette.ColorRole.Button, SURFACE),
        (QPalette.ColorRole.ButtonText, INK),
        (QPalette.ColorRole.Highlight, ACCENT),
        (QPalette.ColorRole.HighlightedText, WHITE),
        (QPalette.ColorRole.ToolTipBase, INK),
        (QPalette.ColorRole.ToolTipText, WHITE),
        (QPalette.ColorRole.PlaceholderText, PLACEHOLDER),
        (QPalette.ColorRole.Link, ACCENT),
    ):
        palette.setColor(role, QColor(colour))
    # Fusion's disabled text is a pale grey (2.2:1): keep it readable.
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    app.setPalette(palette)
    use_ui_font(app)
    app.setStyleSheet(STYLESHEET.replace("@ARROW@", _arrow_file()))
