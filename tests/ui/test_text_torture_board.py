"""The torture texts of ``tests/exports/test_text_torture.py`` on the board: each
shown exactly as stored (plain text, never markup), and painting them works.

``test_board.py`` covers HTML, links and entities; these add script, right-to-left
scripts, emoji with zero-width joiners and every Danish letter."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from board_fixtures import add, board_controller, board_library, workshop_id
from PySide6.QtGui import QImage, QPainter

from app.library import Library
from ui.board.view import BoardView
from ui.controller import Controller

__all__ = ["board_controller", "board_library", "workshop_id"]  # fixtures

TEXTS = [
    "<script>alert(1)</script>",
    "שלום",
    "مرحبا بالعالم",
    "Cykel 🚲 familie 👩‍👩‍👧‍👦 flag 🏳️‍🌈 tommel 👍🏽",
    "æøåÆØÅ Ærø Øresund Århus",
    "første linje\nanden linje",
]


@pytest.fixture
def board(qtbot: Any, board_controller: Controller, workshop_id: uuid.UUID) -> BoardView:
    view = BoardView(board_controller, workshop_id)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_every_torture_text_is_shown_exactly(board: BoardView, board_library: Library, workshop_id: uuid.UUID) -> None:
    ids = [add(board_library, workshop_id, text, 200.0 * n, 0.0) for n, text in enumerate(TEXTS)]
    board.reload()
    for idea, text in zip(ids, TEXTS, strict=True):
        note = board.note(idea)
        assert note is not None
        assert note.text == text
        assert note.display_text() == text
        image = QImage(300, 200, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        board.scene().render(painter, source=note.sceneBoundingRect())
        painter.end()
        assert not image.isNull()
