"""Preferences: typed values, defaults, a test file instead of the user's settings, and
no password ever stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ui.settings import Settings, strip_password


def test_defaults(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert settings.language == "da"
    assert settings.projector_screen == ""
    assert settings.note_font_size == 15
    assert settings.timer_chime is True  # a chime unless muted on the timer
    assert settings.shared_database == ""


def test_english_system_locale_gives_english(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert settings.language == "en"


def test_values_survive_a_new_settings_object(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    first = Settings(path)
    first.language = "en"
    first.projector_screen = "HDMI-1"
    first.note_font_size = 20
    first.timer_chime = False
    first.library_path = "/tmp/x.sqlite3"
    first.sync()
    again = Settings(path)
    assert (again.language, again.projector_screen, again.note_font_size, again.timer_chime, again.library_path) == (
        "en", "HDMI-1", 20, False, "/tmp/x.sqlite3",
    )
    assert again.location == str(path)


def test_bad_values_are_refused_or_ignored(settings: Settings, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        settings.language = "de"
    with pytest.raises(ValueError):
        settings.note_font_size = 200
    path = tmp_path / "broken.ini"
    path.write_text("[General]\nlanguage=klingon\n[board]\nnote_font_size=huge\n", encoding="utf-8")
    broken = Settings(path)
    assert broken.language in ("da", "en")
    assert broken.note_font_size == 15


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("postgresql://ann:hemmelig@db.kommune.dk:5432/samskab", "postgresql://ann@db.kommune.dk:5432/samskab"),
        ("postgresql://:hemmelig@db/samskab", "postgresql://db/samskab"),
        ("postgresql://ann@db/samskab", "postgresql://ann@db/samskab"),
        ("postgresql://ann:pw@[::1]/samskab", "postgresql://ann@[::1]/samskab"),
        ("host=db dbname=samskab", "host=db dbname=samskab"),
        ("", ""),
    ],
)
def test_no_password_is_stored(settings: Settings, typed: str, stored: str) -> None:
    assert strip_password(typed) == stored
    settings.shared_database = typed
    settings.sync()
    assert settings.shared_database == stored
    assert "hemmelig" not in Path(settings.location).read_text(encoding="utf-8")


def test_window_geometry_round_trip(settings: Settings) -> None:
    assert settings.geometry("start") is None
    settings.set_geometry("start", b"\x01\x02abc")
    assert settings.geometry("start") == b"\x01\x02abc"


def test_default_qsettings_never_touch_the_users_home(tmp_path: Path, qapp: Any) -> None:
    from PySide6.QtCore import QSettings

    default = Settings()
    default.language = "en"
    default.sync()
    home_config = Path.home() / ".config" / "Samskab"
    assert not str(default.location).startswith(str(home_config))
    assert QSettings().fileName() != ""


def test_the_settings_dialog_saves_and_never_keeps_a_password(qtbot: Any, settings: Settings) -> None:
    from ui.start.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    dialog.font_spin.setValue(18)
    dialog.address_edit.setText("postgresql://ann:hemmelig@db.kommune.dk/samskab")
    dialog.accept()
    assert (settings.language, settings.note_font_size) == ("en", 18)
    assert settings.shared_database == "postgresql://ann@db.kommune.dk/samskab"
    assert "hemmelig" not in Path(settings.location).read_text(encoding="utf-8")
    assert dialog.screen_box.itemData(0) == ""  # "automatic" is always offered


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("postgresql://ann:hemmelig@[::1/samskab", "postgresql://ann@[::1/samskab"),  # urlsplit refuses it
        ("postgresql://ann:hemmelig@db:abc/samskab", "postgresql://ann@db:abc/samskab"),  # port not a number
        ("postgresql://:hemmelig@[::1/samskab", "postgresql://[::1/samskab"),
    ],
)
def test_no_password_is_stored_from_a_malformed_address(settings: Settings, typed: str, stored: str) -> None:
    """A malformed address used to be stored as typed (or to raise): password and all."""
    assert strip_password(typed) == stored
    settings.shared_database = typed
    settings.sync()
    assert "hemmelig" not in Path(settings.location).read_text(encoding="utf-8")
