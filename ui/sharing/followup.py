"""The idea bank's follow-up: the overview page and the editor of one idea's follow-up.

:class:`OverviewPage` shows :func:`exports.idea_followup.bank_overview`: how many ideas
stand at each status (each count a button that searches for them), by template and by
year, and the value documented so far — "Innovation skal skabe merværdi – og vi skal
kunne se det" (seed 000).

:class:`FollowUpEditor` edits one idea's follow-up: status, owner, next date, the kind
of merværdi with hours and kroner, seed 004's Værdi questions and a note, and lists
every change with who and when. It reads and saves nothing itself: the idea bank
window loads and saves in its worker and tells the editor; the editor knows whether
what is typed differs from what was loaded (:meth:`FollowUpEditor.dirty`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import DateField, plain_label

if TYPE_CHECKING:
    from exports.idea_followup import FollowUp, Overview, StatusChange


def _language() -> str:
    from ui.catalog import data_language

    return data_language()


def number_text(value: float | None, *, grouped: bool = False) -> str:
    """A number the Danish way ("1.234,5"), or the English way; "" for none."""
    if value is None:
        return ""
    locale = QLocale(QLocale.Language.Danish if _language() == "da" else QLocale.Language.English)
    if not grouped:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    decimals = 0 if float(value).is_integer() else 2
    text = locale.toString(float(value), "f", decimals)
    return text.rstrip("0").rstrip(",.") if decimals else text


def parse_number(text: str) -> float | None:
    """A typed estimate: "12", "12,5", "1.234,5", "1 234", "12.5"; "" is none.
    Raises InvalidInput for anything else."""
    from app.errors import InvalidInput

    typed = text.strip().replace("\u00a0", "").replace(" ", "")
    typed = re.sub(r"(?i)(kr\.?|timer|t\.?)$", "", typed)
    if not typed:
        return None
    if "," in typed:
        typed = typed.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", typed):
        typed = typed.replace(".", "")
    try:
        return float(typed)
    except ValueError:
        raise InvalidInput(f"»{text.strip()}« er intet tal. Skriv fx 12 eller 12,5.",
                           f"'{text.strip()}' is no number. Write e.g. 12 or 12.5.") from None


def status_names() -> list[tuple[str, str]]:
    """(key, name) of each status in the language shown."""
    from exports.idea_followup import STATUSES, status_name

    return [(key, status_name(key, _language())) for key in STATUSES]


class OverviewPage(QWidget):
    """The bank at a glance. Signals: status_was_chosen(str): a status count was clicked."""

    status_was_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bankOverview")
        self.overview: Overview | None = None
        self.motto_label = plain_label(wrap=True, role="muted")
        self.total_label = plain_label(wrap=True, name="bankOverviewTotal")
        self.value_heading = QLabel()
        self.value_heading.setObjectName("sectionTitle")
        self.value_label = plain_label(wrap=True, name="bankOverviewValue")
        self.status_heading = QLabel()
        self.status_heading.setObjectName("sectionTitle")
        self.status_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for key, _name in status_names():
            button = QPushButton()
            button.setObjectName(f"bankStatus_{key}")
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _checked=False, k=key: self.status_was_chosen.emit(k))
            self.status_buttons[key] = button
            buttons.addWidget(button, 1)
        self.template_heading = QLabel()
        self.template_heading.setObjectName("sectionTitle")
        self.year_heading = QLabel()
        self.year_heading.setObjectName("sectionTitle")
        self.template_table = self._table("bankByTemplate")
        self.year_table = self._table("bankByYear")
        self.template_heading.setBuddy(self.template_table)
        self.year_heading.setBuddy(self.year_table)

        tables = QGridLayout()
        tables.setHorizontalSpacing(16)
        tables.addWidget(self.template_heading, 0, 0)
        tables.addWidget(self.year_heading, 0, 1)
        tables.addWidget(self.template_table, 1, 0)
        tables.addWidget(self.year_table, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.motto_label)
        layout.addWidget(self.status_heading)
        layout.addLayout(buttons)
        layout.addWidget(self.total_label)
        layout.addWidget(self.value_heading)
        layout.addWidget(self.value_label)
        layout.addLayout(tables, 1)
        self.retranslate()

    @staticmethod
    def _table(name: str) -> QTableWidget:
        table = QTableWidget(0, 0)
        table.setObjectName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(False)
        return table

    def retranslate(self) -> None:
        self.motto_label.setText(self.tr("“Innovation must create added value – and we must be able to see it.”"))
        self.status_heading.setText(self.tr("Where the ideas stand"))
        self.value_heading.setText(self.tr("Value documented so far"))
        self.template_heading.setText(self.tr("By template"))
        self.year_heading.setText(self.tr("By year"))
        self.template_table.setAccessibleName(self.tr("Ideas by template and status"))
        self.year_table.setAccessibleName(self.tr("Ideas by year and status"))
        self.show_overview(self.overview)

    def show_overview(self, overview: Overview | None) -> None:
        from ui.catalog import templates

        self.overview = overview
        counts = overview.by_status if overview is not None else {}
        for key, name in status_names():
            button = self.status_buttons[key]
            count = counts.get(key)
            shown = "–" if count is None else number_text(count, grouped=True)
            button.setText(f"{shown}\n{name}")
            button.setEnabled(overview is not None)
            button.setAccessibleName(self.tr("%1: %2 – show these ideas").replace("%1", name).replace("%2", shown))
        if overview is None:
            self.total_label.setText("")
            self.value_label.setText(self.tr("Not read yet."))
            for table in (self.template_table, self.year_table):
                table.setRowCount(0)
            return
        self.say(self.tr("%n idea(s) in the bank", "", overview.total))
        parts = [self.tr("%1 hours").replace("%1", number_text(overview.hours, grouped=True)),
                 self.tr("%1 kr.").replace("%1", number_text(overview.kroner, grouped=True)),
                 self.tr("%n idea(s) with a documented value", "", overview.valued)]
        self.value_label.setText(" · ".join(parts))
        language = _language()
        names = {key: t.name.get(language) for key, t in templates().items()}
        self._fill(self.template_table, self.tr("Template"),
                   sorted(((names.get(k, k), v) for k, v in overview.by_template.items()), key=lambda r: r[0].casefold()))
        years = sorted(overview.by_year.items(), key=lambda r: (r[0] is None, -(r[0] or 0)))
        self._fill(self.year_table, self.tr("Year"),
                   [(str(year) if year is not None else self.tr("No date"), counts) for year, counts in years])

    def say(self, text: str, *, error: bool = False) -> None:
        """A line under the counts: reading, or why the overview cannot be read."""
        self.total_label.setProperty("role", "error" if error else None)
        self.total_label.style().unpolish(self.total_label)
        self.total_label.style().polish(self.total_label)
        self.total_label.setText(text)

    def _fill(self, table: QTableWidget, first: str, rows: list[tuple[str, dict[str, int]]]) -> None:
        statuses = status_names()
        table.setColumnCount(len(statuses) + 2)
        table.setHorizontalHeaderLabels([first, *(name for _k, name in statuses), self.tr("Total")])
        table.setRowCount(len(rows))
        for row, (name, counts) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(name))
            values = [counts.get(key, 0) for key, _n in statuses]
            for column, value in enumerate([*values, sum(values)], start=1):
                item = QTableWidgetItem(number_text(value, grouped=True))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)


class FollowUpEditor(QWidget):
    """One idea's follow-up. Signals: save_was_asked(): "Gem" was pressed."""

    save_was_asked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpEditor")
        self.idea_id: Any = None  # the idea whose follow-up is shown (None: none)
        self._loaded: dict[str, str] = {}
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.idea_label = plain_label(wrap=True, role="muted", name="followUpIdea")
        self.status_box = QComboBox()
        self.owner_edit = QLineEdit()
        self.date_field = DateField(optional=True)
        self.kind_box = QComboBox()
        self.hours_edit = QLineEdit()
        self.kroner_edit = QLineEdit()
        self.for_whom_edit = self._text()
        self.what_value_edit = self._text()
        self.where_else_edit = self._text()
        self.note_edit = self._text()
        self.save_button = QPushButton()
        self.save_button.setObjectName("followUpSave")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save_was_asked)
        self.message_label = plain_label(wrap=True, role="muted", name="followUpMessage")
        self.history_label = QLabel()
        self.history_label.setObjectName("sectionTitle")
        self.history = QPlainTextEdit()
        self.history.setObjectName("followUpHistory")
        self.history.setReadOnly(True)
        self.history.setTabChangesFocus(True)
        self.history.setMinimumHeight(90)
        self.history_label.setBuddy(self.history)

        self.fields: list[QWidget] = [self.status_box, self.owner_edit, self.date_field, self.kind_box,
                                      self.hours_edit, self.kroner_edit, self.for_whom_edit, self.what_value_edit,
                                      self.where_else_edit, self.note_edit]
        self.labels = [QLabel() for _ in self.fields]
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in zip(self.labels, self.fields, strict=True):
            label.setBuddy(field)
            label.setWordWrap(True)
            form.addRow(label, field)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 8, 0)
        inner_layout.addWidget(self.heading)
        inner_layout.addWidget(self.idea_label)
        inner_layout.addLayout(form)
        inner_layout.addWidget(self.history_label)
        inner_layout.addWidget(self.history)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        save_row = QHBoxLayout()  # always in sight, under the fields
        save_row.addWidget(self.message_label, 1)
        save_row.addWidget(self.save_button)
        outer.addLayout(save_row)
        self.retranslate()
        self.show_follow_up(None)

    @staticmethod
    def _text() -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(58)
        return edit

    def retranslate(self) -> None:
        from ui.catalog import common

        language = _language()
        self.heading.setText(self.tr("Follow-up"))
        texts = (self.tr("Status"), self.tr("Project owner"), self.tr("Next date"), self.tr("Added value"),
                 self.tr("Hours saved or gained"), self.tr("Kroner"), self.tr("For whom has it created value?"),
                 self.tr("What value, and what unexpected value?"), self.tr("How can the idea be used elsewhere?"),
                 self.tr("Note"))
        for label, field, text in zip(self.labels, self.fields, texts, strict=True):
            label.setText(text)
            field.setAccessibleName(text)
        self.date_field.edit.setAccessibleName(texts[2])
        self.date_field.language = language
        self.hours_edit.setPlaceholderText(self.tr("e.g. 120"))
        self.kroner_edit.setPlaceholderText(self.tr("e.g. 45.000"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save the follow-up"))
        self.history_label.setText(self.tr("Changes"))
        self.history.setAccessibleName(self.tr("Changes"))
        values = self.values() if self._loaded else {}
        loaded = dict(self._loaded)
        self.status_box.blockSignals(True)
        self.status_box.clear()
        for key, name in status_names():
            self.status_box.addItem(name, key)
        self.status_box.blockSignals(False)
        self.kind_box.clear()
        self.kind_box.addItem(self.tr("Not stated"), "")
        for vocabulary in common().vocabularies:
            if vocabulary.id == "mervaerdi":
                for term in vocabulary.terms:
                    self.kind_box.addItem(term.name.get(language), term.id)
        if values:
            self._set_values(values)
            self._loaded = loaded

    # -- values --------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        """What is typed, as text (compared with what was loaded)."""
        return {
            "status": str(self.status_box.currentData() or "ny"), "owner": self.owner_edit.text(),
            "next_date": self.date_field.edit.text().strip(), "value_kind": str(self.kind_box.currentData() or ""),
            "value_hours": self.hours_edit.text().strip(), "value_kroner": self.kroner_edit.text().strip(),
            "for_whom": self.for_whom_edit.toPlainText(), "what_value": self.what_value_edit.toPlainText(),
            "where_else": self.where_else_edit.toPlainText(), "note": self.note_edit.toPlainText(),
        }

    def _set_values(self, values: dict[str, str]) -> None:
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(values["status"])))
        self.owner_edit.setText(values["owner"])
        self.date_field.edit.setText(values["next_date"])
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(values["value_kind"])))
        self.hours_edit.setText(values["value_hours"])
        self.kroner_edit.setText(values["value_kroner"])
        for key, edit in (("for_whom", self.for_whom_edit), ("what_value", self.what_value_edit),
                          ("where_else", self.where_else_edit), ("note", self.note_edit)):
            edit.setPlainText(values[key])

    def dirty(self) -> bool:
        """Something typed that is not saved."""
        return self.idea_id is not None and self.values() != self._loaded

    def changes(self) -> dict[str, Any]:
        """The typed values that differ from those loaded, ready for ``set_follow_up``.
        Raises InvalidInput (a date or a number that cannot be read)."""
        typed = self.values()
        wanted: dict[str, Any] = {}
        for key, text in typed.items():
            if text == self._loaded.get(key):
                continue
            if key == "next_date":
                wanted[key] = self.date_field.date()
            elif key in ("value_hours", "value_kroner"):
                wanted[key] = parse_number(text)
            else:
                wanted[key] = text
        return wanted

    def show_follow_up(self, follow_up: FollowUp | None, history: list[StatusChange] | None = None,
                       idea_text: str = "") -> None:
        """Show ``follow_up`` as saved (``None``: no idea chosen)."""
        from app.dates import format_danish_date

        self.idea_id = follow_up.idea_id if follow_up is not None else None
        for field in self.fields:
            field.setEnabled(follow_up is not None)
        self.save_button.setEnabled(follow_up is not None)
        if follow_up is None:
            self.idea_label.setText(self.tr("Choose an idea to follow it up."))
            self._loaded = {}
            self._set_values(dict.fromkeys(("status", "owner", "next_date", "value_kind", "value_hours",
                                            "value_kroner", "for_whom", "what_value", "where_else", "note"), ""))
            self._loaded = {}
            self.history.setPlainText("")
            return
        self.idea_label.setText(idea_text)
        self._set_values({
            "status": follow_up.status, "owner": follow_up.owner,
            "next_date": format_danish_date(follow_up.next_date) if follow_up.next_date else "",
            "value_kind": follow_up.value_kind, "value_hours": number_text(follow_up.value_hours),
            "value_kroner": number_text(follow_up.value_kroner), "for_whom": follow_up.for_whom,
            "what_value": follow_up.what_value, "where_else": follow_up.where_else, "note": follow_up.note,
        })
        self.date_field.set_date(follow_up.next_date)
        self._loaded = self.values()
        self.show_history(history or [])

    def set_busy(self, text: str) -> None:
        """Loading or saving: the fields wait (what is typed stays)."""
        for field in (*self.fields, self.save_button):
            field.setEnabled(False)
        self.say(text)

    def set_ready(self) -> None:
        for field in (*self.fields, self.save_button):
            field.setEnabled(self.idea_id is not None)

    def say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setProperty("role", "error" if error else "muted")
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.setText(text)

    def show_history(self, history: list[StatusChange]) -> None:
        if not history:
            self.history.setPlainText(self.tr("No changes yet."))
            return
        lines = []
        for change in reversed(history):  # the newest first
            when = change.changed_at.replace(tzinfo=dt.UTC).astimezone() if change.changed_at.tzinfo is None \
                else change.changed_at.astimezone()
            what = "; ".join(f"{self.field_name(k)}: {self._value_text(k, old)} → {self._value_text(k, new)}"
                             for k, (old, new) in change.changes.items())
            lines.append(f"{when:%d.%m.%Y %H:%M} · {change.changed_by}\n    {what}")
        self.history.setPlainText("\n".join(lines))

    def field_name(self, key: str) -> str:
        keys = ("status", "owner", "next_date", "value_kind", "value_hours", "value_kroner", "for_whom",
                "what_value", "where_else", "note")
        return self.labels[keys.index(key)].text() if key in keys else key

    def _value_text(self, key: str, value: Any) -> str:
        from app.dates import format_danish_date
        from exports.idea_followup import status_name
        from ui.catalog import term_name

        if value in (None, ""):
            return "–"
        if key == "status":
            return status_name(str(value), _language())
        if key == "value_kind":
            return term_name(str(value))
        if key == "next_date":
            try:
                return format_danish_date(dt.date.fromisoformat(str(value)))
            except ValueError:
                return str(value)
        if key in ("value_hours", "value_kroner"):
            return number_text(float(value), grouped=True)
        text = " ".join(str(value).split())
        return f"»{text[:60]}…«" if len(text) > 60 else f"»{text}«"


def unsaved_question() -> str:
    """The question asked before unsaved follow-up edits would be left."""
    return QCoreApplication.translate("FollowUpEditor", "The follow-up has changes that are not saved.")


__all__ = ["FollowUpEditor", "OverviewPage", "number_text", "parse_number", "status_names", "unsaved_question"]
