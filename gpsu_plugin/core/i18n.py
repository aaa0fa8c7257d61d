"""Translation helpers with the fixed context used by scripts/update_translations.py."""

import os

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

CONTEXT = "gpsu"
LANGUAGES = ("fr", "nl", "en")
I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "i18n")


def tr(text):
    """Translate a literal source string (English) to the user's language."""
    return QCoreApplication.translate(CONTEXT, text)


def user_language():
    """The language of the user's QGIS, reduced to one GPS-U speaks (French by default)."""
    override = QSettings().value("locale/overrideFlag", False, type=bool)
    name = QSettings().value("locale/userLocale", "") if override else QLocale.system().name()
    code = (name or "fr")[:2].lower()
    return code if code in LANGUAGES else "fr"


def load_translator(language=None):
    """Install the translator for `language` on the application; returns it (or None for English)."""
    language = language or user_language()
    if language == "en":
        return None
    translator = QTranslator()
    if not translator.load(os.path.join(I18N_DIR, "gpsu_{}.qm".format(language))):
        return None
    QCoreApplication.installTranslator(translator)
    return translator
