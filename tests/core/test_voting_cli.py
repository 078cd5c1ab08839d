"""``samskab vote …``: open, close, reveal, results as text and JSON (in-process).
``samskab serve`` (a real subprocess) is tested in tests/phone/test_serve_cli.py."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from samskab_cli import Result
from samskab_cli import samskab as run_cli

from app.library import open_library
from app.operations import add_idea, cast_ballot, create_workshop
from app.templates import Template
from app.voting import round_info


def samskab(library: Path, *args: str, check: bool = True) -> Result:
    result = run_cli("--library", str(library), "--lang", "da", *args)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture
def workshop(library_path: Path, templates: dict[str, Template]) -> tuple[Path, uuid.UUID, list[uuid.UUID]]:
    library = open_library(library_path)
    try:
        wid = create_workshop(library, templates["samarbejdsdrevet-innovation"], title="Møde").subject
        assert wid is not None
        ideas = [add_idea(library, wid, text).subject for text in ("Kaffe", "Cykler")]
    finally:
        library.close()
    return library_path, wid, [i for i in ideas if i]


def test_open_vote_close_reveal_results(workshop: tuple[Path, uuid.UUID, list[uuid.UUID]]) -> None:
    path, wid, ideas = workshop
    round_id = samskab(path, "vote", "open", str(wid), "--kind", "dots", "--budget", "2", "--anonymous").stdout.strip()
    uuid.UUID(round_id)
    library = open_library(path)
    try:
        cast_ballot(library, uuid.UUID(round_id), "phone:cli-test-phone-0001", dots={ideas[1]: 2})
    finally:
        library.close()
    samskab(path, "vote", "close", str(wid), "--round", round_id[:8])
    library = open_library(path)
    try:
        assert round_info(library, uuid.UUID(round_id)).state == "closed"
    finally:
        library.close()
    refused = samskab(path, "vote", "results", str(wid), "--round", round_id, check=False)
    assert refused.returncode == 1 and "afsløret" in refused.stderr
    samskab(path, "vote", "reveal", str(wid), "--round", round_id)
    text = samskab(path, "vote", "results", str(wid), "--round", round_id).stdout
    assert "Stemmer: 1" in text and "2. Cykler" in text
    data = json.loads(samskab(path, "vote", "results", str(wid), "--round", round_id, "--json").stdout)
    assert data["voters"] == 1 and data["dots"][0] == {
        "option": {"id": str(ideas[1]), "kind": "idea", "number": 2, "text": "Cykler"}, "dots": 2, "rank": 1
    }
    listed = samskab(path, "vote", "list", str(wid)).stdout
    assert round_id in listed and "vist" in listed


def test_cli_errors(workshop: tuple[Path, uuid.UUID, list[uuid.UUID]]) -> None:
    path, wid, _ = workshop
    bad = samskab(path, "vote", "open", str(wid), "--kind", "dots", "--budget", "0", check=False)
    assert bad.returncode == 1 and "prikker" in bad.stderr
    bad = samskab(path, "vote", "open", str(wid), "--kind", "raffle", check=False)
    assert bad.returncode == 2
    bad = samskab(path, "vote", "reveal", str(wid), "--round", "ffff", check=False)
    assert bad.returncode == 1 and "Ingen afstemning" in bad.stderr
    poll = samskab(path, "vote", "open", str(wid), "--kind", "statements").stdout.strip()
    samskab(path, "vote", "close", str(wid), "--round", poll)
    samskab(path, "vote", "reopen", str(wid), "--round", poll)
    assert "åben" in samskab(path, "vote", "list", str(wid)).stdout


def test_registered_in_the_app_command_line() -> None:
    result = run_cli("vote", "--help")
    assert result.returncode == 0 and "reveal" in result.stdout
    result = run_cli("--help")
    assert result.returncode == 0 and "serve" in result.stdout
