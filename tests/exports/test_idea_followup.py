"""Ideas followed after the workshop in the shared database (SQLite and the real
PostgreSQL): status, owner, next date and value; every change kept with who and when;
a later push never overwrites them; the overview; the command line."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable

import pytest
from samskab_cli import samskab
from test_idea_bank import fill_bank

from app.errors import InvalidInput, NotFound
from app.library import Library
from app.model import Idea
from app.operations import edit_idea
from exports.idea_bank import search_ideas
from exports.idea_followup import (
    FollowUp,
    bank_overview,
    follow_up,
    parse_status,
    set_follow_up,
    status_history,
)
from exports.shared_db import push_workshop

Bank = tuple[str, uuid.UUID, uuid.UUID]


@pytest.fixture
def bank(library: Library, full_workshop: uuid.UUID, make_library: Callable[[str], Library], address: str) -> Bank:
    return fill_bank(library, full_workshop, make_library, address)


def first_idea(library: Library, workshop_id: uuid.UUID) -> Idea:
    with library.read() as session:
        return session.query(Idea).filter(Idea.workshop_id == workshop_id, Idea.number == 1).one()


def clock(minute: int) -> Callable[[], dt.datetime]:
    return lambda: dt.datetime(2026, 12, 3, 10, minute)


def test_a_status_with_owner_date_and_value_is_kept_with_who_and_when(bank: Bank, library: Library) -> None:
    address, workshop, _ = bank
    idea = first_idea(library, workshop)
    assert follow_up(address, idea.id) == FollowUp(idea.id)  # nobody has followed it up: "ny"
    set_follow_up(address, idea.id, who="Mette", clock=clock(1), status="udvalgt", owner="Łukasz Żółć",
                  next_date=dt.date(2027, 2, 1))
    done = set_follow_up(address, idea.id, who="Anne", clock=clock(2), status="afprøves",
                         value_kind="samme-service-faerre-ressourcer", value_hours=120.5, value_kroner=40_000,
                         for_whom="Borgerne i Hellerup", what_value="Kortere ventetid; uventet: færre klager",
                         where_else="Ældreplejen")
    again = follow_up(address, idea.id)
    assert again == done
    assert (again.status, again.owner, again.next_date, again.value_hours, again.updated_by) == (
        "afproeves", "Łukasz Żółć", dt.date(2027, 2, 1), 120.5, "Anne")
    history = status_history(address, idea.id)
    assert [(h.changed_by, h.changed_at.minute) for h in history] == [("Mette", 1), ("Anne", 2)]
    assert history[0].changes["status"] == ("ny", "udvalgt")
    assert history[1].changes["status"] == ("udvalgt", "afproeves")
    assert history[0].changes["next_date"] == (None, "2027-02-01")
    # The same values again change nothing and add no history.
    set_follow_up(address, idea.id, who="Anne", clock=clock(3), status="afproeves")
    assert len(status_history(address, idea.id)) == 2


def test_a_later_push_never_overwrites_the_follow_up(bank: Bank, library: Library) -> None:
    address, workshop, _ = bank
    idea = first_idea(library, workshop)
    set_follow_up(address, idea.id, who="Mette", status="implementeret", owner="Anne", value_hours=10)
    edit_idea(library, idea.id, "Ny tekst fra laptoppen")
    push_workshop(library, workshop, address)
    kept = follow_up(address, idea.id)
    assert (kept.status, kept.owner, kept.value_hours) == ("implementeret", "Anne", 10.0)
    found = [i for i in search_ideas(address, text="Ny tekst fra laptoppen") if i.id == idea.id]
    assert found and found[0].status == "implementeret"


def test_search_by_status(bank: Bank, library: Library) -> None:
    address, workshop, _ = bank
    idea = first_idea(library, workshop)
    set_follow_up(address, idea.id, who="Mette", status="udvalgt")
    assert [i.id for i in search_ideas(address, status="udvalgt")] == [idea.id]
    new = search_ideas(address, status="ny", limit=1000)
    assert idea.id not in {i.id for i in new} and new and all(i.status == "ny" for i in new)


def test_the_overview_counts_statuses_templates_years_and_value(bank: Bank, library: Library) -> None:
    address, workshop, second = bank
    idea = first_idea(library, workshop)
    before = bank_overview(address)
    set_follow_up(address, idea.id, who="Mette", status="implementeret", value_hours=12, value_kroner=5_000)
    overview = bank_overview(address)
    assert overview.total == before.total and overview.total > 0
    assert overview.by_status["implementeret"] == 1 and overview.by_status["ny"] == before.by_status["ny"] - 1
    assert (overview.hours, overview.kroner, overview.valued) == (12.0, 5000.0, 1)
    assert sum(sum(v.values()) for v in overview.by_year.values()) == overview.total
    assert 2025 in overview.by_year and sum(overview.by_template[t]["implementeret"] for t in overview.by_template) == 1


def test_bad_input_is_refused_with_a_clear_message_and_changes_nothing(bank: Bank, library: Library) -> None:
    address, workshop, _ = bank
    idea = first_idea(library, workshop)
    with pytest.raises(InvalidInput, match="ingen status"):
        set_follow_up(address, idea.id, who="Mette", status="færdig")
    with pytest.raises(InvalidInput, match="skøn"):
        set_follow_up(address, idea.id, who="Mette", status="udvalgt", value_kroner=-5)
    with pytest.raises(InvalidInput, match="merværdi"):
        set_follow_up(address, idea.id, who="Mette", value_kind="gratis")
    with pytest.raises(NotFound):
        set_follow_up(address, uuid.uuid4(), who="Mette", status="udvalgt")
    assert follow_up(address, idea.id) == FollowUp(idea.id) and status_history(address, idea.id) == []


@pytest.mark.parametrize("text, key", [("afprøves", "afproeves"), ("Lagt til side", "lagt_til_side"),
                                       ("implemented", "implementeret"), ("ny", "ny")])
def test_statuses_by_name(text: str, key: str) -> None:
    assert parse_status(text) == key


def test_the_command_line_sets_shows_and_searches_statuses(bank: Bank, library: Library) -> None:
    address, workshop, _ = bank
    idea = first_idea(library, workshop)
    done = samskab("bank", "set-status", str(idea.id), "afprøves", "--in", address, "--owner", "Anne",
                   "--due", "2027-03-01", "--value-hours", "7,5", "--note", "Første test i marts", "--by", "Mette")
    assert done.returncode == 0, done.stderr
    kept = follow_up(address, idea.id)
    assert (kept.status, kept.owner, kept.next_date, kept.value_hours, kept.updated_by) == (
        "afproeves", "Anne", dt.date(2027, 3, 1), 7.5, "Mette")
    found = json.loads(samskab("bank", "search", "--in", address, "--status", "afprøves", "--json").stdout)
    assert [(f["id"], f["status"]) for f in found] == [(str(idea.id), "afproeves")]
    history = samskab("bank", "history", str(idea.id), "--in", address)
    assert "Mette" in history.stdout and "afproeves" in history.stdout
    overview = json.loads(samskab("bank", "overview", "--in", address, "--json").stdout)
    assert overview["by_status"]["afproeves"] == 1 and overview["hours"] == 7.5
    wrong = samskab("bank", "set-status", "idé-1", "ny", "--in", address)
    assert wrong.returncode != 0 and "idé-id" in wrong.stderr
