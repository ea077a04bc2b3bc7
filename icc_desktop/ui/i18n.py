"""Loading the app's translations (resources/translations/icc_desktop_<lang>.qm) and Qt's own.

The .qm files are build outputs of the .ts sources (`make translations`). English is the source
language: its file holds only the plural forms. "system" picks the first of the OS's UI languages we ship.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from icc_desktop.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("en", "fr", "de")
"""The languages the app ships, English first (the source language)."""


def language_labels() -> dict[str, str]:
    """Language code -> its name in that language ("system" translated), in menu order."""
    return {
        "system": QCoreApplication.translate("i18n", "Follow the system"),
        "en": "English",
        "fr": "Français",
        "de": "Deutsch",
    }


def resolve_language(setting: str) -> str:
    """The language to show for a LANGUAGE setting value ("system" follows the OS locale)."""
    if setting in LANGUAGES:
        return setting
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


_EUROPEAN = {"en": "en_GB", "fr": "fr_FR", "de": "de_DE"}
"""The locale of each language when the system's is of another language (or US English)."""


def ui_locale(language: str) -> QLocale:
    """The locale that writes dates and numbers for a UI language.

    The system's own locale when it speaks that language (fr_BE, de_AT, en_IE keep their
    conventions), except US English; otherwise a European one (en_GB: 12/08/2025, not 8/12/25):
    the app's users run workshops in European cities.
    """
    system = QLocale.system()
    if system.name().split("_")[0] == language and system.name() not in ("en_US", "C"):
        return system
    return QLocale(_EUROPEAN.get(language, language))


_SHORT_YEAR = re.compile(r"(?<!y)y{1,2}(?!y)")


def date_format() -> str:
    """The UI locale's short date pattern with a four-digit year: 06.12.2026, 06/12/2026.

    Qt's short German format writes the year with two digits (06.12.26), which German readers
    of workshop records do not expect; every date the window shows or edits uses this pattern.
    """
    return _SHORT_YEAR.sub("yyyy", QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def date_time_format() -> str:
    """The UI locale's short date-and-time pattern with a four-digit year: 06.12.2026 14:05."""
    return _SHORT_YEAR.sub("yyyy", QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))


def date_text(value: dt.date | QDate | None) -> str:
    """A date as the window shows it (`date_format`); "" for None."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        value = QDate(value.year, value.month, value.day)
    return QLocale().toString(value, date_format())


def month_text(value: dt.date | None) -> str:
    """A month as the window shows it: "Mar 2025", "mars 2025", "März 2025"; "" for None."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, 1), "MMM yyyy")


def date_time_text(value: dt.datetime | QDateTime) -> str:
    """A date and time as the window shows it (`date_time_format`); a Python datetime is taken as local time."""
    if isinstance(value, dt.datetime):
        value = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))
    return QLocale().toString(value, date_time_format())


_installed: list[QTranslator] = []
_language = ["en"]


def current_language() -> str:
    """The language the UI shows now ("en", "fr", "de"): the data's shipped texts follow it."""
    return _language[0]


def install_translations(setting: str) -> str:
    """Replace the installed translators by those of `setting`; return the language used.

    A missing .qm file (translations not built) falls back to English and is logged, never fatal.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translations() needs the application object; create it first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve_language(setting)
    _language[0] = language
    QLocale.setDefault(ui_locale(language))
    ours = QTranslator(app)  # English has one too: its plural forms ("1 participant", "2 participants")
    if ours.load(str(resource_path("translations", f"icc_desktop_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("translation %s not found (run `make translations`); showing English", language)
    if language == "en":
        return language
    qt_base = QTranslator(app)  # Qt's own strings: dialog buttons, context menus
    if qt_base.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return language
