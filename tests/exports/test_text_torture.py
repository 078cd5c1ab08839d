"""Hostile and edge-case texts through every layer a note passes.

Each text is either **stored and shown exactly** — by capture (``add_idea``), the
phone page's API JSON, the CSV, the workshop file, the shared database (SQLite and
PostgreSQL) and the PDF handout — or **refused with a clear message and nothing
changed**. The board's display of the same texts: ``tests/ui/test_text_torture_board.py``;
the phone page drawing them with ``textContent``: ``tests/browser/test_phone_page.py``.

The PDF shows emoji (in a fallback font) and right-to-left text (joined Arabic, lines
in visual order; see ``exports/pdfkit.py`` and ``exports/rtl.py``, and
``tests/exports/test_pdf_scripts.py`` for the layout itself). Reading them back from
the PDF needs two allowances, both in :func:`pdf_text`'s callers: Arabic is drawn in
its joined presentation forms, which NFKC maps back to the letters typed; and the
right-to-left lines are drawn in visual order but written to the content stream in the
order typed (``exports.pdfkit.layout_line``), which is what pypdf reads back.
"""

from __future__ import annotations

import csv
import http.client
import json
import re
import unicodedata
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.errors import InvalidInput
from app.library import Library
from app.model import Idea
from app.operations import add_idea, create_workshop, edit_idea, open_round
from app.operations.phones import open_phones
from app.queries import load_workshop
from app.templates import load_templates
from exports.csv_export import ENCODING, export_csv
from exports.handout import build_handout
from exports.rows import workshop_rows
from exports.shared_db import open_shared, push_workshop
from exports.workshop_file import export_workshop, import_workshop
from phone.server import PhoneServer

#: Texts kept exactly as typed.
KEPT = {
    "bold": "<b>x</b>",
    "script": "<script>alert(1)</script>",
    "img": "<img src=x>",
    "markup_mix": "Blåbærgrød & <test> \"citat\" 'enkelt' &amp; ]]> <!-- x -->",
    "rtl": "שלום",
    "arabic": "مرحبا بالعالم",
    "emoji": "Cykel 🚲 familie 👩‍👩‍👧‍👦 flag 🏳️‍🌈 tommel 👍🏽",
    "danish": "æøåÆØÅ Ærø Øresund Århus",
    "lines": "første linje\nanden linje\tmed tab",
    "formula": "=1+2",  # the CSV neutralises it (tested in test_csv_export); kept elsewhere
    "longest": "å" * 2000,
}
#: Texts refused with a clear message (Danish and English), changing nothing.
REFUSED = {
    "empty": ("", "tom"),
    "whitespace": (" \t\n\r\n  ", "tom"),
    "huge": ("x" * 100_000, "for lang"),
    "just_over": ("ø" * 2001, "for lang"),
    "nul": ("før\x00efter", "kontroltegn"),
    "bell": ("ding\x07", "kontroltegn"),
    "escape": ("\x1b[31mrød", "kontroltegn"),
    "c1": ("next\x85line", "kontroltegn"),
    "del": ("slet\x7f", "kontroltegn"),
}
#: Texts the PDF draws differently from the characters typed (see the module docstring).
PDF_SCRIPTS = {"rtl", "arabic", "emoji"}


@pytest.fixture
def workshop(library: Library) -> tuple[uuid.UUID, dict[str, uuid.UUID]]:
    """A workshop with one idea per kept text (authored by a Danish name)."""
    templates = load_templates()
    wid = create_workshop(library, templates["hverdagsinnovation"], title="Tortur <b>test</b> æøå",
                          participants=[("Åse Ørsted", ""), ("<i>Bo</i>", "")]).subject
    assert wid is not None
    ids = {}
    for key, text in KEPT.items():
        idea = add_idea(library, wid, text, author="Åse Ørsted").subject
        assert idea is not None
        ids[key] = idea
    return wid, ids


def texts_of(library: Library, workshop_id: uuid.UUID) -> dict[uuid.UUID, str]:
    return {i.id: i.text for i in load_workshop(library, workshop_id).ideas}


def test_capture_stores_every_kept_text_exactly(library: Library, workshop: tuple[uuid.UUID, dict[str, uuid.UUID]]) -> None:
    wid, ids = workshop
    stored = texts_of(library, wid)
    for key, text in KEPT.items():
        assert stored[ids[key]] == text, key


@pytest.mark.parametrize("key", sorted(REFUSED))
def test_capture_refuses_with_a_clear_message_and_changes_nothing(
    library: Library, workshop: tuple[uuid.UUID, dict[str, uuid.UUID]], key: str
) -> None:
    wid, ids = workshop
    text, word = REFUSED[key]
    before = texts_of(library, wid)
    with pytest.raises(InvalidInput) as caught:
        add_idea(library, wid, text)
    assert word in caught.value.message("da")
    english = caught.value.message("en")
    assert english and english != caught.value.message("da")
    assert len(caught.value.message("da")) < 200  # the message never echoes 100,000 characters
    # Editing an existing note to the same text is refused as well, and keeps the old text.
    with pytest.raises(InvalidInput):
        edit_idea(library, ids["danish"], text)
    assert texts_of(library, wid) == before


def test_surrounding_whitespace_and_windows_line_ends_are_tidied(library: Library,
                                                                 workshop: tuple[uuid.UUID, dict[str, uuid.UUID]]) -> None:
    wid, _ = workshop
    idea = add_idea(library, wid, "  to\r\nlinjer \r").subject
    assert texts_of(library, wid)[idea] == "to\nlinjer"  # type: ignore[index]


def test_phone_page_json_carries_each_text_exactly(library: Library, workshop: tuple[uuid.UUID, dict[str, uuid.UUID]]) -> None:
    wid, ids = workshop
    rid = open_round(library, wid, "dots", budget=3, title="<b>Prikker</b> 🚲").subject
    assert rid is not None
    open_phones(library, wid)
    server = PhoneServer(library, wid, host="127.0.0.1").start()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        connection.request("GET", f"/api/session/{server.code}")
        response = connection.getresponse()
        raw = response.read()
        connection.close()
    finally:
        server.stop()
    assert response.status == 200
    assert response.getheader("Content-Type") == "application/json; charset=utf-8"
    payload = json.loads(raw.decode("utf-8"))
    assert payload["round"]["title"] == "<b>Prikker</b> 🚲"
    by_id = {o["id"]: o["text"] for o in payload["round"]["options"]}
    for key, text in KEPT.items():
        assert by_id[str(ids[key])] == text, key
    assert {p["name"] for p in payload["round"]["participants"]} == {"Åse Ørsted", "<i>Bo</i>"}


def test_csv_reads_back_exactly(library: Library, workshop: tuple[uuid.UUID, dict[str, uuid.UUID]], tmp_path: Path) -> None:
    wid, _ = workshop
    path = export_csv(library, wid, tmp_path / "ideas.csv")
    with path.open(encoding=ENCODING, newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    texts = [r[1] for r in rows[1:]]
    for key, text in KEPT.items():
        expected = "'" + text if key == "formula" else text
        assert expected in texts, key
    assert all(r[2] == "Åse Ørsted" for r in rows[1:])


def test_workshop_file_round_trip_is_exact(library: Library, make_library: Callable[[str], Library],
                                          workshop: tuple[uuid.UUID, dict[str, uuid.UUID]], tmp_path: Path) -> None:
    wid, ids = workshop
    path = export_workshop(library, wid, tmp_path / "w.samskab")
    document = json.loads(path.read_text(encoding="utf-8"))
    in_file = {i["id"]: i["text"] for i in document["tables"]["ideas"]} if "tables" in document else None
    other = make_library("other")
    import_workshop(other, path)
    assert texts_of(other, wid) == texts_of(library, wid)
    if in_file is not None:
        for key, text in KEPT.items():
            assert in_file[str(ids[key])] == text


def test_shared_database_stores_each_text_exactly(library: Library, workshop: tuple[uuid.UUID, dict[str, uuid.UUID]],
                                                 address: str) -> None:
    wid, ids = workshop
    assert push_workshop(library, wid, address, with_names=True).sent
    engine = open_shared(address)
    try:
        with engine.connect() as conn:
            remote = workshop_rows(conn, wid)
            # Read the column back with plain SQL too: what another tool would see.
            raw = {str(r[0]).replace("-", ""): r[1] for r in conn.execute(Idea.__table__.select()
                   .with_only_columns(Idea.__table__.c.id, Idea.__table__.c.text)
                   .where(Idea.__table__.c.workshop_id == wid))}
    finally:
        engine.dispose()
    by_id = {r["id"]: r["text"] for r in remote["ideas"]}
    for key, text in KEPT.items():
        assert by_id[ids[key]] == text, key
        assert raw[ids[key].hex] == text, key
    assert {r["author"] for r in remote["ideas"]} == {"Åse Ørsted"}


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.fixture
def handout_text(library: Library, workshop: tuple[uuid.UUID, dict[str, uuid.UUID]], tmp_path: Path) -> str:
    wid, _ = workshop
    return pdf_text(build_handout(library, wid, tmp_path / "h.pdf").path)


@pytest.mark.parametrize("key", [k for k in KEPT if k not in PDF_SCRIPTS and k not in ("lines", "longest")])
def test_handout_shows_each_text_literally(handout_text: str, key: str) -> None:
    assert KEPT[key] in handout_text


def test_handout_shows_long_and_multiline_text_whole(handout_text: str) -> None:
    flat = "".join(handout_text.split())
    assert "".join(KEPT["lines"].split()) in flat
    # The 2,000-letter word wraps over lines and may cross a page (a running header
    # in between): every letter is there, in runs of whole lines.
    assert sum(len(run) for run in re.findall("å{20,}", handout_text)) == 2000
    assert "Tortur <b>test</b> æøå" in handout_text and "Åse Ørsted" in handout_text


@pytest.mark.parametrize("key", sorted(PDF_SCRIPTS))
def test_handout_shows_emoji_and_right_to_left_text(handout_text: str, key: str) -> None:
    # NFKC: the joined Arabic forms on paper (U+FE70–U+FEFF) are compatibility
    # characters of the letters typed; it leaves Hebrew and the emoji (with their
    # joiners, variation selector and skin tone) as they are.
    assert unicodedata.normalize("NFKC", KEPT[key]) in unicodedata.normalize("NFKC", handout_text)
