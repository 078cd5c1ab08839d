"""The catalyst's deck at the desk: a "Katalysator" menu to draw a card at random (F10)
or choose one, shown large on the projector, and to take it down again (Shift+F10).

The cards are data (``[[deck]]`` in ``workshops/common.toml`` and the template's own);
each draw is recorded in the workshop (:func:`app.operations.draw_card`), so a card does
not come again until the deck is used up, and the handout can list them. The menu
attaches itself through the workshop window's places (:class:`DeckHost`).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMenu, QVBoxLayout, QWidget

from app import operations
from app.operations.deck import workshop_deck
from app.queries.questions import drawn_cards
from app.templates import DECK_TASKS, DeckCard
from ui.theme import PROJECTOR_ACCENT
from ui.widgets import plain_label

if TYPE_CHECKING:
    from app.model import Workshop
    from ui.controller import Controller


class DeckHost(Protocol):
    """What the deck needs of the workshop window: a menu, the projector, the workshop."""

    @property
    def workshop(self) -> Workshop | None: ...

    def add_menu(self, menu: QMenu) -> None: ...

    def show_on_projector(self, widget: QWidget | None) -> None: ...


def _language() -> str:
    from ui.catalog import data_language

    return data_language()


def task_name(task: str) -> str:
    """The catalyst task a card was written from, in seed 003's words."""
    from ui.catalog import common

    katalysator = common().role("katalysator")
    if katalysator is None or task not in DECK_TASKS:
        return ""
    return katalysator.tasks[DECK_TASKS.index(task)].get(_language())


class DeckCardView(QWidget):
    """One card, large, for the projector (styled like the role cards)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectorPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.kicker = plain_label(name="roleKicker")
        self.text = plain_label(wrap=True, name="deckCardText")
        # A sentence, not a name: smaller than a role card's title, still read from the back row.
        self.text.setStyleSheet(f"font-size: 44pt; font-weight: 700; color: {PROJECTOR_ACCENT};")
        self.task = plain_label(wrap=True, name="roleArena")
        card = QFrame()
        card.setObjectName("roleCard")
        card.setMaximumWidth(1500)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(64, 48, 64, 56)
        card_layout.setSpacing(24)
        card_layout.addWidget(self.kicker)
        card_layout.addWidget(self.text)
        card_layout.addWidget(self.task)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 8)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 60, 80, 60)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_card(self, text: str, task: str) -> None:
        self.kicker.setText(self.tr("THE CATALYST'S CARD"))
        self.text.setText(text)
        self.task.setText(task)
        self.setAccessibleName(text)


class CatalystDeck(QObject):
    """The "Katalysator" menu of a workshop window and the card on the projector."""

    def __init__(self, host: DeckHost, controller: Controller, workshop_id: uuid.UUID,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.controller = controller
        self.workshop_id = workshop_id
        self.view = DeckCardView()
        self.shown: str | None = None  # the id of the card on the projector
        self.menu = QMenu()
        self.menu.setObjectName("deckMenu")
        self.draw_action = QAction(self.menu)
        self.draw_action.setShortcut(QKeySequence("F10"))
        self.draw_action.triggered.connect(lambda: self.draw())
        self.choose_menu = QMenu(self.menu)
        self.choose_menu.aboutToShow.connect(self._fill_choose_menu)
        self.hide_action = QAction(self.menu)
        self.hide_action.setShortcut(QKeySequence("Shift+F10"))
        self.hide_action.triggered.connect(self.hide_card)
        self.menu.addAction(self.draw_action)
        self.menu.addMenu(self.choose_menu)
        self.menu.addSeparator()
        self.menu.addAction(self.hide_action)
        self.menu.installEventFilter(self)
        self.retranslate()
        host.add_menu(self.menu)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Catalyst"))
        self.draw_action.setText(self.tr("Draw a card"))
        self.draw_action.setToolTip(self.tr("Draw a card at random and show it on the projector"))
        self.choose_menu.setTitle(self.tr("Choose a card"))
        self.hide_action.setText(self.tr("Take the card down"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.menu and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def deck(self) -> tuple[DeckCard, ...]:
        from ui.catalog import common, templates

        workshop = self.host.workshop
        template = templates().get(workshop.template_id) if workshop is not None else None
        return workshop_deck(common(), template)

    def _fill_choose_menu(self) -> None:
        self.choose_menu.clear()
        language = _language()
        for task in DECK_TASKS:
            cards = [card for card in self.deck() if card.task == task]
            if not cards:
                continue
            self.choose_menu.addSection(task_name(task))
            for card in cards:
                action = self.choose_menu.addAction(card.text.get(language))
                action.triggered.connect(lambda _=False, c=card.id: self.draw(c))

    def draw(self, card_id: str | None = None) -> None:
        """Draw ``card_id`` (or one at random) and show it to the room."""
        deck = self.deck()
        changes = self.controller.run(self.tr("Draw a card"), operations.draw_card, self.workshop_id, deck,
                                      card_id=card_id)
        if changes is None:
            return
        drawn = drawn_cards(self.controller.library, self.workshop_id)[-1]
        card = next((c for c in deck if c.id == drawn.card), None)
        self.view.show_card(drawn.text, task_name(card.task) if card is not None else "")
        self.shown = drawn.card
        self.host.show_on_projector(self.view)

    def hide_card(self) -> None:
        if self.shown is not None:
            self.shown = None
            self.host.show_on_projector(None)
