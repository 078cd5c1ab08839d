"""Regression: PySide6 6.12.0 on Python 3.11 aborts ("Fatal Python error: none_dealloc")
after about 5,000 calls of Qt methods that return nothing. pyproject.toml pins PySide6
by Python version; this test proves the installed pair survives 20,000 such calls. It
runs in a child process because the failure is an abort, not an exception."""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = """
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene
app = QApplication([])
scene = QGraphicsScene()
item = QGraphicsRectItem(0, 0, 10, 10)
scene.addItem(item)
for i in range(20_000):
    item.setPos(i % 97, i % 89)   # returns None: the call that used to crash
    item.setZValue(i % 7)
print("ok", item.pos().x())
"""


def test_twenty_thousand_none_returning_calls_do_not_abort() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("ok")
