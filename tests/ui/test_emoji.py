"""Emoji and symbols are drawn with the shipped fonts (Noto Emoji, Symbola) on the
desk, the board and the projector, never as empty boxes — also on a laptop whose
system has no emoji font. Checked in a child process whose fontconfig knows only
Inter, so nothing but the app's own registration can supply the glyphs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

CHILD = r"""
import json
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication
from ui.theme import use_ui_font
from ui.desk.room import room_font

app = QApplication([])
use_ui_font(app)

def render(text, font):
    image = QImage(200, 90, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(10, 70, text)
    painter.end()
    return image

seen = {}
for name, font in (("app", QFont(app.font())), ("room", room_font())):
    font.setPixelSize(48)
    tofu = render("\U000F0001", font)  # a private-use character no font has: the missing-glyph box
    blank = render("", font)
    for char in "🍕✅☕♻":
        image = render(char, font)
        covered = [f for f in font.families() if QFontMetrics(QFont(f)).inFontUcs4(ord(char))]
        seen[f"{name} {char}"] = {"drawn": image != tofu and image != blank, "fonts": covered}
print(json.dumps(seen))
"""

CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><dir>{fonts}</dir><cachedir>{cache}</cachedir></fontconfig>
"""


def test_emoji_are_drawn_with_the_shipped_fonts_where_the_system_has_none(tmp_path: Path) -> None:
    conf = tmp_path / "fonts.conf"
    conf.write_text(CONF.format(fonts=ROOT / "ui" / "fonts", cache=tmp_path / "cache"), encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    result = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    for key, found in seen.items():
        assert found["drawn"], f"{key} is drawn as an empty box"
        assert found["fonts"], f"{key}: no font of the app's families has it"
    assert "Noto Emoji" in seen["app 🍕"]["fonts"] and "Noto Emoji" in seen["room ✅"]["fonts"]
