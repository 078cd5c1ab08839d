"""The ideas of a workshop as a CSV file that opens correctly in Danish Excel.

The dialect (documented here and in the README):

* encoding UTF-8 **with a byte-order mark** (``utf-8-sig``): without it Excel reads
  the file as Windows-1252 and "æøå" turn into "Ã¦Ã¸Ã¥";
* separator ``;`` (Danish Excel uses the comma as the decimal sign, and so expects
  semicolons between fields), fields quoted with ``"`` only when needed (a quote is
  doubled), lines ending in CRLF; a text's own line breaks stay inside its quotes;
* one header line, then one line per idea in number order. Columns: number, idea,
  author, phase, theme (cluster), table group, tags (display names joined by
  ``", "``), dots in total, then one "Dots: <round>" column per revealed dot round
  and one "Score (mean): <round>" column per revealed criteria round, and the time
  the idea was created (``YYYY-MM-DD HH:MM``, UTC). Headers follow the language;
* numbers with a decimal use a decimal comma in Danish (``3,5``), a point in English;
* a text beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a
  leading apostrophe (``'``), so Excel shows it as text and never runs it as a
  formula (OWASP's advice against CSV injection).

Read it back with ``csv.reader(open(path, encoding="utf-8-sig", newline=""),
delimiter=";")`` (see :data:`DIALECT`).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import uuid
from pathlib import Path

from app.library import Library
from app.model import RoundKind
from exports.files import atomic_open
from exports.outcome import Outcome, load_outcome
from exports.texts import label, lang, term_name

ENCODING = "utf-8-sig"
DELIMITER = ";"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class DIALECT(csv.Dialect):
    """The file's dialect, for writing and for reading back."""

    delimiter = DELIMITER
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = csv.QUOTE_MINIMAL


def safe_cell(text: str) -> str:
    """User text as a cell Excel shows as text (never a formula)."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _number(language: str, value: float | None) -> str:
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang(language) == "da" else text


Value = str | int | float | dt.datetime | None


def idea_values(outcome: Outcome, language: str, *, without_names: bool = False) -> list[list[Value]]:
    """The header and one row per idea, as values (numbers as numbers, the creation
    time as a datetime): the CSV writes them as text, the Excel workbook as they are."""
    dot_rounds = [r for r in outcome.results if r.kind == RoundKind.DOTS]
    score_rounds = [r for r in outcome.results if r.kind == RoundKind.CRITERIA]

    def title(index: int, text: str) -> str:
        return text or str(index + 1)

    header: list[Value] = [
        label(language, "csv_number"), label(language, "csv_text"), label(language, "csv_author"),
        label(language, "csv_phase"), label(language, "csv_cluster"), label(language, "csv_group"),
        label(language, "csv_tags"), label(language, "csv_dots_total"),
        *(label(language, "csv_dots", title=title(i, r.title)) for i, r in enumerate(dot_rounds)),
        *(label(language, "csv_score", title=title(i, r.title)) for i, r in enumerate(score_rounds)),
        label(language, "csv_created"),
    ]
    rows = [header]
    for idea in outcome.ideas:
        rows.append([
            idea.number,
            idea.text,
            "" if without_names else (idea.author or ""),
            outcome.phase_name(idea),
            outcome.cluster_title(idea),
            outcome.group_name(idea),
            ", ".join(term_name(language, t) for t in idea.tags),
            outcome.dots_by_idea.get(idea.id, 0),
            *(outcome.dots_by_round[r.round_id].get(idea.id, 0) for r in dot_rounds),
            *(outcome.scores_by_round[r.round_id].get(idea.id) for r in score_rounds),
            idea.created_at,
        ])
    return rows


def as_text(language: str, value: Value) -> str:
    """A value as a CSV cell: user text safe from formulas, numbers with the language's
    decimal sign, times as ``YYYY-MM-DD HH:MM``."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return _number(language, value)
    if isinstance(value, int):
        return str(value)
    return safe_cell(value)


def idea_table(outcome: Outcome, language: str, *, without_names: bool = False) -> list[list[str]]:
    """The header and one row per idea, as strings."""
    return [[as_text(language, v) for v in row] for row in idea_values(outcome, language, without_names=without_names)]


def export_csv(
    library: Library,
    workshop_id: uuid.UUID,
    path: str | os.PathLike[str],
    *,
    language: str | None = None,
    without_names: bool = False,
) -> Path:
    """Write the workshop's ideas to ``path`` (see the module docstring for the format).

    ``language`` defaults to the workshop's; ``without_names`` leaves the author
    column empty (names are personal data).
    """
    outcome = load_outcome(library, workshop_id)
    language = lang(language or outcome.workshop.language)
    target = Path(path)
    with atomic_open(target, "w", encoding=ENCODING, newline="") as file:
        csv.writer(file, dialect=DIALECT).writerows(idea_table(outcome, language, without_names=without_names))
    return target


__all__ = ["DELIMITER", "DIALECT", "ENCODING", "as_text", "export_csv", "idea_table", "idea_values", "safe_cell"]
