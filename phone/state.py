"""What the phones are shown, built once per change (not once per request).

A :class:`Snapshot` holds the session's state JSON already encoded, both as the answer
to ``GET /api/session/{code}`` and as the Server-Sent Event that carries it, plus the
open round's :class:`~app.voting.RoundInfo` to check ballots against. The server's
watcher builds a new snapshot when the session's revision changes and hands it to the
event loop; requests only copy bytes. The JSON shapes are documented in
``docs/phone-api.md``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.library import Library
from app.model import RoundState
from app.phones import PhoneIdeaView, PhoneSession
from app.voting import BallotView, RoundInfo, RoundResults, round_info, round_results


@dataclass(frozen=True)
class Handout:
    """The PDF handout the facilitator shared with the phones (kept in memory by the
    server; ``name`` is a plain ASCII file name ending in ``.pdf``)."""

    name: str
    pdf: bytes


@dataclass(frozen=True)
class Snapshot:
    """The session as the phones see it, encoded once.

    ``revision`` is the session's (``None`` before it was ever opened); ``code`` the
    join code it answers to (kept after the session closed, so pages joined to it are
    told "closed" rather than "wrong code"); ``open_round`` the round taking ballots.
    """

    revision: int | None
    code: str | None
    screen: str
    body: bytes
    event: bytes
    open_round: RoundInfo | None
    title: str = ""
    handout: Handout | None = None


def dumps(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _encode(state: dict[str, Any]) -> tuple[bytes, bytes]:
    body = dumps(state)
    revision = state.get("revision")
    event = b"event: state\n" + (f"id: {revision}\n".encode() if revision is not None else b"") + b"data: " + body + b"\n\n"
    return body, event


def handout_json(handout: Handout | None) -> dict[str, Any] | None:
    return None if handout is None else {"name": handout.name, "size": len(handout.pdf)}


def build(library: Library, session: PhoneSession, handout: Handout | None = None) -> Snapshot:
    """The snapshot of an open session (reads its round and, once revealed, its
    results: the only reads through the ORM, once per change)."""
    info = round_info(library, session.round_id) if session.round_id is not None else None
    results = round_results(library, info.id) if info is not None and info.state == RoundState.REVEALED else None
    if info is not None and info.state == RoundState.OPEN:
        screen = "ballot"
    elif session.writing is not None:
        screen = "writing"
    elif results is not None:
        screen = "result"
    else:
        screen = "waiting"
    writing = session.writing
    state = {
        "revision": session.revision,
        "code": session.code,
        "title": session.title,
        "question": session.question,
        "phase": {"name": session.phase_name, "prompt": session.phase_prompt} if session.phase_name else None,
        "screen": screen,
        "writing": None if writing is None else {
            "phase": writing.phase_name,
            "phase_id": str(writing.phase_id),
            "mode": writing.mode,
            "groups": [{"id": str(g.id), "name": g.name} for g in writing.groups],
            "group_required": writing.group_required,
        },
        "round": round_json(info) if info is not None else None,
        "results": results_json(results) if results is not None else None,
        "handout": handout_json(handout),
    }
    body, event = _encode(state)
    return Snapshot(session.revision, session.code, screen, body, event,
                    info if info is not None and info.state == RoundState.OPEN else None, session.title, handout)


def closed(previous: Snapshot | None, session: PhoneSession | None = None,
           handout: Handout | None = None) -> Snapshot:
    """The snapshot once the facilitator has closed the session to phones (or the
    server stops): the pages still joined to its code show "lukket" (and the shared
    handout, which stays downloadable while the server runs)."""
    revision = session.revision if session is not None else previous.revision if previous is not None else None
    code = session.code if session is not None else previous.code if previous is not None else None
    title = session.title if session is not None else previous.title if previous is not None else ""
    state = {"revision": revision, "code": code, "title": title, "question": "", "phase": None,
             "screen": "closed", "writing": None, "round": None, "results": None,
             "handout": handout_json(handout)}
    body, event = _encode(state)
    return Snapshot(revision, code, "closed", body, event, None, title, handout)


def round_json(info: RoundInfo) -> dict[str, Any]:
    """What the ballot screen needs of a round, and nothing more about the workshop."""
    return {
        "id": str(info.id),
        "kind": info.kind,
        "state": info.state,
        "title": info.title,
        "anonymous": info.anonymous,
        "budget": info.budget,
        "max_per_option": info.max_per_option,
        "language": info.language,
        "options": [{"id": str(o.id), "number": o.number, "text": o.text} for o in info.options],
        "criteria": [{"id": str(c.id), "name": c.name, "description": c.description} for c in info.criteria],
        # Names only in a named round: an anonymous round reveals nobody.
        "participants": [] if info.anonymous else [{"id": str(p.id), "name": p.name} for p in info.participants],
    }


def results_json(results: RoundResults) -> dict[str, Any]:
    """A revealed round's results as plain JSON values (ids as strings); the command
    line's ``vote results --json`` prints the same."""
    def option(o: Any) -> dict[str, Any]:
        return {"id": str(o.id), "kind": o.kind, "number": o.number, "text": o.text}

    data: dict[str, Any] = {
        "round": str(results.round_id), "workshop": str(results.workshop_id), "kind": results.kind,
        "title": results.title, "state": results.state, "anonymous": results.anonymous,
        "budget": results.budget, "voters": results.voters, "ballots": results.ballots,
        "abstained": results.abstained,
    }
    if results.kind == "dots":
        data["dots"] = [{"option": option(r.option), "dots": r.dots, "rank": r.rank} for r in results.dots]
    elif results.kind == "statements":
        data["statements"] = [
            {"statement": option(r.statement), "enig": r.agree, "uenig": r.disagree, "ved_ikke": r.dont_know}
            for r in results.statements
        ]
    else:
        data["criteria"] = [{"id": str(c.id), "name": c.name} for c in results.criteria]
        data["scored"] = [
            {"option": option(r.option), "total": r.total, "mean": r.mean, "count": r.count,
             "rank_by_total": r.rank_by_total, "rank_by_mean": r.rank_by_mean,
             "per_criterion": [{"criterion": str(p.criterion.id), "total": p.total, "count": p.count, "mean": p.mean}
                               for p in r.per_criterion]}
            for r in results.scored
        ]
    return data


def ballot_json(view: BallotView) -> dict[str, Any]:
    scores: dict[str, dict[str, int]] = {}
    for (idea, criterion), value in view.scores.items():
        scores.setdefault(str(idea), {})[str(criterion)] = value
    return {
        "round": str(view.round_id),
        "abstained": view.abstained,
        "participant": str(view.participant_id) if view.participant_id else None,
        "dots": {str(k): v for k, v in view.dots.items()},
        "answers": {str(k): v for k, v in view.answers.items()},
        "scores": scores,
    }


def idea_json(view: PhoneIdeaView) -> dict[str, Any]:
    return {
        "id": str(view.id),
        "text": view.text,
        "group": str(view.group_id) if view.group_id else None,
        "group_name": view.group_name,
        "name": view.author,
        "status": view.status,
        "number": view.number,
    }
