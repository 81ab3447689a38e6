"""Small pieces shared by the forms: a field with its error line, date conversions, placeholders filled."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dpo_workbench.ui.widgets.palette import ERROR_STYLE


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


def fill(template: str, *values: str) -> str:
    """Put values into %1, %2, ... in one pass (a value containing "%2" is left as it is)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), template)
