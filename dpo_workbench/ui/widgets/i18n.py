"""Translations: the application's own .qm and Qt's, for the chosen language."""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("fr", "en")


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """'auto' follows the system: French on a French system, English otherwise."""
    if setting in SUPPORTED:
        return setting
    system = system or QLocale.system()
    return "fr" if system.language() == QLocale.Language.French else "en"


def current_language() -> str:
    """The language the application speaks now ("fr" or "en"): `install` sets the default locale to it.

    For texts that come in both languages from data rather than from .qm files (the
    breach form's labels, the labels of a letter's free parts).
    """
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for `language`; returns them (they must stay alive)."""
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France) if language == "fr"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    installed = []
    # English too: the source texts are English, but the .qm carries the plural forms ("1 day" / "3 days")
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    resource = files("dpo_workbench.resources").joinpath(f"i18n/dpo_workbench_{language}.qm")
    with as_file(resource) as path:
        if ours.load(str(path)):
            app.installTranslator(ours)
            installed.append(ours)
    return installed


def remove(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
