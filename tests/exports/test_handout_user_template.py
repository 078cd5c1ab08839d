"""The handout names the template a workshop came from by its name, the user's own
templates included ("Forløb: Idéer på personalemødet", not its id)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.library import Library
from app.operations import create_workshop
from app.operations.plan import save_as_template
from app.templates import Template
from exports.handout import build_handout
from exports.texts import template_name


def test_the_handout_names_a_user_template(library: Library, templates: dict[str, Template], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "mine"
    monkeypatch.setenv("SAMSKAB_TEMPLATES", str(folder))
    first = create_workshop(library, templates["hverdagsinnovation"], title="Personalemøde").subject
    assert first is not None
    own = save_as_template(library, first, "Idéer på personalemødet")
    workshop = create_workshop(library, own, title="Næste personalemøde").subject
    assert workshop is not None
    template_name.cache_clear()
    try:
        build_handout(library, workshop, tmp_path / "h.pdf")
    finally:
        template_name.cache_clear()
    text = re.sub(r"\s+", " ", "\n".join(page.extract_text() or "" for page in PdfReader(tmp_path / "h.pdf").pages))
    assert "Forløb Idéer på personalemødet" in text and "ideer-paa-personalemoedet" not in text
