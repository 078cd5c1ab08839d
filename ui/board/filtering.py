"""Finding notes on the board: the find field and the filters by table group, tag and
phase. Notes that don't match are dimmed (or hidden); a theme with no matching note
is dimmed too, unless its title matches the text."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from ui.board.items import ClusterItem, NoteItem


class NoteFilter:
    """What the facilitator is looking for; no criteria lets every note through."""

    def __init__(
        self, text: str = "", group_id: uuid.UUID | None = None, tag: str | None = None,
        phase_id: uuid.UUID | None = None, *, hide: bool = False,
    ) -> None:
        self.text = text.casefold().strip()
        self.group_id = group_id
        self.tag = tag
        self.phase_id = phase_id
        self.hide = hide

    def active(self) -> bool:
        return bool(self.text) or self.group_id is not None or self.tag is not None or self.phase_id is not None

    def matches(self, note: NoteItem) -> bool:
        """Whether ``note`` passes: its text, number or a tag's name holds the text."""
        if self.group_id is not None and note.table_group_id != self.group_id:
            return False
        if self.tag is not None and self.tag not in note.tags:
            return False
        if self.phase_id is not None and note.phase_id != self.phase_id:
            return False
        if self.text:
            haystack = f"{note.number}\n{note.text}\n{note.tag_line}".casefold()
            if self.text not in haystack and self.text.lstrip("#") != str(note.number):
                return False
        return True

    def apply(self, notes: Iterable[NoteItem], every_note: Iterable[NoteItem], clusters: Iterable[ClusterItem]) -> None:
        """Dim or hide ``notes`` by the filter, then the themes by ``every_note``."""
        active = self.active()
        for note in notes:
            match = not active or self.matches(note)
            note.set_dimmed(not match and not self.hide)
            if note.isVisible() != (match or not self.hide):
                note.setVisible(match or not self.hide)
        live = {n.cluster_id for n in every_note if n.cluster_id and self.matches(n)} if active else set()
        for item in clusters:
            dim = active and item.cluster_id not in live and self.text not in item.title.casefold()
            if dim != item.dimmed:
                item.dimmed = dim
                item.update()
