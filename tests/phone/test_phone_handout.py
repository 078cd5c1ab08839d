"""The handout shared with the phones: ``GET /api/session/{code}/handout`` answers 404
until the facilitator shares it, then the PDF; the state names it and every page
hears of it over the event stream."""

from __future__ import annotations

import json

import pytest
from phone_helpers import Served, error_of

from app.operations.phones import close_phones
from phone.server import safe_file_name

PDF = b"%PDF-1.4\n% a tiny stand-in for the handout\n%%EOF\n"


def test_no_handout_until_shared(served: Served) -> None:
    status, headers, body = served.request("GET", served.api + "/handout")
    assert status == 404 and headers["content-type"].startswith("application/json")
    assert error_of(body)["da"]
    assert served.get(served.api)[1]["handout"] is None


def test_the_shared_pdf_is_served(served: Served) -> None:
    served.server.share_handout(PDF, "Borgermøde opsamling.pdf")
    status, headers, body = served.request("GET", served.api + "/handout")
    assert status == 200 and body == PDF
    assert headers["content-type"] == "application/pdf"
    assert headers["content-disposition"] == 'attachment; filename="Borgermoede-opsamling.pdf"'
    assert headers["cache-control"] == "no-store" and "content-security-policy" in headers
    assert served.get(served.api)[1]["handout"] == {"name": "Borgermoede-opsamling.pdf", "size": len(PDF)}
    status, headers, body = served.request("HEAD", served.api + "/handout")
    assert status == 200 and body == b"" and headers["content-length"] == str(len(PDF))


def test_sharing_reaches_every_page(served: Served) -> None:
    stream = served.events()
    try:
        first = stream.state()
        assert first["handout"] is None
        served.server.share_handout(PDF, "x.pdf")
        shared = stream.state(lambda s: s["handout"] is not None)
        assert shared["handout"]["size"] == len(PDF) and shared["revision"] == first["revision"]
        served.server.share_handout(PDF + b"\n", "y.pdf")  # shared again: the newer one
        assert stream.state(lambda s: s["handout"]["name"] == "y.pdf")["handout"]["size"] == len(PDF) + 1
    finally:
        stream.close()


def test_the_handout_stays_after_closing_to_phones(served: Served) -> None:
    code = served.code
    served.server.share_handout(PDF, "x.pdf")
    close_phones(served.library, served.workshop_id)
    served.server.refresh()
    status, state = served.get(f"/api/session/{code}")
    assert status == 200 and state["screen"] == "closed" and state["handout"]["name"] == "x.pdf"
    assert served.request("GET", f"/api/session/{code}/handout")[2] == PDF


def test_wrong_code_and_method(served: Served) -> None:
    served.server.share_handout(PDF, "x.pdf")
    other = "000000" if served.code != "000000" else "111111"
    status, _, body = served.request("GET", f"/api/session/{other}/handout")
    assert status == 404 and b"%PDF" not in body
    status, headers, _ = served.request("POST", served.api + "/handout", json.dumps({}),
                                        {"Content-Type": "application/json"})
    assert status == 405 and headers["allow"] == "GET, HEAD"


def test_the_route_is_limited_per_address(served: Served) -> None:
    served.server.share_handout(PDF, "x.pdf")
    statuses = [served.request("GET", served.api + "/handout")[0] for _ in range(650)]
    assert statuses[0] == 200 and 429 in statuses


def test_only_a_pdf_is_shared(served: Served) -> None:
    with pytest.raises(ValueError):
        served.server.share_handout(b"<html>", "x.pdf")
    assert served.server.handout is None


@pytest.mark.parametrize(("name", "expected"), [
    ("Sundere arbejdsliv.pdf", "Sundere-arbejdsliv.pdf"),
    ("Ærø/Åbo: Nguyễn", "Aeroe-Aabo-Nguyen.pdf"),
    ("", "opsamling.pdf"),
    ('"; rm -rf /.pdf', "rm-rf.pdf"),
])
def test_file_names_are_plain(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected
