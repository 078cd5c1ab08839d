"""Dates typed in Danish order (issue 12: "14.01.2027" became 14.12.2026)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.dates import DANISH_MONTHS, format_danish_date, parse_danish_date
from app.errors import InvalidInput

TODAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize("typed", [
    "14.01.2027", "14/1-27", "14-1-2027", "14. januar 2027", "14 jan 2027", "14 Jan. 2027",
    " 14.1.2027 ", "14/01/2027", "14 1 2027", "14. JANUAR 2027", "14 january 2027",
])
def test_danish_order_examples(typed: str) -> None:
    assert parse_danish_date(typed, TODAY) == dt.date(2027, 1, 14)


def test_a_missing_year_is_this_year() -> None:
    assert parse_danish_date("1.4", TODAY) == dt.date(2026, 4, 1)
    assert parse_danish_date("24. dec", TODAY) == dt.date(2026, 12, 24)


@pytest.mark.parametrize("typed", ["", "   ", "14.13.2027", "31.02.2027", "0.1.2027", "2027-01-14",
                                   "14. jamuar 2027", "i morgen", "14.01.20277", "1/2/3/4"])
def test_bad_input_is_refused_in_danish_and_english(typed: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_danish_date(typed, TODAY)
    assert "dato" in caught.value.message("da") and "date" in caught.value.message("en")


dates = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31))


@given(dates)
def test_the_shown_form_reads_back(date: dt.date) -> None:
    assert parse_danish_date(format_danish_date(date), TODAY) == date


@given(dates, st.sampled_from(["{d}.{m}.{y}", "{d}/{m}-{y}", "{d}-{m}-{y}", "{d}. {name} {y}", "{d} {short} {y}"]))
def test_every_accepted_form_reads_back(date: dt.date, pattern: str) -> None:
    name = DANISH_MONTHS[date.month - 1]
    typed = pattern.format(d=date.day, m=date.month, y=date.year, name=name, short=name[:3])
    assert parse_danish_date(typed, TODAY) == date


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_two_digit_years_are_this_century(date: dt.date) -> None:
    assert parse_danish_date(f"{date.day}/{date.month}-{date.year % 100:02d}", TODAY) == date
