"""The pieces of the breach editor's pages: a field of the CNIL form with its error line, the ENISA assessment."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core import breach as form
from dpo_workbench.core.clock import PARIS
from dpo_workbench.core.severity import (
    CIRCUMSTANCE_VALUES,
    DPC_ADJUSTMENTS,
    DPC_CATEGORIES,
    EASE_OF_IDENTIFICATION,
    Level,
    suggested_decision,
)
from dpo_workbench.services.breaches import Assessment
from dpo_workbench.ui.breaches.model import LEVEL_TONES, decision_labels, level_labels
from dpo_workbench.ui.widgets.forms import error_label
from dpo_workbench.ui.widgets.palette import chip_style


def instant_text(value: str | datetime | None) -> str:
    """A stored instant for editing: 'DD/MM/YYYY HH:MM' in Paris time, or ISO when given in another offset."""
    if not value:
        return ""
    instant = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    paris = instant.astimezone(PARIS)
    if paris.utcoffset() == instant.utcoffset():
        return f"{paris:%d/%m/%Y %H:%M}"
    return instant.isoformat(timespec="minutes")


# -- a field of the form -----------------------------------------------------------------------------


class FieldWidget(QWidget):
    """The editor of one field of the CNIL form, with its error line."""

    edited = Signal()

    def __init__(self, field: form.Field, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.error = error_label()
        self.checks: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        kind = field.kind
        if kind == form.MULTI:
            box = QWidget()
            grid = QGridLayout(box)
            grid.setContentsMargins(0, 0, 0, 0)
            for n, choice in enumerate(field.choices):
                check = QCheckBox(choice.fr if lang == "fr" else choice.en)
                check.toggled.connect(self.edited)
                self.checks[choice.code] = check
                grid.addWidget(check, n, 0)
            self.editor: QWidget = box
        elif kind == form.CHOICE:
            combo = QComboBox()
            combo.addItem("—", None)
            for choice in field.choices:
                combo.addItem(choice.fr if lang == "fr" else choice.en, choice.code)
            combo.currentIndexChanged.connect(self.edited)
            self.editor = combo
        elif kind == form.LONG:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(96)
            text.textChanged.connect(self.edited)
            self.editor = text
        else:
            line = QLineEdit()
            if kind == form.DATETIME:
                line.setPlaceholderText(self.tr("DD/MM/YYYY HH:MM (Paris time), or ISO with an offset"))
            elif kind == form.INT:
                line.setPlaceholderText(self.tr("a whole number, e.g. 1200"))
            line.textEdited.connect(self.edited)
            self.editor = line
        layout.addWidget(self.editor)
        layout.addWidget(self.error)

    def set_value(self, value: Any) -> None:
        editor = self.editor
        if self.field.kind == form.MULTI:
            for code, check in self.checks.items():
                check.setChecked(code in (value or []))
        elif isinstance(editor, QComboBox):
            index = editor.findData(value) if value else 0
            editor.setCurrentIndex(max(index, 0))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        elif isinstance(editor, QLineEdit):
            editor.setText(instant_text(value) if self.field.kind == form.DATETIME
                           else "" if value is None else str(value))
        self.show_error("")

    def value(self) -> Any:
        """What the form holds, as the service reads it: codes for choices, text for the rest."""
        editor = self.editor
        if self.field.kind == form.MULTI:
            return [code for code, check in self.checks.items() if check.isChecked()]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def set_placeholder(self, text: str) -> None:
        if isinstance(self.editor, (QLineEdit, QPlainTextEdit)):
            self.editor.setPlaceholderText(text)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


# -- the ENISA assessment -----------------------------------------------------------------------------


class SeverityWidget(QGroupBox):
    """ENISA inputs; the score, its level and the suggested decision update as the DPO chooses."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Severity (ENISA method)"), parent)
        self.touched = False
        categories = {"simple": self.tr("Simple data (identity, contact…)"),
                      "behavioural": self.tr("Behavioural data (location, habits…)"),
                      "financial": self.tr("Financial data"),
                      "sensitive": self.tr("Sensitive data (health, opinions…)")}
        self.category = QComboBox()
        for code, text in categories.items():
            self.category.addItem(f"{text} — {DPC_CATEGORIES[code]:g}", code)
        self.adjustment = QComboBox()
        for value in DPC_ADJUSTMENTS:
            self.adjustment.addItem(f"{value:+g}" if value else self.tr("none (0)"), value)
        self.adjustment.setCurrentIndex(DPC_ADJUSTMENTS.index(0.0))
        self.adjustment.setToolTip(self.tr("Raise or lower the score for the context: volume of data, vulnerable "
                                           "people, data already public, invalid or encrypted data…"))
        eis = {"negligible": self.tr("Negligible"), "limited": self.tr("Limited"),
               "significant": self.tr("Significant"), "maximum": self.tr("Maximum")}
        self.ei = QComboBox()
        for code, text in eis.items():
            self.ei.addItem(f"{text} — {EASE_OF_IDENTIFICATION[code]:g}", EASE_OF_IDENTIFICATION[code])
        self.circumstances: dict[str, QComboBox] = {}
        for key in ("confidentiality", "integrity", "availability"):
            combo = QComboBox()
            for value in CIRCUMSTANCE_VALUES:
                combo.addItem(f"{value:g}", value)
            self.circumstances[key] = combo
        self.malicious = QCheckBox(self.tr("Malicious intent (+0.5)"))
        self.score = QLabel()
        self.score.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)

        layout = QFormLayout(self)
        layout.addRow(self.tr("Data processing context (DPC)"), self.category)
        layout.addRow(self.tr("Context adjustment"), self.adjustment)
        layout.addRow(self.tr("Ease of identification (EI)"), self.ei)
        layout.addRow(self.tr("Loss of confidentiality (CB)"), self.circumstances["confidentiality"])
        layout.addRow(self.tr("Loss of integrity (CB)"), self.circumstances["integrity"])
        layout.addRow(self.tr("Loss of availability (CB)"), self.circumstances["availability"])
        layout.addRow("", self.malicious)
        layout.addRow(self.tr("Score"), self.score)
        layout.addRow(self.tr("Suggested decision"), self.suggestion)
        for combo in (self.category, self.adjustment, self.ei, *self.circumstances.values()):
            combo.currentIndexChanged.connect(self._user_changed)
        self.malicious.toggled.connect(self._user_changed)
        self._update()

    def _user_changed(self) -> None:
        self.touched = True
        self._update()
        self.changed.emit()

    def assessment(self) -> Assessment:
        c = self.circumstances
        return Assessment(category=self.category.currentData(), adjustment=self.adjustment.currentData(),
                          ei=self.ei.currentData(), confidentiality=c["confidentiality"].currentData(),
                          integrity=c["integrity"].currentData(), availability=c["availability"].currentData(),
                          malicious=self.malicious.isChecked())

    def set_assessment(self, assessment: Assessment | None) -> None:
        a = assessment or Assessment()
        widgets = (self.category, self.adjustment, self.ei, *self.circumstances.values(), self.malicious)
        for w in widgets:
            w.blockSignals(True)
        self.category.setCurrentIndex(self.category.findData(a.category))
        self.adjustment.setCurrentIndex(self.adjustment.findData(a.adjustment))
        self.ei.setCurrentIndex(self.ei.findData(a.ei))
        for key, combo in self.circumstances.items():
            combo.setCurrentIndex(combo.findData(getattr(a, key)))
        self.malicious.setChecked(a.malicious)
        for w in widgets:
            w.blockSignals(False)
        self.touched = assessment is not None
        self._update()

    def _update(self) -> None:
        a = self.assessment()
        severity = a.severity()
        cb = a.confidentiality + a.integrity + a.availability + (0.5 if a.malicious else 0)
        level = level_labels()[severity.level]
        text = self.tr("SE = %1 × %2 + %3 = %4 — %5").replace("%1", f"{a.dpc:g}").replace(
            "%2", f"{a.ei:g}").replace("%3", f"{cb:g}").replace("%4", f"{severity.score:g}").replace("%5", level)
        pending = self.tr("(not assessed yet)")
        self.score.setText(text if self.touched else f"{text}  {pending}")
        self.score.setStyleSheet(chip_style(LEVEL_TONES[severity.level]))
        self.suggestion.setText(decision_labels()[suggested_decision(severity.level)])

    @property
    def level(self) -> Level:
        return self.assessment().severity().level
