"""Small pieces shared by the forms: a field with its error line, the message styles, date conversions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b02a37;"
WARNING_STYLE = "background: #fff3cd; color: #664d03; border: 1px solid #ffda6a; border-radius: 4px; padding: 6px;"


def error_label() -> QLabel:
    """A hidden red line that says what is wrong, right under its field."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def with_error(editor: QWidget, error: QLabel) -> QWidget:
    """The field and its error line, stacked, to put in a form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(editor)
    layout.addWidget(error)
    return box


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
