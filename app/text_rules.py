"""The one set of rules for text a workshop holds, whichever door it comes in by.

Typed into the desk or the command line, sent from a phone, read from a template or
from a ``.samskab`` file: every text field obeys the same rules, kept here once.

* lengths: each field has a maximum (an idea 2,000 characters, a title 200...);
* no invisible control characters (C0 except tab and newline, DEL, C1), no lone
  surrogates (undecodable input) and no non-characters;
* a required field is not empty, and whitespace alone (spaces, no-break and
  zero-width spaces) counts as empty;
* a one-line field (a title, a name) holds no line break.

Operations *clean* typed text (:func:`clean`: line ends normalised, outer whitespace
stripped, a one-line field's line breaks turned into spaces) and then check it.
Templates and imported files are only *checked* (:func:`text_problem`,
:func:`check_row`): a file is never silently rewritten; what the app could not have
written is refused with the field named.

Everything else about the text is kept exactly (HTML, emoji, right-to-left scripts):
the views show it as plain text and the PDF escapes it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.errors import InvalidInput

# C0 controls except tab and newline, DEL, the C1 controls; lone surrogates (an
# undecodable command-line argument or a JSON "\ud800"); the non-characters.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Characters that show nothing: text made only of these and whitespace is empty.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


@dataclass(frozen=True)
class TextRule:
    """What one text field accepts.

    ``da`` and ``en`` name the field as the subject of a sentence ("Idéen",
    "idea": "Idéen er for lang", "The idea is too long").
    """

    da: str
    en: str
    max_length: int
    required: bool = True
    multiline: bool = True


# -- the fields -----------------------------------------------------------------------

WORKSHOP_TITLE = TextRule("Titlen", "title", 200, multiline=False)
QUESTION = TextRule("Innovationsspørgsmålet", "innovation question", 2000, required=False)
PLACE = TextRule("Stedet", "place", 200, required=False, multiline=False)
FACILITATOR = TextRule("Facilitatoren", "facilitator", 200, required=False, multiline=False)
NOTES = TextRule("Noterne", "notes", 20_000, required=False)
PHASE_NAME = TextRule("Fasens navn", "phase's name", 200, multiline=False)
PHASE_GOAL = TextRule("Fasens mål", "phase's goal", 300, required=False)
PROMPT = TextRule("Spørgsmålet", "prompt", 1000)
GROUP_NAME = TextRule("Bordgruppens navn", "table group's name", 100, multiline=False)
PERSON_NAME = TextRule("Navnet", "name", 200, multiline=False)
ORGANISATION = TextRule("Organisationen", "organisation", 200, required=False, multiline=False)
CLUSTER_TITLE = TextRule("Temaets titel", "theme's title", 200, multiline=False)
IDEA = TextRule("Idéen", "idea", 2000)
AUTHOR = TextRule("Forfatteren", "author", 200, required=False, multiline=False)
TAG = TextRule("Mærket", "tag", 60, multiline=False)
STATEMENT = TextRule("Udsagnet", "statement", 1000)
CRITERION_NAME = TextRule("Kriteriets navn", "criterion's name", 200, multiline=False)
CRITERION_DESCRIPTION = TextRule("Kriteriets beskrivelse", "criterion's description", 2000, required=False)
ROUND_TITLE = TextRule("Titlen", "title", 200, required=False, multiline=False)
VOTER_KEY = TextRule("Stemmesedlens afsender", "ballot's sender", 100, multiline=False)
OWNER = TextRule("Projektejeren", "project owner", 200, required=False, multiline=False)
FIRST_TEST = TextRule("Den første lille test", "first small test", 2000, required=False)
#: An idea's follow-up in the idea bank (exports/idea_followup.py).
VALUE_NOTE = TextRule("Teksten om værdien", "text on the value", 5000, required=False)
CANDIDATE_QUESTION = TextRule("Spørgsmålet", "question", 500)
DECK_CARD = TextRule("Kortet", "card", 1000)
# Texts only a template holds.
TEMPLATE_NAME = TextRule("Navnet", "name", 200, multiline=False)
DESCRIPTION = TextRule("Beskrivelsen", "description", 2000)
LABEL = TextRule("Navnet", "name", 200, multiline=False)
LONG_TEXT = TextRule("Teksten", "text", 2000)
#: A template's or sample's prompt list and an idea's tags hold at most this many.
MAX_TAGS = 20
MAX_PROMPTS = 50

#: The rule for each text column, by table and column, as the importer checks rows.
COLUMN_RULES: dict[str, dict[str, TextRule]] = {
    "workshops": {"title": WORKSHOP_TITLE, "question": QUESTION, "place": PLACE,
                  "facilitator": FACILITATOR, "notes": NOTES},
    "phases": {"name": PHASE_NAME, "goal": PHASE_GOAL},
    "table_groups": {"name": GROUP_NAME},
    "participants": {"name": PERSON_NAME, "organisation": ORGANISATION},
    "clusters": {"title": CLUSTER_TITLE},
    "ideas": {"text": IDEA, "author": AUTHOR},
    "statements": {"text": STATEMENT},
    "criteria": {"name": CRITERION_NAME, "description": CRITERION_DESCRIPTION},
    "vote_rounds": {"title": ROUND_TITLE},
    "ballots": {"voter_key": VOTER_KEY},
    "action_items": {"owner": OWNER, "first_test": FIRST_TEST},
    "candidate_questions": {"text": CANDIDATE_QUESTION},
    "deck_draws": {"text": DECK_CARD},
}
#: List columns whose every item obeys a rule, with the most items allowed.
LIST_RULES: dict[str, dict[str, tuple[TextRule, int]]] = {
    "phases": {"prompts": (PROMPT, MAX_PROMPTS)},
    "ideas": {"tags": (TAG, MAX_TAGS)},
}


# -- checking -------------------------------------------------------------------------


class InvalidText(InvalidInput):
    """A text breaks its field's rule. ``reason_da``/``reason_en`` say how without
    naming the field (for messages that name the place another way: a file's
    ``tables.ideas[3].text``); ``field`` is the column or key when known."""

    def __init__(self, rule: TextRule, reason_da: str, reason_en: str, field: str = "") -> None:
        super().__init__(f"{rule.da} {reason_da}.", f"The {rule.en} {reason_en}.")
        self.rule = rule
        self.reason_da = reason_da
        self.reason_en = reason_en
        self.field = field


def _number(n: int, separator: str) -> str:
    return f"{n:,}".replace(",", separator)


def text_problem(text: str, rule: TextRule) -> tuple[str, str] | None:
    """Why ``text`` (as it is, not cleaned) breaks ``rule``: a reason in Danish and in
    English (without the field's name, no full stop), or ``None`` if it is fine."""
    if not isinstance(text, str):
        return "skal være en tekst", "must be text"
    if rule.required and not text.translate(_INVISIBLE).strip():
        return "må ikke være tom", "must not be empty"
    if len(text) > rule.max_length:
        return (
            f"er for lang: {_number(len(text), '.')} tegn, højst {_number(rule.max_length, '.')}",
            f"is too long: {_number(len(text), ',')} characters, at most {_number(rule.max_length, ',')}",
        )
    bad = _FORBIDDEN.search(text)
    if bad is not None:
        if "\ud800" <= bad.group() <= "\udfff":
            return "er ikke gyldig tekst (ugyldig UTF-8)", "is not valid text (invalid UTF-8)"
        code = f"U+{ord(bad.group()):04X}"
        return (f"indeholder et usynligt kontroltegn ({code})",
                f"contains an invisible control character ({code})")
    if not rule.multiline and ("\n" in text or "\r" in text):
        return "skal stå på én linje", "must be on one line"
    return None


def check(text: str, rule: TextRule, field: str = "") -> str:
    """``text`` unchanged if it keeps ``rule``; else :class:`InvalidText`."""
    problem = text_problem(text, rule)
    if problem is not None:
        raise InvalidText(rule, *problem, field=field)
    return text


def clean(value: str, rule: TextRule) -> str:
    """Typed text made ready to store: line ends normalised, outer whitespace stripped,
    a one-line field's line breaks made spaces; then checked (:class:`InvalidText`).

    This is the function every operation calls on text a person typed.
    """
    if not isinstance(value, str):
        raise InvalidText(rule, "skal være en tekst", "must be text")
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    if not rule.multiline:
        text = text.replace("\n", " ")
    text = text.strip()
    problem = text_problem(text, rule)
    if problem is not None and problem[0].startswith("indeholder"):
        # Typed: say what to do about it.
        raise InvalidInput(
            f"{rule.da} indeholder usynlige kontroltegn; skriv den igen uden dem.",
            f"The {rule.en} contains invisible control characters; type it again without them.",
        )
    if problem is not None:
        raise InvalidText(rule, *problem)
    return text


def check_row(table: str, row: Mapping[str, Any]) -> None:
    """Check every text of one row of ``table`` (as read from a file) against its
    field's rule; raises :class:`InvalidText` whose ``field`` names the column (and
    the item, ``tags[3]``). ``None`` is left to the column's own null rule."""
    for column, rule in COLUMN_RULES.get(table, {}).items():
        value = row.get(column)
        if value is not None:
            check(value, rule, column)
    for column, (rule, most) in LIST_RULES.get(table, {}).items():
        items = row.get(column)
        if items is None:
            continue
        if len(items) > most:
            raise InvalidText(rule, f"findes for mange gange: {len(items)}, højst {most}",
                              f"occurs too many times: {len(items)}, at most {most}", field=column)
        for index, item in enumerate(items):
            check(item, rule, f"{column}[{index}]")


__all__ = [
    "COLUMN_RULES",
    "InvalidText",
    "LIST_RULES",
    "TextRule",
    "check",
    "check_row",
    "clean",
    "text_problem",
]
