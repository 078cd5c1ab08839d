"""The one set of text rules (app/text_rules.py), as every door applies it."""

from __future__ import annotations

import pytest

from app import text_rules as rules
from app.errors import InvalidInput
from app.text_rules import InvalidText, check, check_row, clean, text_problem


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "must not be empty"),
        (" \u00a0\u200b\ufeff ", "must not be empty"),  # no-break and zero-width spaces only
        ("x" * 2001, "is too long: 2,001 characters, at most 2,000"),
        ("a\x00b", "contains an invisible control character (U+0000)"),
        ("a\x1b[31m", "contains an invisible control character (U+001B)"),
        ("a\x85b", "contains an invisible control character (U+0085)"),
        ("a\ud800b", "is not valid text (invalid UTF-8)"),
        ("a\uffffb", "contains an invisible control character (U+FFFF)"),
    ],
    ids=["empty", "invisible only", "too long", "nul", "escape", "c1", "lone surrogate", "non-character"],
)
def test_text_the_rules_refuse(text: str, reason: str) -> None:
    problem = text_problem(text, rules.IDEA)
    assert problem is not None and problem[1] == reason
    with pytest.raises(InvalidText) as caught:
        check(text, rules.IDEA, "text")
    assert caught.value.message("en") == f"The idea {reason}."
    assert caught.value.field == "text"


def test_text_the_rules_keep_exactly() -> None:
    for text in ("<b>fed</b> & <script>", "Blåbærgrød 🫐", "مرحبا بالعالم", "to\nlinjer\tog tab", "x" * 2000):
        assert check(text, rules.IDEA) == text
        assert clean(text, rules.IDEA) == text


def test_typed_text_is_cleaned_then_checked() -> None:
    assert clean("  Titel\r\nmed linjeskift  ", rules.WORKSHOP_TITLE) == "Titel med linjeskift"
    assert clean(" a\r\nb ", rules.IDEA) == "a\nb"
    assert clean("", rules.PLACE) == ""
    with pytest.raises(InvalidInput) as caught:
        clean("ding\x07", rules.IDEA)
    assert caught.value.message("da") == "Idéen indeholder usynlige kontroltegn; skriv den igen uden dem."
    with pytest.raises(InvalidInput, match="Titlen må ikke være tom"):
        clean(" \u200b ", rules.WORKSHOP_TITLE)


def test_one_line_fields_refuse_a_line_break_when_only_checked() -> None:
    assert text_problem("to\nlinjer", rules.WORKSHOP_TITLE) == ("skal stå på én linje", "must be on one line")
    assert text_problem("to\nlinjer", rules.QUESTION) is None


def test_rows_from_a_file_are_checked_column_by_column() -> None:
    check_row("ideas", {"text": "God idé", "author": None, "tags": ["a", "b"]})
    with pytest.raises(InvalidText) as caught:
        check_row("ideas", {"text": "God idé", "author": "Navn\x1b", "tags": []})
    assert caught.value.field == "author"
    with pytest.raises(InvalidText) as caught:
        check_row("ideas", {"text": "God idé", "tags": ["ok", "x" * 61]})
    assert caught.value.field == "tags[1]" and "at most 60" in caught.value.reason_en
    with pytest.raises(InvalidText) as caught:
        check_row("ideas", {"text": "God idé", "tags": [str(n) for n in range(rules.MAX_TAGS + 1)]})
    assert caught.value.field == "tags"
    with pytest.raises(InvalidText) as caught:
        check_row("phases", {"name": "Idé", "goal": "", "prompts": ["Hvad nu hvis\x00"]})
    assert caught.value.field == "prompts[0]"
    check_row("unknown_table", {"anything": "\x00"})  # tables without text rules pass


def test_every_column_rule_fits_its_column() -> None:
    """A rule never allows more than the database column holds."""
    from app.model import MODELS

    tables = {model.__tablename__: model.__table__ for model in MODELS}
    for table, columns in rules.COLUMN_RULES.items():
        for column, rule in columns.items():
            length = getattr(tables[table].c[column].type, "length", None)
            assert length is None or rule.max_length <= length, (table, column)
