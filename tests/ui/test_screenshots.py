"""``make screenshots`` runs to the end and writes every picture the README shows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PICTURES = ["welcome", "start", "new-workshop", "workshop", "people", "plan", "plan-editor", "projector", "projector-theme",
            "projector-phase", "projector-role", "projector-results", "board-keyboard", "questions",
            "projector-questions", "projector-card", "inbox", "idea-bank", "idea-bank-follow-up"]


def test_every_screenshot_is_written(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    # A dialog asking a question would wait for ever offscreen: the timeout catches it.
    result = subprocess.run([sys.executable, "-m", "ui.screenshots", str(tmp_path / "shots")], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    for name in PICTURES:
        data = (tmp_path / "shots" / f"{name}.png").read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 10_000, name
