"""Small widgets every area uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel


def plain_label(text: str = "", *, wrap: bool = False, role: str | None = None, name: str | None = None) -> QLabel:
    """A label that never interprets its text as HTML (user text goes in here).

    ``role`` is the stylesheet's ``[role="..."]`` selector (``ui.theme``).
    """
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    if name:
        label.setObjectName(name)
    return label


def fit_to_texts(dialog: QDialog) -> None:
    """Size a dialog to its wrapped texts at its width (Qt sizes top-level windows
    without height-for-width, which squeezes wrapped labels), and never narrower than
    its widest unwrapped row (a dialog given a minimum width of its own no longer gets
    its layout's: a long check box would be cut off)."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = max(dialog.width(), dialog.minimumWidth(), layout.minimumSize().width())
    dialog.setMinimumWidth(max(dialog.minimumWidth(), layout.minimumSize().width()))
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    dialog.setMinimumHeight(height)
    dialog.resize(width, height)
