"""Choose the user's language and install the Turkish or English translation.

The language comes from the ``COORDINATOR_LANGUAGE`` environment variable
(``tr`` or ``en``), else the ``ui/language`` setting, else the system locale.
Turkish also brings Qt's own translation (the buttons of standard dialogs) and
the Turkish locale for dates.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from coordinator.resource_files import resource_path

LANGUAGE_VARIABLE = "COORDINATOR_LANGUAGE"
LANGUAGE_SETTING = "ui/language"
SUPPORTED = ("en", "tr")


def chosen_language(settings: QSettings) -> str:
    """Return ``"tr"`` or ``"en"``: the override, the setting or the system's language."""
    for candidate in (os.environ.get(LANGUAGE_VARIABLE), settings.value(LANGUAGE_SETTING)):
        if isinstance(candidate, str) and candidate[:2].lower() in SUPPORTED:
            return candidate[:2].lower()
    system = QLocale.system()
    if system.language() == QLocale.Language.Turkish:
        return "tr"
    return "en"


def interface_language() -> str:
    """Return the language the interface runs in, ``"tr"`` or ``"en"`` (the default locale's)."""
    return "tr" if QLocale().language() == QLocale.Language.Turkish else "en"


def install_translation(application: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` and set the default locale.

    Returns:
        The installed translators; keep them alive as long as the application.
    """
    if language == "tr":
        QLocale.setDefault(QLocale("tr_TR"))
    else:
        QLocale.setDefault(QLocale("en_GB"))
    installed: list[QTranslator] = []
    # English needs its file too: it holds the plural forms ("1 row", "2 rows").
    candidates = [(f"coordinator_{language}", str(resource_path("translations")))]
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates.insert(0, (f"qtbase_{language}", qt_folder))
    for name, folder in candidates:
        translator = QTranslator(application)
        if translator.load(name, folder) and application.installTranslator(translator):
            installed.append(translator)
    return installed
