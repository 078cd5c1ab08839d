"""A workshop's outcome as one Excel workbook (openpyxl): a sheet each for the ideas,
the action plan, the dot votes, the statement polls and the criteria scores.

Values keep their type (numbers are numbers, dates are dates, so Excel sorts and sums
them); headers are bold, frozen and filtered; user text is always stored as text,
never as a formula, whatever it begins with. Sheets without content (no revealed
poll, say) are left out, except the ideas. Headers follow the language, as the CSV's.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import uuid
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.library import Library
from app.model import RoundKind
from exports.csv_export import Value, idea_values
from exports.files import write_bytes
from exports.outcome import Outcome, load_outcome
from exports.texts import label, lang, term_name

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
#: Column widths in characters, clamped: long ideas wrap instead of widening the sheet.
MIN_WIDTH, MAX_WIDTH = 8, 60


def _sheet(book: Workbook, title: str, rows: Sequence[Sequence[Value | dt.date]]) -> None:
    sheet: Worksheet = book.create_sheet(title[:31])  # Excel's limit for a sheet's name
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text stays text: "=1+1" is not a formula here
                if len(value) > MAX_WIDTH:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
            elif isinstance(value, dt.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(value, dt.date):
                cell.number_format = "d. mmmm yyyy"
            elif isinstance(value, float):
                cell.number_format = "0.0"
    for header in sheet[1]:
        header.font, header.fill = HEADER_FONT, HEADER_FILL
    sheet.freeze_panes = "A2"
    if rows:
        sheet.auto_filter.ref = sheet.dimensions
        for c in range(1, len(rows[0]) + 1):
            longest = max(len(str(row[c - 1])) if c - 1 < len(row) and row[c - 1] is not None else 0 for row in rows)
            sheet.column_dimensions[get_column_letter(c)].width = min(MAX_WIDTH, max(MIN_WIDTH, longest + 2))


Row = list[Value | dt.date]


def _header(language: str, *keys: str) -> Row:
    return [label(language, key) for key in keys]


def _actions(outcome: Outcome, language: str, without_names: bool) -> list[Row]:
    rows = [_header(language, "csv_number", "csv_text", "owner", "first_test", "due", "added_value")]
    names = {p.name for p in outcome.participants if p.name}
    for action in outcome.actions:
        idea = outcome.idea_by_id.get(action.idea_id)
        owner = action.owner or ""
        if without_names and any(name in owner for name in names):
            owner = "—"
        rows.append([idea.number if idea else None, idea.text if idea else "", owner, action.first_test or "",
                     action.due, term_name(language, action.added_value) if action.added_value else ""])
    return rows


def _dots(outcome: Outcome, language: str) -> list[Row]:
    rows = [_header(language, "xlsx_round", "rank", "csv_number", "csv_text", "dots")]
    for result in outcome.results:
        rows += [[result.title, d.rank, d.option.number, d.option.text, d.dots] for d in result.dots]
    return rows


def _statements(outcome: Outcome, language: str) -> list[Row]:
    rows = [_header(language, "xlsx_round", "statement", "agree", "disagree", "dont_know", "xlsx_answers")]
    for result in outcome.results:
        rows += [[result.title, s.statement.text, s.agree, s.disagree, s.dont_know, s.total] for s in result.statements]
    return rows


def _criteria(outcome: Outcome, language: str) -> list[Row]:
    names = sorted({c.name for r in outcome.results for c in r.criteria})
    rows = [[*_header(language, "xlsx_round", "rank", "csv_number", "csv_text"), *names, label(language, "mean")]]
    for result in outcome.results:
        for scored in sorted(result.scored, key=lambda s: s.rank_by_mean):
            means = {c.criterion.name: c.mean for c in scored.per_criterion}
            rows.append([result.title, scored.rank_by_mean, scored.option.number, scored.option.text,
                         *(means.get(name) for name in names), scored.mean])
    return rows


def workbook_bytes(outcome: Outcome, language: str, *, without_names: bool = False) -> bytes:
    """The workbook of ``outcome`` as the bytes of an .xlsx file."""
    book = Workbook()
    book.remove(book.worksheets[0])  # the empty sheet a new workbook starts with
    _sheet(book, label(language, "ideas"), idea_values(outcome, language, without_names=without_names))
    sheets = (
        (label(language, "actions"), _actions(outcome, language, without_names), outcome.actions),
        (label(language, "dots_round"), _dots(outcome, language), [r for r in outcome.results if r.kind == RoundKind.DOTS]),
        (label(language, "xlsx_statements"), _statements(outcome, language),
         [r for r in outcome.results if r.kind == RoundKind.STATEMENTS]),
        (label(language, "xlsx_criteria"), _criteria(outcome, language),
         [r for r in outcome.results if r.kind == RoundKind.CRITERIA]),
    )
    for title, rows, present in sheets:
        if present:
            _sheet(book, title, rows)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_xlsx(
    library: Library,
    workshop_id: uuid.UUID,
    path: str | os.PathLike[str],
    *,
    language: str | None = None,
    without_names: bool = False,
) -> Path:
    """Write the workshop's workbook to ``path`` (whole file or nothing)."""
    outcome = load_outcome(library, workshop_id)
    target = Path(path)
    write_bytes(target, workbook_bytes(outcome, lang(language or outcome.workshop.language), without_names=without_names))
    return target


__all__ = ["export_xlsx", "workbook_bytes"]
