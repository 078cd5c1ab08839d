"""``samskab vote …``: open, serve (a phone votes over HTTP, then SIGINT/SIGTERM closes
the round — a real subprocess), reveal, results as text and JSON (in-process)."""

from __future__ import annotations

import http.client
import json
import signal
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from samskab_cli import Result
from samskab_cli import samskab as run_cli

from app.library import open_library
from app.operations import add_idea, create_workshop
from app.templates import Template
from app.voting import round_info

ROOT = Path(__file__).resolve().parents[2]


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


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_open_serve_vote_interrupt_reveal_results(workshop: tuple[Path, uuid.UUID, list[uuid.UUID]], stop: int) -> None:
    path, wid, ideas = workshop
    round_id = samskab(path, "vote", "open", str(wid), "--kind", "dots", "--budget", "2", "--anonymous").stdout.strip()
    uuid.UUID(round_id)
    server = subprocess.Popen(
        [sys.executable, "-m", "cli.main", "--library", str(path), "--lang", "da",
         "vote", "serve", str(wid)[:8], "--round", round_id[:8], "--host", "127.0.0.1", "--port", "0"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        code = server.stdout.readline().strip()
        short = server.stdout.readline().strip()
        parts = urlsplit(url)
        assert parts.hostname == "127.0.0.1" and parts.path.startswith("/r/")
        assert code.startswith("kode: ") and len(code.split()[-1]) == 6 and short.endswith(f":{parts.port}/")
        connection = http.client.HTTPConnection("127.0.0.1", parts.port, timeout=10)
        body = json.dumps({"voter": "cli-test-phone-0001", "dots": {str(ideas[1]): 2}})
        connection.request("POST", parts.path + "api/ballot", body, {"Content-Type": "application/json"})
        assert connection.getresponse().status == 200
        connection.close()
        assert server.stdout.readline().strip() == "stemmesedler: 1"
        server.send_signal(stop)
        out, err = server.communicate(timeout=20)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    assert server.returncode == 0, err
    assert "lukket" in out
    library = open_library(path)
    try:
        assert round_info(library, uuid.UUID(round_id)).state == "closed"
    finally:
        library.close()
    if stop == signal.SIGTERM:
        return  # the rest is the same after either signal
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
    bad = samskab(path, "vote", "serve", str(wid), "--round", poll, "--host", "127.0.0.1", check=False)
    assert bad.returncode == 1 and "ikke åben" in bad.stderr
    samskab(path, "vote", "reopen", str(wid), "--round", poll)
    assert "åben" in samskab(path, "vote", "list", str(wid)).stdout


def test_registered_in_the_app_command_line() -> None:
    result = run_cli("vote", "--help")
    assert result.returncode == 0 and "serve" in result.stdout
