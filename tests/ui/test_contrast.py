"""Text contrast, WCAG 2.1 AA: at least 4.5:1 for every text colour on every
background the app draws it on — the desk's theme and palette, the projector, the
vote results, and the printed role cards and result bars."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette

from exports import pdfkit
from exports.cards import ROLE_COLOURS
from ui import theme
from ui.voting import projector as results

AA = 4.5


def _hex(colour: Any) -> str:
    if isinstance(colour, QColor):
        return colour.name()
    if isinstance(colour, str):
        return colour
    return "#" + colour.hexval()[2:]  # reportlab: "0xrrggbb"


def test_the_ratio_is_wcags() -> None:
    assert theme.contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert theme.contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the classic just-fails grey
    assert theme.contrast("#FFFFFF", "#E39B2D") == pytest.approx(2.34, abs=0.01)  # the old role card amber


@pytest.mark.parametrize(
    ("what", "foreground", "background"),
    [*theme.CONTRAST_PAIRS, *results.CONTRAST_PAIRS,
     *((f"role card {role}", pdfkit.WHITE, colour) for role, colour in {**ROLE_COLOURS, "other roles": pdfkit.ACCENT}.items()),
     *((f"count on a statement bar ({name})", pdfkit.WHITE, getattr(pdfkit, name))
       for name in ("AGREE", "DISAGREE", "DONT_KNOW"))],
)
def test_every_text_colour_meets_aa(what: str, foreground: Any, background: Any) -> None:
    ratio = theme.contrast(_hex(foreground), _hex(background))
    assert ratio >= AA, f"{what}: {ratio:.2f}:1"


def test_the_applied_palette_meets_aa(themed: Any) -> None:
    palette = themed.palette()
    role = QPalette.ColorRole
    pairs = [(role.WindowText, role.Window), (role.Text, role.Base), (role.ButtonText, role.Button),
             (role.HighlightedText, role.Highlight), (role.ToolTipText, role.ToolTipBase),
             (role.PlaceholderText, role.Base), (role.Link, role.Base)]
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled):
        for text, back in pairs:
            if group == QPalette.ColorGroup.Disabled and text == role.HighlightedText:
                continue  # nothing is highlighted in a disabled control
            ratio = theme.contrast(palette.color(group, text).name(), palette.color(group, back).name())
            assert ratio >= AA, f"{group.name} {text.name} on {back.name}: {ratio:.2f}:1"
