"""The facilitator's preferences, kept with QSettings.

One small typed wrapper so the rest of the UI never spells a settings key or a
default twice, and so tests can point it at a file in a temporary folder (napari's
``_fresh_settings``): nothing in the test suite may read or write the user's real
preferences.

Kept here: the language, the projector's screen (by name, since list positions change
when screens are plugged in), the note font size, whether the timer chimes (its mute button), and the
shared database's address. The address never holds a password: one typed into it is
removed before it is stored (the password belongs in the system keyring).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QLocale, QSettings

ORGANISATION = "Samskab"
APPLICATION = "Samskab"
LANGUAGES = ("da", "en")
NOTE_FONT_SIZES = range(10, 41)  # pixels at 100 % zoom
DEFAULT_NOTE_SIZE = 15


def system_language() -> str:
    """Danish unless the system asks for English (the app speaks only these two)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return "en" if value.startswith("en") else "da"
    return "en" if QLocale.system().language() == QLocale.Language.English else "da"


def strip_password(address: str) -> str:
    """The database address without any password in it.

    ``postgresql://ann:secret@host/db`` becomes ``postgresql://ann@host/db``; an
    address that is not a URL is returned as it is.
    """
    address = address.strip()
    try:
        parts = urlsplit(address)
        if not parts.scheme or parts.password is None:
            return address
        port = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        # Not a well-formed URL ("[::1" without its bracket, a port "abc"): still never
        # keep what sits between "user:" and the last "@".
        return _strip_by_hand(address)
    user = parts.username or ""
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 literal needs its brackets back
        host = f"[{host}]"
    netloc = f"{user}@{host}" if user else host
    if port is not None:
        netloc += f":{port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _strip_by_hand(address: str) -> str:
    if "://" not in address or "@" not in address:
        return address
    scheme, rest = address.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}@{host}" if user else f"{scheme}://{host}"


class Settings:
    """Typed access to the preferences.

    ``path`` names an INI file (tests, portable installs); without it the platform's
    usual place is used (registry, plist or ~/.config).
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        if path is None:
            self._qsettings = QSettings(ORGANISATION, APPLICATION)
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def location(self) -> str:
        return self._qsettings.fileName()

    def sync(self) -> None:
        self._qsettings.sync()

    def _str(self, key: str, default: str = "") -> str:
        value = self._qsettings.value(key, default)
        return value if isinstance(value, str) else default

    # -- language ---------------------------------------------------------------

    @property
    def language(self) -> str:
        """"da" or "en"; the system's language until the facilitator chooses."""
        value = self._str("language")
        return value if value in LANGUAGES else system_language()

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._qsettings.setValue("language", value)

    # -- projector --------------------------------------------------------------

    @property
    def projector_screen(self) -> str:
        """The name of the screen the projector window goes to ("" for: any other)."""
        return self._str("projector/screen")

    @projector_screen.setter
    def projector_screen(self, name: str) -> None:
        self._qsettings.setValue("projector/screen", name)

    # -- board ------------------------------------------------------------------

    @property
    def note_font_size(self) -> int:
        """Size of the text on sticky notes, in pixels at 100 % zoom (the projector
        shows it a little larger)."""
        try:
            # Whatever was stored: an int, or a str from an INI file.
            stored: Any = self._qsettings.value("board/note_font_size", DEFAULT_NOTE_SIZE)
            value = int(stored)
        except (TypeError, ValueError):
            return DEFAULT_NOTE_SIZE
        return min(max(value, NOTE_FONT_SIZES.start), NOTE_FONT_SIZES.stop - 1)

    @note_font_size.setter
    def note_font_size(self, size: int) -> None:
        if size not in NOTE_FONT_SIZES:
            raise ValueError(f"note font size must be {NOTE_FONT_SIZES.start}–{NOTE_FONT_SIZES.stop - 1}")
        self._qsettings.setValue("board/note_font_size", int(size))

    # -- timer ------------------------------------------------------------------

    @property
    def timer_chime(self) -> bool:
        """Whether the phase timer chimes at zero (on until muted on the timer)."""
        value = self._qsettings.value("timer/chime", True)
        return value in (True, "true", "1", 1)

    @timer_chime.setter
    def timer_chime(self, on: bool) -> None:
        self._qsettings.setValue("timer/chime", bool(on))

    # -- shared database --------------------------------------------------------

    @property
    def shared_database(self) -> str:
        """The shared database's address, without a password."""
        return strip_password(self._str("shared/address"))

    @shared_database.setter
    def shared_database(self, address: str) -> None:
        self._qsettings.setValue("shared/address", strip_password(address))

    # -- library ----------------------------------------------------------------

    @property
    def library_path(self) -> str:
        """The library file chosen by the facilitator ("" for the default place)."""
        return self._str("library/path")

    @library_path.setter
    def library_path(self, path: str) -> None:
        self._qsettings.setValue("library/path", path)

    # -- window state -----------------------------------------------------------

    def geometry(self, window: str) -> bytes | None:
        value = self._qsettings.value(f"windows/{window}")
        try:
            return bytes(value) if value is not None else None
        except TypeError:
            return None

    def set_geometry(self, window: str, data: bytes) -> None:
        self._qsettings.setValue(f"windows/{window}", data)

    # -- the handout --------------------------------------------------------------

    def handout_text(self, key: str) -> str:
        """What the facilitator last wrote for the handout: "municipality", "logo" (a
        file's path), "contact", or "next_step/<workshop id>"."""
        return self._str(f"handout/{key}")

    def set_handout_text(self, key: str, value: str) -> None:
        self._qsettings.setValue(f"handout/{key}", value)
