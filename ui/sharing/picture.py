"""The board as a PNG picture: the desk's own board scene painted into an image, at
twice its size on screen (sharp on a slide), the selection left out."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

#: Pixels per board unit, and the longest side of a picture (a huge board is scaled down).
SCALE = 2.0
MAX_SIDE = 8000
MARGIN = 24.0


def board_png(scene: QGraphicsScene, source: QRectF | None = None) -> bytes:
    """``source`` of ``scene`` (the whole board when ``None``) as the bytes of a PNG file."""
    rect = (source or scene.itemsBoundingRect()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    scale = min(SCALE, MAX_SIDE / max(1.0, rect.width(), rect.height()))
    image = QImage(max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    selected = scene.selectedItems()
    for item in selected:
        item.setSelected(False)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    for item in selected:
        item.setSelected(True)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; the binding wants str
    return bytes(data.data())
