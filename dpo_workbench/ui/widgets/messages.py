"""Messages and errors (`dpo_workbench.errors`) in the DPO's language, by their code.

The English templates of `errors.TEMPLATES` are the source texts of the
"Messages" context of the .ts files (lupdate extracts them from errors.py);
here a message is rendered from its code and parameters, never by matching
its English words. Dates read as the locale writes them, numbers with the
locale's decimal separator, codes passed as parameters as translated words.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from dpo_workbench.core.lifecycle import State
from dpo_workbench.errors import CONTEXT, TEMPLATES, WORD_CONTEXT, WORDS, Bilingual, Message, ServiceError
from dpo_workbench.ui.widgets import labels
from dpo_workbench.ui.widgets.i18n import current_language


def templates() -> dict[str, str]:
    """Every message template in the current language."""
    return {code: QCoreApplication.translate(CONTEXT, english) for code, english in TEMPLATES.items()}


def words() -> dict[str, str]:
    """The words codes stand for in messages ({what}, {action}, {detail}...), in the current language."""
    return {code: QCoreApplication.translate(WORD_CONTEXT, english) for code, english in WORDS.items()}


def number(value: float, decimals: int = 1) -> str:
    """A number as the locale writes it: "57,3" in French, "57.3" in English."""
    return QLocale().toString(float(value), "f", decimals)


def short_number(value: float) -> str:
    """A number without trailing zeros, as the locale writes it: "0,25", "3,25", "1" in French."""
    return QLocale().toString(round(float(value), 6), "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


def signed_number(value: float) -> str:
    """A change of a score, signed: "+0,5", "-1", "0" in French."""
    text = short_number(value)
    return QLocale().positiveSign() + text if value > 0 else text


def _value(name: str, value: object) -> str:
    if isinstance(value, Message):
        return render(value)
    if isinstance(value, Bilingual):
        return value.fr if current_language() == "fr" else value.en
    if isinstance(value, datetime):
        return f"{labels.format_date(value.date())} {value:%H:%M}".replace(" ", "\u00a0")
    if isinstance(value, date):
        return labels.format_date(value).replace(" ", "\u00a0")  # "2 nov. 2026" never split over two lines
    if isinstance(value, float):
        return number(value)
    if name == "state":
        try:
            return labels.state_labels()[State(str(value))].lower()
        except ValueError:
            return str(value)
    text = str(value)
    return words().get(text, text) if text in WORDS else text


def render(message: Message) -> str:
    template = QCoreApplication.translate(CONTEXT, TEMPLATES[message.code])
    return template.format(**{k: _value(k, v) for k, v in message.params.items()})


def text(message: object) -> str:
    """A Message, a service error, a file error or any other text, in the current language."""
    if isinstance(message, ServiceError):
        message = message.message
    if isinstance(message, Message):
        return render(message)
    if isinstance(message, OSError):  # the system's words for it ("Permission denied"), without the errno
        return message.strerror or str(message)
    return str(message)
