"""Translators for the chosen language.

The source strings are English; Danish, the default, comes from the compiled
``ui/i18n/*_da.qm`` files (one per area of the UI, each kept by the people working on
that area) plus Qt's own ``qtbase_da.qm`` so standard dialogs and buttons speak Danish
too. English needs only its plural forms: ``*_en.qm``, made with ``lupdate
-pluralonly`` ("%n idea(s)" becomes "1 idea", "2 ideas").

Each area's sources are listed once, in :data:`CATALOGS`; after changing strings run
``make translations`` (``scripts/translations.py``: lupdate for every ``*_da.ts`` and
``*_en.ts``, then lrelease), translate what it marks unfinished in the ``*_da.ts``, and
run it again. ``qtextra_da.ts`` is written by hand (Qt strings Qt's own Danish lacks).

``"xx"`` is a pseudo-language for layout tests (Vorta's ``TRANS_SCALE``): every string
is made about 40 % longer and wrapped in brackets, so a label that is cut off shows it
at once — before a Danish user meets the longer Danish word.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"
#: Each area's translation files (``ui/i18n/AREA_da.ts``, ``AREA_en.ts``) and the
#: sources their strings come from (globs from the project's root).
CATALOGS: dict[str, tuple[str, ...]] = {
    "desk": ("ui/application.py", "ui/widgets.py", "ui/start/*.py", "ui/desk/*.py"),
    "board": ("ui/board/*.py",),
    "sharing": ("ui/sharing/*.py", "ui/background.py"),
    "voting": ("ui/voting/*.py",),
    "plan": ("ui/plan/*.py",),
    "questions": ("ui/questions/*.py", "ui/deck/*.py"),
    "phones": ("ui/phones/*.py",),
}
PSEUDO = "xx"
#: How much longer pseudo-translated strings are than their source.
PSEUDO_SCALE = 1.4

_ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "åéïøüÅÉÏØÜçñýÇÑÝ")
# Keep what Qt reads inside a string: %1-style places, %n plurals, &-mnemonics and
# the HTML-free rest gets accented.
_KEEP = re.compile(r"(%L?\d+|%n|&&|&.)")


def pseudo(text: str) -> str:
    """``text`` lengthened and accented, with placeholders and mnemonics intact."""
    if not text.strip():
        return text
    parts = _KEEP.split(text)
    body = "".join(part if i % 2 else part.translate(_ACCENTS) for i, part in enumerate(parts))
    padding = "~" * max(2, math.ceil(len(text) * (PSEUDO_SCALE - 1)))
    return f"[{body}{padding}]"


class PseudoTranslator(QTranslator):
    """Translates every string of every context into the pseudo-language."""

    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if n >= 0:
            source_text = source_text.replace("%n", str(n))
        return pseudo(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


class Translators:
    """The translators installed in the application, swapped as a set.

    Installing a translator sends ``QEvent.LanguageChange`` to every widget; windows
    re-set their texts in ``changeEvent`` (see ``retranslate`` methods), so the
    language can change while the app runs.
    """

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str, app: QCoreApplication | None = None) -> list[str]:
        """Replace the installed translators by those for ``language``; returns the
        files loaded (for the log and the tests)."""
        app = app or QCoreApplication.instance()
        assert app is not None, "a QCoreApplication must exist"
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.language = language
        loaded: list[str] = []
        if language == PSEUDO:
            translator = PseudoTranslator(app)
            app.installTranslator(translator)
            self._installed.append(translator)
            return ["<pseudo>"]
        if language == "en":
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
            # English is the source language: only its plural forms have files.
            files = sorted(I18N_DIR.glob("*_en.qm"))
        else:
            QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            files = [Path(qt_dir) / f"qtbase_{language}.qm", *sorted(I18N_DIR.glob(f"*_{language}.qm"))]
        for path in files:
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                self._installed.append(translator)
                loaded.append(path.name)
        if not loaded:  # nothing installed: an empty event still tells every window
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        return loaded


#: The application's one set of translators.
translators = Translators()


def install_translators(language: str, app: QCoreApplication | None = None) -> list[str]:
    """Install the translators for ``language`` ("da", "en" or the pseudo "xx")."""
    return translators.install(language, app)
