"""The phone page's files, read as text: workshop text only ever goes in as text, and
nothing inline that the server's strict CSP would refuse."""

from __future__ import annotations

import re
from importlib import resources

STATIC = resources.files("phone").joinpath("static")


def test_no_html_is_made_from_text() -> None:
    script = STATIC.joinpath("app.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script, sink


def test_nothing_inline_and_nothing_from_outside() -> None:
    page = STATIC.joinpath("index.html").read_text(encoding="utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)", page), "inline script"
    assert "<style" not in page and " style=" not in page and not re.search(r"\son[a-z]+=", page)
    for name in ("index.html", "app.js", "app.css"):
        text = STATIC.joinpath(name).read_text(encoding="utf-8")
        assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}/", text), f"{name} loads from outside"
