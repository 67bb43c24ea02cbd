"""Installing the Spanish or English translators (ours and Qt's own) on the application."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from shopnurture.resources import resources_dir

_installed: list[QTranslator] = []
_language = "en"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_ui_language() -> str:
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def install_translators(language: str) -> str:
    """Switch the application's texts to `language` ("es" or "en"); returns the language used.

    English is the source language; its own small file only holds plural forms.
    """
    global _language
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in ("es", "en") else "en"
    QLocale.setDefault(locale_for(language))
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    sources = [(f"shopnurture_{language}", str(translations_dir()))]
    if language == "es":
        sources.append(("qtbase_es", qt_translations))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    _language = language
    return language


def locale_for(language: str) -> QLocale:
    """The system's locale when it speaks `language` (es_MX keeps Mexican formats), else a
    sensible default for that language."""
    system = QLocale.system()
    wanted = QLocale.Language.Spanish if language == "es" else QLocale.Language.English
    if system.language() == wanted:
        return system
    if language == "es":
        return QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def current_language() -> str:
    """The UI language in use ("es" or "en"), for texts that come from the core."""
    return _language
