"""Dates as a Danish facilitator types them: day first, always.

``parse_danish_date`` is the one place that reads a typed date; the dialogs use it
(``ui.widgets.DateField``) and so can the CLI. Day-month-year order is the only
order accepted, so "14.01.2027" can never be read as month 14 rolled into
December, nor "3/4" as the 4th of March.
"""

from __future__ import annotations

import datetime as dt
import re

from app.errors import InvalidInput

#: Month names and their usual abbreviations, Danish and English (lower case).
MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
    ("januar", "january", "jan"),
    ("februar", "february", "feb"),
    ("marts", "march", "mar"),
    ("april", "apr"),
    ("maj", "may"),
    ("juni", "june", "jun"),
    ("juli", "july", "jul"),
    ("august", "aug"),
    ("september", "sept", "sep"),
    ("oktober", "october", "okt", "oct"),
    ("november", "nov"),
    ("december", "dec"),
), start=1):
    for _name in _names:
        MONTHS[_name] = _number

DANISH_MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                 "september", "oktober", "november", "december")

_NUMERIC = re.compile(r"^(\d{1,2})\s*[./\- ]\s*(\d{1,2})(?:\s*[./\- ]\s*(\d{2}|\d{4}))?\.?$")
_NAMED = re.compile(r"^(\d{1,2})\.?\s*([a-zæøå]+)\.?(?:\s*(\d{2}|\d{4}))?$")


def format_danish_date(date: dt.date) -> str:
    """The form the date fields show: "14.01.2027"."""
    return f"{date.day:02d}.{date.month:02d}.{date.year:04d}"


def _bad(text: str) -> InvalidInput:
    return InvalidInput(
        f"\"{text}\" er ikke en dato. Skriv dag, måned og år, fx 14.01.2027 eller 14. januar 2027.",
        f"\"{text}\" is not a date. Type day, month and year, e.g. 14.01.2027 or 14 January 2027.",
    )


def parse_danish_date(text: str, today: dt.date) -> dt.date:
    """Read a date typed in Danish order: day, month, then year.

    Accepts "14.01.2027", "14/1-27", "14-1-2027", "14. januar 2027", "14 jan 2027"
    (Danish or English month names, a trailing dot allowed). A two-digit year is in
    this century; a missing year is ``today``'s year. ``today`` is injected so that
    nothing here reads the clock.

    Raises :class:`InvalidInput` (Danish and English) for anything else, including
    days that do not exist ("31.02.2027").
    """
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        raise InvalidInput("Skriv en dato, fx 14.01.2027.", "Type a date, e.g. 14.01.2027.")
    numeric = _NUMERIC.match(cleaned)
    named = None if numeric else _NAMED.match(cleaned)
    if numeric:
        day, month, year_text = int(numeric[1]), int(numeric[2]), numeric[3]
    elif named and named[2] in MONTHS:
        day, month, year_text = int(named[1]), MONTHS[named[2]], named[3]
    else:
        raise _bad(text.strip())
    if year_text is None:
        year = today.year
    elif len(year_text) == 2:
        year = today.year // 100 * 100 + int(year_text)
    else:
        year = int(year_text)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _bad(text.strip()) from None
