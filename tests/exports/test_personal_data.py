"""Personal data and secrets, searched for in every byte that leaves the laptop.

* With names withheld, no participant name and no idea author is in any table of
  the shared database (every column of every row, SQLite and PostgreSQL, plus the
  SQLite file's raw bytes), in the CSV, or in the handout (its extracted text, its
  raw bytes, every stream decompressed, and its metadata). Each search has a positive
  control: with names, the same search finds them, so it would notice a leak.
* A database password given in an address never appears in logs, exception
  messages, push results, the push queue, the library file, or the command line's
  output (the settings file: ``tests/ui/test_settings.py``).
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import uuid
import zlib
from pathlib import Path
from typing import Any

import pytest
from conftest import fresh_pg_database
from pypdf import PdfReader
from sqlalchemy import inspect, text

from app.library import Library
from app.model import Idea, Participant, Workshop
from exports.csv_export import export_csv
from exports.handout import build_handout
from exports.shared_db import (
    SharedDbError,
    open_shared,
    pending_pushes,
    push_workshop,
    retry_pending,
)

ROOT = Path(__file__).resolve().parents[2]


def names_of(library: Library, workshop_id: uuid.UUID) -> set[str]:
    """Every participant name and idea author of the workshop."""
    with library.read() as session:
        people = session.query(Participant).filter(Participant.workshop_id == workshop_id).all()
        ideas = session.query(Idea).filter(Idea.workshop_id == workshop_id).all()
        names = {p.name for p in people} | {i.author for i in ideas if i.author}
    assert len(names) >= 5 and "Łukasz Żółć" in names
    return names


def encodings(name: str) -> list[bytes]:
    """The ways a name can sit in a file: UTF-8, JSON-escaped, UTF-16 (PDF strings), Latin-1."""
    forms = [name.encode("utf-8"), json.dumps(name)[1:-1].encode("ascii"), name.encode("utf-16-be")]
    try:
        forms.append(name.encode("latin-1"))
    except UnicodeEncodeError:
        pass
    return forms


def leaks(blob: bytes, names: set[str]) -> set[str]:
    return {name for name in names if any(form in blob for form in encodings(name))}


def dump_database(address: str) -> bytes:
    """Every value of every row of every table, as text (and the file itself for SQLite)."""
    engine = open_shared(address)
    parts: list[str] = []
    try:
        with engine.connect() as conn:
            for table in inspect(conn).get_table_names():
                for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                    parts.append(repr(tuple(row)))
                    parts.extend(str(value) for value in row)
    finally:
        engine.dispose()
    blob = "\n".join(parts).encode("utf-8")
    if "://" not in address:
        for suffix in ("", "-wal", "-journal"):
            path = Path(address + suffix)
            if path.exists():
                blob += path.read_bytes()
    return blob


def pdf_bytes(path: Path) -> bytes:
    """The file's raw bytes, every stream inflated, the metadata and the extracted text."""
    raw = path.read_bytes()
    parts = [raw]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S):
        try:
            parts.append(zlib.decompress(match.group(1)))
        except zlib.error:
            parts.append(match.group(1))
    reader = PdfReader(path)
    parts.append(repr(dict(reader.metadata or {})).encode("utf-8"))
    parts.append("\n".join(page.extract_text() or "" for page in reader.pages).encode("utf-8"))
    return b"\n".join(parts)


# -- personal data ------------------------------------------------------------------------------


@pytest.mark.parametrize("with_names", [False, True])
def test_the_shared_database_holds_no_name_unless_asked(library: Library, full_workshop: uuid.UUID,
                                                        address: str, with_names: bool) -> None:
    names = names_of(library, full_workshop)
    push_workshop(library, full_workshop, address, with_names=with_names)
    found = leaks(dump_database(address), names)
    if with_names:
        assert found == names  # the search finds them when they are sent
    else:
        assert found == set()


def test_switching_back_to_without_names_removes_them(library: Library, full_workshop: uuid.UUID, tmp_path: Path) -> None:
    from exports.shared_db import upgrade_shared

    address = str(tmp_path / "bank.sqlite3")
    upgrade_shared(address)
    names = names_of(library, full_workshop)
    push_workshop(library, full_workshop, address, with_names=True)
    push_workshop(library, full_workshop, address, with_names=False)
    assert leaks(dump_database(address), names) == set()


@pytest.mark.parametrize("without_names", [True, False])
def test_the_csv_holds_no_name_without_names(library: Library, full_workshop: uuid.UUID, tmp_path: Path,
                                            without_names: bool) -> None:
    names = names_of(library, full_workshop)
    blob = export_csv(library, full_workshop, tmp_path / "i.csv", without_names=without_names).read_bytes()
    authors = {i.author for i in library_ideas(library, full_workshop) if i.author}
    if without_names:
        assert leaks(blob, names) == set()
    else:
        assert leaks(blob, authors) == authors


def library_ideas(library: Library, workshop_id: uuid.UUID) -> list[Idea]:
    with library.read() as session:
        return session.query(Idea).filter(Idea.workshop_id == workshop_id).all()


@pytest.mark.parametrize("without_names", [True, False])
def test_the_handout_holds_no_name_in_any_byte(library: Library, full_workshop: uuid.UUID, tmp_path: Path,
                                              without_names: bool) -> None:
    names = names_of(library, full_workshop)
    result = build_handout(library, full_workshop, tmp_path / "h.pdf", without_names=without_names)
    found = leaks(pdf_bytes(result.path), names)
    if without_names:
        assert found == set()
    else:
        assert found == names


def test_the_facilitators_private_notes_never_leave(library: Library, full_workshop: uuid.UUID, address: str,
                                                   tmp_path: Path) -> None:
    secret_note = "Privat: Bo har det svært derhjemme"
    with library.operation("test_notes", full_workshop) as session:
        workshop = session.get(Workshop, full_workshop)
        assert workshop is not None
        workshop.notes = secret_note
    push_workshop(library, full_workshop, address, with_names=True)
    assert secret_note.encode() not in dump_database(address)
    assert secret_note.encode() not in pdf_bytes(build_handout(library, full_workshop, tmp_path / "h.pdf").path)
    assert secret_note.encode() not in export_csv(library, full_workshop, tmp_path / "i.csv").read_bytes()


# -- secrets ------------------------------------------------------------------------------------

PASSWORD = "Hem:m@lig/Kode%21"
QUOTED = "Hem%3Am%40lig%2FKode%2521"  # as written inside an address


def secret_forms() -> list[str]:
    return [PASSWORD, QUOTED, "Hem:m@lig", "Kode%21", "Kode!"]


def assert_no_secret(*texts: str | bytes) -> None:
    for item in texts:
        blob = item if isinstance(item, bytes) else item.encode("utf-8")
        for secret in secret_forms():
            assert secret.encode("utf-8") not in blob, (secret, blob[:300])


def library_bytes(library: Library) -> bytes:
    blob = b""
    for suffix in ("", "-wal"):
        path = Path(str(library.location) + suffix)
        if path.exists():
            blob += path.read_bytes()
    return blob


def test_a_password_in_an_unreachable_address_is_never_kept_or_shown(library: Library, full_workshop: uuid.UUID,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    address = f"postgresql+psycopg://samskab:{QUOTED}@127.0.0.1:1/idebank"
    result = push_workshop(library, full_workshop, address)
    assert result.status == "waiting"
    queued = pending_pushes(library)
    assert len(queued) == 1
    with library.engine.connect() as conn:
        queue_rows = repr(conn.exec_driver_sql("SELECT * FROM push_queue").all())
    results = retry_pending(library)
    with pytest.raises(SharedDbError) as caught:
        push_workshop(library, full_workshop, address, queue_when_offline=False)
    assert_no_secret(
        repr(result), result.message("da"), result.message("en"), repr(queued), queued[0].status("da"), queue_rows,
        repr(results), str(caught.value), caught.value.message("en"), repr(caught.value.args), caplog.text,
        library_bytes(library),
    )


def test_a_wrong_password_against_a_real_server_is_never_shown(library: Library, full_workshop: uuid.UUID,
                                                               pg_server: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    good = fresh_pg_database(pg_server)
    user = good.split("://", 1)[1].split("@", 1)[0].split(":", 1)[0]
    address = good.replace(f"://{user}@", f"://{user}:{QUOTED}@", 1) if ":" not in good.split("://", 1)[1].split("@")[0] \
        else re.sub(r"://([^:@/]+):[^@]*@", rf"://\1:{QUOTED}@", good)
    try:
        result = push_workshop(library, full_workshop, address)
        shown = [repr(result), result.message("en"), repr(pending_pushes(library))]
    except SharedDbError as error:
        shown = [str(error), error.message("en"), repr(error.args), repr(error.__cause__), repr(error.__context__)]
    assert_no_secret(*shown, caplog.text, library_bytes(library))


def test_the_command_line_never_prints_the_password(tmp_path: Path) -> None:
    env = dict(os.environ, SAMSKAB_LIBRARY=str(tmp_path / "lib.sqlite3"), LANG="da_DK.UTF-8",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    env.pop("LC_ALL", None)

    def samskab(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "cli.main", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)

    workshop = samskab("sample").stdout.strip()
    address = f"postgresql+psycopg://samskab:{QUOTED}@127.0.0.1:1/idebank"
    outputs = [samskab("push", workshop, "--to", address), samskab("push", "--retry"),
               samskab("db", "upgrade", address), samskab("bank", "search", "x", "--in", address),
               samskab("push", workshop, "--to", address.replace("127.0.0.1:1", "[::1"))]
    for done in outputs:
        assert done.returncode != 0 or done.args[3] == "--retry"
        assert "Traceback" not in done.stderr
        assert_no_secret(done.stdout, done.stderr)
    assert_no_secret((tmp_path / "lib.sqlite3").read_bytes())


# -- every personal field the bank could receive --------------------------------------------------

OUTSIDER = "Bo Hansen fra IT-afdelingen"  # an action owner who is not on the participant list
ONE_PERSON_FIRM = "Kjærgaard Tømrer ApS"  # an organisation only one participant names


def _personal_workshop(library: Library, workshop_id: uuid.UUID) -> dict[str, Any]:
    """The sample workshop plus an outside action owner, a participant's own firm and
    an action owned by the participant holding the Facilitator card."""
    from app.model import ActionItem

    with library.operation("test_people", workshop_id) as session:
        workshop = session.get(Workshop, workshop_id)
        assert workshop is not None
        people = sorted(workshop.participants, key=lambda p: p.position)
        people[2].organisation = ONE_PERSON_FIRM
        idea = min(workshop.ideas, key=lambda i: i.number)
        carded = next(p for p in people if p.role_card == "facilitator")
        workshop.actions.append(ActionItem(id=library.new_id(), idea_id=idea.id, owner=OUTSIDER))
        workshop.actions.append(ActionItem(id=library.new_id(), idea_id=idea.id, owner=f"{carded.name} (tovholder)"))
        return {"facilitator": workshop.facilitator, "carded": carded.name, "people": [p.name for p in people],
                "organisations": [p.organisation for p in people]}


@pytest.mark.parametrize("with_names", [False, True])
def test_no_personal_field_reaches_the_bank_without_names(library: Library, full_workshop: uuid.UUID,
                                                          address: str, with_names: bool) -> None:
    from collections import Counter

    from exports.shared_db import ORGANISATION_MIN

    facts = _personal_workshop(library, full_workshop)
    counts = Counter(o.strip().casefold() for o in facts["organisations"])
    rare = {o for o in facts["organisations"] if counts[o.strip().casefold()] < ORGANISATION_MIN}
    assert ONE_PERSON_FIRM in rare and "Borger" not in rare
    # (A rare organisation may also be named in an idea, as "Gentofte HF" is: that is the
    # idea's text, not a participant's data. The one-person firm is named nowhere else.)
    personal = names_of(library, full_workshop) | {facts["facilitator"], OUTSIDER, ONE_PERSON_FIRM}
    push_workshop(library, full_workshop, address, with_names=with_names)
    found = leaks(dump_database(address), personal)
    if with_names:
        assert found == personal  # the same search finds every one of them when they are sent
        return
    assert found == set()
    engine = open_shared(address)
    try:
        with engine.connect() as conn:
            facilitator = conn.execute(text("SELECT facilitator FROM workshops")).scalar()
            organisations = {r[0] for r in conn.execute(text("SELECT organisation FROM participants"))}
            owners = [r[0] for r in conn.execute(text("SELECT owner FROM action_items ORDER BY owner"))]
            labels = {r[0] for r in conn.execute(text("SELECT name FROM participants"))}
    finally:
        engine.dispose()
    assert facilitator == ""
    assert organisations == {""} | {o for o in facts["organisations"] if o not in rare}
    assert "Borger" in organisations  # shared by many: says nothing about one person
    # Owners: the participant's role card, else their "Deltager N"; anyone else "Ansvarlig".
    assert "Ansvarlig" in owners and "Facilitator" in owners
    assert all(o in labels | {"Ansvarlig", "Facilitator", "Igangsætter", "Katalysator", ""} for o in owners), owners
    assert any(o.startswith("Deltager ") for o in owners)
