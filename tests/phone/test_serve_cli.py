"""``samskab serve WORKSHOP``: a real subprocess on 127.0.0.1. It prints the join
address first; ``samskab vote open/close/reveal`` from another process reach the
phones through the server's watcher; Ctrl-C (SIGINT) and SIGTERM stop it; a bad host
or a taken port is one line on stderr. Waiting is on the server's output and events,
never by sleeping."""

from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from phone_helpers import EventStream

from app.library import open_library
from app.operations import add_idea, create_workshop
from app.phones import session_of_workshop
from app.templates import Template

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def workshop(tmp_path: Path, empty_library_file: Path, templates: dict[str, Template]) -> tuple[Path, uuid.UUID]:
    path = tmp_path / "library.sqlite3"
    shutil.copy(empty_library_file, path)
    library = open_library(path)
    try:
        wid = create_workshop(library, templates["samarbejdsdrevet-innovation"], title="Møde").subject
        assert wid is not None
        add_idea(library, wid, "Kaffe")
        add_idea(library, wid, "Cykler")
    finally:
        library.close()
    return path, wid


def samskab(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cli.main", "--library", str(path), "--lang", "da", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)


@pytest.fixture
def serving(workshop: tuple[Path, uuid.UUID]) -> Iterator[tuple[subprocess.Popen[str], str]]:
    path, wid = workshop
    server = subprocess.Popen(
        [sys.executable, "-m", "cli.main", "--library", str(path), "--lang", "da",
         "serve", str(wid)[:8], "--host", "127.0.0.1", "--port", "0"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert server.stdout is not None
        first = server.stdout.readline().strip()  # waits for the server: its first line
        yield server, first
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_serve_prints_the_join_address_first_and_stops_on_a_signal(
        serving: tuple[subprocess.Popen[str], str], workshop: tuple[Path, uuid.UUID], stop: int) -> None:
    server, first = serving
    path, wid = workshop
    parts = urlsplit(first)
    assert parts.scheme == "http" and parts.hostname == "127.0.0.1" and parts.port
    code = parts.path.removeprefix("/j/")
    assert parts.path == f"/j/{code}" and code.isdigit() and len(code) == 6
    assert server.stdout is not None and server.stdout.readline().strip() == f"kode: {code}"
    stream = EventStream(parts.port, code)
    try:
        assert stream.status == 200 and stream.state()["screen"] == "waiting"
        # Another process opens a vote: the phones see it.
        opened = samskab(path, "vote", "open", str(wid), "--kind", "dots", "--budget", "2")
        assert opened.returncode == 0, opened.stderr
        round_id = opened.stdout.strip()
        state = stream.state(lambda s: s["screen"] == "ballot")
        assert state["round"]["id"] == round_id
        ballot = {"round": round_id, "voter": "cli-test-phone-0001", "dots": {state["round"]["options"][1]["id"]: 2}}
        with socket.create_connection(("127.0.0.1", parts.port), timeout=10) as sock:
            body = json.dumps(ballot).encode()
            sock.sendall(f"POST /api/session/{code}/ballot HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body)
            assert sock.recv(100).startswith(b"HTTP/1.1 200")
        assert server.stdout.readline().strip() == "stemmesedler: 1"
        assert samskab(path, "vote", "close", str(wid), "--round", round_id).returncode == 0
        assert samskab(path, "vote", "reveal", str(wid), "--round", round_id).returncode == 0
        state = stream.state(lambda s: s["screen"] == "result")
        assert state["results"]["voters"] == 1
        server.send_signal(stop)
        assert stream.state()["screen"] == "closed"  # the page hears it before the stream ends
        out, err = server.communicate(timeout=30)
    finally:
        stream.close()
    assert server.returncode == 0, err
    assert "lukket" in out and err == ""
    library = open_library(path)
    try:
        session = session_of_workshop(library, wid)
        assert session is not None and not session.is_open  # serve opened it, serve closed it
    finally:
        library.close()


def test_a_bad_host_is_one_line(workshop: tuple[Path, uuid.UUID]) -> None:
    path, wid = workshop
    result = samskab(path, "serve", str(wid), "--host", "10.9.9.9", "--port", "0")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "10.9.9.9" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_a_taken_port_is_one_line(workshop: tuple[Path, uuid.UUID]) -> None:
    path, wid = workshop
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        result = samskab(path, "serve", str(wid), "--host", "127.0.0.1", "--port", str(port))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and f"Port {port}" in result.stderr and "optaget" in result.stderr
    library = open_library(path)
    try:
        assert session_of_workshop(library, wid) is None  # nothing was opened
    finally:
        library.close()


def test_a_port_out_of_range_is_a_usage_error(workshop: tuple[Path, uuid.UUID]) -> None:
    path, wid = workshop
    result = samskab(path, "serve", str(wid), "--port", "70000")
    assert result.returncode == 2 and "70000" in result.stderr
