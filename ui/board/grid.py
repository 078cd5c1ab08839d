"""The pin-board dot grid behind the idea board's notes."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

_GRID = 40.0  # scene units between dots
_DOT_RADIUS = 1.3
_DOT_COLOUR = QColor(0, 0, 0, 40)


def draw_dot_grid(painter: QPainter, rect: QRectF) -> None:
    """The dots of the pin-board grid that fall in ``rect`` (scene coordinates).

    Drawn in device pixels: one strip holding a row of dots at their exact places
    across the exposed width, copied once per row. A texture brush in scene units
    looked the same but, at any zoom but 100 %, cost a transformed fill of every
    pixel of the background (14 ms of the first 1920×1080 frame after a zoom step);
    this costs well under a millisecond at any zoom. Rows land on whole pixels (the
    dots are under 3 px wide; nobody sees half a pixel of a faint dot).
    """
    transform = painter.transform()  # scene to device: scale and translation, never rotated
    scale, dx, dy = transform.m11(), transform.dx(), transform.dy()
    margin = _DOT_RADIUS + 1.0
    first_column = math.ceil((rect.left() - margin) / _GRID)
    last_column = math.floor((rect.right() + margin) / _GRID)
    first_row = math.ceil((rect.top() - margin) / _GRID)
    last_row = math.floor((rect.bottom() + margin) / _GRID)
    if first_column > last_column or first_row > last_row:
        return
    device = transform.mapRect(rect).toAlignedRect()
    ratio = painter.device().devicePixelRatio() if painter.device() is not None else 1.0
    radius = _DOT_RADIUS * scale
    half = math.ceil(radius) + 1
    strip = QImage(
        max(1, round(device.width() * ratio)), max(1, round(2 * half * ratio)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    strip.setDevicePixelRatio(ratio)
    strip.fill(0)
    dots = QPainter(strip)
    dots.setRenderHint(QPainter.RenderHint.Antialiasing)
    dots.setPen(Qt.PenStyle.NoPen)
    dots.setBrush(_DOT_COLOUR)
    for column in range(first_column, last_column + 1):
        dots.drawEllipse(QPointF(column * _GRID * scale + dx - device.left(), half), radius, radius)
    dots.end()
    painter.save()
    painter.resetTransform()
    painter.setClipRect(device)
    for row in range(first_row, last_row + 1):
        painter.drawImage(QPointF(device.left(), round(row * _GRID * scale + dy) - half), strip)
    painter.restore()
